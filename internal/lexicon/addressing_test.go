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

// TestPastOpeners: a word is read past the last mark that opens it, a
// bracket, a quotation mark or a closed dash, whatever its width in bytes.
func TestPastOpeners(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"(U.S", "U.S"},
		{"commander—Gen", "Gen"},
		{"“Mr", "Mr"},
		{"(“Dr", "Dr"},
		{"D'A", "A"},
		{"«Gen", "Gen"},
		{"Gen", "Gen"},
		{"(", ""},
		{"", ""},
	} {
		if got := PastOpeners(tc.w); got != tc.want {
			t.Errorf("PastOpeners(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
}
