package qa

import "testing"

// TestYesNoDegreePhrase: a yes/no question that grades what it asks about
// (a comparative, a superlative, "ever") is settled by the passage's
// phrase of degree, a comparison, superlative or ratio set off to its
// clause's end, not by the window that holds most of the question's other
// words (degreePhrase); a question that grades nothing keeps that window.
func TestYesNoDegreePhrase(t *testing.T) {
	for _, c := range []struct {
		text, q, want string
		not           []string
	}{
		{"The harbour office said on Monday that about nine tonnes of grain had spilled from the barge, more than three times its first estimate of two tonnes.",
			"was the grain spill bigger than they first said", "more than three times its first estimate of two tonnes", nil},
		{"The lake rose to 4.1 metres at the Kelby weir on Friday, a metre above normal and the highest level since records began in 1952, officials said.",
			"is this the highest the lake has ever been at kelby", "the highest level since records began in 1952", []string{"weir on Friday"}},
		{"Marsh said a ferry service could carry the same number of commuters for a quarter of the cost.",
			"did marsh say a ferry would do it much cheaper", "for a quarter of the cost", nil},
		{"Marsh said a ferry service could carry the same number of commuters for a quarter of the cost.",
			"did marsh say a ferry could carry the commuters", "ferry service could carry", nil},
	} {
		wantShort(t, c.text, c.q, c.want, c.not...)
	}
}
