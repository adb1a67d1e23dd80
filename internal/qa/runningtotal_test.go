package qa

import (
	"context"
	"strings"
	"testing"
)

// TestRunningTotal: a "how many" answered by a sentence that adds to a
// count ("three more ferries …, bringing the total in service to nine")
// gets the count reached, not the increment.
func TestRunningTotal(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Lake ferries return\n---\n"+
		"The Marrow Lake ferry company restarted its crossings on Sunday after the storm.\n\n"+
		"Three more ferries returned to the water on Monday, bringing the total in service to nine, the company said.\n")
	for _, c := range []struct{ q, want string }{
		{"how many ferries are in service now", "nine"},
	} {
		a, err := e.Ask(context.Background(), c.q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Short, c.want) || strings.Contains(a.Short, "Three") {
			t.Errorf("%q: short answer %q; want it to hold %q, not the increment", c.q, a.Short, c.want)
		}
	}
}

// TestRunningTotalSpans: runningTotal reads only the figures given, in
// one sentence, and takes none on text with no increment; no input
// panics (multi-byte text, spans out of order, empty text).
func TestRunningTotalSpans(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Beds\n---\nThe ward opened.\n")
	q := e.analyse("how many beds are there")
	text := "Another 40 beds were added — taking the total at St Émile’s to 300. The number rose to 12."
	at := func(s string) span {
		i := strings.Index(text, s)
		return span{i, i + len(s)}
	}
	for _, c := range []struct {
		name string
		nums []span
		want string
	}{
		{"increment then total", []span{at("40"), at("300")}, "300"},
		{"total in the next sentence", []span{at("40"), at("12")}, ""},
		{"no increment", []span{at("300"), at("12")}, ""},
		{"increment past the total", []span{at("40 beds were added — taking the total at St Émile’s to 300"), at("300")}, ""},
	} {
		got := e.runningTotal(&q, text, c.nums)
		if g := text[got.start:got.end]; g != c.want {
			t.Errorf("%s: runningTotal = %q; want %q", c.name, g, c.want)
		}
	}
	if got := e.runningTotal(&q, "", nil); got.end > got.start {
		t.Errorf("runningTotal of empty text = %v; want empty", got)
	}
}

// TestRunningTotalAsked: the total reached answers only a question that
// counts what it counts, and never one that asks the increment; the
// project's increment words ("a further", "extra") read as "another".
func TestRunningTotalAsked(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Valley storm\n---\n"+
		"The storm reached the valley on Sunday.\n\n"+
		"Another 9 hikers were rescued on Monday, bringing the rescue tally to 31, while 240 sheep were lost.\n\n"+
		"Four more snowploughs were sent on Tuesday, bringing the total on the pass to eleven.\n\n"+
		"An extra 15 medics arrived on Wednesday, taking the total at the clinic to 60.\n")
	for _, c := range []struct{ q, want, not string }{
		{"how many sheep were lost", "240", "31"},
		{"how many more snowploughs were sent on tuesday", "Four", "eleven"},
		{"how many medics are at the clinic", "60", "15"},
	} {
		a := mustAsk(t, e, c.q)
		if !strings.Contains(a.Short, c.want) || strings.Contains(a.Short, c.not) {
			t.Errorf("%q: short answer %q; want it to hold %q, not %q", c.q, a.Short, c.want, c.not)
		}
	}
}
