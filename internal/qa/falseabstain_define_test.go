package qa

import (
	"context"
	"testing"
)

// TestDefineUnwrittenPhrase: "what is an X Y" where every word of X Y is
// the articles' but no passage writes them together ("these
// hidden-corrosion breakdowns" for "a hidden corrosion failure") is weighed
// as any question, not declined as a phrase the articles only use; a
// phrase a passage does write and never defines is still declined.
func TestDefineUnwrittenPhrase(t *testing.T) {
	e := howEngine(t, "The old river bridge at Dornach was closed on Monday after inspectors found its deck had sagged by 30 centimetres.\n\n"+
		"Inspectors said rainwater had seeped into the main cables for years and corroded the steel wires from the inside, out of sight of the yearly checks.\n\n"+
		"\"These hidden-corrosion breakdowns are rare, but they give almost no warning,\" said engineer Lena Kerr.\n\n"+
		"A failure of the pumping station on Tuesday left the lower town without water for six hours.\n\n"+
		"The council said the ferry service across the river would run every twenty minutes while the bridge stayed shut.\n\n"+
		"Kerr said the ferry service was the quickest way across.")
	for _, c := range []struct {
		q        string
		answered bool
	}{
		{"whats a hidden corrosion failure", true},
		{"whats a ferry service exactly", false},
	} {
		a, err := e.Ask(context.Background(), c.q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Answered != c.answered {
			t.Errorf("%q: answered %v, want %v (%q)", c.q, a.Answered, c.answered, a.Short)
		}
	}
}
