// The phrase a "when" answer is shown in: its time with the deed it dates, without other clauses.

package qa

import (
	"regexp"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// A time that answers "when" is shown in a phrase with the deed it dates
// (inPhrase, withTimeVerb); the steps here keep out of that phrase what
// the time does not date: a clause that holds a time of its own, and an
// attribution before a time that dates a noun.

// whenPhrase is phrase s of text around the time at bare that answers a
// "when" question q, with the deed that time dates and nothing more, its
// steps in the order they run.
func (e *Engine) whenPhrase(q *question, text string, bare, s span) span {
	if own := ownTime(text, bare, s, e.times(text)); !e.dropsAskedVerb(q, text, s, own) {
		s = own // (not where the clause left out holds the asked verb: "bought … in 2009 and *sold* it in 2017" for "when did they sell", final re-read RH H0)
	}
	s = timeClause(text, bare, s)
	s = withTimeVerb(text, bare, s)
	s = withoutAttribution(q, text, bare, s)
	s = openingJoin(text, bare, s)
	return reducedRelative(text, bare, s)
}

// times are the dates and times of day in text (dateRE, clockRE).
func (e *Engine) times(text string) []span {
	var out []span
	for _, re := range []*regexp.Regexp{dateRE, clockRE} {
		out = append(out, e.find(re, text)...)
	}
	return out
}

// ownTime narrows phrase s of text, shown around the time at bare that
// answers "when", to the clause that holds that time where another time
// of times stands in s past a word that joins clauses (joinsAt): that
// clause has a time of its own, and is no deed this time dates ("Russia
// annexed Crimea in 2014 and launched a full-scale invasion in 2022":
// "launched a full-scale invasion in 2022" for 2022, "Russia annexed
// Crimea in 2014" for 2014). s as it is where no joining word stands
// between the two times (one deed and its two times: "left home at 5:45am
// for a 7:30am shift").
func ownTime(text string, bare, s span, times []span) span {
	if s.end > len(text) || s.start >= bare.start && s.end <= bare.end {
		return s
	}
	joins := joinsAt(text[:s.end], s.start)
	out := s
	for _, t := range times {
		if t.start < s.start || t.end > s.end || t.start < bare.end && t.end > bare.start {
			continue // outside the phrase, or the answer's own time or one overlapping it (dateRE's and clockRE's finds may share a stretch; for t == bare no join test below could hold anyway)
		}
		for _, j := range joins {
			switch {
			case t.end <= j[0] && j[1] <= bare.start:
				out.start = max(out.start, relativeHead(text, t.end, j)) // "… in 2014 and | launched … in 2022"
			case bare.end <= j[0] && j[1] <= t.start:
				out.end = min(out.end, j[0]) // "… in 2014 | and launched … in 2022"
			}
		}
	}
	return out
}

// relativeHead is where the clause after join j of text starts, past
// from: past the joining word, but where it is a relative pronoun at the
// noun phrase it qualifies, back to its article or possessive ("the pier
// | that reopened on 5 May": "the pier that reopened …", not "reopened
// …"; final re-read RH H13). A preposition, a function word or a tensed
// verb between them ends the noun phrase: "the crews said | that they
// …" is no relative clause of "crews" (final re-read RL L9).
func relativeHead(text string, from int, j [2]int) int {
	if !relativeWord(text[j[0]:j[1]]) {
		return j[1]
	}
	starts := wordStarts(text[from:j[0]])
	for k := len(starts) - 1; k >= 0 && k >= len(starts)-ofHeadWords; k-- {
		w := strings.ToLower(firstWord(text[from+starts[k]:]))
		if articles[w] || possessives[w] {
			return from + starts[k]
		}
		if prepositions[w] || lexicon.IsFunctionWord(w) || pastOrAuxiliary(w) && (k == 0 || !opensNounPhrase(strings.ToLower(firstWord(text[from+starts[k-1]:])))) {
			break // (a past form after an article is the noun's adjective: "the damaged pier that …", final re-read RN2)
		}
	}
	return j[1]
}

// withoutAttribution is phrase s of text, shown around the time at bare
// that answers "when", less the attribution it opens with ("French
// President Emmanuel Macron said") where the time dates the noun after
// it, in the possessive ("Jan. 6's talks") or as a year before it
// (attributiveYear: "the 2019 strike"): the time dates that noun, not the
// saying, and the phrase starts past the verb of saying and a "that" after
// it ("after Jan. 6's talks"). s as it is when the question asks about a
// saying (asksSaying: "when did zelensky admit …" is answered by the
// saying the time stands in, "cautioned that Tuesday's progress was …"),
// or when no verb of saying stands before the time in s.
func withoutAttribution(q *question, text string, bare, s span) span {
	if asksSaying(q) || s.start >= bare.start || bare.end > len(text) || !possessiveAt(text, bare.end) && !attributiveYear(text, bare) {
		return s
	}
	starts := wordStarts(text[s.start:bare.start])
	for i := len(starts) - 1; i >= 0; i-- {
		if !lexicon.IsSayingVerb(strings.ToLower(firstWord(text[s.start+starts[i]:]))) {
			continue
		}
		k := i + 1
		if k < len(starts) && strings.EqualFold(firstWord(text[s.start+starts[k]:]), "that") {
			k++ // "said that Tuesday's talks …"
		}
		if k >= len(starts) {
			return span{bare.start, s.end}
		}
		return span{s.start + starts[k], s.end}
	}
	return s
}

// timeClause narrows phrase s of text, shown around the time at bare that
// answers "when", to the clause that time stands in: it starts at the
// word that opens a subordinate clause holding the time (a subordinator
// that is no preposition of time too, clauseOpeners: "*when the street
// was dug up for gas pipes in 2024*", not "fifth when …", the end of the
// clause before it).
func timeClause(text string, bare, s span) span {
	if s.end > len(text) || bare.start < s.start || bare.end > s.end {
		return s
	}
	starts := wordStarts(text[s.start:bare.start])
	for i := len(starts) - 1; i > 0; i-- {
		at := s.start + starts[i]
		if clauseOpeners[strings.ToLower(firstWord(text[at:]))] && clauseVerb(text[at:bare.start]) {
			return span{at, s.end}
		}
	}
	return s
}

// clauseOpeners are the subordinators that are no prepositions too: after
// them a clause follows, never a time alone ("when", "because"; not
// "after", "since", "before", "as").
var clauseOpeners = wordSet("while although though because if when whereas unless")

// openingJoin is phrase s of text, shown around the time at bare that
// answers "when", past a conjunction and the "that" after it with which it
// opens (", and *that* his no-confidence motion would go ahead on
// October 22": a second clause reported, "his no-confidence motion would
// go ahead on October 22"), where the "that" opens a clause, a subject
// after it (an article, a possessive, a pronoun or a name), not a noun it
// points to ("and that bridge …").
func openingJoin(text string, bare, s span) span {
	starts := wordStarts(text[s.start:bare.start])
	if len(starts) < 3 || !conjunctions[strings.ToLower(firstWord(text[s.start:]))] || !strings.EqualFold(firstWord(text[s.start+starts[1]:]), "that") {
		return s
	}
	next := firstWord(text[s.start+starts[2]:])
	if w := strings.ToLower(next); !opensNounPhrase(w) && !possessives[w] && !pronounSubjects[w] && !isCapital(next) {
		return s
	}
	return span{s.start + starts[2], s.end}
}

// reducedRelative narrows phrase s of text, shown around the time at bare
// that answers "when", to the noun phrase a past participle qualifies
// where the time dates that participle, not the deed of the clause
// around it ("was not in *the communique released on Jan. 6 evening*":
// the release is dated, and what the communique lacked is another deed):
// the participle right after a noun phrase (an article or a possessive
// and up to two words) that is the object of a preposition before it,
// and before a preposition or the time (no object: "from the province
// reached phones at 3:52am" is a finite verb's clause).
func reducedRelative(text string, bare, s span) span {
	starts := wordStarts(text[s.start:bare.start])
	for i := len(starts) - 1; i >= 3; i-- {
		w := strings.ToLower(firstWord(text[s.start+starts[i]:]))
		if !pastForm(w) {
			continue
		}
		if after := s.start + starts[i] + len(w); after < bare.start && !prepositions[strings.ToLower(firstWord(text[after:]))] {
			return s // an object after it: a finite verb ("from the province reached phones"), no participle
		}
		for k := i - 1; k >= i-3 && k >= 1; k-- {
			d := strings.ToLower(firstWord(text[s.start+starts[k]:]))
			if !articles[d] && !possessives[d] {
				continue
			}
			if !prepositions[strings.ToLower(firstWord(text[s.start+starts[k-1]:]))] || strings.ContainsAny(text[s.start+starts[k]:s.start+starts[i]], phraseStops) {
				return s
			}
			for j := k + 1; j < i; j++ {
				if x := firstWord(text[s.start+starts[j]:]); isCapital(x) || lexicon.IsFunctionWord(strings.ToLower(x)) || auxiliaries[strings.ToLower(x)] {
					return s
				}
			}
			return span{s.start + starts[k], s.end}
		}
		return s
	}
	return s
}

// dropsAskedVerb reports whether own, a phrase inside s of text, leaves
// out a form of the question's verb (askedForms) that s holds: the time
// of own dates another deed than the one asked. A name that is a verb's
// word too ("Harrow") is no such form.
func (e *Engine) dropsAskedVerb(q *question, text string, s, own span) bool {
	if own == s {
		return false
	}
	asked := e.askedForms(q)
	return asked != nil && holdsAsked(text, s, own, asked)
}

// askedDeedTimes are those of times, the candidate answers to a "when"
// question q in text, whose own clause (ownTime, in the phrase around the
// time: shownPhrase) holds the question's verb ("sold it in 2017" for
// "when did they sell it", where "bought the ferry in 2009" stands nearer
// the question's other words), where some are and some are not; else
// times as they are.
func (e *Engine) askedDeedTimes(q *question, text string, times []span) []span {
	if len(times) < 2 {
		return times
	}
	asked := e.askedForms(q)
	if asked == nil {
		return times
	}
	all := e.times(text)
	var kept []span
	for _, t := range times {
		if holdsAsked(text, ownTime(text, t, shownPhrase(text, t), all), span{}, asked) {
			kept = append(kept, t)
		}
	}
	if len(kept) == 0 {
		return times
	}
	return kept
}

// holdsAsked reports whether a word of span s of text that stands outside
// skip is a form of the asked verb (asked, from askedForms).
func holdsAsked(text string, s, skip span, asked func(string) bool) bool {
	for _, w := range wordSpans(text[s.start:s.end]) {
		at := s.start + w[0]
		if (at < skip.start || at >= skip.end) && asked(strings.ToLower(text[at:s.start+w[1]])) {
			return true
		}
	}
	return false
}

// askedForms reports of a word of a passage, in lower case, whether it is
// the verb of question q (its mainVerb) in some form: the same word, the
// same base ("sold" of "sell"), or the same index term (as sameVerb). The
// question's verb is read once here, not per word; nil where q has no
// verb. (Of the main verb alone, unlike sameVerb over all the question's
// terms, and no name that is a verb's word too: "Harrow".)
func (e *Engine) askedForms(q *question) func(w string) bool {
	v := q.mainVerb()
	if v < 0 {
		return nil
	}
	verb := strings.ToLower(q.terms[v].word)
	vb, vok := lexicon.VerbBase(verb)
	vt := e.analyze(verb)
	return func(w string) bool {
		if w == verb {
			return true
		}
		if auxiliaries[w] || !lexicon.IsVerb(w) {
			return false
		}
		if b, ok := lexicon.VerbBase(w); ok && vok && b == vb {
			return true
		}
		wt := e.analyze(w)
		return len(wt) == 1 && len(vt) == 1 && wt[0].Term == vt[0].Term
	}
}
