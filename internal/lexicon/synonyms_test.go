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

// TestPhrasalSynonyms: a verb of several words WordNet lists, the verb in
// any form, matches its single-word synonyms in its commonest sense, the
// longest phrase first; a verb and words WordNet does not list as one
// have none.
func TestPhrasalSynonyms(t *testing.T) {
	for _, c := range []struct {
		verb string
		next []string
		want string
	}{
		{"stepped", []string{"down", "on", "friday"}, "resign"},
		{"came", []string{"down"}, "fall"},
		{"looking", []string{"into", "it"}, "investigate"},
		{"set", []string{"up", "a", "ward"}, "establish"},
		{"backed", []string{"out", "of", "the", "deal"}, "withdraw"}, // its second sense, which WordNet's tagged texts never saw
	} {
		if got := PhrasalSynonyms(c.verb, c.next); !slices.Contains(got, c.want) {
			t.Errorf("PhrasalSynonyms(%q, %q) = %q; want %q among them", c.verb, c.next, got, c.want)
		}
	}
	if got := PhrasalSynonyms("stepped", []string{"onto", "the", "stage"}); got != nil {
		t.Errorf("PhrasalSynonyms(stepped onto the stage) = %q; want none", got)
	}
}

// TestPhrasalSynonymsN: the count is of the words the longest phrase
// WordNet lists takes, though a shorter one means the same ("chip away
// at", "chip away"); none where it lists none.
func TestPhrasalSynonymsN(t *testing.T) {
	for _, c := range []struct {
		verb  string
		next  []string
		wantN int
	}{
		{"chipping", []string{"away", "at", "the", "wall"}, 2},
		{"chipped", []string{"away"}, 1},
		{"looking", []string{"into", "it"}, 1},
		{"stepped", []string{"onto", "the", "stage"}, 0},
		{"stepped", nil, 0},
		{"", []string{"down"}, 0},
	} {
		syn, n := PhrasalSynonymsN(c.verb, c.next)
		if n != c.wantN || (n > 0) != (len(syn) > 0) {
			t.Errorf("PhrasalSynonymsN(%q, %q) = %q, %d; want %d words", c.verb, c.next, syn, n, c.wantN)
		}
	}
}

// TestPhrasalRegularForms: the verb of a phrasal verb is found in its
// regular inflections though English uses it mostly as a noun ("signed
// up", "showed up": "sign" and "show" are not among verbs.txt's words).
func TestPhrasalRegularForms(t *testing.T) {
	for _, c := range []struct {
		verb, next, want string
	}{
		{"signed", "up", "sign"},
		{"showed", "up", "surface"},
		{"showing", "up", "surface"},
	} {
		if got := PhrasalSynonyms(c.verb, []string{c.next}); !slices.Contains(got, c.want) {
			t.Errorf("PhrasalSynonyms(%q, %q) = %q; want %q among them", c.verb, c.next, got, c.want)
		}
	}
}
