package qa

import (
	"testing"
)

// TestLabelledItem: a list item whose label (the words before a colon that
// opens it, labelMaxWords at most) holds a word of the question, a name or
// not, is marked (fLabelled, labelsAsked); an item labelled by a word the
// question lacks, or with the word past a long lead-in, and a body sentence
// holding it, even one opening on it and a colon, are not. With the
// weights fitted (rank.labelled above 0), the labelled item ranks above the
// body sentence that names the same country in passing, which it does not
// with the label weighing nothing.
func TestLabelledItem(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Donors pledge aid for Kilbeg
---
Rescue teams from Norway, Iceland and Finland landed at Kilbeg airport overnight with thermal cameras and pumps.

Donors pledged aid for the flooded town of Kilbeg on Monday. The pledges were:

- Norway: €20 million, mostly for shelters.
- Iceland: €5 million for shelters and food.
- Shelters: 400 tents, flown in by Norway.
- Flown from Norway, 40 pumps for the flooded cellars.
- The largest pledge of all the donor countries came from Norway: €20 million.

Finland: officials in Helsinki said a pledge would follow later in the week.
`)
	q := "what did norway and finland chip in for shelters"
	an := e.analyse(q)
	ranked := mustRank(t, e, &an)
	for _, c := range []struct {
		in       string
		labelled bool
	}{
		{"Norway: €20 million", true},
		{"Iceland: €5 million", false},            // a label the question lacks; "shelters" only after it
		{"Flown from Norway, 40 pumps", false},    // no colon: no label
		{"Shelters: 400 tents", true},             // a label that is no name: a word of the question
		{"The largest pledge of all", false},      // the name past a long lead-in
		{"Rescue teams from Norway", false},       // body text
		{"Finland: officials in Helsinki", false}, // body text opening on a name and a colon
	} {
		cd, _ := rankedOpening(ranked, c.in)
		if cd == nil {
			t.Errorf("%q: %q not among the candidates: the row tests nothing", q, c.in)
			continue
		}
		if got := cd.feat[fLabelled] == 1; got != c.labelled {
			t.Errorf("%q: %q labelled %v; want %v", q, c.in, got, c.labelled)
		}
	}
	// "chip in" is a word no article uses: the item and the body sentence
	// each hold the country alone, and the label decides
	q = "what did norway chip in"
	an = e.analyse(q)
	ranked = mustRank(t, e, &an)
	_, item := rankedOpening(ranked, "Norway: €20 million")
	_, body := rankedOpening(ranked, "Rescue teams from Norway")
	if item < 0 || body < 0 || item > body {
		t.Errorf("%q: the labelled item ranks %d, the body sentence %d; want the item above", q, item+1, body+1)
	}
}
