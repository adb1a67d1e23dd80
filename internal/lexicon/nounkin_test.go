package lexicon

import "testing"

// TestSharesNounSense (KinOf(a).Shares(b)): two nouns that share any of their senses, in any
// form and either way round; not two that share none, however near GloVe
// puts them, nor a word WordNet does not know.
func TestSharesNounSense(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"surgeries", "operations", true}, {"operation", "surgery", true},
		{"reservations", "bookings", true}, {"surgery", "surgery", false},
		{"crew", "passengers", false}, {"police", "protesters", false},
		{"zzyzx", "operations", false}, {"", "", false},
	} {
		if got := KinOf(c.a).Shares(c.b); got != c.want {
			t.Errorf("KinOf(%q).Shares(%q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}
