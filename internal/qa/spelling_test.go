package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestSpelledIn: "which article spells it X" names the article that
// writes the name X letter for letter, with X as it writes it; a word
// every article holds, or one held only in lower case ("the old way") or
// in capitals only for opening a sentence ("Old habits …"), spells nothing
// apart, nor does the name spelt ("spells tbilisi the old way"); the
// word after "spells it" is the spelling, whatever follows it.
func TestSpelledIn(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Talks resume in the capital\n---\nEnvoys met in Tbilisi on Monday, the old way of doing things.\n",
		"---\nid: b\nheadline: Envoys gather for a second round\n---\nEnvoys met in Tiflis on Monday with U.S. officials.\n",
		"---\nid: c\nheadline: Leaders meet on the border\n---\nLeaders met Zelensky on Monday.\n")
	for _, tc := range []struct{ q, want string }{
		{"which article spells it tiflis", "Envoys gather for a second round: Tiflis"},
		{"which one spells tbilisi the old way, tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it tbilisi", "Talks resume in the capital: Tbilisi"},
		// after "it", the spelling, whatever follows it
		{"which one spells it tiflis instead", "Envoys gather for a second round: Tiflis"},
		{"which story spells it tiflis and not tbilisi", "Envoys gather for a second round: Tiflis"},
		{"which article spells it tbilisi in the english way", "Talks resume in the capital: Tbilisi"},
		{"which piece spells it as tiflis", "Envoys gather for a second round: Tiflis"},
		// a word saying how it is spelt, then the spelling
		{"which article spells it differently, tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it old style tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it wrongly zelensky", "Leaders meet on the border: Zelensky"},
		// a possessive typed on the spelling: the name it is of
		{"which article spells it zelensky's", "Leaders meet on the border: Zelensky"},
		{"which article spells it Zelensky’s", "Leaders meet on the border: Zelensky"},
		// what "but" sets against the spelling ruled out
		{"which article spells it not tbilisi but tiflis", "Envoys gather for a second round: Tiflis"},
		// a word of difference and what it differs from: ruled out
		{"which article spells it differently, tiflis, not tbilisi", "Envoys gather for a second round: Tiflis"},
		{"which one spells it differently from tbilisi, but as tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it tiflis unlike tbilisi", "Envoys gather for a second round: Tiflis"},
		{"which article spells it differently, as tiflis", "Envoys gather for a second round: Tiflis"},
		// a word of difference rules out only the phrase it opens, up to a
		// comma, a colon, "as" or "but": a spelling after it is still read
		{"which article spells it differently from the others, tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it differently from the rest: tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it differently to the others, tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it unlike the others, as tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it unlike tbilisi, as tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it differently from tbilisi as tiflis", "Envoys gather for a second round: Tiflis"},
		// an -ing word no auxiliary or pronoun stands before is a name or
		// a noun, not how it is written: its "as" ends the phrase
		{"which article spells it differently from reading as tiflis", "Envoys gather for a second round: Tiflis"},
		// the dashes and stops people type divide the question's parts too
		{"which article spells it differently from tbilisi - tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it differently from tbilisi -- tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it differently from the others. tiflis", "Envoys gather for a second round: Tiflis"},
		// (a stop after a number or a word of another script ends the part:
		// no abbreviation of no vowel)
		{"which article spells it differently from київ. tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it differently from tbilisi in 2023. tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it differently from the others/tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it differently from tbilisi … tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it differently from tbilisi... tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it differently from tbilisi! tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spells it differently from tbilisi, e.g. tiflis", "Envoys gather for a second round: Tiflis"},
		// the verb itself misspelt: the parts as typed
		{"which article spels it differently from the others, tiflis", "Envoys gather for a second round: Tiflis"},
		{"which article spels it differently from tbilisi - tiflis", "Envoys gather for a second round: Tiflis"},
		// the name spelt, then the spelling given after what it differs from
		{"which article spells the name tbilisi differently from the others, as tiflis", "Envoys gather for a second round: Tiflis"},
	} {
		a := mustAsk(t, e, tc.q)
		if a.Short != tc.want {
			t.Errorf("%s: %q; want %q", tc.q, a.Short, tc.want)
		}
		checkAnswer(t, tc.q, a)
	}
	for _, q := range []string{
		"which article spells it envoys",           // a word every article holds
		"which article spells tbilisi the old way", // the name spelt, and no spelling given
		// a spelling no article writes, though one writes a near one the
		// corrector would read it as: the spelling as typed is asked
		"which article spells it tbilissi",
		"which article spells it tbilissi rather than tbilisi",
		// the spelling after "it" is in no article: not the name the
		// question rules out instead
		"which article spells it kyiv instead of tbilisi",
		"which piece spells it kharkiv rather than tiflis",
		// a misspelt verb: the spelling still read as typed
		"which article spels it zelenskyy",
		"which article spels it tbilissi",
		// never the word after a contrast cue
		"which article spells it differently, not tiflis",
		// "spells it …" ends here, answered or declined: not handed on to
		// a reader that answers with the ruled-out spelling's passage
		"which article spells it not tiflis",
		// nor after a word of difference and what it differs from: no
		// spelling given, only the one ruled out
		"which article spells it differently from tbilisi",
		"which article spells it differently to tbilisi",
		"which article spells it different from tiflis",
		"which article spells it unlike tbilisi",
		"which article spells it other than tbilisi",
		"which article spells it instead of tbilisi",
		// the noun a word of difference modifies before the preposition,
		// and WordNet's other opposite of a likeness word
		"which article spells it in a different way from tbilisi",
		"which article spells it dissimilar to tbilisi",
		"which article spells it differently, tbilissi",
		// an "as" of "such as" or after a verb goes on with the phrase of
		// difference: what it names is ruled out too
		"which article spells it differently from other articles such as tbilisi",
		"which article spells it differently from places such as tbilisi",
		"which article spells it differently from the way it is spelt as tbilisi",
		"which article spells it differently from the way it is written as tbilisi",
		"which article spells it differently from tbilisi as well as tiflis",
		"which article spells it differently from how it is spelled as tbilisi",
		// a hyphen inside a word or an abbreviation's stop divides nothing
		"which article spells it differently from well-known tbilisi",
		"which article spells it differently from the u.s. tbilisi",
		// nor the stop of a word of no vowel ("mt.", "ft."), nor the "/"
		// of "and/or": the name after it is ruled out too
		"which article spells it differently from mt. tbilisi",
		"which article spells it differently from ft. tbilisi",
		"which article spells it differently from tbilisi and/or tiflis",
		// a one-letter word ("U.S.") is no spelling
		"which one spells s",
		"which article spells it s",
	} {
		if a, _ := e.Ask(t.Context(), q); a.Answered {
			t.Errorf("%s: answered %q (%s); want it declined, no article told apart", q, a.Short, a.Kind)
		}
	}
	// "spells X differently from …": X is the name spelt, never the
	// spelling given
	for _, q := range []string{
		"which one spells tbilisi differently from the others",
		"which article spells tbilisi other than the usual way",
		"which one spells tbilisi unlike the others",
		// every word between the verb and the word of difference
		"which article spells the name tbilisi differently from the others",
		"which article spells the city tbilisi differently from the others",
	} {
		if a, _ := e.Ask(t.Context(), q); a.Answered && strings.Contains(a.Short, "Tbilisi") {
			t.Errorf("%s: answered %q (%s); want no answer of the name spelt", q, a.Short, a.Kind)
		}
	}
	for _, tc := range []struct {
		text, w string
		ok      bool
	}{
		{"Aid for Kiev’s hospitals.", "kiev", true},
		{"the Kievan Rus", "kiev", false},
		{"we took the old way", "way", false},             // lower case: no name
		{"Old habits die hard in Kelport.", "old", false}, // capital only for opening a sentence
		{"Kiev was named in a letter.", "kiev", true},     // a name opening one
		{"— Kiev", "kiev", true},
		{"", "kiev", false},
	} {
		a := &corpus.Article{Passages: []corpus.Passage{{Kind: corpus.KindBody, Text: tc.text}}}
		m := map[string][]spellingAt{}
		e.addSpellings(m, 0, a)
		at, ok := m[foldKey(tc.w)]
		if ok != tc.ok {
			t.Errorf("addSpellings(%q) holds %q: %v; want %v", tc.text, tc.w, ok, tc.ok)
		}
		if ok && tc.text[at[0].start:at[0].end] != "Kiev" {
			t.Errorf("addSpellings(%q) marks %q for %q", tc.text, tc.text[at[0].start:at[0].end], tc.w)
		}
	}
}

// TestFoldKey: two words share a fold key exactly when strings.EqualFold
// holds of them, for letters folded beyond ASCII (the long s, the kelvin
// sign, accented capitals) and for bytes that are no UTF-8.
func TestFoldKey(t *testing.T) {
	words := []string{"Kiev", "kiev", "KIEV", "\u212aiev", "Kiew", "Kie", "ſoria", "Soria", "SORIA", "Émile", "émile", "Emile", "Σίσυφος", "ΣΊΣΥΦΟΣ", "\xffKiev", "\xfeKiev", ""}
	for _, a := range words {
		for _, b := range words {
			if got, want := foldKey(a) == foldKey(b), strings.EqualFold(a, b); got != want {
				t.Errorf("foldKey(%q) == foldKey(%q): %v; strings.EqualFold: %v", a, b, got, want)
			}
		}
	}
}
