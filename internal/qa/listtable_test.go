package qa

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestListTable: the list table holds every passage that introduces
// bullets (introduces), as a walk over every passage finds them, in the
// articles' order, read once from 4 goroutines at once. Invented
// articles: a list after a subhead, two lists in one article, a colon
// with prose after it, bullets with no sentence before them, an article
// with none.
func TestListTable(t *testing.T) {
	e := engineOfText(t,
		"---\nid: pledges\nheadline: Donors pledge aid\n---\nDonors met in Lyon on Monday.\n## What was pledged\nThe largest pledges were:\n- France: €2 million for shelters.\n- Norway: tents and blankets.\nA second round follows in May. Its agenda:\n- water\n- schools\n",
		"---\nid: prose\nheadline: Café reopens\n---\nThe owner said one thing: the café would reopen.\nIt did, on Friday.\n",
		"---\nid: bare\nheadline: Ferry notes\n---\n- Crossings resume at dawn.\n- Fares stay at £4.\n",
		"---\nid: none\nheadline: Quiet day\n---\nNothing happened at the port today.\n",
	)
	// the two sentences that open bullets, found by their text, not by
	// introduces
	var want []passageAt
	for i, a := range e.c.Articles {
		for k, p := range a.Passages {
			if strings.HasSuffix(p.Text, "pledges were:") || strings.HasSuffix(p.Text, "Its agenda:") {
				want = append(want, passageAt{int32(i), int32(k)})
			}
		}
	}
	if len(want) != 2 {
		t.Fatalf("the articles hold %v; want the two list openers of the pledges article", want)
	}
	var wg sync.WaitGroup
	got := make([][]passageAt, 4)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[g] = e.lists.of(e)
		}()
	}
	wg.Wait()
	for _, at := range got {
		if !slices.Equal(at, want) {
			t.Errorf("lists = %v; want %v", at, want)
		}
	}
	// what the table is for: a question on the lists cites the article
	// that has them
	a := mustAsk(t, e, "which article has a bullet list about pledges")
	if !a.Answered || len(a.Passages) == 0 || a.Passages[0].Article.ID != "pledges" {
		t.Errorf("Ask = %q %v; want the pledges article's list cited", a.Short, a.Sources)
	}
}
