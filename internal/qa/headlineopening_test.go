package qa

import (
	"strings"
	"testing"
)

// TestHeadlineOpeningNouns: an opening phrase whose words English also
// uses as verbs reads them as nouns where a determiner's phrase holds
// them ("into the rail strike", "the dock"): no verb, so the line is the
// clause after it, not the phrase; an opening with a verb where it
// stands is kept.
func TestHeadlineOpeningNouns(t *testing.T) {
	for _, tc := range []struct{ text, holds, not string }{
		{"Two weeks into the rail strike, the walkout at the Dunmore depot is being felt across the valley, with shops closing early.", "being felt across the valley", "Two weeks"},
		{"A month after the dock fire, the harbour has reopened to ferries.", "has reopened", "dock fire"},
		{"Crews worked through the night, the council said on Friday.", "Crews worked", ""},
		{"The tram drivers walk out at dawn, the union said on Monday.", "drivers walk out", ""}, // a plural's verb in the base form, a word mostly a noun
		{"", "", ""},
		{"é, ’ —", "", ""},
	} {
		got, _ := headline(tc.text)
		if !strings.Contains(got, tc.holds) || tc.not != "" && strings.Contains(got, tc.not) {
			t.Errorf("headline(%q) = %q; want it to hold %q and not %q", tc.text, got, tc.holds, tc.not)
		}
	}
}
