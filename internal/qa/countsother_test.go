package qa

import (
	"strings"
	"testing"
)

// TestCountsForOther: a "how many" top whose figure counts something
// other than the noun asked about yields to a passage, nearly as well
// matched, whose figure counts that noun.
func TestCountsForOther(t *testing.T) {
	e := engineOfText(t, `---
id: s
headline: Harbour storm
---
BRANTWICK — High winds closed Brantwick harbour on Monday, and the number of fishing boats kept in the harbour rose to 40, the harbour master said on Monday.

Schools in the town stayed open.

The port said two more ferries had arrived from Oslo in the harbour, bringing the total of ferries to nine.
`)
	a := mustAsk(t, e, "how many ferries were in the harbour on monday")
	if !a.Answered || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "ferries") {
		t.Errorf("how many ferries: answered %v, %+v; want the passage counting ferries", a.Answered, a.Passages)
	}
}
