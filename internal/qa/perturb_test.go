package qa

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"github.com/summitbot/summitbot/internal/eval"
)

// perturbations are the ways a question is typed on a chat: lower case
// without apostrophes or question mark, a slip of the keyboard in its
// longest word, chat abbreviations.
var perturbations = []struct {
	name string
	f    func(string) string
}{
	{"lower case, no apostrophes or question mark", func(q string) string {
		q = strings.NewReplacer("'", "", "’", "", "?", "").Replace(q)
		return strings.ToLower(q)
	}},
	{"two letters swapped in the longest word", func(q string) string {
		words := strings.Fields(q)
		long := -1
		for i, w := range words {
			if len(w) >= 7 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 && (long < 0 || len(w) > len(words[long])) {
				long = i
			}
		}
		if long < 0 {
			return q
		}
		r := []rune(words[long])
		m := len(r) / 2
		r[m], r[m+1] = r[m+1], r[m]
		words[long] = string(r)
		return strings.Join(words, " ")
	}},
	{"chat abbreviations", func(q string) string {
		words := strings.Fields(q)
		abbr := map[string]string{"are": "r", "you": "u", "about": "abt", "people": "ppl", "with": "w/", "because": "bc", "what's": "whats", "didn't": "didnt", "doesn't": "doesnt", "isn't": "isnt", "won't": "wont"}
		for i, w := range words {
			if a, ok := abbr[strings.ToLower(w)]; ok {
				words[i] = a
			}
		}
		return strings.Join(words, " ")
	}},
	{"in capitals", strings.ToUpper},
}

// TestPerturbedQuestions: a development question typed as on a chat finds
// the same best passage as typed tidily, for nearly every question.
func TestPerturbedQuestions(t *testing.T) {
	e := testEngine(t)
	var cases []eval.Case
	for _, f := range []string{"testdata/dev_questions.jsonl", "testdata/more_questions.jsonl"} {
		cs, err := eval.ReadCases(f)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, cs...)
	}
	ctx := context.Background()
	for _, p := range perturbations {
		same, n := 0, 0
		for _, c := range cases {
			pq := p.f(c.Q)
			if pq == c.Q || c.Unanswerable {
				continue
			}
			want, err1 := e.Ask(ctx, c.Q)
			got, err2 := e.Ask(ctx, pq)
			if err1 != nil || err2 != nil || len(want.Passages) == 0 {
				continue
			}
			n++
			if len(got.Passages) > 0 && got.Passages[0].Text == want.Passages[0].Text && got.Answered == want.Answered {
				same++
			} else if testing.Verbose() {
				t.Logf("%s: %q → %q: another best passage or decision", p.name, c.Q, pq)
			}
		}
		share := float64(same) / float64(max(n, 1))
		t.Logf("%s: %d of %d questions keep their best passage and decision (%.3f)", p.name, same, n, share)
		if share < minPerturbedSame {
			t.Errorf("%s: %.3f of questions keep their best passage; want ≥ %.2f", p.name, share, minPerturbedSame)
		}
	}
}

// minPerturbedSame is the share of perturbed questions that must keep their
// best passage and decision.
const minPerturbedSame = 0.95
