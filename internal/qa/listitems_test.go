package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestListItems: a list after a colon is cut at its commas before the
// conjunction and at the conjunction; what follows the conjunction is
// the last item whole, a list of its own inside it.
func TestListItems(t *testing.T) {
	for _, c := range []struct {
		list string
		want []string
	}{
		{"a ferry berth and a fish market", []string{"a ferry berth", "a fish market"}},
		{"roads, rail, and ports", []string{"roads", "rail", "ports"}},
		{"roads, rail or ports", []string{"roads", "rail", "ports"}},
		{"a joint declaration by all the coalition countries and a trilateral declaration by France, Britain, and Ukraine",
			[]string{"a joint declaration by all the coalition countries", "a trilateral declaration by France, Britain, and Ukraine"}},
		{"a berth and a market or a quay", []string{"a berth", "a market or a quay"}},
		{"one thing alone", nil},
	} {
		if got := listItems(c.list); !slices.Equal(got, c.want) {
			t.Errorf("listItems(%q) = %q; want %q", c.list, got, c.want)
		}
	}
}

// TestAnnouncedListItems: the list a colon announces is the answer's
// items, cut at the list's own separators, not at the commas of a list
// inside an item.
func TestAnnouncedListItems(t *testing.T) {
	e := engineOfText(t, "---\nid: harbour\nheadline: Port board backs harbour plan\npublished: 2027-05-02\n---\n"+
		"HARBOURTON — The port board approved the harbour plan on Monday after a long debate.\n"+
		"The chair said the board now had firm proposals for the quay. Both had been long awaited. There is money for each: a ferry berth for the islands and a fish market for Harbourton, Delby, and Marsh End.\n"+
		"Work is due to start in the spring, the board said.\n")
	a := mustAsk(t, e, "what proposals does the board have for the quay")
	var got []string
	for _, it := range a.Items {
		got = append(got, it.Text)
	}
	want := []string{"a ferry berth for the islands", "a fish market for Harbourton, Delby, and Marsh End"}
	if !slices.Equal(got, want) || !strings.Contains(a.Short, "ferry berth") {
		t.Errorf("short %q, items %q; want the items %q", a.Short, got, want)
	}
}

// TestAskedFigureWindowKeepsLeft: a figure's window keeps the word the
// shown phrase holds before the figure ("more *than* £200"), which says
// what the figure is, even where a window past it would hold more of the
// question's words: without it the answer loses "not pay more than".
func TestAskedFigureWindowKeepsLeft(t *testing.T) {
	e := engineOfText(t, "---\nid: park\nheadline: Holiday park counts the cost of the storm\n---\n"+
		"Shops along the seafront reopened on Monday after the storm flooded their stores.\n\n"+
		"The council said it would not pay more than £200 to each family whose caravan was damaged on the holiday park.\n")
	q := "how much will the council pay each family whose caravan was damaged on the holiday park"
	if a := mustAsk(t, e, q); !strings.Contains(a.Short, "more than £200") {
		t.Errorf("%q: short %q; want the window to keep \"more than\" before the figure", q, a.Short)
	}
}
