package qa

import "testing"

// TestSaidNothingOf: "did X say anything about Y" is declined where X
// speaks in the coverage but none of X's passages speaks of Y's most
// telling word, however loosely; it is answered where one does, in the
// question's word or one near it, and not judged where X speaks nowhere or
// Y names no thing.
func TestSaidNothingOf(t *testing.T) {
	e := engineOfText(t, "---\nid: h\nheadline: Storm closes Portwick harbour\n---\n"+
		"A storm closed Portwick harbour on Monday, and fishing boats stayed tied up at the quay for two days.\n\n"+
		"Harbour master Idris Fenwray said the gale had torn two pontoons loose. \"We have never lost pontoons before,\" Fenwray said.\n\n"+
		"The fishermen's cooperative asked the town council for a grant to repair the slipway, which the storm damaged.\n")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"did fenwray say anything about the slipway grant from the council", true},
		{"did the harbour master say anything abt the school choir's concert", true},
		{"did fenwray say anything about the pontoons", false},
		{"did fenwray say anything about the gales", false},     // another form
		{"did fenwray say anything about the hurricane", false}, // a word near "storm", "gale"
		{"did fenwray say anything about how it went", false},   // no thing named
		{"did the cooperative say anything about the slipway", false},
		{"did fenwray say", false},
		{"", false},
		{"did fenwray say anything about the café’s — £5 soupe", true},
	} {
		q := e.analyse(tc.q)
		cands := e.rank(&q, e.withFollowers(mustSearch(t, e, q)))
		if got := len(cands) > 0 && e.saidNothingOf(&q, cands); got != tc.want {
			t.Errorf("saidNothingOf(%q) = %v; want %v", tc.q, got, tc.want)
		}
	}
	wantDeclined(t, e, "did the harbour master say anything abt the school choir's concert")
	wantAnswered(t, e, "did fenwray say anything about the pontoons")
}
