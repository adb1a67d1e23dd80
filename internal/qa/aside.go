// "What/which/who is X" from an aside set off by dashes, and the object a "what" question ends on.

package qa

import (
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// asideNamed answers a "what/which/who is X" question whose X the passage
// gives as an aside set off by dashes after a name ("France and the UK —
// Western Europe's two nuclear powers — would be …" for "what are the two
// nuclear powers in western europe"): the name the aside describes with
// the aside itself, which says why it is the answer. Every word the
// question asks of after its form of "be" must stand in the aside; the
// words before that ("which countries") name the kind of answer and need
// not. Empty when no aside of the passage holds them all.
func (e *Engine) asideNamed(q *question, c *cand) span {
	tail, ok := copulaTail(q)
	if !ok {
		return span{}
	}
	// the tail's words, analysed at the first aside and kept for the
	// others: most passages have none, and an aside many
	var asked []index.Token
	text := c.p.Text
	for _, a := range dashAsides(text) {
		if asked == nil {
			asked = e.analyze(strings.Join(tail, " "))
		}
		if !e.asideHolds(asked, text[a.start:a.end]) {
			continue
		}
		start := nameBefore(text, len(strings.TrimRight(text[:a.start], " —–-")))
		if start < 0 {
			continue
		}
		end := len(strings.TrimRight(text[:a.end], " "))
		return span{start, end}
	}
	return span{}
}

// cutAnswer is the span of c's passage that trailingObject or, for a
// "what" or "who" question, asideNamed cuts as the answer, as extractAt
// reads them (trailingObject first), and whether trailingObject cut it.
// Remembered on c for q (candMemo): extractAt, asideAnswer and keptAsCut
// each ask it of the top candidate.
func (e *Engine) cutAnswer(q *question, c *cand) (span, bool) {
	cut := remember(&c.cut, q, func() answerCut {
		if s := trailingObject(q, c); s.end > s.start {
			return answerCut{s, true}
		}
		if q.kind == KindWhat || q.kind == KindWho {
			return answerCut{e.asideNamed(q, c), false}
		}
		return answerCut{}
	})
	return cut.s, cut.trailing
}

// answerCut is cutAnswer's answer: the span cut, and whether
// trailingObject cut it.
type answerCut struct {
	s        span
	trailing bool
}

// asideAnswer reports whether found, where the short answer was cut from
// c's passage, is the span cutAnswer gives: shown as it stands, not
// widened to the phrase around it.
func (e *Engine) asideAnswer(q *question, c *cand, found span) bool {
	s, _ := e.cutAnswer(q, c)
	return found.end > found.start && s == found
}

// keptAsCut reports whether short is the answer cutAnswer cuts from c's
// passage: the words asked for as they stand, which refineKind's readers
// leave as they are; but a question asking for a list ("what are all the
// things they are asking for") gets the whole list the passage introduces
// (refineKind's), not trailingObject's one item.
func (e *Engine) keptAsCut(q *question, c *cand, short string) bool {
	s, trailing := e.cutAnswer(q, c)
	return short != "" && s.end > s.start && short == shortText(c.p.Text[s.start:s.end]) && !(trailing && asksList(q))
}

// copulaTail is the question's words after the form of "be" that its
// wh-word (or the noun after it) opens on: "what are *the two nuclear
// powers*", "which countries are *Western Europe's two nuclear powers*",
// "who's *the night warden*"; false for a question of another form. (The
// question's words are read: "whats" and "r" reach it as "what is" and
// "are", "whos" as "who's".)
func copulaTail(q *question) ([]string, bool) {
	w := q.words
	if len(w) < 3 {
		return nil, false
	}
	switch w[0] {
	case "what", "which", "who":
	case "who's":
		return w[1:], true
	default:
		return nil, false
	}
	// the form of "be" right after the wh-word, or after the noun it
	// opens ("which countries are")
	for i := 1; i < len(w) && i <= 2; i++ {
		if beForms[w[i]] {
			if i == len(w)-1 {
				return nil, false
			}
			return w[i+1:], true
		}
	}
	return nil, false
}

// asideHolds reports whether every content word of the question's words
// asked (their analysed terms) stands in s, and there are at least two of
// them: one shared word is no description.
func (e *Engine) asideHolds(asked []index.Token, s string) bool {
	have := map[string]bool{}
	for _, t := range e.analyze(s) {
		have[t.Term] = true
	}
	n := 0
	for _, t := range asked {
		if !have[t.Term] {
			return false
		}
		n++
	}
	return n >= 2
}

// dashAsides are the spans of text set off by a pair of dashes (an em or
// en dash, or a hyphen with a space on each side) within one sentence:
// the words between them, not the dashes.
func dashAsides(text string) []span {
	var out []span
	open := -1
	for i := 0; i < len(text); {
		n, ok := dashAt(text, i)
		if !ok {
			if text[i] == '\n' || text[i] == '.' && sentenceEnds(text, i) {
				open = -1 // (not at "U.S." or "3.5": within the sentence)
			}
			i++
			continue
		}
		if open < 0 {
			open = i + n
		} else {
			out = append(out, span{open, i})
			open = -1
		}
		i += n
	}
	return out
}

// dashAt is the length of the dash (with the space before it) that
// opens at byte i of text, and whether one does.
func dashAt(text string, i int) (int, bool) {
	for _, d := range []string{" — ", " – ", " - "} {
		if strings.HasPrefix(text[i:], d) {
			return len(d), true
		}
	}
	return 0, false
}

// nameBefore is where the name (or names joined by "and") that ends at
// byte at of text begins: capitalised words, articles, "and", "of" and
// "&" back from at ("France and the UK"), opening on a capitalised word
// or an article; -1 when no capitalised word ends there.
func nameBefore(text string, at int) int {
	start := -1
	end := at
	for {
		s, e := lastWordAt(text, end)
		if s < 0 {
			break
		}
		w := text[s:e]
		lw := strings.ToLower(w)
		if strings.HasSuffix(w, ".") && sentenceEnds(text, e-1) {
			break // the last word of the sentence before ("in May. Dornach and …"), not the name's
		}
		switch {
		case isCapital(w) && isLetters(strings.Trim(w, ".'’")):
			start = s
		case articles[lw] || lw == "and" || lw == "of" || lw == "&":
			if start < 0 {
				return -1
			}
		default:
			return openOn(text, start)
		}
		end = s
	}
	return openOn(text, start)
}

// openOn moves start back over an article right before it ("the UK"),
// and returns it; -1 stays -1.
func openOn(text string, start int) int {
	if start < 0 {
		return -1
	}
	s, e := lastWordAt(text, start)
	if s >= 0 && articles[strings.ToLower(text[s:e])] {
		return s
	}
	return start
}

// trailingObject answers a "what" question that ends on a verb or a
// preposition whose object it asks for ("what did the board agree to keep
// *funding*", "what did she say the plan is *the key to*") with the words
// that follow, in the passage, the question's last two words (a noun and
// its preposition) or its last word (a gerund after a verb, found in any
// verb's frame): the object, to the end of its clause (or of the
// quotation it stands in), within a short answer. Empty where the passage
// does not say them, or nothing follows. An adjective in -ing ("what did
// they find *missing*", "call *alarming*") is no gerund: what follows it
// is not its object.
func trailingObject(q *question, c *cand) span {
	w := q.words
	if len(w) < 4 || w[0] != "what" {
		return span{}
	}
	if !auxiliaries[w[1]] {
		return span{} // do-support or a modal: "what did …", "what will …"
	}
	last, prev := w[len(w)-1], w[len(w)-2] // (read words: no marks)
	if lexicon.IsFunctionWord(prev) || prepositions[prev] || beForms[prev] {
		return span{}
	}
	var words string // the question's words the answer follows
	switch {
	case prepositions[last] && !occasionPrepositions[last] && !topicPrepositions[last]:
		// a noun's preposition: "the key *to*", "ask the mediator *for*"
		words = prev + " " + last
	case strings.HasSuffix(last, "ing") && len(last) > len("doing") && lexicon.IsVerb(prev) && !lexicon.IsAdjective(last):
		// a verb's gerund after another verb: "keep *supplying*",
		// found in any verb's frame ("to continue supplying")
		words = last
	default:
		return span{}
	}
	text := c.p.Text
	at := wordsAt(lowerASCII(text), words) // (the passage lower-cased only for a question of this form)
	if at < 0 {
		return span{}
	}
	for at < len(text) && text[at] == ' ' {
		at++
	}
	rest := text[at:]
	end := clauseEnd(rest)
	if k := strings.Index(rest[:end], "”"); k > 0 && strings.LastIndex(text[:at], "“") > strings.LastIndex(text[:at], "”") {
		end = k // a quotation's words end where it closes: "stands behind security protocols” and that …"
	}
	s := cutBeforePhrase(rest, span{0, end}, maxShortWords)
	if s.end <= s.start || wordCount(rest[s.start:s.end]) < 2 {
		return span{}
	}
	return span{at + s.start, at + s.end}
}

// wordsAt is where the first whole-word occurrence of words in low (a
// lower-cased text) ends, before a space; -1 for none. Each search goes
// on one byte past a use that is no whole word, not past its end (uses):
// words of two whose first opens on the second's spelling ("tower to")
// may hold a whole use inside one cut off ("tower tower to").
func wordsAt(low, words string) int {
	if words == "" {
		return -1
	}
	for from := 0; from < len(low); {
		i := strings.Index(low[from:], words)
		if i < 0 {
			return -1
		}
		i += from
		if end := i + len(words); (i == 0 || !wordByte(low[i-1])) && (end == len(low) || low[end] == ' ') {
			return end
		}
		from = i + 1
	}
	return -1
}
