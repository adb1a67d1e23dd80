package qa

import (
	"strings"
	"testing"
)

// TestWithLeftConjuncts: a short answer widened into a list of common
// nouns on one of its later items takes the whole list, where a
// preposition heads it; not a name or figure before a comma, nor a list
// that would overrun a short answer.
func TestWithLeftConjuncts(t *testing.T) {
	for _, c := range []struct{ text, from, want string }{
		{"The crews will back them up with blankets, tents and medicine supplies for the winter.", "tents", "blankets, tents and medicine supplies for the winter"},
		{"The crews will back them up with blankets, tents and medicine supplies for the winter.", "medicine", "blankets, tents and medicine supplies for the winter"},
		{"In Paris, both leaders and envoys hailed progress.", "both", "both leaders and envoys hailed progress"}, // a name before the comma
		{"The strike began in 2011, weeks and months ago.", "weeks", "weeks and months ago"},                      // a figure
		{"They arrived as food, water and fuel ran out.", "water", "water and fuel ran out"},                      // "as" opens a clause
		{"They came with café, tents and medicine.", "tents", "café, tents and medicine"},                         // é is lower case: the list whole
	} {
		at := strings.Index(c.text, c.from)
		s := withLeftConjuncts(c.text, span{at, len(strings.TrimRight(c.text, "."))})
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("withLeftConjuncts(%q, from %q) = %q; want %q", c.text, c.from, got, c.want)
		}
	}
}
