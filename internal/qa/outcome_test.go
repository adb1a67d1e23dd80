package qa

import (
	"testing"
)

// TestTellsOutcome: a sentence that opens on a yes/no question's subject
// and denies something of it in its own verb phrase ("The harbour ferries
// around the bay stopped … *not* …", "… failed") tells what came of it;
// so does one that says it went on ("continued"), and a clause that a
// verb of saying opens ("The mayor said the
// harbour pier would never …"); one that names the subject further in, one whose phrase goes on to
// another noun ("Harbour *cranes*"), and one whose negation is what the
// subject says do not.
func TestTellsOutcome(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Storm Shuts Harbour
---
PORTVALE — The harbour ferries around the bay did not sail on Monday after the storm.

A skipper who works on one of the harbour ferries said his boat had been tied up since dawn.

Harbour cranes were not damaged, the port said.

A second attempt to reopen the pier failed when the wind rose again.

The harbour ferries said they would not take bookings until Wednesday.

The mayor said the harbour pier would never be shut for long.

Night buses along the coast road continued to run through the storm.

Harbour tugs without radios were inspected last year.

Day buses continue to run on the inland road.
`)
	for question, want := range map[string]map[string]bool{
		"did the harbour ferries keep running": {
			"PORTVALE — The harbour ferries": true,  // opens on the subject, then "not"
			"A skipper who works":            false, // the subject is named further in
			"The harbour ferries said":       false, // what the ferries' operator says, not what came of them
		},
		"were the harbour boats damaged": {
			"Harbour cranes": false, // "harbour cranes" are not the harbour's boats
		},
		"did the night buses stop": {
			"Night buses": true, // "continued": they went on
		},
		"did the day buses stop": {
			"Day buses": true, // "continue", present: a verb, not a noun of the phrase
		},
		"did the harbour tugs stop working": {
			"Harbour tugs": false, // "without radios" qualifies the tugs: no outcome
		},
		"will the harbour pier be shut all winter": {
			"The mayor said": true, // the reported clause opens on the subject
		},
		"did the second try at reopening the pier work": {
			"A second attempt": true, // "attempt" is near "try" in meaning
		},
	} {
		q := e.analyse(question)
		ranked := mustRank(t, e, &q)
		for opening, tells := range want {
			c, _ := rankedOpening(ranked, opening)
			if c == nil {
				t.Errorf("%s: no candidate opens %q", question, opening)
				continue
			}
			if got := e.tellsOutcome(&q, c); got != tells {
				t.Errorf("%s: %q tells the outcome %v, want %v", question, c.p.Text, got, tells)
			}
		}
	}
}
