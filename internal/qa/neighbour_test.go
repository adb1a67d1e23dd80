package qa

import (
	"strings"
	"testing"
)

// TestFigureInNextSentence: where the best-matched sentence lacks the
// figure or the date asked for, the sentence after it, which goes on with
// what it names ("The company said …", across a paragraph break), answers
// with it; the sentence before it does not ("The coastal agency put the
// depth … at 2.1 metres" before "The Harbourline observatory measured …":
// another's figure).
func TestFigureInNextSentence(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Insurers count the cost of the storm
---
Harbourline Mutual, the region's largest home insurer, estimated on Thursday that insured losses from the storm would reach about $90 million.

The company said it had received 2,400 claims by Friday evening, most of them for flooded basements.

Crews cleared the coastal road on Friday.
`)
	if a, err := e.Ask(t.Context(), "how many claims has harbourline had so far"); err != nil || !a.Answered || !strings.Contains(a.Short, "2,400 claims") {
		t.Errorf("claims: %q (answered %v), %v; want 2,400 claims", a.Short, a.Answered, err)
	}
	e = engineOfText(t, `---
id: t
headline: Storm surge floods the harbour
---
The storm surge flooded the harbour on Thursday night.

The coastal agency put the depth of the surge at 2.1 metres. The Harbourline observatory measured the surge on Thursday night.
`)
	if a, err := e.Ask(t.Context(), "how deep did the harbourline observatory say the surge was"); err != nil || a.Answered {
		t.Errorf("depth: answered %q, %v; want declined (the agency's figure, in the sentence before)", a.Short, err)
	}
}
