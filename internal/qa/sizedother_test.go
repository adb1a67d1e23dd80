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
		// nothing named after the measure: the thing its sentence names
		// before it is measured, the asked one or another
		{"how big was the aftershock", "The first quake, of magnitude 6.4, was followed by a smaller aftershock.", false},
		{"how big was the aftershock", "The first quake measured magnitude 6.4 and an aftershock came at noon.", false},
		{"how big was the aftershock", "The aftershock, of magnitude 4.4, woke the town.", true},
		{"how big was the aftershock", "On Sunday night it reached magnitude 4.4.", true},                 // a time names no thing
		{"how big was the aftershock", "The first quake hit hard. Later it reached magnitude 4.4.", true}, // another sentence's thing
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

// TestNamesMeasurable checks that namesMeasurable finds a common noun that may be
// measured and skips units, times, people, names and verbs, and an
// adjective after an article that no noun follows (knownNoun), on any input.
func TestNamesMeasurable(t *testing.T) {
	for text, want := range map[string]bool{
		"The first quake, of":          true,
		"A smaller aftershock at":      true,
		"Seismologists measured it at": false,
		"On Sunday night it reached":   false,
		"The Orla weighs":              false,
		"It hit hard and reached":      false,
		"It was a huge":                false,
		"It grew the tall":             false,
		"":                             false,
		"’—é ":                         false,
		"Só às três, a magnitude":      false,
	} {
		if got := namesMeasurable(text); got != want {
			t.Errorf("namesMeasurable(%q) = %v; want %v", text, got, want)
		}
	}
}
