package qa

import (
	"strings"
	"testing"
)

// TestSpeakerBelowNarration: "why does X say …" where the best passage is
// narration that names X but where no one speaks, and X's own words stand
// in a passage nearly as well matched, is answered from X's words
// (speakerBelow), cited there, not from the narration.
func TestSpeakerBelowNarration(t *testing.T) {
	theirs := "She said that without the radio mast, boats in distress off the point could not reach the keepers at night."
	e := howEngine(t, "The lighthouse keepers at Brennock Point need a new radio mast, and Ada Okafor, the harbour engineer, will put the mast to the harbour board in March.\n\n"+
		"Okafor visited the lighthouse keepers on Monday. "+theirs+"\n\n"+
		"The lighthouse has stood on the point since 1871.")
	q := "why does okafor say the lighthouse keepers need the radio mast"
	a := mustAsk(t, e, q)
	if !a.Answered || a.Short == "" || !strings.Contains(theirs, a.Short) || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, theirs) {
		t.Errorf("%s: answered %v %q from %v; want a piece of %q, cited", q, a.Answered, a.Short, a.Passages[:min(len(a.Passages), 1)], theirs)
	}
}
