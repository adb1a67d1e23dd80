package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestCitations: articles are numbered from 1 in the order first cited,
// and citing one again gives its number, not a new one.
func TestCitations(t *testing.T) {
	a, b := &corpus.Article{ID: "a"}, &corpus.Article{ID: "b"}
	var c Citations
	for _, tc := range []struct {
		art   *corpus.Article
		n     int
		added bool
	}{{b, 1, true}, {a, 2, true}, {b, 1, false}, {a, 2, false}} {
		if n, added := c.Number(tc.art); n != tc.n || added != tc.added {
			t.Errorf("Number(%s) = %d, %v; want %d, %v", tc.art.ID, n, added, tc.n, tc.added)
		}
	}
	if len(c.Articles) != 2 || c.Articles[0] != b {
		t.Errorf("Articles = %v; want b then a", c.Articles)
	}
}
