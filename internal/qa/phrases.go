// Phrases of a passage that hold a kind of answer without a name: a quoted
// term, a place said by a common noun.

package qa

import (
	"regexp"
	"strings"
)

// quotedName returns, for "what is X called?", a short quoted term of the
// passage that names one of the question's words or stands right after
// one ("multinational “reassurance force”") or after a word for naming
// ("the allies call “the backstop”"), without its quotation marks.
func (e *Engine) quotedName(q *question, c *cand) span {
	text := c.p.Text
	for _, m := range quotedRE.FindAllStringSubmatchIndex(text, -1) {
		s := span{m[2], m[3]}
		if n := wordCount(text[s.start:s.end]); n == 0 || n > 5 {
			continue
		}
		before, _ := precedingWord(text, m[0])
		near := false
		if before != "" {
			last := strings.ToLower(before)
			near = q.has(termOf(e, last)) || namingWords[last] || last == "call" || last == "calls"
		}
		for _, t := range e.analyze(text[s.start:s.end]) {
			near = near || q.has(t.Term)
		}
		if near {
			return s
		}
	}
	return span{}
}

// placeNounRE finds a place said by a common noun: "in a neighbouring
// country", "near the border", "across eastern regions".
var placeNounRE = regexp.MustCompile(`(?i)\b(?:in|at|near|inside|outside|across|along|into)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:country|countries|region|regions|area|areas|city|cities|capital|zone|zones|territory|border|borders|town|towns|base|bases)\b`)

var quotedRE = regexp.MustCompile(`[“"]([^”"]{2,80})[”"]`)

// termOf is the analysed term of one word, or "".
func termOf(e *Engine, word string) string {
	if t := e.analyze(word); len(t) == 1 {
		return t[0].Term
	}
	return ""
}
