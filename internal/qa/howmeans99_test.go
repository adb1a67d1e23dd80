package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// namedWordsFirst builds an article of two passages, first and second, and
// reports which preferNamedWords puts first for question.
func namedWordsFirst(t *testing.T, e *Engine, question, first, second string) string {
	t.Helper()
	q := e.analyse(question)
	a, err := corpus.Parse("t.md", []byte("---\nid: t\n---\n"+first+"\n\n"+second+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	cands := []*cand{
		{a: a, p: a.Passages[0], toks: e.analyze(a.Passages[0].Text)},
		{a: a, p: a.Passages[1], toks: e.analyze(a.Passages[1].Text)},
	}
	return e.preferNamedWords(&q, cands)[0].p.Text
}

// TestNamedWords: for "how did X describe Y" (and "how sound did X say
// Y was": saidDegree), a passage giving Y quoted
// words by a passive verb of naming ("Y, described as “…”") goes before a
// first passage that gives none; not a verb of naming whose subject says
// the words, not one in -ing, not words for another thing nor for the
// speaker, not for "who called Y Z", and not over a first passage that
// already gives quoted words by a verb of naming (to anything) or quotes
// words right before Y; a passage's second naming counts as its first.
func TestNamedWords(t *testing.T) {
	e := testEngine(t)
	const plain = "Mayor Ines Varga met the harbour board on Monday about the pier plans and the budget."
	for _, tc := range []struct {
		name, question, first, second string
		moved                         bool
	}{
		{"passive naming of the thing", "how did varga describe the pier plans", plain,
			"The pier plans, described as “a gift to the whole town”, go to a vote in June.", true},
		{"after a form of be", "how did varga describe the pier plans", plain,
			"The pier plans were called “a gift to the whole town” at the meeting.", true},
		{"a subject says the words", "how did varga describe the pier plans", plain,
			"The pier plans meeting, which she called the “harbour circle”, ran late.", false},
		{"words for another thing", "how did varga describe the pier plans", plain,
			"The ferry timetable, described as “a mess”, was not discussed.", false},
		{"a degree in the speaker's words", "how sound did varga say the pier plans were", plain,
			"The pier plans, described as “as sound as any on the coast”, go to a vote in June.", true},
		{"a degree not said", "how sound are the pier plans", plain,
			"The pier plans, described as “as sound as any on the coast”, go to a vote in June.", false},
		{"who named it", "who called the pier plans a gift", plain,
			"The pier plans, described as “a gift to the whole town”, go to a vote in June.", false},
		{"the speaker named, not the thing", "how sound did varga say the pier plans were", plain,
			"Mayor Ines Varga, described as “a fighter for the town”, left early.", false},
		{"an -ing verb is the subject's own speech", "how did varga describe the pier plans", plain,
			"The pier plans, describing “a new harbour front”, go to a vote in June.", false},
		{"the thing's naming second in its passage", "how did varga describe the pier plans", plain,
			"The ferry timetable, described as “a mess”, and the pier plans, called “a gift to the whole town”, go to a vote in June.", true},
		{"first already names something in quotes", "how did varga describe the pier plans",
			"The ferry timetable, described as “a mess”, came up when Mayor Ines Varga met the harbour board about the pier plans.",
			"The pier plans, described as “a gift to the whole town”, go to a vote in June.", false},
		{"first already quotes words for it", "how did varga describe the pier plans",
			"Mayor Ines Varga praised the “bold” pier plans on Monday.",
			"The pier plans, described as “a gift to the whole town”, go to a vote in June.", false},
	} {
		got := namedWordsFirst(t, e, tc.question, tc.first, tc.second)
		if moved := got == tc.second; moved != tc.moved {
			t.Errorf("%s: %q put %q first; want moved=%v", tc.name, tc.question, got, tc.moved)
		}
	}
}
