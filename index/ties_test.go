package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/summitbot/summitbot/corpus"
)

// TestSearchTiesAtTheCut: when more passages score the same than a
// search fetches (many articles repeating one passage), the ones kept are
// the same from one build to the next, the first in a fixed order of ids as
// text (see TestSearchTiesWithinArticle), not those
// bleve's build-dependent document numbers happen to put first. Each
// invented article repeats the same line beside one of its own.
func TestSearchTiesAtTheCut(t *testing.T) {
	var files []string
	for i := range 60 {
		files = append(files, fmt.Sprintf("---\nid: boat%02d\n---\nThe harbour ferry sailed late on Tuesday.\nGulls number %d followed the nets.\n", i, i))
	}
	for _, size := range []int{1, 4, 25} {
		var want []string
		for i := range size {
			want = append(want, fmt.Sprintf("boat%02d", i))
		}
		for range 3 {
			ix := textIndex(t, files...) // built afresh: its own document numbers
			hits, err := ix.Search(t.Context(), Query{Text: "harbour ferry", Size: size})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.Article)
			}
			if !slices.Equal(got, want) {
				t.Errorf("Search(harbour ferry, size %d) = %v; want %v", size, got, want)
			}
		}
	}
}

// TestSearchTiesWithinArticle pins the order a tie keeps within one
// article: with few tied passages passageHits orders them by number, and
// when the tie crosses the fetch the second search's fixed order of ids
// as text keeps "rep#10" and "rep#11" before "rep#2". A change to either
// order (say, ids made to sort by number) must show here.
func TestSearchTiesWithinArticle(t *testing.T) {
	for _, c := range []struct {
		tied int
		want []string
	}{
		{8, []string{"rep#0", "rep#1", "rep#2", "rep#3"}},
		{30, []string{"rep#0", "rep#1", "rep#10", "rep#11"}},
	} {
		var b strings.Builder
		b.WriteString("---\nid: rep\n---\n")
		for range c.tied {
			b.WriteString("The harbour ferry sailed late on Tuesday.\n\n")
		}
		ix := textIndex(t, b.String())
		hits, err := ix.Search(t.Context(), Query{Text: "harbour ferry", Size: 4})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, fmt.Sprintf("%s#%d", h.Article, h.Seq))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%d tied passages: Search(harbour ferry, size 4) = %v; want %v", c.tied, got, c.want)
		}
	}
}

// TestSearchArticleIDWithHash: Search reads a hit's id with parseDocID,
// cut at the last '#', so an article whose id holds '#' keeps its hits
// (cut at the first, "ferry#2#0" named no passage and was dropped). A
// file's id cannot hold '#', but corpus.New takes articles built by hand.
func TestSearchArticleIDWithHash(t *testing.T) {
	a, err := corpus.Parse("a.md", []byte("---\nid: ferry\n---\nThe lighthouse keeper rowed across the estuary.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a.ID = "ferry#2"
	for i := range a.Passages {
		a.Passages[i].Article = a.ID
	}
	c, err := corpus.New(a)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := corpusIndex(t, c).Search(t.Context(), Query{Text: "lighthouse keeper", Size: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Article != "ferry#2" || hits[0].Seq != 0 {
		t.Errorf("Search(lighthouse keeper) = %v; want one hit of article ferry#2, passage 0", hits)
	}
}

// TestSearchSettledAsWide: Search's first, shorter fetch (settleMargin
// hits past the size kept) keeps what fetching twice the size keeps, as
// Match does (Query.wide): the same passages in the same order, where the
// passages scoring as the size-th run past the short fetch or not. Groups
// of articles repeat one line each (equal scores), a group of every
// length from one to eight, so that for every size some tie ends inside
// the short fetch, some just past it and some past the long one.
func TestSearchSettledAsWide(t *testing.T) {
	var files []string
	for g := 1; g <= 8; g++ {
		line := "The harbour ferry sailed late" + strings.Repeat(" gulls", g) + "."
		for i := range g {
			files = append(files, fmt.Sprintf("---\nid: g%d-%d\n---\n%s\n", g, i, line))
		}
	}
	for range 3 { // built afresh: its own document numbers, which order bleve's ties
		settledAsWide(t, textIndex(t, files...))
	}
}

// settledAsWide checks TestSearchSettledAsWide's searches over ix.
func settledAsWide(t *testing.T, ix *Index) {
	t.Helper()
	for size := 1; size <= 30; size++ {
		q := Query{Text: "harbour ferry", Size: size}
		got, err := ix.Search(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		q.wide = true
		want, err := ix.Search(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("Search(harbour ferry, size %d) = %v; fetching twice the size, %v", size, got, want)
		}
	}
}

// TestSettled: a short fetch settles the size kept only where every match
// was fetched, or its hits are all passages and the last scores below the
// size-th; a tie at the cut that reaches the last hit fetched may go on
// past it, and a hit that is no passage leaves the count unsure.
func TestSettled(t *testing.T) {
	result := func(total uint64, ids []string, scores ...float64) *bleve.SearchResult {
		res := &bleve.SearchResult{Total: total}
		for i, id := range ids {
			res.Hits = append(res.Hits, &search.DocumentMatch{ID: id, Score: scores[i]})
		}
		return res
	}
	five := []string{"a#0", "a#1", "a#2", "a#3", "a#4"}
	for _, tc := range []struct {
		name string
		res  *bleve.SearchResult
		size int
		want bool
	}{
		{"every match fetched", result(5, five, 5, 4, 3, 3, 3), 2, true},
		{"last below the size-th", result(9, five, 5, 4, 3, 3, 2), 3, true},
		{"tie at the cut reaches the last", result(9, five, 5, 4, 3, 3, 3), 3, false},
		{"tie ends at the size-th", result(9, five, 5, 4, 4, 3, 3), 3, true},
		{"a synonym definition among the hits", result(9, []string{"a#0", "a#1", "syn:x", "a#3", "a#4"}, 5, 4, 3, 2, 1), 2, false},
		{"no more hits than the size", result(9, five[:3], 5, 4, 3), 3, false},
	} {
		if got := settled(tc.res, passageHits(tc.res), tc.size); got != tc.want {
			t.Errorf("%s: settled = %v; want %v", tc.name, got, tc.want)
		}
	}
}
