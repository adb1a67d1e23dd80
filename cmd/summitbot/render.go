package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/qa"
)

// style is how text is emphasised: ANSI bold and colour on a terminal,
// nothing when the output is piped or NO_COLOR is set.
type style struct{ ansi bool }

func styleFor(w io.Writer, getenv func(string) string) style {
	f, ok := w.(*os.File)
	if !ok || getenv("NO_COLOR") != "" || getenv("TERM") == "dumb" {
		return style{}
	}
	info, err := f.Stat()
	return style{ansi: err == nil && info.Mode()&os.ModeCharDevice != 0}
}

func (s style) bold(t string) string {
	if !s.ansi {
		return t
	}
	return "\x1b[1m" + t + "\x1b[0m"
}

func (s style) dim(t string) string {
	if !s.ansi {
		return t
	}
	return "\x1b[2m" + t + "\x1b[0m"
}

// mark bolds the marked ranges of a passage; in plain output the short
// answer is set off with ** as in Markdown; a second line is indented as
// the first.
func (s style) mark(text string, marks [][2]int) string {
	var b strings.Builder
	at := 0
	for _, m := range marks {
		if m[0] < at || m[1] > len(text) || m[0] >= m[1] {
			continue
		}
		b.WriteString(text[at:m[0]])
		if s.ansi {
			b.WriteString(s.bold(text[m[0]:m[1]]))
		} else {
			b.WriteString("**" + text[m[0]:m[1]] + "**")
		}
		at = m[1]
	}
	b.WriteString(text[at:])
	// a passage of more than one line (a run of bullets, a paragraph and
	// the one before it) keeps its lines under the quotation's first
	return strings.ReplaceAll(b.String(), "\n", "\n   ")
}

// writeSmallTalk replies in kind to a message that asks nothing of the
// articles: thanks with a welcome, a greeting, a question about the
// program or a task it does not do ("write me a poem") with what it does.
func writeSmallTalk(w io.Writer, a qa.Answer) {
	switch a.SmallTalk {
	case qa.Thanks:
		fmt.Fprintln(w, "You're welcome. Ask me anything else about the coverage.")
		return
	case qa.Greeting:
		fmt.Fprint(w, "Hello! ")
	case qa.Task:
		fmt.Fprint(w, "That is not something I do. ") // "write me a poem"
	}
	fmt.Fprintln(w, "I answer questions from the articles (summitbot sources lists them) and quote only what they say:")
	fmt.Fprintln(w, "who, what, when, where, why, how many, yes or no, a summary (\"tldr\"), or who said what.")
	fmt.Fprintln(w, `Try: summitbot ask "who refused to deploy troops?"`)
}

// writeAnswer prints an answer for a person: the short answer, the quoted
// passage with the answer marked, numbered citations, and who else reports it.
func writeAnswer(w io.Writer, a qa.Answer, s style) {
	if a.Kind == qa.KindSmallTalk {
		writeSmallTalk(w, a)
		return
	}
	if line := readAs(a); line != "" {
		fmt.Fprintf(w, "%s\n\n", s.dim(line))
	}
	if writeGathered(w, a, s) {
		return // an overview, or a list several passages give (summary.go)
	}
	if !a.Answered {
		fmt.Fprintln(w, s.bold("The coverage does not say."))
		if len(a.Passages) > 0 {
			h := a.Passages[0]
			fmt.Fprintf(w, "\nNearest miss (not an answer):\n  “%s”\n  — %s\n", h.Text, describe(h.Article))
		}
		return
	}
	if a.Headline() != "" {
		fmt.Fprintln(w, s.bold(a.Headline()))
	} else {
		fmt.Fprintln(w, s.bold("From the coverage:"))
	}
	h := a.Passages[0]
	fmt.Fprintf(w, "\n  “%s” [1]\n", s.mark(h.Text, h.Marks))
	cited := []*corpus.Article{h.Article}
	for _, id := range a.Sources[1:] {
		for _, p := range a.Passages {
			if p.Article.ID == id {
				cited = append(cited, p.Article)
				break
			}
		}
	}
	fmt.Fprintln(w)
	for i, art := range cited {
		if i == 1 {
			fmt.Fprintln(w, "Also reported by:")
		}
		fmt.Fprintf(w, "[%d] %s\n", i+1, describe(art))
	}
	if len(a.Differences) > 0 {
		fmt.Fprintln(w, "\nSources differ:")
		for _, d := range a.Differences {
			fmt.Fprintf(w, "  - %s\n", d)
		}
	}
}

func writeSources(w io.Writer, c *corpus.Corpus, s style) {
	for i, a := range c.Articles {
		fmt.Fprintf(w, "[%d] %s\n", i+1, s.bold(a.Title()))
		var facts []string
		facts = append(facts, "id "+a.ID)
		if a.Outlet != "" {
			facts = append(facts, a.Outlet)
		}
		if a.Author != "" {
			facts = append(facts, "by "+a.Author)
		}
		if a.Published != "" {
			facts = append(facts, "published "+a.Published)
		}
		if a.EventDate != "" {
			facts = append(facts, "reports "+a.EventDate)
		}
		if a.URL != "" {
			facts = append(facts, a.URL)
		}
		fmt.Fprintf(w, "    %s\n", s.dim(strings.Join(facts, " · ")))
	}
}
