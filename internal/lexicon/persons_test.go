package lexicon

import "testing"

func TestIsPersonNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"guy": true, "lady": true, "ladies": true, "expert": true, "officials": true,
		"people": true, "person": true, "policemen": true, "witnesses": true, "kid": true,
		"thing": false, "good": false, "team": false, "country": false, "every": false,
		"aaron": false, "": false, "stadium": false,
	} {
		if got := IsPersonNoun(w); got != want {
			t.Errorf("IsPersonNoun(%q) = %v; want %v", w, got, want)
		}
	}
}
