// Soft matching: a question word counts through the articles' words that
// mean nearly the same (GloVe embeddings, "promised" for "pledged"), less
// than an exact match.

package qa

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// softTerms lists the articles' words the embeddings know, with each one's
// analysed term and vector: the candidates a question word is compared
// with, in one flat table so that a comparison is one pass over it.
type softTerms struct {
	words []string
	term  map[string]string // word → analysed term
	vecs  []int8            // words[i]'s vector at vecs[i*dims:]
	norms []float32
	dims  int
}

// newSoftTerms keeps the words of v the embeddings know and the index
// analyses to one term (stop words analyse to none).
func (e *Engine) newSoftTerms(v vocab) softTerms {
	st := softTerms{term: map[string]string{}}
	emb := lexicon.Default()
	for w := range v.count {
		if r, ok := emb.Rank(w); !ok || r < softCommon {
			continue // unknown, or so common it says little
		}
		toks := e.s.Analyze(w)
		if len(toks) != 1 {
			continue
		}
		st.words = append(st.words, w)
		st.term[w] = toks[0].Term
	}
	sort.Strings(st.words) // map order is random; answers are not
	st.dims = emb.Dims()
	st.vecs = make([]int8, 0, len(st.words)*st.dims)
	st.norms = make([]float32, len(st.words))
	for i, w := range st.words {
		x, _ := emb.Vector(w)
		st.vecs = append(st.vecs, x...)
		st.norms[i] = norm8(x)
	}
	return st
}

func norm8(x []int8) float32 {
	s := 0
	for _, c := range x {
		s += int(c) * int(c)
	}
	return float32(math.Sqrt(float64(s)))
}

// SoftMin and SoftCommon are soft matching's thresholds, for tools that
// measure hand-written lists against it (cmd/qadebug vocab).
const (
	SoftMin    = softMin
	SoftCommon = softCommon
)

// Soft matching's parameters.
const (
	// softMin is the least cosine similarity that counts: below it,
	// GloVe's neighbours are related words ("troops", "army") more than
	// words for the same thing
	softMin = 0.65
	// softScale turns a similarity into a match weight, below a synonym's
	// 0.7 and an exact match's 1
	softScale = 0.8
	// softMax is how many of the articles' words a question word may
	// count through
	softMax = 4
	// softCommon: the commonest words of English ("many", "most", "not")
	// are GloVe's neighbours of too many others to stand for any: neither
	// a question word nor an article's word among them is matched softly
	softCommon = 300
)

// softAlts returns the analysed terms of the articles' words nearest in
// meaning to question term t (by its word's vector), with their match
// weights, leaving out its own term and the terms in skip. The neighbours
// of a word are remembered.
func (e *Engine) softAlts(t qterm, skip []string) []termAlt {
	word, term := strings.ToLower(t.word), t.term
	if r, ok := lexicon.Default().Rank(word); !ok || r < softCommon || t.vec == nil {
		return nil
	}
	near := get(&e.memo.mu, e.memo.soft, word, func() []termAlt { return e.soft.nearest(word, t.vec) })
	var out []termAlt
	for _, a := range near {
		if a.term != term && !slices.Contains(skip, a.term) && len(out) < softMax {
			out = append(out, a)
		}
	}
	return out
}

// nearest returns the terms of the articles' words whose similarity to
// word (with vector x) is at least softMin, most similar first, a few more
// than softMax (the caller leaves some out), each term once.
func (st softTerms) nearest(word string, x []int8) []termAlt {
	if len(x) == 0 || len(st.words) == 0 {
		return nil
	}
	nx := norm8(x)
	type scored struct {
		i   int
		sim float32
	}
	var found []scored
	for i := range st.words {
		row := st.vecs[i*st.dims : (i+1)*st.dims]
		d := int32(0)
		for k, c := range row {
			d += int32(c) * int32(x[k])
		}
		if sim := float32(d) / (nx * st.norms[i]); sim >= softMin && st.words[i] != word {
			found = append(found, scored{i, sim})
		}
	}
	sort.Slice(found, func(a, b int) bool {
		if found[a].sim != found[b].sim {
			return found[a].sim > found[b].sim
		}
		return st.words[found[a].i] < st.words[found[b].i]
	})
	var out []termAlt
	seen := map[string]bool{}
	for _, f := range found {
		t := st.term[st.words[f.i]]
		if seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, termAlt{term: t, w: softScale * float64(f.sim)})
		if len(out) == 2*softMax {
			break
		}
	}
	return out
}

// termAlt is a term a question word may match otherwise, and how well.
type termAlt struct {
	term string
	w    float64
}

// sentenceVector is the meaning of text as one unit vector: the mean of
// its words' GloVe vectors, each weighted by how rare the word is in
// English (a smooth inverse frequency, as SIF weighs), leaving out the
// commonest words, less its component along common (the direction every
// text of the articles shares, which SIF removes: without it any two
// sentences look alike); nil when no word counts.
func sentenceVector(text string, common []float32) []float32 {
	emb := lexicon.Default()
	var v []float32
	for _, w := range words(text) {
		lw := strings.ToLower(w)
		r, ok := emb.Rank(lw)
		if !ok || r < softCommon {
			continue
		}
		x, _ := emb.Vector(lw)
		if v == nil {
			v = make([]float32, len(x))
		}
		wt := float32(math.Log1p(float64(r)))
		for i, c := range x {
			v[i] += wt * float32(c)
		}
	}
	if v == nil {
		return nil
	}
	if len(common) == len(v) {
		d := float32(0)
		for i := range v {
			d += v[i] * common[i]
		}
		for i := range v {
			v[i] -= d * common[i]
		}
	}
	return unit(v)
}

// unit scales v to length 1; nil for a zero vector.
func unit(v []float32) []float32 {
	norm := float32(0)
	for _, c := range v {
		norm += c * c
	}
	if norm == 0 {
		return nil
	}
	n := float32(1 / math.Sqrt(float64(norm)))
	for i := range v {
		v[i] *= n
	}
	return v
}

// commonDirection is the direction the articles' words share: the unit
// mean of their vectors, each weighted by its count and rarity, as the
// passages' vectors would sum.
func (st softTerms) commonDirection(v vocab) []float32 {
	if len(st.words) == 0 {
		return nil
	}
	sum := make([]float64, st.dims)
	emb := lexicon.Default()
	for i, w := range st.words {
		r, _ := emb.Rank(w)
		wt := float64(v.count[w]) * math.Log1p(float64(r)) / float64(st.norms[i])
		for k, c := range st.vecs[i*st.dims : (i+1)*st.dims] {
			sum[k] += wt * float64(c)
		}
	}
	out := make([]float32, st.dims)
	for k, c := range sum {
		out[k] = float32(c)
	}
	return unit(out)
}

// passageVector is sentenceVector of a passage's text, remembered.
func (e *Engine) passageVector(text string) []float32 {
	return get(&e.memo.mu, e.memo.vec, text, func() []float32 { return sentenceVector(text, e.common) })
}

// cosine is the dot product of two unit vectors, 0 when either is nil.
func cosine(a, b []float32) float64 {
	if a == nil || b == nil {
		return 0
	}
	s := float32(0)
	for i := range a {
		s += a[i] * b[i]
	}
	return float64(s)
}
