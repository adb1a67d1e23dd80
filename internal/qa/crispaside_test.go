package qa

import (
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
	text := "The mayor said that Dornach and Vellin — the valley's two oldest villages — would be rebuilt first."
	q := e.analyse("what are the two newest villages in the valley")
	if s := e.asideNamed(&q, &cand{p: corpus.Passage{Text: text}}); s.end > s.start {
		t.Errorf("asideNamed = %q; want none (the aside lacks \"newest\")", text[s.start:s.end])
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
	for _, tc := range []struct{ q, text string }{
		{"what did the mayor write after", "The mayor wrote after the vote that the dam would be built."},
		{"what does the council say about", "The council says about half the town voted."},
		{"what did the council keep", "The council keep funding the night buses."},
	} {
		q := e.analyse(tc.q)
		if s := trailingObject(&q, &cand{p: corpus.Passage{Text: tc.text}}); s.end > s.start {
			t.Errorf("trailingObject(%q) = %q; want none", tc.q, tc.text[s.start:s.end])
		}
	}
}
