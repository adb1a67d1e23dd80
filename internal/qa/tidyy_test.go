package qa

import "testing"

// TestSpanSaidClearsStrandedCut: spanSaid clears a candidate's
// strandedCut before it extracts, so a cut of an earlier extraction never
// marks the answer of a question that strands no preposition, which
// reportedAnswer relies on instead of testing q.stranded (final read FK7).
func TestSpanSaidClearsStrandedCut(t *testing.T) {
	text := "The new pier is the key to keeping the school open, harbour master Ida Holm said."
	e := howEngine(t, text)
	q := e.analyse("what did ida holm say about the pier")
	if q.stranded {
		t.Fatalf("%q strands a preposition; want a question that strands none", "what did ida holm say about the pier")
	}
	a := e.c.Articles[0]
	p := a.Passages[len(a.Passages)-1]
	c := &cand{a: a, p: p, toks: e.analyze(p.Text), strandedCut: span{0, 7}}
	e.spanSaid(&q, c, nil)
	if c.strandedCut != (span{}) {
		t.Errorf("strandedCut = %v after spanSaid; want it cleared", c.strandedCut)
	}
}
