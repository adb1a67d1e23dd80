// Preferring a headline or standfirst whose figure the body restates in its own words.

package qa

import (
	"slices"

	"github.com/summitbot/summitbot/corpus"
)

// restatedFigureFirst puts first, over a headline or standfirst ranked
// first for a figure question, a sentence of its article's body among the
// next few that states again the figure the summary answers with: a
// summary line gives a story's figure in few words ("About 4,200 people
// leave their homes as …", "Councillors vote 31-24 …"), and the body
// sentence that restates it is where the report says it in full, with
// what it counts and who says so ("… forcing about 4,200 residents to
// leave their homes, provincial officials said", "… by 31 votes to 24").
// bodyFirst asks a body sentence for as much of the question as the
// summary holds, which a restatement often lacks: the summary's few words
// are the question's ("people", "vote") where the body's are its own
// ("residents", "votes"). The same figure, answering as fully, stands in
// for those words. Not a subhead: it heads a section and says no figure
// of the story's for the body to restate.
func (e *Engine) restatedFigureFirst(q *question, out []*cand) {
	if q.kind != KindHowMany || len(out) < 2 {
		return
	}
	top := out[0]
	if top.p.Kind != corpus.KindHeadline && top.p.Kind != corpus.KindStandfirst {
		return
	}
	given := e.answeringFigures(q, top.p.Text, 1)
	if len(given) == 0 {
		return
	}
	raiseBody(out, func(c *cand) bool {
		return c.close && c.typeOK >= top.typeOK && slices.ContainsFunc(e.answeringFigures(q, c.p.Text, 0.5), func(v float64) bool { return slices.Contains(given, v) })
	})
}

// answeringFigures are the values of the figures of text whose figureType
// for q is at least least: at 1, the figure a summary gives as
// its answer, not a year or another figure beside it ("a girl is pulled
// out alive after 31 hours" beside "Crews from five countries" for "how
// many countries"); at 0.5, any figure but a year, for the body restating
// it in its own words may count it under another noun than the question's
// ("about 4,200 residents" for "how many ppl"), its typeOK being asked to
// answer as fully.
func (e *Engine) answeringFigures(q *question, text string, least float64) []float64 {
	var out []float64
	for s, f := range e.figureTypes(q, text) {
		if f < least {
			continue
		}
		if v, ok := figure(text[s.start:s.end]); ok {
			out = append(out, v)
		}
	}
	return out
}
