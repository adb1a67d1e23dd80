package qa

import "testing"

// TestSaidNothingOfParts pins each part of saidNothingOf on invented
// coverage: Y's most telling word is its rarest noun, judged by its place
// in the question (a noun WordNet has as a verb too, "the *grant*", may be
// it); a passage naming X without X speaking, the sentence before X's
// passage and the next in its paragraph count as X's; a word of another
// form ("apology", "apologised") and one GloVe puts near speak of Y. The
// rows of the rarest word, the noun's place and the passage naming X fail
// without those parts; the sentences beside and the other form are also
// read by GloVe over the same sentences, so no row tells them apart.
func TestSaidNothingOfParts(t *testing.T) {
	e := engineOfText(t, "---\nid: m\nheadline: Gale batters Wexmoor marina\n---\n"+
		"A gale battered Wexmoor marina on Friday, and the marina stayed shut.\n\n"+
		"The diesel tank beside the slipway leaked into the basin. Marina manager Odile Brannock said the gale had torn three pontoons loose, and she apologised to the berth holders. A tug towed the pontoons back before dawn.\n\n"+
		"Brannock's office also runs the lighthouse, which lost its lantern.\n\n"+
		"The sailing club asked the council for a grant to rebuild its jetty.\n")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"did brannock say anything about the grant", true},        // a noun where it stands, though WordNet has it as a verb
		{"did brannock say anything about the marina grant", true}, // the rarest word, not the commonest, which she speaks of
		{"did brannock say anything about the lighthouse", false},  // a passage naming her, though she does not speak in it
		{"did brannock say anything about the diesel", false},      // the sentence before hers
		{"did brannock say anything about the tug", false},         // the next sentence in her paragraph
		{"did brannock say anything about an apology", false},      // another form
		{"did brannock say anything about the hurricane", false},   // a word near "gale"
	} {
		q := e.analyse(tc.q)
		cands := mustRank(t, e, &q)
		if got := len(cands) > 0 && e.saidNothingOf(&q, cands); got != tc.want {
			t.Errorf("saidNothingOf(%q) = %v; want %v", tc.q, got, tc.want)
		}
	}
}
