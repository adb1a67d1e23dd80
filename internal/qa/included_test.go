package qa

import "testing"

// TestNamedAsIncluded: a figure whose sentence names what is asked about
// only in an "including" phrase after it counts the whole, and a "how
// many" question about the one named is declined; one whose sentence
// names it before the figure is answered.
func TestNamedAsIncluded(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Storm shuts schools
---
The storm closed roads across the county on Tuesday.

About 420 pupils were sent home from five schools, including Hollis Academy.

At Varden Primary, 85 pupils were sent home at noon.
`)
	if a := mustAsk(t, e, "how many pupils were sent home from hollis academy"); a.Answered {
		t.Errorf("answered %q; want declined: the 420 counts all five schools", a.Short)
	}
	if a := mustAsk(t, e, "how many pupils were sent home from varden primary"); !a.Answered {
		t.Errorf("declined; want the 85 pupils")
	}
}
