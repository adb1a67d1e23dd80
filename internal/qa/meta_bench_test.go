package qa

import (
	"context"
	"testing"
	"time"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/synth"
)

// metaBenchArticles is how many articles BenchmarkMetaAtScale answers
// from: the five real ones and synthetic others (internal/synth).
const metaBenchArticles = 1000

// BenchmarkMetaAtScale asks questions about the articles themselves, which
// read every article rather than the passages a search finds, of an engine
// over metaBenchArticles articles, and reports each one's time as a
// multiple of a bare match query's for the same words on the same index
// (ask/match, as BenchmarkAskVsMatch):
//
//	go test ./internal/qa -run '^$' -bench MetaAtScale -benchtime 20x
func BenchmarkMetaAtScale(b *testing.B) {
	real, err := corpus.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	c, err := synth.Corpus(1, metaBenchArticles, real.Articles...)
	if err != nil {
		b.Fatal(err)
	}
	e := engineOver(b, c)
	ix, ok := e.s.(*index.Index)
	if !ok {
		b.Fatal("engine not over an *index.Index")
	}
	ctx := context.Background()
	for _, tc := range []struct{ name, q string }{
		{"longest", "which article is the longest"},
		{"shortest", "which story is the shortest"},
		{"spells", "which article spells it zelenskiy"},
		{"bullets", "which articles have bullet points"},
		{"mention", "which articles mention greenland"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var ask, match time.Duration
			n := 0
			for b.Loop() {
				t := time.Now()
				if _, err := e.Ask(ctx, tc.q); err != nil {
					b.Fatal(err)
				}
				ask += time.Since(t)
				t = time.Now()
				if _, err := ix.Match(ctx, tc.q, candidates); err != nil {
					b.Fatal(err)
				}
				match += time.Since(t)
				n++
			}
			b.ReportMetric(float64(ask)/float64(max(match, 1)), "ask/match")
			b.ReportMetric(float64(ask.Microseconds())/float64(n), "ask-µs")
		})
	}
}
