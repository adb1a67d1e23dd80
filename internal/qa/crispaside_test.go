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
