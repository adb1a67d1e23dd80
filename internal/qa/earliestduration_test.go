package qa

import "testing"

// TestEarliestDuration: "how long … at first / originally" with two
// durations in the passage takes the one the question's verb asks for: a
// verb of wanting, the duration in the clause of the passage's verb of
// requesting; a verb of lasting, the one "initial" modifies.
func TestEarliestDuration(t *testing.T) {
	e := engineOfText(t, "---\nid: a\nheadline: Lease talks stall\n---\n"+
		"The club had requested a lease on the ground lasting up to 40 years, though the council offers an initial five-year lease with an option to renew.\n"+
		"The club's chairman said the talks would resume in June.\n")
	wantShorts(t, e, []askedShort{
		{"how long did the club originally want the lease to last", "up to 40 years"},
		{"how long would the lease run at first", "five-year"},
	})
}
