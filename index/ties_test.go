package index

import (
	"fmt"
	"slices"
	"testing"
)

// TestSearchTiesAtTheCut: when more passages score the same than a
// search fetches (many articles repeating one passage), the ones kept are
// the same from one build to the next, the first in id order, not those
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
