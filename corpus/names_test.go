package corpus

import (
	"slices"
	"testing"
)

// TestTokenizeNumberSign: "No." before a figure keeps its period as one
// word past any space, a no-break space or a line break as a plain one,
// as the sentence splitter reads it (final re-read RB F2); before a word
// its period is a mark of its own.
func TestTokenizeNumberSign(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"See No. 10 Downing St", []string{"See", "No.", "10", "Downing", "St"}},
		{"See No.\u00a010 Downing St", []string{"See", "No.", "10", "Downing", "St"}},
		{"See No.\n10 Downing St", []string{"See", "No.", "10", "Downing", "St"}},
		{"She said no. Crews left", []string{"She", "said", "no", ".", "Crews", "left"}},
	} {
		var got []string
		for _, tok := range tokenize(tc.in) {
			got = append(got, tok.text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("tokenize(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}
