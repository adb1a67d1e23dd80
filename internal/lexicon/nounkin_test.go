package lexicon

import "testing"

// TestKinShares: KinOf(a).Shares(b) holds of two nouns that share any
// of their senses, in any form and either way round; not of two that
// share none, however near GloVe puts them, nor of a word WordNet does
// not know.
func TestKinShares(t *testing.T) {
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
