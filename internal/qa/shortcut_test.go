package qa

import "testing"

// TestNamedSpeakerLazy: namedSpeaker, which reads a passage's verbs of
// saying only once the term is found, tells the speaker named before or
// after a verb of saying, "according to" and "Said X" apart from a term
// that only stands in the passage, for a term absent, present once or
// twice, first or last, beside multi-byte marks and on an empty text.
func TestNamedSpeakerLazy(t *testing.T) {
	const head = "---\nid: t\nheadline: Ferry\n---\n"
	e := engineOfText(t, head+"The pier was shut.\n")
	for _, c := range []struct {
		text, term string
		want       bool
	}{
		{"Tomas Wren said the quay would reopen on Tuesday.", "wren", true},
		{"Tomas Wren said the quay would reopen on Tuesday.", "quay", false},
		{"The quay would reopen, Wren said — not before Tuesday.", "wren", true},
		{"Wren’s deputy said the quay would stay shut; Wren said nothing.", "wren", true},
		{"According to Wren, the quay’s café will stay shut.", "wren", true},
		{"According to Wren, the quay’s café will stay shut.", "quay", false},
		{"The ferry left at dawn and nobody said a word.", "wren", false},
		{"The ferry left at dawn and nobody said a word.", "harbour", false},
		{"Wren inspected the hull. Later the harbour master said it was sound.", "harbour", true},
		{"Wren inspected the hull. Later the harbour master said it was sound.", "quay", false},
		{"Said Wren: “the quay is safe.”", "wren", true},
		{"Said Wren: “the quay is safe.”", "quay", false},
		{"", "wren", false},
		{"Tomas Wren said the quay would reopen on Tuesday.", "", false},
	} {
		if got := e.namedSpeaker(c.text, e.analyze(c.text), c.term); got != c.want {
			t.Errorf("namedSpeaker(%q, %q) = %v; want %v", c.text, c.term, got, c.want)
		}
	}
}

// TestReadAsVerbOrder: readAsVerb, its number test moved last, reads a
// verb after the start, "to", a pronoun, a modal, an adverb that is no
// adjective and a contraction, and no verb after what opens a noun phrase
// (an article, a determiner, a possessive, a number written either way,
// an adjective), "of" or a preposition; a word that is no verb never.
func TestReadAsVerbOrder(t *testing.T) {
	verbs := []string{"fix", "pledges", "rise", "close", "run"}
	verbal := []string{"", "to", "it's", "let's", "perhaps", "will", "could", "they", "é", "—"}
	nominal := []string{"of", "the", "a", "their", "harbour's", "mayor’s", "further", "3", "12,000", "seven",
		"twenty-five", "dozens", "in", "for", "at", "over", "about"}
	for _, lw := range verbs {
		for _, before := range verbal {
			if !readAsVerb(lw, before) {
				t.Errorf("readAsVerb(%q, %q) = false; want true", lw, before)
			}
		}
		for _, before := range nominal {
			if readAsVerb(lw, before) {
				t.Errorf("readAsVerb(%q, %q) = true; want false", lw, before)
			}
		}
	}
	for _, before := range append(verbal, nominal...) {
		if readAsVerb("quickly", before) {
			t.Errorf("readAsVerb(%q, %q) = true; want false", "quickly", before)
		}
	}
}

// TestHoldsNumber: holdsNumber, remembered, says what numberRE says of a
// word, asked first and again from the memo, and readAsVerbWith over it
// answers as readAsVerb does.
func TestHoldsNumber(t *testing.T) {
	const head = "---\nid: t\nheadline: Ferry\n---\n"
	e := engineOfText(t, head+"The pier was shut.\n")
	words := []string{"", "3", "12,000", "4.5bn", "20k", "seven", "twenty-five", "a-third", "dozens", "often", "tone",
		"eleventh", "the", "to", "ONE", "Hundreds", "£40", "50%", "é", "—", "café", "one’s"}
	for round := 0; round < 2; round++ {
		for _, w := range words {
			if got, want := e.holdsNumber(w), numberRE.MatchString(w); got != want {
				t.Errorf("round %d: holdsNumber(%q) = %v; numberRE says %v", round, w, got, want)
			}
		}
	}
	if n := len(e.memo.number); n != len(words) {
		t.Errorf("memo holds %d words; want %d", n, len(words))
	}
	for _, lw := range []string{"fix", "rise", "close", "ferry"} {
		for _, before := range words {
			if got, want := readAsVerbWith(lw, before, e.holdsNumber), readAsVerb(lw, before); got != want {
				t.Errorf("readAsVerbWith(%q, %q, holdsNumber) = %v; readAsVerb gives %v", lw, before, got, want)
			}
		}
	}
}

// TestSlipOf: slipOf, remembered, gives what slipOfKnown gives, asked
// first and again from the memo, for slips of the articles' words, words
// of their own, short, multi-byte and empty words.
func TestSlipOf(t *testing.T) {
	const head = "---\nid: t\nheadline: Harbour minister visits ferry pier\n---\n"
	e := engineOfText(t, head+"The harbour minister said the ferry pier would reopen after the government inspection.\n")
	words := []string{"minster", "goverment", "inspecton", "harbor", "troupe", "ferry", "pier", "café", "naïve", "", "résumé"}
	found := false
	for round := 0; round < 2; round++ {
		for _, w := range words {
			got, want := e.slipOf(w), e.slipOfKnown(w)
			if got != want {
				t.Errorf("round %d: slipOf(%q) = %q; slipOfKnown gives %q", round, w, got, want)
			}
			found = found || got != ""
		}
	}
	if len(e.memo.slip) != len(words) {
		t.Errorf("memo holds %d words; want %d", len(e.memo.slip), len(words))
	}
	if !found {
		t.Error("no word here is a slip: the memo would be tested on empty answers only")
	}
	if got := e.slipOf("minster"); got != "minister" {
		t.Errorf("slipOf(%q) = %q; want %q", "minster", got, "minister")
	}
}

// TestIsNumberWord: isNumberWord, remembered, says whether numberRE finds
// the whole word, asked first and again from the memo.
func TestIsNumberWord(t *testing.T) {
	const head = "---\nid: t\nheadline: Ferry\n---\n"
	e := engineOfText(t, head+"The pier was shut.\n")
	words := []string{"", "3", "12,000", "4.5bn", "20k", "seven", "twenty-five", "a-third", "dozens", "often", "3rd",
		"seventh", "the", "ONE", "£40", "50%", "é", "—", "one’s", "7-tonne"}
	for round := 0; round < 2; round++ {
		for _, w := range words {
			if got, want := e.isNumberWord(w), numberRE.FindString(w) == w; got != want {
				t.Errorf("round %d: isNumberWord(%q) = %v; numberRE says %v", round, w, got, want)
			}
		}
	}
	if n := len(e.memo.figWord); n != len(words) {
		t.Errorf("memo holds %d words; want %d", n, len(words))
	}
}
