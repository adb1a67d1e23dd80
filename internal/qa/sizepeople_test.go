package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestPeopleSized checks that a size ("how big") is measured by a count
// of people under any noun for a person, where the question names no
// group of people or the count's sentence names the one it does; not by a
// count of other people ("300 passengers" for the crew), of things, a
// sum, or a length.
func TestPeopleSized(t *testing.T) {
	e := testEngine(t)
	cases := []struct {
		question, text string
		want           bool
	}{
		{"how big is the delegation", "The delegation of more than 40 diplomats arrived on Friday.", true},
		{"how big is the delegation", "The delegation, some 40 officials from Lyon, arrived on Friday.", true}, // an apposition: the sentence names the group
		{"how big was the crew", "The ferry carried 300 passengers. Its crew stayed aboard.", false},           // another sentence's group
		{"how big is the relief effort", "About 1,200 firefighters — some from abroad — joined the effort.", true},
		{"how big is the night operation", "Some 60 nurses, most of them volunteers, stayed on.", true},
		{"how big was the crowd", "A crowd of 300 people gathered at the gate.", true}, // a size unit already
		{"how big was the crew of the ferry", "The Orbek ferry carried 300 passengers when it ran aground.", false},
		{"how big is the firm", "The firm sent 12 trucks to the site.", false},
		{"how big is the fund", "The council set aside £5 million for repairs.", false},
		{"how big is the road", "The road runs for 30 kilometres along the coast.", false},
		{"how big is the crew", "They counted 40", false},
		{"how big is the crew", "Só 7 cafés abriram.", false},
		// the sentence's words split at a dash; the sentence runs past
		// an abbreviation's point; the group in the plural on either side
		{"how big was the barge's crew", "The barge's crew—some 40 sailors from Riga—stayed aboard.", true},
		{"how big was the barge's crew", "The barge's crew, led by Capt. Ivo Petrov, numbered 40 sailors on the trip.", true},
		{"how big are the dutch rescue teams", "Each Dutch rescue team has 12 firefighters and two dogs.", true},
		{"how big were the crews", "A crew of 40 sailors stayed aboard.", true},
		{"how big was the crew's rota", "The rota lists 40 sailors.", false},
		// "allies", a sentence opener of the function-word list, is a
		// group all the same: another body's count does not size it
		{"how big were the allies", "Some 400 soldiers guarded the port.", false},
		{"how big were the allies", "The allies have 400 soldiers at the port.", true},
		// the people a deed of the group is done to, or by, are not it
		{"how big was the crew", "The crew helped 300 passengers to the shore.", false},
		{"how big were the allies", "The allies sent 400 soldiers to the port.", false},
		{"how big was the crew", "Some 40 sailors, the crew of the Orla, stayed aboard.", true},
		{"how big was the crew", "The crew totalled 30 sailors and helped 300 passengers.", true},
		{"how big was the crew", "About 300 passengers, rescued by the crew, reached land.", false},
		{"how big was the crew", "Some 300 passengers were winched up by the crew.", false},
		{"how big was the crew", "Some 70 walkers were led safely down by the crew.", false},
		{"how big was the crew", "The crew pulled, through heavy surf, 70 walkers from the water.", false},
		{"how big was the crew", "The crew pulled — through heavy surf — 70 walkers from the water.", false},
		{"how big was the crew", "Some 70 walkers reached the pier by the crew's boat.", true}, // (no deed: "by" a means)
		{"how big is the delegation", "The delegation, which landed at noon, includes 40 officials.", true},
		// what is sized comes before the question's first preposition
		{"how big is the harbour compared with the navy", "The harbour employs 2,400 dock workers.", true},
		// a verb made of the group's noun names no group: "crewed",
		// "staffed" are no plurals of "crew" and "staff"
		{"how big was the crew", "The barge, crewed by cadets, carried 90 tourists.", false},
		{"how big is the staff", "The shelter, staffed by monks, fed 200 pilgrims.", false},
	}
	for _, c := range cases {
		m := numberRE.FindStringIndex(c.text)
		if m == nil {
			t.Fatalf("no number in %q", c.text)
		}
		q := e.analyse(c.question)
		if got := measuredBy(&q, c.text, span{m[0], m[1]}); got != c.want {
			t.Errorf("measuredBy(%q, %q) = %v; want %v", c.question, c.text, got, c.want)
		}
	}
	// the ferry's passengers are no answer to how big its crew is
	e = engineOfText(t, "---\nid: t\nheadline: Ferry aground\n---\nThe Orbek ferry carried 300 passengers when it ran aground off the coast on Monday.\n")
	if a := mustAsk(t, e, "how big was the crew of the orbek ferry"); strings.Contains(a.Short, "300") {
		t.Errorf("how big was the crew of the orbek ferry: short %q; want no count of passengers", a.Short)
	}
	// nor are the passengers its crew helped
	e = engineOfText(t, "---\nid: t\nheadline: Ferry aground\n---\nThe Orbek ferry ran aground off the coast on Monday.\n\nThe crew helped 300 passengers to the shore.\n")
	if a := mustAsk(t, e, "how big was the crew"); strings.Contains(a.Short, "300") {
		t.Errorf("how big was the crew: short %q; want no count of the passengers it helped", a.Short)
	}
}

// TestGroupSized checks that a "how big" question about a group of
// people is answered by a count under that group's noun (or its plural,
// or a WordNet synonym), not by a count under another group's noun, a
// comparative's increment, or any count where the question names no group.
func TestGroupSized(t *testing.T) {
	e := testEngine(t)
	cases := []struct {
		question, text string
		want           bool
	}{
		{"how big is the crew", "The ferry left Dover with some 30 crew aboard.", true},
		{"how big is the ferry's crew", "Both ferries — with 45 crews between them — stayed in port.", true},
		{"how large is the workforce", "The plant employs about 1,200 men, most from the valley.", true},
		{"how big is the navy", "The government sent 5,000 troops to the border.", false},
		{"how big is the crew", "Another 12 more crew joined the ship in Málaga.", false},
		{"how big is the fund", "The minister said 300 troops would help.", false},
		{"how big is the crew", "They counted 40", false},
		{"how big is the crew", "Só 7 tripulantes café", false},
	}
	for _, c := range cases {
		m := numberRE.FindStringIndex(c.text)
		if m == nil {
			t.Fatalf("no number in %q", c.text)
		}
		q := e.analyse(c.question)
		if got := groupSized(&q, c.text, span{m[0], m[1]}); got != c.want {
			t.Errorf("groupSized(%q, %q) = %v; want %v", c.question, c.text, got, c.want)
		}
	}
}

// TestSameNoun checks that sameNoun reads a noun and its plurals as one,
// regular or not, but not a verb made of the noun.
func TestSameNoun(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"crew", "crews", true}, {"parties", "party", true}, {"man", "men", true}, {"child", "children", true},
		{"force", "forces", true}, {"crew", "crew", true},
		{"crew", "crewed", false}, {"staff", "staffed", false}, {"crew", "crewing", false}, {"band", "banded", false},
		{"force", "forced", false}, {"team", "teamed", false}, {"crew", "", false}, {"", "", true}, {"é", "és", false}, {"éé", "éés", true},
		{"bureau", "bureaux", true}, {"feet", "foot", true}, {"ally", "allied", false},
	} {
		if got := sameNoun(c.a, c.b); got != c.want {
			t.Errorf("sameNoun(%q, %q) = %v; want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestComposedBy checks that the words from a group's noun to a count say
// the count is the group only with no verb or a verb of what it is made
// of, an aside closed on both sides by commas or dashes left out, on any
// input: a verb before an aside or after a lone mark is read.
func TestComposedBy(t *testing.T) {
	for between, want := range map[string]bool{
		" of more than ":                  true,
		", some ":                         true,
		" numbered ":                      true,
		" has ":                           true,
		" comprises ":                     true,
		" helped ":                        false,
		" rescued ":                       false,
		", led by Capt. Ruiz, totalled ":  true,
		" treated — nearly ":              false,
		" towed, in thick fog, ":          false,
		" towed — in thick fog — ":        false,
		", the ship's own, numbered ":     true,
		" of the lifeboat, ":              true,
		"":                                true,
		"’é— ":                            true,
		", which towed, at dawn, ":        false, // the aside nearest the count is "at dawn"
		", which towed — at dawn — ":      false,
		" — tired, soaked — numbered ":    true, // a dash's aside, commas inside it
		", tired, soaked and cold, were ": true, // a list of asides, then the verb
		", tired, soaked, rescued ":       false,
		", led by Ruiz, helped the ferry, which had ": false,
		" helped the ferry, which had ":               false,
		",,, —— ":                                     true,
		"—, é, —":                                     true,
	} {
		if got := composedBy(between); got != want {
			t.Errorf("composedBy(%q) = %v; want %v", between, got, want)
		}
	}
}

// TestByAgentOf checks that a group after a count is read as the agent of
// a deed done to the people counted only after a past verb, adverbs or a
// particle if any, and "by" with an agent after it (not a time).
func TestByAgentOf(t *testing.T) {
	for between, want := range map[string]bool{
		" passengers, rescued by the ":           true,
		" passengers were helped by ":            true,
		" passengers were lifted out by ":        true,
		" walkers were led safely down by the ":  true,
		" walkers were ferried ashore by ":       true,
		" sailors, the ":                         false,
		" sailors, led in turn by the ":          false,
		" sailors, numbered by the ":             false,
		" sailors by the ":                       false,
		" walkers were ferried ashore by noon, ": false,
		"":                                       false,
		"by":                                     false,
		"’é— by ":                                false,
	} {
		if got := byAgentOf(between, "crew"); got != want {
			t.Errorf("byAgentOf(%q, \"crew\") = %v; want %v", between, got, want)
		}
	}
	if byAgentOf(" walkers were ferried ashore by ", "Friday's end") || byAgentOf(" walkers were ferried by ", "") {
		t.Error("byAgentOf before a time or nothing = true; want false")
	}
}

// TestAsideOpeners: each mark's opener is the nearest mark before it of
// its kind, a comma for a comma, a dash (either) for a dash, "(" for ")";
// "(" and a first mark of its kind open nothing.
func TestAsideOpeners(t *testing.T) {
	marks := []string{",", "(", ",", ")", "—", ",", "–", ")", "("}
	want := []int{-1, -1, 0, 1, -1, 2, 4, 1, -1}
	if got := asideOpeners(marks); !slices.Equal(got, want) {
		t.Errorf("asideOpeners(%q) = %v; want %v", marks, got, want)
	}
}
