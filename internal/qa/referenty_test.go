package qa

import (
	"context"
	"strings"
	"testing"
)

// TestItIsNoIndefinite: after a yes/no question whose object an
// indefinite pronoun heads ("did the mayor do anything for …"), a
// follow-up's "it" is not that object; after one whose object a noun
// heads, it still is.
func TestItIsNoIndefinite(t *testing.T) {
	e := whyEngine(t, "The Marsby mayor opened the town hall as a shelter for stranded travellers. "+
		"The hall could take about 300 people, and volunteers handed out blankets.")
	ctx := context.Background()
	prev := "did the marsby mayor do anything for stranded travellers"
	if a, err := e.Ask(ctx, prev); err != nil || !tellsDeed(a.found()) {
		t.Fatalf("%s: %q, %v; want a clause answering (the test's premise)", prev, a.found(), err)
	}
	// "it" stands for neither "anything" nor the clause that answered
	// ("mayor opened the town hall …"), but for what the answer's deed was
	// done to, the town hall (deedObject; TestItIsDeedObject asserts it)
	got := e.Resolve(ctx, "how many people could it take", prev)
	if !strings.Contains(got, "could the town hall take") || strings.Contains(got, "could anything") || strings.Contains(got, "opened") {
		t.Errorf("read as %q; want \"it\" (after \"could\") read as the town hall: not \"anything …\", not the answer's clause", got)
	}
	got = e.Resolve(ctx, "how many people could it take", "did the marsby mayor open a shelter")
	if !strings.Contains(got, "a shelter") {
		t.Errorf("read as %q; want \"it\" read as a shelter", got)
	}
}
