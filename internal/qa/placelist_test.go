package qa

import (
	"strings"
	"testing"
)

// TestNamedAmongPlaces: a figure whose sentence goes on to a list of
// places counts them together, so it does not count the one place a
// question asks about; asked of them all, or with a figure for each place,
// or of a span of days, it answers.
func TestNamedAmongPlaces(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Storm batters the coast
---
Police said about 900 cars were damaged in Harlow, Kettle Bay and Marsh End.
The council said 45 trees fell between Monday and Friday.
On 3 March, storms damaged boats in Harlow, Kettle Bay and Marsh End.
`, `---
id: u
headline: Gales close schools
---
Officials said 12 schools were shut in Dunmore and 7 in Ravensby.
`)
	for _, c := range []struct {
		q    string
		want string // "" for declined
	}{
		{"how many cars were damaged in kettle bay", ""},
		{"how many cars were damaged in harlow, kettle bay and marsh end", "900"},
		{"how many cars were damaged", "900"},
		{"how many trees fell on monday", "45"},
		{"how many schools were shut in ravensby", "7 in Ravensby"},
		// a date applies to each place, as a count does not (FS1)
		{"when were boats damaged in kettle bay", "3 March"},
	} {
		a, err := e.Ask(t.Context(), c.q)
		if err != nil {
			t.Fatalf("Ask(%q): %v", c.q, err)
		}
		if c.want == "" && a.Answered || c.want != "" && (!a.Answered || !strings.Contains(a.Short, c.want)) {
			t.Errorf("Ask(%q) = %q (answered %v); want %q", c.q, a.Short, a.Answered, c.want)
		}
	}
}
