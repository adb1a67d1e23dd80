package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestListedIn: "which article has a bullet list of X" names the article
// whose list (with the sentence introducing it and the subhead over it)
// holds X, with that sentence; with no X, every article that has a list;
// with an X that no list holds, none.
func TestListedIn(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Storm closes three harbours\noutlet: Coast Wire\n---\nThe storm hit on Monday.\n\n## What was shut\n\nThe harbours closed until Friday were:\n\n- Kelport, to all ships.\n- Brenmoor, to ferries only.\n",
		"---\nid: b\nheadline: Council sets out its repair plan\noutlet: Town Ledger\n---\nThe council met on Tuesday.\n\nIts plan rests on four steps:\n\n- Clearing the quay.\n- Testing the cranes.\n",
		"---\nid: c\nheadline: Fishers count their losses\n---\nBoats stayed in port all week.\n")
	for _, tc := range []struct{ q, want string }{
		{"which article has a bullet list of what was shut", "Storm closes three harbours: The harbours closed until Friday were"},
		{"which one has the bullet points about the cranes", "Council sets out its repair plan: Its plan rests on four steps"},
		{"which articles have bullet points", "Storm closes three harbours and Council sets out its repair plan"},
	} {
		a := mustAsk(t, e, tc.q)
		if a.Short != tc.want {
			t.Errorf("%s: %q; want %q", tc.q, a.Short, tc.want)
		}
		if len(a.Sources) == 1 {
			checkAnswer(t, tc.q, a) // (a list of names is no words of a passage: articlesNamed)
		}
	}
	// a list described that no list holds, or a question about one of
	// something else: no article named for having one
	for _, q := range []string{"which article has a bullet list of the flood victims", "which article has a list of the flood victims", "which one of the harbours was hit by a bullet"} {
		if a, _ := e.Ask(t.Context(), q); a.Kind == KindMeta {
			t.Errorf("%s: %q; want no article named for its list", q, a.Short)
		}
	}
}

// TestNamedWithRoom: a part shown beside an article's name keeps as few
// as minNameWords of the name's opening words; with fewer left, the name
// alone.
func TestNamedWithRoom(t *testing.T) {
	name := "In a quiet harbour town the ferries stopped running today"
	a := &corpus.Article{}
	for _, tc := range []struct{ shown, want string }{
		{"The statement set out eight steps to follow", "In a quiet harbour…: The statement set out eight steps to follow"},
		{"The statement set out nine steps to follow now", name},
	} {
		if got := namedWith(name, a, tc.shown); got != tc.want {
			t.Errorf("namedWith(%q) = %q; want %q", tc.shown, got, tc.want)
		}
	}
}

// TestListedInDescription: what describes the list asked for is what
// follows the cue ("a list of X", "bullet points about X"), less the
// cues' own words: a list whose introducing sentence says "list" is no
// list of whatever the question names, and the question's verb ("uses",
// "contains") describes nothing, so every article with a list is named.
func TestListedInDescription(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Snow shuts the hill roads\n---\nSnow fell all night on Sunday.\n\nThe list of roads still shut:\n\n- The coast road.\n- The old mill lane.\n",
		"---\nid: b\nheadline: Schools plan a late start\n---\nHeads met on Monday.\n\nThe plan has two steps:\n\n- Opening at ten.\n- Buses on the main routes.\n",
		"---\nid: c\nheadline: Farmers feed their flocks\n---\nSheep stayed in the barns.\n")
	checkShorts(t, e, []askedShort{
		{"which story uses bullet points", "Snow shuts the hill roads and Schools plan a late start"},
		{"which piece contains a bulleted list", "Snow shuts the hill roads and Schools plan a late start"},
		{"which article has a list of the roads still shut", "Snow shuts the hill roads: The list of roads still shut"},
		{"which one has bullet points about the buses", "Schools plan a late start: The plan has two steps"},
	})
	for _, q := range []string{"which article has a list of the injured skiers", "which article has a bullet list of the injured skiers"} {
		if a, _ := e.Ask(t.Context(), q); a.Kind == KindMeta {
			t.Errorf("%s: %q; want no article named for its list", q, a.Short)
		}
	}
}
