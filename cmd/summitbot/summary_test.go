package main

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"
)

// TestSummaryCommand: summary prints 3 to 5 quoted sentences, each with the
// number of a citation that is listed; --json gives them as passages, best
// first, with their articles as sources; a topic narrows it, and a topic no
// article speaks of is "does not say"; an overview question to ask prints
// the same.
func TestSummaryCommand(t *testing.T) {
	cite := regexp.MustCompile(`” \[(\d)\]\n`)
	for _, args := range [][]string{{"summary"}, {"ask", "tldr"}, {"summary", "greenland"}} {
		out, err := runCmd(t, "", args...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		got := cite.FindAllStringSubmatch(out, -1)
		if len(got) < 1 || len(got) > 5 || !strings.HasPrefix(out, "Summary") {
			t.Fatalf("%v printed:\n%s\nwant Summary and 1-5 cited sentences", args, out)
		}
		for _, g := range got {
			if !strings.Contains(out, "\n["+g[1]+"] ") {
				t.Errorf("%v: citation [%s] not listed:\n%s", args, g[1], out)
			}
		}
	}
	out, err := runCmd(t, "", "summary", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var a jsonAnswer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	if !a.Answered || len(a.Passages) < 3 || len(a.Passages) > 5 || len(a.Sources) == 0 {
		t.Errorf("summary --json = %+v; want answered, 3-5 passages, sources", a)
	}
	inOne := false
	for _, p := range a.Passages {
		inOne = inOne || strings.Contains(p.Text, a.Answer)
	}
	if n := len(strings.Fields(a.Answer)); n < 3 || n > 12 || !inOne {
		t.Errorf("summary --json answer %q; want the gist in a line: 3-12 words of one of its sentences", a.Answer)
	}
	for i := 1; i < len(a.Passages); i++ {
		if a.Passages[i].Score > a.Passages[i-1].Score {
			t.Errorf("passages not best first: %v then %v", a.Passages[i-1].Score, a.Passages[i].Score)
		}
	}
	if out, err := runCmd(t, "", "summary", "budget gaming laptops"); err != nil || !strings.Contains(out, "The coverage does not say") {
		t.Errorf("summary budget gaming laptops = %q, %v; want does not say", out, err)
	}
	var ue usageError
	if _, err := runCmd(t, "", "summary", "bad\x01topic"); !errors.As(err, &ue) {
		t.Errorf("summary of control characters: %v; want a usage error", err)
	}
}

// TestListWithoutLine: a list whose items are too long to join in a line
// (the articles' section subheads) is printed under "From the coverage:",
// never under an empty line.
func TestListWithoutLine(t *testing.T) {
	out, err := runCmd(t, "", "ask", "what r the section subheads in the framework article")
	if err != nil {
		t.Fatal(err)
	}
	if first, _, _ := strings.Cut(out, "\n"); strings.TrimSpace(first) == "" {
		t.Errorf("printed:\n%s\nwant a first line that says what follows", out)
	}
}
