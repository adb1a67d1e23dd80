package qa

import "testing"

// TestSaidSettles: a yes/no question of what someone said, or of a claim
// "according to" someone, is answered by the clause the verb of saying
// reports, not by the attribution that would fill the window; not where
// the verb is a participle after the deed that settles it (", saying …"),
// nor where it reports no clause ("comment *on* …").
func TestSaidSettles(t *testing.T) {
	for _, c := range []struct {
		text, q, want string
		not           []string
	}{
		{"Mayor Ana Ruiz said the harbour repairs made “good headway” but warned that “the worst storms of the winter are still to come,” pointing to the forecasts.",
			"so is the danger over now according to ruiz", "the worst storms of the winter are still to come", []string{"said"}},
		{"Local leaders at the meeting, including Ruiz, Tanaka, Harbour Master Olaf Berg and Port Director Ines Kowalski stressed that the agreement showed renewed trust between the port and the fishermen.",
			"did berg n kowalski say anything abt it", "renewed trust between the port and the fishermen", []string{"stressed"}},
		// the words before the verb say more of what is asked: kept
		{"Mayor Ana Ruiz said the harbour repairs made “good headway” but warned that “the worst storms of the winter are still to come,” pointing to the forecasts.",
			"so are the harbour repairs going well according to ruiz", "harbour repairs", nil},
		// a participle's clause: the main verb's deed settles it
		{"Mayor Ana Ruiz of Tolvik rejected the criticism, saying those houses had been built under the rules in force at the time and had met every requirement.",
			"does the tolvik mayor admit they shouldnt have built those houses", "rejected the criticism", nil},
		// a verb of saying denied: what was not said is no answer (re-read 28B F1)
		{"Despite the rumours on the quay, Mayor Ana Ruiz has not said that the danger from the winter storms is over for the harbour and its fishing fleet.",
			"did ruiz say the danger is over", "not said", nil},
		// another's verb of saying: not the asked speaker's words (re-read 28B F2)
		{"Ruiz told reporters the storm had passed, but Holm said that the danger remained and the ferries would stay in port for a week.",
			"did ruiz say anything", "Ruiz told reporters the storm had passed", []string{"danger remained"}},
		// "they" for one named speaker, a pronoun whose antecedent is
		// another, a common noun's speaker: not the asked one's (final
		// re-read RI F1)
		{"Ruiz met the fishermen on the quay on Monday, and they said that the danger remained and the ferries would stay in port for a week.",
			"did ruiz say anything", "Ruiz met", []string{"danger remained"}},
		{"Ruiz met Ida Holm on the quay on Monday, and she said that the danger remained and the ferries would stay in port for a whole week.",
			"did ruiz say anything", "Ruiz met", []string{"danger remained"}},
		{"Ruiz met the fishermen on Monday, and the harbour master said that the danger remained and the ferries would stay in port for a week.",
			"did ruiz say anything", "Ruiz met", []string{"danger remained"}},
		// a phrase of time in the question is no topic (final re-read RI F2)
		{"Speaking after the talks on Monday, Mayor Ana Ruiz said that the harbour repairs would be finished before the worst storms of the winter arrived in the bay and the fleet returned.",
			"did ruiz say anything after the talks", "the harbour repairs would be finished", nil},
		// the window holds the clause whole: nothing cut to make room
		// for, the attribution stays (re-read 28B F7)
		{"Mayor Ana Ruiz said the harbour was safe.", "did ruiz say anything", "Mayor Ana Ruiz said the harbour was safe", nil},
		// no clause reported
		{"The ferry company has yet to comment on the harbour meeting and has given no sign it would accept the new timetable.",
			"has the ferry company said anything abt the harbour meeting", "has yet to comment", nil},
	} {
		wantShort(t, c.text, c.q, c.want, c.not...)
	}
}

// TestSaidSettlesTold: "told *the fishermen* that …" is answered by the
// clause after "that" (thatTaken), and no short answer ends on an opening
// quotation mark, nor cuts a quotation in half where it can stop before
// it (quoteCut).
func TestSaidSettlesTold(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Tolvik harbour to reopen\n---\n"+
		"The Tolvik harbour was closed on Monday as a storm hit the coast.\n"+
		"Mayor Ana Ruiz told the fishermen that the harbour would reopen “as they said it would” once the storm had passed.\n")
	checkShorts(t, e, []askedShort{
		{"did ruiz say anything", "the harbour would reopen"},
	})
	for _, c := range []struct{ text, want string }{
		{"the harbour would reopen “as they said it would” once the storm had passed", "the harbour would reopen"},
		{"the ferry from the island would run again “until the bridge opens” next year", "the ferry from the island would run again"},
		{"the ferry would run “as it did” until the storm came", "the ferry would run “as it did”"},
	} {
		s := cutBeforePhrase(c.text, span{0, len(c.text)}, 8)
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("cutBeforePhrase(%q, 8) = %q; want %q", c.text, got, c.want)
		}
	}
}
