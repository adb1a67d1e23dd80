package main

import (
	"slices"
	"testing"
)

// TestSynonyms: two words are synonyms when a synset is among the first
// senses of both ("repair" and "mend"), not when it is a later sense of
// one ("fix", whose first sense is another), unless as many senses count;
// a word of many, or one the embeddings lack, is left out.
func TestSynonyms(t *testing.T) {
	data := []byte(`  1 licence text, skipped
00000001 30 v 04 repair 0 mend 0 fix 0 touch_on 0 000 | restore
00000002 31 v 03 fix 0 specify 0 Zorch 0 000 | decide
`)
	index := []byte(`  1 licence text, skipped
repair v 1 0 1 1 00000001
mend v 1 0 1 1 00000001
fix v 2 1 @ 2 2 00000002 00000001
specify v 1 0 1 0 00000002
`)
	known := func(w string) bool { return w != "specify" }
	for senses, want := range map[int]map[string][]string{
		1: {"repair": {"mend"}, "mend": {"repair"}},
		2: {"repair": {"mend", "fix"}, "mend": {"repair", "fix"}, "fix": {"repair", "mend"}},
	} {
		got := map[string][]string{}
		synonyms(data, index, senses, 1, known, got)
		for w := range got {
			slices.Sort(got[w])
		}
		for w := range want {
			slices.Sort(want[w])
		}
		if len(got) != len(want) {
			t.Errorf("senses %d: %q; want %q", senses, got, want)
		}
		for w, s := range want {
			if !slices.Equal(got[w], s) {
				t.Errorf("senses %d: %s: %q; want %q", senses, w, got[w], s)
			}
		}
	}
}

// TestPhrasalSynonyms: a verb of several words ("step_down") has for
// synonyms the single words of its first sense the embeddings know, though
// that sense is not their own first ("resign"); a noun of several words,
// or a lemma of anything but letters, has none.
func TestPhrasalSynonyms(t *testing.T) {
	data := []byte(`  1 licence text, skipped
00000001 30 v 03 resign 0 step_down 0 Zorch 0 000 | leave office
00000002 31 v 01 resign 0 000 | give up a claim
00000003 05 n 02 fire_brigade 0 brigade 0 000 | a company of firefighters
`)
	index := []byte(`  1 licence text, skipped
resign v 2 0 2 2 00000002 00000001
step_down v 1 0 1 1 00000001
fire_brigade n 1 0 1 1 00000003
brigade n 1 0 1 1 00000003
step_2_down v 1 0 1 1 00000001
`)
	got := map[string][]string{}
	synonyms(data, index, 1, 1, func(w string) bool { return w != "zorch" }, got)
	if !slices.Equal(got["step_down"], []string{"resign"}) {
		t.Errorf("step_down: %q; want [resign]", got["step_down"])
	}
	for _, w := range []string{"fire_brigade", "step_2_down", "resign"} {
		if got[w] != nil {
			t.Errorf("%s: %q; want none", w, got[w])
		}
	}
}

// TestPhrasalHypernyms: a sense of a verb of several words whose synset
// holds no single word the embeddings know ("turn_up", "show_up") gives its
// hypernym's single words ("appear"); its second sense counts too, though
// WordNet's tagged texts never saw it (they seldom tag phrasal verbs), a
// third not.
func TestPhrasalHypernyms(t *testing.T) {
	data := []byte(`  1 licence text, skipped
00000001 30 v 01 appear 0 000 | come into sight
00000002 30 v 02 turn_up 0 show_up 0 001 @ 00000001 v 0000 | arrive somewhere
00000003 30 v 02 show_up 0 reveal 0 000 | make visible
00000004 30 v 02 show_up 0 embarrass 0 000 | put to shame
`)
	index := []byte(`  1 licence text, skipped
show_up v 3 1 @ 3 1 00000002 00000003 00000004
`)
	got := map[string][]string{}
	synonyms(data, index, 1, 2, func(string) bool { return true }, got)
	slices.Sort(got["show_up"])
	if want := []string{"appear", "reveal"}; !slices.Equal(got["show_up"], want) {
		t.Errorf("show_up: %q; want %q", got["show_up"], want)
	}
}
