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
	got := e.Resolve(ctx, "how many people could it take", "did the marsby mayor do anything for stranded travellers")
	if strings.Contains(got, "could anything") {
		t.Errorf("read as %q; want \"it\" (after \"could\") not read as \"anything …\"", got)
	}
	got = e.Resolve(ctx, "how many people could it take", "did the marsby mayor open a shelter")
	if !strings.Contains(got, "a shelter") {
		t.Errorf("read as %q; want \"it\" read as a shelter", got)
	}
}
