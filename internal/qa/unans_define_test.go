package qa

import (
	"context"
	"testing"
)

// TestMeaningAskedInChat: chat's "whats X mean" is "what does X mean", so
// it reads X as the term to define (definedTerm); with "a"/"an" before X
// it asks what a kind of thing is (asksMeaning): answered with a passage
// that says what X is, declined where the passages only use X. "whats X
// mean for Y" asks what X brings Y and defines nothing.
func TestMeaningAskedInChat(t *testing.T) {
	e := howEngine(t, "The old river bridge at Dornach was closed on Monday after inspectors found its deck had sagged by 30 centimetres.\n\n"+
		"A cable ferry, a flat boat pulled across the water along a steel rope, will carry cyclists and walkers while the bridge is shut.\n\n"+
		"The council said the ferry service across the river would run every twenty minutes while the bridge stayed shut.\n\n"+
		"Kerr said the ferry service was the quickest way across.\n\n"+
		"Shops near the bridge said the closure was a blow to the town, and the council said it would decide on a repair in the spring.")
	for _, c := range []struct {
		typed, term string
	}{
		{"whats ground water mean", "ground water"},
		{"whats a quorum mean in a club vote", "quorum"},
		{"whats the closure mean for the town", ""},
		{"whats the closure mean to shops", ""},
	} {
		if got := definedTerm(new(e.analyse(c.typed))); got != c.term {
			t.Errorf("definedTerm(%q) = %q; want %q", c.typed, got, c.term)
		}
	}
	// "mean" after a determiner and "means" are no verb of meaning: the
	// question is no "what's X mean".
	for _, typed := range []string{"what is the mean depth of the river", "whats the means of crossing"} {
		if i := meanAfterIs(new(e.analyse(typed)).words); i != 0 {
			t.Errorf("meanAfterIs(%q) = %d; want 0", typed, i)
		}
	}
	for _, c := range []struct {
		q        string
		answered bool
	}{
		{"whats a cable ferry mean", true},
		{"whats a ferry service mean in this", false},
	} {
		a, err := e.Ask(context.Background(), c.q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Answered != c.answered {
			t.Errorf("%q: answered %v, want %v (%q)", c.q, a.Answered, c.answered, a.Short)
		}
	}
}
