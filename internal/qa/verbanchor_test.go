package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestVerbAnchorsPastTrailingPhrase: a "where" question whose last word
// is no verb ("… at the old school") is anchored at its verb, so the
// place phrase after the passage's form of it answers; a noun opened by
// an article ("the wounded") is no verb to anchor at.
func TestVerbAnchorsPastTrailingPhrase(t *testing.T) {
	e := testEngine(t)
	text := "Across town, nurses bandaged the wounded on camp beds in a church hall, officials said."
	for _, tc := range []struct{ question, want string }{
		{"where were nurses treating the hurt at the old school", "on camp beds in a church hall"},
		{"where were nurses bandaging the wounded at the old school", "on camp beds in a church hall"},
		{"where were nurses bandaging the wounded", "on camp beds in a church hall"},
		{"where were nurses bandaging the wounded at the old building", "on camp beds in a church hall"},
		{"where were nurses bandaging the wounded on sunday evening", "on camp beds in a church hall"},
		{"where were nurses from the bandaging unit bandaging the wounded", "on camp beds in a church hall"}, // read where it last stands (lastIndex)
		{"where is the old school", ""},
	} {
		q := e.analyse(tc.question)
		text := text
		if strings.Contains(tc.question, "treating") {
			text = strings.NewReplacer("bandaged", "treated", "wounded", "hurt").Replace(text)
		}
		c := &cand{p: corpus.Passage{Text: text}, toks: e.analyze(text)}
		anchors := verbAnchors(&q, c)
		s := placePhrase(text, anchors)
		if got := text[s.start:s.end]; got != tc.want {
			t.Errorf("placePhrase(verbAnchors(%q)) = %q; want %q", tc.question, got, tc.want)
		}
		for _, a := range anchors {
			if w := text[a.start:a.end]; tc.want != "" && w != "bandaged" && w != "treated" {
				t.Errorf("verbAnchors(%q) anchors at %q; want the passage's verb, not the noun after \"the\"", tc.question, w)
			}
		}
	}
}

// TestVerbAnchorsReadPerQuestion: the anchor verb is read once per
// question (question.anchorVerb), and a copy of the question with other
// terms (as beforeAdjunct and withoutCue make) reads its own: the
// question's verb, not the one remembered from the first.
func TestVerbAnchorsReadPerQuestion(t *testing.T) {
	e := testEngine(t)
	text := "The crew delivered the vessel to the north quay and unloaded the cargo into a warehouse by the canal."
	c := &cand{p: corpus.Passage{Text: text}, toks: e.analyze(text)}
	q := e.analyse("where did the crew unload the cargo")
	anchored := func(q *question) string {
		var got []string
		for _, a := range verbAnchors(q, c) {
			got = append(got, text[a.start:a.end])
		}
		return strings.Join(got, " ")
	}
	if got := anchored(&q); got != "unloaded" {
		t.Fatalf("verbAnchors(%q) anchors at %q; want \"unloaded\"", q.text, got)
	}
	if q.read == nil || !q.read.anchorRead {
		t.Fatalf("verbAnchors(%q) kept no reading of the anchor verb: it is read again for every candidate", q.text)
	}
	first, _, _ := q.anchorVerb()
	q.read.anchor = nil // read again, the remembered answer would come back
	if again, _, _ := q.anchorVerb(); again != nil || first == nil {
		t.Errorf("anchorVerb(%q) read the question again rather than keep its reading", q.text)
	}
	q.read.anchor = first
	delivered := e.analyse("where did the crew deliver the vessel")
	cp := q
	cp.words, cp.terms = delivered.words, delivered.terms
	if got := anchored(&cp); got != "delivered" {
		t.Errorf("verbAnchors of a copy asking \"deliver the vessel\" anchors at %q; want \"delivered\", its own verb", got)
	}
}
