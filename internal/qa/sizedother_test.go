package qa

import (
	"strings"
	"testing"
)

// TestSizedOther checks that a "how big" question takes a measure in a
// unit of force or weight where the figure's phrase names what the
// question asks about, or names nothing (the clause's thing: "measured it
// at magnitude 6.2"), but not a measure of another thing, nor a length
// (a distance as often), nor a figure with no such unit; and that no
// input panics.
func TestSizedOther(t *testing.T) {
	e := testEngine(t)
	cases := []struct {
		question, text string
		want           bool
	}{
		{"how big was the aftershock", "A magnitude 4.8 aftershock rattled the valley on Friday.", true},
		{"how big was the quake", "Seismologists measured it at magnitude 6.2.", true},       // no noun of its own
		{"how big was the landslide", "A magnitude 6.2 quake set off the landslide.", false}, // another thing's measure
		{"how big was the aftershock", "About 4,800 people felt the aftershock.", false},     // no unit of force
		{"how big were the gusts", "The gusts reached 90 knots.", true},                      // the unit names no thing
		{"how big was the storm", "Winds of 90 knots tore roofs off.", false},                // a verb after: the phrase is another's
		{"how big was the tremor", "Só magnitude 3.1 às três.", false},                       // multi-byte text
		{"how big was the tremor", "magnitude 3", true},
		{"how big is calama", "It struck 34 kilometres (21 miles) northeast of Calama.", false}, // a distance: no length is read
		{"how big is the hull", "The hull alone weighs 40,000 tonnes.", true},                   // a weight, nothing named after it
		{"how big is the barge", "The barge carried 300 tonnes of grain.", false},               // the grain's weight
	}
	for _, c := range cases {
		m := numberRE.FindStringIndex(c.text)
		if m == nil {
			t.Fatalf("no number in %q", c.text)
		}
		q := e.analyse(c.question)
		if got := e.sizedOther(&q, c.text, span{m[0], m[1]}); got != c.want {
			t.Errorf("sizedOther(%q, %q) = %v; want %v", c.question, c.text, got, c.want)
		}
	}
	q := e.analyse("how big was the aftershock")
	if e.sizedOther(&q, "", span{}) || e.sizedOther(&q, "4.8", span{0, 3}) {
		t.Error("sizedOther of an empty text or a bare number = true; want false")
	}
	e = engineOfText(t, "---\nid: t\nheadline: Valley shaken\n---\nA magnitude 4.8 aftershock rattled the Orvel valley on Friday, hours after the main quake.\n")
	a, err := e.Ask(t.Context(), "how big was the aftershock in the orvel valley")
	if err != nil || !strings.Contains(a.Short, "4.8") {
		t.Errorf("how big was the aftershock in the orvel valley: short %q, err %v; want the magnitude 4.8", a.Short, err)
	}
}
