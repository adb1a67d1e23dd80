package qa

import (
	"context"
	"fmt"
	"testing"

	"github.com/summitbot/summitbot/internal/eval"
)

// TestDeterministic: the same question or look-up gets the same answer,
// to the score, every time, from the same engine and from engines built
// afresh. Go randomises each walk over a map, so an answer that hangs on
// one (ties broken by which key comes first, in building the engine or in
// answering) differs from call to call or from engine to engine; asking
// each several times, of three engines, finds it.
func TestDeterministic(t *testing.T) {
	ctx := context.Background()
	cases, err := eval.ReadCases("testdata/dev_realistic.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var lookups []string // as typed: the query where a file gives one
	for _, f := range []string{"testdata/dev_quotes.jsonl", "testdata/fresh_quotes.jsonl", "testdata/fresh2_quotes.jsonl"} {
		for _, q := range readJSONL[quoteCase](t, f) {
			if q.Query != "" {
				lookups = append(lookups, q.Query)
			} else {
				lookups = append(lookups, q.Text)
			}
		}
	}
	first := map[string]string{}
	same := func(key, got string) {
		if want, ok := first[key]; !ok {
			first[key] = got
		} else if got != want {
			t.Errorf("%s differs: %s / %s", key, want, got)
		}
	}
	// overviews: LexRank and MMR over sentence similarities, where a near
	// tie between two sentences went either way while similarities were
	// sums in a map's order
	for _, cc := range corpora {
		kinds, err := eval.ReadCases(cc.kinds)
		if err != nil {
			t.Fatal(err)
		}
		for range 3 {
			e := cc.engine(t)
			for range 8 {
				for _, c := range kinds {
					if c.Kind != "overview" {
						continue
					}
					a, _ := e.Ask(ctx, c.Q)
					same(fmt.Sprintf("%s Ask(%q)", cc.name, c.Q), fmt.Sprintf("%v %q %q %v", a.Answered, a.Headline(), a.Sources, scoresOf(a)))
				}
			}
		}
	}
	for range 3 {
		e := testEngine(t) // built afresh: its own maps
		for range 3 {
			for _, c := range cases {
				a, _ := e.Ask(ctx, c.Q)
				same(fmt.Sprintf("Ask(%q)", c.Q), fmt.Sprintf("%v %q %q %v", a.Answered, a.Headline(), a.Sources, scoresOf(a)))
			}
			for _, words := range lookups {
				res, _ := e.Quote(ctx, words, "")
				got := ""
				for _, r := range res {
					got += fmt.Sprintf("%q %q %.6f|", r.Text, r.Speaker, r.Score)
				}
				same(fmt.Sprintf("Quote(%q)", words), got)
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

// TestOrderIndependent: an answer does not hang on which questions the
// engine answered before it. The engine remembers what it finds in a
// passage for every later question (memo.go); a rule that changes a
// remembered result in place (slices.DeleteFunc on e.find's slice did,
// twice) makes answers depend on the questions asked before. Two engines
// ask the same questions, one in order and one in reverse.
func TestOrderIndependent(t *testing.T) {
	if testing.Short() {
		t.Skip("asks two sets twice")
	}
	ctx := context.Background()
	var qs []string
	for _, f := range []string{"testdata/dev_realistic.jsonl", "testdata/train_summit.jsonl", "testdata/train2_summit.jsonl"} {
		cases, err := eval.ReadCases(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			qs = append(qs, c.Q)
		}
	}
	answer := func(e *Engine, q string) string {
		a, _ := e.Ask(ctx, q)
		return fmt.Sprintf("%v %q %q %v", a.Answered, a.Short, a.Sources, scoresOf(a))
	}
	forward, backward := testEngine(t), testEngine(t)
	got := make([]string, len(qs))
	for i, q := range qs {
		got[i] = answer(forward, q)
	}
	for i := len(qs) - 1; i >= 0; i-- {
		if b := answer(backward, qs[i]); b != got[i] {
			t.Errorf("Ask(%q) asked after the others: %s; asked before them: %s", qs[i], got[i], b)
		}
	}
}
