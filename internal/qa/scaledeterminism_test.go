package qa

import (
	"fmt"
	"testing"
)

// TestDeterministicAtScale: over many synthetic articles, which repeat
// one another's passages, a question whose passages tie past the search's
// cut gets the same answer and sources from engines built afresh (each
// build numbers the index's documents in its own order). Skipped with
// -short: three builds of 300 articles take a few seconds.
func TestDeterministicAtScale(t *testing.T) {
	if testing.Short() {
		t.Skip("builds three indexes of 300 articles")
	}
	c := synthOver(t, 1, 300)
	qs := []string{"which articles mention the coalition of the willing", "who leads the coalition of the willing"}
	first := map[string]string{}
	for range 3 {
		e := engineOver(t, c) // built afresh: its own document numbers
		for _, q := range qs {
			a, _ := e.Ask(t.Context(), q)
			got := fmt.Sprintf("%v %q %q %v", a.Answered, a.Headline(), a.Sources, scoresOf(a))
			if want, ok := first[q]; !ok {
				first[q] = got
			} else if got != want {
				t.Errorf("Ask(%q) differs between engines:\n%s\n%s", q, want, got)
			}
		}
	}
}
