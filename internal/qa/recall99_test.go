package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/index"
)

// TestNearFillsNet: the meaning channel adds nearCount passages to a
// question's hits, or as many as bleve left room for in the net where its
// words found fewer; a question that must hold a number, a date or a
// duration (widensNet) gets passages near in meaning only where bleve
// left room in its wider net, none where bleve filled it.
func TestNearFillsNet(t *testing.T) {
	e := testEngine(t)
	// the first n passages of the coverage, as though bleve returned them
	hitsOf := func(n int) []index.Hit {
		var hits []index.Hit
		for _, a := range e.c.Articles {
			for i := range a.Passages {
				if len(hits) == n {
					return hits
				}
				hits = append(hits, index.Hit{Article: a.ID, Seq: i, Score: 1})
			}
		}
		t.Fatalf("the coverage has fewer than %d passages", n)
		return nil
	}
	plain := e.analyse("which nations might send soldiers to keep the peace")
	typed := e.analyse("how many soldiers might the nations send")
	if widensNet(&plain) || !widensNet(&typed) {
		t.Fatalf("widensNet: %v for the plain question, %v for the typed one; want false, true", widensNet(&plain), widensNet(&typed))
	}
	for _, c := range []struct {
		name string
		q    *question
		hits int
		want int
	}{
		{"plain, net full", &plain, candidates, nearCount},
		{"plain, one hit", &plain, 1, candidates - 1},
		{"plain, net nearly full", &plain, candidates - 2, nearCount},
		{"typed, net full", &typed, typedCandidates, 0},
		{"typed, past the net (quotations' sentences)", &typed, typedCandidates + 2, 0},
		{"typed, three short", &typed, typedCandidates - 3, 3},
		{"typed, one hit", &typed, 1, min(nearPool, typedCandidates-1)},
	} {
		if got := len(e.nearPassages(c.q, hitsOf(c.hits))); got != c.want {
			t.Errorf("%s (%d hits): %d passages near in meaning, want %d", c.name, c.hits, got, c.want)
		}
	}
}

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
