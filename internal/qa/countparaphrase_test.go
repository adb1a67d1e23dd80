package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// TestCountsParaphrase pins the reading of a number's noun as counting the
// question's noun by a sense WordNet gives both (countsKin), past GloVe's
// countAlike, and what it leaves uncounted.
func TestCountsParaphrase(t *testing.T) {
	for _, c := range []struct {
		counted, after string
		want           bool
	}{
		{"surgeries", "operations in the first 24 hours", true},
		{"reservations", "bookings made after that time", true},
		{"surgery", "operations in the first 24 hours", true},
		// a group is not counted by persons, however near GloVe puts them
		// (otherNounKind, not countsKin, refuses these: final re-read 25C F10)
		{"crew", "passengers on board", false},
		{"crew", "passengers", false},
		// people in general are not counted by a group their words share a rare sense with
		{"folks", "displaced families are sleeping", false},
	} {
		if got := countsAlike(c.counted, lexicon.KinOf(c.counted), c.after); got != c.want {
			t.Errorf("countsAlike(%q, %q) = %v; want %v", c.counted, c.after, got, c.want)
		}
	}
}

// TestCountsParaphraseAsk pins the answer a "how many" question gets where
// the passage counts its noun by another word of one of its senses, and a
// count of other people that stays unread as the crew's.
func TestCountsParaphraseAsk(t *testing.T) {
	e := engineOfText(t, `---
id: h
headline: Field Hospital Opens
---
With the main hospital only partly usable, the army set up a field hospital in a hangar at the airport, where surgeons carried out 41 operations in the first 24 hours.
`, `---
id: f
headline: Ferry Returns
---
The ferry carried 300 passengers on its first day back, the operator said.
`)
	for _, c := range []struct {
		q, want string // want "" for a question to decline
	}{
		{"how many surgeries did the field hospital do", "41"},
		{"how many crew were on the ferry", ""},
	} {
		a := mustAsk(t, e, c.q)
		switch {
		case c.want == "" && a.Answered:
			t.Errorf("Ask(%q) = %q; want it declined", c.q, a.Short)
		case c.want != "" && (!a.Answered || !strings.Contains(a.Short, c.want)):
			t.Errorf("Ask(%q) = %q (answered %v); want an answer holding %q", c.q, a.Short, a.Answered, c.want)
		}
	}
}
