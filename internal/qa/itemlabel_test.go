package qa

import (
	"strings"
	"testing"
)

// TestItemLabel: a figure a list's item gives after its label ("Norway:
// €20 million") is shown with that label, which says whose it is.
func TestItemLabel(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Donors pledge aid for Kilbeg
---
Donors pledged aid for the flooded town of Kilbeg on Monday. The pledges were:

- Norway: €20 million, mostly for shelters.
- Ireland: €5 million in food aid.
`)
	a, err := e.Ask(t.Context(), "how much did norway pledge")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Norway: €20 million"; a.Short != want {
		t.Errorf("Short = %q; want %q", a.Short, want)
	}
	for _, c := range []struct{ text, fig, want string }{
		{"Café Noël: €5 million in food.", "€5 million", "Café Noël: €5 million"},
		{"The fund: €5 million in food.", "€5 million", "€5 million"},                                       // no name labels it
		{"Norway: aid of €5 million.", "€5 million", "€5 million"},                                          // not right after the label
		{"Norway, Ireland and the Kilbeg town council all agreed: €5 million.", "€5 million", "€5 million"}, // no label of a few words
		{": €5 million", "€5 million", "€5 million"},
	} {
		at := strings.Index(c.text, c.fig)
		s := withItemLabel(c.text, span{at, at + len(c.fig)})
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("withItemLabel(%q, %q) = %q; want %q", c.text, c.fig, got, c.want)
		}
	}
	if s := withItemLabel("", span{}); s != (span{}) {
		t.Errorf("withItemLabel on an empty text = %v; want an empty span", s)
	}
}
