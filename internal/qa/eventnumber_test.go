package qa

import (
	"slices"
	"testing"
)

// TestEventTermsNoNumber: the words of a coverage's event are the words its
// headlines share, less the numbers among them, in figures or in words
// ("1400", "twenty-two": holdsNumber), which tell no story from another.
func TestEventTermsNoNumber(t *testing.T) {
	art := func(id, headline string) string {
		return "---\nid: " + id + "\nheadline: " + headline + "\n---\nThe pier was shut.\n"
	}
	e := engineOfText(t,
		art("a", "1400 ferrygoers stranded as twenty-two Kessby piers shut"),
		art("b", "Kessby piers: 1400 ferrygoers stranded, twenty-two shut"),
		art("c", "Twenty-two Kessby piers shut, 1400 ferrygoers stranded"))
	var got []string
	for _, w := range e.eventTerms() {
		got = append(got, w.surface)
	}
	slices.Sort(got)
	want := []string{"Kessby", "ferrygoers", "piers", "shut", "stranded"}
	if !slices.Equal(got, want) {
		t.Errorf("eventTerms = %q; want %q", got, want)
	}
}
