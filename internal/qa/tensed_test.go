package qa

import "testing"

// TestTensedVerbReaders: tensedVerb takes a present's third person
// ("remains"), pastOrAuxiliary does not, and numberThenVerb reads through
// the latter, so a figure then a plural noun that is also a verb's present
// ("3 tugs", "40 boats") stays a pair while a figure then a past or an
// auxiliary ("71 were", "9 died") opens a clause. No panic on marks,
// multi-byte letters or empty text.
func TestTensedVerbReaders(t *testing.T) {
	for _, tc := range []struct {
		w           string
		tensed, aux bool
	}{
		{"remains", true, false},
		{"Were,", true, true},
		{"would", true, true},
		{"died.", true, true},
		{"tugs", true, false},
		{"harbour", false, false},
		{"", false, false},
		{"café’s", false, false},
	} {
		if got := tensedVerb(tc.w); got != tc.tensed {
			t.Errorf("tensedVerb(%q) = %v; want %v", tc.w, got, tc.tensed)
		}
		if got := pastOrAuxiliary(tc.w); got != tc.aux {
			t.Errorf("pastOrAuxiliary(%q) = %v; want %v", tc.w, got, tc.aux)
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"71 were still missing", true},
		{"9 died on the ridge", true},
		{"40 boats on the quay", false},
		{"3 tugs stood by", false},
		{"40", false},
		{"", false},
		{"5 — £", false},
	} {
		if got := numberThenVerb(tc.s); got != tc.want {
			t.Errorf("numberThenVerb(%q) = %v; want %v", tc.s, got, tc.want)
		}
	}
}
