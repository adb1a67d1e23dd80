package qa

import (
	"strings"
	"testing"
)

// TestNewestState: a yes/no question whether a thing is in an earlier state
// once more ("so is the holm ferry back to normal") is led by the newest
// article's passage that speaks of the thing, though an older article's
// sentence matches more of the question's words; a question of the future
// ("will the ferry run again next year", "when will …") and one that is
// not yes/no ("what put …", the row that pins that guard: "when" rows
// here are of the future too) keep the ranking's order.
func TestNewestState(t *testing.T) {
	e := engineOfText(t,
		"---\nid: old\nheadline: Storm halts Holm crossing\npublished: 2027-03-02\n---\nThe Holm ferry stopped running on Monday after a storm damaged the slipway at Skelby.\nThe operator said the Holm ferry would not be running again until the slipway was repaired.\n",
		"---\nid: mid\nheadline: Slipway repairs begin\npublished: 2027-03-04\n---\nDivers began repairing the Skelby slipway on Wednesday.\nThe council said the work would cost about 40,000 crowns.\n",
		"---\nid: new\nheadline: Crossings resume to Holm\npublished: 2027-03-06\n---\nPassengers boarded the Holm ferry at Skelby on Friday for the first crossing in a week.\nThe operator thanked islanders for their patience.\n")
	for q, want := range map[string]string{
		"so is the holm ferry back to normal":       "Passengers boarded the Holm ferry",
		"when will the holm ferry be running again": "",
		"will the holm ferry run again next year":   "",
		"what put the holm ferry back to normal":    "",
	} {
		a := mustAsk(t, e, q)
		got := ""
		if len(a.Passages) > 0 {
			got = a.Passages[0].Text
		}
		if want != "" && !strings.HasPrefix(got, want) || want == "" && strings.HasPrefix(got, "Passengers") {
			t.Errorf("%q: top passage %q; want it to begin %q", q, got, want)
		}
	}
}
