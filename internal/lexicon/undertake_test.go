package lexicon

import "testing"

// TestIsUndertaking: verbs of undertaking or attempting, in any form,
// are; verbs of getting or coming through, of an attempt's outcome
// (which WordNet files and frames as it does "try"), verbs whose subject
// may be a thing ("happen", "help", "serve"), and words that are no verb,
// are not.
func TestIsUndertaking(t *testing.T) {
	for w, want := range map[string]bool{
		"offer": true, "offered": true, "promise": true, "vowed": true, "agree": true, "try": true, "attempted": true,
		"get": false, "win": false, "pass": false, "survive": false, "find": false,
		"succeed": false, "succeeded": false, "fail": false, "failed": false, "manage": false, "managed": false,
		"happen": false, "help": false, "helped": false, "serve": false,
		"": false, "£": false, "café": false,
	} {
		if got := IsUndertaking(w); got != want {
			t.Errorf("IsUndertaking(%q) = %v; want %v", w, got, want)
		}
	}
}
