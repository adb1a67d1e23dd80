package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/qa"
)

// runSummary prints an overview of the coverage, or of a topic: 3 to 5 of
// the articles' sentences, verbatim, in reading order, each cited.
func runSummary(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	var o options
	c := newSubcommand("summary", "[TOPIC]",
		`Gives an overview of the coverage, or of a topic: 3 to 5 of the articles'
sentences, verbatim, in reading order, each cited.`,
		`summitbot summary`,
		`summitbot summary "security guarantees"`)
	o.jsonFlag(c, "the summary")
	c.sourceFlags(&o.src)
	if err := o.parse(c, args, stdout); err != nil {
		return err
	}
	e, err := openEngine(o.src)
	if err != nil {
		return err
	}
	topic := strings.Join(o.words, " ")
	a, err := e.Summary(ctx, topic)
	if err != nil && !errors.Is(err, qa.ErrInvalidQuestion) {
		return err
	}
	if o.json {
		if werr := writeJSON(stdout, answerJSON(strings.TrimSpace("summary "+topic), a, err)); werr != nil {
			return werr
		}
	} else if err == nil {
		writeAnswer(stdout, a, styleFor(stdout, getenv))
	}
	if err != nil {
		return inputError(err)
	}
	return nil
}

// writeGathered prints the answers made of several passages: an overview
// (its sentences in reading order, numbered by article) and a list whose
// items several passages give (each item with its passage). It reports
// false for other answers, which writeAnswer prints.
func writeGathered(w io.Writer, a qa.Answer, s style) bool {
	if !a.Answered || len(a.Passages) == 0 {
		return false
	}
	var cited qa.Citations
	num := func(art *corpus.Article) int {
		n, _ := cited.Number(art)
		return n
	}
	switch {
	case a.Kind == qa.KindOverview:
		fmt.Fprintln(w, s.bold("Summary"))
		if a.Short != "" {
			fmt.Fprintln(w, s.bold(a.Short)) // the gist in a line
		}
		order := a.Order
		if len(order) != len(a.Passages) {
			order = nil
			for i := range a.Passages {
				order = append(order, i)
			}
		}
		fmt.Fprintln(w)
		for _, i := range order {
			h := a.Passages[i]
			fmt.Fprintf(w, "  “%s” [%d]\n", h.Text, num(h.Article))
		}
	case len(a.Items) > 1 && itemsSpan(a):
		if a.Short != "" {
			fmt.Fprintln(w, s.bold(a.Short))
		} else {
			fmt.Fprintln(w, s.bold("From the coverage:")) // items too long to join in a line
		}
		fmt.Fprintln(w)
		for i, h := range a.Passages {
			holds := false
			for _, it := range a.Items {
				holds = holds || it.Passage == i
			}
			if holds {
				fmt.Fprintf(w, "  “%s” [%d]\n", s.mark(h.Text, h.Marks), num(h.Article))
			}
		}
	default:
		return false
	}
	fmt.Fprintln(w)
	for i, art := range cited.Articles {
		fmt.Fprintf(w, "[%d] %s\n", i+1, describe(art))
	}
	return true
}

// itemsSpan reports whether a list's items stand in more than one passage.
func itemsSpan(a qa.Answer) bool {
	for _, it := range a.Items {
		if it.Passage != a.Items[0].Passage {
			return true
		}
	}
	return false
}
