package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestAskLooked: Explain reports the candidates Ask itself looks at
// closely (AskLooked), the best closeLook of its cheap ranking and the
// passages near in meaning among them: fewer than Explain's candidates,
// every one among them.
func TestAskLooked(t *testing.T) {
	e := testEngine(t)
	x, err := e.Explain(t.Context(), "which nations might send soldiers to keep the peace")
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Candidates) <= closeLook+nearCount {
		t.Fatalf("%d candidates: the test needs more than Ask looks at closely", len(x.Candidates))
	}
	if len(x.AskLooked) < closeLook || len(x.AskLooked) > closeLook+nearCount {
		t.Errorf("Ask looks closely at %d of %d candidates, want %d to %d", len(x.AskLooked), len(x.Candidates), closeLook, closeLook+nearCount)
	}
	for _, h := range x.AskLooked {
		if !slices.ContainsFunc(x.Candidates, func(c Candidate) bool { return c.Hit.Text == h.Text }) {
			t.Errorf("looked at closely but no candidate: %.80q", h.Text)
		}
	}
	// what Ask cites is among what it looked at closely, for questions of
	// every kind (Explain's own best ten need not hold it)
	for _, q := range []string{"which nations might send soldiers to keep the peace", "who refused to deploy troops", "what did macron say about the guarantees", "how many troops could france send"} {
		x, err := e.Explain(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		a, err := e.Ask(t.Context(), q)
		if err != nil || !a.Answered || len(a.Passages) == 0 {
			t.Fatalf("%q: %v, %v; want an answer (the test's premise)", q, a.Answered, err)
		}
		// (Ask may show the passage with its neighbour: the same start)
		if !slices.ContainsFunc(x.AskLooked, func(h Hit) bool { return strings.HasPrefix(a.Passages[0].Text, h.Text) }) {
			t.Errorf("%q: Ask cites %.80q, which AskLooked lacks", q, a.Passages[0].Text)
		}
	}
}
