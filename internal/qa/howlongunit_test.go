package qa

import (
	"context"
	"strings"
	"testing"
)

// TestHowLongNamedUnit: "how long" with a unit of length in the question
// asks for a length whatever its verb ("gonna be"), so a passage giving a
// length and a duration answers with the length.
func TestHowLongNamedUnit(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Kessby gets a cycle path\n---\n"+
		"Kessby council approved a cycle path on Tuesday.\n\n"+
		"The path will link the harbour with the station, running 14 kilometres along the old railway, and building it should take about two years.\n")
	for _, c := range []struct{ q, want string }{
		{"how long is the cycle path gonna be in km", "14 kilometres"},
		{"how long will building the cycle path take", "two years"},
	} {
		a, err := e.Ask(context.Background(), c.q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Short, c.want) {
			t.Errorf("%q: short answer %q; want it to hold %q", c.q, a.Short, c.want)
		}
	}
}
