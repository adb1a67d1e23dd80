package qa

import (
	"strings"
	"testing"
)

// TestSpanSaidClearsStrandedCut: spanSaid clears a candidate's
// strandedCut before it extracts, so a cut of an earlier extraction never
// marks the answer of a question that strands no preposition, which
// reportedAnswer relies on instead of testing q.stranded (final read FK7).
func TestSpanSaidClearsStrandedCut(t *testing.T) {
	text := "The new pier is the key to keeping the school open, harbour master Ida Holm said."
	e := howEngine(t, text)
	q := e.analyse("what did ida holm say about the pier")
	if q.stranded {
		t.Fatalf("%q strands a preposition; want a question that strands none", "what did ida holm say about the pier")
	}
	a := e.c.Articles[0]
	p := a.Passages[len(a.Passages)-1]
	c := &cand{a: a, p: p, toks: e.analyze(p.Text), strandedCut: span{0, 7}}
	e.spanSaid(&q, c, nil)
	if c.strandedCut != (span{}) {
		t.Errorf("strandedCut = %v after spanSaid; want it cleared", c.strandedCut)
	}
}

// TestPersonPhrasePlurals: personPhrase takes a singular noun of a person,
// never a plural: one no ending makes ("women"), or one in "-s" of a noun
// the dictionary lacks that pluralNoun leaves ("ranis", "sadhus"); a
// singular in "-s" ("witness") is still one (final read FK10).
func TestPersonPhrasePlurals(t *testing.T) {
	for in, want := range map[string]string{
		"when the women met the mayor":     "the mayor",
		"when the ranis met the mayor":     "the mayor",
		"when the sadhus met the mayor":    "the mayor",
		"when the witness met the mayor":   "the witness",
		"when the mayors met the governor": "the governor",
	} {
		if got := personPhrase(strings.Fields(in)); got != want {
			t.Errorf("personPhrase(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestPersonAsideOpensAtComma: an aside holds a span only when no mark
// stands between the comma that opens it and the span: a sentence's end,
// a semicolon or a colon closes the aside first, and the span is the
// clause after it (final read FK10).
func TestPersonAsideOpensAtComma(t *testing.T) {
	e := howEngine(t, "Ruth Okafor, who has run the boatyard since 2009, said the new quay would be ready before the storms.")
	for _, text := range []string{
		"Ruth Okafor, who ran the boatyard. The new quay is ready, she said.",
		"Ruth Okafor, who ran the boatyard; the new quay is ready, she said.",
		"Ruth Okafor, who ran the boatyard: the new quay is ready, she said.",
	} {
		s := span{strings.Index(text, "ew quay") - 1, strings.Index(text, ", she")}
		if _, ok := e.personAside(text, s); ok {
			t.Errorf("personAside(%q) holds %q; want no aside", text, text[s.start:s.end])
		}
	}
}

// TestAsksJobIsWho: a question of someone's job is read as "who is X"
// (KindWho) whenever analyse marks it asksJob, which whatAsksDeed's kind
// test relies on to leave it out (final read FK10).
func TestAsksJobIsWho(t *testing.T) {
	e := howEngine(t, "Ruth Okafor, who has run the boatyard since 2009, said the new quay would be ready before the storms.")
	for _, question := range []string{"what is okafors job", "what is Ruth Okafor's role", "whats okafor's job"} {
		q := e.analyse(question)
		if !q.asksJob || q.kind != KindWho || whatAsksDeed(&q) {
			t.Errorf("%q: asksJob %v, kind %v, whatAsksDeed %v; want a job asked as who, no deed", question, q.asksJob, q.kind, whatAsksDeed(&q))
		}
	}
}

// TestYesNoDegreeAfterYet: "yet", a coordinating conjunction WordNet also
// lists among its adverbs, sets a phrase of degree off as "but" does,
// not taken into it as an adverb grading it (final read FL3).
func TestYesNoDegreeAfterYet(t *testing.T) {
	wantShort(t, "The Kell River crested at Dunmore below the new flood wall yet higher than the authority had forecast on Sunday.",
		"did the kell crest higher than forecast at dunmore", "higher than the authority had forecast", "yet higher")
}

// TestSaysDefiniteModifiers: between "the" and the noun a definite
// description ends on stand its modifiers, never a verb's form with no
// adjective reading, a plural (the head of a phrase of its own), an
// ordinal (one of several, as "other" is) or a lone dash (final read
// FK2, FL2); a participle WordNet reads as an adjective is a modifier.
func TestSaysDefiniteModifiers(t *testing.T) {
	for text, want := range map[string]bool{
		"the engineers inspecting dam walls found cracks": false,
		"the engineers dam walls":                         false,
		"the crew inspecting dam walls found cracks":      false,
		"the second dam held":                             false,
		"the reservoir - dam held":                        false,
		"the damaged dam held":                            true,
		"the existing concrete dam held":                  true,
	} {
		if got := saysDefinite(text, "dam"); got != want {
			t.Errorf("saysDefinite(%q, \"dam\") = %v; want %v", text, got, want)
		}
	}
}
