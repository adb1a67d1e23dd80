package qa

import (
	"context"
	"strings"
	"testing"
)

// TestItIsNoClauseAnswer: a follow-up's "it" stands for a previous answer
// too long or too punctuated to read as a short noun phrase where it is a
// list ("three blankets, bottled water, …", a participle before its noun
// no verb), but not for one that is
// a clause, a subject and its verb ("mayor opened the town hall …"), which
// tells what happened and names no thing.
func TestItIsNoClauseAnswer(t *testing.T) {
	e := whyEngine(t, "The Marsby mayor opened the town hall as a shelter for stranded travellers. "+
		"The hall could take about 300 people. The relief packs held three blankets, bottled water, a torch and a radio. "+
		"The packs cost the council 40 pounds each.")
	ctx := context.Background()
	prev := "what did the relief packs hold"
	if a, err := e.Ask(ctx, prev); err != nil || nounPhraseLike(a.found()) || tellsDeed(a.found()) {
		t.Fatalf("%s: %q, %v; want a list, no short noun phrase and no clause (the test's premise)", prev, a.found(), err)
	}
	if got := e.Resolve(ctx, "how much did it cost", prev); !strings.Contains(got, "did three blankets, bottled water, a torch and a radio cost") {
		t.Errorf("read as %q; want \"it\" read as the list that answered", got)
	}
	prev = "did the marsby mayor do anything for stranded travellers"
	if got := e.Resolve(ctx, "how many people could it take", prev); strings.Contains(got, "opened the town hall") {
		t.Errorf("read as %q; want \"it\" not read as the clause that answered", got)
	}
}

// TestTellsDeed: an answer is a clause where a verb in the past takes its
// object, a preposition or nothing after it; a participle before its noun
// makes none.
func TestTellsDeed(t *testing.T) {
	for _, c := range []struct {
		answer string
		deed   bool
	}{
		{"The Marsby mayor opened the town hall as a shelter", true},
		{"the packs held three blankets", true},
		{"the ferry arrived on Monday", true},
		{"the mayor is in Brussels", true},
		{"blankets, bottled water and canned food", false},
		{"three injured firefighters and a damaged fire engine", false},
		{"the flooded Westgate underpass", false},
	} {
		if got := tellsDeed(c.answer); got != c.deed {
			t.Errorf("tellsDeed(%q) = %v, want %v", c.answer, got, c.deed)
		}
	}
}
