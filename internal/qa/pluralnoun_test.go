package qa

import "testing"

// TestPluralNoun: a noun's plural is spelt with an "-s" that is no "-ss",
// no possessive (straight or curly apostrophe) and no closed-class word
// ending in "s" ("was", "this", "its", "does"), nor a short word ("bus").
func TestPluralNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"crews":   true,
		"ladies":  true,
		"allies":  true,
		"press":   false,
		"pilot's": false,
		"mayor’s": false,
		"was":     false,
		"has":     false,
		"this":    false,
		"its":     false,
		"does":    false,
		"bus":     false,
		"s":       false,
		"":        false,
		"é’s":     false,
	} {
		if got := pluralNoun(w); got != want {
			t.Errorf("pluralNoun(%q) = %v; want %v", w, got, want)
		}
	}
}
