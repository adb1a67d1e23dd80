package qa

import "testing"

// TestQuoteAsked: the quotation remembered on a candidate is quoteIn's,
// with askedTerms of it, and is read again only for the same question.
func TestQuoteAsked(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Flood barriers
---
The mayor said on Monday: “The flood barriers on the river will hold through the winter, and we will pay for them.”
`)
	q := e.analyse("what did the mayor say about the flood barriers")
	cands := mustRank(t, e, &q)
	if len(cands) == 0 {
		t.Fatal("no candidate")
	}
	c := cands[0]
	want, wantOK := e.quoteIn(&q, c)
	if !wantOK {
		t.Fatal("no quotation found")
	}
	wantN := e.askedTerms(&q, e.saidTopicTerms(&q), c.p.Text[want.start:want.end])
	for range 2 { // computed, then remembered
		if m := e.quoteAsked(&q, c); m.s != want || m.asked != wantN || !m.ok {
			t.Errorf("quoteAsked = %v %d %v; want %v %d true", m.s, m.asked, m.ok, want, wantN)
		}
	}
	// another question is answered afresh, with its own words counted in
	// the quotation ("winter" only), not from the first's memory ("flood
	// barriers")
	other := e.analyse("what did the mayor say about the winter")
	os, oOK := e.quoteIn(&other, c)
	on := 0
	if oOK {
		on = e.askedTerms(&other, e.saidTopicTerms(&other), c.p.Text[os.start:os.end])
	}
	if on == wantN {
		t.Fatalf("both questions count %d of their words in the quotation: the test cannot tell them apart", on)
	}
	if m := e.quoteAsked(&other, c); m.s != os || m.asked != on || m.ok != oOK {
		t.Errorf("quoteAsked(other) = %v %d %v; want %v %d %v", m.s, m.asked, m.ok, os, on, oOK)
	}
}
