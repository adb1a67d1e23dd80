package qa

import (
	"strings"
	"testing"
)

// TestCallsByNameHead: a name typed without its common noun ("the
// tolvern") is spoken of by a passage that calls it by the noun its
// article writes after the name ("the Tolvern Bridge" … "the bridge").
func TestCallsByNameHead(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Tolvern Bridge shut after cracks found
---
Engineers closed the Tolvern Bridge on Monday after finding cracks in two of its steel beams.

Marsh Coaches, the town's main bus company, said seven of its routes normally used the bridge.
`)
	a := mustAsk(t, e, "how many bus routes normally go over the tolvern")
	if !a.Answered || !strings.Contains(a.Short, "seven") {
		t.Errorf("answer = %+v; want the seven routes", a)
	}
}
