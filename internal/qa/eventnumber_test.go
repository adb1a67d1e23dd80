package qa

import (
	"slices"
	"testing"
)

// TestEventTermsNoNumber: the words of a coverage's event hold no number
// its headlines share, in figures or in words (the test is holdsNumber's),
// and do hold the rare word they share.
func TestEventTermsNoNumber(t *testing.T) {
	art := func(id, headline string) string {
		return "---\nid: " + id + "\nheadline: " + headline + "\n---\nThe pier was shut.\n"
	}
	e := engineOfText(t,
		art("a", "1400 ferrygoers stranded as twenty-two Kessby piers shut"),
		art("b", "Kessby piers: 1400 ferrygoers stranded, twenty-two shut"),
		art("c", "Twenty-two Kessby piers shut, 1400 ferrygoers stranded"))
	var surfaces []string
	for _, w := range e.eventTerms() {
		surfaces = append(surfaces, w.surface)
		if numberRE.MatchString(w.surface) {
			t.Errorf("eventTerms holds %q, a number", w.surface)
		}
	}
	if !slices.Contains(surfaces, "Kessby") {
		t.Errorf("eventTerms = %q; want Kessby among them", surfaces)
	}
}
