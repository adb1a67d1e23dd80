package qa

import (
	"context"
	"strings"
	"testing"
)

// TestItIsDeedObject: after a yes/no question whose answer tells a deed
// ("the mayor opened the old library as a shelter"), a follow-up's "it"
// that the question names nothing for (its object is an indefinite,
// "anything") stands for what the deed was done to, the old library, and
// the follow-up is read as its own question about it, not as the previous
// question's words with the follow-up's verb after them.
func TestItIsDeedObject(t *testing.T) {
	e := whyEngine(t, "The Harrowgate mayor opened the old library as a shelter for stranded drivers on Tuesday. "+
		"The library could hold about 200 people, and volunteers brought soup and blankets.")
	ctx := context.Background()
	prev := "did the harrowgate mayor do anything for stranded drivers"
	if a, err := e.Ask(ctx, prev); err != nil || !tellsDeed(a.found()) {
		t.Fatalf("%s: %q, %v; want a clause answering (the test's premise)", prev, a.found(), err)
	}
	got := e.Resolve(ctx, "how many people could it hold", prev)
	if !strings.Contains(got, "could the old library hold") || strings.Contains(got, "anything") {
		t.Errorf("read as %q; want \"it\" read as the old library, what the answer's deed was done to", got)
	}
}

// TestDeedObject: the object of an answer's past verb, to a preposition or
// a mark, where it is a noun phrase; nothing for an answer that tells no
// deed, or whose verb takes a figure, a place or no object.
func TestDeedObject(t *testing.T) {
	for _, c := range []struct{ answer, want string }{
		{"the Harrowgate mayor opened the old library as a shelter", "the old library"},
		{"the council closed the north bridge, citing cracks", "the north bridge"},
		{"engineers spotted a second crack in the deck", "a second crack"},
		{"the ferry arrived on Monday", ""},
		{"the packs held three blankets", ""},
		{"three injured firefighters and a damaged fire engine", ""},
		{"the old library", ""},
		{"the bridge was the oldest in the county", ""},                      // a copula's complement is no deed's object (FS6)
		{"the mayor opened “the old library” to drivers", "the old library"}, // an opening mark ends nothing (FT11)
		{"the mayor opened the old library yesterday", "the old library"},    // nor does the phrase run on to a time
		{"the mayor opened the old library on Monday night", "the old library"},
		{"", ""},
	} {
		if got := deedObject(c.answer); got != c.want {
			t.Errorf("deedObject(%q) = %q, want %q", c.answer, got, c.want)
		}
	}
}

// TestSpeaksToChatSpelling: a follow-up's words are read as resolve reads
// them, chat spellings as the words they stand for, when AskAfter asks
// whether a passage speaks to what the follow-up adds ("ppl" adds
// "people", which the passage holds; "abt" adds nothing).
func TestSpeaksToChatSpelling(t *testing.T) {
	e := whyEngine(t, "The old library opened as a shelter, with room for 200 people.")
	prev := "did the harrowgate mayor do anything for stranded drivers"
	h := Hit{Text: "The old library opened as a shelter, with room for 200 people."}
	if !e.speaksTo(h, e.freshTerms("how many ppl could it hold", prev)) {
		t.Errorf("speaksTo(%q, \"how many ppl could it hold\") = false; want true (\"ppl\" is \"people\")", h.Text)
	}
	if !e.speaksTo(h, e.freshTerms("what abt it", prev)) {
		t.Errorf("speaksTo(%q, \"what abt it\") = false; want true (\"abt\" is \"about\", which adds nothing)", h.Text)
	}
	if e.speaksTo(h, e.freshTerms("how many cars were turned away", prev)) {
		t.Errorf("speaksTo(%q, \"how many cars were turned away\") = true; want false (it adds words the passage lacks)", h.Text)
	}
}
