package qa

import (
	"fmt"
	"os"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestDebugQuotes lists every distinct quotation the engine knows, with its
// speaker and articles, for the corpus in $QA_QUOTES ("embedded", or a
// folder of articles); a tool for working on quotation look-ups, skipped
// otherwise.
func TestDebugQuotes(t *testing.T) {
	src := os.Getenv("QA_QUOTES")
	if src == "" {
		t.Skip("set QA_QUOTES to embedded or a folder of articles to list its quotations")
	}
	e := testEngine(t)
	if src != "embedded" {
		c, _, err := corpus.Dir(src, corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		e = engineOver(t, c)
	}
	for i, q := range e.quotes {
		var docs []string
		for _, c := range q.citations {
			docs = append(docs, c.Article.ID)
		}
		fmt.Printf("%3d %-22q %q %v\n", i, q.speaker, q.text, docs)
	}
}
