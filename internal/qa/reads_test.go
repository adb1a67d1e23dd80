package qa

import (
	"slices"
	"testing"
)

// TestReadsCopyOwnWords: a copy of a question with other words
// (beforeAdjunct's cut) reads its own "how much" verbs, though the whole
// question was read before the copy was made and the copy carries its
// record (re-read 27A F3: with reads' sameSlice check gone, the cut read
// the whole question's verbs).
func TestReadsCopyOwnWords(t *testing.T) {
	e := testEngine(t)
	for _, text := range []string{
		"how much did they pay with during talks",
		"how much did she raise with during voting",
		"how much did he talk with during fighting",
	} {
		q := e.analyse(text)
		whole := q.muchVerbs() // read first: a copy made now carries q's record
		cut := beforeAdjunct(&q)
		if cut == nil || len(cut.words) == len(q.words) {
			t.Fatalf("%q: beforeAdjunct cut nothing", text)
		}
		if got, want := cut.muchVerbs(), muchAskedVerbs(cut); !slices.Equal(got, want) {
			t.Errorf("%q: the cut's muchVerbs = %q; want its own %q (the whole question's: %q)", text, got, want, whole)
		}
	}
}

// TestReadsCopyOwnTerms: a copy with the same words and other terms
// (withoutCue drops a meta cue's terms) reads its own later verbs, though
// the whole question was read first (final re-read RD F3: with reads'
// terms check gone, the copy read the whole question's).
func TestReadsCopyOwnTerms(t *testing.T) {
	e := testEngine(t)
	text := "how many words long is the story that reported the strike ended"
	q := e.analyse(text)
	whole := q.laterVerbs(0) // read first: the copy carries q's record
	c := withoutCue(q, "length")
	if len(c.terms) == len(q.terms) {
		t.Fatalf("%q: withoutCue dropped no term", text)
	}
	if got, want := c.laterVerbs(0), c.readLaterVerbs(0); len(got) != len(want) {
		t.Errorf("%q: the copy's laterVerbs(0) = %d verbs; want its own %d (the whole question's: %d)", text, len(got), len(want), len(whole))
	}
}
