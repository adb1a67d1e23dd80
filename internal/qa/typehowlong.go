// Type score for "how long": durations, extents and lengths.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// durations are the spans of a text that say how long something lasts:
// not an age ("a nine-year-old girl", "67 years old").
// Read only, as e.find's spans are (findKept).
func (e *Engine) durations(text string) []span {
	return e.findKept(durationRE, text, func(s span) bool { return anAge(text, s) })
}

// anAge reports whether a duration's span s of text is an age: "-old" or
// " old" after it.
func anAge(text string, s span) bool {
	rest := text[s.end:]
	return strings.HasPrefix(rest, "-old") || strings.HasPrefix(rest, " old")
}

// pastAux are the auxiliaries of the simple past: "how long *did* it last".
var pastAux = wordSet("did was were")

// typeHowLong is typeScore for "how long" questions.
func (e *Engine) typeHowLong(q *question, c *cand) float64 {
	text := c.p.Text
	ds, dates := e.durations(text), e.find(dateRE, text)
	if len(q.words) > 2 && pastAux[q.words[2]] {
		// "how long did the meeting go on": a time "ago" is when
		// something began, not how long a thing now over lasted (but
		// "how long has the war gone on": "began nearly four years ago")
		ago := func(s span) bool {
			return strings.HasSuffix(text[s.start:s.end], " ago") || strings.HasPrefix(text[s.end:], " ago")
		}
		ds = e.findKept(durationRE, text, func(s span) bool { return anAge(text, s) || ago(s) })
		dates = e.findKept(dateRE, text, ago)
	}
	lengths := e.lengths(q, text)
	if len(lengths) > 0 && q.extent {
		return 1 // "how long is the canal": "98 kilometres long"
	}
	if len(ds) > 0 || len(untilDates(text, dates)) > 0 {
		if q.extent {
			return extentAsTime // "how long is the biggest crack": no "for a decade"
		}
		return 1 // "for 90 days", "until at least the end of April"
	}
	if len(lengths) > 0 {
		return 1 // "how long is the ceasefire line": a length may answer too
	}
	if len(dates) > 0 && (!asksLasted(q) || boundingDates(text, dates)) {
		return 0.3
	}
	return 0
}

// asksLasted reports whether a "how long" question asks how long a thing
// now over went on: "how long *did* the strike last". ("how long was the
// queue" may be answered by its length in ships.)
func asksLasted(q *question) bool {
	return len(q.words) > 2 && q.words[2] == "did"
}

// boundingDates reports whether a date of text opens or closes a stretch
// of time ("since 2022", "from March", "between May and June"): a single
// date of a past event ("settled a strike *in 2019*") says when, not how
// long it lasted.
func boundingDates(text string, dates []span) bool {
	for _, d := range dates {
		w, _ := nextWord(strings.ToLower(text[d.start:d.end]))
		if w == "since" || w == "from" || w == "between" {
			return true
		}
		if b := wordBefore(text, d); b == "since" || b == "from" || b == "between" || b == "and" || b == "to" {
			return true
		}
	}
	return len(dates) > 1
}

// asksExtent reports whether a question asks "how long is X" of a thing
// with extent: the words of its subject, after the copula up to a function
// word, hold a noun whose commonest sense is a physical thing and none
// whose is an act, event or time (WordNet: "the biggest crack", "the
// bridge end to end", "the lorry queues"; not "the tram line closure", "the
// ceasefire").
func asksExtent(w []string) bool {
	if !asksLength(w) {
		return false
	}
	physical := false
	for _, x := range w[3:] {
		if lexicon.IsFunctionWord(x) && !articles[x] {
			break
		}
		if lexicon.IsEventNoun(x) {
			return false
		}
		physical = physical || lexicon.IsPhysicalNoun(x)
	}
	return physical
}

// extentAsTime is typeHowLong's score of a duration for "how long is X"
// asked of a thing with extent (asksExtent): a length answers, a time
// rarely.
const extentAsTime = 0.3

// asksLength reports whether a question's words ask "how long is X" with
// no verb: a thing's length may answer, or a stretch of time.
func asksLength(w []string) bool {
	return len(w) >= 4 && w[0] == "how" && w[1] == "long" && copulas[w[2]] &&
		!slices.ContainsFunc(w[3:], verbAsked)
}

// verbAsked reports whether a word of a "how long is X" question's subject
// is a verb asked of X, not a noun (a verb whose commonest sense as a noun
// is a thing or an event is that noun here: "the biggest crack", "the
// ceasefire").
func verbAsked(x string) bool {
	return pastVerb(x) || lexicon.IsVerb(x) && !lexicon.IsPhysicalNoun(x) && !lexicon.IsEventNoun(x)
}

// lengths are, for "how long is X" (a copula, no verb: a thing's length,
// "how long were the queues", or a stretch of time, "how long is the
// ceasefire"), the figures
// of text given in a unit of length; none for other questions.
func (e *Engine) lengths(q *question, text string) []span {
	if !asksLength(q.words) {
		return nil
	}
	return e.lengthsIn(text)
}

// lengthsIn is every figure of text given in a unit of length ("98
// kilometres", "11-kilometre"), whatever the question.
func (e *Engine) lengthsIn(text string) []span {
	var out []span
	for _, s := range e.find(numberRE, text) {
		if withUnit(text, s, "length") {
			out = append(out, s)
		}
	}
	return out
}

// untilDates are the dates of text that end a stretch of time: "until at
// least the end of April", "through June" say how long, as a duration does.
func untilDates(text string, dates []span) []span {
	var out []span
	for _, d := range dates {
		w, _ := nextWord(strings.ToLower(text[d.start:d.end]))
		if w == "until" || w == "till" || w == "through" {
			out = append(out, d)
		}
	}
	return out
}
