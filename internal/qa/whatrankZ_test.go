package qa

import (
	"strings"
	"testing"
)

// TestPrepositionalVerb: a question's verb with a preposition WordNet
// lists with it as one verb ("look into", "call for") keeps that
// preposition (phrasalPreposition), and a passage that uses the same verb
// only with another listed word after it ("look after") says another
// verb (usesOtherPhrasal); the same verb with the question's preposition,
// with an object, or with nothing listed after it is the asked verb. In
// ranking, the passage that looks after passengers weighs less for "what
// will the regulator inquiry look into", the one that looks into the
// failure no less.
func TestPrepositionalVerb(t *testing.T) {
	for _, c := range []struct{ verb, rest, want string }{
		{"look", " into", "into"},
		{"looking", " into the outage", "into"},
		{"call", " for more money", "for"},
		{"look", " forward", ""},         // no preposition
		{"sleep", " near the gate", ""},  // a preposition WordNet lists with no "sleep"
		{"stand", "", ""},                // nothing after it
		{"handed", " to the police", ""}, // "hand_to" is no WordNet verb
	} {
		if got := phrasalPreposition(c.verb, c.rest); got != c.want {
			t.Errorf("phrasalPreposition(%q, %q) = %q; want %q", c.verb, c.rest, got, c.want)
		}
	}

	e := engineOfText(t, `---
id: t
headline: Regulator opens airline outage inquiry
---
The regulator said staff at the airport would look after stranded passengers.

An inquiry will look into the failure of the backup system, a spokesman said.

Engineers looked at the servers on Friday and looked into the logs.

Crews will look closely into the records.

Crews will look forward to the findings.

Staff looked beyond the queues.
`)
	q := "what will the regulator inquiry look into"
	an := e.analyse(q)
	var look *qterm
	for i := range an.terms {
		if an.terms[i].word == "look" {
			look = &an.terms[i]
		}
	}
	if look == nil || look.preposition != "into" {
		t.Fatalf("%q: the verb's preposition is not read as \"into\": %+v", q, look)
	}
	ranked := e.rank(&an, e.withFollowers(mustSearch(t, e, an)))
	for _, c := range []struct {
		in    string
		other bool
	}{
		{"The regulator said", true},         // "look after": another verb
		{"An inquiry will look into", false}, // the asked verb
		{"Engineers looked at", false},       // "looked into" too: one use is the asked verb
		{"Crews will look closely", false},   // an adverb after it: nothing listed
		{"Crews will look forward", false},   // an adverb WordNet lists with it: no preposition or particle
		{"Staff looked beyond", false},       // a preposition WordNet lists with no "look"
	} {
		found := false
		for _, cd := range ranked {
			if !strings.HasPrefix(cd.p.Text, c.in) {
				continue
			}
			found = true
			if got := usesOtherPhrasal(cd.p.Text, cd.toks, look.term, look.preposition); got != c.other {
				t.Errorf("%q: usesOtherPhrasal = %v; want %v", c.in, got, c.other)
			}
		}
		if !found {
			t.Errorf("%q not among the candidates: the row tests nothing", c.in)
		}
	}
	// in ranking, the passage that looks after passengers weighs less with
	// the question's preposition read than with the verb read alone; the
	// one that looks into the failure weighs the same
	scoreOf := func(ranked []*cand, prefix string) float64 {
		for _, cd := range ranked {
			if strings.HasPrefix(cd.p.Text, prefix) {
				return cd.score
			}
		}
		t.Fatalf("%q not among the candidates", prefix)
		return 0
	}
	plain := e.analyse(q)
	for i := range plain.terms {
		plain.terms[i].preposition = ""
	}
	bare := e.rank(&plain, e.withFollowers(mustSearch(t, e, plain)))
	if with, without := scoreOf(ranked, "The regulator said"), scoreOf(bare, "The regulator said"); with >= without {
		t.Errorf("%q: \"look after\" scores %.3f with the preposition read, %.3f without; want less", q, with, without)
	}
	if with, without := scoreOf(ranked, "An inquiry will look into"), scoreOf(bare, "An inquiry will look into"); with != without {
		t.Errorf("%q: \"look into\" scores %.3f with the preposition read, %.3f without; want the same", q, with, without)
	}
}
