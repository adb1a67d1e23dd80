package qa

import (
	"strings"
	"testing"
)

// TestDefinitionSpacing: a name spelled out before its initials, and the
// description set before a name, are found where they open in the text
// whatever white space joins their words (a double space, a tab, a
// no-break space), not only single spaces.
func TestDefinitionSpacing(t *testing.T) {
	for _, gap := range []string{" ", "  ", "\t", "\u00a0"} {
		before := "according to the" + gap + "ship’s  owner, Oslo-based "
		if got := appositionBefore(before); got != len("according to ") {
			t.Errorf("appositionBefore(%q) = %d; want %d, where \"the ship’s owner\" opens", before, got, len("according to "))
		}
		e := engineOfText(t, "---\nid: t\nheadline: Quay\n---\nThe quay operator, Marrowby Quay"+gap+"Services (MQS), said the cranes would stay idle until Friday.\n")
		if a := mustAsk(t, e, "who are MQS"); !strings.Contains(a.Short, "Marrowby Quay") {
			t.Errorf("who are MQS (gap %q): short %q; want the name spelled out", gap, a.Short)
		}
	}
}
