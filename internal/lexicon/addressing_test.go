package lexicon

import "testing"

// TestIsAbbreviationBefore: "No." is the number sign only before a
// figure; other abbreviations are ones before any word.
func TestIsAbbreviationBefore(t *testing.T) {
	for _, tc := range []struct {
		w, next string
		want    bool
	}{
		{"No", "10 Downing Street", true},
		{"No", "\u00a010 Downing Street", true}, // past any space, as the splitter reads it (final re-read RB F2)
		{"No", "\n10 Downing Street", true},
		{"no", "Crews will check", false},
		{"no", "", false},
		{"St", "Ives", true},
		{"Gen", "Dan Caine", true},
		{"said", "Crews", false},
	} {
		if got := IsAbbreviationBefore(tc.w, tc.next); got != tc.want {
			t.Errorf("IsAbbreviationBefore(%q, %q) = %v, want %v", tc.w, tc.next, got, tc.want)
		}
	}
}
