package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestRestatedFigureFirst: for a figure question, a standfirst or headline
// ranked first yields to a body sentence of its article among the next
// few that restates the figure it answers with, though in other words
// ("residents" for the question's "ppl"); not to one that states another
// figure, nor one of another article, nor one that answers less fully or
// was not looked at closely, and a subhead does not yield.
func TestRestatedFigureFirst(t *testing.T) {
	e := testEngine(t)
	const (
		question  = "how many ppl had to leave their houses"
		summary   = "About 3,100 people leave their homes as the Marl river rises"
		restated  = "The Marl burst its banks on Monday, forcing about 3,100 residents to leave their homes, officials said."
		otherFig  = "The Marl burst its banks on Monday, forcing about 900 residents to leave their homes, officials said."
		otherNoun = "Crews had pulled 40 people from flooded cars by Monday night."
	)
	story, elsewhere := &corpus.Article{ID: "marl-floods"}, &corpus.Article{ID: "marl-aid"}
	type row struct {
		name     string
		topKind  corpus.Kind
		body     string
		bodyOf   *corpus.Article
		close    bool
		bodyType float64
		moved    bool
	}
	for _, r := range []row{
		{"restated in other words", corpus.KindStandfirst, restated, story, true, 1, true},
		{"restated under a headline", corpus.KindHeadline, restated, story, true, 1, true},
		{"another figure", corpus.KindStandfirst, otherFig, story, true, 1, false},
		{"another count of people", corpus.KindStandfirst, otherNoun, story, true, 1, false},
		{"another article", corpus.KindStandfirst, restated, elsewhere, true, 1, false},
		{"answers less fully", corpus.KindStandfirst, restated, story, true, 0.5, false},
		{"not looked at", corpus.KindStandfirst, restated, story, false, 1, false},
		{"a subhead", corpus.KindSubhead, restated, story, true, 1, false},
	} {
		q := e.analyse(question)
		top := &cand{a: story, p: corpus.Passage{Kind: r.topKind, Text: summary}, close: true, typeOK: 1}
		body := &cand{a: r.bodyOf, p: corpus.Passage{Kind: corpus.KindBody, Text: r.body}, close: r.close, typeOK: r.bodyType}
		out := []*cand{top, body}
		e.restatedFigureFirst(&q, out)
		if moved := out[0] == body && out[1] == top; moved != r.moved {
			t.Errorf("%s: body sentence first %v; want %v", r.name, moved, r.moved)
		}
	}
	// the restatement third goes first and the rest keep their order
	// (shifted, not swapped); one past bodyReach is not looked for
	q0 := e.analyse(question)
	top0 := &cand{a: story, p: corpus.Passage{Kind: corpus.KindStandfirst, Text: summary}, close: true, typeOK: 1}
	mid := &cand{a: story, p: corpus.Passage{Kind: corpus.KindBody, Text: otherNoun}, close: true, typeOK: 1}
	body0 := &cand{a: story, p: corpus.Passage{Kind: corpus.KindBody, Text: restated}, close: true, typeOK: 1}
	out0 := []*cand{top0, mid, body0}
	e.restatedFigureFirst(&q0, out0)
	if out0[0] != body0 || out0[1] != top0 || out0[2] != mid {
		t.Errorf("restatement third: order %q, %q, %q; want it first, then the summary, then the rest", out0[0].p.Text, out0[1].p.Text, out0[2].p.Text)
	}
	far := []*cand{top0}
	for range bodyReach {
		far = append(far, &cand{a: story, p: corpus.Passage{Kind: corpus.KindBody, Text: otherNoun}, close: true, typeOK: 1})
	}
	far = append(far, body0)
	e.restatedFigureFirst(&q0, far)
	if far[0] != top0 {
		t.Errorf("a restatement past bodyReach went first")
	}
	// the figure the summary answers with, not another of its figures:
	// "31 hours" beside "five countries" for "how many countries"
	q := e.analyse("how many countries have crews digging")
	top := &cand{a: story, p: corpus.Passage{Kind: corpus.KindStandfirst, Text: "Crews from five countries dig through the rubble, and a girl is pulled out alive after 31 hours"}, close: true, typeOK: 1}
	body := &cand{a: story, p: corpus.Passage{Kind: corpus.KindBody, Text: "Rescuers pulled a girl alive from the ruins of her home 31 hours after the quake."}, close: true, typeOK: 1}
	out := []*cand{top, body}
	e.restatedFigureFirst(&q, out)
	if out[0] != top {
		t.Errorf("another figure of the summary: the body sentence went first")
	}
	// only a figure question: "when" asks no figure for the body to restate
	q = e.analyse("when did ppl have to leave their houses")
	top = &cand{a: story, p: corpus.Passage{Kind: corpus.KindStandfirst, Text: summary}, close: true, typeOK: 1}
	body = &cand{a: story, p: corpus.Passage{Kind: corpus.KindBody, Text: restated}, close: true, typeOK: 1}
	out = []*cand{top, body}
	e.restatedFigureFirst(&q, out)
	if out[0] != top {
		t.Errorf("a when question: the body sentence went first")
	}
}
