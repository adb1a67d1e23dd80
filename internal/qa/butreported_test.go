package qa

import (
	"strings"
	"testing"
)

// TestButReported: "what did X say about Y" where the speaker's verb of
// saying reports two clauses, the second joined by ", but that", answers
// with the second (what the speaker holds against the first), not the
// adjunct after the question's words; no "but that" without a verb of
// saying before it in the sentence.
func TestButReported(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Harbour wall fails in storm\n---\n"+
		"Harbour master Elin Varga said the crews had stacked 900 concrete blocks overnight, but that the waves had simply lifted them off the quay.\n"+
		"Ferries to the islands stayed in port on Thursday.\n")
	checkShorts(t, e, []askedShort{{"what did the harbour master say about the concrete blocks", "the waves had simply lifted them off the quay"}})
	for _, c := range []struct{ text, after, want string }{
		{"Ruiz said the pumps had run all night, but that the cellar flooded anyway.", "night", "the cellar flooded anyway"},
		{"Ruiz said the pumps ran, and that the cellar flooded.", "ran", ""},       // no contrast
		{"The pumps had run all night, but that the cellar flooded.", "night", ""}, // no verb of saying
		{"Ruiz said so. The pumps ran all night, but that was all.", "night", ""},  // the verb in another sentence
		{"Ruiz said the £5 pumps ran, but that é", "ran", ""},                      // one word: no clause
		{"Ruiz said the pumps ran, but that ", "ran", ""},                          // nothing after it
	} {
		end := strings.Index(c.text, c.after) + len(c.after)
		r := butReported(c.text, span{strings.Index(c.text, "pumps"), end})
		if got := c.text[r.start:r.end]; got != c.want {
			t.Errorf("butReported(%q) = %q; want %q", c.text, got, c.want)
		}
	}
	if r := butReported("x", span{0, 5}); r.end > r.start {
		t.Errorf("butReported past the end = %v; want empty", r)
	}
}
