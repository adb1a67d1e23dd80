package qa

import (
	"testing"
)

// TestWeakMatchRanksOnly: a question word no article uses, which GloVe
// puts near none of their words at soft matching's bar and WordNet gives
// no synonym of in them, matches their word nearest it in meaning at the
// lower bar weakMin ("bosses": the passage's "employees"), for less than
// a soft match; the match raises the ranking's coverage (cand.rankCov)
// only, not the coverage the decisions read (cand.cov); a word with no
// article word that near, and a noun for a thing ("hotel": the
// passage's "shop"), match none.
func TestWeakMatchRanksOnly(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Bakery Closes Early
---
The customers were sent home early on Tuesday after the ovens failed.

The bakery's employees were sent home early on Tuesday after a fire in the kitchen.

The bakery said it hoped to reopen its shop on Friday.
`)
	for _, c := range []struct{ q, weak, in string }{
		{"why were the bosses sent home", "employe", "The bakery's employees"},
		{"why were the giraffes sent home", "", ""},
		{"which hotel were they sent home from", "", ""},
	} {
		an := e.analyse(c.q)
		got := ""
		for _, term := range an.terms {
			if len(term.weak) > 0 {
				got = term.weak[0].term
				if w := term.weak[0].w; w >= softScale*softMin {
					t.Errorf("%q: %q matched at %.2f; want less than a soft match", c.q, got, w)
				}
			}
		}
		if got != c.weak {
			t.Errorf("%q: weak match %q; want %q", c.q, got, c.weak)
		}
		if c.in == "" {
			continue
		}
		cd, _ := rankedOpening(mustRank(t, e, &an), c.in)
		if cd == nil {
			t.Errorf("%q: %q not among the candidates", c.q, c.in)
			continue
		}
		if !(cd.rankCov > cd.cov) {
			t.Errorf("%q: cov %.2f, rankCov %.2f; want the weak match in rankCov only", c.q, cd.cov, cd.rankCov)
		}
	}
}
