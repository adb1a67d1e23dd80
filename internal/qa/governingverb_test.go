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
	} {
		at := strings.Index(c.text, c.from)
		s := withGoverningVerb(c.text, span{at, len(strings.TrimRight(c.text, "."))})
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("withGoverningVerb(%q, from %q) = %q; want %q", c.text, c.from, got, c.want)
		}
	}
}
