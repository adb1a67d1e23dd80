package qa

import (
	"slices"
	"testing"
)

// TestToFrontItems: when promote moves a passage to the front, each item
// still cites the passage that holds it.
func TestToFrontItems(t *testing.T) {
	for _, c := range []struct {
		in   []int
		k    int
		want []int
	}{
		{[]int{0, 0}, 1, []int{1, 1}},       // the old first passage is now the second
		{[]int{1}, 1, []int{0}},             // the moved one is the first
		{[]int{0, 2, 3}, 2, []int{1, 0, 3}}, // those after it stay
		{nil, 1, nil},
	} {
		var items []Item
		for _, p := range c.in {
			items = append(items, Item{Text: "x", Passage: p})
		}
		var got []int
		for _, it := range toFrontItems(items, c.k) {
			got = append(got, it.Passage)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("toFrontItems(%v, %d) = %v; want %v", c.in, c.k, got, c.want)
		}
	}
}
