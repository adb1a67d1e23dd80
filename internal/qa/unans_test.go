package qa

import "testing"

// TestSumOfOther: a "how much" question that asks for a sum of money is
// not answered by a passage that names nothing it asks about, only things
// GloVe puts near ("shelter" for "tents"); a passage that names what is
// asked, by its word or a synonym, is no sum of another thing, and a
// question that asks for no sum of money is not read by it.
func TestSumOfOther(t *testing.T) {
	const text = "The charity launched an appeal for $3 million to pay for shelter and food."
	e := engineOfText(t, `---
id: t
headline: Flood relief
---
The charity launched an appeal for $3 million to pay for shelter and food.

The council said the new tents had cost $40,000.
`)
	c := &cand{toks: e.analyze(text)}
	for question, want := range map[string]bool{
		"how much did the tents at the stadium cost": true,
		"how much money did the charity ask for":     false, // names the charity
		"how many tents were put up":                 false, // no sum asked
		"how much water did the tanker spill":        false, // a quantity, no sum of money (FJ7)
		"how much did it cost":                       false, // names nothing but the money (FH6)
	} {
		q := e.analyse(question)
		if got := e.sumOfOther(&q, c); got != want {
			t.Errorf("sumOfOther(%q) = %v; want %v", question, got, want)
		}
	}
	// the evidence weighs it as a sum of what is not asked about
	q := e.analyse("how much did the tents at the stadium cost")
	c.typeOK = 1
	if f := e.evidenceFeatures(&q, c); f[eCountMissing] != 1 {
		t.Errorf("count_missing of the appeal's sum for the tents = %v; want 1", f[eCountMissing])
	}
}
