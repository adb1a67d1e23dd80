package qa

import "testing"

// TestVerbTests holds the package's verb tests, one walk (anyWord) under
// them, to where they differ: holdsVerb reads a word as typed (a
// capitalised "Dispatched" may be a name's), clauseVerb and hasVerb in
// lower case; hasVerb passes over a possessive.
func TestVerbTests(t *testing.T) {
	for _, c := range []struct {
		s                  string
		clause, holds, has bool
	}{
		{"the quake cracked the seawall", true, true, true},
		{"a local man", false, false, false},
		{"the ship's captain", false, false, false},
		{"Crumb & Co", false, false, false},
		{"Dispatched, Tuesday", true, false, true},
	} {
		if got := clauseVerb(c.s); got != c.clause {
			t.Errorf("clauseVerb(%q) = %v", c.s, got)
		}
		if got := holdsVerb(c.s); got != c.holds {
			t.Errorf("holdsVerb(%q) = %v", c.s, got)
		}
		if got := hasVerb(c.s); got != c.has {
			t.Errorf("hasVerb(%q) = %v", c.s, got)
		}
	}
}
