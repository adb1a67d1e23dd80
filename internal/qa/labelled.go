// List items whose label (the words before a colon) holds a word of the question.

package qa

import (
	"github.com/summitbot/summitbot/corpus"
)

// labelMaxWords is how many words a list item's label may have: a name or
// a noun phrase ("Japan", "World Bank", "Roads"), not a clause that
// happens to end on a colon. One more than labelWords, lists.go's: the
// weight rank.labelled was fitted with five.
const labelMaxWords = 5

// labelsAsked reports whether a candidate is a list item whose label, the
// words before a colon that opens it, holds a word of the question, a name
// or not ("Japan: $75 million, on top of …" for "what did japan chip in";
// "Roads: the ring road and two bridges" for "which roads are shut"). A label names what
// its item is about, one entry in a list of like entries, whatever verb the
// question puts it by, while a body sentence that holds the word may speak
// of it in passing; passage_kind weighs every list item alike, labelled or
// not.
func labelsAsked(q *question, c *cand) bool {
	if c.p.Kind != corpus.KindBullet {
		return false
	}
	colon := labelEnd(c.p.Text, labelMaxWords)
	if colon < 0 {
		return false
	}
	for _, tok := range c.toks {
		if tok.End > colon {
			break
		}
		for i := range q.terms {
			if q.terms[i].term == tok.Term {
				return true
			}
		}
	}
	return false
}
