package lexicon

import (
	"slices"
	"testing"
)

// TestRelated: a verb's troponyms and an adjective's similar ones in its
// commonest sense, for the word in any of its forms; not its hypernyms,
// and none for a word WordNet does not know or an empty one.
func TestRelated(t *testing.T) {
	for _, c := range []struct{ w, rel, want string }{
		{"search", Troponym, "scour"}, {"searched", Troponym, "scour"}, {"walked", Troponym, "stride"},
		{"dangerous", Similar, "perilous"}, {"wet", Similar, "soggy"},
	} {
		if got := Related(c.w, c.rel); !slices.Contains(got, c.want) {
			t.Errorf("Related(%q, %q) = %q; want %q among them", c.w, c.rel, got, c.want)
		}
	}
	if got := Related("walk", Troponym); slices.Contains(got, "travel") {
		t.Errorf("Related(walk, Troponym) = %q; want no travel (its hypernym)", got)
	}
	for _, w := range []string{"zzyzx", "", "café"} {
		if got := Related(w, Similar); got != nil {
			t.Errorf("Related(%q, Similar) = %q; want none", w, got)
		}
	}
}
