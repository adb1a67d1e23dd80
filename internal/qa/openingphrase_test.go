package qa

import (
	"strings"
	"testing"
)

// TestKeyWordsOpeningPhrase: a key-words window that would open inside the
// phrase opening its sentence ("… the | ballot, Hale said") opens at the
// sentence's start, the phrase whole, where that keeps as much of the
// question; a window past an aside in mid-sentence, or one whose phrase
// does not close inside it, stays where it is.
func TestKeyWordsOpeningPhrase(t *testing.T) {
	for w, want := range map[string]bool{"writing": true, "after": true, "bring": false, "swing": false, "the": false} {
		if got := opensFronted(w); got != want {
			t.Errorf("opensFronted(%q) = %v; want %v (an imperative opens no phrase before a subject)", w, got, want)
		}
	}
	e := engineOfText(t, `---
id: t
headline: Dockers back new contract after long dispute
---
The port's dockers voted on Sunday to accept a new three-year contract.

Posting on Facebook after the ballot, Hale said the result was “a clear sign of how strongly the members back the plan and the new terms”.

The operator welcomed the result and said ships would be unloaded from Monday.
`)
	a := mustAsk(t, e, "how did hale react after the ballot")
	if !strings.HasPrefix(a.Headline(), "Posting on Facebook") {
		t.Errorf("Headline() = %q; want the opening phrase whole, \"Posting on Facebook …\"", a.Headline())
	}

	text := "Speaking by video from Kyiv late on Monday, the minister said the talks would resume within days."
	words := wordSpans(text)
	at := func(w string) int {
		for i, s := range words {
			if strings.Trim(text[s[0]:s[1]], ",.") == w {
				return i
			}
		}
		t.Fatalf("no word %q", w)
		return -1
	}
	weigh := func(ws ...string) ([]float64, []int) {
		weight, termAt := make([]float64, len(words)), make([]int, len(words))
		for k, w := range ws {
			weight[at(w)], termAt[at(w)] = 1, k
		}
		return weight, termAt
	}
	held := make([]float64, 3)
	for _, c := range []struct {
		weighs []string
		from   string
		want   string
		n      int // the window's words, 10 where 0
	}{
		{[]string{"Kyiv", "Monday"}, "late", "Speaking", 0},     // the phrase whole, as much held
		{[]string{"Monday", "resume"}, "late", "late", 0},       // opening earlier would lose "resume"
		{[]string{"Kyiv", "Monday"}, "minister", "minister", 0}, // no phrase cut
		{[]string{"Kyiv", "Monday"}, "late", "late", 2},         // the phrase does not close inside "late on"
	} {
		weight, termAt := weigh(c.weighs...)
		n := c.n
		if n == 0 {
			n = 10
		}
		if got := intoOpeningPhrase(text, words, weight, termAt, held, at(c.from), n); got != at(c.want) {
			t.Errorf("intoOpeningPhrase(%v, from %q) = word %d; want %d (%q)", c.weighs, c.from, got, at(c.want), c.want)
		}
	}
	subject := "The plan drew a sharp rebuke from the unions, who called it a betrayal."
	words = wordSpans(subject)
	weight, termAt := make([]float64, len(words)), make([]int, len(words))
	weight[5] = 1 // "rebuke": the sentence opens on its subject, no phrase before it
	if got := intoOpeningPhrase(subject, words, weight, termAt, held, 5, 8); got != 5 {
		t.Errorf("intoOpeningPhrase(subject, from 5) = %d; want 5, a subject is no opening phrase", got)
	}
	aside := "The minister, speaking by video from Kyiv, said the talks would resume."
	words = wordSpans(aside)
	weight, termAt = make([]float64, len(words)), make([]int, len(words))
	weight[5] = 1 // "from": the window opens inside an aside that follows the subject
	if got := intoOpeningPhrase(aside, words, weight, termAt, held, 5, 8); got != 5 {
		t.Errorf("intoOpeningPhrase(aside, from 5) = %d; want 5, an aside is no opening phrase", got)
	}
}
