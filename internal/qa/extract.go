package qa

import (
	"strings"
	"unicode"
)

// maxShortWords bounds a short answer; a longer one is no short answer.
const maxShortWords = 12

// extract finds the short answer in the top passage: the names, the date,
// the number or the phrase the question asks for. An empty span means there
// is none shorter than the passage.
func (e *Engine) extract(q question, c *cand) span {
	text := c.p.Text
	anchors := e.anchors(q, c)
	switch q.kind {
	case KindWho:
		return nearest(e.trimmed(q, c, groupNames(text, e.freeSpans(q, c, nameSpans(text)))), anchors)
	case KindWhere:
		names := e.freeSpans(q, c, nameSpans(text))
		var located []span
		for _, s := range names {
			before := strings.ToLower(strings.TrimSpace(text[:s.start]))
			for _, prep := range []string{" in", " at", " to", " from", " near", " across", " the"} {
				if strings.HasSuffix(" "+before, prep) {
					located = append(located, s)
					break
				}
			}
		}
		if len(located) > 0 {
			names = located
		}
		return nearest(e.trimmed(q, c, names), anchors)
	case KindWhen:
		return nearest(findAll(dateRE, text), anchors)
	case KindHowMany:
		var nums []span
		for _, s := range e.freeSpans(q, c, findAll(numberRE, text)) {
			if yearRE.MatchString(text[s.start:s.end]) {
				continue
			}
			nums = append(nums, extendNoun(text, s))
		}
		return nearest(nums, anchors)
	case KindHowLong:
		if s := nearest(findAll(durationRE, text), anchors); s.end > s.start {
			return s
		}
		return nearest(findAll(dateRE, text), anchors)
	case KindSaid:
		if s, ok := e.quoteIn(q, c); ok {
			return s
		}
		return clauseAfter(text, anchors)
	}
	if s, ok := e.quoteIn(q, c); ok && q.kind != KindYesNo {
		return s
	}
	return clauseAfter(text, anchors)
}

// anchors are the byte offsets in the passage of the matched question terms.
func (e *Engine) anchors(q question, c *cand) []span {
	var out []span
	for _, tok := range c.toks {
		if q.has(tok.Term) {
			out = append(out, span{tok.Start, tok.End})
		}
	}
	return out
}

// nearest returns the candidate span closest to the anchors (the earliest
// on a tie), or an empty span.
func nearest(spans, anchors []span) span {
	best, bestD := span{}, -1
	for _, s := range spans {
		d := 1 << 30
		for _, a := range anchors {
			switch {
			case a.end <= s.start:
				d = min(d, s.start-a.end)
			case a.start >= s.end:
				d = min(d, a.start-s.end)
			default:
				d = 0
			}
		}
		if len(anchors) == 0 {
			d = s.start
		}
		if bestD < 0 || d < bestD {
			best, bestD = s, d
		}
	}
	return best
}

// trimmed drops, from the front of each name span, the words the question
// already says and titles ("French President Emmanuel Macron" asked as "the
// French president" answers "Emmanuel Macron").
func (e *Engine) trimmed(q question, c *cand, spans []span) []span {
	var out []span
	for _, s := range spans {
		toks := e.s.Analyze(c.p.Text[s.start:s.end])
		k := 0
		for k < len(toks)-1 && (q.has(toks[k].Term) || titles[toks[k].Term]) {
			k++
		}
		if k > 0 {
			s.start += toks[k].Start
		}
		out = append(out, s)
	}
	return out
}

// extendNoun extends a number with the noun after it: "35" → "35 countries".
func extendNoun(text string, s span) span {
	rest := text[s.end:]
	words := 0
	end := s.end
	i := 0
	for words < 3 {
		j := i
		for j < len(rest) && rest[j] == ' ' {
			j++
		}
		k := j
		for k < len(rest) && (unicode.IsLetter(rune(rest[k])) || rest[k] == '-') {
			k++
		}
		if k == j {
			break
		}
		w := strings.ToLower(rest[j:k])
		if stopish[w] {
			break
		}
		end = s.end + k
		i = k
		words++
	}
	return span{s.start, end}
}

var stopish = wordSet("of the a an and or to in on at for by with from that which who as is are was were be been it its their this these those than but would will could")

// clauseAfter returns the words after the last question term in the
// passage, up to the end of their clause: the "what" of a "what" question.
func clauseAfter(text string, anchors []span) span {
	if len(anchors) == 0 {
		return span{}
	}
	last := anchors[len(anchors)-1]
	start := last.end
	rest := text[start:]
	// skip connecting words: "that", "to", "is", a comma
	for {
		trimmed := strings.TrimLeft(rest, " ,:")
		lw := strings.ToLower(trimmed)
		skipped := false
		for _, w := range []string{"that ", "to be ", "is ", "was ", "were ", "are ", "would ", "will ", "as "} {
			if strings.HasPrefix(lw, w) {
				trimmed = trimmed[len(w):]
				skipped = true
				break
			}
		}
		start += len(rest) - len(trimmed)
		rest = trimmed
		if !skipped {
			break
		}
	}
	end := start + clauseEnd(rest)
	s := span{start, end}
	words := strings.Fields(text[s.start:s.end])
	if len(words) < 2 || len(words) > maxShortWords {
		return span{}
	}
	return s
}

// clauseEnd is where the clause that opens s ends.
func clauseEnd(s string) int {
	end := len(s)
	for _, stop := range []string{",", ";", ":", " — ", " – ", "(", ". ", " but ", " while ", " although ", " though ", " which ", " because "} {
		if i := strings.Index(s, stop); i >= 0 && i < end {
			end = i
		}
	}
	return len(strings.TrimRight(s[:end], " .”\"’"))
}

// quoteIn returns the quotation in the passage that best answers the
// question: by the person asked about, nearest the question's terms.
func (e *Engine) quoteIn(q question, c *cand) (span, bool) {
	var best span
	found := false
	for _, qt := range c.a.Quotes {
		if qt.Start < c.p.Start || qt.End > c.p.End {
			continue
		}
		if q.speaker != "" && qt.Speaker != "" && !e.sameName(q.speaker, qt.Speaker) {
			continue
		}
		if len(strings.Fields(qt.Text)) > maxShortWords {
			continue
		}
		s := span{qt.Start - c.p.Start, qt.End - c.p.Start}
		if !found || s.end-s.start > best.end-best.start {
			best, found = s, true
		}
	}
	return best, found
}

// analysedTerms is the set of index terms of text.
func analysedTerms(s Searcher, text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range s.Analyze(text) {
		out[t.Term] = true
	}
	return out
}
