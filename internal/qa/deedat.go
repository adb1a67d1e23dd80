// Whether a figure's clause says the question's deed.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// doneHere says how surely the clause of the number at s says what the
// question says of what it counts: 2 when it holds the question's verb (or
// a synonym or near word of the articles: "dead" for "died"), 1 when a
// word GloVe puts at softMin or nearer as typed ("killed" for "died";
// GloVe puts "injured" as near), or a verb at phrasalNear with the
// question's particle after it ("brought out" for "pulled out"), or when
// the clause holds all else the question says, two words at least, one
// of them no name, date or number (restHeld); 0 when none of these
// ("about 3,000 people are sleeping in the street" for "how many people
// died"). A question that says no verb of what it counts gets 2.
func (e *Engine) doneHere(q *question, text string, s span) int {
	level := e.deedAt(q, text, s, q.countVerb)
	if cl := clauseAround(text, s, clauseMarks); level == 0 && e.restHeld(q, text[cl.start:cl.end], q.countVerb) {
		// "Firefighters and volunteers with boats had rescued 63 people
		// from flooded homes and cars by Tuesday" for "how many got
		// pulled out by boat on tuesday": all else the question says is
		// said of the figure, its deed in other words
		return 1
	}
	return level
}

// deedAt is doneHere for the question's verb at vi among its terms (none
// when vi < 0: 2): how surely the clause of span s of text says it. It
// reads the verb of "how many" (doneHere), of "when" (the deedless date)
// and of "how much" (muchVerb) alike, the phrasal reading too: "brought
// out" says "pulled out" of a date or an amount as of a count. 2 when the
// clause holds the verb in any of its forms, a synonym or near word of the
// articles (question.stands), or one of its later verbs (laterVerbs) as
// typed; 1 when it holds a word GloVe puts near the verb (softMin, or
// phrasalNear with its particle after); else 0.
func (e *Engine) deedAt(q *question, text string, s span, vi int) int {
	if vi < 0 {
		return 2
	}
	// the question's verbs after the first ("how many ppl turned up to
	// *watch*": "About 300 people watched"), not a noun of a phrase ("the
	// warehouse *fire*": final re-read 25A F8, one reading with the count
	// of a kind of person's)
	later := q.laterVerbs(vi)
	cl := clauseAround(text, s, clauseMarks)
	from, to := cl.start, cl.end
	verb := strings.ToLower(q.terms[vi].word)
	level := 0
	anchor := lexicon.Default().Anchor(verb) // (looked up once, not for every word)
	for _, tok := range e.analyze(text[from:to]) {
		// (a later verb by its own word or a synonym, not by a word GloVe
		// puts near: "seen" is no "watch")
		if q.stands(tok.Term, vi) || slices.ContainsFunc(later, func(t qterm) bool { return t.spelledBy(tok.Term) }) {
			return 2
		}
		if level > 0 {
			continue // (a near word is found: only the verb itself can add to it)
		}
		w := strings.ToLower(text[from+tok.Start : from+tok.End])
		if sim, ok := anchor.Similarity(w); ok && (sim >= softMin || sim >= phrasalNear && (lexicon.IsVerb(w) || pastVerb(w)) && particleAfter(text[:to], from+tok.End, q.terms[vi].particle, 1, true)) {
			level = 1
		}
	}
	return level
}

// restHeld reports whether clause holds every word of the question but
// its verb (at vi among its terms) and the words that name what it
// counts, restHeldMin words at least, each as typed or by a synonym
// (question.standsAs: GloVe's neighbours share a word's contexts, not
// its meaning), and one of them a word that says how or to what the
// deed was done ("by *boat*"): a name, a date, a number or another word
// of a phrase of time (saysWhen: "*last* week", "over *three* days")
// only says where and when, and any count given of that place and day
// holds them
// ("About 3,000 people were sleeping in the streets of Calama on
// Tuesday" for "how many people died in calama on tuesday").
func (e *Engine) restHeld(q *question, clause string, vi int) bool {
	toks := e.analyze(clause)
	n, deed, m := 0, false, countedModifier(q)
	for i, t := range q.terms {
		if i == vi || i == m || q.counted != nil && t.term == q.counted.term {
			continue // (the words that name what is counted say nothing of it: "*dock* workers")
		}
		if !slices.ContainsFunc(toks, func(tok index.Token) bool { return q.standsAs(tok.Term, i) }) {
			return false
		}
		n++
		deed = deed || !t.entity && !saysWhen(q.timePhrases(), q.words, strings.ToLower(t.word))
	}
	return deed && n >= restHeldMin
}

// restHeldMin is the fewest words besides its verb a question must say
// for restHeld to read its deed from them: with one, "how many died in
// calama" would take any count said of Calama (measured: at 1 a right
// readable answer went wrong, meas h1 47 -> 46; at 3 the one gained
// was lost again).
const restHeldMin = 2

// phrasalNear is the least GloVe similarity at which a verb of a clause
// (lexicon.IsVerb or a past form) followed by the particle of the
// question's phrasal verb says it ("brought out" for "pulled out", 0.59,
// below softMin): the particle carries much of a phrasal verb's meaning.
const phrasalNear = 0.5

// readLaterVerbs are the question's verbs after its verb at vi (lexicon.IsVerb
// or a past form, not a name), less a word of a noun phrase: one with an
// article, a possessive or a preposition before it and no "to" or
// conjunction between ("showed up to *vote*", "turned out and *voted*";
// not "died in the warehouse *fire*"; a particle before a verb in "-ing",
// "ended *up* digging", and a subject, "before *it* came", make none:
// inNounPhrase).
func (q *question) readLaterVerbs(vi int) []qterm {
	var out []qterm
	for _, t := range q.terms[vi+1:] {
		if w := strings.ToLower(t.word); !t.entity && (lexicon.IsVerb(w) || pastVerb(w)) && !q.inNounPhrase(w) {
			out = append(out, t)
		}
	}
	return out
}

// inNounPhrase reports whether the question's word w stands in a noun
// phrase (laterVerbs): an article, a possessive or a preposition other
// than "to" and no verb's particle before a verb in "-ing" ("ended *up*
// digging"; "over protests" is a phrase) is met before
// it, walking back, before "to", a conjunction or a subject pronoun
// ("before *it* came free").
func (q *question) inNounPhrase(w string) bool {
	for j := slices.Index(q.words, w) - 1; j >= 0; j-- {
		switch p := q.words[j]; {
		case p == "to" || conjunctions[p] || clausePronouns[p]:
			return false // (a subject opens a clause: "before *it* came free")
		case articles[p] || possessives[p] || prepositions[p] && !(particles[p] && strings.HasSuffix(w, "ing")):
			return true // (a particle before a verb in "-ing" is its verb's: "ended *up* digging"; "died *over* protests" 25D F5)
		}
	}
	return false
}

// afterNounMarker reports whether the question's word w stands right
// after a preposition or an article, where it is a noun whatever else it
// may be: "how many got hurt *in total*", "the *total*"; "to" aside, which
// marks a verb as often ("turned up *to watch*").
func (q *question) afterNounMarker(w string) bool {
	for i := 1; i < len(q.words); i++ {
		if q.words[i] == w {
			prev := q.words[i-1]
			return prepositions[prev] && prev != "to" || articles[prev] // ("to watch": a verb)
		}
	}
	return false
}

// afterVerb reports whether the number at s of text stands right after the
// question's verb of what it counts: "injured 2,460" for "how many people
// were injured".
func (e *Engine) afterVerb(q *question, text string, s span) bool {
	if q.countVerb < 0 {
		return false
	}
	for _, re := range [][]span{e.durations(text), e.find(dateRE, text)} {
		for _, d := range re {
			if d.start < s.end && s.start < d.end {
				return false // "died two days later", "died on March 3": no count
			}
		}
	}
	if unitBefore(text, s) || unitAfter(text, s) {
		return false // "rose 38 kilometres": a measure
	}
	return e.isCountVerb(q, lastWord(text[:s.start]))
}

// isCountVerb reports whether word is the question's verb of what it
// counts, or a word that stands for it (question.stands).
func (e *Engine) isCountVerb(q *question, word string) bool {
	for _, tok := range e.analyze(word) {
		if q.stands(tok.Term, q.countVerb) {
			return true
		}
	}
	return false
}

// verbNext reports whether the question's verb of what it counts is the
// word right after the number at s: "about 1,100 *injured*" for "how many
// were injured".
func (e *Engine) verbNext(q *question, text string, s span) bool {
	if q.countVerb < 0 || unitAfter(text, s) {
		return false
	}
	next := wordAfter(text, s)
	return next != "" && e.isCountVerb(q, next)
}

// doesVerb reports whether the number at s, or the people it counts, is
// the subject of the question's verb of what it counts, within a few
// words of auxiliaries and adverbs: "214 people had been confirmed *dead*"
// and "71 were still *missing*" for "how many died" and "how many are
// missing".
func (e *Engine) doesVerb(q *question, text string, s span) bool {
	if q.countVerb < 0 {
		return false
	}
	rest := text[s.end:]
	if i := strings.IndexAny(rest, ",;:.()—"); i >= 0 {
		rest = rest[:i]
	}
	words := strings.Fields(rest)
	if len(words) > 0 && meansPerson(strings.ToLower(words[0])) {
		words = words[1:] // "214 *people* had been …"
	}
	if len(words) < 2 || !getFold(auxiliaries, words[0]) {
		return false
	}
	for _, w := range words[1:min(len(words), 1+verbReach)] {
		lw := strings.ToLower(w)
		if lexicon.IsFunctionWord(lw) && !auxiliaries[lw] {
			return false // "… and about 1,100": another clause's words
		}
		if e.isCountVerb(q, w) {
			return true
		}
	}
	return false
}

// verbReach is how many words after the auxiliary doesVerb looks at:
// "had been confirmed dead".
const verbReach = 3

// subjectOfAsked reports whether the number at s, with no noun of its
// own, is the subject of what the question asks about: an auxiliary right
// after it, then, within a few words of its clause, a question word other
// than the counted noun ("2,460 people had been injured and *71 were
// still missing*" for "how many people are still missing": the noun is
// understood).
func (e *Engine) subjectOfAsked(q *question, text string, s span) bool {
	rest := text[s.end:]
	if i := strings.IndexAny(rest, ",;:.()—"); i >= 0 {
		rest = rest[:i]
	}
	words := strings.Fields(rest)
	if len(words) < 2 || !getFold(auxiliaries, words[0]) {
		return false
	}
	for _, w := range words[1:min(len(words), 1+subjectWords)] {
		for _, tok := range e.analyze(w) {
			if q.has(tok.Term) && (q.counted == nil || tok.Term != q.counted.term) {
				return true
			}
		}
	}
	return false
}

// subjectWords is how many words after the auxiliary that follows a
// number subjectOfAsked looks at.
const subjectWords = 3
