package qa

import "testing"

// TestCutsUnit: a window's end cuts a unit where the next word completes
// a name, a date, a figure's unit or a preposition's noun; not at a
// comma, nor between words that stand apart, nor after a date the date
// reader reads whole ("in 2019 | warnings", "on Monday | I"). No input
// panics.
func TestCutsUnit(t *testing.T) {
	for _, tc := range []struct {
		text string
		last int
		want bool
	}{
		{"the ferry links Dunmore with Saint Brendan Island", 5, true},
		{"the pier stays shut until at least March 9 this year", 7, true},
		{"the tide rose 40 centimetres overnight", 3, true},
		{"the crew waded through a flooded yard", 3, true},
		{"the crew waded through a flooded yard", 4, true},
		{"the crew waded home, then slept", 3, false},
		{"the ferry sailed on Monday and docked", 4, false},
		{"the tide rose 40 and fell", 3, false},
		{"Café Noël reopened", 0, true},
		{"the ferry sailed to Dunmore. The crew slept", 4, false},
		{"the ferry sailed to Dunmore! The crew slept", 4, false},
		{"nobody asked what it was for? The crew slept", 4, false},
		{"what it was for. The crew slept", 3, false},
		{"a cutter of the U.S. Coast Guard", 4, true},
		{"a letter from J. Kerrigan", 3, true},
		{"in 2019 warnings were issued twice", 1, false},
		{"on Monday I said it would close", 1, false},
		{"by Friday Harriet had left", 1, false},
		{"since 2021 nobody has crossed", 1, false},
		{"the tide rose 2000 millimetres in all", 3, true},
		{"the flood reached 2000 homes in all", 3, true},
		{"the pier reopens on 12 March with a new deck", 4, true}, // a day and its month ("march" a verb too; monthNames holds no "may")
		{"some 2,000 march through the harbour town", 1, false},   // a count and a verb: no day, no month
		{"some 40 March volunteers joined", 1, false},             // 40 can be no month's day
		{"the pier reopens on 12 May 2031 with a new deck", 4, true},
		{"the pier reopens on 12 May with a new deck", 4, true},
		{"by then 12 may have left the pier", 2, false},
		{"the pier reopens on May 12 with a new deck", 4, true},
		{"the pier reopens on 3rd June with a new deck", 4, true},
		{"the storm of 2000 often did more harm", 3, false},   // a year before an adverb, no noun it counts
		{"the storm of 2000 perhaps did more harm", 3, false}, // an adverb that looks plural
		{"the pier reopened in April Harriet said", 4, false},
		{"the Easter Monday Parade was cancelled", 2, true},
		{"divers searched for May Kerrigan overnight", 3, true},
		{"the Sunday Courier reported it", 1, true},
		{"on Sunday Courier staff reported it", 1, false},
		{"the ferry sailed last Monday and docked", 3, false},
		{"the flood cut off 2000 children in all", 4, true},
		{"the flood cut off 2000 men in all", 4, true},
		{"the flood cut off 2000 cattle in all", 4, true},
		{"the flood cut off 2000 people in all", 4, true},
		{"in 2000 children were moved inland", 1, false},
		{"the pier opened 2000 and was rebuilt", 2, false},
		// review11's probes
		{"it signed the Good Friday Agreement in 1998", 4, true},
		{"police searched for April Jones overnight", 3, true},
		{"police searched for June Smith overnight", 3, true},
		{"the flood reached 2000 children in all", 3, true},
		{"the flood reached 2000 men in all", 3, true},
		{"the flood reached 2000 cattle in all", 3, true},
		{"the Black Friday Sale", 2, true},
		{"the Sunday Herald reported", 1, true},
		{"one word", 1, false},
		{"", 0, false},
	} {
		words := wordSpans(tc.text)
		if got := cutsUnit(tc.text, words, tc.last); got != tc.want {
			t.Errorf("cutsUnit(%q, %d) = %v; want %v", tc.text, tc.last, got, tc.want)
		}
	}
}

// TestShortFinishesCutUnit: a short answer that would stop inside a
// name ("… and Kilbeg") or cut a preposition from its noun ("… in a
// yellow raincoat" without "and a county fleece", which a longer window
// holds) gives up the words before it that the question names.
func TestShortFinishesCutUnit(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: County backs cycle path\n---\n"+
		"KILBEG — Kilbeg County Council voted on Tuesday night to build a 9-kilometre cycle path linking the bus station with the Northgate housing estate and Kilbeg Bay harbour, ending years of argument over the old railway.\n"+
		"Arancha Ruiz arrived in Dunmore on Friday in a yellow raincoat and a county fleece. She visited the sports hall.\n")
	wantShorts(t, e, []askedShort{
		{"what places does the path link up", "the Northgate housing estate and Kilbeg Bay harbour"},
		{"what was ruiz wearing on her visit", "in a yellow raincoat and a county fleece"},
	})
}

func TestDayAndMonth(t *testing.T) {
	for _, tc := range []struct {
		day, month, after string
		want              bool
	}{
		{"12", "March", "with", true},
		{"12", "march", "through", false},
		{"2,000", "March", "", false},
		{"32", "March", "", false},
		{"0", "June", "", false},
		{"21st", "Sept.", "", true},
		{"12", "May", "2031", true},
		{"12", "May", "", true},
		{"12", "May", "have", false},
		{"12", "May", "Leave", false}, // a title-cased modal
		{"12", "May", "leave", true},  // mid-sentence: the month
		{"12", "May", "Rescue", true},
		{"12", "May", "not", false},
		{"12", "May", "saw", true},
		{"12", "May", "marked", true},
		{"12", "May", "brought", true},
		{"12", "May", "began", true},
		{"12", "May", "police", true},
		{"12", "May", "rescue", true},
		{"12", "May", "search", true},
		{"12", "May", "talks", true},
		{"12", "May", "fire", true},
		{"12", "May", "winds", true},
		{"", "May", "", false},
		{"12", "", "", false},
		{"12", "Café", "", false},
	} {
		if got := dayAndMonth(tc.day, tc.month, tc.after); got != tc.want {
			t.Errorf("dayAndMonth(%q, %q, %q) = %v; want %v", tc.day, tc.month, tc.after, got, tc.want)
		}
	}
}

// TestKnownNoun: one noun test for the date reader (dateEnds) and the
// names before a noun (nounAfterNames): the WordNet classes, words the
// lexicon knows as nothing but nouns, irregular plurals; no adverb whose
// spelling looks plural.
func TestKnownNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"cattle": true, "warnings": true, "troops": true, "children": true, "march": true, "harbours": true, "bridges": true,
		"always": false, "perhaps": false, "afterwards": false, "quickly": false, "themselves": false, "ourselves": false, "someone": false, "nobody": false, "hers": false, "him": false, "the": false, "": false, "é": false,
	} {
		if got := knownNoun(w); got != want {
			t.Errorf("knownNoun(%q) = %v; want %v", w, got, want)
		}
	}
}
