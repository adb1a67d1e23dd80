// Yes/no questions the passage answers only with what was planned or sought, not what was done.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// plannedOnly reports whether a yes/no question asks whether something
// was done ("did the union *get* the bonus") and the passage, holding no
// word of the question's verb, holds what the question says after that
// verb only in a clause of what was to come or was sought: after a modal
// of what is to come ("said it *would ask* Northjet for a one-off payment
// of €500") or a verb's infinitive ("raised £18,000 *to seek* a judicial
// review"). What was planned, asked for or sought says nothing of what
// came of it. A question whether it was said, asked, planned or
// undertaken ("did they *promise* …", "did they *agree to* pay") is what
// such a clause answers, and is none of these; so is one of what is to
// come. (Where the passage holds the verb itself only as yet to be done,
// doneOnlyAsProspect declines.) A verdict the passage seems to give is
// none here: the clause it would rest on is that clause of what was
// sought, where every word of what is asked stands ("did the members get
// a hardship grant" of "… would ask the city for a hardship grant of £300
// for each of its 900 members", "get" excused as a word chat leans on).
func (e *Engine) plannedOnly(q *question, top *cand) bool {
	vi, seen, only := askedOnlyWhere(q, top, q.stands, func(term string, vi int) bool {
		return slices.ContainsFunc(q.lookup[term], func(h termHit) bool { return objectTerm(q, vi, h.i) })
	}, underProspect)
	return only && (seen || subjectPlanned(q, vi, top))
}

// askedOnlyWhere reads a yes/no "did X V" (didVerb: V is term vi) that
// asks whether something came about, not whether it was said, planned or
// undertaken, nor what is to come, against its best passage, for the
// readers of a passage that holds what is asked only where it did not
// come about (plannedOnly, awaitedOnly). only is false where the question
// is no such one or the passage says V itself (said: doneOnlyAsProspect
// judges that), or a word of it the question asks about (asked) stands
// where where, read on the text before it, does not hold; seen says
// whether any did stand.
func askedOnlyWhere(q *question, top *cand, said, asked func(term string, vi int) bool, where func(before string) bool) (vi int, seen, only bool) {
	if q.kind != KindYesNo {
		return -1, false, false
	}
	vi = didVerb(q)
	if vi < 0 || asksFuture(q) || undertaking(q, vi) {
		return vi, false, false
	}
	for _, tok := range top.toks {
		if said(tok.Term, vi) {
			return vi, false, false
		}
	}
	for _, tok := range top.toks {
		if !asked(tok.Term, vi) {
			continue
		}
		seen = true
		if !where(top.p.Text[:tok.Start]) {
			return vi, seen, false
		}
	}
	return vi, seen, true
}

// undertaking reports whether the verb of "did X V" (term vi) asks
// whether something was said, asked, planned or undertaken: a verb of
// saying ("did they *promise* …", "*pledge*"), of asking, a word of plan,
// a verb of undertaking ("did Belgium *offer* its navy":
// lexicon.IsUndertaking), or one with "to" after it ("did they *agree to*
// pay", "*offer to* help"). A clause of what would be answers that.
func undertaking(q *question, vi int) bool {
	w := strings.ToLower(q.terms[vi].word)
	if lexicon.IsSayingVerb(w) || requestVerbs[w] || prospectWords[w] || lexicon.IsUndertaking(w) {
		return true
	}
	i := slices.Index(q.words, w)
	return i >= 0 && i+1 < len(q.words) && q.words[i+1] == "to"
}

// objectTerm reports whether question term i says what "did X V" (term
// vi) asks was done, not who did it: a word after the verb that askedWord
// takes.
func objectTerm(q *question, vi, i int) bool {
	if i <= vi || i >= len(q.terms) {
		return false
	}
	return askedWord(&q.terms[i])
}

// askedWord reports whether question term t is one of the words that say
// what was asked of, not who nor when: no name (a name may stand anywhere
// in a passage), no function word and no word of when the question is
// asked (objectTerm, awaitedOnly).
func askedWord(t *qterm) bool {
	w := strings.ToLower(t.word)
	return !t.entity && !lexicon.IsFunctionWord(w) && !chatTimeWords[w]
}

// underProspect reports whether the last words of a sentence's opening
// (before, the text up to a word) leave that word in a clause of what is
// to come or sought: after a modal of what is to come and a verb ("would
// ask Northjet for …", "will now face"), not negated ("would not deploy"
// refuses), or after "to" and a verb ("to seek a judicial review"; not
// "used to", "had to"), with no deed told in the past since ("would say
// the review *found* …") and no subordinate or relative clause opened
// since ("…, which the council *rejected*"). A verb of saying ("said it
// would …") and the participle of "be" or "have" after a modal ("would
// be *delayed*") tell no deed done.
func underProspect(before string) bool {
	from := sentenceOpening(before, 0, len(before)) // (not at the stop of "Dr.")
	words := strings.Fields(strings.ToLower(strings.Map(keepWordRune, before[from:])))
	prospect, said := false, false
	// (after "if" or "unless", a modal tells what would be on a
	// condition, "if that wall had given way, we would be counting the
	// dead", not what was planned)
	conditional := false
	for k, w := range words {
		prev := ""
		if k > 0 {
			prev = words[k-1]
		}
		switch {
		case futureModal(w):
			j := pastBetween(words, k, 1, false)
			prospect = !conditional && j < len(words) && !strings.HasSuffix(w, "n't") && !negationWord(words[j]) && verbAfter(words[j])
		case w == "to" && k+1 < len(words) && verbAfter(words[k+1]) && planned(words[:k]):
			prospect = true // "plans to ask", "is expected to approve"
		case requestVerbs[w] && !getFold(nounOpeners, prev) || w == "for" && callForms[prev]:
			prospect = true // "asked Northjet for a payment", "called for an inquiry": sought
		case w == "if" || w == "unless":
			prospect, conditional = false, true
		case subordinators[w] || w == "whether" || relativeOpeners[w] && (w != "that" || !said):
			prospect = false
		case lexicon.IsSayingVerb(w):
			said = true
		case pastVerb(w) && prev != "be" && prev != "been" && prev != "have" && prev != "being":
			prospect = false
		}
	}
	return prospect
}

// subjectPlanned reports whether the passage, where it holds none of what
// "did X V" (term vi) says after its verb, holds X's words, no name, as
// typed or by a synonym (a GloVe neighbour, "opposition" for "vote", is
// no mention of X; nor is a number, "did the *two* documents …", which
// says how many, not what: wordHoldsNumber, which a number in words
// passes too), only in a clause of what is to come: as the subject of a
// modal of what is to come ("his no-confidence *motion would go* ahead"
// for "did the motion pass") or under one (underProspect: "would publish
// an interim *report*" for "did the interim report blame the captain").
// What X would do or undergo says nothing of what came of it.
func subjectPlanned(q *question, vi int, top *cand) bool {
	text := top.p.Text
	seen := false
	for _, tok := range top.toks {
		if !slices.ContainsFunc(q.lookup[tok.Term], func(h termHit) bool {
			w := strings.ToLower(q.terms[h.i].word)
			return h.i < vi && !h.soft && !q.terms[h.i].entity && !lexicon.IsFunctionWord(w) && !wordHoldsNumber(w)
		}) {
			continue
		}
		seen = true
		if !underProspect(text[:tok.Start]) && !modalNext(text[tok.End:]) {
			return false
		}
	}
	return seen
}

// modalNext reports whether the words after a word (after, the text that
// follows it) open, past at most two more words of its noun phrase (no
// function word, no verb in the past: "no-confidence *motion*"), on a
// modal of what is to come and a word after it, not negated: "*would go*
// ahead", "*will be* heard".
func modalNext(after string) bool {
	words := strings.Fields(strings.ToLower(strings.Map(keepWordRune, after)))
	k := 0
	for k < 2 && k < len(words) && !futureModal(words[k]) && !lexicon.IsFunctionWord(words[k]) && !pastVerb(words[k]) {
		k++
	}
	return k+1 < len(words) && futureModal(words[k]) && !strings.HasSuffix(words[k], "n't") && words[k+1] != "not"
}

// verbAfter reports whether w, the word right after a modal or a "to" of
// plan, is the verb it governs: any word but a function word ("be" and
// "have" are verbs) or a number, in figures or in words (wordHoldsNumber:
// "would *two* …"). A verb WordNet tags mostly as a noun is
// one there too: "would *test* the water", "would *table* a motion"
// (lexicon.IsVerbBase, its mostly-verbs, leaves them out).
func verbAfter(w string) bool {
	if w == "be" || w == "have" {
		return true
	}
	return w != "" && !lexicon.IsFunctionWord(w) && !wordHoldsNumber(w)
}
