package qa

import (
	"strings"
	"testing"
)

// TestTitledSpeakers: where the articles give two people the title asked
// for ("the mayor" of two towns), the words of either are the speaker's
// for the said readers (titledSpeaker, saidBySpeaker), and another
// office's holder's are not.
func TestTitledSpeakers(t *testing.T) {
	const story = `---
id: m
headline: Two towns flooded
---
"The river rose faster than anyone expected," said Harbourton Mayor Lena Morvik.

"The ferry will not run until the banks are checked," said Eastwick Mayor Tomas Brandt.

"The state will pay for the repairs," said Transport Minister Karl Oster.

Morvik said the school would open as a shelter tonight.
`
	e := engineOfText(t, story)
	for _, c := range []struct {
		who, name string
		want      bool
	}{
		{"the mayor", "Lena Morvik", true},
		{"the mayor", "Brandt", true},
		{"the mayor", "Karl Oster", false},
		{"the transport minister", "Oster", true},
		{"the transport minister", "Morvik", false},
		{"", "Morvik", false},
	} {
		if got := e.titledSpeaker(c.who, c.name); got != c.want {
			t.Errorf("titledSpeaker(%q, %q) = %v; want %v", c.who, c.name, got, c.want)
		}
	}
	// the short answer is what a mayor said, not who said it
	if a := mustAsk(t, e, "what did the mayor say"); !a.Answered || !strings.Contains(a.Short, "ferry") && !strings.Contains(a.Short, "river") {
		t.Errorf("what did the mayor say: answered %v %q; want a mayor's words", a.Answered, a.Short)
	}
	q := &question{speaker: "the mayor"}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Morvik said the school would open as a shelter tonight.", true},
		{"Brandt said the ferry would not run.", true},
		{"Oster said the state would pay.", false},
	} {
		words := wordSpans(c.text)
		if got := e.saidBySpeaker(q, c.text, words, 1); got != c.want {
			t.Errorf("saidBySpeaker(the mayor, %q) = %v; want %v", c.text, got, c.want)
		}
	}
}
