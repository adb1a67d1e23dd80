package index

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// removeLeftovers removes the folders of builds that were killed before
// they finished: siblings ".BASE.*" the link at path does not point to. It
// runs under the build lock, so no other build is using them.
func removeLeftovers(parent, base, path string) {
	current, _ := os.Readlink(path)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), "."+base+".") && e.Name() != filepath.Base(current) {
			os.RemoveAll(filepath.Join(parent, e.Name()))
		}
	}
}

// swapLink points the link parent/base at target (a sibling) with one
// rename, so a reader finds either the old index or the new one.
func swapLink(parent, base, target string) error {
	tmp := filepath.Join(parent, "."+base+".link")
	os.Remove(tmp)
	if err := os.Symlink(target, tmp); err != nil {
		return fmt.Errorf("index: write: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(parent, base)); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("index: write: %w", err)
	}
	return syncDir(parent)
}

// writeSynced writes a file and flushes it to disk.
func writeSynced(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("index: write: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("index: write: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("index: write: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("index: write: %w", err)
	}
	return syncDir(filepath.Dir(name))
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("index: write: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("index: write: sync %s: %w", dir, err)
	}
	return nil
}
