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

// sourceUsage describes the source flags, for usage texts.
const sourceUsage = `corpus options (every command):
  --corpus DIR              answer also from the article files (*.md) in DIR
  --corpus-only             leave the embedded articles out (needs --corpus)
  --index PATH              open the index built by "summitbot index build" instead of indexing at start-up
  --skip-bad                skip bad article files (reported on standard error) instead of failing
  --watch                   serve modes: reload when DIR's files change (SIGHUP always reloads)`

// parseFlag takes a source flag at args[i], returning how many arguments it
// used (0 when args[i] is not a source flag).
func (s *source) parseFlag(cmd string, args []string, i int) (int, error) {
	name, value, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
	if !strings.HasPrefix(args[i], "-") {
		return 0, nil
	}
	takeValue := func(dst *string) (int, error) {
		if hasValue {
			*dst = value
			return 1, nil
		}
		if i+1 >= len(args) || args[i+1] == "" {
			return 0, usagef("%s: --%s needs a value", cmd, name)
		}
		*dst = args[i+1]
		return 2, nil
	}
	switch name {
	case "corpus":
		return takeValue(&s.corpusDir)
	case "index":
		return takeValue(&s.indexPath)
	case "corpus-only", "skip-bad", "watch":
		if hasValue {
			return 0, usagef("%s: --%s takes no value", cmd, name)
		}
		switch name {
		case "corpus-only":
			s.corpusOnly = true
		case "skip-bad":
			s.skipBad = true
		default:
			s.watch = true
		}
		return 1, nil
	}
	return 0, nil
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

// options are a subcommand's parsed arguments: flags may stand anywhere; "--"
// ends them.
type options struct {
	json    bool
	speaker string
	words   []string
	src     source
}

func parseOptions(cmd string, args []string, allowSpeaker bool) (options, error) {
	var o options
	for i := 0; i < len(args); i++ {
		a := args[i]
		n, err := o.src.parseFlag(cmd, args, i)
		if err != nil {
			return o, err
		}
		if n > 0 {
			i += n - 1
			continue
		}
		switch {
		case a == "--":
			o.words = append(o.words, args[i+1:]...)
			return o, o.src.check(cmd)
		case a == "--json" || a == "-json":
			o.json = true
		case allowSpeaker && (a == "--speaker" || a == "-speaker"):
			if i+1 >= len(args) {
				return o, usagef("%s: --speaker needs a name", cmd)
			}
			i++
			o.speaker = args[i]
		case allowSpeaker && (strings.HasPrefix(a, "--speaker=") || strings.HasPrefix(a, "-speaker=")):
			o.speaker = a[strings.Index(a, "=")+1:]
		case len(a) > 1 && strings.HasPrefix(a, "-") && !strings.Contains(a, " "):
			return o, usagef("%s: unknown option %s", cmd, a)
		default:
			o.words = append(o.words, a)
		}
	}
	return o, o.src.check(cmd)
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
