package qa

import (
	"strings"
	"testing"
)

// TestCrispWhatPersonAside: a "what" question asking what someone does or
// says is not answered by the aside that says who that person is
// ("Okafor, *who has run the yard since 2009*, said …"); an aside that
// holds the question's own words does answer it (it tells the deed, or
// names the person as the question does), and a question asking who or
// what someone is keeps it.
func TestCrispWhatPersonAside(t *testing.T) {
	e := howEngine(t, "Ruth Okafor, who has led talks with the union, said that the mayor “strongly backs the quay plan” and that the deal is “important so that workers know that when this ends, it ends for good”.")
	a := mustAsk(t, e, "okafor said smth abt it ending for good?")
	if strings.Contains(a.Short, "talks with the union") || !strings.Contains(a.Short, "it ends for good") {
		t.Errorf("short %q; want what she said of it ending, not who she is", a.Short)
	}
	text := "Ruth Okafor, who has run the boatyard since 2009, said the new quay would be ready before the autumn storms."
	aside := span{strings.Index(text, "who has"), strings.Index(text, ", said")}
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"okafor said something about the quay?", true},
		{"what is okafor telling the town", true},
		{"what boatyard has okafor run", false}, // the aside holds the deed asked of
		{"what is okafor", false},               // who she is is what is asked
		{"what does okafor do", false},
	} {
		q := e.analyse(c.q)
		if got := e.asideOnlySaysWho(&q, text, aside); got != c.want {
			t.Errorf("asideOnlySaysWho(%q) = %v; want %v", c.q, got, c.want)
		}
	}
	// no aside: the words after a name's comma that close no aside, and a
	// list of names
	for _, text := range []string{
		"Ruth Okafor, who has run the boatyard since 2009.",
		"Ruth Okafor, who has run the boatyard since 2009; she said the quay, the slipway and the crane would be ready.",
		"Ruth Okafor, Tom Hale, and the mayor said the quay would be ready.",
	} {
		s := span{strings.Index(text, ", ") + 2, strings.Index(text, ", ") + 6}
		if _, ok := e.personAside(text, s); ok {
			t.Errorf("personAside(%q) found an aside; want none", text)
		}
	}
	// a span that opens in the aside and runs past its close is not in it
	// (final read FJ2)
	over := "Ruth Okafor, who has run the boatyard since 2009, said the new quay would be ready, and the crane too."
	if _, ok := e.personAside(over, span{strings.Index(over, "who has"), strings.Index(over, ", and")}); ok {
		t.Errorf("personAside found an aside for a span past its close")
	}
}

// TestWhatAsksDeedNoun: a word in -ing or -ed after its determiner is the
// noun it also is ("what is the building for", "what was the finding"),
// no deed asked of; the verb's own participle still is one (final read
// FI4).
func TestWhatAsksDeedNoun(t *testing.T) {
	e := howEngine(t, "Ruth Okafor, who has run the boatyard since 2009, said the new building would open in May.")
	for question, want := range map[string]bool{
		"what is the building for":        false,
		"what was the finding":            false,
		"what was their finding":          false, // a possessive opens the noun too
		"what were those findings":        false,
		"what is okafor telling the town": true,
		"okafor said smth abt the quay?":  true,
	} {
		q := e.analyse(question)
		if got := whatAsksDeed(&q); got != want {
			t.Errorf("whatAsksDeed(%q) = %v; want %v", question, got, want)
		}
	}
}

// TestPersonAsideGuards pins asideOnlySaysWho's and personAside's guards
// one by one (final read FI7): the question's names count for nothing in
// the aside, a question of the person's job or of what they are doing
// asks who they are, and an aside closes before the sentence ends.
func TestPersonAsideGuards(t *testing.T) {
	e := howEngine(t, "Ruth Okafor, who has run the Okafor boatyard since 2009, said the new quay would be ready before the storms.")
	text := "Ruth Okafor, who has run the Okafor boatyard since 2009, said the new quay would be ready before the storms."
	aside := span{strings.Index(text, "who has"), strings.Index(text, ", said")}
	for question, want := range map[string]bool{
		"what is okafor telling the town": true,  // "Okafor" in the aside is a name, no word asked
		"what is okafors job":             false, // who she is is asked
		"what is okafor doing":            false, // no verb of its own
	} {
		q := e.analyse(question)
		if got := e.asideOnlySaysWho(&q, text, aside); got != want {
			t.Errorf("asideOnlySaysWho(%q) = %v; want %v", question, got, want)
		}
	}
	ended := "Ruth Okafor, who ran the boatyard. Then she left, a friend said."
	if _, ok := e.personAside(ended, span{strings.Index(ended, "who ran"), strings.Index(ended, ". Then")}); ok {
		t.Errorf("personAside found an aside across a sentence's end")
	}
}
