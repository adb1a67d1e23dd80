package qa

import (
	"strings"
	"testing"
)

// TestEquative: "how ADJ" is answered by the passage's "as ADJ as X" of
// the same ADJ, to the end of its clause; not for "how much" or "how
// many", nor for another adjective; never out of range on any text.
func TestEquative(t *testing.T) {
	for _, c := range []struct{ q, text, want string }{
		{"how far away was the blast heard", "The blast was heard as far away as the village of Orbek, about 30 kilometres east.", "as far away as the village of Orbek"},
		{"how high did the river get", "The river rose as high as the bakery’s window sills on Dunn Street.", "as high as the bakery’s window sills on Dunn Street"},
		{"how long will the pumps run", "As long as the rain keeps falling, the pumps will run.", "As long as the rain keeps falling"},
		{"how far away was the blast heard", "The blast was heard far away, in Orbek.", ""},
		{"how high did the river get", "It rose as far as the bridge.", ""},
		{"how much did it cost", "It cost as much as a new school.", ""},
		{"how far did it go", "It went as far as ", ""},
		{"how far did it go", "", ""},
		{"how far did it go", "İİİ has gone as far as Øresund, café", "as far as Øresund"},
	} {
		q := question{words: strings.Fields(c.q)}
		s := equative(&q, c.text)
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("equative(%q, %q) = %q; want %q", c.q, c.text, got, c.want)
		}
	}
	e := engineOfText(t, "---\nid: t\nheadline: Storm\n---\nThe storm knocked out power across the county. Thunder was heard as far away as the port of Delmore, some 60 kilometres to the south.\n")
	if a := mustAsk(t, e, "how far away could people hear the thunder"); !strings.Contains(a.Short, "as far away as the port of Delmore") {
		t.Errorf("how far away could people hear the thunder: short %q; want the equative", a.Short)
	}
}
