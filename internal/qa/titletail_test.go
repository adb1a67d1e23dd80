package qa

import "testing"

// TestPastPhraseTail: a short answer's window opens past the tail of a
// title set off before a name ("lock *keeper*, Tomás O'Hara, said": the
// window's cases are in TestKeyWords), only where a name set off by
// commas follows it, not past a list's item, a tail holding the
// question's words, a figure, or a word after a mark.
func TestPastPhraseTail(t *testing.T) {
	for _, tc := range []struct {
		text   string
		best   int
		weight int // the word that matches the question (-1: none)
		want   int
	}{
		{"Lock keeper, Tomás O'Hara, said the barges would pass", 1, 6, 2},
		{"Lock keeper, Tomás O'Hara, said the barges would pass", 1, 1, 1}, // the tail is asked about
		{"Lock keeper, Tomás O'Hara said the barges would pass", 1, 6, 1},  // no comma closes the name
		{"crews from Dutch, Belgian, and other ports", 2, 6, 2},            // a list's items
		{"the 12 keepers, Tomás O'Hara, said", 1, -1, 1},                   // a figure
		{"Keeper: Tomás O'Hara, said", 1, -1, 1},                           // after a mark
		{"Lock keeper, Tomás", 1, -1, 1},                                   // the name runs to the end
		{"", 0, -1, 0},
		{"Lock keeper never, Tomás O'Hara, said", 1, -1, 1},                // a negation
		{"The storm hit the coast near Dover, Kent, on Friday", 5, -1, 5},  // a place before its region
		{"Aid reached the port of Beira, Mozambique, on Sunday", 4, -1, 4}, // likewise
		{"The Prime Minister, Ana Petrak, said", 2, -1, 3},                 // a title in capitals
		{"Harbour master, Ana de Souza, said the pier was sound", 1, 7, 2}, // a particle in the name
		{"Harbour master, Ana de, said the pier was sound", 1, 7, 1},       // no name after the particle
	} {
		words := wordSpans(tc.text)
		weight := make([]float64, len(words))
		if tc.weight >= 0 && tc.weight < len(words) {
			weight[tc.weight] = 1
		}
		if got := pastPhraseTail(tc.text, words, weight, tc.best); got != tc.want {
			t.Errorf("pastPhraseTail(%q, %d) = %d; want %d", tc.text, tc.best, got, tc.want)
		}
	}
}
