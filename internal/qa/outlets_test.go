package qa

import (
	"context"
	"strings"
	"testing"
)

// TestOutlets: a question may name the outlet it asks about, and ask who
// wrote an article, which the article states about itself.
func TestOutlets(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\noutlet: Newslooks\nauthor: J. Mansour\n---\nLeaders met in Paris. On Monday, Macron hosted the talks.\n",
		"---\nid: b\noutlet: Reuters\nauthor: A. Smith\n---\nLeaders met in Rome. On Monday, Meloni hosted the talks.\n",
	)
	for _, tc := range []struct {
		q, short, doc string
		answered      bool
	}{
		{"Who wrote the Newslooks article?", "J. Mansour", "a", true},
		{"who wrote the reuters piece", "A. Smith", "b", true},
		{"According to Reuters, who hosted the talks?", "Meloni hosted the talks", "b", true},
		{"who hosted the talks according to newslooks", "Macron hosted the talks", "a", true},
	} {
		a := mustAsk(t, e, tc.q)
		doc := ""
		if len(a.Passages) > 0 {
			doc = a.Passages[0].Article.ID
		}
		if a.Answered != tc.answered || a.Short != tc.short || doc != tc.doc {
			t.Errorf("Ask(%q) = %v %q from %q; want %v %q from %q", tc.q, a.Answered, a.Short, doc, tc.answered, tc.short, tc.doc)
		}
		checkAnswer(t, tc.q, a)
	}
	// not a byline: something else written, an outlet no article states, or
	// an author of something else
	for _, q := range []string{"Who wrote the letter to Putin?", "Who wrote the Guardian article?", "Who is the author of the peace plan?"} {
		if a, _ := e.Ask(t.Context(), q); a.Short == "J. Mansour" || a.Short == "A. Smith" {
			t.Errorf("Ask(%q) = %q; want no byline", q, a.Short)
		}
	}
	// two articles state an author: "the article" is not one of them
	if a, _ := e.Ask(t.Context(), "Who wrote the article?"); a.Short == "J. Mansour" || a.Short == "A. Smith" {
		t.Errorf("Ask(who wrote the article) = %q; want no author picked between two", a.Short)
	}
}

// TestOutletOfWords: an outlet named in several words ("the andes wire
// piece", "according to the relief monitor") is the question's source, as
// one of one word is, not words of its answer: its passages come first,
// with what they count ("214 people had been confirmed dead", not a later
// report's 351).
func TestOutletOfWords(t *testing.T) {
	e := quakeEngine(t)
	for _, tc := range []struct{ q, short, doc string }{
		{"who contributed reporting to the andes wire piece", "Tom Whitaker", "quake-jolts-northern-chile"},
		{"how many died according to the andes wire", "214", "quake-jolts-northern-chile"},
		{"what does the pacific ledger say about the dog", "", "rescuers-race-clock-calama"},
	} {
		a, err := e.Ask(t.Context(), tc.q)
		if err != nil || !a.Answered || len(a.Passages) == 0 || a.Passages[0].Article.ID != tc.doc || !strings.Contains(a.Short, tc.short) {
			doc := ""
			if len(a.Passages) > 0 {
				doc = a.Passages[0].Article.ID
			}
			t.Errorf("Ask(%q) = %v %q from %q, %v; want %q from %q", tc.q, a.Answered, a.Short, doc, err, tc.short, tc.doc)
		}
	}
}

// TestBareField: a field of an article asked about with nothing it belongs
// to ("who is the author", "list all the headlines") asks about the
// articles; the same noun of something else, a verb of writing, or what a
// photo shows do not.
func TestBareField(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]string{
		"who is the author":      "J. Mansour",
		"who are the authors":    "J. Mansour",
		"list all the headlines": "Paris Summit Tests Unity",
		"whats the dateline":     "WASHINGTON",
	} {
		a, err := e.Ask(context.Background(), q)
		if err != nil || a.Kind != KindMeta || !a.Answered || !has(a.Short+" "+a.Passages[0].Text, want) {
			t.Errorf("%q: kind %v answered %v %q; want the articles' %q", q, a.Kind, a.Answered, a.Short, want)
		}
	}
	for _, q := range []string{"who is the author of the plan", "what did macron write", "whos the us envoy in the photos"} {
		if a, err := e.Ask(context.Background(), q); err != nil || a.Kind == KindMeta {
			t.Errorf("%q: kind %v, %v; want a question about the news", q, a.Kind, err)
		}
	}
}

// TestNamesArticle: a question about an article as such, by any of the
// words for one, singular or plural; not one that names someone.
func TestNamesArticle(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"who wrote the article", true},
		{"who wrote these pieces", true},
		{"who wrote those stories", true},
		{"who wrote the byline", true},
		{"who wrote the letter to Putin", false},
		{"who wrote the article about Macron", false},
	} {
		if got := namesArticle(new(e.analyse(tc.q))); got != tc.want {
			t.Errorf("namesArticle(%q) = %v; want %v", tc.q, got, tc.want)
		}
	}
}

// TestOutletByOneWordOfItsName: a word only an outlet's name uses names
// the outlet ("the tidende article" for Ostrhaven Tidende's), though the
// question goes on to say what the article is about in words its
// headline does not use; a word the outlet's name only shares a stem
// with names nothing ("even" is no "Evening").
func TestOutletByOneWordOfItsName(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Fuel leak from stranded ship\noutlet: Ostrhaven Tidende\nauthor: Jonas Brekke\npublished: 2026-05-05\n---\nAbout seven tonnes of oil had leaked from the ship in Ostrhaven.\n",
		"---\nid: b\nheadline: Ship refloated\noutlet: Harwick Evening Star\nauthor: Ana Lind\npublished: 2026-05-09\n---\nTugs pulled the ship free near Ostrhaven on Saturday.\n")
	ans := mustAsk(t, e, "who wrote the tidende article abt the oil leak")
	if !ans.Answered || ans.Short != "Jonas Brekke" {
		t.Errorf("who wrote the tidende article abt the oil leak: answered %v, short %q; want Jonas Brekke", ans.Answered, ans.Short)
	}
	if q := e.analyse("why did they even pull the ship free"); len(q.outlets) > 0 {
		t.Errorf("why did they even pull the ship free: read as naming outlet %s", q.outlets[0].Outlet)
	}
}
