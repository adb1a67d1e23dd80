package synth

import (
	"bytes"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

func TestArticleDeterministic(t *testing.T) {
	for i := 0; i < 50; i++ {
		n1, d1 := Article(7, i)
		n2, d2 := Article(7, i)
		if n1 != n2 || !bytes.Equal(d1, d2) {
			t.Fatalf("Article(7, %d) differs between calls", i)
		}
		if _, d3 := Article(8, i); bytes.Equal(d1, d3) {
			t.Errorf("Article(8, %d) = Article(7, %d); want seeds to differ", i, i)
		}
	}
}

func TestCorpusParsesWithQuotes(t *testing.T) {
	real, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	c, err := Corpus(1, 200, real.Articles...)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(c.Articles); got != 200 {
		t.Errorf("Corpus(1, 200) has %d articles; want 200", got)
	}
	quotes, passages := 0, 0
	for _, a := range c.Articles {
		quotes += len(a.Quotes)
		passages += len(a.Passages)
	}
	if quotes < 200 || passages < 200*8 {
		t.Errorf("Corpus(1, 200) has %d quotes, %d passages; want at least 200 and 1600", quotes, passages)
	}
}

// TestWithEmbedded: WithEmbedded holds every embedded article
// and synthetic ones up to n, each told apart by IsSynthetic; the same
// corpora as when each caller read corpus.Embedded and called Corpus over
// its articles (7fbe30c0), pinned by their hashes then: a change to what
// WithEmbedded or Corpus builds from a seed fails here (and the hashes
// are written anew where it is meant, as the embedded articles change).
func TestWithEmbedded(t *testing.T) {
	real, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	const embeddedOnly = "62383b3d4d04f76b8a91d3fed0930374f987d57b2e7417e6c3708e8938980dfd"
	for _, tc := range []struct {
		n    int
		hash string
	}{
		{0, embeddedOnly},
		{len(real.Articles), embeddedOnly},
		{40, "93895bf26624e251fb39e2508dea515e90e9563076ebff070539bb67c105da09"},
	} {
		n := tc.n
		c, err := WithEmbedded(3, n)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Hash(); got != tc.hash {
			t.Errorf("WithEmbedded(3, %d).Hash() = %s; want %s", n, got, tc.hash)
		}
		if got := len(c.Articles); got != max(n, len(real.Articles)) {
			t.Errorf("WithEmbedded(3, %d) has %d articles; want %d", n, got, max(n, len(real.Articles)))
		}
		synthetic := 0
		for _, a := range c.Articles {
			if IsSynthetic(a.ID) {
				synthetic++
			} else if real.Article(a.ID) == nil {
				t.Errorf("WithEmbedded(3, %d): %s is neither synthetic nor an embedded article", n, a.ID)
			}
		}
		if want := max(n-len(real.Articles), 0); synthetic != want {
			t.Errorf("WithEmbedded(3, %d): %d synthetic articles; want %d", n, synthetic, want)
		}
	}
}
