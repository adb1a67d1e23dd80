package lexicon

import "testing"

// TestAuxBase: an auxiliary is read in its listed form as typed or
// negated, "shan't" and "cannot" too; anything else is none, and a
// question opened by a negated one loses its lead-in words (opensYesNo).
func TestAuxBase(t *testing.T) {
	for _, c := range []struct {
		w, base string
		ok      bool
	}{
		{"was", "was", true},
		{"wasn't", "was", true},
		{"won't", "will", true},
		{"can't", "can", true},
		{"cannot", "can", true},
		{"shan't", "shall", true},
		{"mustn't", "must", true},
		{"n't", "", false},
		{"", "", false},
		{"kettle", "kettle", false},
		{"café’s", "café’s", false},
	} {
		if base, ok := AuxBase(c.w); ok != c.ok || ok && base != c.base {
			t.Errorf("AuxBase(%q) = %q, %v; want %q, %v", c.w, base, ok, c.base, c.ok)
		}
	}
	for in, want := range map[string]string{
		"so shan't the bakery open": "shan't the bakery open",
		"so cannot the bakery open": "cannot the bakery open",
		"so won’t the bakery open":  "won’t the bakery open",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q; want %q", in, got, want)
		}
	}
}
