package qa

import (
	"testing"
)

// TestNearNeighbourJoin: withNeighbour joins to the answer's sentence the
// sentence before it that the search found for the question, but one the
// meaning channel alone found (cand.near) only where the answer's
// sentence leans back on it (leansBack: a pronoun, words that point back,
// a quotation opened); a sentence near the question only by the story it
// shares with the answer's is not cited before it. The sentence after is
// joined either way: the answer's is still cited first.
func TestNearNeighbourJoin(t *testing.T) {
	e := engineOfText(t, `---
id: canal
headline: Ship stuck in canal
---
By Monday evening, 37 ships were waiting at either end of the canal.

Four tugboats spent the morning trying to pull the stern free.

They gave up at noon when the tide turned.

The canal authority said the dredger would arrive on Wednesday.

“Two days of dredging should clear the channel.”

Officials expected the channel to reopen by Friday, she added.
`)
	a := e.c.Articles[0]
	seq := func(prefix string) int {
		for i, p := range a.Passages {
			if len(p.Text) >= len(prefix) && p.Text[:len(prefix)] == prefix {
				return i
			}
		}
		t.Fatalf("no passage opens %q", prefix)
		return -1
	}
	ships, tugs, they, dredger := seq("By Monday"), seq("Four tugboats"), seq("They gave"), seq("The canal authority")
	quote, added := seq("“Two days"), seq("Officials expected")
	if tugs != ships+1 || they != tugs+1 || dredger != they+1 || quote != dredger+1 || added != quote+1 {
		t.Fatalf("passages out of order: %d %d %d %d %d %d", ships, tugs, they, dredger, quote, added)
	}
	pair := func(first, last int) string { return a.Text[a.Passages[first].Start:a.Passages[last].End] }
	for _, c := range []struct {
		name      string
		top, next int
		near      bool
		want      string
	}{
		{"the search's neighbour before", tugs, ships, false, pair(ships, tugs)},
		{"meaning's neighbour before, the answer's sentence standing alone", tugs, ships, true, a.Passages[tugs].Text},
		{"meaning's neighbour before, the answer's sentence leaning back on a pronoun", they, tugs, true, pair(tugs, they)},
		{"meaning's neighbour after", they, dredger, true, pair(they, dredger)},
		// (final read FJ6: each way of leaning back pinned)
		{"meaning's neighbour before, the answer's sentence a quotation opened", quote, dredger, true, pair(dredger, quote)},
		{"meaning's neighbour before, the answer's sentence speaking of her", added, quote, true, pair(quote, added)},
	} {
		top := &cand{a: a, p: a.Passages[c.top]}
		next := &cand{a: a, p: a.Passages[c.next], near: c.near}
		ans := &Answer{Passages: []Hit{e.hit(top)}}
		if got := ans.Passages[0].Text; got != a.Passages[c.top].Text {
			t.Fatalf("%s: the top passage alone reads %q", c.name, got)
		}
		e.withNeighbour(ans, []*cand{top, next})
		if got := ans.Passages[0].Text; got != c.want {
			t.Errorf("%s: shown %q, want %q", c.name, got, c.want)
		}
	}
}
