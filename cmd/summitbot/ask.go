package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/summitbot/summitbot/internal/qa"
)

// jsonAnswer is the machine format of an answer (../shared/eval/README.md).
type jsonAnswer struct {
	Question string        `json:"question"`
	Answered bool          `json:"answered"`
	Answer   string        `json:"answer"`
	Passages []jsonPassage `json:"passages"`
	Sources  []string      `json:"sources"`
	Error    string        `json:"error,omitempty"`
	// ReadAs is how a follow-up (ask --after) was read, when not as typed.
	ReadAs string `json:"read_as,omitempty"`
}

type jsonPassage struct {
	Doc   string  `json:"doc"`
	Title string  `json:"title"`
	Text  string  `json:"text"`
	Score float64 `json:"score"`
}

// maxStdinLine bounds one question read from standard input.
const maxStdinLine = 1 << 20

func runAsk(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout io.Writer) error {
	var o options
	c := newSubcommand("ask", "QUESTION | -",
		`Answers a question from the articles, citing them; "the coverage does not say"
when they do not. "-" reads one question a line from standard input (a
question that fails gets its line with the error; the rest are answered,
and the exit status is 1). On a
terminal, with no question, it asks for questions one a line (up and down
recall the session's earlier ones; Ctrl-D leaves). Exit status 2 when the
question cannot be taken (empty, too long, not text).`,
		`summitbot ask "who refused to deploy troops?"`,
		`summitbot ask --json --after "which countries pledged troops?" "and germany?"`)
	o.jsonFlag(c, "the answer")
	c.fs.Var((*stringList)(&o.after), "after", "read the question as a follow-up of the `PREVIOUS` question (repeat for more, oldest first)")
	c.sourceFlags(&o.src)
	if err := o.parse(c, args, stdout); err != nil {
		return err
	}
	var p prompt
	if len(o.words) == 0 {
		var restore func()
		var ok bool
		if p, stdout, restore, ok = openPrompt(stdin, stdout); !ok {
			return usagef("ask: give a question, such as: summitbot ask \"who refused to deploy troops?\"")
		}
		defer restore()
	}
	e, err := openEngine(o.src)
	if err != nil {
		return err
	}
	batch := p != nil || len(o.words) == 1 && o.words[0] == "-"
	failed := 0
	one := func(line string) error {
		a, err := e.AskAfter(ctx, line, o.after...)
		if err != nil && !errors.Is(err, qa.ErrInvalidQuestion) {
			if !batch {
				return err
			}
			failed++ // one question that fails leaves the others answered, each line its record
		}
		if o.json {
			return writeJSON(stdout, answerJSON(line, a, err))
		}
		if err != nil {
			fmt.Fprintf(stdout, "%s\n\n", inputError(err))
			return nil
		}
		writeAnswer(stdout, a, styleFor(stdout, getenv))
		fmt.Fprintln(stdout)
		return nil
	}
	if batch {
		var err error
		if p != nil {
			err = eachPrompted(p, one)
		} else {
			err = eachLine(stdin, one)
		}
		if err == nil && failed > 0 {
			err = fmt.Errorf("ask: %d question(s) could not be answered (each line says which)", failed)
		}
		return err
	}
	question := strings.Join(o.words, " ")
	a, err := e.AskAfter(ctx, question, o.after...)
	if err != nil && !errors.Is(err, qa.ErrInvalidQuestion) {
		return err
	}
	if o.json {
		if err := writeJSON(stdout, answerJSON(question, a, err)); err != nil {
			return err
		}
		if err != nil {
			return inputError(err)
		}
		return nil
	}
	if err != nil {
		return inputError(err)
	}
	writeAnswer(stdout, a, styleFor(stdout, getenv))
	return nil
}

func answerJSON(question string, a qa.Answer, err error) jsonAnswer {
	j := jsonAnswer{Question: question, Answered: a.Answered, Answer: a.Headline(), Passages: []jsonPassage{}, Sources: []string{}}
	if err != nil {
		j.Error = inputError(err).Error()
		return j
	}
	if a.Answered {
		j.Sources = a.Sources
	}
	if a.Typed != "" {
		j.ReadAs = a.Question
	}
	for i, h := range a.Passages {
		if i == 5 {
			break
		}
		j.Passages = append(j.Passages, jsonPassage{Doc: h.Article.ID, Title: h.Article.Title(), Text: h.Text, Score: round(h.Score)})
	}
	return j
}

func round(f float64) float64 {
	return float64(int64(f*1000+0.5)) / 1000
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// eachLine calls f with each line of r; an over-long line is cut, not fatal.
func eachLine(r io.Reader, f func(string) error) error {
	br := bufio.NewReaderSize(r, 64*1024)
	for {
		line, err := readLine(br)
		if line != "" || err == nil {
			if ferr := f(strings.TrimRight(line, "\r")); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading standard input: %w", err)
		}
	}
}

func readLine(br *bufio.Reader) (string, error) {
	var sb strings.Builder
	for {
		chunk, isPrefix, err := br.ReadLine()
		if sb.Len() < maxStdinLine {
			sb.Write(chunk)
		}
		if err != nil {
			return sb.String(), err
		}
		if !isPrefix {
			return sb.String(), nil
		}
	}
}
