package qa

import (
	"slices"
	"strings"
	"testing"
)

func TestWeightsRoundTrip(t *testing.T) {
	w := DefaultWeights()
	back, err := ParseWeights(w.Format())
	if err != nil {
		t.Fatal(err)
	}
	if back != w {
		t.Errorf("ParseWeights(Format()) = %v; want %v", back, w)
	}
	for _, bad := range []string{
		strings.Replace(w.Format(), "rank.coverage", "rank.covfefe", 1),    // unknown feature
		strings.Replace(w.Format(), "evidence.bias", "# evidence.bias", 1), // missing feature
		"rank.coverage x\n",  // not a number
		"other.coverage 1\n", // unknown group
		"rank.coverage\n",    // no value
	} {
		if _, err := ParseWeights(bad); err == nil {
			t.Errorf("ParseWeights(%.40q…): no error", bad)
		}
	}
}

// TestReadWeights: a feature the text lacks (a new one, before the fit
// first writes its line) reads as 0 and is named; ParseWeights refuses
// such a text, and neither accepts a name the code does not define.
func TestReadWeights(t *testing.T) {
	w := DefaultWeights()
	w.Evidence[eBias], w.Rank[fLead] = 0.5, -0.25
	for _, tc := range []struct {
		name        string
		drop        []string // lines taken out of w.Format()
		wantMissing []string
	}{
		{"every line", nil, nil},
		{"an evidence feature", []string{"evidence.bias"}, []string{"evidence.bias"}},
		{"a rank and an evidence feature", []string{"evidence.bias", "rank.lead"}, []string{"rank.lead", "evidence.bias"}},
	} {
		var lines []string
		for _, l := range strings.Split(w.Format(), "\n") {
			if name, _, _ := strings.Cut(l, " "); !slices.Contains(tc.drop, name) {
				lines = append(lines, l)
			}
		}
		text := strings.Join(lines, "\n")
		got, missing, err := ReadWeights(text)
		if err != nil {
			t.Fatalf("%s: ReadWeights: %v", tc.name, err)
		}
		want := w
		for _, n := range tc.drop {
			group, name, _ := strings.Cut(n, ".")
			if group == "rank" {
				want.Rank[slices.Index(RankFeatures[:], name)] = 0
			} else {
				want.Evidence[slices.Index(EvidenceFeatures[:], name)] = 0
			}
		}
		if got != want || !slices.Equal(missing, tc.wantMissing) {
			t.Errorf("%s: ReadWeights = %v, missing %q; want %v, missing %q", tc.name, got, missing, want, tc.wantMissing)
		}
		if _, err := ParseWeights(text); (err != nil) != (len(tc.drop) > 0) {
			t.Errorf("%s: ParseWeights error %v; want one only when a line is missing", tc.name, err)
		}
	}
	// a line given twice, or a weight that is no finite number, is refused
	// (re-read 24B F7: the later line won, and NaN made every fit rewrite)
	for _, bad := range []string{"evidence.bias 1\nevidence.bias 2\n", "evidence.bias NaN\n", "rank.lead +Inf\n"} {
		if _, _, err := ReadWeights(bad); err == nil {
			t.Errorf("ReadWeights(%q): no error; want one", bad)
		}
	}
	if _, _, err := ReadWeights("evidence.nope 1\n"); err == nil {
		t.Error(`ReadWeights("evidence.nope 1"): no error; want one for a feature the code does not define`)
	}
}

// TestWeightsFileComplete: weights.txt, which the engine reads, has a
// line for every feature the code defines (the engine would weigh one it
// lacks at 0): a new feature's line is written by `fitweights` when a fit
// changes a weight (at its fitted weight, or 0), never by hand; a feature no
// fit keeps is dropped from weights.go.
func TestWeightsFileComplete(t *testing.T) {
	if _, missing, err := ReadWeights(weightsData); err != nil || len(missing) > 0 {
		t.Errorf("weights.txt: error %v, lacks %q; want a line for every feature (run `go run ./cmd/fitweights -feature NAME`; drop a feature no fit keeps from weights.go)", err, missing)
	}
}
