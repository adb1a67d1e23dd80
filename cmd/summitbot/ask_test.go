package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func runCmd(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	err := run(context.Background(), args, func(string) string { return "" }, strings.NewReader(stdin), &out)
	return out.String(), err
}

// TestAskJSONContract checks the machine format field by field and in
// order, as ../shared/eval/README.md fixes it.
func TestAskJSONContract(t *testing.T) {
	out, err := runCmd(t, "", "ask", "--json", "who refused to deploy troops?")
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	dec := json.NewDecoder(strings.NewReader(out))
	dec.Token() // {
	for dec.More() {
		k, _ := dec.Token()
		keys = append(keys, k.(string))
		var skip json.RawMessage
		dec.Decode(&skip)
	}
	if got, want := strings.Join(keys, ","), "question,answered,answer,passages,sources"; got != want {
		t.Errorf("keys = %s; want %s", got, want)
	}
	var a jsonAnswer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	if !a.Answered || a.Answer != "Croatia and the Czech Republic" || len(a.Passages) == 0 || len(a.Passages) > 5 {
		t.Fatalf("ask --json = %+v; want answered, Croatia and the Czech Republic, 1–5 passages", a)
	}
	p := a.Passages[0]
	if p.Doc != "us-backs-guarantees" || !strings.Contains(p.Text, "would not deploy troops") || len(p.Text) > 450 || p.Title == "" {
		t.Errorf("passage = %+v", p)
	}
	if len(a.Sources) == 0 || a.Sources[0] != "us-backs-guarantees" {
		t.Errorf("sources = %v; want us-backs-guarantees first", a.Sources)
	}
}

// TestAskStdin: "-" reads one question a line and prints one object a
// line, in order, bad lines included.
func TestAskStdin(t *testing.T) {
	in := "who refused to deploy troops?\n\nWhat is the population of India?\n?!\n"
	out, err := runCmd(t, in, "ask", "--json", "-")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines; want 4:\n%s", len(lines), out)
	}
	for i, want := range []struct {
		answered bool
		err      bool
	}{{true, false}, {false, true}, {false, false}, {false, true}} {
		var a jsonAnswer
		if err := json.Unmarshal([]byte(lines[i]), &a); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if a.Answered != want.answered || (a.Error != "") != want.err {
			t.Errorf("line %d = %+v; want answered %v, error %v", i, a, want.answered, want.err)
		}
	}
}

// TestAskText: the short answer first, the passage with the answer marked,
// citations; plain (no ANSI) when not a terminal; abstention said plainly.
func TestAskText(t *testing.T) {
	out, err := runCmd(t, "", "ask", "who", "refused", "to", "deploy", "troops?")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Croatia and the Czech Republic\n", "**Croatia and the Czech Republic** said they would not deploy troops", "[1] "} {
		if !strings.Contains(out, want) {
			t.Errorf("ask output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("piped output holds ANSI escapes:\n%q", out)
	}
	out, err = runCmd(t, "", "ask", "How many fighter jets will Sweden send?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "The coverage does not say.") || !strings.Contains(out, "Nearest miss (not an answer)") {
		t.Errorf("abstention output:\n%s", out)
	}
}

// TestAskSmallTalk: a greeting, thanks, a question about the program or a
// task it does not do gets a reply in kind, not a passage.
func TestAskSmallTalk(t *testing.T) {
	for question, want := range map[string]string{"hi": "Hello! I answer questions", "thx!": "You're welcome.", "who r u": "I answer questions",
		"write me a poem about the summit": "That is not something I do. I answer questions"} {
		out, err := runCmd(t, "", "ask", question)
		if err != nil || !strings.HasPrefix(out, want) || strings.Contains(out, "[1]") {
			t.Errorf("ask %q: %v\n%s\nwant it to open with %q and cite nothing", question, err, out, want)
		}
	}
}

// TestUsageErrors: bad calls and bad questions are usage errors (exit 2)
// with one clear line.
func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{}, {"frobnicate"}, {"ask"}, {"ask", "   "}, {"ask", "\xff\xfe"}, {"ask", strings.Repeat("why ", 30000)},
		{"ask", "--nope", "x"}, {"quote"}, {"quote", "--speaker"}, {"sources", "extra"},
	} {
		_, err := runCmd(t, "", args...)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("run(%.40q) error = %v; want a usage error", args, err)
			continue
		}
		if len(args) > 1 && strings.Contains(err.Error(), "\n") {
			t.Errorf("run(%.40q) error = %q; want one line", args, err)
		}
	}
}

func TestQuoteCommand(t *testing.T) {
	out, err := runCmd(t, "", "quote", "--json", "These are not just words")
	if err != nil {
		t.Fatal(err)
	}
	var q jsonQuotes
	if err := json.Unmarshal([]byte(out), &q); err != nil {
		t.Fatal(err)
	}
	if len(q.Quotes) == 0 || !strings.Contains(q.Quotes[0].Speaker, "Zelensk") || len(q.Quotes[0].Citations) < 2 {
		t.Fatalf("quote --json = %+v; want Zelensky's words cited by two articles", q)
	}
	out, err = runCmd(t, "", "quote", "--speaker", "zelenskiy")
	if err != nil || !strings.Contains(out, "Zelensk") {
		t.Errorf("quote --speaker zelenskiy = %q, %v", out, err)
	}
	out, err = runCmd(t, "", "quote", "--speaker", "Napoleon")
	if err != nil || !strings.Contains(out, "No quotations by") {
		t.Errorf("quote --speaker Napoleon = %q, %v; want a clear none", out, err)
	}
}

func TestSourcesCommand(t *testing.T) {
	out, err := runCmd(t, "", "sources", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Sources []struct {
			Doc, Title, Outlet, Author string
		} `json:"sources"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	if len(s.Sources) != 5 {
		t.Fatalf("%d sources; want 5", len(s.Sources))
	}
	for _, src := range s.Sources {
		if src.Doc == "summit-tests-unity" && (src.Outlet != "Newslooks" || src.Author != "J. Mansour") {
			t.Errorf("summit-tests-unity = %+v; want Newslooks, J. Mansour", src)
		}
		if src.Doc == "us-backs-guarantees" && (src.Outlet != "" || src.Author != "") {
			t.Errorf("us-backs-guarantees = %+v; want no outlet or author (the article states none)", src)
		}
	}
}

// TestMarkLines: a passage of several lines (a run of bullets) keeps its
// later lines indented under the quotation's first.
func TestMarkLines(t *testing.T) {
	got := style{}.mark("medical supplies\nanimal feed", [][2]int{{0, 7}})
	if want := "**medical** supplies\n   animal feed"; got != want {
		t.Errorf("mark = %q; want %q", got, want)
	}
}

// TestAskStdinFailureGoesOn: a question that fails with more than bad input
// (here, the run's deadline passed) gets its line, with the error, and the
// questions after it are still read; the run then reports the failures.
func TestAskStdinFailureGoesOn(t *testing.T) {
	lines, err := runCancelled(t, "who refused to deploy troops?\nwho hosted the summit?\n", "ask", "--json", "-")
	if err == nil || !strings.Contains(err.Error(), "2 question(s)") {
		t.Errorf("error %v; want it to count the two questions that failed", err)
	}
	for i, l := range lines {
		var a jsonAnswer
		if err := json.Unmarshal([]byte(l), &a); err != nil || a.Error == "" || a.Answered {
			t.Errorf("line %d = %s (%v); want the question's record with its error", i, l, err)
		}
	}
}

// runCancelled runs a command whose context is already cancelled, so that
// every question or claim fails with more than bad input, and returns the
// two lines it wrote (it fails the test on any other count) and its error.
func runCancelled(t *testing.T, stdin string, args ...string) ([]string, error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out bytes.Buffer
	err := run(ctx, args, func(string) string { return "" }, strings.NewReader(stdin), &out)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines; want one a line of input:\n%s", len(lines), out.String())
	}
	return lines, err
}
