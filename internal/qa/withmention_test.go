package qa

import "testing"

// TestWithMention: "which article mentions X", answered by one article,
// names the article and shows where it says X, within a dozen words: by
// its headline where that leaves room, else by its outlet, else (no
// headline, no outlet) by fewer of its opening words; the mention stops
// at a comma after the question's rarest word.
func TestWithMention(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Harbour crane collapse halts loading\n---\n"+
			"A crane at the container terminal collapsed on Monday night.\n"+
			"A barge named Wendeline, moored at the quay, was struck by the falling boom.\n"+
			"Dockers were sent home for the rest of the week.\n",
		"---\nid: b\nheadline: Port authority chiefs face growing pressure from dockers and shipping lines over terminal safety record\noutlet: The Estuary Gazette\n---\n"+
			"Dockers walked out on Wednesday over safety at the terminal.\n"+
			"Union organiser Tamsin Oyelaran told the rally that cranes were years overdue for inspection.\n",
		"---\nid: c\n---\n"+
			"Insurers for the terminal operator have begun to assess the damage to cargo and vessels after the collapse.\n"+
			"Loss adjuster Birgit Halvorsen estimated the claim would take months to settle.\n")
	checkShorts(t, e, []askedShort{
		{"which article mentions the wendeline", "Harbour crane collapse halts loading: Wendeline"},
		{"which story brings up tamsin oyelaran", "The Estuary Gazette: Tamsin Oyelaran told the rally that cranes were years"},
		{"which article mentions birgit halvorsen", "Insurers for the terminal operator have…: Birgit Halvorsen estimated the claim"},
	})
}
