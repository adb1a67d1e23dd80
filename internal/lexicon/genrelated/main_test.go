package main

import (
	"slices"
	"testing"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

// TestRelated: each relation is read from a word's first sense only, a
// related word counts when the synset is among its own first senses
// (derived forms, a pointer between two lemmas, need not), a verb's
// siblings are its hypernym's other troponyms, a second sense
// counts when tagged nearly as often as the first, and a word the
// embeddings lack is left out.
func TestRelated(t *testing.T) {
	n := newNet()
	n.readData("v", []byte(`  1 licence text, skipped
00000001 38 v 02 hunt 0 search 0 003 @ 00000009 v 0000 ~ 00000002 v 0000 + 00000005 n 0202 | look for
00000002 38 v 02 scour 0 comb 0 000 | search thoroughly
00000003 38 v 02 search 0 ransack 0 000 | a second sense
00000009 38 v 01 seek 0 002 ~ 00000001 v 0000 ~ 00000010 v 0000 | try to find
00000004 38 v 01 frisk 0 000 | search a person
00000010 38 v 01 probe 0 001 @ 00000009 v 0000 | explore
`))
	n.readData("n", []byte(`  1 licence text, skipped
00000005 04 n 02 hunting 0 searcher 0 000 | the act
`))
	n.readData("a", []byte(`  1 licence text, skipped
00000006 00 a 01 wet 0 002 & 00000007 a 0000 & 00000008 a 0000 | covered in water
00000007 00 s 01 soggy 0 001 & 00000006 a 0000 | soaked
00000008 00 s 01 damp 0 001 & 00000006 a 0000 | a little wet
`))
	n.readIndex("v", []byte(`  1 licence text, skipped
search v 2 0 2 2 00000001 00000003
hunt v 1 0 1 1 00000001
scour v 1 0 1 1 00000002
comb v 2 0 2 0 00000004 00000003
seek v 1 0 1 1 00000009
probe v 1 0 1 1 00000010
ransack v 1 0 1 1 00000003
`))
	n.readIndex("n", []byte("  1 licence\nsearcher n 1 0 1 1 00000005\nhunting n 1 0 1 1 00000005\n"))
	n.readIndex("a", []byte("  1 licence\nwet a 1 0 1 1 00000006\nsoggy a 1 0 1 1 00000007\ndamp a 1 0 1 1 00000008\n"))
	n.tags = npmsrc.WordNetTags([]byte("search%2:38:00:: 00000001 1 10\nsearch%2:38:01:: 00000003 2 6\n"))
	known := func(w string) bool { return w != "damp" }
	got := n.related(known, 1, 0.5)
	for k, want := range map[string][]string{
		"hyper:search":  {"seek"},
		"tropo:search":  {"scour"}, // not "comb": its first sense is another
		"deriv:search":  {"searcher"},
		"similar:wet":   {"soggy"}, // not "damp": unknown
		"similar:soggy": {"wet"},
		"sense2:search": {"ransack"}, // tagged 6 times to the first's 10
		"sib:search":    {"probe"},
		"tropo:seek":    {"hunt", "probe", "search"},
	} {
		g := slices.Clone(got[k])
		slices.Sort(g)
		if !slices.Equal(g, want) {
			t.Errorf("%s = %q; want %q", k, g, want)
		}
	}
	if g := got["deriv:hunt"]; g != nil {
		t.Errorf("deriv:hunt = %q; want none (the pointer is search's)", g)
	}
	if g := got["tropo:hunt"]; !slices.Equal(g, []string{"scour"}) {
		t.Errorf("tropo:hunt = %q; want [scour]", g)
	}
	n.tags = npmsrc.WordNetTags([]byte("search%2:38:00:: 00000001 1 10\nsearch%2:38:01:: 00000003 2 4\n"))
	if g := n.related(known, 1, 0.5)["sense2:search"]; g != nil {
		t.Errorf("sense2:search tagged 4 times to 10 = %q; want none", g)
	}
}
