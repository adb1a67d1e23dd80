package qa

import (
	"strings"
	"testing"
)

// TestCountsForOther: a "how many" top whose figure counts something
// other than the noun asked about yields to a passage, nearly as well
// matched, whose figure counts that noun.
func TestCountsForOther(t *testing.T) {
	e := engineOfText(t, `---
id: s
headline: Harbour storm
---
BRANTWICK — High winds closed Brantwick harbour on Monday, and the number of fishing boats kept in the harbour rose to 40, the harbour master said on Monday.

Schools in the town stayed open.

The port said two more ferries had arrived from Oslo in the harbour, bringing the total of ferries to nine.
`)
	a := mustAsk(t, e, "how many ferries were in the harbour on monday")
	if !a.Answered || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "ferries") {
		t.Errorf("how many ferries: answered %v, %+v; want the passage counting ferries", a.Answered, a.Passages)
	}
}

// TestListedByArticle: phrases each headed by the counted noun after "a",
// joined by "and" or a comma, count it by naming each; "or" offers a
// choice, and phrases in two sentences are no list.
func TestListedByArticle(t *testing.T) {
	e := engineOfText(t, "---\nid: l\nheadline: Talks\n---\nThe talks ended.\n")
	q := new(e.analyse("how many treaties did the talks produce"))
	for text, want := range map[string]int{
		"The talks produced a trade treaty between the two ports and a fishing treaty.":      2,
		"They signed a trade treaty, a border treaty and a water treaty on Friday.":          3,
		"They may sign a trade treaty or a fishing treaty next year.":                        0,
		"They signed a trade treaty. A fishing treaty is due next year, and a water treaty.": 0,
		"They signed a trade treaty and a memorandum.":                                       0,
		"They signed a treaty, a short treaty of friendship.":                                0,
		"They wanted a treaty! And a treaty they got.":                                       0,
	} {
		if _, got := e.listedByArticle(q, text); got != want {
			t.Errorf("listedByArticle(%q) = %d; want %d", text, got, want)
		}
	}
}
