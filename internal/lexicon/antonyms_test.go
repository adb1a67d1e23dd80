package lexicon

import "testing"

// TestOpposite: WordNet's opposites, in their inflected forms and made
// again with "re-", both ways; a word is not its own opposite, and words
// near in meaning are not opposites.
func TestOpposite(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"closed", "reopened", true},
		{"reopened", "closed", true},
		{"close", "open", true},
		{"rose", "fell", true},
		{"accepted", "rejected", true},
		{"increase", "decreases", true},
		{"won", "lost", true},
		{"closed", "shut", false},
		{"troops", "soldiers", false},
		{"open", "open", false},
		{"reopened", "opened", false},
		{"retail", "head", false},   // no verb made again with "re-"
		{"related", "early", false}, // nor this
		{"", "open", false},
		{"xqzt", "open", false},
	} {
		if got := Opposite(c.a, c.b); got != c.want {
			t.Errorf("Opposite(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
