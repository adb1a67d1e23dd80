package qa

import (
	"strings"
	"testing"
)

// TestGoverningVerb: "what did X say about Y" where Y is a list in a
// prepositional phrase answers with the verb that governs the phrase and
// the whole list ("back the towns up with blankets, tents and medicine
// supplies"); the verb is no particle ("up") and no mark stands between.
func TestGoverningVerb(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Relief agencies pledge help after storm\n---\n"+
		"The relief agencies also agreed to open a depot in Varnsby and to back the towns up with blankets, tents and medicine supplies to last the winter.\n"+
		"Roads to the coast reopened on Friday.\n")
	checkShorts(t, e, []askedShort{{"what did the relief agencies say about blankets tents and medicine", "back the towns up with blankets, tents and medicine supplies"}})
	for _, c := range []struct{ text, from, want string }{
		{"They will back them up with tents for the winter.", "tents", "back them up with tents for the winter"},
		{"They carried, with care, tents for the winter.", "tents", "tents for the winter"}, // a mark between
		{"They said with tents for the winter.", "tents", "tents for the winter"},           // a verb of saying
		{"With tents for the winter.", "tents", "tents for the winter"},                     // no verb before
		{"tents", "tents", "tents"},
		// a noun of a phrase is no verb, though a verb's base form
		{"The relief plan with tents for the winter was drafted.", "tents", "tents for the winter was drafted"},
		{"Their plan with tents for the winter was drafted.", "tents", "tents for the winter was drafted"},
		{"A new plan with tents for the winter was drafted.", "tents", "tents for the winter was drafted"},
		{"They drafted a plan with tents for the winter.", "tents", "drafted a plan with tents for the winter"},
		{"The agencies will just help with tents for the winter.", "tents", "help with tents for the winter"},
		{"Café’s plan with tents.", "tents", "tents"},
		// a determiner WordNet also files as an adverb ("each", "no") opens a noun phrase
		{"Each plan with cots for the refugees was costed.", "cots", "cots for the refugees was costed"},
		{"No plan with cots for the refugees was costed.", "cots", "cots for the refugees was costed"},
		{"Every plan with cots for the refugees was costed.", "cots", "cots for the refugees was costed"},
		{"Neither plan with cots for the refugees was costed.", "cots", "cots for the refugees was costed"},
		// an adverb that is a function word too is no opener: the verb after it stays a verb
		{"The agencies will only help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The agencies will still help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The agencies will even help with cots for the refugees.", "cots", "help with cots for the refugees"},
		// a quantifier after a modal floats off the subject: no opener either
		{"The agencies will each help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The agencies would all help with cots for the refugees.", "cots", "help with cots for the refugees"},
		// … though "not" or an adverb stands between them
		{"The shelters could not each help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The shelters might soon both help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The shelters shouldn't all help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The depots won't each help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The depots won’t each help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The depots can't all help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The depots cannot each help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The depots must each help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The depots did each help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The depots will probably each help with cots for the refugees.", "cots", "help with cots for the refugees"},
		{"The depots will NOT each help with cots for the refugees.", "cots", "help with cots for the refugees"},
		// an adverb that is a verb too is the verb before a function word
		{"The donors will back each plan with cots for the refugees.", "cots", "back each plan with cots for the refugees"},
		// an adverb WordNet also files as an adjective stands there too
		{"The depots will then all help with cots for the refugees.", "cots", "help with cots for the refugees"},
		// a modal's word written with a capital mid-sentence is a name (the
		// month), and one opening a question has its subject after it: the
		// quantifier opens a noun phrase there
		{"By May each plan with cots for the refugees was costed.", "cots", "cots for the refugees was costed"},
		{"Until May every plan with cots for the refugees was costed.", "cots", "cots for the refugees was costed"},
		{"Could any plan with cots for the refugees work?", "cots", "cots for the refugees work"},
	} {
		at := strings.Index(c.text, c.from)
		s := withGoverningVerb(c.text, span{at, len(strings.TrimRight(c.text, ".?"))})
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("withGoverningVerb(%q, from %q) = %q; want %q", c.text, c.from, got, c.want)
		}
	}
}

// TestGovernedRepeated: an answer that opens a prepositional phrase is
// shown with its governing verb where inPhrase found it, though its words
// stand twice in the passage (the rule read them again by text, and
// showed nothing where they stood twice).
func TestGovernedRepeated(t *testing.T) {
	text := "They will back the towns up with tents for the winter, since tents for the winter ran out."
	short := "tents for the winter"
	for _, c := range []struct {
		at   int
		want string
	}{
		{strings.Index(text, short), "back the towns up with tents for the winter"},
		{strings.LastIndex(text, short), short}, // after "since": no phrase of a verb
	} {
		ans := Answer{Short: short, Passages: []Hit{{Text: text}}}
		governed(&ans, text, span{c.at, c.at + len(short)})
		if ans.Short != c.want {
			t.Errorf("governed(%q at %d) = %q; want %q", short, c.at, ans.Short, c.want)
		}
	}
}
