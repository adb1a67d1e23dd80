package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestSaidOtherwiseIn: a word no article uses counts as the best
// passage's own where the passage holds a WordNet synonym of it (of its
// commonest sense, or an adjective's similar one), and not where the
// passage holds only a GloVe neighbour of it, a troponym of it (a verb's
// particular way, matched by a word of another sense) or no relative at
// all, however many the articles hold elsewhere; the evidence's unknown
// share then leaves it out.
func TestSaidOtherwiseIn(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Port
---
The children were handing out lemonade to the hikers.

The fans watched the players leave the pitch.

About 300 containers of fruit, meat and fish are stuck at the port.

The dockers were furious at the offer.
`)
	children := parsedCand(t, e, "The children were handing out lemonade to the hikers.")
	players := parsedCand(t, e, "The fans watched the players leave the pitch.")
	cargo := parsedCand(t, e, "About 300 containers of fruit, meat and fish are stuck at the port.")
	furious := parsedCand(t, e, "The dockers were furious at the offer.")
	for _, tc := range []struct {
		q, word string
		c       *cand
		soft    string // a soft alternative the word must have, for the row to test the rule and not the data
		want    bool
	}{
		{"what were the kids doing", "kids", children, "", true},            // kid, child: one sense
		{"what were the kids doing", "kids", players, "", false},            // the synonym stands elsewhere only
		{"were the dockers angry", "angry", furious, "", true},              // an adjective's similar one
		{"who won the football game", "football", players, "player", false}, // GloVe's neighbour, of the topic
		{"brb grabbing food", "grabbing", cargo, "fish", false},             // a troponym, the noun's other sense
	} {
		q := e.analyse(tc.q)
		k := slices.IndexFunc(q.terms, func(qt qterm) bool { return strings.ToLower(qt.word) == tc.word })
		if k < 0 || !q.terms[k].unknown {
			t.Fatalf("%q: %q is not read as a word no article uses", tc.q, tc.word)
		}
		if tc.soft != "" && !slices.ContainsFunc(q.terms[k].soft, func(a termAlt) bool { return a.term == tc.soft }) {
			t.Fatalf("%q: %q has no soft alternative %q (%v): the row tests nothing", tc.q, tc.word, tc.soft, q.terms[k].soft)
		}
		if got := e.saidOtherwiseIn(q.terms[k], tc.c); got != tc.want {
			t.Errorf("saidOtherwiseIn(%q of %q, %q) = %v; want %v", tc.word, tc.q, tc.c.p.Text, got, tc.want)
		}
	}
	// a synonym the articles write only capitalised is part of a name, no
	// word for the thing ("Youngster Foods" is no youngster)
	named := engineOfText(t, `---
id: n
headline: Stalls
---
Coffee was sold by Youngster Foods at the gate.
`)
	q := named.analyse("what were the kids doing")
	k := slices.IndexFunc(q.terms, func(qt qterm) bool { return qt.word == "kids" })
	stall := parsedCand(t, named, "Coffee was sold by Youngster Foods at the gate.")
	if k < 0 || named.saidOtherwiseIn(q.terms[k], stall) {
		t.Errorf("saidOtherwiseIn(%q, %q) = true; want false: a name's word", "kids", stall.p.Text)
	}
	// the evidence: the asker's "kids" is the passage's "children", no
	// word of another subject; beside a passage without them it is unknown
	q = e.analyse("what were the kids doing")
	if f := e.evidenceFeatures(&q, children); f[eUnknownShare] != 0 {
		t.Errorf("unknown_share of %q said otherwise in the passage = %v; want 0", q.text, f[eUnknownShare])
	}
	if f := e.evidenceFeatures(&q, players); f[eUnknownShare] == 0 {
		t.Errorf("unknown_share of %q beside a passage that does not say it = 0; want more", q.text)
	}
}
