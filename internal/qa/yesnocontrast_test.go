package qa

import (
	"strings"
	"testing"
)

// TestYesNoWindowKeepsOpeningContrast: a yes/no question's window that
// opens on "but" (or "although", "yet") keeps it: the contrast turns its
// clause against the words before it, and that is what settles the
// question ("*but* has set no budget"), not a joining word to trim. An
// "and" that opens it is still trimmed, and so is "while", as often a time
// as a contrast (TestKeyWords' Croatia row).
func TestYesNoWindowKeepsOpeningContrast(t *testing.T) {
	const text = "The county has talked for years about a new footbridge over the river to link the two schools on either side — %s has set no budget, and the design is still unsettled."
	for _, c := range []struct{ join, want string }{
		{"but", "but has set no budget"},
		{"although it", "although it has set no budget"},
		{"yet it", "yet it has set no budget"},
		{"and", "has set no budget"},
	} {
		wantShort(t, strings.Replace(text, "%s", c.join, 1), "has the county set a budget for the footbridge", c.want)
	}
}
