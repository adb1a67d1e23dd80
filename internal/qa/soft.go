// Soft matching: a question word counts through the articles' words that
// mean nearly the same (GloVe embeddings, "promised" for "pledged"), less
// than an exact match.

package qa

import (
	"math"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// softTerms lists the articles' words the embeddings know, with each one's
// analysed term: the candidates a question word is compared with.
type softTerms struct {
	words []string
	term  map[string]string // word → analysed term
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
	return st
}

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
// meaning to word (typed, lower case), with their match weights, leaving
// out term itself and the terms in skip.
func (e *Engine) softAlts(word, term string, skip []string) []termAlt {
	if r, ok := lexicon.Default().Rank(word); !ok || r < softCommon {
		return nil
	}
	var out []termAlt
	seen := map[string]bool{term: true}
	for _, s := range skip {
		seen[s] = true
	}
	for _, n := range lexicon.Default().Nearest(word, e.soft.words, 3*softMax) {
		if n.Similarity < softMin || len(out) == softMax {
			break
		}
		t := e.soft.term[n.Word]
		if seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, termAlt{term: t, w: softScale * float64(n.Similarity)})
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
// commonest words; nil when no word counts.
func sentenceVector(text string) []float32 {
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

// passageVector is sentenceVector of a passage's text, remembered.
func (e *Engine) passageVector(text string) []float32 {
	return get(&e.memo.mu, e.memo.vec, text, func() []float32 { return sentenceVector(text) })
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
