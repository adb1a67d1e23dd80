package qa

import "testing"

// TestHeadlineLongApposition: an overview's line keeps a short subject and
// what is said of it past a long apposition that opens on its article,
// though a word of it is a verb elsewhere ("the busiest *shopping*
// road …"), and a present verb where it stands ends the subject ("…
// Castle Street *say* they fear …"); not the apposition alone, nor the
// clause from an auxiliary further on.
func TestHeadlineLongApposition(t *testing.T) {
	for text, want := range map[string]string{
		"HARWICK — Shopkeepers on Elm Street, the busiest shopping road on the route of Ashby's new tram line, say they fear they will not survive the building works, which the council expects to last two years.": "Shopkeepers on Elm Street say they fear they will not survive",
	} {
		if got, _ := headline(text); got != want {
			t.Errorf("headline(%q) = %q; want %q", text, got, want)
		}
	}
}
