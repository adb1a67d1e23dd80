package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/summitbot/summitbot/bot"
	"github.com/summitbot/summitbot/internal/live"
	"github.com/summitbot/summitbot/internal/qa"
)

// The engine both serve modes hand the bot must read follow-ups and check
// claims; without this the bot would quietly read every question alone.
var _ bot.Conversant = (*live.Holder)(nil)

// readAs is the line that says how a follow-up was read, or "".
func readAs(a qa.Answer) string {
	if a.Typed == "" {
		return ""
	}
	return "Read as: " + a.Question
}

// jsonCheck is the machine format of a claim check.
type jsonCheck struct {
	Claim       string        `json:"claim"`
	Verdict     string        `json:"verdict"`
	Supporting  []jsonPassage `json:"supporting"`
	Differing   []jsonPassage `json:"differing"`
	Differences []string      `json:"differences"`
	Error       string        `json:"error,omitempty"`
}

func runCheck(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout io.Writer) error {
	var o options
	c := newSubcommand("check", "CLAIM | -",
		`Checks a claim against the articles: whether they support it, give something
else (another figure, date or name), or do not cover it, with the passages.
"-" reads one claim a line from standard input (a claim that fails gets its
line with the error; the rest are checked, and the exit status is 1).`,
		`summitbot check "35 countries attended the summit"`)
	o.jsonFlag(c, "the verdict")
	c.sourceFlags(&o.src)
	if err := o.parse(c, args, stdout); err != nil {
		return err
	}
	if len(o.words) == 0 {
		return usagef("check: give a claim, such as: summitbot check \"35 countries attended the summit\"")
	}
	e, err := openEngine(o.src)
	if err != nil {
		return err
	}
	batch := len(o.words) == 1 && o.words[0] == "-"
	failed := 0
	one := func(claim string) error {
		c, err := e.Check(ctx, claim)
		if err != nil && !errors.Is(err, qa.ErrInvalidQuestion) {
			if !batch {
				return err
			}
			failed++ // one claim that fails leaves the others checked, each line its record
		}
		if o.json {
			if werr := writeJSON(stdout, checkJSON(claim, c, err)); werr != nil {
				return werr
			}
		} else if err == nil {
			writeCheck(stdout, c, styleFor(stdout, getenv))
		}
		if err != nil {
			return inputError(err)
		}
		return nil
	}
	if batch {
		err := eachLine(stdin, func(line string) error {
			err := one(line)
			var ue usageError
			if err != nil && !errors.As(err, &ue) {
				return err
			}
			if !o.json {
				if err != nil {
					fmt.Fprintln(stdout, err)
				}
				fmt.Fprintln(stdout)
			}
			return nil
		})
		if err == nil && failed > 0 {
			err = fmt.Errorf("check: %d claim(s) could not be checked (each line says which)", failed)
		}
		return err
	}
	return one(strings.Join(o.words, " "))
}

func checkJSON(claim string, c qa.Checked, err error) jsonCheck {
	j := jsonCheck{Claim: claim, Verdict: string(c.Verdict), Supporting: []jsonPassage{}, Differing: []jsonPassage{}, Differences: []string{}}
	if err != nil {
		j.Error = inputError(err).Error()
		return j
	}
	for _, h := range c.Supporting {
		j.Supporting = append(j.Supporting, jsonPassage{Doc: h.Article.ID, Title: h.Article.Title(), Text: h.Text, Score: round(h.Score)})
	}
	for _, h := range c.Differing {
		j.Differing = append(j.Differing, jsonPassage{Doc: h.Article.ID, Title: h.Article.Title(), Text: h.Text, Score: round(h.Score)})
	}
	j.Differences = append(j.Differences, c.Differences...)
	return j
}

// writeCheck prints a claim check for a person: the verdict, then the
// passages that support the claim and those that give something else.
func writeCheck(w io.Writer, c qa.Checked, s style) {
	switch c.Verdict {
	case qa.Supported:
		fmt.Fprintln(w, s.bold("The coverage supports this."))
	case qa.Differs:
		fmt.Fprintln(w, s.bold("The coverage gives something different."))
	default:
		fmt.Fprintln(w, s.bold("The coverage does not say."))
		if c.Nearest != nil {
			fmt.Fprintf(w, "\nNearest miss (not a support):\n  “%s”\n  — %s\n", c.Nearest.Text, describe(c.Nearest.Article))
		}
		return
	}
	if len(c.Supporting) > 0 {
		fmt.Fprintln(w, "\nSupported by:")
		for _, h := range c.Supporting {
			fmt.Fprintf(w, "  “%s”\n  — %s\n", s.mark(h.Text, h.Marks), describe(h.Article))
		}
	}
	if len(c.Differing) > 0 {
		fmt.Fprintln(w, "\nGives something different:")
		for _, h := range c.Differing {
			fmt.Fprintf(w, "  “%s”\n  — %s\n", s.mark(h.Text, h.Marks), describe(h.Article))
		}
	}
	if len(c.Differences) > 0 {
		fmt.Fprintln(w, "\nSources differ:")
		for _, d := range c.Differences {
			fmt.Fprintf(w, "  - %s\n", d)
		}
	}
}
