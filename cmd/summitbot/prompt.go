package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// prompt reads questions one a line, as term.Terminal does: io.EOF when the
// person leaves (Ctrl-D, or Ctrl-C).
type prompt interface {
	ReadLine() (string, error)
}

// openPrompt starts an interactive prompt when stdin and stdout are a
// terminal: it returns the prompt, the writer answers go to (the terminal,
// which in raw mode needs its line ends translated), and how to restore the
// terminal. Tests replace it to drive the prompt with a plain reader.
var openPrompt = terminalPrompt

func terminalPrompt(stdin io.Reader, stdout io.Writer) (prompt, io.Writer, func(), bool) {
	in, ok := stdin.(*os.File)
	out, ok2 := stdout.(*os.File)
	if !ok || !ok2 || !term.IsTerminal(int(in.Fd())) || !term.IsTerminal(int(out.Fd())) {
		return nil, stdout, nil, false
	}
	old, err := term.MakeRaw(int(in.Fd()))
	if err != nil {
		return nil, stdout, nil, false
	}
	t := term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{in, out}, "? ")
	fmt.Fprintln(t, "Ask about the summit, one question a line; up and down recall earlier ones; Ctrl-D leaves.")
	return t, t, func() { term.Restore(int(in.Fd()), old) }, true
}

// eachPrompted calls f with each non-blank line the prompt reads, until the
// person leaves.
func eachPrompted(p prompt, f func(string) error) error {
	for {
		line, err := p.ReadLine()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil && !errors.Is(err, term.ErrPasteIndicator) {
			return fmt.Errorf("reading the terminal: %w", err)
		}
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		if err := f(line); err != nil {
			return err
		}
	}
}
