package qa

import "testing"

// TestYesNoCutUnit: a yes/no's short answer that would stop inside a unit
// gives up the question's words at its start to finish it only within
// the clause that holds them (past that clause's end it keeps "the
// highest level since …" and leaves the cut name); and, moving on to
// finish a phrase, it never gives up a word that settles the question
// (the sentence's opening "It").
func TestYesNoCutUnit(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Pier repairs begin in Dunmore\n---\n"+
		"In a sign of warmer ties, the opening was also attended by Kilbeg's mayor and his deputy. It marked the first time the Kilbeg mayor had visited the pier works.\n"+
		"The tide reached 4.2 metres at the Dunmore gauge at 5am, 1.1 metres above the warning mark and the highest level since records began in 1921, according to the county Tide Watch office.\n")
	wantShorts(t, e, []askedShort{
		{"was this the first time the kilbeg mayor visited", "It marked the first time the Kilbeg mayor had visited"},
		{"is it true the tide hit the highest level since records started", "the highest level since records began in 1921"},
	})
}

// TestSettlesYesNo: a negation, hedge, auxiliary, figure or capitalised
// word settles a yes or no; a plain word does not; no input panics.
func TestSettlesYesNo(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		want bool
	}{
		{"not", true},
		{"has", true},
		{"41", true},
		{"Noël", true},
		{"It", true},
		{"harbour", false},
		{"’", false},
		{"", false},
	} {
		if got := settlesYesNo(tc.raw); got != tc.want {
			t.Errorf("settlesYesNo(%q) = %v; want %v", tc.raw, got, tc.want)
		}
	}
}
