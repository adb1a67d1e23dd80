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
