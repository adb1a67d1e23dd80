package qa

import "testing"

// TestClaimVerbs: the claim's verb is found wherever the passage says it,
// each with the clause it opens after the last comma (or dash) before it,
// and a break stops the reading.
func TestClaimVerbs(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Budget\n---\nThe council approved the budget.\n")
	q := e.analyse("Council approved the budget")
	subj, verb := claimAgent(&q)
	if subj < 0 || verb < 0 {
		t.Fatalf("claimAgent of the claim = %d, %d; want a subject and a verb", subj, verb)
	}
	text := "After a long debate, the mayor approved it; the board, too, approved the budget."
	var got []string
	for tok, from := range q.claimVerbs(text, e.analyze(text), verb) {
		got = append(got, text[from:tok.End])
	}
	want := []string{" the mayor approved", " too, approved"[len(" too,"):]}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("claimVerbs = %q; want %q", got, want)
	}
	n := 0
	for range q.claimVerbs(text, e.analyze(text), verb) {
		if n++; n == 1 {
			break
		}
	}
	if n != 1 {
		t.Errorf("claimVerbs read on past a break: %d", n)
	}
}
