package qa

import "testing"

// TestCandMemo: reasonOf and planOf, remembered on a candidate, answer as
// computed on a copy without the memo, and another question is not
// answered from the first's memory.
func TestCandMemo(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Road closed
---
The council closed the coast road because the storm had washed away part of the seawall.

The town plans to ask the province to rebuild the seawall before winter.
`)
	for _, text := range []string{"why did the council close the coast road", "how does the town plan to rebuild the seawall"} {
		q := e.analyse(text)
		cands := mustRank(t, e, &q)
		if len(cands) == 0 {
			t.Fatalf("%q: no candidate", text)
		}
		for _, c := range cands {
			bare := *c
			bare.reason, bare.plan = nil, nil
			wantR, wantROK := e.reasonOf(&q, &bare)
			wantP, wantPOK := e.planOf(&q, &bare)
			for range 2 { // computed, then remembered
				if r, ok := e.reasonOf(&q, c); r != wantR || ok != wantROK {
					t.Errorf("%q: reasonOf remembered %v %v; computed %v %v", text, r, ok, wantR, wantROK)
				}
				if p, ok := e.planOf(&q, c); p != wantP || ok != wantPOK {
					t.Errorf("%q: planOf remembered %v %v; computed %v %v", text, p, ok, wantP, wantPOK)
				}
			}
			other := q
			if e.reasonOf(&other, c); c.reason.q != &other {
				t.Errorf("%q: a copy of the question answered from the first's memory", text)
			}
		}
	}
	// the memo holds an answer found, not only none
	q := e.analyse("why did the council close the coast road")
	found := false
	for _, c := range mustRank(t, e, &q) {
		if _, ok := e.reasonOf(&q, c); ok {
			found = true
		}
	}
	if !found {
		t.Error("no reason found for the road's closing")
	}
	q = e.analyse("how does the town plan to rebuild the seawall")
	found = false
	for _, c := range mustRank(t, e, &q) {
		if _, ok := e.planOf(&q, c); ok {
			found = true
		}
	}
	if !found {
		t.Error("no plan found for the seawall")
	}
}
