package qa

import (
	"strings"
	"testing"
)

// harbourTalk is an invented article whose first paragraph has a speaker
// say one thing in one sentence and go on, by a pronoun, to another in the
// next.
const harbourTalk = "---\nid: h\nheadline: Harbour reopens after storm\n---\n" +
	"Harbour master Renée Olsson said on Friday that the breakwater had held through the storm and that the quay would reopen on Monday. " +
	"She warned that the island ferries would keep to a winter timetable until the repairs were finished.\n\n" +
	"The harbour handles about 300 boats a week.\n"

// TestSaidNext: "what did X say about Y", where X speaks of other things
// in the top sentence, is answered by the clause of the next sentence,
// which goes on with X ("She warned that …") and holds Y.
func TestSaidNext(t *testing.T) {
	e := engineOfText(t, harbourTalk)
	wantShorts(t, e, []askedShort{{"what did the harbour master say about the quay and the ferries", "would keep to a winter timetable"}})
}

// TestPronounSaid: the clause a verb of saying opens right after a
// pronoun that opens the sentence; none where a name opens it, the verb
// comes late, or there is none.
func TestPronounSaid(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"She warned that the ferries would stop.", "the ferries would stop."},
		{"He also said costs had risen.", "costs had risen."},
		{"“They added that the quay was safe.", "the quay was safe."},
		{"Olsson said the quay was safe.", ""},
		{"She spent the day at the quay and said it was safe.", ""},
		{"She smiled.", ""},
		{"She", ""},
		{"", ""},
		{"Renée said — “ça va”.", ""},
	} {
		got := ""
		if at := pronounSaid(c.text); at >= 0 {
			got = strings.TrimSpace(c.text[at:])
		}
		if got != c.want {
			t.Errorf("pronounSaid(%q) clause %q; want %q", c.text, got, c.want)
		}
	}
}
