package qa

import "testing"

// TestListEndBeforeContactClause: a list's last item that a relative
// clause with its "that" left out follows ("the cleaning bills *they
// received*") still ends the list, the clause no part of the item's
// words counted, so a "what" question's answer is the whole list.
func TestListEndBeforeContactClause(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"lost rent, repairs to the market and the cleaning bills they received.", "lost rent, repairs to the market and the cleaning bills"},
		{"spare parts, fuel for the crews or the overtime hours it owed.", "spare parts, fuel for the crews or the overtime hours"},
		{"fuel, repairs to the bank and the salvage costs it paid.", "fuel, repairs to the bank and the salvage costs"},
		// a verb before the pronoun opens no relative clause ("loaded *it*"
		// is the verb's object), so no item ends in a bare verb; the list
		// runs on as it did before contact clauses were read (22A F7)
		{"sandbags, fuel and loaded it onto trucks.", "sandbags, fuel and loaded it onto trucks"},
		// "they said" is a clause of saying, no list: the cut must not
		// hide it from saysIn (22A F7)
		{"the mayor, the council and Reuters they said.", ""},
		// a contact clause that reports what was said is still the last
		// item's (final re-read 25A F6)
		{"rent, repairs and the fees it says it owed.", "rent, repairs and the fees"},
		{"sandbags, fuel and left it on the bank.", "sandbags, fuel and left it on the bank"},
		{"the mayor, the council and Reuters they said on Monday.", ""},                 // (final re-read 25C F3)
		{"fuel, food and cash it raised.", "fuel, food and cash"},                       // (25C F4)
		{"rent, repairs and the fees it says were owed.", "rent, repairs and the fees"}, // (25D F2)
		// an irregular past that is a base verb too ("found") is a verb
		// right after the conjunction (verbInflection; final re-read RA F8)
		{"sandbags, fuel and found it empty.", "sandbags, fuel and found it empty"},
		// a pronoun with a preposition or particle after it is an object,
		// no clause's subject, though "loads" may be a noun (clauseGoesOn)
		{"sandbags, fuel and loads it on the bank.", "sandbags, fuel and loads it on the bank"},
		{"sandbags, fuel and loads it up.", "sandbags, fuel and loads it up"},
		{"fuel, food and the costs it ran up.", "fuel, food and the costs"},
		{"sandbags, fuel and loads it.", "sandbags, fuel and loads it"},
		// a comma cuts the clause after its pronoun, and a verb spelled as
		// a particle follows a noun a determiner opens: clauses, the item
		// ends before them (re-read 27A F1, F2)
		{"fuel, food and the cash they, in turn, raised.", "fuel, food and the cash"},
		{"rent, repairs and the fees it, the council said, owed.", "rent, repairs and the fees"},
		{"fuel, food and the reforms they back.", "fuel, food and the reforms"},
		{"seed, tools and the land they till.", "seed, tools and the land"},
		{"fuel, food and the new reforms they back.", "fuel, food and the new reforms"},
		{"fuel, food and those reforms they back.", "fuel, food and those reforms"}, // (opensNounPhrase: final re-read RC F4)
		{"fuel, food and Oslo's reforms they back.", "fuel, food and Oslo's reforms"},
		{"fuel, food and their reforms they back.", "fuel, food and their reforms"}, // (a possessive opens it: final re-read RC F7)
		{"fuel, food and this reform they back.", "fuel, food and this reform"},
		// a relative word after the item's noun opens a clause that holds
		// the pronoun, the object of the clause's verb: the walk back to
		// a determiner stops there (final re-read RC F5)
		{"fuel, food and the trucks that carry it up.", "fuel, food and the trucks that carry it up"},
		{"fuel, food and those who carry it up.", "fuel, food and those who carry it up"},
		{"sandbags, fuel and the crews that load it up.", "sandbags, fuel and the crews that load it up"},
		{"fuel, food and all that cash they back.", "fuel, food and all that cash"},
		// a pronoun at a segment's end with no determiner before its noun
		// is the verb's object (re-read 27C F2, F7)
		{"buys the fuel, stores it and ships it, officials said.", "buys the fuel, stores it and ships it"},
		// a verb of saying with any closing mark ends no item: a clause
		// (sayWord, re-read 27A F4)
		{"the mayor, the council and Reuters they said!", ""},
	} {
		if got := c.text[:listEnd(c.text, 0)]; got != c.want {
			t.Errorf("listEnd(%q) ends at %q; want %q", c.text, got, c.want)
		}
	}
	wantShort(t, "Harwick council leader Aisha Brannigan said the council would spend £4 million from its reserves to cover lost rent, repairs to the market and the cleaning bills they received.",
		"what is the council's 4 million supposed to cover", "repairs to the market and the cleaning bills", "Brannigan")
}
