// Reordering candidates: promote, raise and toFront.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// countedModifier is the index among q's terms of the word that narrows
// what a "how many" question counts, right before the counted noun ("how
// many *conservative* councillors", "how many *female* leaders"): a word
// of the articles', not a name (unknown words and names the evidence
// weighs: "euro", "extra" are chat for words the articles use), or -1.
func countedModifier(q *question) int {
	if q.kind != KindHowMany || q.counted == nil {
		return -1
	}
	k := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.counted.term })
	if k < 1 {
		return -1
	}
	m := q.terms[k-1]
	w := strings.ToLower(m.word)
	at := slices.Index(q.words, strings.ToLower(q.counted.word))
	if at < 1 || q.words[at-1] != w || m.entity || m.unknown || lexicon.IsFunctionWord(w) || lexicon.IsVerb(w) || pastVerb(w) {
		return -1
	}
	return k - 1
}

// spells reports whether any of toks is t as typed or by a synonym, not
// only a word near it in meaning.
func spells(t qterm, toks []index.Token) bool {
	return slices.ContainsFunc(toks, func(tok index.Token) bool { return t.spelledBy(tok.Term) })
}

// toFront is cands with its i-th first, the others in their order: a new
// slice, cands as it was (promote, below, moves in place).
func toFront(cands []*cand, i int) []*cand {
	out := make([]*cand, 0, len(cands))
	out = append(out, cands[i])
	out = append(out, cands[:i]...)
	return append(out, cands[i+1:]...)
}

// promote moves to the top the first of the candidates after the best
// (of the seven next) that better answers, and returns the top.
func promote(cands []*cand, better func(c *cand) bool) *cand {
	return promoteWithin(cands, promoteReach, better)
}

// countsRatio is the least share of the coverage of a "how many" top
// with no figure that a passage whose figure counts the noun asked about
// must have to answer over it: less than the half any typed passage needs,
// as its figure says more of what is asked than the top's words do.
const countsRatio = 0.3

// countsOtherRatio is the least share of the coverage of a "how many" top
// whose figure counts something other than the noun asked about ("a
// small amount of fuel oil has leaked … as the number of ships waiting
// rose" for "how many tugs were there by tuesday") that a passage whose
// figure counts that noun must have to answer over it ("two more tugs
// had arrived …, bringing the total on site to six"): more than
// countsRatio, as the top's figure is a count of a kind, less than the
// three quarters a passage needs over a sentence top with a figure that
// may be the one asked for (over a heading, which needs only half, it
// adds nothing).
const countsOtherRatio = 0.6

// promoteReach is how many candidates from the top promote looks at.
const promoteReach = 8

// promoteWithin is promote over the first reach candidates.
func promoteWithin(cands []*cand, reach int, better func(c *cand) bool) *cand {
	for i, c := range cands[1:min(len(cands), reach)] {
		if better(c) {
			return raise(cands, i+1)
		}
	}
	return cands[0]
}

// raise moves cands[i] to the front, in place, the others before it one
// on, and returns it.
func raise(cands []*cand, i int) *cand {
	c := cands[i]
	copy(cands[1:i+1], cands[:i])
	cands[0] = c
	return c
}
