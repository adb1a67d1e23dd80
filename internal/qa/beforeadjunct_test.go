package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestBeforeAdjunct: a preposition the question strands before a phrase
// of time or of another preposition takes what is asked, as it does where
// it ends the question.
func TestBeforeAdjunct(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct{ question, want string }{
		{"who did vance say he had good talks with last month", "who did vance say he had good talks with"},
		{"Who did Morales hold discussions with during the naval talks?", "who did morales hold discussions with"},
		{"who did the mayor meet with", "who did the mayor meet with"},           // ends on it: as it is
		{"who did the mayor meet with on friday", "who did the mayor meet with"}, // an adjunct opening on a preposition
		{"who met with the mayor on friday", "who met with the mayor on friday"}, // its object follows: no stranding
		{"with", "with"},
		{"", ""},
	} {
		q := e.analyse(tc.question)
		if got := strings.Join(beforeAdjunct(&q).words, " "); got != tc.want {
			t.Errorf("beforeAdjunct(%q).words = %q; want %q", tc.question, got, tc.want)
		}
	}
	q := e.analyse("who did vance say he had good talks with last month")
	if cut := beforeAdjunct(&q); slices.ContainsFunc(cut.terms, func(x qterm) bool { return x.word == "month" }) {
		t.Errorf("beforeAdjunct kept the adjunct's term %q", "month")
	}
	q = e.analyse("who did morales hold talks with during the naval talks")
	if cut := beforeAdjunct(&q); !slices.ContainsFunc(cut.terms, func(x qterm) bool { return x.word == "talks" }) {
		t.Errorf("beforeAdjunct dropped the main clause's term %q, which the adjunct repeats", "talks")
	}
	wantExtracts(t, e, []extracted{
		{"who did vance say he had good talks with last month", "Chilean envoy Vance cited “useful” talks over the past month with Peruvian, Bolivian and Argentine trade advisers.", "Peruvian, Bolivian and Argentine trade advisers"},
		{"Who did Morales hold discussions with during the naval talks?", "Chile’s top admiral, Adm. Pedro Morales, took part in naval talks, including discussions with the Peruvian and Bolivian navy chiefs.", "the Peruvian and Bolivian navy chiefs"},
		{"who did vance have talks with on friday", "Chilean envoy Vance held talks in Lima on Friday with Peruvian, Bolivian and Argentine trade advisers.", "Peruvian, Bolivian and Argentine trade advisers"},
		{"who did the mayor meet with on friday", "On Friday the mayor met with police, bus operators and the hospital.", "police, bus operators and the hospital"},
	})
}
