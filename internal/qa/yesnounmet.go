// Yes/no questions a passage does not settle: prospects, lists, requests, outcomes.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// doneOnlyAsProspect reports whether a yes/no question asks whether
// something was done ("did they *clear* the backlog in 10 days") and the
// passage holds the question's verb only as yet to be done: right after a
// modal, past any adverbs (pastBetween: "she *would make* her sister's
// wedding", "would then probably make"), or after "to" in a
// clause that speaks of a prospect ("it expected *to clear* the backlog",
// "would ask KCT *to publish*"; not "forced rescuers to pull back": done).
// It says what was planned or hoped, not what came of it.
func (e *Engine) doneOnlyAsProspect(q *question, top *cand) bool {
	if q.kind != KindYesNo {
		return false
	}
	vi := didVerb(q)
	if vi < 0 {
		return false
	}
	text, seen := top.p.Text, false
	for _, tok := range top.toks {
		if !q.stands(tok.Term, vi) {
			continue
		}
		seen = true
		from := afterLastMark(text[:tok.Start], clauseMarks)
		ws := append(strings.Fields(strings.ToLower(text[from:tok.Start])), strings.ToLower(text[tok.Start:tok.End]))
		n := pastBetween(ws, len(ws)-1, -1, false) // "would *now* face", "would *then probably* face"
		switch {
		case n >= 0 && modal(ws[n]):
		case n > 0 && ws[n] == "to" && planned(ws[:n]):
		default:
			return false
		}
	}
	return seen
}

// namedOnlyInList reports whether a passage names the question's names
// only as items of a list of three names or more ("including Macron,
// Starmer, Polish Prime Minister Donald Tusk and Italy's Prime Minister
// Giorgia Meloni"), and lacks a word of the question that is no name and
// no verb of saying, and settles nothing (verdict): it says what the group
// did, or that they were there, not what the question asks of one of them.
// A question whether one is among others or named at all ("is poland
// involved", "is meloni mentioned": membershipWords) is what a list
// answers.
func (e *Engine) namedOnlyInList(q *question, c *cand) bool {
	if !slices.ContainsFunc(q.terms, func(t qterm) bool { return t.entity }) {
		return false
	}
	lacks := false
	for i, t := range q.terms {
		w := strings.ToLower(t.word)
		if membershipWords[w] || inclusionVerbs[w] {
			return false // "is poland involved": whether one is among them, which a list says
		}
		if !t.entity && i < len(c.match) && c.match[i] == 0 && !lexicon.IsSayingVerb(w) {
			lacks = true
		}
	}
	if !lacks {
		return false
	}
	var items []span // the items of lists of three or more that are names
	for _, co := range coordinations(c.p.Text) {
		if len(co.items) < 3 {
			continue
		}
		for _, it := range co.items {
			if nameItem(c.p.Text[it.start:it.end]) {
				items = append(items, it)
			}
		}
	}
	named := false
	for i, t := range q.terms {
		if !t.entity {
			continue
		}
		for _, tok := range c.toks {
			if !q.stands(tok.Term, i) {
				continue
			}
			named = true
			if !slices.ContainsFunc(items, func(it span) bool { return it.start <= tok.Start && tok.End <= it.end }) {
				return false
			}
		}
	}
	if !named {
		return false
	}
	v, _ := e.verdict(q, c)
	return v == ""
}

// membershipWords, with the verbs of inclusion, ask whether one is among
// others or named at all (kinds.txt).
var membershipWords = cueSet("membership-words")

// nameItem reports whether a list's item is a name, with any title before
// it: every word but a function word capitalised ("Polish Prime Minister
// Donald Tusk", "the Czech Republic"; not "Two Labour councillors").
func nameItem(item string) bool {
	n := 0
	for _, w := range strings.Fields(item) {
		w = strings.Trim(w, ".,;:\"'’”“()")
		if w == "" || lexicon.IsFunctionWord(strings.ToLower(w)) {
			continue
		}
		if !isCapital(w) {
			return false
		}
		n++
	}
	return n > 0
}

// unnamed reports whether a passage lacks a name of a yes/no question
// (in it or the sentence before, in any spelling the match reads) that
// the articles use: whether X did something with or to Y, or did it in
// Y, is settled only by a sentence that names both ("did kushner meet
// zelensky": "Kushner called the Paris meeting a milestone" says nothing
// of Zelensky). A name the passage's story opens with or is headlined
// with does not count: its sentences speak of it without naming it again
// ("… to a peacekeeping mission post-ceasefire" in a story on Ukraine). A
// name no article uses is declined before (abstention), or is the chat's
// ("atm").
func (e *Engine) unnamed(q *question, c *cand) bool {
	for i, t := range q.terms {
		if !t.entity || t.unknown || i >= len(c.match) || c.match[i] > 0 {
			continue
		}
		if e.lead(c.a)[t.term] || e.headlineTerms(c.a)[t.term] {
			continue
		}
		return true
	}
	return false
}

// askedOnly reports whether, for a yes/no question "did X V …", the passage names
// X only as one asked to do something: each mention of X's words is the
// object of a verb of asking, with nothing between them but a determiner,
// a title or the name's other words ("called for *Kallberg* to appear",
// "would ask *the government* to pay"; requestVerbs), and is followed,
// past the rest of its name, by "to" and a verb. That X was asked says
// nothing of whether X did it; a question whether X was asked, or said
// anything, is none of these. Not "urged calm as Lang *went to*" (no
// object of the verb, no verb after "to"), nor "a *press* conference" (a
// noun after a determiner).
func (e *Engine) askedOnly(q *question, c *cand) bool {
	vi := didVerb(q)
	if vi < 1 {
		return false
	}
	if v := strings.ToLower(q.terms[vi].word); requestVerbs[v] || callForms[v] || lexicon.IsSayingVerb(v) {
		return false
	}
	text, seen := c.p.Text, false
	for _, tok := range c.toks {
		if !slices.ContainsFunc(q.lookup[tok.Term], func(h termHit) bool { return h.i < vi }) {
			continue
		}
		seen = true
		if !askedObject(strings.Fields(text[afterLastMark(text[:tok.Start], clauseMarks):tok.Start])) ||
			!toVerbAfter(strings.Fields(text[tok.End:min(len(text), tok.End+80)])) {
			return false
		}
	}
	return seen
}

// askedObject reports whether the words before a mention (as written)
// end on a verb of asking whose object the mention is: past at most three
// words that are a determiner, a title or capitalised (the name's other
// words: "ask *the* government", "urged *Transport Minister* Voss"), a
// verb of asking not after a determiner, or "for" / "on" after a form of
// "call".
func askedObject(before []string) bool {
	k := len(before) - 1
	for skipped := 0; k >= 0 && skipped < 3; k, skipped = k-1, skipped+1 {
		w := before[k]
		lw := strings.ToLower(w)
		if !nounOpeners[lw] && !lexicon.IsTitle(lw) && !isCapital(w) {
			break
		}
	}
	if k < 0 {
		return false
	}
	lw := strings.ToLower(before[k])
	if (lw == "for" || lw == "on") && k > 0 {
		return getFold(callForms, before[k-1])
	}
	return requestVerbs[lw] && !callForms[lw] && (k == 0 || !getFold(nounOpeners, before[k-1]))
}

// toVerbAfter reports whether the words after a mention go on, past at
// most two more capitalised words of its name, with "to" and a verb ("…
// Kallberg *to appear*").
func toVerbAfter(after []string) bool {
	k := 0
	for k < len(after) && k < 2 && isCapital(after[k]) {
		k++
	}
	return k+1 < len(after) && strings.ToLower(after[k]) == "to" && lexicon.IsVerbBase(strings.ToLower(strings.Trim(after[k+1], ".,;:!?\"'’”")))
}

// callForms are the forms of "call", which asks only with "for" or "on"
// after it ("called for", "called on"; not "called the meeting a
// milestone").
var callForms = wordSet("call calls called calling")

// requestVerbs are the verbs of asking another to do something
// (kinds.txt).
var requestVerbs = cueSet("asking-verb-words")

// awaitingVerbs are the verbs of waiting for what has not yet come
// (kinds.txt).
var awaitingVerbs = cueSet("awaiting-words")

// awaitingDirect are those that take what is awaited as their object, no
// "for" between (kinds.txt).
var awaitingDirect = cueSet("awaiting-direct-words")

// endedUpVerb is the index among q's terms of V in a "did X end up
// V-ing" question ("did northjet end up *suing* sentaro") or a "did X
// finally / ever / eventually V" one ("did she *ever* make it home"), or
// -1: it asks whether the deed came about, which only a passage holding
// the deed says. So do "when" and "what" questions so put ("when did the
// sirens finally get *fixed*", "what did the inquiry end up *finding*"):
// a date or a thing of another deed on the matter is none of the one
// asked about.
func endedUpVerb(q *question) int {
	if q.kind != KindYesNo && q.kind != KindWhen && q.kind != KindWhat || !slices.Contains(q.words, "did") {
		return -1
	}
	for i := 0; i+2 < len(q.words); i++ {
		if q.words[i] == "end" && q.words[i+1] == "up" && strings.HasSuffix(q.words[i+2], "ing") && lexicon.IsVerb(q.words[i+2]) {
			v := q.words[i+2]
			return slices.IndexFunc(q.terms, func(t qterm) bool { return strings.ToLower(t.word) == v })
		}
	}
	for i := 1; i+1 < len(q.words); i++ {
		// "did the sirens *finally* get fixed", "did she *ever* make it
		// home", "did they *eventually* sue": the verb after the word
		// of outcome, after the subject "did" asks of
		if prev := q.words[i-1]; ordinals[prev] != 0 || superlative(prev) {
			continue // "the first ever ferry", "the biggest ever storm": "ever" qualifies a noun
		}
		if outcomeWords[q.words[i]] && q.words[i-1] != "did" && lexicon.IsVerbBase(q.words[i+1]) {
			v := q.words[i+1]
			if (v == "get" || v == "be") && i+2 < len(q.words) && pastVerb(q.words[i+2]) {
				v = q.words[i+2] // "finally get *fixed*": the deed is the participle's
			} else if q.kind != KindYesNo && (lightVerbs[v] || v == "come" || v == "go") {
				// "when did it finally *come* loose": a light verb's deed
				// is in the words after it, which a passage says
				// otherwise ("pulled the vessel free")
				return -1
			}
			return slices.IndexFunc(q.terms, func(t qterm) bool { return strings.ToLower(t.word) == v })
		}
	}
	return -1
}

// outcomeWords, before a verb, ask whether a deed at last came about
// ("did they *finally* agree"). A closed class of English adverbs.
var outcomeWords = wordSet("finally eventually ever ultimately")

// saysEndedUp reports whether passage c holds the deed a "did X end up
// V-ing" question asks about, V or a word near it in meaning (endedUpVerb),
// or the question is none: "The authority would open an inquiry covering
// both Northjet and Sentaro" says nothing of whether Northjet sued.
func saysEndedUp(q *question, c *cand) bool {
	vi := endedUpVerb(q)
	if vi < 0 {
		return true
	}
	return slices.ContainsFunc(c.toks, func(tok index.Token) bool { return q.stands(tok.Term, vi) })
}

// didVerb is the index among q's terms of the verb right after "did" and
// its subject, in its base form ("did the union *get* the bonus"), or -1
// for a question with no "did", or whose verb is another's infinitive
// ("did voss offer *to mediate*").
func didVerb(q *question) int {
	i := slices.Index(q.words, "did")
	if i < 0 {
		return -1
	}
	words := q.words[i+1:]
	for j, w := range words {
		if w == "to" {
			return -1
		}
		if !lexicon.IsVerbBase(w) || j == 0 {
			continue // (the first word is the subject's: "did *rescue* crews …")
		}
		// the subject's nouns may be verbs too ("did the *fire* spread",
		// "did the *rescue team* find"): the verb ends the run of them
		for j+1 < len(words) && words[j+1] != "to" && !particles[words[j+1]] && !lexicon.IsFunctionWord(words[j+1]) && lexicon.IsVerbBase(words[j+1]) {
			j++
		}
		if k := verbAfterName(q, words, j+1); k > j && nounBeforeName(words, j, k) {
			j = k // "did the vote *against Elland pass*": the subject runs on
		}
		w = words[j]
		return slices.IndexFunc(q.terms, func(t qterm) bool { return !t.entity && strings.ToLower(t.word) == w })
	}
	return -1
}

// nounBeforeName reports whether words[j], the first word after "did" and
// its subject that can be a verb, is rather a noun of the subject, where
// words[k], a verb base after a preposition and a name, is the verb: it
// stands where English puts a noun (readAsVerb: "did the *strike* at
// Kessby spread"), or it is a noun by the lexicon and words[k] is not
// ("did the no confidence *vote* against Holt *pass*"). The first stays
// the verb where both read as nouns ("did the bus *stop* at Kessby
// station").
func nounBeforeName(words []string, j, k int) bool {
	before := ""
	if j > 0 {
		before = words[j-1]
	}
	return !readAsVerb(words[j], before) || knownNoun(words[j]) && !knownNoun(words[k])
}

// verbAfterName returns the index in words of a verb base that follows a
// preposition at from and the name it governs ("did the no confidence
// vote *against Elland pass*", "did the strike *at Keldhaven end*"), or
// -1. A name right before a bare verb ends the subject of "did": the verb
// is that one, and what went before it, up to the preposition, is a noun
// of the subject ("vote", "strike"), not the verb asked about. A
// preposition followed by anything else ("did they vote against the
// plan") leaves the word before it the verb.
func verbAfterName(q *question, words []string, from int) int {
	if from >= len(words) || words[from] == "to" || !lexicon.IsFunctionWord(words[from]) {
		return -1
	}
	k := from + 1
	if k < len(words) && lexicon.IsFunctionWord(words[k]) {
		k++ // a determiner: "against the council"
	}
	names := 0
	for ; k < len(words) && slices.ContainsFunc(q.terms, func(t qterm) bool { return t.entity && strings.ToLower(t.word) == words[k] }); k++ {
		names++
	}
	if names == 0 || k >= len(words) || lexicon.IsFunctionWord(words[k]) || particles[words[k]] || !lexicon.IsVerbBase(words[k]) {
		return -1
	}
	return k
}

// speaksOfMatter reports whether a passage holds a word of the question
// that is no name, as typed or spelled otherwise (not a synonym): it
// speaks of what is asked about, not only of whom ("The guarantees would
// run for an initial 15-year term" after a sentence on Merz says nothing
// of "how long has merz been chancellor").
func speaksOfMatter(q *question, c *cand) bool {
	c.lookUp(q)
	return slices.ContainsFunc(c.hits, func(h tokHit) bool {
		return slices.ContainsFunc(h.hs, func(th termHit) bool { return th.w == 1 && !th.soft && !q.terms[th.i].entity })
	})
}
