// Joined predicates of one subject, and the deed a question asks the reason of.

package qa

import "strings"

// freshPredicate is, of two predicates of one subject that "and" joins in
// c's passage, the one that holds none of the question's words (softly
// near ones too), where the other holds some: that one only says again
// what the question asks about, and the one beside it what the question
// does not know ("the port *was preparing for a surge of arrivals once
// the canal reopened*, and had asked dockworkers to cancel leave …" for
// "why is the port cancelling leave"; the other way round for "how is the
// port getting ready"). English often joins a deed to the deed or state
// it serves or comes of with a bare "and", no cue of cause. echo is
// the predicate that holds the question's words; false where the passage
// joins no two predicates so.
func (e *Engine) freshPredicate(q *question, c *cand) (fresh, echo span, ok bool) {
	text := c.p.Text
	for first, second := range joinedPredicates(text) {
		n1, n2 := questionWordsIn(q, c, first), questionWordsIn(q, c, second)
		switch {
		case n1 > 0 && n2 == 0:
			return second, first, true
		case n2 > 0 && n1 == 0:
			return first, second, true
		}
	}
	return span{}, span{}, false
}

// joinedPredicates yields the pairs of predicates of one subject that
// "and" joins in text, each from its finite verb (an auxiliary or a past
// form) to the end of its clause: "the port *was preparing for a surge*,
// and *had asked dockworkers to cancel leave*". The first is
// reasonPredicate's reading of the clause before the "and", so it has a
// subject of its own before its verb; the second has none (its verb right
// after the "and"). Each holds at least minCutWords words and fits a
// short answer.
func joinedPredicates(text string) func(yield func(first, second span) bool) {
	return func(yield func(first, second span) bool) {
		lower := lowerASCII(text) // offsets in lower are offsets in text
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], " and ")
			if i < 0 {
				return
			}
			i += from
			from = i + len(" and ")
			verb, _ := nextWord(lower[from:])
			if !auxiliaries[verb] && !pastForm(verb) {
				continue
			}
			second := span{from, from + clauseEnd(text[from:])}
			if n := wordCount(text[second.start:second.end]); n < minCutWords || n > maxShortWords {
				continue
			}
			end := len(strings.TrimRight(text[:i], " ,"))
			first, ok := reasonPredicate(text, span{clauseStartBefore(text, end), end})
			if ok && !yield(first, second) {
				return
			}
		}
	}
}

// questionWordsIn counts the question's matched words in c's passage
// (questionSpans) that stand within s.
func questionWordsIn(q *question, c *cand, s span) int {
	n := 0
	for _, w := range questionSpans(q, c) {
		if w.start >= s.start && w.end <= s.end {
			n++
		}
	}
	return n
}

// pastEcho is s, a deed c's passage says of the question's subject, or,
// where s only says again what the question asks about and "and" joins
// another deed to it that does not (freshPredicate), that one: how the
// subject went about what is asked.
func (e *Engine) pastEcho(q *question, c *cand, s span) span {
	if fresh, echo, ok := e.freshPredicate(q, c); ok && s.start < echo.end && echo.start < s.end {
		return fresh
	}
	return s
}

// askedDeed is, for "why were they VERBing …" where c's passage gives no
// cue of a reason, the clause of the question's verb in the passage
// (verbFrom), where it goes on past the question's words by minCutWords
// words or more: "*burning pallets in oil drums against the cold*" for
// "why were people burning pallets at the gate". With no cue, what a
// clause adds to the deed asked about (its purpose, manner or occasion)
// is what it says of why.
func (e *Engine) askedDeed(q *question, c *cand) (span, bool) {
	w := q.words
	v := progressiveAt(w)
	if v <= 0 || !beForms[w[1]] {
		return span{}, false
	}
	d, ok := e.verbFrom(q, c, w[v])
	if !ok {
		return span{}, false
	}
	last := d.start
	for _, tok := range c.toks {
		if tok.Start >= d.start && tok.End <= d.end && q.hardHit(tok.Term) {
			last = max(last, tok.End)
		}
	}
	if wordCount(c.p.Text[last:d.end]) < minCutWords {
		return span{}, false
	}
	return d, true
}
