package qa

import (
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
	} {
		at := strings.Index(c.text, c.year)
		if got := attributiveYear(c.text, span{at, at + len(c.year)}); got != c.want {
			t.Errorf("attributiveYear(%q, %q) = %v, want %v", c.text, c.year, got, c.want)
		}
	}
}
