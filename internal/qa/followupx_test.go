package qa

import (
	"context"
	"strings"
	"testing"
)

// TestPersonPhrase: the first singular noun of a person with the words of
// its phrase before it, from its determiner; a plural or no person noun
// gives none.
func TestPersonPhrase(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"what does the keldhaven mayor think of the dock strike", "the keldhaven mayor"},
		{"what did the transport secretary say about the tram", "the transport secretary"},
		{"what did the mayors say", ""},
		{"when did the bridge close", ""},
	} {
		if got := personPhrase(wordsOf(c.q)); got != c.want {
			t.Errorf("personPhrase(%q) = %q; want %q", c.q, got, c.want)
		}
	}
}

// TestPronounIsQuestionsPerson: after a question of what a person spoken of
// by a noun phrase thinks ("the marsby mayor"), "she" is that person, not
// another the answer's passage names.
func TestPronounIsQuestionsPerson(t *testing.T) {
	e := whyEngine(t, "Marsby Mayor Ilse Raven said the strike was hurting the town's shops. "+
		"Harbour chief Tomas Brandt said the strike was a self-inflicted wound for the port.")
	got := e.Resolve(context.Background(), "what did she do", "what does the marsby mayor think of the strike")
	if !strings.Contains(got, "the marsby mayor") || strings.Contains(got, "Brandt") {
		t.Errorf("read as %q; want \"she\" as the marsby mayor", got)
	}
}

// TestPronounNotAThing: a name that ends on a noun of a thing ("caswell
// bridge") is no referent of "her".
func TestPronounNotAThing(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{{"caswell bridge", true}, {"kessock dam", true}, {"Nadia Oduya", false}, {"bridge", false}} {
		if got := endsOnThing(c.name); got != c.want {
			t.Errorf("endsOnThing(%q) = %v; want %v", c.name, got, c.want)
		}
	}
	e := whyEngine(t, "Engineer Nadia Oduya is leading the inquiry into the Caswell Bridge cracks. "+
		"Oduya has been asked to deliver a report by January 31.")
	if got := e.Resolve(context.Background(), "when is her report due", "who is running the caswell bridge inquiry"); strings.Contains(strings.ToLower(got), "bridge's") {
		t.Errorf("read as %q; want \"her\" not read as the bridge", got)
	}
}
