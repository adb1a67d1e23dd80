package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestAskedDeed: "why were they VERBing …", asked of a passage with no
// cue of a reason, is answered by the clause of the question's verb with
// what it adds to the deed; where it adds too few words, it is not.
func TestAskedDeed(t *testing.T) {
	e := howEngine(t, "The new primary school in Ashby Vale opened its gates on Monday.\n\n"+
		"Dozens of parents queued at the school gate from 6 a.m., some holding umbrellas over their heads in the heavy morning rain.\n\n"+
		"The head teacher, Zoë Parkin, said the school had 240 pupils.")
	wantShorts(t, e, []askedShort{
		{"why were parents holding umbrellas at the gate", "holding umbrellas over their heads in the heavy morning rain"},
	})
}

// TestAskedDeedTable: the deed's clause only for a progressive why
// question, only where it adds minCutWords words or more to the
// question's, and never past the text (an empty passage, multi-byte
// marks).
func TestAskedDeedTable(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct{ q, text, want string }{
		{"why were parents holding umbrellas", "Parents queued, some holding umbrellas over their heads in the heavy rain.", "holding umbrellas over their heads in the heavy rain"},
		{"why were parents holding umbrellas", "Parents queued, some holding umbrellas all day.", ""},
		{"why did parents hold umbrellas", "Parents queued, some holding umbrellas over their heads in the heavy rain.", ""},
		{"why were parents holding umbrellas", "", ""},
		{"why were parents holding umbrellas", "Zoë’s parents — holding umbrellas over £5 hats in the rain — queued.", "holding umbrellas over £5 hats in the rain"},
	} {
		q := e.analyse(tc.q)
		c := &cand{p: corpus.Passage{Text: tc.text}, toks: e.analyze(tc.text)}
		got := ""
		if d, ok := e.askedDeed(&q, c); ok {
			got = tc.text[d.start:d.end]
		}
		if got != tc.want {
			t.Errorf("askedDeed(%q, %q) = %q; want %q", tc.q, tc.text, got, tc.want)
		}
	}
}
