package qa

import (
	"context"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/eval"
)

// scoreSet asks every question of a file and scores the answers as
// score.py does.
func scoreSet(t *testing.T, e *Engine, file string) (eval.Scores, []eval.Miss) {
	t.Helper()
	cases, err := eval.ReadCases(file)
	if err != nil {
		t.Fatal(err)
	}
	return eval.Score(cases, e.Predictions(context.Background(), cases))
}

// TestHeldOutSets holds the figures of the sets the weights were not
// fitted on (cmd/fitweights): the development questions as people type
// them (a copy of ../shared/eval/dev_realistic.jsonl), the other
// coverage's questions (../shared/transfer/quake, answered from its
// articles alone, as `--corpus-only` does), and 170 more in the chat style
// on both coverages (fresh4_*.jsonl, written from the articles only), and
// 130 more written at the end of that work and scored once (fresh5_*),
// and 220 more, a third of them unanswerable (fresh6_*), and 220 more
// written for the work after f8f4189, a fifth of them unanswerable, some off
// the subject (fresh7_*), and 300 more written during the work after 3488268
// and first scored at 4922438 (fresh8_*), and 200 more written during the
// work after 4e550f6 and first scored at 69daec0 (fresh9_*), and 200 more
// written during the work after 1967468 and first scored at d1f85e7
// (fresh10_*), and 200 more written during the work after 929ed04 and
// first scored at 50e0df0 (fresh11_*), and 200 more written during the work
// after 2ac0255 and first scored at 0610931 (fresh12_*), and 200 more
// written at the start of the work after 43411e5 and first scored there
// (fresh13_*), and 250 more written at the start of the work after 5393e15
// and first scored there (fresh14_*). The floors are the figures
// reached, less a margin: a regression fails, an improvement raises them.
func TestHeldOutSets(t *testing.T) {
	for _, tc := range []struct {
		name, file       string
		engine           func(testing.TB) *Engine
		hit1, abstain    float64 // at least
		falseAbstainMost float64
	}{
		{"as people type", "testdata/dev_realistic.jsonl", testEngine, 0.58, 0.55, 0.08},
		{"other coverage", "testdata/quake/questions.jsonl", quakeEngine, 0.8, 0.8, 0.1}, // the targets on another coverage, met
		{"as people type, fresh4", "testdata/fresh4_summit.jsonl", testEngine, 0.58, 0.8, 0.1},
		{"other coverage, fresh4", "testdata/fresh4_quake.jsonl", quakeEngine, 0.62, 0.5, 0.19},
		{"as people type, fresh5", "testdata/fresh5_summit.jsonl", testEngine, 0.62, 0.65, 0.1},
		{"other coverage, fresh5", "testdata/fresh5_quake.jsonl", quakeEngine, 0.5, 0.5, 0.21},
		{"as people type, fresh6", "testdata/fresh6_summit.jsonl", testEngine, 0.51, 0.55, 0.21},
		{"other coverage, fresh6", "testdata/fresh6_quake.jsonl", quakeEngine, 0.47, 0.52, 0.17},
		{"as people type, fresh7", "testdata/fresh7_summit.jsonl", testEngine, 0.62, 0.5, 0.1},
		{"other coverage, fresh7", "testdata/fresh7_quake.jsonl", quakeEngine, 0.55, 0.41, 0.27},
		{"as people type, fresh8", "testdata/fresh8_summit.jsonl", testEngine, 0.6, 0.67, 0.12},
		{"other coverage, fresh8", "testdata/fresh8_quake.jsonl", quakeEngine, 0.6, 0.5, 0.16},
		{"as people type, fresh9", "testdata/fresh9_summit.jsonl", testEngine, 0.62, 0.73, 0.08},
		{"other coverage, fresh9", "testdata/fresh9_quake.jsonl", quakeEngine, 0.58, 0.53, 0.18},
		{"as people type, fresh10", "testdata/fresh10_summit.jsonl", testEngine, 0.5, 0.8, 0.15},
		{"other coverage, fresh10", "testdata/fresh10_quake.jsonl", quakeEngine, 0.59, 0.6, 0.19},
		{"as people type, fresh11", "testdata/fresh11_summit.jsonl", testEngine, 0.5, 0.73, 0.13},
		{"other coverage, fresh11", "testdata/fresh11_quake.jsonl", quakeEngine, 0.64, 0.53, 0.15},
		{"as people type, fresh12", "testdata/fresh12_summit.jsonl", testEngine, 0.52, 0.6, 0.14},
		{"other coverage, fresh12", "testdata/fresh12_quake.jsonl", quakeEngine, 0.63, 0.46, 0.17},
		{"as people type, fresh13", "testdata/fresh13_summit.jsonl", testEngine, 0.72, 0.85, 0.07},
		{"other coverage, fresh13", "testdata/fresh13_quake.jsonl", quakeEngine, 0.72, 0.6, 0.12},
		{"as people type, fresh14", "testdata/fresh14_summit.jsonl", testEngine, 0.64, 0.64, 0.1},
		{"other coverage, fresh14", "testdata/fresh14_quake.jsonl", quakeEngine, 0.66, 0.68, 0.12},
	} {
		got, misses := scoreSet(t, tc.engine(t), tc.file)
		t.Logf("%s: %s", tc.name, got)
		if testing.Verbose() {
			for _, m := range misses {
				t.Logf("miss %s %q: %.100s", m.Case.ID, m.Case.Q, m.Why)
			}
		}
		if got.Hit1 < tc.hit1 || got.Abstain < tc.abstain || got.FalseAbstain > tc.falseAbstainMost {
			t.Errorf("%s: hit1 %.3f abstain %.3f false_abstain %.3f; want ≥ %.2f, ≥ %.2f, ≤ %.2f",
				tc.name, got.Hit1, got.Abstain, got.FalseAbstain, tc.hit1, tc.abstain, tc.falseAbstainMost)
		}
	}
}

// TestOwnCoverages holds the figures of six small coverages of events of
// other kinds, articles and questions written by helpers from the articles
// only during the work after 9b638ee (testdata/tram: a council's tram vote,
// 3 articles; testdata/ship: a ship aground in a canal, 4 articles; 80
// questions each, 15 unanswerable): development sets whose failures are
// read, not fitted on (fitting the evidence weights on them moved the
// held-out figures along the same trade-off). First scored at bd2ee38:
// tram hit1 0.538, abstain 0.6, false abstain 0.262; ship 0.446, 0.4,
// 0.246. Two more, written the same way during the work after 656b7e7
// (testdata/hospital: a ransomware attack on a hospital trust, 4
// articles; testdata/wildfire: a wildfire and its evacuations, 4
// articles; 80 questions each, 15 unanswerable; meta golds written as
// "published: 2026-05-18" cut to the value), are held out: their failures
// are not read. First scored at 656b7e7 (5dcf3d6 the same): hospital hit1 0.631, abstain
// 0.667, false abstain 0.2; wildfire 0.492, 0.4, 0.154. Two more, written
// the same way during the work after 0353a12 and read like tram and ship
// (testdata/strike: a dock strike; testdata/flood: a river flood and a
// dam's release; 4 articles each, 80 questions each, 12 unanswerable),
// first scored at b165e31: strike hit1 0.5, abstain 0.417, false abstain
// 0.118; flood 0.441, 0.75, 0.162. The floors are the figures reached,
// less a margin.
func TestOwnCoverages(t *testing.T) {
	for _, tc := range []struct {
		name                            string
		hit1, abstain, falseAbstainMost float64
	}{
		{"tram", 0.5, 0.55, 0.28},
		{"ship", 0.42, 0.35, 0.26},
		{"hospital", 0.6, 0.6, 0.23},
		{"wildfire", 0.45, 0.3, 0.2},
		{"strike", 0.45, 0.35, 0.16},
		{"flood", 0.4, 0.7, 0.2},
	} {
		c, _, err := corpus.Dir("testdata/"+tc.name+"/articles", corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got, _ := scoreSet(t, engineOver(t, c), "testdata/"+tc.name+"/questions.jsonl")
		t.Logf("%s: %s", tc.name, got)
		if got.Hit1 < tc.hit1 || got.Abstain < tc.abstain || got.FalseAbstain > tc.falseAbstainMost {
			t.Errorf("%s: hit1 %.3f abstain %.3f false_abstain %.3f; want ≥ %.2f, ≥ %.2f, ≤ %.2f",
				tc.name, got.Hit1, got.Abstain, got.FalseAbstain, tc.hit1, tc.abstain, tc.falseAbstainMost)
		}
	}
}
