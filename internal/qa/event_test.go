package qa

import (
	"errors"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestEventQuestions: "when did it happen" and "where was it", asked first
// in a channel, name nothing; they ask about the event the coverage
// reports, on any coverage: when its first event happened (the earthquake,
// not the donors' conference two days later; the grounding, not the
// refloating) and where, from the articles' words for it, shown as read.
// They used to be refused as questions of only common words. A question
// whose pronoun points at someone ("where was he") or that asks more than
// an opening says ("who was there") still is; "why did it happen" too,
// "happen" its form, not a word the articles' nearest in meaning to
// ("know", "anything") could answer.
func TestEventQuestions(t *testing.T) {
	dir := func(d string) *Engine {
		c, _, err := corpus.Dir("testdata/"+d+"/articles", corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return engineOver(t, c)
	}
	engines := map[string]*Engine{"summit": testEngine(t), "quake": dir("quake"), "tram": dir("tram"), "ship": dir("ship"), "wildfire": dir("wildfire")}
	for _, c := range []struct{ coverage, q, want, doc string }{
		{"summit", "when did it happen", "Tuesday", ""},
		{"summit", "where was it?", "Paris", ""},
		{"quake", "when did it happen", "Tuesday", "quake-jolts-northern-chile"},
		{"quake", "where did this happen", "Calama", "quake-jolts-northern-chile"},
		{"tram", "when was that", "Monday", "harwick-council-tram-vote"},
		{"tram", "where was it", "HARWICK", "harwick-council-tram-vote"},
		{"ship", "when did it happen", "3:40 a.m.", "corvina-star-aground"},
		{"ship", "where was it", "Valdane Canal", "corvina-star-aground"},
		{"wildfire", "where was it", "KESTREL FALLS, B.C.", ""},
	} {
		a := mustAsk(t, engines[c.coverage], c.q)
		if !a.Answered || !strings.Contains(a.Short, c.want) || a.Typed != c.q {
			t.Errorf("%s: %q = %q (answered %v, read as %q), want %q", c.coverage, c.q, a.Short, a.Answered, a.Question, c.want)
			continue
		}
		if c.doc != "" && a.Passages[0].Article.ID != c.doc {
			t.Errorf("%s: %q cites %s, want the first event's %s", c.coverage, c.q, a.Passages[0].Article.ID, c.doc)
		}
	}
	for _, q := range []string{"where was he", "when were they there", "who was there", "how many were there", "why did it happen", "how did it happen"} {
		if _, err := engines["quake"].Ask(t.Context(), q); !errors.Is(err, ErrInvalidQuestion) {
			t.Errorf("%q: err %v, want a question of only common words", q, err)
		}
	}
	// Explain reads them as Ask does
	if x, err := engines["quake"].Explain(t.Context(), "when did it happen"); err != nil || !strings.HasPrefix(x.Read, "when did it happen (") {
		t.Errorf("Explain: read as %q, err %v", x.Read, err)
	}
}
