package main

import (
	"slices"
	"testing"
)

// TestAntonyms: WordNet's lexical antonym pointer ("!", source and target
// lemma numbers in its last four hex digits) gives a pair both ways, of
// the very lemmas it names; a lemma of several words or one the
// embeddings lack makes none, and other pointers make none.
func TestAntonyms(t *testing.T) {
	data := []byte(`  1 licence text, skipped
00000001 00 a 02 open 0 unfastened 0 002 ! 00000002 a 0101 & 00000003 a 0000 | not shut
00000002 00 a 02 closed 0 shut 0 001 ! 00000001 a 0101 | not open
00000003 00 a 01 ajar 0 001 ! 00000004 a 0101 | a little open
00000004 00 a 01 wide_shut 0 000 | made up
00000005 00 v 02 rise 0 zorch 0 002 ! 00000006 v 0101 ! 00000006 v 0201 | go up
00000006 00 v 01 fall 0 000 | go down
`)
	known := func(w string) bool { return w != "zorch" }
	got := map[string][]string{}
	antonyms(data, known, got)
	for w := range got {
		got[w] = slices.Compact(slices.Sorted(slices.Values(got[w])))
	}
	want := map[string][]string{"open": {"closed"}, "closed": {"open"}, "rise": {"fall"}, "fall": {"rise"}}
	if len(got) != len(want) {
		t.Errorf("antonyms %q; want %q", got, want)
	}
	for w, a := range want {
		if !slices.Equal(got[w], a) {
			t.Errorf("%s: %q; want %q", w, got[w], a)
		}
	}
}
