// Type score for "what" and "which N" questions.

package qa

import "slices"

// typeWhat is typeScore for "what" questions.
func (e *Engine) typeWhat(q *question, c *cand) float64 {
	if q.naming {
		if s := e.quotedName(q, c); s.end > s.start {
			return 1 // "a multinational “reassurance force”" for "what is the force called"
		}
		if _, ok := e.namedAs(q, c); ok {
			return 1 // "the Zorros del Desierto stadium" for "whats the stadium called"
		}
		return 0.3 // no name for it here
	}
	if q.figure != "" && len(e.figuresAsked(q, c.p.Text)) > 0 {
		return 1 // "78% of the union's members" for "what share of members voted yes"
	}
	if focusListedKind(q, c.p.Text) {
		// "what gear did the teams bring", where no article says "gear":
		// a list of things of its kind ("listening devices, thermal
		// cameras and concrete-cutting saws") is what is asked for
		return 1
	}
	if len(q.words) > 0 && q.words[0] == "which" && q.focus != "" {
		// "which ports are the ships heading to": things of that kind by
		// their names, where the passage speaks of the kind ("the rival
		// ports of Rostmark and Aldenburg"), not the kind alone ("reroute
		// cargo to rival ports")
		return e.namesOfKind(q, c)
	}
	// the question's verb itself, with the thing asked for after it:
	// "has flatly rejected *the idea of …*" for "what has Russia
	// rejected", where "has not yet signalled …" says less
	if v := q.verb(); v != nil && hasTerm(c.toks, v.term) {
		if s := e.extractSpan(q, c); s.end > s.start {
			return 1
		}
	}
	return 0.5
}

// namesOfKind is typeWhat for "which N": 1 when a name the question does
// not give stands in the phrase of a word of the passage for N (itself, a
// synonym, a near word): right after it and its "of", "such as",
// "including" ("the rival ports of Rostmark and Aldenburg"), or right
// before it ("the Rostmark and Aldenburg ports"); 0.3 when the passage
// holds N with no such name, 0.5 when it does not hold N. A near word
// that is itself another word of the question is no kind of N: "which
// airports lost their flights" asks of flights too, and "flights to
// London and Paris" name no airport.
func (e *Engine) namesOfKind(q *question, c *cand) float64 {
	k := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.focus })
	if k < 0 {
		return 0.5
	}
	focus, text, held := q.terms[k], c.p.Text, false
	var free []span // the names the question does not give, found once
	for _, tok := range c.toks {
		if !focus.spelledBy(tok.Term) && !slices.ContainsFunc(focus.soft, func(a termAlt) bool { return a.term == tok.Term && !q.has(a.term) }) {
			continue
		}
		if !held {
			held, free = true, e.freeSpans(q, text, e.names(text))
		}
		for _, n := range free {
			if getFold(notPeople, text[n.start:n.end]) {
				continue // "other airports on Monday": a day names no airport
			}
			if n.start >= tok.End && wordCount(text[tok.End:n.start]) <= 2 || n.end <= tok.Start && wordCount(text[n.end:tok.Start]) == 0 {
				return 1
			}
		}
	}
	if held {
		return kindUnnamed
	}
	return 0.5
}

// kindUnnamed is namesOfKind's score of a passage that holds the kind
// asked about with no name for it.
const kindUnnamed = 0.3
