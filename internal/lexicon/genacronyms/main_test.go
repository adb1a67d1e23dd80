package main

import (
	"slices"
	"testing"
)

// TestAcronyms: an acronym is kept with the lemma of its synset whose
// initials spell it, not with another ("chief operating officer"), and a
// synset with no acronym, or one whose lemmas do not spell it, gives none.
func TestAcronyms(t *testing.T) {
	data := []byte(`  1 licence text, skipped
09935806 18 n 03 chief_executive_officer 0 CEO 0 chief_operating_officer 0 001 @ 09985785 n 0000 | an officer
00000002 18 n 02 Cat 0 true_cat 0 000 | an animal
00000003 18 n 02 USA 0 America 0 000 | a country
`)
	got := acronyms(data)
	if want := []string{"ceo chief executive officer"}; !slices.Equal(got, want) {
		t.Errorf("acronyms = %q; want %q", got, want)
	}
}
