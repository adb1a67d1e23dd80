// Type score for "when" questions: dates, times of day, event times.

package qa

import (
	"regexp"
	"strings"
)

// typeWhen is typeScore for "when" questions.
func (e *Engine) typeWhen(q *question, c *cand) float64 {
	text := c.p.Text
	if asksClock(q) {
		// "what time did the quake strike": a time of day ("4:52 a.m.",
		// "shortly before noon"), not the day
		switch {
		case len(e.find(clockRE, text)) > 0:
			return 1
		case len(e.find(partOfDayRE, text)) > 0:
			return 0.6
		}
		return 0
	}
	best := 0.0
	for _, d := range e.find(dateRE, text) {
		if givenTime(q, text[d.start:d.end]) {
			continue // "when is the next meeting after wednesday": "on Wednesday" is the question's own
		}
		v := 0.6 // "in recent days", "yesterday"
		if !vagueDate(text[d.start:d.end]) {
			switch {
			case strings.ContainsAny(text[d.start:d.end], "0123456789"):
				v = 1 // "Jan. 6", "2022"
			case monthAloneRE.MatchString(text[d.start:d.end]) && !asksDate(q):
				v = 1 // "in November": a month of the calendar, not a day of a week the reader must place
			case asksDate(q):
				v = 0.5 // "what date …": a day of the week is no date
			default:
				v = weekdayType // "on Tuesday": a day of a week the reader must place
			}
		}
		if e.deedAt(q, text, d, q.dateVerb) == 0 {
			v *= deedlessDate // "struck the bank at 3:40 a.m." for "when was the ship built"
		}
		best = max(best, v)
	}
	events := len(e.find(eventTimeRE, text)) > 0 // a clause of another event (eventTimes, never empty)
	if asksFuture(q) && events {
		// what is yet to happen is dated by what must happen first as
		// often as by the calendar: "would begin once the search was
		// over" answers "when will they review the buildings" as fully
		// as a date would
		best = max(best, 1)
	}
	if best > 0 {
		return best
	}
	if events {
		return eventTimeType // "activated only after a peace deal": when, by another event
	}
	if len(e.find(clockRE, text)) > 0 || len(e.find(partOfDayRE, text)) > 0 {
		return eventTimeType // "shortly before noon": when in the day, the day itself unsaid
	}
	return 0
}

// givenTime reports whether a date of a passage is one the question
// itself gives, word for word ("Wednesday" of "… after wednesday"): no
// answer to when.
func givenTime(q *question, date string) bool {
	d := strings.ToLower(strings.Trim(date, " ,.;:"))
	for _, p := range []string{"on ", "in ", "at ", "by ", "since ", "until ", "from "} {
		d = strings.TrimPrefix(d, p)
	}
	if d == "" {
		return false
	}
	return strings.Contains(" "+strings.Join(q.words, " ")+" ", " "+d+" ")
}

// eventTimeRE is a clause that says when by another event: "once a
// ceasefire is agreed", "only after a peace deal with Russia is secured".
// Plain "after" and "before" are left out: they place what is past as
// often as they answer "when".
var eventTimeRE = regexp.MustCompile(`(?i)\b(?:once|as soon as|only after|only when|only once)\s[^,;:.()—–“”"]{3,80}`)

// deedlessDate scales typeWhen's score of a date whose clause holds
// nothing near the question's verb.
const deedlessDate = 0.75

// weekdayType is typeWhen's score of a passage whose only date is a day
// of the week ("on Tuesday"): it answers, but a full date answers better.
const weekdayType = 0.9

// eventTimeType is typeWhen's score of a passage that says when only by
// another event, as of a vague date.
const eventTimeType = 0.6

// eventTimes are the clauses of text that say when by another event.
func (e *Engine) eventTimes(text string) []span {
	var out []span
	for _, m := range e.find(eventTimeRE, text) {
		out = append(out, span{m.start, m.start + len(strings.TrimRight(text[m.start:m.end], " "))})
	}
	return out
}

// asksDate reports whether a question asks for a date by name ("what
// date was the meeting", "on which date"): a day of the month, which a
// day of the week does not give.
func asksDate(q *question) bool {
	for i, w := range q.words {
		if (w == "date" || w == "dates") && i > 0 && (q.words[i-1] == "what" || q.words[i-1] == "which" || q.words[i-1] == "the") {
			return true
		}
	}
	return false
}

// asksClock reports whether a "when" question asks for the time of day:
// "what time", "at what time", "what hour".
// ("what time frame", "what time zone" ask for no time of day: the word
// after "time" must open the rest of the question, an auxiliary or "of").
func asksClock(q *question) bool {
	w := q.words
	for i := 0; i+1 < len(w) && i < 2; i++ {
		if w[i] == "what" && (w[i+1] == "time" || w[i+1] == "hour") {
			return i+2 == len(w) || auxiliaries[w[i+2]] || w[i+2] == "of"
		}
	}
	return false
}

// clockRE and partOfDayRE find a time of day and a part of the day, with
// the words that place something against it ("shortly before noon",
// "before dawn").
var (
	clockRE     = regexp.MustCompile(timeLead + `(?:` + clockTime + `|\b\d{1,2}:\d\d\b|\b(?:noon|midday|midnight)\b)`)
	partOfDayRE = regexp.MustCompile(`(?i)` + timeLead + `\b(?:dawn|daybreak|sunrise|sunset|dusk|morning|afternoon|evening|night|overnight)\b`)
)

// timeLead is what may stand before a time of day as part of the answer:
// "shortly before", "just after", "around", "at".
const timeLead = `(?:\b(?:(?:shortly|just|soon|long|right|well)\s)?(?:before|after|around|about|at|by|until)\s)?`

// vagueDate reports whether a time expression is relative, not a date.
func vagueDate(s string) bool {
	ls := strings.ToLower(s)
	for _, w := range []string{"recent", "yesterday", "today", "tomorrow", "last ", "next ", "this ", "over the", " ago"} {
		if strings.Contains(ls, w) {
			return true
		}
	}
	return false
}
