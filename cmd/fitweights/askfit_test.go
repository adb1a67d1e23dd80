package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/eval"
	"github.com/summitbot/summitbot/internal/qa"
)

// bridgeEngine is an engine over the bridge coverage's articles.
func bridgeEngine(t *testing.T) *qa.Engine {
	t.Helper()
	c, _, err := corpus.Dir("../../"+testdata+"bridge/articles", corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(c, index.DefaultVocabulary())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return qa.New(c, ix)
}

// bridgeCases are the bridge coverage's training questions, asked of e.
func bridgeCases(t *testing.T, e *qa.Engine) []askCase {
	t.Helper()
	cases, err := eval.ReadCases("../../" + testdata + "bridge/train6_questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var out []askCase
	for _, c := range cases {
		out = append(out, askCase{c, e})
	}
	return out
}

// TestAskValue: a question's worth under Ask mirrors the rank objective
// (1 for a gold first passage, a third for one in the first three) and the
// evidence objective (1 lost for an answerable question declined,
// unanswerableWeight for an unanswerable one answered), with a third for a
// crisp short answer.
func TestAskValue(t *testing.T) {
	gold := eval.Case{Q: "what was found?", Any: []any{"cracks"}, Docs: []string{"d"}}
	hit := eval.Passage{Doc: "d", Text: "Inspectors found cracks in a beam."}
	miss := eval.Passage{Doc: "d", Text: "The bridge was shut."}
	none := eval.Case{Q: "who paid?", Unanswerable: true}
	for _, tc := range []struct {
		name string
		c    eval.Case
		p    eval.Prediction
		want float64
	}{
		{"gold first, crisp", gold, eval.Prediction{Answered: true, Answer: "cracks", Passages: []eval.Passage{hit}}, 1 + 1.0/3 + 1.0/3},
		{"gold second, not crisp", gold, eval.Prediction{Answered: true, Answer: "the bridge was shut", Passages: []eval.Passage{miss, hit}}, 1.0 / 3},
		{"gold first, declined", gold, eval.Prediction{Passages: []eval.Passage{hit}}, 1 + 1.0/3 - 1},
		{"no passage, declined", gold, eval.Prediction{}, -1},
		{"unanswerable declined", none, eval.Prediction{}, 0},
		{"unanswerable answered", none, eval.Prediction{Answered: true, Answer: "the council", Passages: []eval.Passage{miss}}, -unanswerableWeight},
	} {
		if got := askValue(tc.c, tc.p); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: askValue = %v; want %v", tc.name, got, tc.want)
		}
	}
}

// TestAskObjectivePrefers: on the bridge coverage's training questions,
// askObjective, which asks them through Ask, prefers the weights as they
// are to a ranking with no weight on any feature, to an evidence threshold
// that declines every question and to one that answers every question.
func TestAskObjectivePrefers(t *testing.T) {
	e := bridgeEngine(t)
	cases := bridgeCases(t, e)
	ctx := context.Background()
	bias := slices.Index(qa.EvidenceFeatures[:], "bias")
	def := qa.DefaultWeights()
	flat, declines, answers := def, def, def
	flat.Rank = [len(qa.RankFeatures)]float64{}
	declines.Evidence[bias], answers.Evidence[bias] = -100, 100
	want := askObjective(ctx, cases, def)
	for _, tc := range []struct {
		name string
		w    qa.Weights
	}{{"no rank weight", flat}, {"declines all", declines}, {"answers all", answers}} {
		if got := askObjective(ctx, cases, tc.w); got >= want {
			t.Errorf("askObjective(%s) = %.3f; want below the weights as they are' %.3f", tc.name, got, want)
		}
	}
}

// TestAskWeightsFresh: an engine asked under one weighting, then another,
// then the first again, answers each time as an engine built afresh and
// given that weighting answers: no memo keeps a score of weights gone.
func TestAskWeightsFresh(t *testing.T) {
	ctx := context.Background()
	shared := bridgeEngine(t)
	cases := bridgeCases(t, shared)
	var qs []eval.Case
	for _, c := range cases {
		qs = append(qs, c.c)
	}
	def := qa.DefaultWeights()
	other := def
	other.Rank = [len(qa.RankFeatures)]float64{}
	other.Rank[0] = 1 // coverage alone
	fresh := map[string][]eval.Prediction{}
	for name, w := range map[string]qa.Weights{"as they are": def, "coverage alone": other} {
		e := bridgeEngine(t)
		e.SetWeights(w)
		fresh[name] = e.Predictions(ctx, qs)
	}
	if reflect.DeepEqual(fresh["as they are"], fresh["coverage alone"]) {
		t.Fatal("the two weightings answer alike: the test tells nothing")
	}
	for _, step := range []struct {
		name string
		w    qa.Weights
	}{{"as they are", def}, {"coverage alone", other}, {"as they are", def}, {"coverage alone", other}} {
		shared.SetWeights(step.w)
		got := shared.Predictions(ctx, qs)
		for i := range got {
			if !reflect.DeepEqual(got[i], fresh[step.name][i]) {
				t.Errorf("%s, after other weights: %q answered %+v; a fresh engine %+v", step.name, qs[i].Q, got[i], fresh[step.name][i])
			}
		}
	}
}

// TestSplitAsk: splitAsk keeps a question out of the fit by its own
// wording: "who paid?" (whose wording's hash falls in the kept-out part)
// is kept out, "what broke?" fitted on, and each question goes to one
// part. (TestSplit pins the share kept out and that no order changes it.)
func TestSplitAsk(t *testing.T) {
	qs := []string{"who?", "what broke?", "when did it shut?", "who paid?", "how long?"}
	var cases []askCase
	for _, q := range qs {
		cases = append(cases, askCase{c: eval.Case{Q: q}})
	}
	fitOn, check := splitAsk(cases)
	var kept []string
	for _, c := range check {
		kept = append(kept, c.c.Q)
	}
	if len(fitOn)+len(check) != len(qs) || !slices.Contains(kept, "who paid?") || slices.Contains(kept, "what broke?") {
		t.Errorf("splitAsk(%q) keeps out %q of %d; want \"who paid?\" among them, never \"what broke?\"", qs, kept, len(fitOn)+len(check))
	}
}

// TestFitAsk: fitAsk on a few of the bridge coverage's questions keeps the
// rank weights as they are when the refit cannot win minWins (and prints
// the refit it did not keep), and returns the refit, not the default, when
// any refit wins.
func TestFitAsk(t *testing.T) {
	defer func(m float64) { minWins = m }(minWins)
	e := bridgeEngine(t)
	cases := bridgeCases(t, e)[:12]
	def := qa.DefaultWeights()
	for _, tc := range []struct {
		minWins float64
		kept    bool
	}{{1e9, true}, {-1e9, false}} {
		minWins = tc.minWins
		var out strings.Builder
		got, err := fitAsk(context.Background(), cases, def, 1, &out)
		if err != nil {
			t.Fatal(err)
		}
		report := out.String()
		if strings.Contains(report, ": kept as they are\n") != tc.kept || strings.Contains(report, "The rank refit, not kept:") != tc.kept || strings.Contains(report, ": refit\n") == tc.kept {
			t.Errorf("fitAsk, min-wins %g: report %q; want the weights kept %v", tc.minWins, report, tc.kept)
		}
		if tc.kept && got.Rank != def.Rank {
			t.Errorf("fitAsk, min-wins %g: rank weights %v; want them as they are, %v", tc.minWins, got.Rank, def.Rank)
		}
		// the refit reported is the one returned (on these questions it
		// differs from the default), not the default again
		if !tc.kept && got.Rank == def.Rank {
			t.Errorf("fitAsk, min-wins %g: rank weights %v, the default's; want the refit its report calls refit", tc.minWins, got.Rank)
		}
		if got.Evidence != def.Evidence {
			t.Errorf("fitAsk, min-wins %g: evidence weights %v; want them as they are, %v", tc.minWins, got.Evidence, def.Evidence)
		}
	}
}

// TestAskRoundsUnlessGiven: -objective ask runs askRounds rounds unless
// -rounds is given, then the rounds given, the default's number too.
func TestAskRoundsUnlessGiven(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want int
	}{
		{nil, askRounds},
		{[]string{"-rounds", "4"}, 4},
		{[]string{"-rounds", "6"}, 6},
		{[]string{"-dry-run"}, askRounds},
	} {
		fs := flag.NewFlagSet("fitweights", flag.ContinueOnError)
		rounds := fs.Int("rounds", 6, "")
		fs.Bool("dry-run", false, "")
		if err := fs.Parse(tc.args); err != nil {
			t.Fatal(err)
		}
		if got := askRoundsUnlessGiven(fs, *rounds); got != tc.want {
			t.Errorf("askRoundsUnlessGiven(%q) = %d; want %d", tc.args, got, tc.want)
		}
	}
}

// TestObjectiveFlag: -objective takes rank or ask; ask fits the rank
// weights, so refuses -only evidence, -feature and -report before any
// work; -help lists it; and no run leaves it to the next.
func TestObjectiveFlag(t *testing.T) {
	defer func() { only, feature, rankFeature, objective = "", -1, -1, "rank" }()
	for _, tc := range []struct {
		args []string
		want string // in the error
	}{
		{[]string{"-objective", "hit1"}, "want rank or ask"},
		{[]string{"-objective", "ask", "-only", "evidence"}, "-only evidence"},
		{[]string{"-objective", "ask", "-feature", qa.EvidenceFeatures[1]}, "-feature"},
		{[]string{"-objective", "ask", "-feature", "rank." + qa.RankFeatures[1]}, "-feature"},
		{[]string{"-objective", "ask", "-report"}, "-report"},
	} {
		var out strings.Builder
		if err := run(context.Background(), tc.args, &out, io.Discard); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("run(%q) = %v; want an error saying %q", tc.args, err, tc.want)
		}
	}
	var out strings.Builder
	if err := run(context.Background(), []string{"-help"}, &out, io.Discard); !errors.Is(err, flag.ErrHelp) || !strings.Contains(out.String(), "-objective") || !strings.Contains(out.String(), "ask") {
		t.Errorf("run(-help) = %v, printing %q; want flag.ErrHelp and a usage naming -objective and ask", err, out.String())
	}
	objective = "ask"
	_ = run(context.Background(), []string{"-only", "nope"}, &out, io.Discard)
	if objective != "rank" {
		t.Errorf("after a run: objective %q; want rank (the default)", objective)
	}
}
