package qa

import (
	"context"
	"fmt"
	"testing"

	"github.com/summitbot/summitbot/internal/eval"
)

// TestDeterministic: the same question or look-up gets the same answer,
// to the score, every time. Go randomises each walk over a map, so an
// answer that hangs on one (ties broken by which key comes first) differs
// from call to call; asking each several times finds it.
func TestDeterministic(t *testing.T) {
	e := testEngine(t)
	ctx := context.Background()
	cases, err := eval.ReadCases("testdata/dev_realistic.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	type quoteCase struct {
		Text string `json:"text"`
	}
	var quotes []string
	for _, f := range []string{"testdata/dev_quotes.jsonl", "testdata/fresh_quotes.jsonl", "testdata/fresh2_quotes.jsonl"} {
		for _, q := range readJSONL[quoteCase](t, f) {
			quotes = append(quotes, q.Text)
		}
	}
	const times = 8
	for _, c := range cases {
		first := ""
		for range times {
			a, _ := e.Ask(ctx, c.Q)
			got := fmt.Sprintf("%v %q %q %v", a.Answered, a.Headline(), a.Sources, scoresOf(a))
			if first == "" {
				first = got
			} else if got != first {
				t.Errorf("Ask(%q) differs between calls: %s / %s", c.Q, first, got)
				break
			}
		}
	}
	for _, words := range quotes {
		first := ""
		for range times {
			res, _ := e.Quote(ctx, words, "")
			got := ""
			for _, r := range res {
				got += fmt.Sprintf("%q %q %.6f|", r.Text, r.Speaker, r.Score)
			}
			if first == "" {
				first = got
			} else if got != first {
				t.Errorf("Quote(%q) differs between calls: %s / %s", words, first, got)
				break
			}
		}
	}
}

func scoresOf(a Answer) []string {
	var out []string
	for _, h := range a.Passages {
		out = append(out, fmt.Sprintf("%s:%.6f", h.Article.ID, h.Score))
	}
	return out
}
