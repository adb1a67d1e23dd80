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
		// a multiplier makes a ratio, no degree; the next equative answers
		{"how high is the new mast", "The new mast is three times as high as the old one.", ""},
		{"how long is the new pier", "The new pier is half as long as the old one, and as long as the ferry berth at Orbek.", "as long as the ferry berth at Orbek"},
		{"how long will the pumps run", "The pumps will run for as long as the rain keeps falling.", "as long as the rain keeps falling"},
		{"how high did the river get", "It rose AS HIGH AS the old mill’s roof.", "AS HIGH AS the old mill’s roof"},
		// the question's own word after the adjective, not only "away"
		{"how high up is the cab", "The cab sits as high up as the church spire, over the docks.", "as high up as the church spire"},
		{"how far down did they dig", "They dug as far away as the quay.", ""},
	} {
		q := question{words: strings.Fields(c.q)}
		// read with the text's ASCII letters lowered (the memoised
		// copy), and without one (lowered in equative)
		for _, lower := range []string{lowerASCII(c.text), ""} {
			s := equative(&q, c.text, lower)
			if got := c.text[s.start:s.end]; got != c.want {
				t.Errorf("equative(%q, %q) = %q; want %q", c.q, c.text, got, c.want)
			}
		}
	}
	// equativeOf reads the engine's memoised copy, whose offsets must be
	// the text's: strings.ToLower shortens "İ" and lengthens "Ⱥ", so a
	// copy of the same length may still be shifted by a byte
	shifted := "İ The river rose as high as the mill roof, Ⱥ."
	q := question{words: strings.Fields("how high did the river rise")}
	if s := engineOfText(t, "---\nid: s\nheadline: River\n---\nThe river rose.\n").equativeOf(&q, shifted); shifted[s.start:s.end] != "as high as the mill roof" {
		t.Errorf("equativeOf(%q) = %q; want %q", shifted, shifted[s.start:s.end], "as high as the mill roof")
	}
	e := engineOfText(t, "---\nid: t\nheadline: Storm\n---\nThe storm knocked out power across the county. Thunder was heard as far away as the port of Delmore, some 60 kilometres to the south.\n")
	if a := mustAsk(t, e, "how far away could people hear the thunder"); !strings.Contains(a.Short, "as far away as the port of Delmore") {
		t.Errorf("how far away could people hear the thunder: short %q; want the equative", a.Short)
	}
}

// TestEquativeAfterFigure: the equative stands in for a figure only where
// the passage's figure readers find none in the measure asked: "as long
// as the strike lasts" (a condition) and "twice as high as the old one"
// (a ratio) do not answer how long or how high a thing is where its
// length or height is given.
func TestEquativeAfterFigure(t *testing.T) {
	for _, c := range []struct{ text, q, want string }{
		{"The Orbek canal, 98 kilometres long, will stay shut as long as the strike lasts.", "how long is the orbek canal", "98 kilometres"},
		{"The Orbek bridge is 40 metres high, twice as high as the old one.", "how high is the orbek bridge", "40 metres"},
	} {
		e := engineOfText(t, "---\nid: t\nheadline: Orbek\n---\n"+c.text+"\n")
		if a := mustAsk(t, e, c.q); !strings.Contains(a.Short, c.want) {
			t.Errorf("%q: short %q; want it to hold %q", c.q, a.Short, c.want)
		}
	}
}
