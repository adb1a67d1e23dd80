package qa

import (
	"context"
	"flag"
	"testing"
	"time"

	"github.com/summitbot/summitbot/index"
)

// metaBenchArticles is how many articles BenchmarkMetaAtScale answers
// from: the five real ones and synthetic others (internal/synth).
var metaBenchArticles = flag.Int("meta.articles", 1000, "articles BenchmarkMetaAtScale answers from")

// BenchmarkMetaAtScale asks questions about the articles themselves, which
// read every article rather than the passages a search finds, of an engine
// over metaBenchArticles articles, and reports each one's time as a
// multiple of a bare match query's for the same words on the same index
// (ask/match, as BenchmarkAskVsMatch). "mention" asks of a name few
// articles hold, which the mention table (mentionTable) prunes to them;
// "mention-common" of a word a third of them hold, where it prunes
// little. The steady questions run with the tables read on first use
// (spellingTable, mentionTable) already built by the "-first" ones run
// before them; the "-first" questions are each
// asked as the first of their kind after New (the mention, list and
// spelling tables emptied before each run), the others then in the
// steady state:
//
//	go test ./internal/qa -run '^$' -bench MetaAtScale -benchtime 50x
//	go test ./internal/qa -run '^$' -bench 'MetaAtScale/(mention|bullets|spells)' -benchtime 5x -args -meta.articles=10000
func BenchmarkMetaAtScale(b *testing.B) {
	e := engineOver(b, synthOver(b, 1, *metaBenchArticles))
	ix, ok := e.s.(*index.Index)
	if !ok {
		b.Fatal("engine not over an *index.Index")
	}
	ctx := context.Background()
	for _, tc := range []struct {
		name, q string
		first   bool // asked as the first of its kind after New
	}{
		{"longest", "which article is the longest", false},
		{"shortest", "which story is the shortest", false},
		{"spells-first", "which article spells it zelenskiy", true},
		{"spells", "which article spells it zelenskiy", false},
		{"bullets-first", "which articles have bullet points", true},
		{"bullets", "which articles have bullet points", false},
		{"mention-first", "which articles mention greenland", true},
		{"mention-common-first", "which articles mention troops", true},
		{"mention", "which articles mention greenland", false},
		{"mention-common", "which articles mention troops", false},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var ask, match time.Duration
			n := 0
			for b.Loop() {
				if tc.first {
					e.wordArticles, e.lists, e.spellings = mentionTable{}, listTable{}, spellingTable{}
				}
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
