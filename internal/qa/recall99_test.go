package qa

import (
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
