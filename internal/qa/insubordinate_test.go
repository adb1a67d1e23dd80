package qa

import "testing"

// TestInSubordinate: a question's term stands in its subordinate clause
// where its word stands after the subordinator that opens a clause with a
// verb; a phrase ("after the election") opens none, nor does a question
// without a subordinator.
func TestInSubordinate(t *testing.T) {
	e := engineOfText(t, depotVisit)
	for _, c := range []struct {
		q    string
		want map[string]bool
	}{
		{"what did the minister pledge when she visited the depot", map[string]bool{"pledge": false, "visited": true, "depot": true}},
		{"what did the crews repair after the river burst its banks", map[string]bool{"repair": false, "river": true, "banks": true}},
		{"what did the crews repair after the election", map[string]bool{"repair": false, "election": false}},
		{"what did the minister pledge", map[string]bool{"pledge": false}},
	} {
		q := e.analyse(c.q)
		sub := q.subordinateFrom()
		seen := 0
		for i, term := range q.terms {
			want, ok := c.want[term.word]
			if !ok {
				continue
			}
			seen++
			if got := q.inSubordinate(i, sub); got != want {
				t.Errorf("%q: inSubordinate(%q) = %v; want %v", c.q, term.word, got, want)
			}
		}
		if seen != len(c.want) {
			t.Errorf("%q: terms %+v; want each of %v among them", c.q, q.terms, c.want)
		}
	}
}

// TestHoldsQTermSoft: holdsQTerm counts a word GloVe puts near the
// question's (a soft hit) and an irregular form of its verb, where
// holdsTerm, which reads a claim, counts neither the soft hit; a passage
// with neither holds no term.
func TestHoldsQTermSoft(t *testing.T) {
	const art = "---\nid: p\nheadline: Storm hits harbour town\n---\n" +
		"A violent storm battered the harbour town of Wenlock on Sunday. " +
		"The council sent two buses to the lower streets.\n"
	e := engineOfText(t, art)
	a := e.c.Articles[0]
	cands := make([]*cand, len(a.Passages))
	for k := range a.Passages {
		cands[k] = &cand{a: a, p: a.Passages[k], toks: e.factsOf(a, &a.Passages[k]).toks}
	}
	storm, sent := cands[len(cands)-2], cands[len(cands)-1]
	for _, c := range []struct {
		q, word  string
		c        *cand
		want     bool
		wantHeld bool // holdsTerm's reading
	}{
		{"was there a hurricane in the town", "hurricane", storm, true, false},
		{"was there a hurricane in the town", "hurricane", sent, false, false},
		{"did the council send help", "send", sent, true, false},
		{"did the council send help", "send", storm, false, false},
		{"did the council send help", "council", sent, true, true}, // the word itself: both read it
		{"did the council send help", "council", storm, false, false},
	} {
		q := e.analyse(c.q)
		i := -1
		for k, term := range q.terms {
			if term.word == c.word {
				i = k
			}
		}
		if i < 0 {
			t.Fatalf("%q: no term %q in %+v", c.q, c.word, q.terms)
		}
		if got := holdsQTerm(&q, c.c, i); got != c.want {
			t.Errorf("holdsQTerm(%q, %q, %q) = %v; want %v", c.q, c.c.p.Text, c.word, got, c.want)
		}
		if got := holdsTerm(q.terms[i], c.c); got != c.wantHeld {
			t.Errorf("holdsTerm(%q, %q) = %v; want %v", c.word, c.c.p.Text, got, c.wantHeld)
		}
	}
}
