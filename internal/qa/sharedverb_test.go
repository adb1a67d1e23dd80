package qa

import (
	"strings"
	"testing"
)

// firstCoordination is the first coordination of text its items are
// printed from ("a | b | c"), "" for none.
func firstCoordination(text string) string {
	cos := coordinations(text)
	if len(cos) == 0 {
		return ""
	}
	var items []string
	for _, it := range cos[0].items {
		items = append(items, text[it.start:it.end])
	}
	return strings.Join(items, " | ")
}

// TestCoordinationSharedVerb: a verb after "to" or an auxiliary that
// opens the first of three conjuncts or more, the others noun phrases,
// takes the whole list as its object and is no part of the first item; a
// list of deeds, a later conjunct opening on a verb with more after it,
// keeps it, and so does a participle or noun that qualifies the first
// noun, no "to" or auxiliary before it. A passive participle with "by"
// after the last item opens a phrase of its own.
func TestCoordinationSharedVerb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The province will spend $80 million to help households, farms and schools.", "households | farms | schools"},
		{"The province will spend $80 million to help households, farms and schools hit by the storm.", "households | farms | schools"},
		{"The depot will cut routes, close depots and sell buses.", "cut routes | close depots | sell buses"},          // deeds
		{"Teams came with listening devices, thermal cameras and saws.", "listening devices | thermal cameras | saws"}, // a participle qualifies
		{"It cost the town in lost trade, late deliveries and wasted hours.", "lost trade | late deliveries | wasted hours"},
		{"Volunteers will help households and farms.", "help households | farms"},                                                  // a pair: no list to read the verb off
		{"He blamed the delays on supply problems, bad weather and late permits.", "supply problems | bad weather | late permits"}, // a noun's modifier, no "to" or auxiliary before it
		{"The fund will pay households, farms and schools.", "households | farms | schools"},                                       // after an auxiliary
		{"The storm has closed roads, bridges and schools.", "roads | bridges | schools"},                                          // a participle after its auxiliary
	} {
		if got := firstCoordination(c.text); got != c.want {
			t.Errorf("coordinations(%q) = %q; want %q", c.text, got, c.want)
		}
	}
}

// TestHeadlinePastNounList: an overview's line is not cut at a comma that
// divides the items of a list of nouns; it runs to the list's end.
func TestHeadlinePastNounList(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"HALDEN — The province will spend $80 million to help households, farms and schools hit by the storm in the Orm valley, officials said on Friday.",
			"The province will spend $80 million to help households, farms and schools"},
		{"The province will spend $80 million on the valley, officials said on Friday, as the storm moved east.",
			"The province will spend $80 million on the valley"}, // a comma that breaks the clause
		{"Crews will shut the ferry lanes, divert buses and inspect every pier in the old harbour over the next week.",
			"Crews will shut the ferry lanes"}, // deeds, each its own clause
	} {
		if got, _ := headline(c.text); got != c.want {
			t.Errorf("headline(%q) = %q; want %q", c.text, got, c.want)
		}
	}
}
