package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
)

// lines is a prompt over a plain reader, standing in for a terminal.
type lines struct{ s *bufio.Scanner }

func (l lines) ReadLine() (string, error) {
	if !l.s.Scan() {
		return "", io.EOF
	}
	return l.s.Text(), nil
}

// TestAskPrompt: with no question and a terminal, ask answers each line the
// prompt reads, says why it cannot take one, and ends when the person leaves.
func TestAskPrompt(t *testing.T) {
	var restored bool
	openPrompt = func(stdin io.Reader, stdout io.Writer) (prompt, io.Writer, func(), bool) {
		return lines{bufio.NewScanner(stdin)}, stdout, func() { restored = true }, true
	}
	t.Cleanup(func() { openPrompt = terminalPrompt })
	var out bytes.Buffer
	in := "who refused to deploy troops?\n\n   \n\xff\xfe\nHow many fighter jets will Sweden send?\n"
	if err := run(context.Background(), []string{"ask"}, func(string) string { return "" }, strings.NewReader(in), &out); err != nil {
		t.Fatalf("ask at the prompt: %v", err)
	}
	got := out.String()
	for _, want := range []string{"Croatia and the Czech Republic", "not valid UTF-8", "The coverage does not say."} {
		if !strings.Contains(got, want) {
			t.Errorf("prompt output lacks %q:\n%s", want, got)
		}
	}
	if !restored {
		t.Error("terminal not restored after the prompt")
	}
}

// TestAskNoTerminal: with no question and no terminal, ask is a usage error.
func TestAskNoTerminal(t *testing.T) {
	if _, _, _, ok := terminalPrompt(strings.NewReader("who?\n"), io.Discard); ok {
		t.Error("terminalPrompt on a plain reader = ok; want no prompt")
	}
}

// TestHelp: -h and --help on every subcommand print its usage with an
// example, and exit 0.
func TestHelp(t *testing.T) {
	for _, cmd := range [][]string{{"ask"}, {"quote"}, {"check"}, {"sources"}, {"summary"}, {"serve"}, {"serve-http"}, {"index", "build"}} {
		for _, h := range []string{"-h", "--help"} {
			args := append(append([]string{}, cmd...), h)
			out, err := runCmd(t, "", args...)
			if err != nil {
				t.Errorf("%q = %v; want no error", args, err)
			}
			name := strings.Join(cmd, " ")
			if !strings.HasPrefix(out, "usage: summitbot "+name+" ") || !strings.Contains(out, "example") || !strings.Contains(out, "summitbot "+name) {
				t.Errorf("%q printed:\n%s\nwant its usage with an example", args, out)
			}
		}
	}
}

// TestFlagPlacement: flags before or after the words, "--" ending them.
func TestFlagPlacement(t *testing.T) {
	tests := []struct {
		args      []string
		json      bool
		after     []string
		words     string
		wantError bool
	}{
		{[]string{"--json", "who?"}, true, nil, "who?", false},
		{[]string{"who?", "--json"}, true, nil, "who?", false},
		{[]string{"-json", "who", "came?"}, true, nil, "who came?", false},
		{[]string{"and", "--after", "who came?", "germany?"}, false, []string{"who came?"}, "and germany?", false},
		{[]string{"--after=a", "--after", "b", "c"}, false, []string{"a", "b"}, "c", false},
		{[]string{"--", "--json", "-x"}, false, nil, "--json -x", false},
		{[]string{"-5 degrees tonight?"}, false, nil, "-5 degrees tonight?", false},
		{[]string{"-"}, false, nil, "-", false},
		{[]string{"and germany?", "--after=did Croatia send troops?"}, false, []string{"did Croatia send troops?"}, "and germany?", false},
		{[]string{"who?", "--after"}, false, nil, "", true},
		{[]string{"--nope", "who?"}, false, nil, "", true},
		{[]string{"--json=maybe", "who?"}, false, nil, "", true},
	}
	for _, tt := range tests {
		var o options
		c := newSubcommand("ask", "QUESTION", "")
		o.jsonFlag(c, "it")
		c.fs.Var((*stringList)(&o.after), "after", "")
		err := o.parse(c, tt.args, io.Discard)
		if tt.wantError {
			if _, ok := err.(usageError); !ok || strings.Contains(err.Error(), "\n") {
				t.Errorf("parse(%q) error = %v; want a usage error of one line", tt.args, err)
			}
			continue
		}
		if err != nil || o.json != tt.json || strings.Join(o.after, "|") != strings.Join(tt.after, "|") || strings.Join(o.words, " ") != tt.words {
			t.Errorf("parse(%q) = json %v after %q words %q, %v; want %v %q %q", tt.args, o.json, o.after, o.words, err, tt.json, tt.after, tt.words)
		}
	}
}
