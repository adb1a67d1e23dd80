package qa

import "testing"

// TestYesNoWindowNearQualifier: of the windows of a yes/no question's
// words that hold as much of them, the short answer is the one that also
// holds the passage's word nearest in meaning (by GloVe) to a question
// word no passage word matches, the qualifier that settles it ("cheer":
// "applause"), not the middle one that restates the question's own words;
// the window keeps that word at its end (no article taken back for it)
// and opens no earlier than where it was chosen.
func TestYesNoWindowNearQualifier(t *testing.T) {
	for _, c := range []struct {
		text, q, want string
	}{
		{"Tomas, the boy trapped under the school, was pulled out to loud, sustained applause from neighbours.",
			"did people cheer when the boy was pulled out", "applause"},
		{"Ana, the girl trapped under the bakery, was lifted out to long, warm applause from the street.",
			"did people cheer when the girl was lifted out", "applause"},
	} {
		wantShort(t, c.text, c.q, c.want)
	}
}
