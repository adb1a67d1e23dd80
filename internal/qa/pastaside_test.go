package qa

import "testing"

// TestKeyWordsPastAsideFinished: a key-words window that a person's aside
// moved to its clause's verb ("Tomás Reyes, the Chilean rescue chief,
// *said* …") is finished as any window is: where it stops before its
// clause ends, inside a phrase that a few more words close, it gives up
// the question's words it opens on (the frame of what is said, the
// subject the question names left behind) to close it, so long as it
// keeps one of them; a yes or no keeps the window from the verb.
func TestKeyWordsPastAsideFinished(t *testing.T) {
	e := engineOfText(t, `---
id: w
headline: Tunnels
---
Tomás Reyes, the Chilean rescue chief, said the tunnels had “folded”, each beam dropping flat onto the one below and leaving little room for anyone.
`)
	const text = "Tomás Reyes, the Chilean rescue chief, said the tunnels had “folded”, each beam dropping flat onto the one below and leaving little room for anyone."
	// no article after the verb: the window opens on the noun, where a
	// phrase can start, as a window past a cut unit does
	const bare = "Tomás Reyes, the Chilean rescue chief, said tunnels had “folded”, each steel beam dropping flat onto the one below and leaving little room."
	const coordinated = "Tomás Reyes, the Chilean rescue chief, said Lund and Dahl had met privately with the crews of the two boats below the old harbour bridge before dawn."
	for _, tc := range []struct{ question, passage, want string }{
		// the window from "said" stops at "the one | below": it gives
		// up "said", a word of the question, to finish the phrase
		{"what did reyes mean when he said the tunnels folded", text, "the tunnels had “folded”, each beam dropping flat onto the one below"},
		// no article after the verb: the window gives up "said" and
		// opens on the bare noun, where a phrase can start
		{"what did reyes mean when he said tunnels folded", bare, "tunnels had “folded”, each steel beam dropping flat onto the one below"},
		// the verb is the only word of the question the window holds:
		// given up, the window would hold none, so it stays, cut inside
		// its phrase as before (accepted: it still answers)
		{"what did reyes say", text, "said the tunnels had “folded”, each beam dropping flat onto the one"},
		// a coordinated subject is not cut in two: the window does not
		// open on "and"
		{"what did reyes mean when he said lund and dahl met", coordinated, "said Lund and Dahl had met privately with the crews"},
		// a yes or no is settled by the verb's clause as it stands
		{"did reyes say the tunnels folded", text, "said the tunnels had “folded”, each beam dropping flat onto the one"},
	} {
		q := e.analyse(tc.question)
		c := parsedCand(t, e, tc.passage)
		e.cover(&q, c)
		if got := e.keyWords(&q, c, span{0, len(c.p.Text)}, maxShortWords); got != tc.want {
			t.Errorf("keyWords(%q, %q) = %q; want %q", tc.question, tc.passage, got, tc.want)
		}
	}
}
