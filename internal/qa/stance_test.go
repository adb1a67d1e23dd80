package qa

import "testing"

// TestStanceAsked: "what did X make of Y" asks for X's view of Y, which
// X's words give: it is read as "what did X say about Y", not as a thing X
// made.
func TestStanceAsked(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"what did ida holm make of the new timetable", "what did ida holm say about the new timetable"},
		{"What does the union make of the offer?", "what did the union say about the offer"},
		{"what did they make out of the old pier", ""}, // "make out of": a thing made
		{"what did they make of", ""},                  // no topic
		{"how did holm make of it", ""},
		{"", ""},
		// a yes/no question of being content with a thing: what X said of it
		{"is ida holm happy with the new timetable", "what did ida holm say about the new timetable"},
		{"Were the islanders pleased about the change?", "what did the islanders say about the change"},
		{"was holm herself really satisfied with it", "what did holm say about it"}, // reflexive, adverb left out
		{"is happy with the timetable", ""},                                         // no holder
		{"is the ferry happy", ""},                                                  // no topic
		{"is holm unhappy", ""},
		// the asker or the bot, a tense not of what was said, another
		// question's words before the state (final re-read RM2, RM6, RO1)
		{"what do you make of the summit", ""},
		{"what will holm make of the timetable", ""},
		{"is it true that holm was happy with the timetable", ""},
		{"was holm not happy with the timetable", ""},
		{"are there islanders unhappy with the timetable", ""},
		{"is the mayor, really, happy with it", ""},
		// a holder of at most stanceHolderMax words (final re-read RO5)
		{"what did the head of the council make of it", "what did the head of the council say about it"},
		{"what did the new head of the council make of it", ""},
		{"is the head of the council happy with it", "what did the head of the council say about it"},
		{"is the new head of the council happy with it", ""},
		{"is the head of the council herself really happy with it", "what did the head of the council say about it"},
	} {
		if got := stanceAsked(c.q); got != c.want {
			t.Errorf("stanceAsked(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	// read as a plain verb, "make" matches another sentence's "make"
	// and its quotation; read as a view, Holm's own words answer
	e := engineOfText(t, "---\nid: t\nheadline: Tolvik ferry timetable changes\n---\n"+
		"The new Tolvik timetable, made of six sailings a day, starts in June.\n"+
		"Holm called the Tolvik timetable “a gift to the islanders”.\n"+
		"She said that if islanders were to make the crossing daily “they have to know the boat will come”.\n")
	checkShorts(t, e, []askedShort{
		{"what did holm make of the whole thing", "Holm called the Tolvik timetable “a gift to the islanders”"},
	})
	// read plainly, "happy" finds another sentence's "happy"; read as
	// what Vesk said about the timetable, Vesk's own words answer
	e = engineOfText(t, "---\nid: t\nheadline: Tolvik ferry timetable changes\n---\n"+
		"Vesk was happy to see the old pier reopened last spring, the port office said.\n"+
		"Vesk said the Tolvik timetable was “a gift to the islanders”.\n"+
		"The timetable adds two sailings a day from June.\n")
	checkShorts(t, e, []askedShort{
		{"was vesk happy with the timetable", "Vesk said the Tolvik timetable was “a gift to the islanders”"},
	})
}
