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
		{"increment then total", []span{at("40 beds"), at("300")}, "300"},
		{"total in the next sentence", []span{at("40 beds"), at("12")}, ""},
		{"no increment", []span{at("300"), at("12")}, ""},
		{"out of order", []span{at("300"), at("40 beds"), at("12")}, ""},
	} {
		got := runningTotal(text, c.nums)
		if g := text[got.start:got.end]; g != c.want {
			t.Errorf("%s: runningTotal = %q; want %q", c.name, g, c.want)
		}
	}
	if got := runningTotal("", nil); got.end > got.start {
		t.Errorf("runningTotal of empty text = %v; want empty", got)
	}
}
