package qa

import (
	"fmt"
	"os"
	"sort"
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

// TestDebugQuoteLookup explains the look-up in $QA_QUOTE: the people it
// names, each word's weight and what it may match, and the best ten
// quotations with their scores; a tool, skipped otherwise.
func TestDebugQuoteLookup(t *testing.T) {
	words := os.Getenv("QA_QUOTE")
	if words == "" {
		t.Skip("set QA_QUOTE to a look-up to see how it is scored")
	}
	e := testEngine(t)
	l := e.lookup(words, e.analyze(words))
	for _, p := range l.people {
		fmt.Printf("names %s\n", e.qix.people.list[p].name)
	}
	for _, lt := range l.terms {
		fmt.Printf("  weight %.2f speakers %v alts %v\n", lt.weight, lt.speakers, lt.alts)
	}
	type row struct {
		score float64
		text  string
	}
	var rows []row
	for d := range e.qix.docs {
		doc := &e.qix.docs[d]
		if s := e.quoteScore(l, doc); s > 0 {
			rows = append(rows, row{s, e.quotes[doc.entry].variants[doc.variant].text})
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].score > rows[j].score })
	for i, r := range rows[:min(10, len(rows))] {
		fmt.Printf("%d %.3f %.90q\n", i, r.score, r.text)
	}
}
