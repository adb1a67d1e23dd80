package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/qa"
)

// source says where the engine's articles and index come from. The zero
// value is the embedded corpus indexed in memory at start-up.
type source struct {
	corpusDir  string    // --corpus DIR: article files answered from alongside the embedded ones
	corpusOnly bool      // --corpus-only: leave the embedded articles out
	indexPath  string    // --index PATH: open a persistent index read-only instead of building one
	skipBad    bool      // --skip-bad: skip (and report) bad article files instead of failing
	watch      bool      // --watch: reload when the corpus folder changes (serve modes)
	warn       io.Writer // where skipped files are reported; nil: standard error
}

// check reports a combination of source flags that cannot work.
func (s source) check(cmd string) error {
	if s.corpusOnly && s.corpusDir == "" {
		return usagef("%s: --corpus-only needs --corpus DIR", cmd)
	}
	if s.watch && s.corpusDir == "" {
		return usagef("%s: --watch needs --corpus DIR", cmd)
	}
	return nil
}

// loadCorpus loads the articles src names, reporting skipped files.
func loadCorpus(src source, report func(error)) (*corpus.Corpus, error) {
	emb, err := corpus.Embedded()
	if err != nil || src.corpusDir == "" {
		return emb, err
	}
	opt := corpus.LoadOptions{SkipBad: src.skipBad}
	if !src.corpusOnly {
		opt.With = emb.Articles
	}
	c, skipped, err := corpus.Dir(src.corpusDir, opt)
	for _, e := range skipped {
		report(e)
	}
	return c, err
}

// loadEngine loads the corpus and its index as src says, with what must be
// closed after. With rebuild, a persistent index that does not match the
// corpus is rebuilt in place (beside the old one, swapped in whole) rather
// than refused: what a reload does.
func loadEngine(ctx context.Context, src source, rebuild bool, report func(error)) (*qa.Engine, io.Closer, error) {
	c, err := loadCorpus(src, report)
	if err != nil {
		return nil, nil, err
	}
	v := index.DefaultVocabulary()
	var ix *index.Index
	if src.indexPath == "" {
		ix, err = index.Build(c, v)
	} else {
		ix, err = index.Open(src.indexPath, c, v)
		if rebuild && errors.Is(err, index.ErrMismatch) {
			if _, err = index.Write(ctx, src.indexPath, c, v, nil); err == nil {
				ix, err = index.Open(src.indexPath, c, v)
			}
		}
	}
	if err != nil {
		return nil, nil, err
	}
	return qa.New(c, ix), ix, nil
}

// openEngine loads the corpus, indexes it (or opens its index) and returns
// the engine. Skipped bad files are reported to src.warn.
func openEngine(src source) (*qa.Engine, error) {
	warn := src.warn
	if warn == nil {
		warn = os.Stderr
	}
	e, _, err := loadEngine(context.Background(), src, false, func(err error) {
		fmt.Fprintf(warn, "summitbot: skipped %v\n", err)
	})
	return e, err
}

// options are what the commands that read the articles take; each command
// declares the flags it accepts (see subcommand).
type options struct {
	json    bool
	speaker string   // quote --speaker
	after   []string // ask --after
	words   []string
	src     source
}

// jsonFlag adds --json.
func (o *options) jsonFlag(c *subcommand, what string) {
	c.fs.BoolVar(&o.json, "json", false, "print "+what+" as JSON, one object a line")
}

// parse parses args with c's flags and checks the source flags.
func (o *options) parse(c *subcommand, args []string, stdout io.Writer) error {
	words, err := c.parse(args, stdout)
	if err != nil {
		return err
	}
	o.words = words
	return o.src.check(c.name)
}

// inputError is a usage error (exit 2) saying why the engine refused the
// input, in the words the engine gave for a person.
func inputError(err error) error {
	if ie, ok := errors.AsType[*qa.InputError](err); ok {
		return usagef("%s", ie.Reason)
	}
	return usagef("%v", err)
}

func describe(a *corpus.Article) string {
	parts := []string{a.Title()}
	for _, s := range []string{a.Outlet, a.Author, a.Published} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if a.URL != "" {
		parts = append(parts, a.URL)
	}
	return fmt.Sprintf("%s (%s)", strings.Join(parts, " — "), a.ID)
}
