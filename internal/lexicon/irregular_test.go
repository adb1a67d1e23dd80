package lexicon

import (
	"slices"
	"testing"
)

// TestInflected: an irregular form gives its bases, a base or a regular
// form gives none.
func TestInflected(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want []string
	}{
		{"dealt", []string{"deal"}},
		{"children", []string{"child"}},
		{"sent", []string{"send"}},
		{"deal", nil},
		{"pledged", nil},
	} {
		if got := Inflected(tc.w); !slices.Equal(got, tc.want) {
			t.Errorf("Inflected(%q) = %q; want %q", tc.w, got, tc.want)
		}
	}
}
