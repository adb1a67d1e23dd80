// Yes/no questions the passage answers only as awaited: after a verb of waiting and "for", or "await".

package qa

import (
	"strings"
)

// awaitedOnly reports whether a yes/no question asks whether something
// came about ("did they *find* her son", "did her son get out alive")
// and the passage, holding no word of the question's verb, holds the
// question's other words (no name, no function word, no number, no word
// of when it is asked) only as what someone still waits for: after a
// verb of waiting and its "for" ("has been waiting outside the arcade
// since Tuesday for news of her son") or right after "await". What is
// awaited is told as not yet known, so the passage leaves open what the
// question asks. (plannedOnly reads what was planned or sought; a wait
// is neither, and GloVe puts "wait" near "find", so the verb's check
// here is by form and synonym only.) A question whether it was said,
// planned or undertaken, or of what is to come, is none of these.
func (e *Engine) awaitedOnly(q *question, top *cand) bool {
	_, seen, only := askedOnlyWhere(q, top, q.standsAs, func(term string, vi int) bool {
		for _, h := range q.lookup[term] {
			if h.soft || h.i == vi || h.i >= len(q.terms) {
				continue
			}
			if t := &q.terms[h.i]; askedWord(t) && !wordHoldsNumber(strings.ToLower(t.word)) {
				return true
			}
		}
		return false
	}, awaitedAt)
	return only && seen
}

// awaitedAt reports whether the last words of a sentence's opening
// (before, the text up to a word) leave that word as what someone waits
// for: after a verb of waiting (kinds.txt [awaiting-words]) and a "for"
// after it ("waiting outside the arcade since Tuesday for news of her"),
// or right after "await" in any form ("awaiting word of the"), with no
// deed told in the past since (a participle after an article, "the
// collapsed arcade", tells none), no relative clause and no subordinate
// one but "since" ("… until rescuers *pulled* out her": what came of it).
func awaitedAt(before string) bool {
	from := sentenceOpening(before, 0, len(before))
	words := strings.Fields(strings.ToLower(strings.Map(keepWordRune, before[from:])))
	k := -1
	for i, w := range words {
		if awaitingVerbs[w] {
			k = i
		}
	}
	if k < 0 {
		return false
	}
	if !awaitingDirect[words[k]] {
		// what is waited for follows the last "for", through no
		// preposition but "of" ("for news *of* her"): "waited outside
		// the gate with her" awaits no one, nor "waited for two hours
		// *beside* her" her
		f := -1
		for j := len(words) - 1; j > k && f < 0; j-- {
			if words[j] == "for" {
				f = j
			}
		}
		if f < 0 {
			return false
		}
		for _, w := range words[f+1:] {
			if prepositions[w] && w != "of" {
				return false
			}
		}
	}
	for j := k + 1; j < len(words); j++ {
		w := words[j]
		switch {
		case relativeOpeners[w] || subordinators[w] && w != "since" || w == "until":
			return false
		case pastVerb(w) && !nounOpeners[words[j-1]]:
			return false
		}
	}
	return true
}
