package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestStanceFollowClause: what the sentence after a stance says of why is
// its main clause past a fronted condition ("If …, | …"), its whole first
// clause past its own perfect auxiliary ("the ferry *had* been …"), and,
// where that first clause is too long, the clause its verb of saying
// reports, up to a second "and that".
func TestStanceFollowClause(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"If the pumps had failed, the whole lower town would have flooded by dawn,\" Zoë said.", "the whole lower town would have flooded by dawn"},
		{"Although the storm hit Leeds, York and Hull, the pumps held across the region.", "the pumps held across the region"},
		{"When the storm hit Leeds, the pumps failed across the region.", "When the storm hit Leeds"}, // "when" is a cue of a reason (kinds.txt),
		{"Because the pumps had failed, the town flooded.", "Because the pumps had failed"},
		{"The ferry had been late on every crossing that week.", "The ferry had been late on every crossing that week"},
		{"Union steward Maria Costa said the café owners had lost half their trade since March and that nobody had offered to help them.", "the café owners had lost half their trade since March"},
		{"If", ""},
		{"If the rain stops,", "If the rain stops"}, // no main clause: the condition is all it says,
		{"", ""},
		// a subject list, past whose comma the clause keeps its perfect auxiliary
		{"Hail, sleet and gales had flattened the orchards along the river.", "Hail, sleet and gales had flattened the orchards along the river"},
		{"Hail, gales had flattened the orchards along the river.", "Hail, gales had flattened the orchards along the river"},
		{"Renée’s crew — all £9 an hour — said nothing.", ""}, // two words: too few,
	} {
		if got := stanceFollow(c.text, false); got != c.want {
			t.Errorf("stanceFollow(%q) = %q; want %q", c.text, got, c.want)
		}
	}
}

// TestWhyFrontedCondition: a why question whose top sentence only takes a
// stance is answered from the next one's main clause, past the condition
// it opens on.
func TestWhyFrontedCondition(t *testing.T) {
	e := howEngine(t, "The harbour board met on Tuesday to discuss the new sea wall.\n\n"+
		"\"Closing the harbour early is not cheap. If the storm had missed us, the fishermen would have lost a week of catches for nothing,\" said Zoë Brandt, the harbour master.\n\n"+
		"The wall will cost £12 million.")
	wantShorts(t, e, []askedShort{
		{"why does the harbour master say closing the harbour early is not cheap", "the fishermen would have lost a week of catches for nothing"},
	})
}

// TestQuestionWordsIn counts the question's words within a span of the
// passage only: none in an empty span, none past the text.
func TestQuestionWordsIn(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("why did the ferry stop at Zoë’s quay")
	text := "The ferry stopped at the quay, and the café — Zoë’s — shut."
	c := &cand{p: corpus.Passage{Text: text}, toks: e.analyze(text)}
	at := strings.Index(text, ",")
	for _, tc := range []struct {
		s    span
		want int
	}{
		{span{0, at}, 3},
		{span{at, at}, 0},
		{span{len(text), len(text) + 5}, 0},
	} {
		if got := questionWordsIn(&q, c, tc.s); got != tc.want {
			t.Errorf("questionWordsIn(%q) = %d; want %d", text[min(tc.s.start, len(text)):min(tc.s.end, len(text))], got, tc.want)
		}
	}
}
