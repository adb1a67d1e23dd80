package qa

import "testing"

// TestAuxBase: an auxiliary is read in its listed form whatever its
// spelling (negated, chat, "cannot"), and its kind on that form: a modal
// or "do" leaves its verb bare, "be" and "have" do not.
func TestAuxBase(t *testing.T) {
	for _, c := range []struct {
		w         string
		base      string
		aux, bare bool
	}{
		{"will", "will", true, true},
		{"won't", "will", true, true},
		{"cannot", "can", true, true},
		{"cant", "can", true, true},
		{"mustn't", "must", true, true},
		{"didn't", "did", true, true},
		{"isn't", "is", true, false},
		{"r", "are", true, false},
		{"hasn't", "has", true, false},
		{"had", "had", true, false},
		{"ferry", "ferry", false, false},
		{"n't", "", false, false},
		{"", "", false, false},
		{"’", "’", false, false},
	} {
		base, ok := auxBase(c.w)
		if ok != c.aux || ok && base != c.base {
			t.Errorf("auxBase(%q) = %q, %v; want %q, %v", c.w, base, ok, c.base, c.aux)
		}
		if got := bareVerbAux(c.w); got != c.bare {
			t.Errorf("bareVerbAux(%q) = %v; want %v", c.w, got, c.bare)
		}
	}
}
