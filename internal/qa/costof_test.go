package qa

import "testing"

// TestCostOfOther: a sum said to be the cost of a thing the question does
// not name is no sum of what it asks; one of a thing it names is.
func TestCostOfOther(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Pier repairs
---
Surveyors put the cost of the new railings at $2 million.
`)
	text := "Surveyors put the cost of the new railings at $2 million."
	s := numberRE.FindStringIndex(text)
	for question, want := range map[string]bool{
		"how much were the surveyors paid for the survey": true,
		"how much will the railings cost":                 false,
	} {
		q := e.analyse(question)
		if got := e.costOfOther(&q, text, span{s[0], s[1]}); got != want {
			t.Errorf("costOfOther(%q) = %v; want %v", question, got, want)
		}
	}
	// a word news refers back to the asked thing with: its cost
	works := "The cost of the works is $4 million, the council said."
	w := numberRE.FindStringIndex(works)
	q := e.analyse("how much does the footbridge cost")
	if e.costOfOther(&q, works, span{w[0], w[1]}) {
		t.Errorf("costOfOther(%q) for the footbridge = true; want false", works)
	}
}
