package scale

import (
	"context"
	"flag"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/qa"
)

var hit1Size = flag.Int("scale.hit1size", 1000, "corpus size (articles) TestHit1WithDistractors compares with the five real articles")

// TestHit1WithDistractors holds ranking to the scale target: with a
// thousand synthetic articles beside the five real ones, hit1 on the
// development questions stays within 0.05 of hit1 on the five alone.
// BenchmarkScale reports it at 10 000; -args -scale.hit1size=10000 -test.v
// checks it, and lists the misses, at another size.
func TestHit1WithDistractors(t *testing.T) {
	dev, err := loadDev("testdata/dev_questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	score := func(c *corpus.Corpus, real map[string]bool) float64 {
		ix, err := index.Build(c, index.DefaultVocabulary())
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		e := qa.New(c, ix)
		hit, n := 0, 0
		for _, dc := range dev {
			if dc.Unanswerable {
				continue
			}
			n++
			a, err := e.Ask(context.Background(), dc.Q)
			if err != nil {
				t.Fatalf("Ask(%q): %v", dc.Q, err)
			}
			if dc.hit1(a, real, true) {
				hit++
			} else if len(a.Passages) > 0 {
				t.Logf("%d articles: miss %s %q: %.100s (%s)", len(c.Articles), dc.ID, dc.Q, a.Passages[0].Text, a.Passages[0].Article.ID)
			}
		}
		return float64(hit) / float64(n)
	}
	small, real := corpusOf(t, 5)
	big, _ := corpusOf(t, *hit1Size)
	s, b := score(small, real), score(big, real)
	t.Logf("hit1 (real articles only): %.3f at 5 articles, %.3f at %d", s, b, *hit1Size)
	if b < s-0.05 {
		t.Errorf("hit1 with %d articles = %.3f; want within 0.05 of %.3f", *hit1Size, b, s)
	}
}
