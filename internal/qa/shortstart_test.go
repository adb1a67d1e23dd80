package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestLongListShortStart: a list too long for a short answer's line heads
// the answer with its first items and "…", while the passage marks it whole
// and follow-ups read it whole; a list that fits is left as it is.
func TestLongListShortStart(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Traders want help during tram works
---
The traders' association has asked the council for:

- free parking vouchers for every shop on the street
- night-time work wherever the contractor can manage it
- a named council contact for every single block
- a compensation fund of five million pounds

The council offered two things: a hotline and a newsletter.
`)
	a := mustAsk(t, e, "what did the traders association ask the council for")
	items := []string{"free parking vouchers for every shop on the street", "night-time work wherever the contractor can manage it",
		"a named council contact for every single block", "a compensation fund of five million pounds"}
	for _, it := range items {
		if !strings.Contains(a.found(), it) {
			t.Errorf("found() = %q; want the whole list, %q in it", a.found(), it)
		}
	}
	if n := len(strings.Fields(a.Headline())); n > maxShortWords || !strings.HasSuffix(a.Headline(), " …") || !strings.HasPrefix(a.found(), a.Short) {
		t.Errorf("Headline() = %q (%d words), Short %q; want the list's start and \" …\" in at most %d words", a.Headline(), n, a.Short, maxShortWords)
	}
	if len(a.Passages) == 0 {
		t.Fatal("no passage")
	}
	h := a.Passages[0]
	for _, it := range items {
		if !slices.ContainsFunc(h.Marks, func(m [2]int) bool { return strings.Contains(h.Text[m[0]:m[1]], it) }) {
			t.Errorf("the passage's marks %v leave %q unmarked", h.Marks, it)
		}
	}
	for _, s := range []string{"a hotline and a newsletter", "free parking vouchers"} {
		if got := shortStart(s); got != s {
			t.Errorf("shortStart(%q) = %q; want it whole", s, got)
		}
	}
}
