package qa

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/internal/eval"
)

// The development cases (testdata/dev_*.jsonl, copied from
// ../shared/eval) are scored here the way ../shared/eval/score.py scores the
// CLI's JSON, so that a ranking regression fails go test.

type questionCase struct {
	ID           string   `json:"id"`
	Q            string   `json:"q"`
	Any          []any    `json:"any"`
	All          []any    `json:"all"`
	Docs         []string `json:"docs"`
	Unanswerable bool     `json:"unanswerable"`
}

type quoteCase struct {
	ID      string   `json:"id"`
	Text    string   `json:"text"`
	Speaker any      `json:"speaker"`
	Docs    []string `json:"docs"`
	AllDocs bool     `json:"all_docs"`
	// Verbatim, where given, is the article's words a misremembered or
	// mistyped Text stands for: the gold, where Text is what is looked up.
	Verbatim string `json:"verbatim"`
	// Query, where given, is what is looked up, and Text the gold (the
	// format of the transfer corpus's quotes.jsonl).
	Query string `json:"query"`
}

func readJSONL[T any](t testing.TB, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	return out
}

// normText, has and satisfies are the one scorer's (internal/eval), which
// follows score.py.
func normText(s string) string { return eval.Norm(s) }

func has(text string, gold any) bool { return eval.Has(text, gold) }

func satisfies(text string, c questionCase) bool {
	return eval.Satisfies(text, eval.Case{Any: c.Any, All: c.All})
}

// Scores are the development-set figures of score.py.
type Scores struct {
	Hit1, Hit3, Crisp, Abstain, FalseAbstain float64
}

// ScoreQuestions runs the question cases through e and scores the answers
// with the one scorer (internal/eval).
func ScoreQuestions(t testing.TB, e *Engine, cases []questionCase) (Scores, []string) {
	ec := make([]eval.Case, len(cases))
	preds := make([]eval.Prediction, len(cases))
	for i, c := range cases {
		ec[i] = eval.Case{ID: c.ID, Q: c.Q, Any: c.Any, All: c.All, Docs: c.Docs, Unanswerable: c.Unanswerable}
		a, err := e.Ask(context.Background(), c.Q)
		if err != nil {
			t.Fatalf("Ask(%q): %v", c.Q, err)
		}
		preds[i] = a.Prediction()
	}
	s, ms := eval.Score(ec, preds)
	var misses []string
	for _, m := range ms {
		misses = append(misses, m.Case.ID+" "+m.Case.Q+" → "+m.Why)
	}
	return Scores{s.Hit1, s.Hit3, s.Crisp, s.Abstain, s.FalseAbstain}, misses
}

// TestDevQuestions holds the ranking to the development-set targets.
func TestDevQuestions(t *testing.T) {
	e := testEngine(t)
	got, misses := ScoreQuestions(t, e, readJSONL[questionCase](t, "testdata/dev_questions.jsonl"))
	t.Logf("development questions: hit1 %.3f hit3 %.3f crisp %.3f abstain %.3f false_abstain %.3f",
		got.Hit1, got.Hit3, got.Crisp, got.Abstain, got.FalseAbstain)
	for _, m := range misses {
		t.Log("miss:", m)
	}
	for _, c := range []struct {
		name      string
		got, want float64
		atLeast   bool
	}{
		{"hit1", got.Hit1, 0.95, true},
		{"hit3", got.Hit3, 1.0, true},
		{"crisp", got.Crisp, 0.8, true},
		{"abstain", got.Abstain, 1.0, true},
		{"false_abstain", got.FalseAbstain, 0, false},
	} {
		if c.atLeast && c.got < c.want || !c.atLeast && c.got > c.want {
			t.Errorf("%s = %.3f; want %s %.3f", c.name, c.got, map[bool]string{true: "≥", false: "≤"}[c.atLeast], c.want)
		}
	}
}

// TestDevQuotes holds quotation look-ups to the development-set targets.
func TestDevQuotes(t *testing.T) {
	q1, cr := scoreQuotes(t, testEngine(t), "testdata/dev_quotes.jsonl")
	if q1 < 0.95 {
		t.Errorf("quote_top1 = %.3f; want ≥ 0.95", q1)
	}
	if cr < 1 {
		t.Errorf("corroborated = %.3f; want 1.0", cr)
	}
}

// scoreQuotes runs the quotation look-ups of a file through e, as score.py
// scores them, and returns quote_top1 and corroborated.
func scoreQuotes(t *testing.T, e *Engine, path string) (top1Share, corroborated float64) {
	t.Helper()
	cases := readJSONL[quoteCase](t, path)
	top1, corr, ncorr := 0, 0, 0
	for _, c := range cases {
		lookup := c.Text
		if c.Query != "" {
			lookup = c.Query
		}
		res, err := e.Quote(context.Background(), lookup, "")
		if err != nil {
			t.Fatalf("Quote(%q): %v", lookup, err)
		}
		gold := c.Text
		if c.Verbatim != "" {
			gold = c.Verbatim
		}
		docs := map[string]bool{}
		ok := len(res) > 0 && has(res[0].Text, gold) && has(res[0].Speaker, c.Speaker)
		if len(res) > 0 {
			for _, ci := range res[0].Citations {
				docs[ci.Article.ID] = true
			}
		}
		inDocs, allDocs := false, true
		for _, d := range c.Docs {
			inDocs = inDocs || docs[d]
			allDocs = allDocs && docs[d]
		}
		ok = ok && inDocs
		if ok {
			top1++
		} else {
			t.Logf("miss: %s %q", c.ID, lookup)
		}
		if c.AllDocs {
			ncorr++
			if ok && allDocs {
				corr++
			}
		}
	}
	top1Share = float64(top1) / float64(len(cases))
	corroborated = float64(corr) / float64(max(ncorr, 1))
	if ncorr == 0 {
		t.Logf("%s: quote_top1 %.3f (no quotation of the set stands in several articles: no corroboration to measure)", path, top1Share)
		return top1Share, 0
	}
	t.Logf("%s: quote_top1 %.3f corroborated %.3f", path, top1Share, corroborated)
	return top1Share, corroborated
}

// TestMoreQuestions holds the ranking to the held-out targets on a second,
// larger set of questions written for this repository (testdata/
// more_questions.jsonl, same format, gold read off the articles): a guard
// against fitting the development set alone.
func TestMoreQuestions(t *testing.T) {
	e := testEngine(t)
	got, misses := ScoreQuestions(t, e, readJSONL[questionCase](t, "testdata/more_questions.jsonl"))
	t.Logf("more questions: hit1 %.3f hit3 %.3f crisp %.3f abstain %.3f false_abstain %.3f",
		got.Hit1, got.Hit3, got.Crisp, got.Abstain, got.FalseAbstain)
	for _, m := range misses {
		t.Log("miss:", m)
	}
	if got.Hit1 < 0.9 || got.Abstain < 0.9 || got.FalseAbstain > 0.05 {
		t.Errorf("hit1 %.3f, abstain %.3f, false_abstain %.3f; want ≥ 0.9, ≥ 0.9, ≤ 0.05", got.Hit1, got.Abstain, got.FalseAbstain)
	}
}

// TestFreshSets holds the engine to four sets written apart from the code,
// by people (helpers) who read only the articles and the evaluation's
// format: testdata/fresh1_questions.jsonl (90), fresh2_questions.jsonl
// (100), fresh3_questions.jsonl (84, in the development set's mix of
// kinds) and fresh_quotes.jsonl (40, some misremembered or mistyped). Each
// was unseen when first scored; the README gives those first figures and
// today's. The floors guard against regressions.
func TestFreshSets(t *testing.T) {
	e := testEngine(t)
	for _, set := range []string{"fresh1_questions", "fresh2_questions", "fresh3_questions"} {
		got, misses := ScoreQuestions(t, e, readJSONL[questionCase](t, "testdata/"+set+".jsonl"))
		t.Logf("%s: hit1 %.3f hit3 %.3f crisp %.3f abstain %.3f false_abstain %.3f",
			set, got.Hit1, got.Hit3, got.Crisp, got.Abstain, got.FalseAbstain)
		for _, m := range misses {
			t.Log("miss:", m)
		}
		// abstain 0.8: declining is a fitted trade-off now (cmd/fitweights),
		// which gave up an unanswerable question or two of these sets for
		// fewer answerable ones declined on the chat-style sets
		if got.Hit1 < 0.8 || got.Abstain < 0.8 || got.FalseAbstain > 0.1 {
			t.Errorf("%s: hit1 %.3f, abstain %.3f, false_abstain %.3f; want ≥ 0.8, ≥ 0.8, ≤ 0.1", set, got.Hit1, got.Abstain, got.FalseAbstain)
		}
	}
	if q1, cr := scoreQuotes(t, e, "testdata/fresh_quotes.jsonl"); q1 < 0.9 || cr < 1 {
		t.Errorf("fresh quotes: quote_top1 %.3f, corroborated %.3f; want ≥ 0.9, 1.0", q1, cr)
	}
}
