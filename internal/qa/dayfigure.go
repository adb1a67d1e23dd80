// Telling a figure of degree from a day, a time or a year.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// degreeFigure reports whether text holds a figure that is no year, nor a
// day of a date or a clock time ("1.7 metres in 24 hours", "nine out of
// every ten homes"): English answers how much of a quality something has
// ("how fast", "how bad": asksDegree) most surely by measuring it.
func (e *Engine) degreeFigure(text string) bool {
	for _, m := range e.find(figureRE, text) { // (remembered per passage)
		f := text[m.start:m.end]
		if strings.EqualFold(f, "one") || yearRE.MatchString(f) || dateOrClock(text, m.start, m.end) {
			continue
		}
		return true
	}
	return false
}

// dateOrClock reports whether the figure at text[start:end] is a day of a
// date ("12 March", "March 12") or a clock time ("3 p.m.", "3:40"): a
// point in time, no measure of degree.
func dateOrClock(text string, start, end int) bool {
	if strings.HasPrefix(text[end:], ":") || clockFigureRE.MatchString(text[start:]) {
		return true
	}
	day := text[start:end]
	next, rest := typedWord(text[end:])
	after, _ := typedWord(rest)
	return dayAndMonth(day, strings.Trim(next, ".,"), strings.Trim(after, ".,;:")) || dayAndMonth(day, strings.Trim(lastWord(text[:start]), ".,"), day)
}

// dayAndMonth reports whether day and month, as the passage spells them, are
// a date's day and month side by side ("12 March", "March 12"): day a
// figure that can count a month's days (one or two digits up to 31, an
// ordinal's ending allowed: "3rd"; not "2,000"), month a capitalised
// month's name or abbreviation (not the verb "march"); "May", a modal as
// often, only where mayMonth reads it as the month before after, the
// word after it ("12 May 2026", "May 12", "12 May saw", "12 May rescue
// crews", "12 May police said"; not "12 May have died", "Up to 12 May
// Leave").
func dayAndMonth(day, month, after string) bool {
	if !isCapital(month) || !dayFigure(day) {
		return false
	}
	m := strings.ToLower(strings.TrimSuffix(month, "."))
	if m != "may" {
		return monthWords[m]
	}
	return mayMonth(month, day, after)
}

// dayFigure reports whether f is a figure that can be a day of a month:
// one or two digits, 1 to 31, and an ordinal's ending at most ("9",
// "31st"; not "2,000", "45", "0").
func dayFigure(f string) bool {
	n := 0
	i := 0
	for ; i < len(f) && isDigit(f[i]); i++ {
		n = n*10 + int(f[i]-'0')
	}
	if i == 0 || i > 2 || n < 1 || n > 31 {
		return false
	}
	switch strings.ToLower(f[i:]) {
	case "", "st", "nd", "rd", "th":
		return true
	}
	return false
}

// monthNames are the months' names, lower case; not "may", a modal as
// often ("two may have died"). monthWords adds their abbreviations.
var (
	monthNames = wordSet("january february march april june july august september october november december")
	monthWords = union(monthNames, wordSet("jan feb mar apr jun jul aug sep sept oct nov dec"))
)

// isYear reports whether a word is a year as yearRE reads one: 1900 to
// 2099.
func isYear(w string) bool {
	return yearRE.MatchString(w)
}

// countsNext reports whether the word after w in words is a plural noun,
// so that w counts it ("did 1800 rescuers …", "2000 homes") rather than
// naming a year.
func countsNext(words []string, w string) bool {
	i := slices.Index(words, strings.ToLower(w))
	if i < 0 || i+1 >= len(words) {
		return false
	}
	return pluralNoun(words[i+1]) && !lexicon.IsFunctionWord(words[i+1])
}
