package qa

import "slices"

// What typeScore's readers read of a passage whatever the question is
// read once per passage, remembered by its text: a question's kind is
// asked of every candidate, ten or so per question, and the same
// passages come back question after question.

// locatedFacts are a passage's names (Engine.names) and, for each, whether
// it stands where a place does (located).
type locatedFacts struct {
	names   []span
	located []bool
}

// locatedFactsOf is a passage's locatedFacts, remembered.
func (e *Engine) locatedFactsOf(text string) locatedFacts {
	return get(&e.memo.mu, e.memo.located, text, func() locatedFacts {
		names := e.names(text)
		f := locatedFacts{names: names, located: make([]bool, len(names))}
		for i, n := range names {
			f.located[i] = len(located(text, []span{n})) > 0
		}
		return f
	})
}

// locatedAmong is located(text, spans), read from the passage's
// locatedFacts for spans among its names (typeWhere's free names are):
// located reads each name alone, the few words either side of it. A span
// that is none of the passage's names is read as located reads it.
func (e *Engine) locatedAmong(text string, spans []span) []span {
	var out []span
	f := e.locatedFactsOf(text)
	for _, s := range spans {
		i := slices.Index(f.names, s)
		if i < 0 && len(located(text, []span{s})) > 0 || i >= 0 && f.located[i] {
			out = append(out, s)
		}
	}
	return out
}

// figureFacts are a passage's numbers (numberRE, as Engine.find reads
// them) and, for each, whether it is a year (yearRE) and whether it says
// how many a place can take (capacityOf): typeFigure reads both of every
// free number of every candidate of every "how many" and "how much".
type figureFacts struct {
	spans          []span
	year, capacity []bool
}

// figureFactsOf is a passage's figureFacts, remembered.
func (e *Engine) figureFactsOf(text string) figureFacts {
	return get(&e.memo.mu, e.memo.figures, text, func() figureFacts {
		spans := e.find(numberRE, text)
		f := figureFacts{spans: spans, year: make([]bool, len(spans)), capacity: make([]bool, len(spans))}
		for i, s := range spans {
			f.year[i] = yearRE.MatchString(text[s.start:s.end])
			f.capacity[i] = capacityOf(text, s)
		}
		return f
	})
}

// countedHeadOf is countedHead(after), remembered: counts asks it of the
// words after each number of each candidate, the same few words question
// after question.
func (e *Engine) countedHeadOf(after string) string {
	return get(&e.memo.mu, e.memo.counted, after, func() string { return countedHead(after) })
}
