package qa

import (
	"context"
	"strings"
	"testing"
)

// TestWithTimeVerb: a time that answers "when" is shown with the verb it
// is said of, and that verb's auxiliaries, not with the words after the
// verb alone, and a participle or relative clause with the noun it
// qualifies; a phrase that holds its verb already, or a time with no verb
// before it in its clause, is left as it is.
func TestWithTimeVerb(t *testing.T) {
	for _, c := range []struct{ text, time, phrase, want string }{
		// the verb before the phrase's start is taken in
		{"Two cranes lifted the old footbridge clear at 6:20 a.m. on a calm morning.", "at 6:20 a.m.", "the old footbridge clear at 6:20 a.m. on a calm morning", "lifted the old footbridge clear at 6:20 a.m. on a calm morning"},
		// with its auxiliaries
		{"The mayor said the grants would be paid within three weeks of a claim.", "within three weeks", "paid within three weeks of a claim", "would be paid within three weeks of a claim"},
		// more than a short answer's words: up to the time only
		{"Engineers had reconnected the pumping station of the old town at 11 p.m. after a long night of repairs to the mains.", "at 11 p.m.", "station of the old town at 11 p.m. after a long night", "had reconnected the pumping station of the old town at 11 p.m."},
		// a relative clause or a participle set off by commas: with the
		// noun it qualifies, back to "that" or a verb
		{"The old lighthouse, which closed in 1952, is now a cafe.", "in 1952", "which closed in 1952", "The old lighthouse, which closed in 1952"},
		{"Inspectors said that the harbour cranes, bought in 1989, had failed twice.", "in 1989", "bought in 1989", "the harbour cranes, bought in 1989"},
		// but not a finite verb after a list: "Leeds" is no subject of it
		{"Three depots, in York, Leeds and Hull, would reopen on Friday.", "on Friday", "would reopen on Friday", "would reopen on Friday"},
		{"Three depots, in York, Leeds and Hull, reopened on Friday.", "on Friday", "reopened on Friday", "reopened on Friday"},
		{"The bakery, Crumb & Co, opened in 2019.", "in 2019", "opened in 2019", "opened in 2019"},
		// after a fronted phrase's comma the noun is still there
		{"In Leeds, the council, which met on Friday, agreed the plan.", "on Friday", "which met on Friday", "the council, which met on Friday"},
		// a name ending in -ed is no verb: the verb before it is taken
		{"Police arrested the activist Mohammed Ahmed at 6 a.m. outside his home.", "at 6 a.m.", "at 6 a.m. outside his home", "arrested the activist Mohammed Ahmed at 6 a.m. outside his home"},
		// a timeline's entry: the time with what it dates
		{"Monday, 7:05 a.m.: The council closes the ring road", "Monday, 7:05 a.m.", "Monday, 7:05 a.m.", "Monday, 7:05 a.m.: The council closes the ring road"},
		// the verb inside the phrase already: as it is
		{"The ferry sailed on Sunday evening.", "on Sunday evening", "The ferry sailed on Sunday evening", "The ferry sailed on Sunday evening"},
		// no verb before the time in its clause: as it is
		{"On Monday, the museum reopens.", "On Monday", "On Monday", "On Monday"},
	} {
		at := strings.Index(c.text, c.time)
		p := strings.Index(c.text, c.phrase)
		if at < 0 || p < 0 {
			t.Fatalf("bad case %q", c.text)
		}
		s := withTimeVerb(c.text, span{at, at + len(c.time)}, span{p, p + len(c.phrase)})
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("withTimeVerb(%q, %q) = %q, want %q", c.text, c.time, got, c.want)
		}
	}
}

// TestAttributiveYear: a bare year before the noun it qualifies dates the
// noun, not the deed of its clause; a year that stands alone, after "in",
// or before a preposition or a verb does not qualify a noun.
func TestAttributiveYear(t *testing.T) {
	for _, c := range []struct {
		text, year string
		want       bool
	}{
		{"The levy ends once the harbour's 2019 expansion loan is repaid.", "2019", true},
		{"The mill's 1998 closure cost 400 jobs.", "1998", true},
		{"The mill closed in 1998 after a fire.", "in 1998", false},
		{"The mill closed 1998, its owners said.", "1998", false},
		{"Since 1998 the mill has stood empty.", "1998", false},
		{"Since 2019 prices have doubled.", "2019", false},
		{"In 2022 prices rose sharply.", "2022", false},
		{"Prices are 20% above 2019 levels.", "2019", true}, // no preposition of time: the year qualifies "levels"
	} {
		at := strings.Index(c.text, c.year)
		if got := attributiveYear(c.text, span{at, at + len(c.year)}); got != c.want {
			t.Errorf("attributiveYear(%q, %q) = %v, want %v", c.text, c.year, got, c.want)
		}
	}
}

// TestAttributiveYearFallback: the dates found in a passage are
// remembered for every later question, so the rule that sets a year before
// a noun aside ("the port's 2019 expansion") must work on a copy: asked
// twice, a "when" question gets the same passage, score and short answer.
func TestAttributiveYearFallback(t *testing.T) {
	e := howEngine(t, "The harbour board met in Oslo on Monday.\n\n"+
		"Its members still argue over the port's 2019 expansion of the container quay.")
	var first *Answer
	for i := 0; i < 2; i++ {
		a, err := e.Ask(context.Background(), "when did the port expand the container quay")
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "2019") {
			t.Fatalf("ask %d: top passage %v, want the 2019 one", i+1, a.Passages)
		}
		if first == nil {
			first = &a
		} else if a.Short != first.Short || a.Passages[0].Score != first.Passages[0].Score {
			t.Errorf("asked again: short %q score %v, first %q score %v", a.Short, a.Passages[0].Score, first.Short, first.Passages[0].Score)
		}
	}
}
