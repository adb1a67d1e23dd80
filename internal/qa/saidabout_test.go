package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestSaidNothingOf: "did X say anything about Y" is declined where X
// speaks in the coverage but none of X's passages speaks of Y's most
// telling word, however loosely; it is answered where one does, in the
// question's word or one near it, and not judged where X speaks nowhere or
// Y names no thing.
func TestSaidNothingOf(t *testing.T) {
	e := engineOfText(t, "---\nid: h\nheadline: Storm closes Portwick harbour\n---\n"+
		"A storm closed Portwick harbour on Monday, and fishing boats stayed tied up at the quay for two days.\n\n"+
		"Harbour master Idris Fenwray said the gale had torn two pontoons loose. \"We have never lost pontoons before,\" Fenwray said.\n\n"+
		"The fishermen's cooperative asked the town council for a grant to repair the slipway, which the storm damaged.\n")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"did fenwray say anything about the slipway grant from the council", true},
		{"did the harbour master say anything abt the school choir's concert", true},
		{"did fenwray say anything about the pontoons", false},
		{"did fenwray say anything about the gales", false},     // another form
		{"did fenwray say anything about the hurricane", false}, // a word near "storm", "gale"
		{"did fenwray say anything about how it went", false},   // no thing named
		{"did the cooperative say anything about the slipway", false},
		{"did fenwray say", false},
		{"", false},
		{"did fenwray say anything about the café’s — £5 soupe", true},
	} {
		q := e.analyse(tc.q)
		cands := mustRank(t, e, &q)
		if got := len(cands) > 0 && e.saidNothingOf(&q, cands); got != tc.want {
			t.Errorf("saidNothingOf(%q) = %v; want %v", tc.q, got, tc.want)
		}
	}
	wantDeclined(t, e, "did the harbour master say anything abt the school choir's concert")
	wantAnswered(t, e, "did fenwray say anything about the pontoons")
}

// TestNearKeyOfPassage: a passage of its article is keyed by the article
// and its Seq, the passage beside a candidate as the candidate's own; a
// text of no article (or a changed copy) by its text.
func TestNearKeyOfPassage(t *testing.T) {
	a := &corpus.Article{Passages: []corpus.Passage{{Seq: 0, Text: "The quay shut at dawn."}, {Seq: 1, Text: "Crews café’s — £5."}}}
	if got, want := nearKeyOfPassage("quay", a, &a.Passages[1]), (nearKey{word: "quay", a: a, seq: 1}); got != want {
		t.Errorf("own passage: %+v; want %+v", got, want)
	}
	other := corpus.Passage{Seq: 1, Text: "Crews left."}
	if got, want := nearKeyOfPassage("quay", a, &other), (nearKey{word: "quay", text: "Crews left."}); got != want {
		t.Errorf("changed copy: %+v; want %+v", got, want)
	}
	if got, want := nearKeyOfPassage("quay", nil, &a.Passages[0]), (nearKey{word: "quay", text: a.Passages[0].Text}); got != want {
		t.Errorf("no article: %+v; want %+v", got, want)
	}
}
