package qa

import (
	"strings"
	"testing"
)

// TestSettledInNextSentence: a yes/no question the top sentence does not
// settle, shown with the sentence after it, which points back to it and
// holds a word of the question the top lacks ("It marked the first time
// …"), is answered with that sentence's words; where the sentence after
// holds nothing more of the question, with the top's.
func TestSettledInNextSentence(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Alliance meets in Lisbon
---
Ministers from eleven countries met in Lisbon on Tuesday to agree a shared plan for the fishing grounds.

The meeting was also attended by trade envoys Mara Olsen and Piet Dekker. It marked the first time the envoys had joined the alliance's talks.
`)
	for q, want := range map[string]string{
		"was it the first time olsen and dekker attended?": "first time the envoys had joined",
		"did olsen and dekker attend the meeting":          "attended by trade envoys Mara Olsen and Piet Dekker",
	} {
		if a, err := e.Ask(t.Context(), q); err != nil || !a.Answered || !strings.Contains(a.Short, want) {
			t.Errorf("%s: %q (answered %v), %v; want %q", q, a.Short, a.Answered, err, want)
		}
	}
}
