// Command fitweights fits the weights of the answer engine's named features
// (internal/qa/weights.txt) on training questions and reports them on
// questions held out from the fit.
//
// Run from the repository root:
//
//	go run ./cmd/fitweights            # fit, report, and write internal/qa/weights.txt
//	go run ./cmd/fitweights -dry-run   # fit and report only
//	go run ./cmd/fitweights -report    # report the weights as they are
//	go run ./cmd/fitweights -feature NAME  # fit one evidence weight alone (a new feature's)
//	go run ./cmd/fitweights -feature rank.NAME  # fit one rank weight alone
//	go run ./cmd/fitweights -objective ask  # fit the rank weights on Ask's own figures
//
// A feature internal/qa/weights.go defines and weights.txt lacks (a new
// one) starts at 0, as the engine weighs it. A fit that changes a weight
// writes the whole file, a line for every defined feature, a new one at
// its fitted weight or at 0 where no fit weighed it; a fit that keeps every
// weight as it is leaves weights.txt untouched, so a new feature no fit
// keeps has no line until another fit writes the file: drop it from
// weights.go if it is dropped.
//
// The ranking weights are fitted by coordinate ascent (RankLib's) on the
// share of training questions whose best passage is a gold one (plus a
// third of the share with one in the first three, to break ties); the
// evidence weights then (on those and the yes/no, meta and definition sets,
// unless -claims=false) by logistic regression and coordinate ascent on the
// balanced accuracy of answering versus declining (answerable questions
// answered, unanswerable ones declined), the ascent also run from the
// weights as they are, keeping the better end: a refit never does worse on
// the training questions than the weights it replaces. One training
// question in five (by a hash of its wording) is held out of the fit, and a
// refit replaces the weights as they are only when it wins two questions'
// worth on the others and on those kept out alike: run on the code as it
// is, the command keeps weights.txt unless a change has made a better
// fit. The training questions are the repository's own sets
// written apart from the held-out ones; the held-out sets are the
// development questions of ../shared (copied under testdata) and the other
// coverage's questions.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/eval"
	"github.com/summitbot/summitbot/internal/qa"
)

const testdata = "internal/qa/testdata/"

// set is a file of questions and the coverage they are about.
type set struct {
	name, file, corpus string // corpus: "summit" (built in) or "quake"
}

var (
	training = []set{
		{"train_summit", "train_summit.jsonl", "summit"},
		{"more", "more_questions.jsonl", "summit"},
		{"fresh1", "fresh1_questions.jsonl", "summit"},
		{"fresh2", "fresh2_questions.jsonl", "summit"},
		{"train_quake", "train_quake.jsonl", "quake"},
		{"train2_summit", "train2_summit.jsonl", "summit"},
		{"train2_quake", "train2_quake.jsonl", "quake"},
		{"train6_summit", "train6_summit.jsonl", "summit"},
		{"train6_quake", "train6_quake.jsonl", "quake"},
		{"train6_tram", "tram/train6_questions.jsonl", "tram"},
		{"train6_ship", "ship/train6_questions.jsonl", "ship"},
		{"train6_strike", "strike/train6_questions.jsonl", "strike"},
		{"train6_flood", "flood/train6_questions.jsonl", "flood"},
		{"train6_airport", "airport/train6_questions.jsonl", "airport"},
		{"train6_bridge", "bridge/train6_questions.jsonl", "bridge"},
	}
	// read are development sets whose failures were read to find general
	// defects: neither fitted on (a refit on train3 broke a tidy list
	// question and moved the held-out figures along the same trade-off,
	// no better) nor held out.
	read = []set{
		{"train3_summit", "train3_summit.jsonl", "summit"},
		{"train3_quake", "train3_quake.jsonl", "quake"},
		{"tram", "tram/questions.jsonl", "tram"},
		{"ship", "ship/questions.jsonl", "ship"},
		{"strike", "strike/questions.jsonl", "strike"},
		{"flood", "flood/questions.jsonl", "flood"},
		{"train4_summit", "train4_summit.jsonl", "summit"},
		{"train4_quake", "train4_quake.jsonl", "quake"},
		{"train5_tram", "tram/train5_questions.jsonl", "tram"},
		{"train5_ship", "ship/train5_questions.jsonl", "ship"},
		{"train5_strike", "strike/train5_questions.jsonl", "strike"},
		{"train5_flood", "flood/train5_questions.jsonl", "flood"},
		{"airport", "airport/questions.jsonl", "airport"},
		{"typo_tram", "tram/typo_questions.jsonl", "tram"},
		{"typo_ship", "ship/typo_questions.jsonl", "ship"},
		{"typo_strike", "strike/typo_questions.jsonl", "strike"},
		{"typo_flood", "flood/typo_questions.jsonl", "flood"},
		{"typo_airport", "airport/typo_questions.jsonl", "airport"},
		{"yesno_tram", "tram/yesno_questions.jsonl", "tram"},
		{"yesno_ship", "ship/yesno_questions.jsonl", "ship"},
		{"yesno_strike", "strike/yesno_questions.jsonl", "strike"},
		{"yesno_flood", "flood/yesno_questions.jsonl", "flood"},
		{"yesno_airport", "airport/yesno_questions.jsonl", "airport"},
		{"yesno_summit", "yesno_summit.jsonl", "summit"},
		{"meta_summit", "meta_summit.jsonl", "summit"},
		{"meta_quake", "meta_quake.jsonl", "quake"},
		{"bridge", "bridge/questions.jsonl", "bridge"},
		{"defn_summit", "defn_summit.jsonl", "summit"},
		{"defn_quake", "defn_quake.jsonl", "quake"},
		{"defn_tram", "tram/defn_questions.jsonl", "tram"},
		{"defn_ship", "ship/defn_questions.jsonl", "ship"},
		{"defn_strike", "strike/defn_questions.jsonl", "strike"},
		{"defn_flood", "flood/defn_questions.jsonl", "flood"},
		{"defn_airport", "airport/defn_questions.jsonl", "airport"},
		{"defn_bridge", "bridge/defn_questions.jsonl", "bridge"},
		{"measure_summit", "measure_summit.jsonl", "summit"},
		{"measure_quake", "measure_quake.jsonl", "quake"},
		{"measure_tram", "tram/measure_questions.jsonl", "tram"},
		{"measure_ship", "ship/measure_questions.jsonl", "ship"},
		{"measure_strike", "strike/measure_questions.jsonl", "strike"},
		{"measure_flood", "flood/measure_questions.jsonl", "flood"},
		{"measure_airport", "airport/measure_questions.jsonl", "airport"},
		{"measure_bridge", "bridge/measure_questions.jsonl", "bridge"},
	}
	heldOut = []set{
		{"dev", "dev_questions.jsonl", "summit"},
		{"dev_realistic", "dev_realistic.jsonl", "summit"},
		{"fresh3", "fresh3_questions.jsonl", "summit"},
		{"quake", "quake/questions.jsonl", "quake"},
		{"fresh4_summit", "fresh4_summit.jsonl", "summit"},
		{"fresh4_quake", "fresh4_quake.jsonl", "quake"},
		{"fresh5_summit", "fresh5_summit.jsonl", "summit"},
		{"fresh5_quake", "fresh5_quake.jsonl", "quake"},
		{"fresh6_summit", "fresh6_summit.jsonl", "summit"},
		{"fresh6_quake", "fresh6_quake.jsonl", "quake"},
		{"fresh7_summit", "fresh7_summit.jsonl", "summit"},
		{"fresh7_quake", "fresh7_quake.jsonl", "quake"},
		{"fresh8_summit", "fresh8_summit.jsonl", "summit"},
		{"fresh8_quake", "fresh8_quake.jsonl", "quake"},
		{"fresh9_summit", "fresh9_summit.jsonl", "summit"},
		{"fresh9_quake", "fresh9_quake.jsonl", "quake"},
		{"fresh10_summit", "fresh10_summit.jsonl", "summit"},
		{"fresh10_quake", "fresh10_quake.jsonl", "quake"},
		{"fresh11_summit", "fresh11_summit.jsonl", "summit"},
		{"fresh11_quake", "fresh11_quake.jsonl", "quake"},
		{"fresh12_summit", "fresh12_summit.jsonl", "summit"},
		{"fresh12_quake", "fresh12_quake.jsonl", "quake"},
		{"fresh13_summit", "fresh13_summit.jsonl", "summit"},
		{"fresh13_quake", "fresh13_quake.jsonl", "quake"},
		{"fresh14_summit", "fresh14_summit.jsonl", "summit"},
		{"fresh14_quake", "fresh14_quake.jsonl", "quake"},
		// two more coverages of other events, written like tram and ship
		// but never read: the check that what was learnt there is general
		{"hospital", "hospital/questions.jsonl", "hospital"},
		{"wildfire", "wildfire/questions.jsonl", "wildfire"},
		// yes/no questions on all eight coverages, half of them near
		// misses of a claim no article settles, written from the articles
		// alone: the check of a claim feature fitted on the claimSets
		{"yesno4_summit", "yesno4_summit.jsonl", "summit"},
		{"yesno4_quake", "yesno4_quake.jsonl", "quake"},
		{"yesno4_tram", "tram/yesno4_questions.jsonl", "tram"},
		{"yesno4_ship", "ship/yesno4_questions.jsonl", "ship"},
		{"yesno4_strike", "strike/yesno4_questions.jsonl", "strike"},
		{"yesno4_flood", "flood/yesno4_questions.jsonl", "flood"},
		{"yesno4_airport", "airport/yesno4_questions.jsonl", "airport"},
		{"yesno4_bridge", "bridge/yesno4_questions.jsonl", "bridge"},
	}
)

func main() {
	os.Exit(exitCode(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
}

// exitCode is main's exit status for run's error, as the flag package's
// own ExitOnError has it: 0 for none and for -help, whose usage run has
// printed; 2 for a bad flag, whose error and usage run has printed to
// errOut; otherwise 1, the error printed here to errOut, once.
func exitCode(err error, errOut io.Writer) int {
	var pe parseError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &pe):
		return 2
	}
	fmt.Fprintln(errOut, "fitweights:", err)
	return 1
}

// parseError is a flag error run has already printed, with the usage.
type parseError struct{ error }

func (e parseError) Unwrap() error { return e.error }

// run parses args, fits (or, with -report, only reports) and writes the
// report to out; the usage a bad flag prints goes to errOut, and only the
// one -help asks for to out, so that a report redirected to a file holds
// no usage. A flag error, printed already, comes back as a parseError.
func run(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("fitweights", flag.ContinueOnError)
	var usage bytes.Buffer
	fs.SetOutput(&usage)
	dry := fs.Bool("dry-run", false, "fit and report, but do not write weights.txt")
	report := fs.Bool("report", false, "report the weights as they are, without fitting")
	rounds := fs.Int("rounds", 6, "coordinate ascent rounds at most")
	// the mode globals take their defaults on every run, not what an
	// earlier run in the same process (a test's) left in them
	feature, rankFeature, objective = -1, -1, "rank"
	fs.StringVar(&only, "only", "", "fit only the rank or only the evidence weights (rank, evidence), keeping the others as they are")
	featureName := fs.String("feature", "", "fit this one evidence weight (NAME) or rank weight (rank.NAME) alone (a new feature's), keeping every other weight as it is")
	fs.BoolVar(&fitClaims, "claims", true, "fit the evidence weights on the yes/no, meta and definition sets too")
	fs.Float64Var(&minWins, "min-wins", defaultMinWins, "how many training questions a refit must win to replace the weights as they are")
	fs.StringVar(&objective, "objective", "rank", "what the rank weights are fitted on: rank (Explain's candidates ordered by their features) or ask (Ask's own hit1, hit3, crisp and abstention on the training questions; the evidence weights kept as they are; -rounds 2 unless given)")
	fs.Float64Var(&unanswerableWeight, "unanswerable-weight", defaultUnanswerableWeight, "how much more an unanswerable question answered costs than an answerable one declined")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			errOut = out
		}
		if _, werr := usage.WriteTo(errOut); werr != nil {
			return errors.Join(err, werr)
		}
		return parseError{err}
	}
	if only != "" && only != "rank" && only != "evidence" {
		return fmt.Errorf("-only %q: want rank or evidence", only)
	}
	if objective != "rank" && objective != "ask" {
		return fmt.Errorf("-objective %q: want rank or ask", objective)
	}
	if objective == "ask" {
		if only == "evidence" {
			return fmt.Errorf("-objective ask with -only evidence: the ask objective fits the rank weights, which -only evidence keeps")
		}
		if *featureName != "" {
			return fmt.Errorf("-objective ask with -feature %q: the ask objective fits every rank weight; fit one with the rank objective", *featureName)
		}
		if *report {
			return fmt.Errorf("-objective ask with -report: -report fits nothing")
		}
		*rounds = askRoundsUnlessGiven(fs, *rounds)
	}
	if name, ok := strings.CutPrefix(*featureName, "rank."); ok {
		f := slices.Index(qa.RankFeatures[:], name)
		if f < 0 {
			return fmt.Errorf("-feature %q: internal/qa/weights.go defines no rank feature %q (RankFeatures)", *featureName, name)
		}
		if f == 0 {
			return fmt.Errorf("-feature %q: want a rank feature other than coverage (which anchors the scale)", *featureName)
		}
		if only == "evidence" {
			return fmt.Errorf("-feature %q with -only evidence: the feature is a rank weight, which -only evidence keeps", *featureName)
		}
		rankFeature = f
	} else if *featureName != "" {
		f := slices.Index(qa.EvidenceFeatures[:], *featureName)
		if f < 0 {
			return fmt.Errorf("-feature %q: internal/qa/weights.go defines no evidence feature %q (EvidenceFeatures; a rank feature is given as rank.NAME)", *featureName, *featureName)
		}
		if f == 0 {
			return fmt.Errorf("-feature %q: want an evidence feature other than bias", *featureName)
		}
		if only == "rank" {
			return fmt.Errorf("-feature %q with -only rank: the feature is an evidence weight, which -only rank keeps", *featureName)
		}
		feature = f
	}
	w, missing, err := readWeights(weightsFile)
	if err != nil {
		return err
	}
	for _, n := range missing {
		fmt.Fprintf(errOut, "fitweights: %s lacks %s: it weighs 0, and its line is written with the file when a fit changes a weight\n", weightsFile, n)
	}
	asRead := w
	engines, err := loadEngines()
	if err != nil {
		return err
	}
	if objective == "ask" {
		all, err := readAskCases(engines, training)
		if err != nil {
			return err
		}
		if w, err = fitAsk(ctx, all, w, *rounds, out); err != nil {
			return err
		}
	} else if !*report {
		if w, err = fit(ctx, engines, w, *rounds, out); err != nil {
			return err
		}
	}
	fmt.Fprintln(out, "\nFigures (score.py's), training sets, development sets whose failures were read, then held-out sets:")
	for _, group := range [][]set{training, read, heldOut} {
		for _, s := range group {
			sc, err := score(ctx, engines, s, w)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "  %-14s %s\n", s.name, sc)
		}
	}
	if err := thresholdTable(ctx, engines, w, out); err != nil {
		return err
	}
	if *report {
		if err := claimCheck(ctx, engines, out, labelled{"as they are", w}); err != nil {
			return err
		}
	}
	if *dry || *report {
		return nil
	}
	_, err = writeWeights(weightsFile, asRead, w)
	return err
}

// weightsFile is the file of weights the fit starts from and writes: the
// one internal/qa embeds.
const weightsFile = testdata + "../weights.txt"

// readWeights reads the weights file at path; a feature the code defines
// and the file lacks (a new one) weighs 0 and is named in missing.
func readWeights(path string) (w qa.Weights, missing []string, err error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return w, nil, err
	}
	if w, missing, err = qa.ReadWeights(string(text)); err != nil {
		return w, nil, fmt.Errorf("%s: %w", path, err)
	}
	return w, missing, nil
}

// writeWeights writes w to the weights file at path, a line for every
// feature (a new one at its weight in w, 0 where no fit weighed it), unless
// w is asRead, the weights as read there: a fit that keeps every weight as
// it is leaves the file untouched, without the line of a new feature it gave
// no weight. It reports whether it wrote.
func writeWeights(path string, asRead, w qa.Weights) (bool, error) {
	if w == asRead {
		return false, nil
	}
	header := "# The weights of the named features of internal/qa/weights.go: a passage's\n" +
		"# rank score and the evidence that the best passage answers. Written by\n" +
		"# `go run ./cmd/fitweights` (coordinate ascent on the repository's training\n" +
		"# questions); edit by refitting, not by hand.\n"
	return true, os.WriteFile(path, []byte(header+w.Format()), 0o644)
}

// loadEngines builds an engine for each coverage.
func loadEngines() (map[string]*qa.Engine, error) {
	summit, _, err := qa.Embedded()
	if err != nil {
		return nil, err
	}
	engines := map[string]*qa.Engine{"summit": summit}
	for _, name := range []string{"quake", "tram", "ship", "strike", "flood", "airport", "hospital", "wildfire", "bridge"} {
		c, _, err := corpus.Dir(testdata+name+"/articles", corpus.LoadOptions{})
		if err != nil {
			return nil, err
		}
		ix, err := index.Build(c, index.DefaultVocabulary())
		if err != nil {
			return nil, err
		}
		engines[name] = qa.New(c, ix)
	}
	return engines, nil
}

// example is one training question as the fit sees it.
type example struct {
	c    eval.Case
	x    qa.Explanation
	good []bool // per candidate: a gold passage
}

func explainAll(ctx context.Context, engines map[string]*qa.Engine, sets []set, w qa.Weights) ([]example, error) {
	var out []example
	for _, s := range sets {
		cases, err := eval.ReadCases(testdata + s.file)
		if err != nil {
			return nil, err
		}
		e := engines[s.corpus]
		e.SetWeights(w)
		for _, c := range cases {
			x, err := e.Explain(ctx, c.Q)
			if err != nil || x.Routed {
				continue // a question that cannot be taken, or not answered by ranking: nothing to learn
			}
			ex := example{c: c, x: x}
			for _, cand := range x.Candidates {
				ex.good = append(ex.good, !c.Unanswerable && eval.Good(c, eval.Passage{Doc: cand.Hit.Article.ID, Text: cand.Hit.Text}))
			}
			out = append(out, ex)
		}
	}
	return out, nil
}

// rankObjective is the share of answerable examples whose best candidate
// under w is gold, plus a third of the share with one in the first three.
func rankObjective(exs []example, w qa.Weights) float64 {
	n, got := 0, 0.0
	scores := make([]float64, 0, 32)
	for _, ex := range exs {
		if ex.c.Unanswerable || len(ex.x.Candidates) == 0 {
			continue
		}
		n++
		scores = scores[:0]
		for _, c := range ex.x.Candidates {
			s := 0.0
			for i, f := range c.Features {
				s += w.Rank[i] * f
			}
			scores = append(scores, s)
		}
		order := make([]int, len(scores))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
		if ex.good[order[0]] {
			got++
		}
		for _, i := range order[:min(3, len(order))] {
			if ex.good[i] {
				got += 1.0 / 3
				break
			}
		}
	}
	return got / float64(max(n, 1))
}

// unanswerableWeight is how much an unanswerable question counts against
// an answerable one in the evidence fit. The training sets hold
// unanswerable questions about as often as people ask them (a sixth to a
// fifth); weighing each twice asks for the held-out targets' balance
// (abstain 0.9 against false abstain 0.05: an error on an unanswerable
// question is tolerated twice as often, on a class a quarter the size).
var unanswerableWeight = defaultUnanswerableWeight

// defaultUnanswerableWeight is unanswerableWeight unless
// -unanswerable-weight sets it.
const defaultUnanswerableWeight = 2.0

// evidenceObjective is the weighted accuracy of the decision to answer:
// answerable examples answered and unanswerable ones declined, each
// unanswerable one counting unanswerableWeight times.
func evidenceObjective(exs []example, w qa.Weights) float64 {
	ans, ansNo, un, unOK := tally(exs, w)
	return (ans - ansNo + unanswerableWeight*unOK) / max(ans+unanswerableWeight*un, 1)
}

// tally counts the answerable examples and those declined, the
// unanswerable ones and those declined, under w.
func tally(exs []example, w qa.Weights) (ans, ansNo, un, unOK float64) {
	for _, ex := range exs {
		answered := answers(ex, w)
		switch {
		case ex.c.Unanswerable:
			un++
			if !answered {
				unOK++
			}
		default:
			ans++
			if !answered {
				ansNo++
			}
		}
	}
	return ans, ansNo, un, unOK
}

// answers reports whether Ask answers an example under w: no rule declines
// it, and its evidence is at least 0.
func answers(ex example, w qa.Weights) bool {
	return ex.x.Declined == "" && len(ex.x.Candidates) > 0 && dot(w.Evidence[:], ex.x.Evidence[:]) >= 0
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// steps are the changes coordinate ascent tries on one weight.
var steps = []float64{-1, -0.5, -0.25, -0.1, -0.05, -0.02, 0.02, 0.05, 0.1, 0.25, 0.5, 1}

// logistic fits the evidence weights by logistic regression: answerable
// examples against unanswerable ones (weighed by unanswerableWeight), with a
// little L2 shrinkage, each weight kept on its sign's side (projected
// gradient descent). Examples a rule declines whatever the evidence are
// left out.
func logistic(exs []example) [len(qa.EvidenceFeatures)]float64 {
	var w [len(qa.EvidenceFeatures)]float64
	var nPos, nNeg float64
	for _, ex := range exs {
		if ex.x.Declined != "" || len(ex.x.Candidates) == 0 {
			continue
		}
		if ex.c.Unanswerable {
			nNeg++
		} else {
			nPos++
		}
	}
	const (
		rate   = 0.5
		lambda = 1e-3
		epochs = 2000
	)
	for range epochs {
		var grad [len(qa.EvidenceFeatures)]float64
		for _, ex := range exs {
			if ex.x.Declined != "" || len(ex.x.Candidates) == 0 {
				continue
			}
			y, cw := 1.0, 1/max(nPos+unanswerableWeight*nNeg, 1)
			if ex.c.Unanswerable {
				y, cw = 0, cw*unanswerableWeight
			}
			p := 1 / (1 + math.Exp(-dot(w[:], ex.x.Evidence[:])))
			for i, f := range ex.x.Evidence {
				grad[i] += cw * (p - y) * f
			}
		}
		for i := range w {
			if i > 0 {
				grad[i] += lambda * w[i]
			}
			w[i] -= rate * grad[i]
			if w[i]*evidenceSigns[i] < 0 {
				w[i] = 0
			}
		}
	}
	return w
}

// rankSigns and evidenceSigns are the directions the features are known to
// push (+1 up, -1 down, 0 either): the fit sets each weight's size, never
// turns a penalty into a bonus on the strength of a few questions.
// They are given by name, so that a feature added or moved cannot take
// another's sign; TestSigns holds every feature to having one.
var (
	rankSigns = signs(qa.RankFeatures[:], map[string]float64{
		"coverage": 1, "answer_type": 1, "proximity": 1, "bleve": 1, "phrasing": 1, "passage_kind": 1,
		"other_outlet": -1, "asks_question": -1, "names_missing": -1, "other_agent": -1, "not_the_speaker": -1,
		"no_negation": -1, "semantic": 1, "lead": 0, "align": 1, "labelled": 1,
	})
	evidenceSigns = signs(qa.EvidenceFeatures[:], map[string]float64{
		"bias": 0, "coverage": 1, "answer_type": 1, "exact_share": 1, "names": 1, "named": 0,
		"unknown_share": -1, "soft_only": -1, "semantic": 1, "missing_max": -1, "focus_unknown": -1,
		"type_missing": -1, "count_missing": -1, "proximity": 0, "future_unmet": -1,
	})
)

// signs lists, in the order of names, the sign each is given in byName;
// a name not given gets NaN, which TestSigns reports.
func signs(names []string, byName map[string]float64) []float64 {
	for n := range byName {
		if !slices.Contains(names, n) {
			panic("fitweights: a sign for " + n + ", which is no feature") // a feature renamed
		}
	}
	out := make([]float64, len(names))
	for i, n := range names {
		s, ok := byName[n]
		if !ok {
			s = math.NaN()
		}
		out[i] = s
	}
	return out
}

// ascend maximises obj over the weights in ws (all but those in fixed) by
// coordinate ascent, each weight kept on the side signs gives it.
func ascend(ws []float64, signs []float64, fixed map[int]bool, rounds int, obj func() float64) float64 {
	return ascendSteps(ws, signs, fixed, rounds, steps, obj)
}

// ascendSteps is ascend trying the changes in steps on each weight.
func ascendSteps(ws []float64, signs []float64, fixed map[int]bool, rounds int, steps []float64, obj func() float64) float64 {
	best := obj()
	for r := 0; r < rounds; r++ {
		improved := false
		for i := range ws {
			if fixed[i] {
				continue
			}
			orig := ws[i]
			bestV := orig
			for _, d := range steps {
				ws[i] = orig + d
				if ws[i]*signs[i] < 0 {
					continue
				}
				if v := obj(); v > best+1e-9 {
					best, bestV, improved = v, ws[i], true
				}
			}
			ws[i] = bestV
		}
		if !improved {
			break
		}
	}
	return best
}

// feature, when not -1, is the one evidence weight the fit sets (by
// lineSearch), every other weight kept as it is: a new feature seen on a
// few questions gets its weight without a refit of all the others, which
// can lose on the questions kept out of the fit for reasons of its own.
var feature = -1

// rankFeature, when not -1, is the one rank weight the fit sets (by
// lineSearch on the rank objective), every other weight, the evidence
// weights too, kept as they are: a new rank feature gets its weight
// without a refit of the others, which has lost on the held-out sets
// for reasons of its own (see replaces).
var rankFeature = -1

// fitRankFeature sets rank weight f of w alone, by lineSearch on the
// rank objective over exs (on the side rankSigns gives it), and returns
// the objective there.
func fitRankFeature(exs []example, w *qa.Weights, f int) float64 {
	return lineSearch(w.Rank[:], f, rankSigns[f], func() float64 { return rankObjective(exs, *w) })
}

// lineStep and lineMax are lineSearch's grid: steps of lineStep up to
// lineMax in size. The fitted evidence weights lie within about ±4
// (focus_unknown's 4.1 the largest in weights.txt), so a new feature's
// weight is sought over the range the others span; a step of 0.05 is
// finer than any fitted weight is written to matter.
const (
	lineStep = 0.05
	lineMax  = 4.0
)

// lineSearch sets ws[i] to the value on the side sign gives it (either
// side for 0), in steps of lineStep up to lineMax in size, that maximises
// obj, the smallest such in size on a tie (0 among them: a feature that
// wins nothing gets no weight), and returns obj there.
func lineSearch(ws []float64, i int, sign float64, obj func() float64) float64 {
	ws[i] = 0
	best, bestV := obj(), 0.0
	for k := 1; k <= lineMax/lineStep; k++ {
		for _, v := range []float64{-float64(k) * lineStep, float64(k) * lineStep} {
			if v*sign < 0 {
				continue
			}
			ws[i] = v
			if o := obj(); o > best+1e-9 {
				best, bestV = o, v
			}
		}
	}
	ws[i] = bestV
	return best
}

// minWins is how much of its objective, summed over the training
// questions, a refit of the rank or the evidence weights must win over the
// weights as they are to replace them: about two questions (a question
// counts 1 for its top passage and 1/3 for its top three in the rank
// objective; an unanswerable one counts unanswerableWeight in the
// evidence objective). A change that wins one question is as likely the
// fit's noise as a better model, and churns answers for nothing.
var minWins = defaultMinWins

// defaultMinWins is minWins unless -min-wins sets it.
const defaultMinWins = 2.0

// only, when "rank" or "evidence", fits those weights alone and keeps the
// others as they are: a new rank feature need not move the evidence
// weights, whose own refit may be the noise minWins guards against.
var only string

// won reports whether an objective averaged over n questions' worth rose
// from before to after by at least minWins of them.
func won(before, after, n float64) bool {
	return (after-before)*n >= minWins-1e-9
}

// replaces reports whether a refit replaces the weights as they are: it
// wins minWins questions' worth of the objective on the n questions it was
// fitted on, and minWins on the checkN held out of the fit too. What holds
// for the questions fitted on holds for those kept out: a win of a
// question or two there is as likely the noise of which questions fell in
// the fifth. A tie on them once passed (at 1801dd8, a ranking refit that
// then lost on every held-out figure but false abstention), then a third
// of a question (with the train6 sets), then 1.7 questions (at e58f1fb):
// each of those refits lost hit1, hit3 and crisp on the held-out sets and
// hit1 on the development questions as people type (0.769 → 0.712).
func replaces(before, after, n, checkBefore, checkAfter, checkN float64) bool {
	return won(before, after, n) && won(checkBefore, checkAfter, checkN)
}

// rankExamples counts the examples the rank objective averages over.
func rankExamples(exs []example) int {
	n := 0
	for _, ex := range exs {
		if !ex.c.Unanswerable && len(ex.x.Candidates) > 0 {
			n++
		}
	}
	return n
}

// validationEvery: one training question in this many (by a hash of its
// wording, so the same ones whatever the order) is kept out of the fit, and
// a refit replaces the weights as they are only when it does no worse on
// those: a refit that wins on the questions it was fitted on can be the
// fit's noise, which questions it never saw tell apart.
const validationEvery = 5

// split parts examples into those fitted on and those a refit is checked on.
func split(exs []example) (fitOn, check []example) {
	return partKeptOut(exs, func(ex example) string { return ex.c.Q })
}

// partKeptOut parts items by their question's wording: those keptOut go
// to check, the rest to fitOn, each in the order given (split's and
// splitAsk's one loop).
func partKeptOut[T any](items []T, question func(T) string) (fitOn, check []T) {
	for _, it := range items {
		if keptOut(question(it)) {
			check = append(check, it)
		} else {
			fitOn = append(fitOn, it)
		}
	}
	return fitOn, check
}

// keptOut reports whether a question, by a hash of its wording, is one of
// those kept out of the fit to check a refit on.
func keptOut(q string) bool {
	h := fnv.New32a()
	h.Write([]byte(q))
	return h.Sum32()%validationEvery == 0
}

func fit(ctx context.Context, engines map[string]*qa.Engine, w qa.Weights, rounds int, out io.Writer) (qa.Weights, error) {
	all, err := explainAll(ctx, engines, training, w)
	if err != nil {
		return w, err
	}
	exs, check := split(all)
	fmt.Fprintf(out, "Training examples: %d fitted on, %d to check a refit on\n", len(exs), len(check))
	orig := w               // the weights as they are, kept unless a refit wins enough
	for i := range w.Rank { // start on the side each weight belongs
		if w.Rank[i]*rankSigns[i] < 0 {
			w.Rank[i] = 0
		}
	}
	for i := range w.Evidence {
		if w.Evidence[i]*evidenceSigns[i] < 0 {
			w.Evidence[i] = 0
		}
	}
	before := rankObjective(exs, orig)
	// coverage anchors the scale: only the ratios of the rank weights matter
	after := before
	if rankFeature >= 0 {
		after = fitRankFeature(exs, &w, rankFeature)
	} else if only != "evidence" && feature < 0 {
		after = ascend(w.Rank[:], rankSigns[:], map[int]bool{0: true}, rounds, func() float64 { return rankObjective(exs, w) })
	}
	checkBefore, checkAfter := rankObjective(check, orig), rankObjective(check, w)
	verdict := "refit"
	if rankFeature >= 0 {
		fmt.Fprintf(out, "rank.%s fitted at %.4g\n", qa.RankFeatures[rankFeature], w.Rank[rankFeature])
	}
	if !replaces(before, after, float64(rankExamples(exs)), checkBefore, checkAfter, float64(rankExamples(check))) {
		w.Rank, verdict = orig.Rank, "kept as they are" // not noise-fitted
	}
	fmt.Fprintf(out, "Ranking objective (hit1 + hit3/3): %.3f → %.3f; on the questions held out of the fit %.3f → %.3f: %s\n", before, after, checkBefore, checkAfter, verdict)
	if only == "rank" && feature < 0 || rankFeature >= 0 {
		fmt.Fprintln(out, "Evidence weights kept as they are (-only rank, or -feature rank.NAME).")
		printWeights(out, w)
		return w, nil
	}
	// the evidence of the best candidate under the new ranking
	if all, err = explainAll(ctx, engines, evidenceSets(), w); err != nil {
		return w, err
	}
	exs, check = split(all)
	asIs := w // this fit's rank weights, the evidence weights as they were
	asIs.Evidence = orig.Evidence
	before = evidenceObjective(exs, asIs)
	if feature >= 0 {
		after = lineSearch(w.Evidence[:], feature, evidenceSigns[feature], func() float64 { return evidenceObjective(exs, w) })
	} else {
		cur := w
		w.Evidence = logistic(exs)
		// then the threshold (the bias) and the rest by coordinate ascent on
		// the balanced accuracy itself; a step function too, so ascent also
		// starts from the weights as they are, and the better end is kept
		after = ascend(w.Evidence[:], evidenceSigns[:], nil, rounds, func() float64 { return evidenceObjective(exs, w) })
		if curAfter := ascend(cur.Evidence[:], evidenceSigns[:], nil, rounds, func() float64 { return evidenceObjective(exs, cur) }); curAfter > after {
			w.Evidence, after = cur.Evidence, curAfter
		}
	}
	checkBefore, checkAfter = evidenceObjective(check, asIs), evidenceObjective(check, w)
	refit := w // the refit, shown on the claim sets whether or not it replaces the weights
	verdict = "refit"
	ans, _, un, _ := tally(exs, w)
	checkAns, _, checkUn, _ := tally(check, w)
	if !replaces(before, after, ans+unanswerableWeight*un, checkBefore, checkAfter, checkAns+unanswerableWeight*checkUn) {
		w.Evidence, verdict = orig.Evidence, "kept as they are"
	}
	fmt.Fprintf(out, "Evidence objective (weighted accuracy): %.3f → %.3f; on the questions held out of the fit %.3f → %.3f: %s\n", before, after, checkBefore, checkAfter, verdict)
	if err := claimCheck(ctx, engines, out, labelled{"evidence as it was", asIs}, labelled{"refit", refit}); err != nil {
		return w, err
	}
	if verdict != "refit" {
		fmt.Fprintln(out, "The evidence refit, not kept:")
		for i, n := range qa.EvidenceFeatures {
			fmt.Fprintf(out, "  evidence.%s %.4g\n", n, refit.Evidence[i])
		}
	}
	printWeights(out, w)
	return w, nil
}

// fitClaims, when set, lets the evidence fit train on the claimSets too
// (the rank fit never does): the training sets hold few near misses of a
// claim, so a feature only those show gets a weight only when they are
// fitted on. They are read sets, written apart from the held-out ones,
// which stay held out.
var fitClaims = true

// evidenceSets are the sets the evidence weights are fitted on: the
// training sets, and the claimSets when fitClaims is set.
func evidenceSets() []set {
	if !fitClaims {
		return training
	}
	return append(slices.Clip(training), claimSets()...)
}

// claimSets are the read sets whose unanswerable questions are near
// misses of a claim ("did X do Y" where X did Z; "what is X" where X is
// only named): yes/no, meta and definition questions. The training sets
// hold few of them, so a feature that only they show is judged there, by
// claimCheck, and fitted on by the evidence fit when fitClaims is set.
func claimSets() []set {
	var out []set
	for _, s := range read {
		if strings.HasPrefix(s.name, "yesno_") || strings.HasPrefix(s.name, "meta_") || strings.HasPrefix(s.name, "defn_") {
			out = append(out, s)
		}
	}
	return out
}

// labelled are evidence weights with a name to print them by.
type labelled struct {
	name string
	w    qa.Weights
}

// claimCheck prints how each of ws decides the claimSets' questions:
// abstain and false abstain, counted, and the evidence objective. It is
// printed and chooses nothing (the fit, with fitClaims, trains on them). Questions answered
// otherwise than by ranking (a routed definition) are not counted. The
// candidates are ranked by the first of ws (the rank weights are the same
// in all).
func claimCheck(ctx context.Context, engines map[string]*qa.Engine, out io.Writer, ws ...labelled) error {
	if len(ws) == 0 {
		return nil
	}
	exs, err := explainAll(ctx, engines, claimSets(), ws[0].w)
	if err != nil {
		return err
	}
	printClaims(out, exs, ws...)
	return nil
}

// printClaims prints, one line each, how each of ws decides exs (the
// claim sets' questions explained): abstain and false abstain, counted,
// and the evidence objective.
func printClaims(out io.Writer, exs []example, ws ...labelled) {
	fmt.Fprintf(out, "On the yes/no, meta and definition sets (read; the evidence fit trains on them: %v):\n", fitClaims)
	for _, v := range ws {
		ans, ansNo, un, unOK := tally(exs, v.w)
		fmt.Fprintf(out, "  %-12s abstain %.0f/%.0f  false abstain %.0f/%.0f  objective %.3f\n", v.name, unOK, un, ansNo, ans, evidenceObjective(exs, v.w))
	}
}

// printWeights writes the weights a fit ends with, indented.
func printWeights(out io.Writer, w qa.Weights) {
	fmt.Fprintln(out, "\nWeights:")
	for _, line := range strings.Split(strings.TrimSpace(w.Format()), "\n") {
		fmt.Fprintln(out, "  "+line)
	}
}

// score runs a set's questions through Ask with w and scores the answers.
func score(ctx context.Context, engines map[string]*qa.Engine, s set, w qa.Weights) (eval.Scores, error) {
	cases, err := eval.ReadCases(testdata + s.file)
	if err != nil {
		return eval.Scores{}, err
	}
	e := engines[s.corpus]
	e.SetWeights(w)
	preds := e.Predictions(ctx, cases)
	sc, _ := eval.Score(cases, preds)
	return sc, nil
}

// thresholdTable prints abstain against false abstain as the evidence
// threshold (the bias) moves, on the training and the held-out sets: the
// trade-off the fitted bias sits on.
func thresholdTable(ctx context.Context, engines map[string]*qa.Engine, w qa.Weights, out io.Writer) error {
	train, err := explainAll(ctx, engines, training, w)
	if err != nil {
		return err
	}
	held, err := explainAll(ctx, engines, heldOut, w)
	if err != nil {
		return err
	}
	fmt.Fprintln(out, "\nAbstention against the threshold (bias shift; 0 is the fitted one):")
	fmt.Fprintln(out, "  shift   train abstain  train false_abstain   held-out abstain  held-out false_abstain")
	for _, shift := range []float64{-1, -0.5, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.5, 1} {
		v := w
		v.Evidence[0] += shift
		ta, tf := rates(train, v)
		ha, hf := rates(held, v)
		fmt.Fprintf(out, "  %+5.2f   %13.3f  %19.3f   %16.3f  %22.3f\n", shift, ta, tf, ha, hf)
	}
	return nil
}

func rates(exs []example, w qa.Weights) (abstain, falseAbstain float64) {
	ans, ansNo, un, unOK := tally(exs, w)
	return unOK / max(un, 1), ansNo / max(ans, 1)
}
