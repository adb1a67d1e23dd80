package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestOutlets: a question may name the outlet it asks about, and ask who
// wrote an article, which the article states about itself.
func TestOutlets(t *testing.T) {
	var arts []*corpus.Article
	for _, src := range []string{
		"---\nid: a\noutlet: Newslooks\nauthor: J. Mansour\n---\nLeaders met in Paris. On Monday, Macron hosted the talks.\n",
		"---\nid: b\noutlet: Reuters\nauthor: A. Smith\n---\nLeaders met in Rome. On Monday, Meloni hosted the talks.\n",
	} {
		a, err := corpus.Parse("t.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	c, err := corpus.New(arts...)
	if err != nil {
		t.Fatal(err)
	}
	e := engineOver(t, c)
	for _, tc := range []struct {
		q, short, doc string
		answered      bool
	}{
		{"Who wrote the Newslooks article?", "J. Mansour", "a", true},
		{"who wrote the reuters piece", "A. Smith", "b", true},
		{"According to Reuters, who hosted the talks?", "Meloni", "b", true},
		{"who hosted the talks according to newslooks", "Macron", "a", true},
	} {
		a, err := e.Ask(t.Context(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		doc := ""
		if len(a.Passages) > 0 {
			doc = a.Passages[0].Article.ID
		}
		if a.Answered != tc.answered || a.Short != tc.short || doc != tc.doc {
			t.Errorf("Ask(%q) = %v %q from %q; want %v %q from %q", tc.q, a.Answered, a.Short, doc, tc.answered, tc.short, tc.doc)
		}
		checkAnswer(t, tc.q, a)
	}
	// two articles state an author: "the article" is not one of them
	if a, _ := e.Ask(t.Context(), "Who wrote the article?"); a.Short == "J. Mansour" || a.Short == "A. Smith" {
		t.Errorf("Ask(who wrote the article) = %q; want no author picked between two", a.Short)
	}
}
