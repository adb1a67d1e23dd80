// "How often": whether a figure before a unit of time says a frequency.

package qa

import "strings"

// everyFigure reports whether the number at s of text, before a unit of
// time, says how often something happens: "every"/"each" before it
// ("runs every 15 minutes", "once every 30 years"), or "times" after it
// and a rate after that ("three times a week": rateRE). A span of time
// alone is how long, not how often: "carried 19,800 passengers in its
// first eight days" answers no "how often does the ferry go".
func everyFigure(text string, s span) bool {
	if b := wordBefore(text, s); b == "every" || b == "each" {
		return true
	}
	w, rest := afterFigure(text, s) // (lower-cased, its marks kept)
	if w != "times" {
		return false
	}
	m := rateRE.FindStringIndex(rest)
	return m != nil && strings.TrimSpace(rest[:m[0]]) == ""
}
