// Words of a look-up the quotations do not hold as typed: misspelled
// (SymSpell over the words around the quotations) or said another way
// (GloVe embeddings: "huge" for "big", "amazing" for "incredible").

package qa

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// The weights of respelled and soft matches.
const (
	respelledMatch = 0.9 // the corpus's spelling of a word English does not have ("legaly")
	realWordMatch  = 0.6 // the corpus's spelling of an English word no article uses ("brake" for "break")
	softMatch      = 0.8 // times the cosine similarity of the two words' embeddings (for a word no article uses)
	minSimilarity  = 0.5 // below it, two words are not said to mean alike
	minLocalMargin = 0.1 // how much nearer than their other neighbours two words must be (CSLS)
	softNeighbours = 5   // quotation words tried for each look-up word, and a word's neighbours for its hubness
	maxSpellEdits  = 2   // edits a respelling may make (one for words of four letters or fewer)
)

// quoteWordsIndex is what soft matching compares a look-up's words with.
type quoteWordsIndex struct {
	speller *lexicon.Speller  // the words of the quotations and the sentences around them
	words   []string          // the quotations' words, folded, each once
	termOf  map[string]string // a quotation word (folded) → its analysed term
	counts  map[string]int    // the speller's dictionary

	mu  *sync.RWMutex
	hub map[string]float64 // a quotation word → its mean similarity to its nearest others, as needed
}

// newQuoteWords returns an empty word index, to fill with add.
func newQuoteWords() quoteWordsIndex {
	return quoteWordsIndex{termOf: map[string]string{}, counts: map[string]int{}, mu: &sync.RWMutex{}, hub: map[string]float64{}}
}

// add counts the words of text (analysed as toks): a quotation's, or a
// sentence around one.
func (w *quoteWordsIndex) add(text string, toks []index.Token, quoted bool) {
	for _, t := range toks {
		word := foldedWord(text[t.Start:t.End])
		if word == "" {
			continue
		}
		w.counts[word]++
		if _, ok := w.termOf[word]; !ok && quoted {
			w.termOf[word] = t.Term
			w.words = append(w.words, word)
		}
	}
}

// finish builds the speller over the words counted.
func (w *quoteWordsIndex) finish() {
	w.speller = lexicon.NewSpeller(w.counts, maxSpellEdits)
}

// foldedWord is a word as the speller and the embeddings take it: lower
// case, accents folded, letters and digits only ("Ukraine’s" → "ukraine").
func foldedWord(s string) string {
	s = strings.ToLower(index.Fold(s))
	if i := strings.IndexAny(s, "'’"); i > 0 {
		s = s[:i]
	}
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// quoteSpellings returns the spellings the quotations and their sentences use
// nearest a word no article has ("legaly" → "legally"; "operatonal" →
// "operational"), as analysed terms, with what a match through each counts:
// less when the word typed is itself English ("brake" may mean "break",
// or the brakes).
func (e *Engine) quoteSpellings(word string) map[string]float64 {
	w := foldedWord(word)
	n := utf8.RuneCountInString(w)
	if n < 3 {
		return nil
	}
	limit := maxSpellEdits
	if n <= 4 {
		limit = 1
	}
	weight := respelledMatch
	if _, english := lexicon.Default().Rank(w); english {
		weight = realWordMatch
	}
	out := map[string]float64{}
	best := -1
	for _, s := range e.qix.words.speller.Suggest(w) {
		if s.Distance == 0 || s.Distance > limit || best >= 0 && s.Distance > best || len(out) == 3 {
			continue // the nearest only, three at most
		}
		best = s.Distance
		for _, t := range e.analyze(s.Word) {
			out[t.Term] = weight
		}
	}
	return out
}

// softly returns the quotations' words nearest in meaning to a look-up
// word, as analysed terms, with their similarity to it. GloVe puts words
// such as "really", "sure" and "know" near almost everything ("done" is at
// 0.85 of "sure", "amazing" at 0.92 of "incredible"), so a neighbour
// counts only when it stands out: at minSimilarity or more, and by
// cross-domain similarity local scaling (CSLS: Conneau et al. 2018,
// "Word translation without parallel data") at least minLocalMargin above
// what each of the two words finds among its nearest neighbours.
func (e *Engine) softly(word string) map[string]float64 {
	w := foldedWord(word)
	if w == "" {
		return nil
	}
	words := &e.qix.words
	nbs := lexicon.Default().Nearest(w, words.words, softNeighbours)
	if len(nbs) == 0 {
		return nil
	}
	rx := 0.0
	for _, nb := range nbs {
		rx += float64(nb.Similarity)
	}
	rx /= float64(len(nbs))
	out := map[string]float64{}
	for _, nb := range nbs {
		sim := float64(nb.Similarity)
		if sim < minSimilarity {
			break
		}
		if 2*sim-rx-words.hubness(nb.Word) < minLocalMargin {
			continue
		}
		if t, ok := words.termOf[nb.Word]; ok {
			out[t] = max(out[t], sim)
		}
	}
	return out
}

// hubness is a quotation word's mean similarity to its softNeighbours
// nearest other quotation words, computed when first needed and kept.
func (w *quoteWordsIndex) hubness(word string) float64 {
	w.mu.RLock()
	h, ok := w.hub[word]
	w.mu.RUnlock()
	if ok {
		return h
	}
	nbs := lexicon.Default().Nearest(word, w.words, softNeighbours)
	for _, nb := range nbs {
		h += float64(nb.Similarity)
	}
	if len(nbs) > 0 {
		h /= float64(len(nbs))
	}
	w.mu.Lock()
	w.hub[word] = h
	w.mu.Unlock()
	return h
}
