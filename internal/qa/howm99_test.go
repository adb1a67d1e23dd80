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

// TestProspectiveFigure: a figure is said as a prospect where a modal or
// "expected" governs it — before it in its own clause, or as the first
// verb after it — and not where its clause has a verb of its own first,
// nor for a capitalised "May" (a month).
func TestProspectiveFigure(t *testing.T) {
	for _, c := range []struct {
		text, figure string
		want         bool
	}{
		{"The river is expected to crest in Port Lisle, the furthest downstream of the three towns, on Wednesday evening, at about 7.5 metres.", "about 7.5", true},
		{"Its salvage master said about 18,000 cubic metres of sand and clay would have to be removed.", "about 18,000", true},
		{"Losses could reach $340 million.", "$340 million", true},
		{"The river crested in Port Lisle at 7.6 metres on Wednesday.", "7.6", false},
		{"Dredgers had removed about 21,000 cubic metres of sand and clay.", "about 21,000", false},
		{"The guarantees would only come into force once a ceasefire is agreed to end the almost four-year war.", "four", false},
		{"Twenty-four sensors glued to the crosshead will raise an alarm.", "Twenty-four", false},
		{"KESSBY, May 9 - Salvage crews ended a blockage that stranded more than 200 ships.", "more than 200", false},
		{"On May 9, 300 homes were flooded.", "300", false},                                               // a date's month is no modal
		{"Although the river could rise again, 4,000 residents returned home on Monday.", "4,000", false}, // a fronted clause's modal
	} {
		at := strings.Index(c.text, c.figure)
		if at < 0 {
			t.Fatalf("%q not in %q", c.figure, c.text)
		}
		if got := prospectiveFigure(c.text, span{at, at + len(c.figure)}); got != c.want {
			t.Errorf("%q in %q: prospective %v; want %v", c.figure, c.text, got, c.want)
		}
	}
}

// TestDoneOverProspect: a question asked in the past of what was done
// ranks a figure said as done over one said as a forecast that holds as
// much of the question's words; a question that itself supposes, or asks
// what is to come, does not ask what was done.
func TestDoneOverProspect(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Flood\n---\n"+
		"The river is expected to crest in Port Lisle on Wednesday evening at about 7.5 metres, the river forecast centre said.\n"+
		"Volunteers filled sandbags at the school.\n"+
		"On Wednesday evening the river crested in Port Lisle at 7.6 metres, the river forecast centre said.\n"+
		"Schools stayed shut.\n")
	wantShorts(t, e, []askedShort{{"how high did the river crest in port lisle", "7.6 metres"}})
	for _, c := range []struct {
		question string
		want     bool
	}{
		{"how high did the river crest", true},
		{"how much mud was dug away", true},
		{"how high will the river crest", false},
		{"how many houses wouldve been knocked down", false},
		{"how many people are supposed to ride it", false},
		{"how many people ride it", false},
		{"how many troops did france say it will send", false}, // past, but of what is to come
	} {
		q := e.analyse(c.question)
		if got := asksDone(&q); got != c.want {
			t.Errorf("%s: asks what was done %v; want %v", c.question, got, c.want)
		}
	}
}
