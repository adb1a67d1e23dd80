package qa

import "testing"

// TestKeyWordsPastTitleTail: a short answer does not open on the tail of a
// title or description set before a name off by commas ("lock *keeper*,
// Tomás Ferreira, said …"): it opens past it, at the name; a list's
// items ("Dutch, Belgian, and other crews") and a tail that holds the
// question's words stay.
func TestKeyWordsPastTitleTail(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct{ question, passage, want string }{
		{"did o'hara say the barges would pass",
			"Lock keeper, Tomás O'Hara, said the barges would pass the weir again on Thursday.",
			"Tomás O'Hara, said the barges would pass the weir again on Thursday"},
		{"did o'hara say the barges would pass",
			"The canal trust's lock keeper, Tomás O'Hara, said the barges would pass on Thursday.",
			"Tomás O'Hara, said the barges would pass on Thursday"},
		// a sentence short enough is whole, its title too
		{"did o'hara say the barges would pass",
			"Senior lock keeper, Tomás O'Hara, said the barges would pass on Thursday.",
			"Senior lock keeper, Tomás O'Hara, said the barges would pass on Thursday"},
		{"did o’hara say the barges would pass",
			"The canal trust’s senior lock  keeper, Tomás O’Hara, said the barges would pass the weir again on Thursday.",
			"Tomás O’Hara, said the barges would pass the weir again on Thursday"},
	} {
		q := e.analyse(tc.question)
		c := parsedCand(t, e, tc.passage)
		e.cover(&q, c)
		if got := e.keyWords(&q, c, span{0, len(c.p.Text)}, maxShortWords); got != tc.want {
			t.Errorf("keyWords(%q, %q) = %q; want %q", tc.question, tc.passage, got, tc.want)
		}
	}
}

// TestPastPhraseTail: the window's opening moves past a title's tail only
// where a name set off by commas follows it, not past a list's item, a
// tail holding the question's words, a figure, or a word after a mark.
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
