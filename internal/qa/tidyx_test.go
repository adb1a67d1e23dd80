package qa

import (
	"math"
	"slices"
	"testing"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// TestWordsAtOverlap: a whole-word use of two words that lies inside a
// use cut off by the word after it is found: "tower to" in "tower tower
// to", where the first "tower to" runs into "tower" (a search going on
// past each use's end found none).
func TestWordsAtOverlap(t *testing.T) {
	for _, c := range []struct {
		low, words string
		want       int
	}{
		{"the tower tower to the east", "tower to", len("the tower tower to")},
		{"watchtower to the east", "tower to", -1},
		{"the tower today", "tower to", -1},
		{"said the tower to the east", "tower to", len("said the tower to")},
		{"anything", "", -1},
	} {
		if got := wordsAt(c.low, c.words); got != c.want {
			t.Errorf("wordsAt(%q, %q) = %d; want %d", c.low, c.words, got, c.want)
		}
	}
}

// TestNearWeightsFloorAndSkip: nearWeights gives a question word no span
// word matches to the span's word nearest it in meaning ("people":
// "crowd"), above nearWindowMin near ("bread" is not), and never to
// a word that holds a weight already. ("cheer", which this corpus lacks,
// weighs nothing here; "people" finds "crowd".)
func TestNearWeightsFloorAndSkip(t *testing.T) {
	e := engineOfText(t, "---\nid: t\n---\nThe crowd broke into loud applause at the game.\n")
	q := e.analyse("did people cheer at the game")
	weigh := func(text string, held string) []float64 {
		words := wordSpans(text)
		weight, termAt := make([]float64, len(words)), make([]int, len(words))
		for k := range words {
			termAt[k] = -1
			if spanWord(text, words, k) == held {
				weight[k] = 1
			}
		}
		nearWeights(&q, text, words, weight, termAt)
		return weight
	}
	text := "The crowd broke into loud applause."
	if w := weigh(text, ""); w[1] <= 0 {
		t.Errorf("nearWeights(%q) = %v; want \"crowd\" weighed", text, w)
	}
	if w := weigh(text, "crowd"); w[1] != 1 {
		t.Errorf("nearWeights(%q), \"crowd\" held = %v; want its weight kept", text, w)
	}
	if w := weigh("The bread was warm.", ""); slices.ContainsFunc(w, func(x float64) bool { return x != 0 }) {
		t.Errorf("nearWeights(\"The bread was warm.\") = %v; want no word weighed", w)
	}
}

// TestNearestWordFirstOfEqual: of words equally near, nearestWord gives
// the first, as align's reading of a span takes its first use (final read
// FJ9: ">=" for ">" passed every test).
func TestNearestWordFirstOfEqual(t *testing.T) {
	v := make([]int8, 100)
	for i := range v {
		v[i] = int8(i%7 - 3)
	}
	n := float32(math.Sqrt(float64(lexicon.Dot(v, v))))
	pw := []wordVec{{w: "a", v: v, n: n}, {w: "b", v: v, n: n}, {w: "c", v: v, n: n}}
	if s, at := nearestWord(v, n, pw, 0.5, nil); at != 0 || s < 0.99 {
		t.Errorf("nearestWord = %v at %d; want about 1 at 0, the first", s, at)
	}
	if _, at := nearestWord(v, n, pw, 0.5, func(k int) bool { return k == 0 }); at != 1 {
		t.Errorf("nearestWord passing over 0 at %d; want 1", at)
	}
}
