package main

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// TestAskAfter reads a follow-up after the previous question, in text and
// JSON, and says how it was read.
func TestAskAfter(t *testing.T) {
	out, err := runCmd(t, "", "ask", "--after", "did Croatia send troops?", "and germany?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "Read as: did germany send troops") || !strings.Contains(out, "German") {
		t.Errorf("ask --after = %q; want it read as a question about Germany, answered from the coverage", out)
	}
	out, err = runCmd(t, "", "ask", "--json", "and germany?", "--after=did Croatia send troops?")
	if err != nil {
		t.Fatal(err)
	}
	var a jsonAnswer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	if a.Question != "and germany?" || !strings.Contains(a.ReadAs, "germany") || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "German") {
		t.Errorf("ask --json --after = %+v; want the typed question, how it was read and a passage on Germany", a)
	}
	// a question standing on its own is answered as typed
	out, _ = runCmd(t, "", "ask", "--json", "--after", "what did Macron say?", "who refused to deploy troops?")
	if strings.Contains(out, "read_as") || !strings.Contains(out, "Croatia and the Czech Republic") {
		t.Errorf("standalone follow-up = %s; want it answered as typed", out)
	}
	var ue usageError
	if _, err := runCmd(t, "", "ask", "why?", "--after"); !errors.As(err, &ue) {
		t.Errorf("ask --after with no value: %v; want a usage error", err)
	}
}

// TestCheck checks claims: one the coverage supports, one it gives another
// date for, one it does not cover, and input it cannot take.
func TestCheck(t *testing.T) {
	for _, c := range []struct{ claim, verdict, holds string }{
		{"35 countries attended the summit", "supported", "representatives of 35 countries"},
		{"the paris meeting was on january 8", "differs", "6 January 2026"},
		{"the pope visited Paris", "not_covered", ""},
	} {
		out, err := runCmd(t, "", "check", "--json", c.claim)
		if err != nil {
			t.Fatalf("check %q: %v", c.claim, err)
		}
		var j jsonCheck
		if err := json.Unmarshal([]byte(out), &j); err != nil {
			t.Fatal(err)
		}
		all := append(append([]jsonPassage(nil), j.Supporting...), j.Differing...)
		if j.Verdict != c.verdict || c.holds != "" && (len(all) == 0 || !strings.Contains(all[0].Text, c.holds)) {
			t.Errorf("check %q = %s; want %s with a passage holding %q", c.claim, out, c.verdict, c.holds)
		}
	}
	out, err := runCmd(t, "", "check", "the paris meeting was on january 8")
	if err != nil || !strings.HasPrefix(out, "The coverage gives something different.") || !strings.Contains(out, "Sources differ:") {
		t.Errorf("check (text) = %q, %v; want the verdict first and where the sources differ", out, err)
	}
	var ue usageError
	if _, err := runCmd(t, "", "check", "--json", "  "); !errors.As(err, &ue) {
		t.Errorf("check of white space: %v; want a usage error", err)
	}
	out, err = runCmd(t, "35 countries attended the summit\n\x00\n", "check", "--json", "-")
	if err != nil || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"error"`) {
		t.Errorf("check - = %q, %v; want one line a claim, the bad one with an error", out, err)
	}
}

// TestCheckStdinFailureGoesOn: a claim that fails with more than bad input
// (here, the run's deadline passed) gets its line, with the error, and the
// claims after it are still read; the run then reports the failures.
func TestCheckStdinFailureGoesOn(t *testing.T) {
	lines, err := runCancelled(t, "35 countries attended the summit\nCroatia refused to deploy troops\n", "check", "--json", "-")
	if err == nil || !strings.Contains(err.Error(), "2 claim(s)") {
		t.Errorf("error %v; want it to count the two claims that failed", err)
	}
	for i, l := range lines {
		var c jsonCheck
		if err := json.Unmarshal([]byte(l), &c); err != nil || c.Error == "" {
			t.Errorf("line %d = %s (%v); want the claim's record with its error", i, l, err)
		}
	}
}
