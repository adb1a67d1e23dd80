package qa

import "testing"

// TestDeedNextShared: a "what" question whose verb the top sentence
// lacks is answered from the next sentence of its paragraph that holds
// the verb and another of the question's words the top one holds too,
// though it opens on no word that points back (goesOn).
func TestDeedNextShared(t *testing.T) {
	e := howEngine(t, "Mayor Anna Keller thanked the regional donors but said Dornach would hold them to their promises. "+
		"\"We are asking for a new school roof and two snow ploughs before winter,\" said Keller.\n\n"+
		"The council said the roads would reopen in spring.")
	checkShorts(t, e, []askedShort{
		// the quotation after asks for what she wants; the top sentence only
		// sets who speaks to whom
		{"what did keller want from the donors", "for a new school roof and two snow ploughs before winter"},
	})
}
