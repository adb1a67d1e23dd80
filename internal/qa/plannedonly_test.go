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
		"The guild said it won’t seek a":                                false,
		"If the barrier had failed, we would be counting the":           false,
		"The city would publish a report, which the guild later called": false,
		"The guild asked for a meeting. Officials approved a":           false,
		"":                  false,
		"would":             false,
		"Ministers — £5 ’é": false,
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
	} {
		if a := mustAsk(t, e, q); a.Answered {
			t.Errorf("%s: answered %q; want declined", q, a.Short)
		}
	}
	wantAnswered(t, e, "did the guild promise a hardship grant")
	wantAnswered(t, e, "did the guild say it would ask for a hardship grant")
	e = engineOfText(t, "---\nid: p\nheadline: Taxi drivers and the city\n---\n"+
		"The city council met on Monday to discuss the taxi fares.\n\n"+
		"The Ardley Drivers' Guild said the city had paid a hardship grant of £300 to each of its 900 members.\n")
	wantAnswered(t, e, "did the drivers get the 300 pound hardship grant")
}
