package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestSpeakersReason: "why does X think …" where X's passage gives no cue
// of a reason is answered with the clause X reports that does not only
// say the question again, not with the one that does.
func TestSpeakersReason(t *testing.T) {
	e := howEngine(t, "The Millbrook library opened in 1962 and has 40,000 books on its shelves.\n\n"+
		"Head librarian Zoë Marchetti said that \"the roof leaks over the archive every winter\" and \"we will need a new building before long\".\n\n"+
		"The reading room is on the second floor, beside the café.")
	wantShorts(t, e, []askedShort{
		{"why does marchetti think the library will need a new building", "the roof leaks over the archive every winter"},
	})
	// the same, said by a verb of several words (phrasalSaid)
	e = howEngine(t, "The Ashby pool opened in 1971 and holds 300 swimmers.\n\n"+
		"Site manager Tomás Oyelaran also pointed out that \"the boiler fails every January\" and \"we will need a new pool soon\".\n\n"+
		"The pool café is on the first floor.")
	wantShorts(t, e, []askedShort{
		{"why does oyelaran think the town will need a new pool", "the boiler fails every January"},
		{"why does tomás oyelaran think the town will need a new pool", "the boiler fails every January"},
	})
	// another person who shares the surname or the description's noun is
	// not the one asked about: "Tomás Oyelaran" is not Ana Oyelaran, "the
	// finance officer" not the safety officer
	notTheirs := func(e *Engine, q, other string) {
		t.Helper()
		if a := mustAsk(t, e, q); strings.Contains(a.Short, other) {
			t.Errorf("%s: answered %v %q; want no short answer of another's words %q", q, a.Answered, a.Short, other)
		}
	}
	notTheirs(e, "why does ana oyelaran think the town will need a new pool", "the boiler fails every January")
	e = howEngine(t, "The Dunmore rink opened in 1984 and seats 900 skaters.\n\n"+
		"The rink's finance officer also pointed out that \"the chiller breaks down every March\" and \"the town will need a new rink soon\".\n\n"+
		"The safety officer checked the ice on Sunday.")
	wantShorts(t, e, []askedShort{
		{"why does the finance officer think the town will need a new rink", "the chiller breaks down every March"},
	})
	notTheirs(e, "why does the safety officer think the town will need a new rink", "the chiller breaks down every March")
}

// TestReportedParts splits a reported clause where "and that" or "and"
// before a quotation mark joins two, keeps the mark with its quotation,
// and reads an empty, inverted or out-of-range span as nothing.
func TestReportedParts(t *testing.T) {
	for _, tc := range []struct {
		text string
		s    span
		want []string
	}{
		{"the fees had doubled and that the hall was shut", span{0, -1}, []string{"the fees had doubled", "the hall was shut"}},
		{"the cost was high and “we cannot pay” — Zoë", span{0, -1}, []string{"the cost was high", "“we cannot pay” — Zoë"}},
		{"the bread and the milk ran out", span{0, -1}, []string{"the bread and the milk ran out"}},
		{"", span{0, 0}, nil},
		{"abc", span{2, 1}, nil},
		{"abc", span{0, 9}, nil},
	} {
		if tc.s.end < 0 {
			tc.s.end = len(tc.text) // the whole text
		}
		var got []string
		for p := range reportedParts(tc.text, tc.s) {
			got = append(got, tc.text[p.start:p.end])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("reportedParts(%q, %v) = %q; want %q", tc.text, tc.s, got, tc.want)
		}
	}
}
