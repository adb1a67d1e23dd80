package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestRun drives each view once and checks it says what it is for.
func TestRun(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"rank", "who refused to deploy troops?"}, []string{"read as:", "coverage", "evidence of the best", "Croatia and the Czech Republic"}},
		{[]string{"quotes"}, []string{"hardest yards"}},
		{[]string{"quote", "hardest yards"}, []string{"hardest yards"}},
		{[]string{"vocab"}, []string{"synonym words are tied to their group"}},
		{[]string{"similar", "Killed", "died", "died", "xqzzv"}, []string{"killed / died: 0.", "died / xqzzv: no vector"}},
		{[]string{"recall", "../../internal/qa/testdata/dev_questions.jsonl"}, []string{"gold at 1 of", ", looked |", "answerable questions ranked by passages: gold first", "reaches gold for", "(looked), its search only for", "(unwritten)"}},
	} {
		var out bytes.Buffer
		if err := run(context.Background(), tc.args, &out); err != nil {
			t.Fatalf("qadebug %v: %v", tc.args, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("qadebug %v: output lacks %q", tc.args, w)
			}
		}
	}
	for _, bad := range [][]string{nil, {"nonsense"}, {"scale", "x"}, {"abstain"}, {"recall"}, {"similar"}, {"similar", "one"}} {
		if err := run(context.Background(), bad, &bytes.Buffer{}); err == nil {
			t.Errorf("qadebug %v: no error; want the usage", bad)
		}
	}
}
