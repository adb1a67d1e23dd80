package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// coverageEngine is an engine over one of the coverages under testdata.
func coverageEngine(t *testing.T, cov string) *Engine {
	t.Helper()
	c, _, err := corpus.Dir("testdata/"+cov+"/articles", corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return engineOver(t, c)
}

// TestOnePersonAskedGetsNoBody: a "who" question that asks for one
// person by a noun for one ("which engineer", "who was council leader")
// is declined where the answer the passage gives is a body's name, no
// person's ("Halloran Pryce Engineering", "City Council"); one that asks
// for several ("who r the ppl behind …") may be answered by a body, and a
// body a person's description names ("Pieter Hoekstra, the salvage
// master for Van Oord Wreck & Tow") still answers.
func TestOnePersonAskedGetsNoBody(t *testing.T) {
	bridge := coverageEngine(t, "bridge")
	wantDeclined(t, bridge, "which engineer actually spotted the first crack")
	wantDeclined(t, bridge, "who was council leader when the strengthening got put off in 2021")
	wantAnswered(t, coverageEngine(t, "tram"), "who r the ppl behind the legal fight against the tram")
	wantAnswered(t, coverageEngine(t, "ship"), "whos the salvage guy in charge")
}

// TestPersonAsked: the noun for a person a "who" question asks for by
// its own phrase, and whether it asks for one.
func TestPersonAsked(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		q    string
		noun string
		one  bool
	}{
		{"which engineer actually spotted the first crack", "engineer", true},
		{"which two labour councillors sat the vote out", "councillors", false},
		{"whos the guy who owns the ferry boats", "guy", true},
		{"who was council leader when the strengthening got put off", "leader", true},
		{"who is the ceo of halloran pryce", "ceo", true},
		{"who r the ppl behind the legal fight", "people", false},
		{"which engineering firm inspected the bridge", "", false},
		{"which country will lead the force", "", false},
		{"who is paying for the repairs", "", false},
		{"what is the name of the engineer", "", false},
	} {
		q := e.analyse(tc.q)
		if got, one := personAsked(&q), asksOnePerson(&q); got != tc.noun || one != tc.one {
			t.Errorf("personAsked(%q) = %q, %v; want %q, %v", tc.q, got, one, tc.noun, tc.one)
		}
	}
}

// TestPersonsName: a name is a person's by its form and the articles'
// use of it, not a body's or a thing's.
func TestPersonsName(t *testing.T) {
	e := coverageEngine(t, "bridge")
	for name, want := range map[string]bool{
		"Paul Venning":                   true,
		"Dr Helen Marsh":                 true,
		"Marsh":                          true, // "Dr Helen Marsh", named in full
		"Transport Minister Graham Pell": true,
		"Halloran Pryce Engineering":     false,
		"Tarrington City Council":        false,
		"Sellick River Cruises":          false,
		"Caswell Bridge":                 false,
		"Kestrel":                        false,
		"NATO":                           false,
	} {
		if got := e.personsName(name); got != want {
			t.Errorf("personsName(%q) = %v; want %v", name, got, want)
		}
	}
}
