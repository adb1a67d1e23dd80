// "What X …" answers: the words that qualify the passage's X and set it apart.

package qa

import (
	"strings"
	"unicode"
)

// kindInstance answers a "what X …" question, "what" the determiner of its
// noun X ("what pay rise do the dockers want"), where the passage uses X
// itself: the question asks which X, and what sets the passage's X apart
// is the words that qualify it there and that the question does not say,
// before it (a figure counts: "a *9%* pay rise") and after it, up to the
// end of its phrase ("a 9% pay rise *spread over two years*"), not into
// the next conjunct or a relative clause. Empty where the passage's first
// X stands bare or with the question's own words only (then the clause
// after it answers: clause), where the question asks what kind of X
// (focusKind) or X is no noun asked about.
func (e *Engine) kindInstance(q *question, c *cand) span {
	if q.kind != KindWhat || q.head == "" || q.head != q.focus || q.asksKind {
		return span{}
	}
	if len(q.words) > 2 && nounOpeners[q.words[2]] {
		// "what sparked a rebuke": a noun phrase's opener right after the
		// word after "what" makes that word a verb with its object, and
		// "what" its subject, no determiner of a noun; the question's own
		// order says so, where the passage's spelling would not ("a top
		// *speed*", "two *strikes*" are nouns however a verb might end)
		return span{}
	}
	text := c.p.Text
	for k, tok := range c.toks {
		if tok.Term != q.head {
			continue
		}
		from := tok.Start
		if k > 0 && q.focusMod != "" && c.toks[k-1].Term == q.focusMod && c.toks[k-1].Position+1 == tok.Position {
			from = c.toks[k-1].Start // the compound the question gives, "*pay* rise", whatever else its first word can be
		}
		start := qualifiersStart(text, from)
		if start == from || e.onlyQuestionWords(q, text[start:from]) {
			return span{} // the first X the passage gives is not told apart from others
		}
		end := phraseTailEnd(text, tok.End)
		if wordCount(text[start:end]) > maxShortWords {
			end = tok.End
		}
		return span{start, end}
	}
	return span{}
}

// qualifiersStart is where the words that qualify the noun at byte at of
// text begin: modifiersStart's, and a figure before them ("a *9%* pay
// rise", "*212* ships"), which qualifies the noun as much.
func qualifiersStart(text string, at int) int {
	start := modifiersStart(text, at)
	before := strings.TrimRight(text[:start], " ")
	if w := lastWord(before); w != "" && len(before) < start && strings.HasSuffix(before, w) && figureToken(w) {
		return len(before) - len(w)
	}
	return start
}

// figureToken reports whether w is a figure: digits, with a currency sign
// before or a percent sign after ("9%", "$310", "4.5"), or one joined to
// its unit by a hyphen ("40-tonne", "229-metre").
func figureToken(w string) bool {
	if i := strings.IndexByte(w, '-'); i > 0 && isLetters(w[i+1:]) {
		w = w[:i]
	}
	digits := false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits = true
		case strings.ContainsRune("%$€£.,", r):
		default:
			return false
		}
	}
	return digits && (isDigit(w[len(w)-1]) || w[len(w)-1] == '%') // "2021." ends a sentence, no figure of X
}

// phraseTailEnd is where the phrase of the noun ending at byte from of
// text ends: at the next mark that closes a phrase (not one inside a
// figure, "2.5"), or before the word that opens another conjunct or a
// clause (a coordinating conjunction, a relative pronoun), whichever
// comes first.
func phraseTailEnd(text string, from int) int {
	end := len(text)
	for i := from; i < len(text); {
		j := strings.IndexAny(text[i:], ",;:.!?()—–“”\"\n")
		if j < 0 {
			break
		}
		if i+j > 0 && i+j+1 < len(text) && strings.IndexByte(".,:", text[i+j]) >= 0 && isDigit(text[i+j-1]) && isDigit(text[i+j+1]) {
			i += j + 1 // a mark inside a figure, "2.5 years", "1,300", "10:30", ends no phrase
			continue
		}
		end = i + j
		break
	}
	for _, w := range wordSpans(text[from:end]) {
		lw := strings.ToLower(text[from+w[0] : from+w[1]])
		if conjunctions[lw] || relativePronouns[lw] {
			return from + len(strings.TrimRight(text[from:from+w[0]], " "))
		}
	}
	return from + len(strings.TrimRight(text[from:end], " "))
}
