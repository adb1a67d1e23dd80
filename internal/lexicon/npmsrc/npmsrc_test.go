package npmsrc

import (
	"strings"
	"testing"
)

// TestWordNetLemma: a lemma of one lower-case word (an inner hyphen
// allowed) is read as it is, an adjective's marker dropped; a lemma of
// several words, with a capital, or with an outer hyphen is none.
func TestWordNetLemma(t *testing.T) {
	for in, want := range map[string]string{"repair": "repair", "own(a)": "own", "touch_on": "", "Zorch": "", "-x": "", "well-being": "well-being"} {
		if got := WordNetLemma(in); got != want {
			t.Errorf("WordNetLemma(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestWordNetSynset: an entry's offset, lemmas in order ("" for one of
// several words) and pointers of four fields; an entry cut short or with
// a count that is no number does not read.
func TestWordNetSynset(t *testing.T) {
	off, lemmas, ptrs, ok := WordNetSynset(strings.Fields("00000001 00 a 02 open 0 set_up 0 002 ! 00000002 a 0101 & 00000003 a 0000 | not shut"))
	if !ok || off != "00000001" || len(lemmas) != 2 || lemmas[0] != "open" || lemmas[1] != "" || len(ptrs) != 2 || ptrs[0][0] != "!" || ptrs[1][3] != "0000" {
		t.Errorf("WordNetSynset = %q %q %q %v", off, lemmas, ptrs, ok)
	}
	for _, bad := range []string{"00000001 00 a", "00000001 00 a zz open 0 000", "00000001 00 a 05 open 0"} {
		if _, _, _, ok := WordNetSynset(strings.Fields(bad)); ok {
			t.Errorf("WordNetSynset(%q) read", bad)
		}
	}
}
