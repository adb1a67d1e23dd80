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
