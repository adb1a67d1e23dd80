package lexicon

import (
	"slices"
	"testing"
)

// TestSynonyms: WordNet's synonyms of a word in its commonest sense, for
// the word as typed in any of its forms; none for a word whose synset is
// another word's rarer sense ("conference" is no first sense of "league"), nor
// for a word WordNet does not know.
func TestSynonyms(t *testing.T) {
	for w, want := range map[string]string{
		"mend": "repair", "mended": "repair", "mending": "repair", "upkeep": "maintenance",
		"injuries": "hurt",
	} {
		if got := Synonyms(w); !slices.Contains(got, want) {
			t.Errorf("Synonyms(%q) = %q; want %q among them", w, got, want)
		}
	}
	for w, not := range map[string]string{"league": "conference", "champions": "defend", "house": "firm"} {
		if got := Synonyms(w); slices.Contains(got, not) {
			t.Errorf("Synonyms(%q) = %q; want no %q (another word's rarer sense, or a rarer sense of its own)", w, got, not)
		}
	}
	if got := Synonyms("zzyzx"); got != nil {
		t.Errorf("Synonyms(zzyzx) = %q; want none", got)
	}
	if got := Forms("find"); !slices.Contains(got, "found") {
		t.Errorf("Forms(find) = %q; want found", got)
	}
}
