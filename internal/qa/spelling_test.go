package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestSpelledIn: "which article spells it X" names the article that
// writes the name X letter for letter, with X as it writes it; a word
// every article holds, or one held only in lower case ("the old way") or
// in capitals only for opening a sentence ("Old habits …"), spells nothing
// apart, nor does the name spelt ("spells tbilisi the old way"); the
// word after "spells it" is the spelling, whatever follows it.
func TestSpelledIn(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Talks resume in the capital\n---\nEnvoys met in Tbilisi on Monday, the old way of doing things.\n",
		"---\nid: b\nheadline: Envoys gather for a second round\n---\nEnvoys met in Tiflis on Monday.\n")
	for _, tc := range []struct{ q, want string }{
		{"which article spells it tiflis", "Envoys gather for a second round: Tiflis"},
		{"which one spells tbilisi the old way, tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it tbilisi", "Talks resume in the capital: Tbilisi"},
		// after "it", the spelling, whatever follows it
		{"which one spells it tiflis instead", "Envoys gather for a second round: Tiflis"},
		{"which story spells it tiflis and not tbilisi", "Envoys gather for a second round: Tiflis"},
		{"which article spells it tbilisi in the english way", "Talks resume in the capital: Tbilisi"},
		{"which piece spells it as tiflis", "Envoys gather for a second round: Tiflis"},
	} {
		a := mustAsk(t, e, tc.q)
		if a.Short != tc.want {
			t.Errorf("%s: %q; want %q", tc.q, a.Short, tc.want)
		}
		checkAnswer(t, tc.q, a)
	}
	for _, q := range []string{
		"which article spells it envoys",           // a word every article holds
		"which article spells tbilisi the old way", // the name spelt, and no spelling given
	} {
		if a, _ := e.Ask(t.Context(), q); a.Kind == KindMeta && a.Answered && a.Short != "" {
			t.Errorf("%s: %q; want no article told apart", q, a.Short)
		}
	}
	for _, tc := range []struct {
		text, w string
		ok      bool
	}{
		{"Aid for Kiev’s hospitals.", "kiev", true},
		{"the Kievan Rus", "kiev", false},
		{"we took the old way", "way", false},             // lower case: no name
		{"Old habits die hard in Kelport.", "old", false}, // capital only for opening a sentence
		{"Kiev was named in a letter.", "kiev", true},     // a name opening one
		{"— Kiev", "kiev", true},
		{"", "kiev", false},
	} {
		a := &corpus.Article{Passages: []corpus.Passage{{Kind: corpus.KindBody, Text: tc.text}}}
		h, ok := e.spellingHit(a, tc.w)
		if ok != tc.ok {
			t.Errorf("spellingHit(%q, %q) = %v; want %v", tc.text, tc.w, ok, tc.ok)
		}
		if ok && tc.text[h.Marks[0][0]:h.Marks[0][1]] != "Kiev" {
			t.Errorf("spellingHit(%q, %q) marks %q", tc.text, tc.w, tc.text[h.Marks[0][0]:h.Marks[0][1]])
		}
	}
}
