package qa

import "testing"

// TestForeignPurpose: for "why", an infinitive of purpose that stands
// before every one of the question's words in the passage is the purpose
// of a deed the question does not ask about ("officers were posted *to
// guide traffic near the Kettle Lane Bridge*" says why officers were
// posted, not why the bridge is in trouble): no reason of what is asked.
// One after the question's words keeps its purpose.
func TestForeignPurpose(t *testing.T) {
	e := howEngine(t, "Sergeant Ana Lobo of Marlow Police said officers had been posted to guide traffic at four crossings near the Kettle Lane Bridge, which opened in 1911 and was never built for lorries.\n\n"+
		"The council said the bridge would stay shut until the spring.")
	checkShorts(t, e, []askedShort{
		// the purpose is of the posting, before the bridge is named: the
		// clause the passage says of the bridge instead
		{"why is the kettle lane bridge in such trouble", "which opened in 1911 and was never built for lorries"},
		// the officers' posting is what is asked: its purpose stands
		{"why were marlow officers posted at the crossings", "posted to guide traffic at four crossings near the Kettle Lane Bridge"},
	})
}

// TestEchoRelative: asked how, a plan that only says again the question's
// verb gives way to the relative clause a comma sets right after it,
// which says how the thing planned works; a plan that does not say the
// question's verb again is the answer still.
func TestEchoRelative(t *testing.T) {
	e := howEngine(t, "The water board said in a statement that the towns will take part in a new river monitoring scheme, which engineers said would rely on floating sensors and weekly boat patrols.\n\n"+
		"The board said the towns will fund the scheme from their flood reserves.")
	checkShorts(t, e, []askedShort{
		// "monitoring scheme" says "monitor" again: the relative clause
		{"how will the towns monitor the river", "which engineers said would rely on floating sensors and weekly boat patrols"},
		// the plan of paying, the question's verb not in it: the plan
		{"how will the towns pay for the scheme", "fund the scheme from their flood reserves"},
	})
}
