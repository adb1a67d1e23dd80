package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/summitbot/summitbot/index"
)

// indexCommand is "index build" with its flags.
func indexCommand(src *source, out *string) *subcommand {
	c := newSubcommand("index build", "--out PATH",
		`Builds a persistent index of the articles (the embedded ones and those in DIR)
at PATH, for "summitbot COMMAND --index PATH" to open at start-up instead of
indexing. The index replaces any earlier one at PATH only once it is whole.`,
		`summitbot index build --corpus articles/ --out summit.index`)
	c.fs.StringVar(out, "out", "", "write the index to `PATH` (required)")
	c.fs.StringVar(&src.corpusDir, "corpus", "", "index also the article files (*.md) in `DIR`")
	c.fs.BoolVar(&src.corpusOnly, "corpus-only", false, "leave the embedded articles out (needs --corpus)")
	c.fs.BoolVar(&src.skipBad, "skip-bad", false, "skip bad article files (reported) instead of failing")
	return c
}

// runIndex runs "summitbot index build".
func runIndex(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	var src source
	var out string
	sc := indexCommand(&src, &out)
	if len(args) == 0 || args[0] != "build" {
		if len(args) > 0 && (args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
			sc.printHelp(stdout)
			return nil
		}
		return usagef("index: want \"index build --out PATH\" (see summitbot index build -h)")
	}
	words, err := sc.parse(args[1:], stdout)
	if err != nil {
		return err
	}
	if len(words) > 0 {
		return usagef("index build: unexpected argument %q (see summitbot index build -h)", words[0])
	}
	if out == "" {
		return usagef("index build: give --out PATH (see summitbot index build -h)")
	}
	if err := src.check("index build"); err != nil {
		return err
	}
	start := time.Now()
	c, err := loadCorpus(src, func(err error) { fmt.Fprintf(stdout, "skipped %v\n", err) })
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "loaded %d articles in %v\n", len(c.Articles), time.Since(start).Round(time.Millisecond))
	p := newProgress(stdout, getenv, len(c.Articles))
	built := time.Now()
	man, err := index.Write(ctx, out, c, index.DefaultVocabulary(), p.update)
	p.finish()
	if err != nil {
		return err
	}
	took := time.Since(built)
	fmt.Fprintf(stdout, "wrote %s: %d articles, %d passages in %v (%.0f articles/s); corpus hash %.12s\n",
		out, man.Articles, man.Passages, took.Round(time.Millisecond), float64(man.Articles)/took.Seconds(), man.Corpus)
	return ctx.Err()
}

// progress shows how an index build goes: a bar with the rate and time
// left on a terminal, a plain line every few seconds otherwise.
type progress struct {
	bar   *progressbar.ProgressBar
	w     io.Writer
	start time.Time
	last  time.Time
}

func newProgress(w io.Writer, getenv func(string) string, total int) *progress {
	p := &progress{w: w, start: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) && getenv("TERM") != "dumb" {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("indexing"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionFullWidth(),
		)
	}
	return p
}

func (p *progress) update(done, total int) {
	if p.bar != nil {
		p.bar.Set(done)
		return
	}
	now := time.Now()
	if done < total && now.Sub(p.last) < 2*time.Second {
		return
	}
	p.last = now
	rate := float64(done) / now.Sub(p.start).Seconds()
	eta := time.Duration(float64(total-done) / max(rate, 1e-9) * float64(time.Second))
	fmt.Fprintf(p.w, "indexed %d/%d articles (%.0f articles/s, %v left)\n", done, total, rate, eta.Round(time.Second))
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
		fmt.Fprintln(p.w)
	}
}
