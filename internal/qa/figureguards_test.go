package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// figureWindowOf is askedFigureWindow's window for question over text,
// the figure at the first figure of text and s at the first shown.
func figureWindowOf(e *Engine, question, text, figure, shown string) string {
	q := e.analyse(question)
	c := &cand{p: corpus.Passage{Text: text}, toks: e.analyze(text)}
	i, j := strings.Index(text, figure), strings.Index(text, shown)
	w := e.askedFigureWindow(&q, c, span{i, i + len(figure)}, span{j, j + len(shown)})
	return text[w.start:w.end]
}

// TestAskedFigureWindowGuards pins the guards of askedFigureWindow that
// answers through Ask did not reach (leftZ's report): each row is a
// window a guard decides, called with the bare figure (or a phrase of
// it) as the shown span, so that the window is the first one holding
// the question's weight and no wider phrase hides the guard.
func TestAskedFigureWindowGuards(t *testing.T) {
	e := testEngine(t)
	for _, c := range []struct{ why, q, text, figure, shown, want string }{
		{"not closed before the \"of\" that ties the rest to its noun",
			"how many tonnes were sold at the harbour", "Fishermen at the harbour sold 3.5 tonnes of fish on Monday.",
			"3.5", "3.5", "Fishermen at the harbour sold 3.5 tonnes of fish"},
		{"nor before an \"of\" after a mark, where phraseEndsAt closes",
			"how many tonnes were sold at the harbour", "Fishermen at the harbour sold 3.5 “tonnes” of fish on Monday.",
			"3.5", "3.5", "Fishermen at the harbour sold 3.5 “tonnes” of fish"},
		{"not closed inside a range of figures (figurePair)",
			"how many were brought by rescuers", "Rescuers brought between 12 and 15 of the walkers down from the ridge on Sunday.",
			"12", "12", "Rescuers brought between 12 and 15 of the walkers"},
		{"opens on \"no\", which negates the figure, though it is a function word",
			"how many boats raced at the bay", "The club fielded no more than 6 boats in the summer regatta at the bay.",
			"6", "6", "no more than 6 boats in the summer regatta at the bay"},
		{"opens on \"not\" alike",
			"how many boats raced at the bay", "The club fielded not more than 6 boats in the summer regatta at the bay.",
			"6", "6", "not more than 6 boats in the summer regatta at the bay"},
		{"opens on an article",
			"how much was the payment to families", "The council announced a one-off payment of €500 to families on the estate whose homes were flooded.",
			"€500", "€500", "a one-off payment of €500 to families"},
		{"no window that opens a quotation and does not close it (unbalanced)",
			"how many boats were sent to the summer regatta", "Organisers sent 40 boats to the “summer regatta at Pellworth” on Saturday.",
			"40", "40", "40"},
		{"nor one that opens a single quotation and does not close it (singleOpen)",
			"how many boats were sent to the summer regatta", "Organisers sent 40 boats to the ‘summer regatta at Pellworth’ on Saturday.",
			"40", "40", "40"},
		{"an apostrophe inside a word closes nothing and opens nothing",
			"how many boats did the coalition send to the regatta", "The coalition’s members sent 40 boats to the summer regatta on Saturday.",
			"40", "40", "The coalition’s members sent 40 boats to the summer regatta"},
		{"of the windows holding as much, the one keeping most of s",
			"how many swimmers did volunteers rescue", "Volunteers from the lifeboat station rescued 48 swimmers near the pier on Sunday.",
			"48", "48 swimmers near the pier", "Volunteers from the lifeboat station rescued 48 swimmers near the pier"},
	} {
		if got := figureWindowOf(e, c.q, c.text, c.figure, c.shown); got != c.want {
			t.Errorf("%s: %q over %q = %q; want %q", c.why, c.q, c.text, got, c.want)
		}
	}
}

// TestPhraseEndsAtNoFigureCut: the words phraseEndsAt closes a phrase
// before (prepositions, joining words, "or") hold no "of", unit or
// multiple, so askedFigureWindow's closes needs no cutsFigure of its
// own; adding a unit to preposition-words fails here.
func TestPhraseEndsAtNoFigureCut(t *testing.T) {
	closers := []string{"or"}
	for w := range prepositions {
		closers = append(closers, w)
	}
	for _, j := range joinWords {
		closers = append(closers, strings.TrimSpace(j))
	}
	for _, w := range closers {
		if isUnitWord(w) || multiplierRE.MatchString(" "+w) {
			t.Errorf("phraseEndsAt closes before %q, which ties a figure to what follows", w)
		}
	}
	if isUnitWord("") {
		t.Errorf("isUnitWord(\"\") is true: phraseEndsAt closes before a mark, which cutsFigure would read as a unit")
	}
}

// TestStrandedAnswerAlone pins askWeighing's !q.stranded: a question that
// strands its preposition inside what was said ("what did Okafor say the
// ferry link is the key to") asks for the object alone, the question's
// own words being the clause it stands in, so the answer is not widened
// with them ("the key to …").
func TestStrandedAnswerAlone(t *testing.T) {
	e := engineOfText(t, "---\nid: ferry\nheadline: Ferry link back\n---\n"+
		"The harbour reopened on Monday after the storm.\n\n"+
		"Mayor Ruth Okafor said the new ferry link is the key to the town's recovery this winter.\n")
	q := "what did okafor say the ferry link is the key to"
	if a := mustAsk(t, e, q); !a.Answered || !strings.HasPrefix(a.Short, "the town's recovery") {
		t.Errorf("%q: answered %v, short %q; want the object alone, \"the town's recovery …\"", q, a.Answered, a.Short)
	}
}
