package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestSpelledIn: "which article spells it X" names the article that
// writes the name X letter for letter, with X as it writes it; a word
// every article holds, or one held only in lower case ("the old way"),
// spells nothing apart.
func TestSpelledIn(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Talks resume in the capital\n---\nEnvoys met in Tbilisi on Monday, the old way of doing things.\n",
		"---\nid: b\nheadline: Envoys gather for a second round\n---\nEnvoys met in Tiflis on Monday.\n")
	for _, tc := range []struct{ q, want string }{
		{"which article spells it tiflis", "Envoys gather for a second round: Tiflis"},
		{"which one spells tbilisi the old way, tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it tbilisi", "Talks resume in the capital: Tbilisi"},
	} {
		a := mustAsk(t, e, tc.q)
		if a.Short != tc.want {
			t.Errorf("%s: %q; want %q", tc.q, a.Short, tc.want)
		}
		checkAnswer(t, tc.q, a)
	}
	if a, _ := e.Ask(t.Context(), "which article spells it envoys"); a.Short == "Talks resume in the capital: Envoys" {
		t.Errorf("a word every article holds: %q; want no article told apart by it", a.Short)
	}
	for _, tc := range []struct {
		text, w string
		ok      bool
	}{
		{"Aid for Kiev’s hospitals.", "kiev", true},
		{"the Kievan Rus", "kiev", false},
		{"we took the old way", "way", false}, // lower case: no name
		{"— Kiev", "kiev", true},
		{"", "kiev", false},
	} {
		a := &corpus.Article{Passages: []corpus.Passage{{Kind: corpus.KindBody, Text: tc.text}}}
		h, ok := spellingHit(a, tc.w)
		if ok != tc.ok {
			t.Errorf("spellingHit(%q, %q) = %v; want %v", tc.text, tc.w, ok, tc.ok)
		}
		if ok && tc.text[h.Marks[0][0]:h.Marks[0][1]] != "Kiev" {
			t.Errorf("spellingHit(%q, %q) marks %q", tc.text, tc.w, tc.text[h.Marks[0][0]:h.Marks[0][1]])
		}
	}
}
