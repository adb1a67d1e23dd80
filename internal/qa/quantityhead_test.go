package qa

import "testing"

// TestHeadlineQuantityHead: an overview's line of a clause too long for a
// short answer, whose subject opens on a quantity noun ("A small amount
// of …"), keeps the noun phrase the quantity is of before its verb rather
// than opening on the verb; a noun "of" a name or an article's phrase is
// no quantity, nor a person ("A member of parliament …": the
// verb is said without it, as before quantityHead, never "parliament …").
func TestHeadlineQuantityHead(t *testing.T) {
	for text, want := range map[string]string{
		"A small amount of diesel has spilled from the stranded cargo ship Marlen Bay, officials said on Monday.": "diesel has spilled from the stranded cargo ship Marlen Bay",
		"A large number of commuters were stranded at the central station of the city overnight on Friday.":       "commuters were stranded at the central station of the city overnight",
		"A resident of the flooded village of Kessby has filed a complaint with the provincial ombudsman.":        "A resident of the flooded village of Kessby has filed a complaint",
		"A handful of the residents has left the flooded village of Kessby for the town this week.":               "has left the flooded village of Kessby for the town this week",
		"A stretch of Castle Street has been closed to traffic until the end of the month.":                       "has been closed to traffic until the end of the month",
		"A member of parliament for Harwick has called for an inquiry into the closure of the bridge.":            "has called for an inquiry into the closure of the bridge",
		"A senior member of staff has resigned over the handling of the closure of the bridge.":                   "has resigned over the handling of the closure of the bridge",
	} {
		if got, _ := headline(text); got != want {
			t.Errorf("headline(%q) = %q; want %q", text, got, want)
		}
	}
}
