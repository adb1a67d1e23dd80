package npmsrc

import "testing"

// TestWordNetLemma: a lemma of one lower-case word (an inner hyphen
// allowed) is read as it is, an adjective's marker dropped; a lemma of
// several words, with a capital, or with an outer hyphen is none.
func TestWordNetLemma(t *testing.T) {
	for in, want := range map[string]string{"repair": "repair", "own(a)": "own", "touch_on": "", "Zorch": "", "-x": "", "well-being": "well-being"} {
		if got := WordNetLemma(in); got != want {
			t.Errorf("WordNetLemma(%q) = %q; want %q", in, got, want)
		}
	}
}
