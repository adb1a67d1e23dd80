package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/qa"
)

type jsonQuotes struct {
	Query   string      `json:"query"`
	Speaker string      `json:"speaker,omitempty"`
	Quotes  []jsonQuote `json:"quotes"`
	// SpeakerTakenFor names the people --speaker was taken for.
	SpeakerTakenFor []string `json:"speaker_taken_for,omitempty"`
	Error           string   `json:"error,omitempty"`
}

type jsonQuote struct {
	Text      string         `json:"text"`
	Speaker   string         `json:"speaker"`
	Citations []jsonCitation `json:"citations"`
	Score     float64        `json:"score"`
	// Near marks a quotation shown as the nearest to a look-up none
	// matches: not a match.
	Near bool `json:"near,omitempty"`
}

type jsonCitation struct {
	Doc      string `json:"doc"`
	Title    string `json:"title"`
	Sentence string `json:"sentence"`
}

func runQuote(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout io.Writer) error {
	var o options
	c := newSubcommand("quote", "[WORDS | -]",
		`Finds direct quotations by their words, their speaker, or both, each with the
articles that carry it. "-" reads one look-up a line from standard input.`,
		`summitbot quote "hardest yards"`,
		`summitbot quote --speaker zelenskiy`)
	o.jsonFlag(c, "the quotations")
	c.fs.StringVar(&o.speaker, "speaker", "", "only quotations by `NAME` (any spelling the articles use)")
	c.sourceFlags(&o.src)
	if err := o.parse(c, args, stdout); err != nil {
		return err
	}
	if len(o.words) == 0 && strings.TrimSpace(o.speaker) == "" {
		return usagef("quote: give words of a quotation and/or --speaker NAME, such as: summitbot quote \"hardest yards\"")
	}
	e, err := openEngine(o.src)
	if err != nil {
		return err
	}
	st := styleFor(stdout, getenv)
	var invalid error // the last look-up that could not be taken
	one := func(words string) error {
		res, err := e.Quote(ctx, words, o.speaker)
		if err != nil && !errors.Is(err, qa.ErrInvalidQuestion) {
			return err
		}
		invalid = err
		if o.json {
			j := jsonQuotes{Query: words, Speaker: o.speaker, Quotes: []jsonQuote{}}
			if err != nil {
				j.Error = inputError(err).Error()
			}
			for _, q := range res {
				jq := jsonQuote{Text: q.Text, Speaker: q.Speaker, Citations: []jsonCitation{}, Score: round(q.Score), Near: q.Near}
				for _, c := range q.Citations {
					jq.Citations = append(jq.Citations, jsonCitation{Doc: c.Article.ID, Title: c.Article.Title(), Sentence: c.Sentence})
				}
				j.Quotes = append(j.Quotes, jq)
			}
			if o.speaker != "" {
				j.SpeakerTakenFor = speakersOf(res)
			}
			return writeJSON(stdout, j)
		}
		if err != nil {
			if len(o.words) == 1 && o.words[0] == "-" {
				fmt.Fprintln(stdout, inputError(err)) // one line of many: say so and go on
			}
			return nil
		}
		writeQuotes(stdout, words, o.speaker, res, st)
		return nil
	}
	if len(o.words) == 1 && o.words[0] == "-" {
		return eachLine(stdin, one)
	}
	if err := one(strings.Join(o.words, " ")); err != nil {
		return err
	}
	if invalid != nil {
		return inputError(invalid) // a single look-up that could not be taken: exit 2
	}
	return nil
}

func writeQuotes(w io.Writer, words, speaker string, res []qa.QuoteResult, s style) {
	if len(res) == 0 || res[0].Near {
		switch {
		case speaker != "" && words != "":
			fmt.Fprintf(w, "No quotation by %q with those words in the articles.\n", speaker)
		case speaker != "":
			fmt.Fprintf(w, "No quotations by %q in the articles.\n", speaker)
		default:
			fmt.Fprintln(w, "No quotation with those words in the articles.")
		}
		if len(res) == 0 {
			return
		}
		if speaker != "" {
			fmt.Fprintf(w, "(%q taken for %s.)\n", speaker, strings.Join(speakersOf(res), ", "))
		}
		fmt.Fprintf(w, "%s\n", s.dim("Nearest (not a match):"))
	} else if speaker != "" {
		fmt.Fprintf(w, "Quotations by %s (for %q):\n", strings.Join(speakersOf(res), ", "), speaker)
	}
	for i, q := range res {
		who := q.Speaker
		if who == "" {
			who = "speaker unknown"
		}
		fmt.Fprintf(w, "%d. “%s” — %s\n", i+1, s.bold(q.Text), who)
		if q.Unlike != "" {
			fmt.Fprintf(w, "     %s\n", s.dim("Note: the words looked up and the quotation differ by “"+q.Unlike+"”: they say opposite things."))
		}
		for _, c := range q.Citations {
			fmt.Fprintf(w, "     in %s\n       %s\n", describe(c.Article), s.dim(c.Sentence))
		}
	}
}

// speakersOf lists the speakers of results, once each, in order: whom a
// --speaker name was taken for.
func speakersOf(res []qa.QuoteResult) []string {
	var out []string
	for _, q := range res {
		if q.Speaker != "" && !slices.Contains(out, q.Speaker) {
			out = append(out, q.Speaker)
		}
	}
	return out
}

func runSources(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	var o options
	c := newSubcommand("sources", "",
		`Lists the articles the answers come from: title, outlet, author, date, address.`,
		`summitbot sources --json`)
	o.jsonFlag(c, "the list")
	c.sourceFlags(&o.src)
	if err := o.parse(c, args, stdout); err != nil {
		return err
	}
	if len(o.words) > 0 {
		return usagef("sources: takes no arguments")
	}
	e, err := openEngine(o.src)
	if err != nil {
		return err
	}
	if o.json {
		type src struct {
			Doc        string `json:"doc"`
			Title      string `json:"title"`
			Headline   string `json:"headline"`
			Standfirst string `json:"standfirst"`
			Outlet     string `json:"outlet"`
			Author     string `json:"author"`
			Published  string `json:"published"`
			EventDate  string `json:"event_date"`
			URL        string `json:"url"`
		}
		out := struct {
			Sources []src `json:"sources"`
		}{}
		for _, a := range e.Corpus().Articles {
			out.Sources = append(out.Sources, src{a.ID, a.Title(), a.Headline, a.Standfirst, a.Outlet, a.Author, a.Published, a.EventDate, a.URL})
		}
		return writeJSON(stdout, out)
	}
	writeSources(stdout, e.Corpus(), styleFor(stdout, getenv))
	return nil
}
