package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestObjectVerbStartGuards: objectVerbStart takes back the verb whose
// object the question's first words are ("cross the Dunmore Valley"),
// but not a verb of saying (what was said is contentFirst's), a
// capitalised word (a name's or a title's, "Road and Transport Board"), a
// past form that opens a noun phrase after its article ("the sealed
// gate": the verb before it is taken), nor where the words the window
// gives up at its end hold a word of the question (final re-read RM4:
// these guards had no row).
func TestObjectVerbStartGuards(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The new path will run beside the canal and cross the Dunmore Valley on a wooden bridge next to the old stone mill.", "cross"},
		{"Officials warned the Dunmore Valley road would close on a wet Friday next to the old stone mill.", ""},
		{"Walkers now Cross the Dunmore Valley on a wooden bridge next to the old stone mill each day.", ""},
		{"Workers reached the sealed Dunmore Valley gate on a wet Friday next to the old stone mill.", "reached"},
		{"The path will cross the Dunmore Valley on a wooden bridge and then climb to the Dunmore mill.", ""},
	} {
		words := wordSpans(c.text)
		weight := make([]float64, len(words))
		for k, w := range words {
			if lw := strings.ToLower(c.text[w[0]:w[1]]); lw == "dunmore" || lw == "valley" {
				weight[k] = 1
			}
		}
		matched := slices.IndexFunc(weight, func(x float64) bool { return x > 0 })
		got := ""
		if v := objectVerbStart(c.text, words, weight, matched, matched, maxShortWords); v >= 0 {
			got = c.text[words[v][0]:words[v][1]]
		}
		if got != c.want {
			t.Errorf("objectVerbStart(%q) took back %q; want %q", c.text, got, c.want)
		}
	}
}
