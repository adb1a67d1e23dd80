package qa

import "testing"

// TestHeadlineQuantityHead: an overview's line of a clause too long for a
// short answer, whose subject opens on a quantity noun ("A small amount
// of …"), keeps the noun phrase the quantity is of before its verb rather
// than opening on the verb; a noun "of" a name or an article's phrase is
// no quantity.
func TestHeadlineQuantityHead(t *testing.T) {
	for text, want := range map[string]string{
		"A small amount of diesel has spilled from the stranded cargo ship Marlen Bay, officials said on Monday.": "diesel has spilled from the stranded cargo ship Marlen Bay",
		"A large number of commuters were stranded at the central station of the city overnight on Friday.":       "commuters were stranded at the central station of the city overnight",
		"A resident of the flooded village of Kessby has filed a complaint with the provincial ombudsman.":        "A resident of the flooded village of Kessby has filed a complaint",
	} {
		if got, _ := headline(text); got != want {
			t.Errorf("headline(%q) = %q; want %q", text, got, want)
		}
	}
}
