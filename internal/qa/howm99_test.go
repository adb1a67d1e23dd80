package qa

import (
	"strings"
	"testing"
)

// TestDurationIsNoQuantity: a number with a unit of time before "of"
// says how long the thing after it went on ("four days of rain"), not how
// much of it there was, so it measures no quantity for "how much"; a
// unit of mass or volume, or a count of portions, still does.
func TestDurationIsNoQuantity(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Flood\n---\nThe river rose.\n")
	for _, c := range []struct {
		question, text, figure string
		want                   bool
	}{
		{"how much rain fell", "The river burst its banks after four days of almost constant rain.", "four", false},
		{"how much rain fell", "The town had two weeks of rain in March.", "two", false},
		{"how much snow fell", "Crews worked 12 hours of snow clearing.", "12", false},
		{"how much rain fell", "About 187 millimetres of rain fell on the town.", "About 187", true},
		{"how much soup did they serve", "Volunteers served 200 portions of soup.", "200", true},
	} {
		q := e.analyse(c.question)
		at := strings.Index(c.text, c.figure)
		if at < 0 {
			t.Fatalf("%q not in %q", c.figure, c.text)
		}
		if got := e.quantityOf(&q, c.text, span{at, at + len(c.figure)}); got != c.want {
			t.Errorf("%s / %q: quantityOf(%q) = %v; want %v", c.question, c.text, c.figure, got, c.want)
		}
	}
	wantShorts(t, engineOfText(t, "---\nid: t\nheadline: Flood\n---\n"+
		"The river burst its banks on Tuesday after four days of almost constant rain, flooding hundreds of homes.\n"+
		"Volunteers filled sandbags at the school.\n"+
		"Between Saturday and Tuesday, 187 millimetres of rain fell on the town, the weather office said.\n"),
		[]askedShort{{"how much rain came down on the town over those days", "187 millimetres"}})
}
