package qa

import (
	"strings"
	"testing"
)

// TestWordHoldsNumber: wordHoldsNumber says what numberRE says, of every
// word numberWords matches in any case and with letters more or fewer, of
// words with digits, hyphens, "%", multi-byte letters that fold to ASCII
// ones ("ſix", the Kelvin sign), of the empty word, and of every word of
// the embedded articles.
func TestWordHoldsNumber(t *testing.T) {
	for _, w := range []string{"twenty", "dozen", "dozens", "half"} {
		if !numberWordSet[w] {
			t.Errorf("numberWordSet lacks %q", w)
		}
	}
	words := []string{"", "a", "often", "tone", "ones", "seventh", "twentyfive", "dozenss", "twenty-five", "a-third",
		"3", "12,000", "4.5bn", "50%", "é", "ſix", "\u212Aelvin", "si\u212Ax", "café", "one’s", "troops", "Russia"}
	for w := range numberWordSet {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w+"th", "x"+w, w[1:], w[:len(w)-1])
	}
	e := testEngine(t)
	for _, a := range e.c.Articles {
		for _, w := range strings.Fields(a.Text) {
			words = append(words, w, strings.Trim(w, ".,;:\"'’“”()"))
		}
	}
	for _, w := range words {
		if got, want := wordHoldsNumber(w), numberRE.MatchString(w); got != want {
			t.Errorf("wordHoldsNumber(%q) = %v; numberRE says %v", w, got, want)
		}
	}
}

// benchWords are words a question's readers test for a number, most of
// them none ("where", "did", "ferry"), one a number word ("twenty").
var benchWords = []string{"where", "did", "the", "ferry", "twenty", "Kessby"}

// BenchmarkWordHoldsNumber and BenchmarkNumberREWord time the two tests
// of a word for a number, one op a word of benchWords (`go test
// ./internal/qa -run '^$' -bench 'WordHoldsNumber|NumberREWord'`).
func BenchmarkWordHoldsNumber(b *testing.B) {
	for i := 0; i < b.N; i++ {
		wordHoldsNumber(benchWords[i%len(benchWords)])
	}
}

// BenchmarkNumberREWord: see BenchmarkWordHoldsNumber.
func BenchmarkNumberREWord(b *testing.B) {
	for i := 0; i < b.N; i++ {
		numberRE.MatchString(benchWords[i%len(benchWords)])
	}
}
