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
	shortHoldsNot(t, e, []holdsNot{
		{"how many sheep were lost", "240", "31"},
		{"how many more snowploughs were sent on tuesday", "Four", "eleven"},
		{"how many medics are at the clinic", "60", "15"},
	})
}

// TestRunningTotalOtherNoun: a total that names what it is of ("the
// number of evacuees", "the death toll") is the answer only where that is
// what the question counts, or its deed ("the rescue tally" for "how many
// … were rescued"); an increment of the question's noun beside a total of
// another noun gives the increment.
func TestRunningTotalOtherNoun(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Flood shelters\n---\n"+
		"The river burst its banks on Sunday.\n\n"+
		"Another 25 cots were delivered to the gym on Monday, bringing the number of evacuees to 400.\n\n"+
		"Divers recovered another 6 kayaks on Tuesday, bringing the death toll to 14.\n\n"+
		"A further 12 climbers were rescued on Wednesday, bringing the number of climbers rescued to 57.\n\n"+
		"Five more pumps were brought in on Thursday, bringing the pump tally to 19.\n")
	shortHoldsNot(t, e, []holdsNot{
		{"how many cots were delivered to the gym", "25", "400"},
		{"how many kayaks did divers recover", "6", "14"},
		{"how many climbers have been rescued", "57", "12"},
		{"how many pumps are working", "19", "Five"},
	})
	e2 := engineOfText(t, "---\nid: s\nheadline: Gale at sea\n---\nThe gale struck the fishing fleet on Friday.\n\n"+
		"Another 7 sailors were rescued on Saturday, bringing the rescue tally to 48.\n")
	for _, q := range []string{"how many sailors were rescued", "how many sailors have been rescued so far"} {
		if a := mustAsk(t, e2, q); !strings.Contains(a.Short, "48") {
			t.Errorf("%q: short answer %q; want the tally of the deed asked, 48", q, a.Short)
		}
	}
	q := e.analyse("how many cots are there")
	text := "Another 25 cots were delivered — bringing the number of évacués to 400."
	i, j := strings.Index(text, "25"), strings.Index(text, "400")
	if got := e.runningTotal(&q, text, []span{{i, i + 2}, {j, j + 3}}); got.end > got.start {
		t.Errorf("runningTotal over a total of another noun = %q; want none", text[got.start:got.end])
	}
}

// TestRunningTotalPinned: a question that pins its count to what the
// increment's clause says and the total's phrase does not (a day, a
// place: "… *on thursday*") asks the increment; one that says what the
// total's phrase says, or only the noun and its verb, asks the total.
func TestRunningTotalPinned(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Bus depot\n---\n"+
		"The depot reopened on Wednesday after the fire.\n\n"+
		"Four more buses came back from Lowfield on Thursday, bringing the total on the road to 23.\n")
	shortHoldsNot(t, e, []holdsNot{
		{"how many buses came back on thursday", "Four", "23"},
		{"how many buses came back from lowfield", "Four", "23"},
		{"how many buses are on the road", "23", "Four"},
		{"how many buses came back", "23", "Four"},
	})
}

// holdsNot is a question, what its short answer must hold and what it
// must not.
type holdsNot struct{ q, want, not string }

// shortHoldsNot asks e each case's question and checks its short answer.
func shortHoldsNot(t *testing.T, e *Engine, cases []holdsNot) {
	t.Helper()
	for _, c := range cases {
		a := mustAsk(t, e, c.q)
		if !strings.Contains(a.Short, c.want) || strings.Contains(a.Short, c.not) {
			t.Errorf("%q: short answer %q; want it to hold %q, not %q", c.q, a.Short, c.want, c.not)
		}
	}
}

// TestRunningTotalPinnedAbbreviation pins the increment's clause to its
// whole sentence where an abbreviation's stop ("Mr.", "St.") stands
// between the day and the increment: the stop ends no sentence.
func TestRunningTotalPinnedAbbreviation(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Tram depot\n---\nThe tram depot reopened.\n")
	q := e.analyse("how many trams returned on saturday")
	for _, text := range []string{
		"On Saturday, Dr. Okafor said six more trams returned, bringing the total in service to 31.",
		"On Saturday, the staff at St. Anne depot said six more trams returned, bringing the total in service to 31.",
	} {
		i, j := strings.Index(text, "six"), strings.Index(text, "31")
		got := e.runningTotal(&q, text, []span{{i, i + 3}, {j, j + 2}})
		if got.end > got.start {
			t.Errorf("runningTotal(%q) = %q; want none (the increment is pinned to Saturday)", text, text[got.start:got.end])
		}
	}
}

// TestDeedWord: a word near the counted verb's meaning names its deed;
// a question that counts by no verb has none, and countsWord takes the
// deed's tally only for people in general.
func TestDeedWord(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Quarry\n---\nThe quarry shut.\n")
	for _, c := range []struct {
		q, w       string
		deed, asks bool
	}{
		{"how many people died", "death", true, true},
		{"how many swimmers died", "death", true, false},
		{"how many swimmers died", "quarry", false, false},
		{"how many lorries", "death", false, false},
		{"how many people died", "", false, false},
	} {
		q := e.analyse(c.q)
		if got := q.deedWord(c.w); got != c.deed {
			t.Errorf("%q: deedWord(%q) = %v; want %v", c.q, c.w, got, c.deed)
		}
		if got := e.countsWord(&q, c.w); got != c.asks {
			t.Errorf("%q: countsWord(%q) = %v; want %v", c.q, c.w, got, c.asks)
		}
	}
}

// TestRunningTotalAbbreviationBetween: an abbreviation's stop between the
// increment and the total ("St.") ends no sentence, so the total is
// still the increment's; a real sentence end between them parts them.
func TestRunningTotalAbbreviationBetween(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Tram depot\n---\nThe tram depot reopened.\n")
	q := e.analyse("how many trams are in service")
	for _, c := range []struct {
		text, want string
	}{
		{"Six more trams returned from the St. Anne depot, bringing the total in service to 31.", "31"},
		{"Six more trams returned from the depot. Crews said this brought the total in service to 31.", ""},
	} {
		i, j := strings.Index(c.text, "Six"), strings.Index(c.text, "31")
		got := e.runningTotal(&q, c.text, []span{{i, i + 3}, {j, j + 2}})
		if s := c.text[max(got.start, 0):max(got.end, 0)]; !strings.HasPrefix(s, c.want) || c.want == "" && s != "" {
			t.Errorf("runningTotal(%q) = %q; want %q", c.text, s, c.want)
		}
	}
}
