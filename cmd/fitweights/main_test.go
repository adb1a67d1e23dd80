package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/internal/eval"
	"github.com/summitbot/summitbot/internal/qa"
)

// TestAscend: coordinate ascent finds a concave objective's top, keeps a
// fixed weight, and keeps each weight on the side its sign gives it.
func TestAscend(t *testing.T) {
	ws := []float64{0, 0, 5}
	signs := []float64{1, -1, 0}
	obj := func() float64 {
		// best at 0.7, 0.4, 0: the second's best is on the wrong side
		return -math.Pow(ws[0]-0.7, 2) - math.Pow(ws[1]-0.4, 2) - math.Pow(ws[2], 2)
	}
	ascend(ws, signs, map[int]bool{2: true}, 20, obj)
	if math.Abs(ws[0]-0.7) > 0.03 {
		t.Errorf("ws[0] = %.3f; want 0.7", ws[0])
	}
	if ws[1] > 0 {
		t.Errorf("ws[1] = %.3f; want at most 0 (its sign)", ws[1])
	}
	if ws[2] != 5 {
		t.Errorf("ws[2] = %v; want 5 (fixed)", ws[2])
	}
}

// TestSigns: every feature, rank and evidence, has its sign given by name.
func TestSigns(t *testing.T) {
	for _, tc := range []struct {
		names []string
		signs []float64
	}{{qa.RankFeatures[:], rankSigns}, {qa.EvidenceFeatures[:], evidenceSigns}} {
		if len(tc.signs) != len(tc.names) {
			t.Fatalf("%d signs for %d features", len(tc.signs), len(tc.names))
		}
		for i, s := range tc.signs {
			if s != -1 && s != 0 && s != 1 {
				t.Errorf("feature %q has no sign (%v): give it one in main.go", tc.names[i], s)
			}
		}
	}
}

// TestWon: a refit replaces the weights only when it wins minWins
// questions' worth or more of the objective, not one.
func TestWon(t *testing.T) {
	for _, tc := range []struct {
		before, after, n float64
		want             bool
	}{
		{0.5, 0.5 + 1.0/100, 100, false}, // one question of a hundred
		{0.5, 0.5 + 2.0/100, 100, true},  // two
		{0.5, 0.49, 100, false},
	} {
		if got := won(tc.before, tc.after, tc.n); got != tc.want {
			t.Errorf("won(%v, %v, %v) = %v; want %v", tc.before, tc.after, tc.n, got, tc.want)
		}
	}
}

// TestReplaces: a refit that wins enough on the questions it was fitted
// on replaces the weights only when it also wins minWins questions' worth
// on those held out of the fit; a tie or a question or so there does not.
func TestReplaces(t *testing.T) {
	for _, tc := range []struct {
		before, after, n, checkBefore, checkAfter, checkN float64
		want                                              bool
	}{
		{0.5, 0.52, 100, 0.6, 0.64, 50, true},   // won two questions held out
		{0.5, 0.52, 100, 0.6, 0.62, 50, false},  // one question held out: the fifth's noise
		{0.5, 0.52, 100, 0.6, 0.6, 50, false},   // a tie held out
		{0.5, 0.52, 100, 0.6, 0.605, 50, false}, // a quarter of a question held out
		{0.5, 0.52, 100, 0.6, 0.59, 50, false},  // lost held out: the fit's noise
		{0.5, 0.51, 100, 0.6, 0.7, 50, false},   // one question won on the fit: too little
	} {
		if got := replaces(tc.before, tc.after, tc.n, tc.checkBefore, tc.checkAfter, tc.checkN); got != tc.want {
			t.Errorf("replaces(%v) = %v; want %v", tc, got, tc.want)
		}
	}
}

// TestSplit: a question is held out of the fit by its wording alone,
// whatever the order of the examples, one in about validationEvery.
func TestSplit(t *testing.T) {
	var exs []example
	for i := range 1000 {
		var ex example
		ex.c.Q = fmt.Sprintf("question number %d", i)
		exs = append(exs, ex)
	}
	_, check := split(exs)
	if n := len(check); n < 1000/validationEvery*3/4 || n > 1000/validationEvery*5/4 {
		t.Errorf("%d of 1000 held out; want about %d", n, 1000/validationEvery)
	}
	reversed := slices.Clone(exs)
	slices.Reverse(reversed)
	_, again := split(reversed)
	held := map[string]bool{}
	for _, ex := range check {
		held[ex.c.Q] = true
	}
	for _, ex := range again {
		if !held[ex.c.Q] {
			t.Fatalf("%q held out in one order, not the other", ex.c.Q)
		}
	}
	if len(again) != len(check) {
		t.Errorf("%d held out reversed, %d in order", len(again), len(check))
	}
}

// TestOnlyFlag: -only takes rank or evidence, and refuses anything else
// before any work.
func TestOnlyFlag(t *testing.T) {
	defer func() { only = "" }()
	var out strings.Builder
	if err := run(context.Background(), []string{"-only", "weights"}, &out, io.Discard); err == nil || !strings.Contains(err.Error(), "rank or evidence") {
		t.Errorf("-only weights: %v; want an error naming rank or evidence", err)
	}
}

// TestUsageOutput: the usage -help asks for goes where the report goes;
// a bad flag's usage goes to the error output, never into a report
// redirected to a file.
func TestUsageOutput(t *testing.T) {
	defer func() { only, feature, rankFeature, objective = "", -1, -1, "rank" }()
	for _, tc := range []struct {
		args   []string
		toOut  bool // the usage in out, else in errOut
		errSay string
	}{
		{[]string{"-help"}, true, "help requested"},
		{[]string{"-nope"}, false, "-nope"},
		{[]string{"-rounds", "many"}, false, "-rounds"},
	} {
		var out, errOut strings.Builder
		err := run(context.Background(), tc.args, &out, &errOut)
		if err == nil || !strings.Contains(err.Error(), tc.errSay) {
			t.Errorf("run(%q) = %v; want an error saying %q", tc.args, err, tc.errSay)
		}
		usage, other := &errOut, &out
		if tc.toOut {
			usage, other = &out, &errOut
		}
		if !strings.Contains(usage.String(), "-report") || other.Len() != 0 {
			t.Errorf("run(%q): out %q, error output %q; want the usage only in the %s", tc.args, out.String(), errOut.String(), map[bool]string{true: "out", false: "error output"}[tc.toOut])
		}
	}
}

// TestMain runs the command's main instead of the tests when
// TestMainExit starts this test binary with FITWEIGHTS_RUN_MAIN set.
func TestMain(m *testing.M) {
	if os.Getenv("FITWEIGHTS_RUN_MAIN") != "" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestMainExit: the command itself exits 0 on -help with only the usage,
// on stdout; on a bad flag exits 2 with the flag's error once and the
// usage, on stderr; on any other error exits 1 with the error once.
func TestMainExit(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		code  int
		say   string // on stderr once; "" for -help: stderr empty, the usage on stdout
		usage bool   // the usage on stderr
	}{
		{[]string{"-help"}, 0, "", false},
		{[]string{"-nope"}, 2, "flag provided but not defined: -nope", true},
		{[]string{"-rounds", "many"}, 2, `invalid value "many" for flag -rounds`, true},
		{[]string{"-only", "weights"}, 1, "want rank or evidence", false},
	} {
		cmd := exec.Command(os.Args[0], tc.args...)
		cmd.Env = append(os.Environ(), "FITWEIGHTS_RUN_MAIN=1")
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		code := 0
		if err := cmd.Run(); err != nil {
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatal(err)
			}
			code = ee.ExitCode()
		}
		ok := code == tc.code
		if tc.say == "" {
			ok = ok && strings.Contains(stdout.String(), "-report") && stderr.Len() == 0
		} else {
			ok = ok && stdout.Len() == 0 && strings.Count(stderr.String(), tc.say) == 1 && strings.Contains(stderr.String(), "-report") == tc.usage
		}
		if !ok {
			t.Errorf("fitweights %q: exit %d, stdout %q, stderr %q; want exit %d, %q once on stderr, the usage on stderr %v",
				tc.args, code, stdout.String(), stderr.String(), tc.code, tc.say, tc.usage)
		}
	}
}

// TestFeatureFlag: -feature takes an evidence feature other than bias
// (a name the code does not define refused as such) and
// refuses -only rank, which keeps the evidence weights, before any work;
// and no run leaves its mode to the next one in the same process.
func TestFeatureFlag(t *testing.T) {
	defer func() { only, feature, rankFeature, fitClaims = "", -1, -1, true }()
	for _, tc := range []struct {
		args []string
		want string // in the error
	}{
		{[]string{"-feature", "bias"}, "evidence feature"},
		{[]string{"-feature", "nope"}, `defines no evidence feature "nope"`},
		{[]string{"-feature", qa.EvidenceFeatures[1], "-only", "rank"}, "-only rank"},
		{[]string{"-only", "rank", "-feature", qa.EvidenceFeatures[1]}, "-only rank"},
		// a rank weight: not coverage, which anchors the scale, nor a
		// name of no rank feature, nor with -only evidence
		{[]string{"-feature", "rank.coverage"}, "rank feature other than coverage"},
		{[]string{"-feature", "rank.nope"}, `defines no rank feature "nope"`},
		{[]string{"-feature", "rank." + qa.RankFeatures[1], "-only", "evidence"}, "-only evidence"},
	} {
		var out strings.Builder
		if err := run(context.Background(), tc.args, &out, io.Discard); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("run(%q) = %v; want an error saying %q", tc.args, err, tc.want)
		}
	}
	// a run starts from the flags' defaults, whatever the run before it
	// left (set here by hand: every run above stops before it sets them)
	var out strings.Builder
	feature, rankFeature, fitClaims, minWins = 1, 1, false, defaultMinWins+3
	_ = run(context.Background(), []string{"-only", "nope"}, &out, io.Discard)
	if feature != -1 || rankFeature != -1 || !fitClaims || minWins != defaultMinWins {
		t.Errorf("after runs: feature %d, rankFeature %d, fitClaims %v, minWins %v; want -1, -1, true, %v (the defaults)", feature, rankFeature, fitClaims, minWins, defaultMinWins)
	}
}

// TestClaimSets: the claim check reads only read sets, never a training
// or held-out one, and prints for each weighting its own tally of the
// questions: an unanswerable one declined by a rule or by its evidence
// counts as abstained, an answerable one so declined as falsely.
func TestClaimSets(t *testing.T) {
	for _, s := range claimSets() {
		if !slices.Contains(read, s) {
			t.Errorf("claimSets holds %q, which is no read set", s.name)
		}
	}
	strong := qa.Explanation{Candidates: make([]qa.Candidate, 1)}
	strong.Evidence[0] = 1
	declined := strong
	declined.Declined = "a rule"
	exs := []example{
		{c: eval.Case{}, x: strong},
		{c: eval.Case{Unanswerable: true}, x: strong},
		{c: eval.Case{Unanswerable: true}, x: declined},
	}
	var yes, no qa.Weights
	yes.Evidence[0], no.Evidence[0] = 1, -1
	var out strings.Builder
	printClaims(&out, exs, labelled{"answers", yes}, labelled{"declines", no})
	for _, want := range []string{
		fmt.Sprintf("answers      abstain 1/2  false abstain 0/1  objective %.3f", (1+unanswerableWeight)/(1+2*unanswerableWeight)),
		fmt.Sprintf("declines     abstain 2/2  false abstain 1/1  objective %.3f", (2*unanswerableWeight)/(1+2*unanswerableWeight)),
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("printClaims printed\n%s\nwant a line %q", out.String(), want)
		}
	}
}

// TestEvidenceSets: the evidence fit trains on the training sets and, with
// fitClaims, the claim sets too; never on a held-out set, and the training
// list itself is left as it was.
func TestEvidenceSets(t *testing.T) {
	defer func(v bool) { fitClaims = v }(fitClaims)
	n := len(training)
	for _, claims := range []bool{false, true} {
		fitClaims = claims
		got := evidenceSets()
		want := n
		if claims {
			want += len(claimSets())
		}
		if len(got) != want {
			t.Errorf("evidenceSets() with fitClaims %v holds %d sets; want %d", claims, len(got), want)
		}
		for _, s := range got {
			if slices.Contains(heldOut, s) {
				t.Errorf("evidenceSets() holds the held-out set %q", s.name)
			}
		}
		if len(training) != n {
			t.Errorf("evidenceSets() changed training: %d sets; want %d", len(training), n)
		}
	}
}

// TestLineSearch: the one weight goes where the objective is best, on
// its sign's side only, the smallest in size on a tie, and 0 when nothing
// beats it.
func TestLineSearch(t *testing.T) {
	peak := func(at float64) func(ws []float64) float64 {
		return func(ws []float64) float64 { return -math.Abs(ws[1] - at) }
	}
	plateau := func(ws []float64) float64 { // flat from -1 down
		return math.Min(1, -ws[1])
	}
	for _, tc := range []struct {
		name string
		sign float64
		obj  func(ws []float64) float64
		want float64
	}{
		{"a penalty at -1.5", -1, peak(-1.5), -1.5},
		{"a penalty asked to be a bonus", -1, peak(2), 0},
		{"either side", 0, peak(0.75), 0.75},
		{"a plateau: the smallest", -1, plateau, -1},
	} {
		ws := []float64{0.3, 9, 0.7}
		got := lineSearch(ws, 1, tc.sign, func() float64 { return tc.obj(ws) })
		if math.Abs(ws[1]-tc.want) > 1e-9 || ws[0] != 0.3 || ws[2] != 0.7 {
			t.Errorf("%s: lineSearch set %v; want [0.3 %v 0.7]", tc.name, ws, tc.want)
		}
		if want := tc.obj(ws); got != want {
			t.Errorf("%s: lineSearch = %v; want the objective there, %v", tc.name, got, want)
		}
	}
}

// TestFitRankFeature: -feature rank.NAME moves that one rank weight, on
// its sign's side, to where the rank objective is best, and no other: a
// feature that puts the gold passage first gets the least weight that
// does so; a penalty the gold passage carries stays at 0.
func TestFitRankFeature(t *testing.T) {
	align := slices.Index(qa.RankFeatures[:], "align")
	asks := slices.Index(qa.RankFeatures[:], "asks_question")
	if align < 0 || asks < 0 {
		t.Fatal("no align or asks_question rank feature")
	}
	// two candidates: the first matches more of the question, the second
	// (gold) is nearer in meaning and is itself a question
	var top, gold qa.Candidate
	top.Features[0], gold.Features[0] = 1, 0.9
	gold.Features[align], gold.Features[asks] = 1, 1
	ex := example{x: qa.Explanation{Candidates: []qa.Candidate{top, gold}}, good: []bool{false, true}}
	exs := []example{ex, ex}
	for _, tc := range []struct {
		name    string
		f       int
		want    float64 // the weight fitted
		wantObj float64
	}{
		{"a bonus the gold passage holds", align, 0.15, 4.0 / 3},
		{"a penalty the gold passage carries", asks, 0, 1.0 / 3},
	} {
		var w qa.Weights
		w.Rank[0] = 1
		w.Rank[tc.f] = 0.7 // replaced by the fit
		got := fitRankFeature(exs, &w, tc.f)
		if math.Abs(w.Rank[tc.f]-tc.want) > 1e-9 || math.Abs(got-tc.wantObj) > 1e-9 {
			t.Errorf("%s: weight %v, objective %v; want %v, %v", tc.name, w.Rank[tc.f], got, tc.want, tc.wantObj)
		}
		for i, v := range w.Rank {
			want := 0.0 // as set above: coverage 1, the rest 0
			if i == 0 {
				want = 1
			}
			if i != tc.f && v != want {
				t.Errorf("%s: rank weight %s moved to %v; want %v", tc.name, qa.RankFeatures[i], v, want)
			}
		}
	}
}

// TestWeightsFile: a feature the weights file lacks (one the code defines
// and no fit has weighed yet) starts at 0; a fit that keeps every weight
// leaves the file untouched, without its line; one that gives it a weight
// writes the file whole, that line too.
func TestWeightsFile(t *testing.T) {
	last := len(qa.EvidenceFeatures) - 1
	lacking := "evidence." + qa.EvidenceFeatures[last]
	def := qa.DefaultWeights()
	def.Evidence[last] = -0.7 // whatever the real file says: the line is dropped below
	var lines []string
	for _, l := range strings.Split("# a comment\n"+def.Format(), "\n") {
		if !strings.HasPrefix(l, lacking+" ") {
			lines = append(lines, l)
		}
	}
	text := strings.Join(lines, "\n")
	path := filepath.Join(t.TempDir(), "weights.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	asRead, missing, err := readWeights(path)
	if err != nil || !slices.Equal(missing, []string{lacking}) || asRead.Evidence[last] != 0 {
		t.Fatalf("readWeights: error %v, missing %q, %s %v; want no error, missing [%q], at 0", err, missing, lacking, asRead.Evidence[last], lacking)
	}
	// refused: the weights as read
	if wrote, err := writeWeights(path, asRead, asRead); wrote || err != nil {
		t.Errorf("writeWeights(the weights as read) = %v, %v; want false, nil", wrote, err)
	}
	if got, _ := os.ReadFile(path); string(got) != text {
		t.Errorf("a fit that kept every weight rewrote the file:\n%s", got)
	}
	// kept: the new feature at a weight, the others as they were
	fitted := asRead
	fitted.Evidence[last] = -0.35
	if wrote, err := writeWeights(path, asRead, fitted); !wrote || err != nil {
		t.Errorf("writeWeights(a weight for %s) = %v, %v; want true, nil", lacking, wrote, err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if back, err := qa.ParseWeights(string(got)); err != nil || back != fitted {
		t.Errorf("the file written reads back as %v, %v; want every line, %v", back, err, fitted)
	}
	// a feature the code does not define is refused, not read as new
	if err := os.WriteFile(path, []byte(text+"evidence.nope 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := readWeights(path); err == nil {
		t.Error("readWeights of a file naming evidence.nope: no error")
	}
}
