package lexicon

import "testing"

// TestIsUndertaking: verbs of undertaking, in any form, are; verbs of
// getting or coming through, and words that are no verb, are not.
func TestIsUndertaking(t *testing.T) {
	for w, want := range map[string]bool{
		"offer": true, "offered": true, "promise": true, "vowed": true, "agree": true,
		"get": false, "win": false, "pass": false, "survive": false, "find": false,
		"": false, "£": false, "café": false,
	} {
		if got := IsUndertaking(w); got != want {
			t.Errorf("IsUndertaking(%q) = %v; want %v", w, got, want)
		}
	}
}
