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
			continue // outside the phrase, or the answer's own time
		}
		for _, j := range joins {
			switch {
			case t.end <= j[0] && j[1] <= bare.start:
				out.start = max(out.start, j[1]) // "… in 2014 and | launched … in 2022"
			case bare.end <= j[0] && j[1] <= t.start:
				out.end = min(out.end, j[0]) // "… in 2014 | and launched … in 2022"
			}
		}
	}
	return out
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
