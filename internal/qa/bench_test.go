package qa

import (
	"context"
	"testing"
	"time"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// The benchmarks behind the README's speed figures. Compare Ask with Match
// in one run: both search the same index, Match with one bleve match query,
// Ask with its whole pipeline (analysis, retrieval, re-ranking, extraction,
// corroboration).
//
//	go test ./internal/qa -run '^$' -bench . -benchmem

var benchQuestions = []string{
	"Who refused to deploy troops?",
	"How many countries took part in the coalition meeting?",
	"What did Merz say German forces could do?",
	"When did Russia launch its full-scale invasion?",
	"Which city hosts the coalition meeting?",
	"What is the population of India?",
}

// BenchmarkStartup measures the embedded corpus to a ready engine: load,
// split, extract quotes, index, merge quotes.
func BenchmarkStartup(b *testing.B) {
	for b.Loop() {
		c, err := corpus.Embedded()
		if err != nil {
			b.Fatal(err)
		}
		ix, err := index.Build(c, index.DefaultVocabulary())
		if err != nil {
			b.Fatal(err)
		}
		New(c, ix)
		ix.Close()
	}
}

// BenchmarkAsk answers a mix of questions.
func BenchmarkAsk(b *testing.B) {
	e := testEngine(b)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := e.Ask(ctx, benchQuestions[i%len(benchQuestions)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkMatch runs a bare bleve match query for the same questions on
// the same index, for as many hits as Ask retrieves: the floor Ask is
// compared with.
func BenchmarkMatch(b *testing.B) {
	c, err := corpus.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	ix, err := index.Build(c, index.DefaultVocabulary())
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := ix.Match(ctx, benchQuestions[i%len(benchQuestions)], candidates); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// benchLookups are quotation look-ups as people type them: exact words,
// a speaker among the words, misremembered and misspelled words, a
// speaker's title, words no quotation holds (near misses), a speaker
// alone.
var benchLookups = []struct{ words, speaker string }{
	{"hardest yards", ""},
	{"merz textbook solutions", ""},
	{"very very big milestone", ""},
	{"make or brake", ""},
	{"the chancellor compromises", ""},
	{"weather forecast tomorrow", ""},
	{"", "zelenskiy"},
}

// BenchmarkQuote looks up quotations by words and by speaker.
func BenchmarkQuote(b *testing.B) {
	e := testEngine(b)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		l := benchLookups[i%len(benchLookups)]
		if _, err := e.Quote(ctx, l.words, l.speaker); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkQuoteVsAsk makes a quotation look-up and asks a question in
// turn (which goes first alternates), and reports the look-up's time as a
// multiple of the question's (quote/ask): look-ups stay within Ask's
// speed.
func BenchmarkQuoteVsAsk(b *testing.B) {
	e := testEngine(b)
	ctx := context.Background()
	var quote, ask time.Duration
	timeQuote := func(i int) {
		l := benchLookups[i%len(benchLookups)]
		t := time.Now()
		if _, err := e.Quote(ctx, l.words, l.speaker); err != nil {
			b.Fatal(err)
		}
		quote += time.Since(t)
	}
	timeAsk := func(i int) {
		t := time.Now()
		if _, err := e.Ask(ctx, benchQuestions[i%len(benchQuestions)]); err != nil {
			b.Fatal(err)
		}
		ask += time.Since(t)
	}
	i := 0
	for b.Loop() {
		if i%2 == 0 {
			timeQuote(i)
			timeAsk(i)
		} else {
			timeAsk(i)
			timeQuote(i)
		}
		i++
	}
	b.ReportMetric(float64(quote)/float64(max(ask, 1)), "quote/ask")
	b.ReportMetric(float64(quote.Microseconds())/float64(i), "quote-µs")
	b.ReportMetric(float64(ask.Microseconds())/float64(i), "ask-µs")
}

// BenchmarkAskVsMatch answers each question with Ask and with a bare match
// query in turn, so both see the same machine at the same moment (which
// goes first alternates, so neither always finds the caches warmed by the
// other), and reports Ask's time as a multiple of the match query's
// (ask/match).
func BenchmarkAskVsMatch(b *testing.B) {
	e := testEngine(b)
	ix, ok := e.s.(*index.Index)
	if !ok {
		b.Fatal("engine not over an *index.Index")
	}
	ctx := context.Background()
	var ask, match time.Duration
	timeMatch := func(q string) {
		t := time.Now()
		if _, err := ix.Match(ctx, q, candidates); err != nil {
			b.Fatal(err)
		}
		match += time.Since(t)
	}
	timeAsk := func(q string) {
		t := time.Now()
		if _, err := e.Ask(ctx, q); err != nil {
			b.Fatal(err)
		}
		ask += time.Since(t)
	}
	i := 0
	for b.Loop() {
		q := benchQuestions[i%len(benchQuestions)]
		if i%2 == 0 {
			timeMatch(q)
			timeAsk(q)
		} else {
			timeAsk(q)
			timeMatch(q)
		}
		i++
	}
	b.ReportMetric(float64(ask)/float64(max(match, 1)), "ask/match")
	b.ReportMetric(float64(ask.Microseconds())/float64(i), "ask-µs")
	b.ReportMetric(float64(match.Microseconds())/float64(i), "match-µs")
}
