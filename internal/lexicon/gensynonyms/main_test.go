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
		synonyms(data, index, senses, known, got)
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
