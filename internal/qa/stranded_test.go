package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// harbourTalks is an invented article whose first paragraph names the
// talks in one sentence and says what they focused on in the next, which
// takes up no word of the first ("The sessions").
const harbourTalks = "---\nid: h\nheadline: Port chiefs meet in Øresund\n---\n" +
	"Port director Søren Vilhelmsen took part in two days of harbour talks in Malmö, including meetings with the ferry operators and the coastguard. " +
	"The sessions focused on how the berths could be dredged before the summer crossings begin.\n\n" +
	"The port handles about 90 ferries a week.\n"

// TestStrandedVerbNext: "what did X's talks focus on" strands "on" from
// "focus", its verb though English mostly uses it as a noun; the next
// sentence of the paragraph says "focused on", so it answers, though it
// does not point back to the top one.
func TestStrandedVerbNext(t *testing.T) {
	e := engineOfText(t, harbourTalks)
	wantShorts(t, e, []askedShort{{"what did vilhelmsens harbour talks focus on", "how the berths could be dredged"}})
}

// TestStrandedVerb: the word before a final preposition of a question
// asked with "did" is its verb, unless an article or possessive opens it
// or a verb's base form comes before it; none without do-support or a
// final preposition.
func TestStrandedVerb(t *testing.T) {
	e := engineOfText(t, harbourTalks)
	for _, c := range []struct{ q, want string }{
		{"what did the harbour talks focus on", "focus"},
		{"what did the plan focus on", "focus"},
		{"what did they use the money for", ""},
		{"what did the port ask the coastguard for", ""},
		{"what were the talks about", ""},
		{"what did the talks focus", ""},
		{"focus on", ""},
		{"did on", ""},
		{"", ""},
		{"what did Søren’s crews work on", "work"},
		{"what did the harbour talks focus mainly on", "focus"},
		{"what did the tenants rely chiefly on", "rely"},
		{"what did the council talks on", ""},
		{"what did the crews quickly on", ""},
		{"did mainly on", ""},
	} {
		q := e.analyse(c.q)
		got := ""
		if i := q.strandedVerb(); i >= 0 {
			got = q.terms[i].word
		}
		if got != c.want {
			t.Errorf("strandedVerb(%q) = %q; want %q", c.q, got, c.want)
		}
	}
}

// TestDeedNextStrandedRefused: the next sentence that takes up no word
// of the top one is the deed only where it says the stranded verb with
// its preposition; the verb with another word after it is refused.
func TestDeedNextStrandedRefused(t *testing.T) {
	const other = "---\nid: h\nheadline: Port chiefs meet in Øresund\n---\n" +
		"Port director Søren Vilhelmsen took part in two days of harbour talks in Malmö, including meetings with the ferry operators and the coastguard. " +
		"The sessions focused minds before the summer crossings begin.\n\n" +
		"The port handles about 90 ferries a week.\n"
	for _, c := range []struct {
		art  string
		want bool
	}{
		{harbourTalks, true},
		{other, false},
	} {
		e := engineOfText(t, c.art)
		a := e.c.Articles[0]
		k := slices.IndexFunc(a.Passages, func(p corpus.Passage) bool { return strings.HasPrefix(p.Text, "Port director") })
		if k < 0 {
			t.Fatalf("no top passage in %+v", a.Passages)
		}
		top := &cand{a: a, p: a.Passages[k], toks: e.factsOf(a, &a.Passages[k]).toks}
		q := e.analyse("what did vilhelmsens harbour talks focus on")
		if got := e.deedNext(&q, top) != nil; got != c.want {
			t.Errorf("deedNext(%q) found = %v; want %v", a.Passages[k].Text, got, c.want)
		}
	}
}
