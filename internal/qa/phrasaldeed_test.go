package qa

import (
	"strings"
	"testing"
)

// TestPhrasalDeed: a clause says a "how many" question's phrasal verb
// where its verb, near the question's in meaning though below soft
// matching's bar, has the question's particle after it ("brought out"
// for "pulled out"); the same verb with another particle, or none, does
// not, nor does "out of" a state (a preposition's, "out of reach") or a
// near word that is no verb; "out of" a thing is the particle ("brought
// out of the shaft"). particleAfter reads any text without panicking.
func TestPhrasalDeed(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("how many got pulled out alive")
	if q.countVerb < 0 || q.terms[q.countVerb].particle != "out" {
		t.Fatalf("analyse: count verb %d, particle %q; want pulled, out", q.countVerb, q.terms[max(q.countVerb, 0)].particle)
	}
	for _, tc := range []struct {
		passage string
		want    float64
	}{
		{"Mine officials said 40 miners had been brought out alive by Friday.", 1},
		{"Mine officials said 40 miners had been brought in alive by Friday.", countedOnly},
		{"Mine officials said 40 miners had been brought alive to the surface by Friday.", countedOnly},
	} {
		if got := e.typeFigure(&q, parsedCand(t, e, tc.passage)); got != tc.want {
			t.Errorf("typeFigure(%q, %q) = %v; want %v", q.text, tc.passage, got, tc.want)
		}
	}
	// "out of" a thing: the particle's, where the miners were brought from
	shaft := parsedCand(t, e, "Mine officials said 40 miners had been brought out of the flooded shaft by Friday.").p.Text
	if at := strings.Index(shaft, "40"); e.doneHere(&q, shaft, span{at, at + 2}) != 1 {
		t.Errorf("doneHere(%q, %q) = %d; want 1", q.text, shaft, e.doneHere(&q, shaft, span{at, at + 2}))
	}
	for _, passage := range []string{
		// "out of" a state is a preposition's, no particle's: the opposite deed
		"Mine officials said 40 miners remained trapped out of reach on Friday.",
		// a word near the verb that is no verb ("car", 0.59) says no deed
		"Mine officials said 40 miners waited in the car out front.",
	} {
		text := parsedCand(t, e, passage).p.Text
		at := strings.Index(text, "40")
		if got := e.doneHere(&q, text, span{at, at + 2}); got != 0 {
			t.Errorf("doneHere(%q, %q) = %d; want 0", q.text, passage, got)
		}
	}
	for _, tc := range []struct {
		rest, particle string
		reach          int
		want           bool
	}{
		{" out alive", "out", 1, true},
		{" Out, alive", "out", 1, true},
		{" outside", "out", 1, false},
		{"", "out", 1, false},
		{" out", "", 1, false},
		{" ’é—", "out", 1, false},
		{" ééééééééééééééééé", "up", 1, false},
		{" out of reach", "out", 1, false},
		{" out of the cave", "out", 1, true},     // a thing's "of": where from
		{" out of its hull", "out", 1, true},     // (a possessive)
		{" out of Tarn by noon", "out", 1, true}, // (a name)
		{" up to the ridge", "up", 1, false},     // a goal's "to"
		{" up to 40", "up", 1, false},            // (a number)
		{" up to cheer", "up", 1, true},          // an infinitive's
		{" out-of-town", "out", 1, false},        // one word
		{" out—", "out", 1, true},
		{" them out", "out", 1, false}, // one word on, past reach 1
		{" them out", "out", 2, true},
		{" the old fence down", "down", 2, false}, // two words on
		{" out of ééééééééééééééééééééééééééé", "out", 1, false},
		{" " + strings.Repeat("é", 25) + " out of the shaft", "out", 2, true}, // "the" whole past the window's end
		{" " + strings.Repeat("é", 25) + " out of Évora", "out", 2, true},     // (the window's end inside "É")
		{" " + strings.Repeat("é", 25) + " out of reach", "out", 2, false},
	} {
		if got := particleAfter("brought"+tc.rest, len("brought"), tc.particle, tc.reach, true); got != tc.want {
			t.Errorf("particleAfter(%q, %q, %d) = %v; want %v", "brought"+tc.rest, tc.particle, tc.reach, got, tc.want)
		}
	}
	if particleAfter("out", 4, "out", 1, true) || particleAfter("out", -1, "out", 1, false) {
		t.Error("particleAfter past the text = true; want false")
	}
}

// TestRestHeld: a figure's clause that holds all else a "how many"
// question says, two words at least, says its deed in other words
// ("rescued" for "winched"); one that lacks a word of it, or a
// question with one word besides its verb, does not.
func TestRestHeld(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		question, passage string
		want              int
	}{
		{"how many got winched by helicopter on sunday", "Coastguard crews with a helicopter had rescued 17 sailors from the tanker by Sunday.", 1},
		{"how many got winched by helicopter on sunday", "Coastguard crews had rescued 17 sailors from the tanker by Sunday.", 0},
		{"how many got winched by helicopter", "Coastguard crews with a helicopter had rescued 17 sailors.", 0},
		// a place and a day say where and when, not what was done
		{"how many drowned in hamburg on sunday", "About 17 families were camping by the river in Hamburg on Sunday.", 0},
		// a phrase of time, whatever its words, says when, not what
		{"how many drowned in hamburg last week", "About 17 families were camping by the river in Hamburg last week.", 0},
		{"how many drowned in hamburg over three days", "About 17 families were camping in Hamburg over three days.", 0},
		{"how many drowned in hamburg in the past month", "About 17 families were camping in Hamburg in the past month.", 0},
		{"how many drowned in hamburg last night", "About 17 families were camping in Hamburg last night.", 0},
		// the counted noun says nothing of the deed
		{"how many sailors got winched by helicopter", "A helicopter photographed 17 sailors on the deck.", 0},
	} {
		q := e.analyse(tc.question)
		text := parsedCand(t, e, tc.passage).p.Text
		at := strings.Index(text, "17")
		if got := e.doneHere(&q, text, span{at, at + 2}); got != tc.want {
			t.Errorf("doneHere(%q, %q) = %d; want %d", tc.question, tc.passage, got, tc.want)
		}
	}
	q := e.analyse("how many got winched by helicopter on sunday")
	for _, clause := range []string{"", "’—é", "helicopter"} {
		if e.restHeld(&q, clause, q.countVerb) {
			t.Errorf("restHeld(%q) = true; want false", clause)
		}
	}
}

// TestSaysWhen: a word of a question's phrase of time says when, whatever
// its own class ("three" of "three days", "last" of "last week"); the
// same word outside one does not; no input panics.
func TestSaysWhen(t *testing.T) {
	for _, tc := range []struct {
		text, w string
		want    bool
	}{
		{"how many fled over three days", "three", true},
		{"how many fled last week", "last", true},
		{"how many fled in the past month", "past", true},
		{"how many fled last night", "last", true},
		{"how many fled on tuesday", "tuesday", true},
		{"how many fled two days ago", "two", true},
		{"how many fled the three towns", "three", false},
		// only where the phrase stands: "two" of "the two towns" is no
		// word of "two days ago" (saysWhenAt)
		{"how many fled the two towns two days ago", "two", false},
		{"how many fled the towns two days ago", "two", true},
		{"who came last", "last", false},
		{"how many fled by boat", "boat", false},
		{"", "", false},
		{"’é— days", "’é—", false},
	} {
		if got := saysWhen(timePhraseWords(tc.text), strings.Fields(tc.text), tc.w); got != tc.want {
			t.Errorf("saysWhen(%q, %q) = %v; want %v", tc.text, tc.w, got, tc.want)
		}
	}
}

// TestUsesPhrasal: a passage uses a question's phrasal verb wherever the
// particle follows its verb, right after it or one word on, whatever
// comes after the particle: a goal's "to" ("turned up to the vigil") is
// the phrasal verb's commonest use, unlike deedAt's reading of a deed's
// direction; the verb alone, or with another particle, is no use of it.
func TestUsesPhrasal(t *testing.T) {
	e := testEngine(t)
	term := func(w string) string { return e.analyze(w)[0].Term }
	for _, tc := range []struct {
		text, verb, particle string
		want                 bool
	}{
		{"Dozens of neighbours turned up to the vigil at dusk.", "turned", "up", true},
		{"The two hikers were hauled out to safety by a farmer.", "hauled", "out", true},
		{"Volunteers turned up to help.", "turned", "up", true},
		{"The council turned it down.", "turned", "down", true},
		{"The council turned down the plan.", "turned", "down", true},
		{"The council turned to the plan.", "turned", "up", false},
		{"The council turned in the plan.", "turned", "up", false},
		{"Nobody turned —é’", "turned", "up", false},
		{"", "turned", "up", false},
	} {
		if got := usesPhrasal(tc.text, e.analyze(tc.text), term(tc.verb), tc.particle); got != tc.want {
			t.Errorf("usesPhrasal(%q, %q, %q) = %v; want %v", tc.text, tc.verb, tc.particle, got, tc.want)
		}
	}
}
