package qa

import (
	"strings"
	"testing"
)

// TestLeftConjunctNames: a short answer that opens on a later name of a
// list of names a preposition heads inside its sentence takes the list
// whole ("in Brackenford, Ashcombe and Port Lisle"): the first name is no
// phrase of its own. Not where the preposition opens the sentence (a
// place fronted before the subjects), nor where the list goes on to a
// verb (the names are its subjects, the name before them a place).
func TestLeftConjunctNames(t *testing.T) {
	for _, c := range []struct{ text, from, want string }{
		{"Officials said three recovery centres, in Harlow, Dunmere and Kettle Bay, would open on Monday.", "Dunmere", "Harlow, Dunmere and Kettle Bay"},
		{"Crews were sent to Harlow, Dunmere and Kettle Bay.", "Dunmere", "Harlow, Dunmere and Kettle Bay"},
		{"Crews were sent to Harlow, Dunmere and Kettle Bay — all badly hit — on Monday.", "Dunmere", "Harlow, Dunmere and Kettle Bay"},    // a spaced dash
		{"In Paris, Macron and Starmer, both in dark suits, met on Tuesday.", "Macron", "Macron and Starmer"},                              // a fronted place
		{"The leaders met in Paris, Macron and Starmer said on Tuesday.", "Macron", "Macron and Starmer"},                                  // subjects of "said"
		{"Officials said three recovery centres, in Harlow, Dunmere and the old mill, would open.", "Dunmere", "Dunmere and the old mill"}, // not names only
	} {
		at := strings.Index(c.text, c.from)
		end := strings.Index(c.text[at:], c.want[strings.LastIndex(c.want, " ")+1:]) + at + len(c.want[strings.LastIndex(c.want, " ")+1:])
		s := withLeftConjuncts(c.text, span{at, end})
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("withLeftConjuncts(%q, from %q) = %q; want %q", c.text, c.from, got, c.want)
		}
	}
}
