package lexicon

import "testing"

// TestIsThinkingVerb reads WordNet's verbs of thinking and belief in any
// form, and no verb of another kind.
func TestIsThinkingVerb(t *testing.T) {
	for w, want := range map[string]bool{
		"thinks": true, "thought": true, "believed": true, "reckons": true, "doubts": true,
		"toured": false, "said": false, "goes": false, "depot": false, "": false,
	} {
		if got := IsThinkingVerb(w); got != want {
			t.Errorf("IsThinkingVerb(%q) = %v; want %v", w, got, want)
		}
	}
}
