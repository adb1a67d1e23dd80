package qa

import "testing"

// TestUnderProspect: a word after a modal of what is to come, or after
// "to" in a clause of plan, is in a clause of what was sought; after a
// deed in the past, a negated modal, a condition or a relative clause it
// is not.
func TestUnderProspect(t *testing.T) {
	for before, want := range map[string]bool{
		"The drivers' guild said it would ask the city for a":           true,
		"The guild said on Friday it would now seek a":                  true,
		"The mayor plans to ask the province to fund a":                 true,
		"The guild said it would be given a":                            true,
		"The guild said the city had paid a":                            false,
		"The guild said it would not seek a":                            false,
		"The guild said it would probably seek a":                       true,
		"The guild said it would still back a":                          true,
		"The guild said it would back a":                                true,
		"The guild said it would never seek a":                          false,
		"The guild said it won’t seek a":                                false,
		"If the barrier had failed, we would be counting the":           false,
		"The city would publish a report, which the guild later called": false,
		"The guild asked for a meeting. Officials approved a":           false,
		"The guild asked the city for a":                                true,
		"The guild said it would ask Dr. Brun for a":                    true, // an abbreviation's stop ends no sentence
		"The guild called for a":                                        true,
		"The guild told a press conference it had won a":                false,
		"The city said it would test the meters at six":                 true,
		"The city said it would 12":                                     false,
		"":                                                              false,
		"would":                                                         false,
		"Ministers — £5 ’é":                                             false,
	} {
		if got := underProspect(before); got != want {
			t.Errorf("underProspect(%q) = %v; want %v", before, got, want)
		}
	}
}

// TestPlannedOnly: "did X V O" is declined where the passage holds O only
// in a clause of what was to be sought, and answered where it tells what
// was done, or where the question asks whether it was promised or agreed
// to.
func TestPlannedOnly(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Taxi drivers and the city\n---\n"+
		"The city council met on Monday to discuss the taxi fares.\n\n"+
		"The Ardley Drivers' Guild said it would ask the city for a hardship grant of £300 for each of its 900 members.\n")
	for _, q := range []string{
		"did the drivers get the 300 pound hardship grant",
		"so did the guild members receive a hardship grant in the end",
		// every word of it in the clause of what was sought: no verdict
		// holds there
		"did the members get a hardship grant",
		// an attempt's outcome is no undertaking a plan answers
		"did the guild succeed in getting a hardship grant",
		// nor is a verb whose subject may be a thing ("help", "serve")
		"did the city help with a hardship grant",
		"did the city serve a hardship grant",
	} {
		if a := mustAsk(t, e, q); a.Answered {
			t.Errorf("%s: answered %q; want declined", q, a.Short)
		}
	}
	wantAnswered(t, e, "did the guild promise a hardship grant")
	e2 := engineOfText(t, "---\nid: p\nheadline: Taxi drivers and the city\n---\n"+
		"The city council met on Monday to discuss the taxi fares.\n\n"+
		"The Ardley Drivers' Guild asked the city for a hardship grant of £300 for each of its 900 members.\n")
	wantDeclined(t, e2, "did the drivers get the 300 pound hardship grant")
	wantAnswered(t, e, "did the guild say it would ask for a hardship grant")
	e = engineOfText(t, "---\nid: p\nheadline: Taxi drivers and the city\n---\n"+
		"The city council met on Monday to discuss the taxi fares.\n\n"+
		"The Ardley Drivers' Guild said the city had paid a hardship grant of £300 to each of its 900 members.\n")
	wantAnswered(t, e, "did the drivers get the 300 pound hardship grant")
	// a verb WordNet tags mostly as a noun governs what follows a modal
	// too; what the guild said it would do answers whether it offered it
	e = engineOfText(t, "---\nid: p\nheadline: Taxi drivers and the city\n---\n"+
		"The city council met on Monday to discuss the taxi fares.\n\n"+
		"The city said it would test the meters at six taxi ranks every week.\n\n"+
		"The Ardley Drivers' Guild said it would support the campaign through its hardship fund.\n")
	wantDeclined(t, e, "did the meter checks catch faults at the taxi ranks")
	wantAnswered(t, e, "did the guild offer its hardship fund")
}

// TestModalNext: a modal of what is to come right after a noun, or past
// two more words of its phrase, makes the noun the subject of what is to
// come; a negated one, a past verb or a function word between do not.
func TestModalNext(t *testing.T) {
	for after, want := range map[string]bool{
		" would go ahead on Friday":       true,
		" motion will be heard next week": true,
		" would not go ahead":             false,
		" wouldn’t go ahead":              false,
		" passed and would go ahead":      false,
		" of the guild would go ahead":    false,
		" would":                          false,
		"":                                false,
		" — £5 ’é would":                  false,
	} {
		if got := modalNext(after); got != want {
			t.Errorf("modalNext(%q) = %v; want %v", after, got, want)
		}
	}
}

// TestSubjectPlanned: "did X V" is declined where the passage holds none
// of what the question says after V, and holds X only as the subject of
// what would be, or under a modal; it is answered where X's deed is told.
func TestSubjectPlanned(t *testing.T) {
	head := "---\nid: s\nheadline: Guild and the city\n---\nThe city council met on Monday to discuss the taxi fares.\n\n"
	e := engineOfText(t, head+"Guild secretary Ola Brun said the fares motion would go to the council on 3 March.\n")
	wantDeclined(t, e, "did the fares motion pass")
	e = engineOfText(t, head+"Guild secretary Ola Brun said the fares motion passed on 3 March.\n")
	wantAnswered(t, e, "did the fares motion pass")
	// X's words are read as typed or by a synonym: a word only near one
	// in meaning ("opposition" for "vote") outside the modal's clause
	// does not tell X's deed
	e = engineOfText(t, head+"The leader of the opposition group, Councillor Ben Tully, said he would table a motion of no confidence in Mayor Ada Holt's cabinet at the next council meeting.\n")
	wantDeclined(t, e, "did the no confidence vote against holt pass")
}

// TestVerbAfter: the word after a modal or a "to" of plan is its verb
// unless it is a function word or a number, in figures or in words
// ("would two …" is no verb's clause; "would test", "would table" are).
func TestVerbAfter(t *testing.T) {
	for w, want := range map[string]bool{
		"test":       true,
		"table":      true,
		"be":         true,
		"have":       true,
		"the":        false,
		"12":         false,
		"two":        false,
		"twenty-two": false,
		"dozen":      false,
		"":           false,
		"é":          true,
	} {
		if got := verbAfter(w); got != want {
			t.Errorf("verbAfter(%q) = %v; want %v", w, got, want)
		}
	}
}
