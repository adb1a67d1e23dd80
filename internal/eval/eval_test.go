package eval

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestMatchesScorePy scores a fixture (the development questions as people
// type them and a run's answers) and wants score.py's own figures, saved
// beside it; where python3 and ../shared are at hand it runs score.py too.
func TestMatchesScorePy(t *testing.T) {
	cases, err := ReadCases("testdata/cases.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	preds, err := ReadPredictions("testdata/predictions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	got, _ := Score(cases, preds)
	want, err := os.ReadFile("testdata/score_py.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != strings.TrimSpace(string(want)) {
		t.Errorf("Score = %s; score.py says %s", got, want)
	}
	py, err := exec.LookPath("python3")
	if _, serr := os.Stat("../../../shared/eval/score.py"); err != nil || serr != nil {
		t.Skip("no python3 or ../shared beside the repository: compared with the saved figures only")
	}
	out, err := exec.Command(py, "../../../shared/eval/score.py", "questions", "testdata/cases.jsonl", "testdata/predictions.jsonl").Output()
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != strings.TrimSpace(string(out)) {
		t.Errorf("Score = %s; score.py now says %s", got, out)
	}
}

func TestHas(t *testing.T) {
	tests := []struct {
		text string
		gold any
		want bool
	}{
		{"The UK and France", "uk", true},
		{"Ukraine's allies", "uk", false},
		{"Élysée Palace", "elysee", true},
		{"“not everyone is ready”", `"not everyone`, true},
		{"a US-led force", "us–led", true},
		{"35 countries", []any{"34", "35 countries"}, true},
		{"Sævik said", "sævik", true},
		{"Croatia and the Czech Republic", "czech", true},
		{"a 15‑year guarantee", "15-year", true}, // U+2011, a dash in score.py's range
		{"a 15–year guarantee", "15-year", true},
		{"U.S.-led monitoring", "u.s.-led", true},
		{"President Macron", "macron", true},
		{"", "x", false},
		{"x", "", false},
	}
	for _, tt := range tests {
		if got := Has(tt.text, tt.gold); got != tt.want {
			t.Errorf("Has(%q, %v) = %v; want %v", tt.text, tt.gold, got, tt.want)
		}
	}
}
