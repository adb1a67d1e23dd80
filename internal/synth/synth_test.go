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
// corpus as Corpus over the embedded articles.
func TestWithEmbedded(t *testing.T) {
	real, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, len(real.Articles), 40} {
		c, err := WithEmbedded(3, n)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Corpus(3, n, real.Articles...)
		if err != nil {
			t.Fatal(err)
		}
		if c.Hash() != want.Hash() {
			t.Errorf("WithEmbedded(3, %d) differs from Corpus(3, %d, embedded…)", n, n)
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
