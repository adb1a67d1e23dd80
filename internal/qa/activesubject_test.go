package qa

import (
	"strings"
	"testing"
)

// TestSubjectBeforeAuxiliary: the subject of a verb is read past an
// auxiliary or modal right before it, and past a conjunction or "whether"
// that opens its clause; a passive's "be" still refuses it. Nothing
// panics on text that opens on a dash.
func TestSubjectBeforeAuxiliary(t *testing.T) {
	for _, tc := range []struct{ text, verb, want string }{
		{"Rising fuel costs could sink the ferry line.", "sink", "Rising fuel costs"},
		{"The harbour board has not approved the dredging plan.", "approved", "The harbour board"},
		{"The mayor asked whether the storm surge would flood the old quay.", "flood", "the storm surge"},
		{"Pilots wonder — or whether higher fees will deter the cruise lines.", "deter", "higher fees"},
		{"The dredging plan will be approved by the board.", "approved", ""},
		{"— will sink", "sink", ""},
	} {
		v := strings.Index(tc.text, tc.verb)
		s, ok := subjectBefore(tc.text, v, maxShortWords, true)
		got := ""
		if ok {
			got = tc.text[s.start:s.end]
		}
		if got != tc.want {
			t.Errorf("subjectBefore(%q, %q) = %q; want %q", tc.text, tc.verb, got, tc.want)
		}
	}
}
