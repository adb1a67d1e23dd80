package qa

import (
	"strings"
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
	text := c.p.Text
	for _, a := range dashAsides(text) {
		if !e.asideHolds(tail, text[a.start:a.end]) {
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

// asideAnswer reports whether found, where the short answer was cut from
// c's passage, is the name and aside asideNamed gives: shown as it
// stands, not widened to the phrase around it.
func (e *Engine) asideAnswer(q *question, c *cand, found span) bool {
	if q.kind != KindWhat && q.kind != KindWho || found.end <= found.start {
		return false
	}
	return e.asideNamed(q, c) == found
}

// copulaTail is the question's words after the form of "be" that its
// wh-word (or the noun after it) opens on: "what are *the two nuclear
// powers*", "which countries are *Western Europe's two nuclear powers*",
// "whats *the …*"; false for a question of another form.
func copulaTail(q *question) ([]string, bool) {
	w := q.words
	if len(w) < 3 {
		return nil, false
	}
	switch w[0] {
	case "what", "which", "who":
	case "whats", "whos":
		return w[1:], true
	default:
		return nil, false
	}
	for i := 1; i < len(w) && i <= 2; i++ {
		if beForms[w[i]] || w[i] == "r" {
			if i == len(w)-1 {
				return nil, false
			}
			return w[i+1:], true
		}
	}
	return nil, false
}

// asideHolds reports whether every content word of words (its analysed
// terms) stands in s,
// and there are at least two of them: one shared word is no description.
func (e *Engine) asideHolds(words []string, s string) bool {
	have := map[string]bool{}
	for _, t := range e.analyze(s) {
		have[t.Term] = true
	}
	n := 0
	for _, t := range e.analyze(strings.Join(words, " ")) {
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
			if text[i] == '.' || text[i] == '\n' {
				open = -1
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
		if strings.ContainsAny(w, ",;:") {
			break
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
