package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestDatesDone: a "when" question of what is yet to happen is not
// answered by a passage whose every date stands in a clause of what was
// done ("finished in 2021", though the sentence goes on to a plan); a date
// in a clause of a prospect ("would begin in 2027"), a question asked in
// the past or of the future only in a subordinate clause ("… before the
// wall will be built"), and a passage with no date (type_missing's) are
// not read by it.
func TestDatesDone(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Flood wall
---
The town finished its flood wall in 2021, and the council wants to extend it.

The council said work on the extension would begin in 2027.
`)
	// (the passage speaks of a prospect, futureUnmet's test, but not in the
	// date's clause)
	done := &cand{p: corpus.Passage{Text: "The town finished its flood wall in 2021, and the council wants to extend it."}}
	planned := &cand{p: corpus.Passage{Text: "The council said work on the extension would begin in 2027."}}
	dateless := &cand{p: corpus.Passage{Text: "The town wants a longer flood wall."}}
	for _, tc := range []struct {
		q    string
		c    *cand
		want bool
	}{
		{"when will the flood wall extension be built", done, true},
		{"when is the flood wall extension gonna be built", done, true},
		{"when will the flood wall extension be built", planned, false},          // a prospect's date
		{"when was the flood wall finished", done, false},                        // asked in the past
		{"when did the council meet before the wall will be built", done, false}, // the future in a subordinate clause
		{"when will the flood wall extension be built", dateless, false},         // no date: type_missing's
		{"when will the wall finished in 2021 be extended", done, false},         // the only date the question's own
	} {
		q := e.analyse(tc.q)
		if got := e.datesDone(&q, tc.c); got != tc.want {
			t.Errorf("datesDone(%q, %q) = %v; want %v", tc.q, tc.c.p.Text, got, tc.want)
		}
	}
	// the evidence weighs it as a question of the future unmet
	q := e.analyse("when will the flood wall extension be built")
	done.toks, done.typeOK = e.analyze(done.p.Text), 1
	if f := e.evidenceFeatures(&q, done); f[eFutureUnmet] != 1 {
		t.Errorf("future_unmet of a done date for a question of the future = %v; want 1", f[eFutureUnmet])
	}
}
