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
	for _, w := range numberTestWords(t) {
		if got, want := wordHoldsNumber(w), numberRE.MatchString(w); got != want {
			t.Errorf("wordHoldsNumber(%q) = %v; numberRE says %v", w, got, want)
		}
	}
}

// TestWordIsNumber: wordIsNumber says what numberRE.FindString(w) == w
// says, of the words TestWordHoldsNumber reads, "" among them (the
// expression finds "" in it), and of words a number only opens or ends
// ("two-thirds", "ten%", "one day").
func TestWordIsNumber(t *testing.T) {
	words := append(numberTestWords(t), "two-thirds", "ten%", "one day", "twenty-five", "seven ", " six", "a half")
	for _, w := range words {
		if got, want := wordIsNumber(w), numberRE.FindString(w) == w; got != want {
			t.Errorf("wordIsNumber(%q) = %v; numberRE says %v", w, got, want)
		}
	}
	if !wordIsNumber("") || !wordIsNumber("Twelve") || wordIsNumber("twelves") || wordIsNumber("one day") {
		t.Error(`wordIsNumber: want "" and "Twelve" numbers whole, "twelves" and "one day" not`)
	}
}

// numberTestWords are words to test a reading of numberRE on: every word
// numberWords matches in any case and with letters more or fewer, words
// with digits, hyphens, "%", multi-byte letters that fold to ASCII ones
// ("ſix", the Kelvin sign), the empty word, and every word of the
// embedded articles.
func numberTestWords(t *testing.T) []string {
	t.Helper()
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
	return words
}

// TestReadAsVerbNumber: readAsVerb tests the word before for a number as
// numberRE does, of invented pairs whose word before is a number word in
// any case, a figure, a fraction's word or none; and some of them turn on
// that test (a verb after a number is read as a noun).
func TestReadAsVerbNumber(t *testing.T) {
	verbs := []string{"rise", "cuts", "ships", "fall", "lands", "said", "talks"}
	befores := []string{"two", "Twelve", "DOZENS", "hundreds", "3", "40%", "4.5bn", "half", "ſix", "twentyfive", "they", "", "the", "tone", "seventh"}
	turns := 0
	for _, lw := range verbs {
		for _, before := range befores {
			got, want := readAsVerb(lw, before), readAsVerbWith(lw, before, numberRE.MatchString)
			if got != want {
				t.Errorf("readAsVerb(%q, %q) = %v; with numberRE %v", lw, before, got, want)
			}
			if want != readAsVerbWith(lw, before, func(string) bool { return false }) {
				turns++
			}
		}
	}
	if turns == 0 {
		t.Error("no pair turns on the number test: the test cannot fail")
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
