package qa

import "testing"

// TestOfHead: a figure right after "of" is shown with the noun phrase
// "of" ties it to, back to its article ("a town of about 6,000 people"),
// the words after it given up for them.
func TestOfHead(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ferry
---
The new ferry will serve Kilbeg, a town of about 6,000 people on the rocky west coast of the island.
`)
	a, err := e.Ask(t.Context(), "how many people live in kilbeg")
	if err != nil {
		t.Fatal(err)
	}
	if want := "a town of about 6,000 people"; a.Short != want {
		t.Errorf("Short = %q; want %q", a.Short, want)
	}
	for _, c := range []struct {
		text string
		i    int // the word "of"
		want int
	}{
		{"a town of", 2, 2},
		{"an old café of", 3, 3},
		{"in 2020 of", 2, 0},                // a figure, no article
		{"town of", 1, 0},                   // no article opens it
		{"a very old market town of", 5, 0}, // more words than a noun phrase's head
		{"of", 0, 0},
	} {
		if got := headBefore(c.text, 0, wordStarts(c.text), c.i); got != c.want {
			t.Errorf("headBefore(%q, %d) = %d; want %d", c.text, c.i, got, c.want)
		}
	}
}
