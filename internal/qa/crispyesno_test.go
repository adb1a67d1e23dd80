package qa

import "testing"

// TestYesNoWindowFromClauseVerb: a yes/no question's window of the
// question's words, cut before its clause ends, opens on the clause's verb
// where the clause's subject holds the question's words: what the clause
// says of the subject (the outcome) settles the question and fits, the
// subject the passage shows. A subject holding a negation, a subject set
// off by a comma, and a verb of saying keep the window on the subject.
func TestYesNoWindowFromClauseVerb(t *testing.T) {
	for _, c := range []struct {
		text, q, want string
		not           []string
	}{
		// the subject runs long (a time with "a.m.", not a sentence's end)
		{"A magnitude 5.2 tremor shortly before 9 a.m. on Tuesday forced miners to leave the two shafts for almost an hour.",
			"did the tremor hold the miners up at all", "forced miners to leave the two shafts", []string{"magnitude"}},
		// a longer subject: the later window that ends with the clause
		// opens inside it, and moves to the clause's verb
		{"A magnitude 5.2 tremor under the old harbour wall shortly before 9 a.m. on Tuesday forced miners to leave the two shafts for almost an hour.",
			"did the tremor hold the miners up at all", "forced miners to leave the two shafts", []string{"Tuesday", "magnitude"}},
		// the words it would cut hold one of the question's: they stay
		// (the guard; final re-read FB2 F3)
		{"A magnitude 5.2 tremor under the old harbour wall shortly before 9 a.m. on Tuesday forced miners to leave the two shafts for almost an hour.",
			"did the tremor on tuesday hold the miners up at all", "Tuesday forced miners to leave the two shafts", nil},
		{"A tremor under the old harbour wall shortly before 9 a.m. on Tuesday forced miners to leave the two shafts.",
			"did the tremor hold the miners up at all", "forced miners to leave the two shafts", []string{"Tuesday", "a.m."}},
		{"The heavy overnight storm over the northern hills near Carrow on Sunday cut power to about 3,000 homes until noon.",
			"did the storm near carrow knock out the power", "cut power to about 3,000 homes until noon", nil},
		// a negation in the subject settles it: kept
		{"No storm over the northern hills near Carrow this winter had cut power to so many homes for so long.",
			"did the storm near carrow cut power", "No storm", nil},
		// a subject set off by commas: kept
		{"The heavy overnight storm, which hit the northern hills near Carrow on Sunday, cut power to about 3,000 homes until noon.",
			"did the storm near carrow knock out the power", "storm", nil},
	} {
		wantShort(t, c.text, c.q, c.want, c.not...)
	}
}

// TestAbbreviationPeriod: the period of "a.m." is no clause's end, inside
// the abbreviation or after it before a word in lower case; a period
// before a capital, after a word, is.
func TestAbbreviationPeriod(t *testing.T) {
	for _, c := range []struct {
		text string
		k    int
		want bool
	}{
		{"before 7 a.m. on Wednesday", 2, true},
		{"before 7 a.m. on Wednesday", 3, true},
		{"before 7 a.m. The", 3, false},
		{"left at noon. on", 2, false},
		{"met Mr. Smith at the port", 1, true},   // lexicon's list, as the splitter reads it (final re-read 25B F7)
		{"met “Mr. Smith” at the port", 1, true}, // after an opening quotation mark or bracket too (final re-read FB F7)
		{"met (Gen. Ana Ruiz) at the port", 1, true},
		{"the commander—Gen. Ana Ruiz—said", 2, true}, // after a closed dash too (final re-read FA2 F2)
		{"went to (U.S. The", 3, false},               // a dotted one after an opener before a capital ends a clause, as a bare one (final re-read RB F0)
		{"before (a.m. The", 2, false},
	} {
		if got := abbreviationPeriod(c.text, wordSpans(c.text), c.k); got != c.want {
			t.Errorf("abbreviationPeriod(%q, %d) = %v; want %v", c.text, c.k, got, c.want)
		}
	}
}

// TestWindowKeepsClauseEndingPronoun: an object pronoun that ends its
// clause is no bare function word the window drops from its end: "had
// covered about 40% of it", not "… about 40%".
func TestWindowKeepsClauseEndingPronoun(t *testing.T) {
	for _, c := range []struct{ text, q, want string }{
		{"The council set aside $90 million for the beach clean-up. By the end of the week, volunteers had cleared about a third of it.",
			"did volunteers clear the whole beach", "volunteers had cleared about a third of it"},
		{"The Harwick ferry crews were offered a 4% pay rise in March. By Friday, all four unions at the port representing the crews had voted against it.",
			"did the unions at the port accept the pay rise", "had voted against it"}, // (final re-read 25B F4: a pronoun that ends the clause)
	} {
		wantShort(t, c.text, c.q, c.want)
	}
}

// TestContentFirstAfterGroupSpeaker: a body of people that says something
// ("The union said …", WordNet's social groups: lexicon.IsGroupNoun) is a
// speaker as a person is: the short answer is what it said, which the
// attribution would push past the window's end. A thing that is no group
// ("The report said …") still keeps its words.
func TestContentFirstAfterGroupSpeaker(t *testing.T) {
	for _, c := range []struct{ text, short, want string }{
		{"The union said it would ask the port operator to raise its offer of 3%.",
			"The union said it would ask the port operator to raise its offer",
			"it would ask the port operator to raise its offer of 3%."},
		{"The committee said the Mill Road option had been rejected in 2023 because it would cut through the park.",
			"The committee said the Mill Road option had been rejected in 2023",
			"the Mill Road option had been rejected in 2023"}, // (not "… because it would": a clause the cut leaves half-said)
		{"The report said the Mill Road option had been rejected in 2023 because it would cut through the park.",
			"The report said the Mill Road option had been rejected in 2023",
			"The report said the Mill Road option had been rejected in 2023"},
	} {
		if got := contentFirst(c.text, c.short); got != c.want {
			t.Errorf("contentFirst(%q, %q) = %q; want %q", c.text, c.short, got, c.want)
		}
	}
}

// TestYesNoWindowKeepsSubject: a yes/no's window that opens on a verb
// takes its clause's one-word subject before it ("there", "it"), though
// the word it then gives up at its end is one of the question's, and a
// window cut short ends on no genitive whose noun it cuts ("the
// alliance’s").
func TestYesNoWindowKeepsSubject(t *testing.T) {
	for _, c := range []struct {
		text, q, want string
		not           []string
	}{
		{"Chief Inspector Lena Moss said there was no evidence that the blaze had been started by an arsonist.",
			"was it an arsonist", "there was no evidence", nil},
		{"In a sign of closer ties, the meeting was also attended by the Danish envoys Lars Holm and Ida Berg. It marked the first time the Danish envoys had joined the alliance’s talks.",
			"was this the first time holm n berg joined the alliance talks", "It marked the first time", []string{"alliance’s"}},
	} {
		wantShort(t, c.text, c.q, c.want, c.not...)
	}
}

// TestGenitive: a noun's genitive waits for its noun; a pronoun's
// contraction is "is".
func TestGenitive(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"coalition’s", true},
		{"Chile's", true},
		{"it's", false},
		{"That’s", false},
		{"talks", false},
		{"'s", false},
		{"Let's", false}, // a verb and "us", no noun (nounPossessive)
	} {
		if got := genitive(c.w); got != c.want {
			t.Errorf("genitive(%q) = %v; want %v", c.w, got, c.want)
		}
	}
}

// TestYesNoWindowTakesObjectVerb: a yes/no's window that would open on the
// question's words, the object of a verb just before them, takes that verb
// back, giving up words at the end that hold nothing of the question
// (objectVerbStart); not where it would give up a denial, nor a past form
// read as an adjective, nor a capitalised word.
func TestYesNoWindowTakesObjectVerb(t *testing.T) {
	for _, c := range []struct {
		text, q, want string
		not           []string
	}{
		{"The new cycle path will have six benches, run beside the canal and cross the Dunmore Valley on a wooden bridge next to the old stone mill.",
			"does the path go over the dunmore valley", "cross the Dunmore Valley", nil},
		// a denial after the question's words settles more: kept
		{"Councillor Mara Dunne, who chairs the markets committee, said the square would stay open and the council would decide on a relief fund for stallholders in October but would not promise a sum.",
			"has dunne said how big the relief fund for stallholders will be", "would not promise a sum", nil},
	} {
		wantShort(t, c.text, c.q, c.want, c.not...)
	}
	// the words given up at the end for the verb cut no name (nor a
	// figure from its noun): the window ends where a phrase does (final
	// re-read RM1)
	for _, c := range []struct{ text, q, want string }{
		{"The new cycle path will have six benches, run beside the canal and cross the Dunmore Valley on a wooden bridge beside the old Harrow Mill Museum.",
			"does the path go over the dunmore valley", "cross the Dunmore Valley on a wooden bridge"},
	} {
		e := engineOfText(t, "---\nid: short\n---\n"+c.text+"\n\nThe mayor opened a new school on Friday.\n")
		checkShorts(t, e, []askedShort{{c.q, c.want}})
	}
}
