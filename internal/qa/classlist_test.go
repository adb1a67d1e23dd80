package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestClassList: a list question names the class of things it asks for
// ("what sorts of boats"), and a coordination of members of that class
// (by GloVe nearness of the items' heads to the class noun) lists them;
// a coordination of other things, or of names, does not.
func TestClassList(t *testing.T) {
	e := engineOfText(t, "---\nid: c\nheadline: Harbour\n---\nThe harbour was full.\n")
	for q, want := range map[string]string{
		"what sorts of boats were in the harbour": "boats",
		"which other vehicles were damaged":       "vehicles",
		"name the three tools they used":          "tools",
		"what did the mayor say":                  "",
		"how many boats sank":                     "",
	} {
		if got := askedClass(new(e.analyse(q))); got != want {
			t.Errorf("askedClass(%q) = %q; want %q", q, got, want)
		}
	}
	q := new(e.analyse("what sorts of boats were in the harbour"))
	for text, want := range map[string]bool{
		"By noon the harbour held fishing boats, ferries and two yachts.":             true,
		"The storm brought wind, rain and cold weather to the harbour.":               false,
		"Boats from Norway, Denmark and Sweden were in the harbour.":                  false,
		"The port lost trade, hours and money while the harbour was closed to boats.": false,
	} {
		c := &cand{p: corpus.Passage{Text: text}}
		got := false
		for _, co := range coordinations(text) {
			got = got || classList(q, c, co, "boats")
		}
		if got != want {
			t.Errorf("classList(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestSetAside: a question setting one thing aside ("besides troops")
// asks for a list, and a list standing just after that thing (or a
// synonym of it) in the passage, not holding it, is the others given
// with it.
func TestSetAside(t *testing.T) {
	e := testEngine(t)
	q := new(e.analyse("what did the governor send to the coast besides troops"))
	if !asksList(q) || setAside(q) != "troops" {
		t.Fatalf("asksList = %v, setAside = %q; want a list question setting aside \"troops\"", asksList(q), setAside(q))
	}
	for question, want := range map[string]string{
		"what did they send besides a hospital ship": "hospital",
		"what did they send besides some troops":     "troops",
		"what did they send besides our troops":      "troops",
	} {
		if got := setAside(new(e.analyse(question))); got != want {
			t.Errorf("setAside(%q) = %q; want %q", question, got, want)
		}
	}
	for text, want := range map[string]bool{
		"The governor said 900 soldiers would go to the coast, along with fuel trucks, pumps and tents.": true,
		"The governor asked for money for roads, schools and clinics after the storm hit the coast.":     false,
		"The governor discussed troop numbers, fuel trucks and tents with the mayor.":                    false,
	} {
		c := parsedCand(t, e, text)
		got := false
		for _, co := range coordinations(text) {
			got = got || besideAside(q, c, co, "troops")
		}
		if got != want {
			t.Errorf("besideAside(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestMassClass: "what gear do you need" asks for a mass of things, a list
// of them; "what ship ran aground" asks for one of things the articles
// count ("ships"); "what time is it" asks for no thing with extent.
func TestMassClass(t *testing.T) {
	e := engineOfText(t, "---\nid: m\nheadline: Harbour\n---\nTwo ships ran aground. Crews wore gloves, boots and helmets.\n")
	for q, want := range map[string]string{
		"what gear do you need":      "gear",
		"what ship ran aground":      "",
		"what ship is stuck":         "",
		"what time is it":            "",
		"what boats were in harbour": "",
	} {
		if got := e.massClass(new(e.analyse(q))); got != want {
			t.Errorf("massClass(%q) = %q; want %q", q, got, want)
		}
	}
}

// TestItemHead: a listed item's head word, without marks around it, in
// its own case; and listsThings reads lists by it ("gloves, boots and
// masks.)" are gear; trucks and cranes are no parties).
func TestItemHead(t *testing.T) {
	for item, want := range map[string]string{
		"rubber gloves":       "gloves",
		"two “steel” masks.)": "masks",
		"the Harbour Board,":  "Board",
		"  ":                  "",
		"":                    "",
		"—":                   "—",
	} {
		if got := itemHead(item); got != want {
			t.Errorf("itemHead(%q) = %q; want %q", item, got, want)
		}
	}
	if !listsThings("gear", "Crews brought rubber gloves, steel-capped boots and masks.)") {
		t.Errorf("listsThings: gloves, boots and masks are gear")
	}
	if listsThings("parties", "Crews brought trucks and cranes.") {
		t.Errorf("listsThings: trucks and cranes are no parties")
	}
}
