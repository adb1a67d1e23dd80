package main

import (
	"fmt"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/qa"
)

// source says where the engine's articles and index come from. The zero
// value is the embedded corpus indexed in memory at start-up.
type source struct {
	corpusDir  string // --corpus DIR: article files answered from alongside the embedded ones
	corpusOnly bool   // --corpus-only: leave the embedded articles out
	indexPath  string // --index PATH: open a persistent index read-only instead of building one
	skipBad    bool   // --skip-bad: skip (and report) bad article files instead of failing
}

// openEngine loads the corpus, indexes it and returns the engine.
func openEngine(src source) (*qa.Engine, error) {
	c, err := corpus.Embedded()
	if err != nil {
		return nil, err
	}
	ix, err := index.Build(c, index.DefaultVocabulary())
	if err != nil {
		return nil, err
	}
	return qa.New(c, ix), nil
}

// options are a subcommand's parsed arguments: flags may stand anywhere; "--"
// ends them.
type options struct {
	json    bool
	speaker string
	words   []string
}

func parseOptions(cmd string, args []string, allowSpeaker bool) (options, error) {
	var o options
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			o.words = append(o.words, args[i+1:]...)
			return o, nil
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
	return o, nil
}

func inputError(err error) error {
	return usagef("%s", strings.TrimPrefix(err.Error(), qa.ErrInvalidQuestion.Error()+": "))
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
