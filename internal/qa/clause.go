package qa

import (
	"strings"
)

// clause answers a "what" question with words of the passage the question
// does not already say: those after its verb up to the end of their clause
// ("What did Trump propose about Greenland?" → "for the U.S. to claim
// Greenland"), or, when the question's words close the sentence, the words
// between the last two of them.
func (e *Engine) clause(q question, c *cand, anchors []span) span {
	text := c.p.Text
	if len(anchors) == 0 {
		return span{}
	}
	// the question's last word that is not a name is its verb ("what would
	// the mechanism involve", "what did Trump propose about Greenland"):
	// the answer follows where the passage says it
	var verb *span
	var names []span
	rankOf := -1
	for _, tok := range c.toks {
		for i, t := range q.terms {
			if t.term != tok.Term && !contains(t.alts, tok.Term) {
				continue
			}
			if t.entity {
				names = append(names, span{tok.Start, tok.End})
			} else if i > rankOf {
				rankOf = i
				verb = &span{tok.Start, tok.End}
			}
		}
	}
	if verb == nil {
		verb = &anchors[len(anchors)-1]
	}
	first := anchors[0]
	for _, a := range anchors {
		if !containsSpan(names, a) {
			first = a
			break
		}
	}
	for _, from := range []span{*verb, first} {
		s := clauseFrom(text, from.end)
		for _, n := range names {
			if n.start > s.start && n.end < s.end {
				s.end = n.end // end the clause at the name it is about
			}
		}
		if words := len(strings.Fields(text[s.start:s.end])); words >= 2 && words <= maxShortWords {
			return s
		}
	}
	// the question's words close the sentence: what stands between them
	if len(anchors) >= 2 {
		a, b := anchors[len(anchors)-2], anchors[len(anchors)-1]
		between := span{a.end, b.start}
		between = trimLead(text, between)
		between.end = between.start + len(strings.TrimRight(text[between.start:between.end], " ,—–-"))
		if words := len(strings.Fields(text[between.start:between.end])); words >= 2 && words <= maxShortWords {
			return between
		}
	}
	return span{}
}

func containsSpan(list []span, s span) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// clauseFrom returns the clause that starts at byte i of text, after any
// connecting words ("that", "to be", a comma).
func clauseFrom(text string, i int) span {
	s := trimLead(text, span{i, len(text)})
	s.end = s.start + clauseEnd(text[s.start:])
	return s
}

// leadWords open a clause without adding to it.
var leadWords = []string{"that ", "to be ", "be ", "is ", "was ", "were ", "are ", "would ", "will ", "as ", "over the weekend ", "on tuesday ", "on wednesday ", "himself ", "herself ", "also "}

func trimLead(text string, s span) span {
	for {
		rest := text[s.start:s.end]
		trimmed := strings.TrimLeft(rest, " ,:—–-”’\"")
		lw := strings.ToLower(trimmed)
		for _, w := range leadWords {
			if strings.HasPrefix(lw, w) {
				trimmed = trimmed[len(w):]
				break
			}
		}
		if len(trimmed) == len(rest) {
			return s
		}
		s.start += len(rest) - len(trimmed)
	}
}

// clauseEnd is where the clause that opens s ends.
func clauseEnd(s string) int {
	end := clauseStop(s, true)
	if len(strings.Fields(s[:end])) < 2 {
		end = clauseStop(s, false) // a list: "drones, sensors and satellites"
	}
	return len(strings.TrimRight(s[:end], " .”\"’"))
}

func clauseStop(s string, commas bool) int {
	end := len(s)
	for _, stop := range []string{",", ";", ":", " — ", " – ", "(", " but ", " while ", " although ", " though ", " which ", " because ", " have ", " has ", " had ", " not "} {
		if stop == "," && !commas {
			continue
		}
		if i := strings.Index(s, stop); i >= 0 && i < end {
			end = i
		}
	}
	return end
}

// quoteIn returns the quotation in the passage that best answers the
// question: by the person asked about, nearest the question's terms.
func (e *Engine) quoteIn(q question, c *cand) (span, bool) {
	var cands []span
	for _, qt := range c.a.Quotes {
		start, end := max(qt.Start, c.p.Start), min(qt.End, c.p.End)
		if end-start < 3 || len(strings.Fields(c.a.Text[start:end])) < 3 && (qt.Start < c.p.Start || qt.End > c.p.End) {
			continue // outside the passage, or only a scrap of it inside
		}
		if q.speaker != "" && qt.Speaker != "" && !e.sameName(q.speaker, qt.Speaker) {
			continue
		}
		if e.allQuestionWords(q, c.a.Text[start:end]) {
			continue // "the most “critical issue”" asked about, not what it is
		}
		if len(strings.Fields(c.a.Text[start:end])) > maxShortWords {
			end = start + firstWordsLen(c.a.Text[start:end], maxShortWords) // its opening words
		}
		cands = append(cands, span{start - c.p.Start, end - c.p.Start})
	}
	if len(cands) == 0 {
		return span{}, false
	}
	// nearest the question's words, not counting the speaker's name
	var anchors []span
	for _, a := range e.anchors(q, c) {
		if !e.sameName(q.speaker, c.p.Text[a.start:a.end]) {
			anchors = append(anchors, a)
		}
	}
	if len(anchors) == 0 {
		best := cands[0]
		for _, s := range cands {
			if s.end-s.start > best.end-best.start {
				best = s
			}
		}
		return best, true
	}
	return nearest(cands, anchors), true
}

// terms is the set of index terms of text.
func (e *Engine) terms(text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range e.analyze(text) {
		out[t.Term] = true
	}
	return out
}
