package qa

import "testing"

// TestWhenFutureByEvent: a "when" asked of what is yet to happen is
// answered as fully by a clause that dates it by what must happen first
// ("once the search is over") as by a date of the calendar; a "when" asked
// of the past still takes such a clause as less than a date.
func TestWhenFutureByEvent(t *testing.T) {
	e := testEngine(t)
	score := func(question, text string) float64 {
		q := e.analyse(question)
		c := parsedCand(t, e, text)
		e.cover(&q, c)
		return e.typeWhen(&q, c)
	}
	const future = "when will the inspectors check the bridges"
	byEvent := score(future, "The inspectors would check the bridges once the floodwater had gone down.")
	dated := score(future, "The inspectors would check the bridges on 6 January 2026.")
	if byEvent < dated {
		t.Errorf("typeWhen(%q, a clause of another event) = %.2f; want it as high as a date's %.2f", future, byEvent, dated)
	}
	// with a date of something else in it too, the clause still answers
	if both := score(future, "The inspectors would check the bridges, built in 1998, once the floodwater had gone down."); both < dated {
		t.Errorf("typeWhen(%q, a clause of another event and a deedless date) = %.2f; want it as high as a date's %.2f", future, both, dated)
	}
	const past = "when did the inspectors check the bridges"
	pastByEvent := score(past, "The inspectors checked the bridges once the floodwater had gone down.")
	pastDated := score(past, "The inspectors checked the bridges on 6 January 2026.")
	if pastByEvent >= pastDated {
		t.Errorf("typeWhen(%q, a clause of another event) = %.2f; want below a date's %.2f", past, pastByEvent, pastDated)
	}
}
