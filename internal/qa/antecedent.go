// The sentence before a candidate: how well its subject matches the question's words.

package qa

import (
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// antecedentWeight is what a question's word in the subject of the
// sentence before counts toward the ranking's coverage (rankCov) of a
// candidate opening on "it", "its", "they" or "their" (opensOnPronoun):
// such a pronoun most often stands for that subject ("The port handled
// 3.2 million containers last year. It employs about 4,100 people"), so
// the subject's words are the candidate's own, as a speaker named before
// "He said …" is (anaphorPrevWeight). The ranking's alone: cov, which
// decisions read, keeps prevSentenceWeight, so no pronoun makes a
// question the articles do not answer look covered.
const antecedentWeight = 1.0

// subjectEnd is the byte offset in a sentence where its subject ends:
// before its first word written in lower case that is an auxiliary or a
// verb (lexicon.IsVerb: mostly used as one; pastVerb), or a relative
// word, past none (0) if it has none within its first antecedentWords words.
// "Corvell was appointed …" ends before "was"; "That year's fatigue
// assessment by Westmark Structural Consultants, seen by …" before "seen".
func subjectEnd(text string) int {
	spans := wordSpans(text)
	for i, sp := range spans {
		if i >= antecedentWords {
			return 0
		}
		w := text[sp[0]:sp[1]]
		if i == 0 || w != strings.ToLower(w) {
			continue // a sentence's first word, or a name's, is the subject's
		}
		if before := strings.ToLower(text[spans[i-1][0]:spans[i-1][1]]); nounOpeners[before] || endsGenitive(before) {
			continue // after a determiner or a possessive, a noun: "The group objects …", "the port's workers", "That report found …" (a later "that" ends the subject itself)
		}
		if auxiliaries[w] || lexicon.IsVerb(w) || pastVerb(w) || relativePronouns[w] {
			return sp[0]
		}
	}
	return 0
}

// antecedentWords bounds how far subjectEnd looks for a subject's end: a
// longer run with no verb is no subject it can read.
const antecedentWords = 16

// subjectMatch is how well the subject of the sentence before candidate
// c (subjectEnd) matches each question term: c.prevHits of the words
// that stand in it, nil where it has none. The sentence's own words only,
// not a dateline's place cover adds after them.
func (e *Engine) subjectMatch(q *question, c *cand) []float64 {
	end := get(&e.memo.mu, e.memo.subject, c.prev.Text, func() int { return subjectEnd(c.prev.Text) })
	if end == 0 {
		return nil
	}
	own := len(e.factsOf(c.a, c.prev).toks)
	var out []float64
	for _, th := range c.prevHits {
		if th.k >= own || c.prevToks[th.k].Start >= end {
			continue
		}
		if out == nil {
			out = make([]float64, len(q.terms))
		}
		for _, h := range th.hs {
			out[h.i] = max(out[h.i], h.w)
		}
	}
	return out
}
