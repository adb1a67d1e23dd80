package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/summitbot/summitbot/internal/eval"
	"github.com/summitbot/summitbot/internal/qa"
)

// objective, "rank" or "ask", is what the rank weights are fitted on: the
// rank objective (Explain's candidates, each looked at closely, ordered by
// a weighted sum of their features), or askObjective, the figures Ask
// itself gives. They part: Ask looks closely at only the cheap ranking's
// first passages, and its decision step can move the first passage after
// that, so a refit the rank objective accepts lost held-out hit1 through
// Ask (rank62: 1084 → 1057).
var objective = "rank"

// askRounds is the coordinate ascent's rounds under -objective ask unless
// -rounds is given: each evaluation runs Ask on every training question
// fitted on (0.3 s on two cores idle, about 1 s loaded), and a round tries
// steps on each of the fourteen free rank weights, so two rounds (against
// the rank objective's six) run in 1.5 to 4.5 minutes. Measured at fit67,
// -rounds 4 stopped after the second (no step won in it).
const askRounds = 2

// askRoundsUnlessGiven is the rounds under -objective ask: askRounds,
// unless -rounds was given on fs's command line (then rounds, as given).
func askRoundsUnlessGiven(fs *flag.FlagSet, rounds int) int {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == "rounds" })
	if given {
		return rounds
	}
	return askRounds
}

// askCase is a training question with the engine of its coverage.
type askCase struct {
	c eval.Case
	e *qa.Engine
}

// readAskCases reads the questions of sets, each with its coverage's engine.
func readAskCases(engines map[string]*qa.Engine, sets []set) ([]askCase, error) {
	var out []askCase
	for _, s := range sets {
		cases, err := eval.ReadCases(testdata + s.file)
		if err != nil {
			return nil, err
		}
		e, ok := engines[s.corpus]
		if !ok {
			return nil, fmt.Errorf("set %s: no engine for coverage %q", s.name, s.corpus)
		}
		for _, c := range cases {
			out = append(out, askCase{c, e})
		}
	}
	return out, nil
}

// splitAsk parts cases as split parts examples: one question in
// validationEvery, by a hash of its wording, is kept out of the fit.
func splitAsk(cases []askCase) (fitOn, check []askCase) {
	return partKeptOut(cases, func(c askCase) string { return c.c.Q })
}

// askValue is what one question's answer under Ask is worth, in the units
// of the two objectives it mirrors: an answerable question counts 1 for a
// gold first passage, a third for one in the first three (the rank
// objective's tie-break) and a third for a crisp short answer, less 1 when
// it is declined (the evidence objective's false abstention); an
// unanswerable one answered costs unanswerableWeight.
func askValue(c eval.Case, p eval.Prediction) float64 {
	if c.Unanswerable {
		if p.Answered {
			return -unanswerableWeight
		}
		return 0
	}
	s, _ := eval.Score([]eval.Case{c}, []eval.Prediction{p})
	v := s.Hit1 + s.Hit3/3 + s.Crisp/3
	if !p.Answered {
		v--
	}
	return v
}

// askWorth is how many questions' worth cases count: an unanswerable one
// unanswerableWeight, as in the evidence objective.
func askWorth(cases []askCase) float64 {
	n := 0.0
	for _, c := range cases {
		if c.c.Unanswerable {
			n += unanswerableWeight
		} else {
			n++
		}
	}
	return n
}

// askObjective sets w on the engines of cases, asks each question, and
// returns askValue summed over them, divided by askWorth. The questions of
// one engine are asked in turn (SetWeights is not safe while an engine
// answers), the engines side by side.
func askObjective(ctx context.Context, cases []askCase, w qa.Weights) float64 {
	byEngine := map[*qa.Engine][]eval.Case{}
	var order []*qa.Engine
	for _, c := range cases {
		if _, ok := byEngine[c.e]; !ok {
			order = append(order, c.e)
		}
		byEngine[c.e] = append(byEngine[c.e], c.c)
	}
	sums := make([]float64, len(order))
	var wg sync.WaitGroup
	for i, e := range order {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e.SetWeights(w)
			cs := byEngine[e]
			for j, p := range e.Predictions(ctx, cs) {
				sums[i] += askValue(cs[j], p)
			}
		}()
	}
	wg.Wait()
	total := 0.0
	for _, s := range sums {
		total += s
	}
	return total / max(askWorth(cases), 1)
}

// fitAsk fits the rank weights of w by coordinate ascent on askObjective
// over the questions of all (the training questions: readAskCases) not
// kept out, coverage fixed (it anchors the scale), and keeps the refit
// only when replaces says so on those and on the ones kept out. The
// evidence weights are kept as they are.
func fitAsk(ctx context.Context, all []askCase, w qa.Weights, rounds int, out io.Writer) (qa.Weights, error) {
	fitOn, check := splitAsk(all)
	fmt.Fprintf(out, "Training questions asked: %d fitted on, %d to check a refit on\n", len(fitOn), len(check))
	orig := w
	for i := range w.Rank {
		if w.Rank[i]*rankSigns[i] < 0 {
			w.Rank[i] = 0
		}
	}
	start := time.Now()
	before := askObjective(ctx, fitOn, orig)
	fmt.Fprintf(out, "One evaluation (Ask on the questions fitted on): %.1fs\n", time.Since(start).Seconds())
	evals := 0
	start = time.Now()
	after := ascendSteps(w.Rank[:], rankSigns, map[int]bool{0: true}, rounds, steps, func() float64 {
		evals++
		return askObjective(ctx, fitOn, w)
	})
	if err := ctx.Err(); err != nil {
		return orig, err
	}
	fmt.Fprintf(out, "Coordinate ascent: %d evaluations in %.0fs\n", evals, time.Since(start).Seconds())
	checkBefore, checkAfter := askObjective(ctx, check, orig), askObjective(ctx, check, w)
	verdict, refit := "refit", w
	if !replaces(before, after, askWorth(fitOn), checkBefore, checkAfter, askWorth(check)) {
		w.Rank, verdict = orig.Rank, "kept as they are"
	}
	fmt.Fprintf(out, "Ask objective (hit1 + hit3/3 + crisp/3 - abstention's cost): %.3f → %.3f; on the questions held out of the fit %.3f → %.3f: %s\n", before, after, checkBefore, checkAfter, verdict)
	if verdict != "refit" {
		fmt.Fprintln(out, "The rank refit, not kept:")
		for i, n := range qa.RankFeatures {
			fmt.Fprintf(out, "  rank.%s %.4g\n", n, refit.Rank[i])
		}
	}
	fmt.Fprintln(out, "Evidence weights kept as they are (-objective ask fits the rank weights).")
	printWeights(out, w)
	return w, nil
}
