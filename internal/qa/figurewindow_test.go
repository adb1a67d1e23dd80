package qa

import (
	"strings"
	"testing"
)

// harbourStorm is an invented article whose figures stand in clauses too
// long for a short answer, with the question's words on either side.
const harbourStorm = "---\nid: harbour-storm\nheadline: Storm swamps Pellworth harbour\n---\n" +
	"Lifeguards and volunteers with kayaks had pulled 48 swimmers from capsized boats and jetties by Sunday afternoon, the coastguard said.\n\n" +
	"The port authority estimated that the town was losing about £2 million for each day the harbour stayed shut.\n\n" +
	"A charity kitchen beside the quay that hands out about 900 hot meals a day has asked for more volunteers.\n\n" +
	"Pellworth harbour master Ruth Kell said 35 fishing boats had sunk at their moorings in the outer basin during the storm.\n"

// TestAskedFigureWindow: a count's shown phrase moves, within its clause,
// to the window that holds more of the question's words ("… and
// jetties"), but not back across the word that opens the figure's clause
// ("the quay *that* hands out"), nor giving up the words after the figure
// that say what it is ("for each day"), nor closing inside a phrase
// ("stayed | shut").
func TestAskedFigureWindow(t *testing.T) {
	e := engineOfText(t, harbourStorm)
	for _, c := range []struct {
		q         string
		want, not []string
	}{
		{"how many swimmers were pulled from boats and jetties", []string{"48 swimmers", "boats and jetties"}, nil},
		{"how many hot meals does the quay charity kitchen hand out", []string{"900 hot meals"}, []string{"that"}},
		{"how much is the town losing per day acc to the port authority", []string{"£2 million for each day", "stayed shut"}, nil},
		// not back across the verb of saying to the speaker's words
		{"how many fishing boats did pellworth harbour master ruth kell say sank in the storm", []string{"35 fishing boats"}, []string{"Kell"}},
	} {
		a := mustAsk(t, e, c.q)
		for _, w := range c.want {
			if !a.Answered || !strings.Contains(a.Short, w) {
				t.Errorf("%q: answered %v, short answer %q; want it to hold %q", c.q, a.Answered, a.Short, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(" "+a.Short+" ", " "+w+" ") {
				t.Errorf("%q: short answer %q holds %q; want the window inside the figure's clause", c.q, a.Short, w)
			}
		}
	}
}

// TestFigurePair: a figure joined to the next by "and", "or" or "to" is
// a range or pair a window does not cut after its first figure.
func TestFigurePair(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int // the word a window would close on
		want bool
	}{
		{"cut by 30% between 2020 and 2024 in all", 4, true},
		{"from 10 to 12 metres", 1, true},
		{"rose 4% or 5% a year", 1, true},
		{"48 swimmers and their boats", 0, false},
		{"in 2020 and again later", 1, false},
		{"ends at 2020", 2, false},
		{"rose 4% in 2020 or so", 1, false}, // two figures, but "in" joins no range
	} {
		if got := figurePair(c.text, wordSpans(c.text), c.at); got != c.want {
			t.Errorf("figurePair(%q, %d) = %v; want %v", c.text, c.at, got, c.want)
		}
	}
}
