package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestLocatedAmong: locatedAmong, read from a passage's remembered
// names, keeps of any of them what located keeps, asked once and again
// (the memo's answer), for spans that are none of the passage's names
// too, beside multi-byte marks and on an empty text.
func TestLocatedAmong(t *testing.T) {
	const head = "---\nid: t\nheadline: Ferry\n---\n"
	e := engineOfText(t, head+"The pier was shut.\n")
	texts := []string{
		"Crews flew in the Dunmore valley and on to Kessby, as Tomas Lowe said.",
		"Tomas Lowe met Ana Petrak at Kessby’s café — near Dunmore City — on Tuesday.",
		"Édith Marren said the ferry from Ostrava would not sail to Brenholm.",
		"The pier was shut.",
		"",
	}
	seen := 0
	for _, text := range texts {
		names := e.names(text)
		// every subset of the names, in order, as typeWhere's free names
		for mask := 0; mask < 1<<len(names); mask++ {
			var some []span
			for i, n := range names {
				if mask&(1<<i) != 0 {
					some = append(some, n)
				}
			}
			want := located(text, some)
			for range 2 {
				if got := e.locatedAmong(text, some); !slices.Equal(got, want) {
					t.Errorf("locatedAmong(%q, %v) = %v; want %v", text, some, got, want)
				}
			}
			if mask == 1<<len(names)-1 {
				seen += len(want)
			}
		}
		// spans that are no name of the passage: a word inside one, a
		// lower-case word after "in"
		var others []span
		if at := strings.Index(text, "valley"); at >= 0 {
			others = append(others, span{at, at + len("valley")})
		}
		if len(names) > 0 && names[0].end-names[0].start > 2 {
			others = append(others, span{names[0].start + 1, names[0].end})
		}
		if got, want := e.locatedAmong(text, others), located(text, others); !slices.Equal(got, want) {
			t.Errorf("locatedAmong(%q, %v) = %v; want %v", text, others, got, want)
		}
	}
	if seen < 3 {
		t.Errorf("only %d names located in the texts; the test reads too few", seen)
	}
}
