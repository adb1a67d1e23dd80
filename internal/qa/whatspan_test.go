package qa

import (
	"strings"
	"testing"
)

// TestDeedNextShared: a "what" question whose verb the top sentence
// lacks is answered from the next sentence of its paragraph that holds
// the verb and the name the question's subject types, which the top one
// holds too, though it opens on no word that points back (goesOn).
func TestDeedNextShared(t *testing.T) {
	e := howEngine(t, "Mayor Anna Keller thanked the regional donors but said Dornach would hold them to their promises. "+
		"\"We are asking for a new school roof and two snow ploughs before winter,\" said Keller.\n\n"+
		"The council said the roads would reopen in spring.")
	checkShorts(t, e, []askedShort{
		// the quotation after asks for what she wants; the top sentence only
		// sets who speaks to whom
		{"what did keller want from the donors", "for a new school roof and two snow ploughs before winter"},
	})
	// only a time word, or a place after the verb, shared: the next
	// sentence's finding is another's (the name must be the question's
	// subject, before its verb)
	for _, c := range []struct{ text, q string }{
		{"Inspectors examined the Kettle Lane bridge last year and reported no faults in its piers. " +
			"Divers searching the harbour last year found a stolen car near the old quay.",
			"what did inspectors find on the bridge last year"},
		{"Inspectors examined the Kettle Lane Bridge last year and reported no faults in its piers. " +
			"Divers searching under the Kettle Lane Bridge last year found a stolen car near the old quay.",
			"what did inspectors find at the kettle lane bridge"},
	} {
		e := howEngine(t, c.text+"\n\nThe council said the bridge would reopen in spring.")
		if a := mustAsk(t, e, c.q); strings.Contains(a.Short, "stolen car") {
			t.Errorf("%s: short %q is the divers' find", c.q, a.Short)
		}
	}
}
