package qa

import "testing"

// TestHowDeedAfter: a manner "how" whose best-matching passage only states
// the trouble is answered by the deed of people one or two sentences after
// it in the same article (preferDeedAfter); doerDeed reads a noun for
// people or a body of them at the head of the sentence followed by a verb
// that is not one of saying.
func TestHowDeedAfter(t *testing.T) {
	for text, want := range map[string]bool{
		"Volunteers from the rowing club dragged sandbags to the gate before dawn.": true,
		"Plumbers then replaced the cracked main in six hours.":                     true,
		"The council had to close the pool for a week.":                             true,
		"Residents said the water tasted of metal.":                                 false,
		"A pipe under the school burst on Monday night.":                            false,
		"Heavy rain flooded the lower car park.":                                    false,
		// a passive tells what befell them, not what they did; a
		// one-word "from" phrase stops before the deed (final re-read
		// RR B3, B4)
		"Two workers were injured as the gas spread along the street.": false,
		"Engineers were pumping the water out by noon.":                true,
		"Crews from Kyiv repaired the line overnight.":                 true,
		"The utility said crews would work through the night.":         false,
		// a verb of saying in -ing, by its base ("warning": warn; final read FG9)
		"Engineers were warning residents to leave.": false,
	} {
		if got := doerDeed(text); got != want {
			t.Errorf("doerDeed(%q) = %v; want %v", text, got, want)
		}
	}
	e := engineOfText(t, `---
id: pipe
headline: Burst main floods school yard in Ardley
---
A water main under the Ardley school yard burst on Monday night and water spread across the playground into the hall.

The head teacher said the hall floor was ruined and lessons moved to the church.

Plumbers from the county depot dug a trench along the fence and pumped the yard dry by morning.

Parents will be told on Friday when the hall reopens.
`)
	wantTop(t, e, "how did they stop the water spreading in the school", "Plumbers from the county depot", false)
}
