package qa

import (
	"strings"
	"testing"
)

// TestMetaNotOfFuture: a question of what someone will publish asks about
// the events the articles tell, not an article's own date: every article
// was out before it is read. The same words in the past ask the article's
// date.
func TestMetaNotOfFuture(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ferry hits pier at Dunmore
outlet: Harbour Gazette
published: 2026-04-02
---
DUNMORE, April 2 (Harbour Gazette) - A ferry struck the pier at Dunmore on Wednesday.
The safety board said it would publish a preliminary report within six weeks.
`)
	for _, c := range []struct {
		q, want string
	}{
		{"when will the safety board publish its report", "within six weeks"},
		{"when is the safety board gonna publish the report", "within six weeks"},
		{"when was the harbour gazette article published", "2 April 2026"},
	} {
		a, err := e.Ask(t.Context(), c.q)
		if err != nil || !a.Answered || !strings.Contains(a.Short, c.want) {
			t.Errorf("Ask(%q) = %q (answered %v, %v); want %q in it", c.q, a.Short, a.Answered, err, c.want)
		}
	}
	for w, want := range map[string]bool{"when will it be published": true, "when is it going to be out": true, "when was it published": false, "who is going by train": false,
		// a noun "will", a motion "going to" are no future (final re-read FT2)
		"when was the article about people going to the polls published":   false,
		"who published the story about the will of the islanders":          false,
		"when are they going to publish it":                                true,
		"who published the piece on the mayor's will":                      false,
		"who published the piece on the mayor’s will":                      false,
		"when was the story about evacuees going to the shelter published": false} {
		if got := asksWillBe(strings.Fields(w)); got != want {
			t.Errorf("asksWillBe(%q) = %v; want %v", w, got, want)
		}
	}
}
