package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestCrispAsideNamed: a "what/which/who is X" question whose X the
// passage gives as an aside set off by dashes after a name is answered by
// that name with the aside, not by the words after the aside nor a list
// gathered for a count in X; an aside that holds only some of X's words
// answers nothing by this rule.
func TestCrispAsideNamed(t *testing.T) {
	e := howEngine(t, "The mayor said that Dornach and Vellin — the valley's two oldest villages — would be rebuilt first with money from the regional fund and the church.\n\n"+
		"The river rose two metres overnight, the water board said.\n\n"+
		"Police said that Anna Berg — the lodge's night warden — raised the alarm at three in the morning.")
	checkShorts(t, e, []askedShort{
		{"what are the two oldest villages in the valley", "Dornach and Vellin — the valley's two oldest villages"},
		{"who is the night warden at the lodge", "Anna Berg — the lodge's night warden"},
	})
	checkShorts(t, e, []askedShort{
		{"who's the night warden at the lodge", "Anna Berg — the lodge's night warden"},
	})
	for _, c := range []struct{ q, text, want string }{
		{"what are the two newest villages in the valley", "The mayor said that Dornach and Vellin — the valley's two oldest villages — would be rebuilt first.", ""}, // the aside lacks "newest"
		{"what are the villages", "Dornach and Vellin — two villages — would be rebuilt first.", ""},                                                                  // one shared word is no description
		// an aside holding a figure's point is one aside (final re-read RP B6)
		{"what are the two oldest villages in the valley", "Dornach and Vellin — the valley's two oldest villages, 3.5 km apart — would be rebuilt first.", "Dornach and Vellin — the valley's two oldest villages, 3.5 km apart"},
		// the name stops at the sentence before's last word (final re-read RP B2)
		{"what are the two oldest villages in the valley", "Work began in May. Dornach and Vellin — the valley's two oldest villages — would be rebuilt first.", "Dornach and Vellin — the valley's two oldest villages"},
	} {
		q := e.analyse(c.q)
		got := ""
		if s := e.asideNamed(&q, &cand{p: corpus.Passage{Text: c.text}}); s.end > s.start {
			got = c.text[s.start:s.end]
		}
		if got != c.want {
			t.Errorf("asideNamed(%q) = %q; want %q", c.q, got, c.want)
		}
	}
}

// TestCrispTrailingObject: a "what" question with do-support or a modal
// that ends on a noun's preposition ("the key to") or on a verb's gerund
// ("keep funding") asks for what follows those words in the passage, not
// for the sentence's opening or the words before them; a preposition of
// time or of topic at the end ("write after", "say about") is no object
// asked for.
func TestCrispTrailingObject(t *testing.T) {
	e := howEngine(t, "The mayor said the new dam was the key to protecting the lower town from spring floods.\n\n"+
		"After a long debate, the council agreed to go on funding the night buses and the harbour ferry.")
	wantShorts(t, e, []askedShort{
		{"what did the mayor say the new dam was the key to", "protecting the lower town from spring floods"},
	})
	checkShorts(t, e, []askedShort{
		{"what did the council agree to keep funding", "the night buses and the harbour ferry"},
	})
	// a quotation's words end where it closes, not at the clause's end
	q := howEngine(t, "The envoy said the minister “fully stands behind the new harbour plan” and that the money was “secure for years”.")
	// but not at the close of a quotation that opened and closed before
	// (final re-read RP B3)
	text := "“We will not leave,” she said. The council agreed to keep funding the “night owl” buses and the harbour ferry."
	fq := e.analyse("what did the council agree to keep funding")
	if s := trailingObject(&fq, &cand{p: corpus.Passage{Text: text}}); text[s.start:s.end] != "the “night owl” buses and the harbour ferry" {
		t.Errorf("trailingObject = %q; want the object to its clause's end", text[s.start:s.end])
	}
	if a := mustAsk(t, q, "what did the envoy say the minister stands behind"); !strings.HasSuffix(a.Short, "the new harbour plan") {
		t.Errorf("short %q; want it to end on the quotation's close, \"the new harbour plan\"", a.Short)
	}
	for _, tc := range []struct{ q, text string }{
		{"what did the mayor write after", "The mayor wrote after the vote that the dam would be built."},
		{"what does the council say about", "The council says about half the town voted."},
		{"what did the council keep", "The council keep funding the night buses."},
		// an adjective in -ing is no gerund (final re-read RP B1)
		{"what did the inspectors find missing", "Inspectors found two fire exits missing from the plans for the new school."},
		{"what did the report call alarming", "The report called the rise in rents alarming and urged the council to act."},
	} {
		q := e.analyse(tc.q)
		if s := trailingObject(&q, &cand{p: corpus.Passage{Text: tc.text}}); s.end > s.start {
			t.Errorf("trailingObject(%q) = %q; want none", tc.q, tc.text[s.start:s.end])
		}
	}
}

// TestCrispTrailingObjectList: a question that asks for a list and ends on
// the verb's preposition ("what are all the things they are asking for")
// gets the list the article gives, not the one item a sentence puts after
// "asking for".
func TestCrispTrailingObjectList(t *testing.T) {
	e := engineOfText(t, "---\nid: quay\nheadline: Quay traders fear they will not survive the works\npublished: 2027-05-02\n---\n"+
		"HARBOURTON — Shopkeepers on the Quay say they fear they will not survive the building works.\n"+
		"The Quay Traders' Group, which represents 40 shops, has written to the council asking for a relief fund, similar to the one set up in Dunmore during its road works.\n"+
		"Maria Lund, who has run a cafe at number 9 for 12 years, said trade had already fallen by a third.\n"+
		"## What traders want\n- a £2 million relief fund\n- free parking for customers during the works\n- night-time work where possible\n- a named council contact for every block\n"+
		"Nine shops on the Quay have closed in the past year, according to the group.\n")
	a := mustAsk(t, e, "what r all the things the traders r asking for")
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "free parking") || strings.HasPrefix(a.Short, "asking for") {
		t.Errorf("short %q; want the list the article gives (a £2 million relief fund, free parking …) shown first", a.Short)
	}
}
