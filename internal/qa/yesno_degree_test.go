package qa

import "testing"

// TestYesNoDegreePhrase: a yes/no question that grades what it asks about
// (a comparative or a superlative) is settled by the passage's
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
		// a phrase nothing sets off is the clause's own predicate: the
		// window stays (final re-read RR: the setOff guard had no row)
		{"Marsh said the ferry was cheaper than the bus in every month of the trial.",
			"was the ferry cheaper than the bus", "ferry was cheaper", nil},
		// the phrase of the clause that holds the question's words, not
		// the first (final re-read RR B1)
		{"Doe won 47 percent of the vote, more than her rival; turnout in Kelby reached 71 percent, the highest since 1998.",
			"was kelby turnout higher than usual", "the highest since 1998", []string{"more than her rival"}},
	} {
		wantShort(t, c.text, c.q, c.want, c.not...)
	}
}

// TestGradesNoNoun: a word in "-er" after an article or possessive is a
// noun ("the owner", "the number of"), which grades nothing, in the
// question or the passage (final re-read RR B2).
func TestGradesNoNoun(t *testing.T) {
	e := howEngine(t, "The barge sank at the quay on Monday.")
	for q, want := range map[string]bool{
		"was the owner fined":             false,
		"did the number of boats go down": false,
		"was the spill bigger than that":  true,
	} {
		an := e.analyse(q)
		if got := gradesQuestion(&an); got != want {
			t.Errorf("gradesQuestion(%q) = %v; want %v", q, got, want)
		}
	}
	text := "The barge sank, and its owner, Keldhaven Freight, was fined."
	words := wordSpans(text)
	for k, w := range words {
		if text[w[0]:w[1]] == "owner" && gradesOrScales(text, words, k) {
			t.Errorf("gradesOrScales read %q as grading", "its owner")
		}
	}
}
