package scale

import (
	"context"
	"testing"
	"time"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/qa"
)

// nearArticles is the size of the corpus BenchmarkAskVsMatchScale runs at:
// the five real articles and synthetic ones, about 3,300 passages: the
// most articles (nearScan) whose every passage the meaning channel of
// retrieval reads for each question, so that reading is timed at its
// dearest.
const nearArticles = 200

// scaleQuestions are questions of the real articles' kind, as
// BenchmarkAskVsMatch in internal/qa asks them.
var scaleQuestions = []string{
	"Who refused to deploy troops?",
	"How many countries took part in the coalition meeting?",
	"What did Merz say German forces could do?",
	"When did Russia launch its full-scale invasion?",
	"Which city hosts the coalition meeting?",
	"What is the population of India?",
}

// BenchmarkAskVsMatchScale is internal/qa's BenchmarkAskVsMatch over a
// corpus of nearArticles articles (about 3,300 passages) indexed in
// memory: each question asked with Ask and run as a bare match query in
// turn (which goes first alternates), and Ask's time reported as a multiple
// of the match query's (ask/match).
//
//	go test ./internal/scale -run '^$' -bench AskVsMatchScale
func BenchmarkAskVsMatchScale(b *testing.B) {
	c, _ := corpusOf(b, nearArticles)
	ix, err := index.Build(c, index.DefaultVocabulary())
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	e := qa.New(c, ix)
	passages := 0
	for _, a := range c.Articles {
		passages += len(a.Passages)
	}
	ctx := context.Background()
	var ask, match time.Duration
	timeMatch := func(q string) {
		t := time.Now()
		if _, err := ix.Match(ctx, q, 15); err != nil {
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
		q := scaleQuestions[i%len(scaleQuestions)]
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
	b.ReportMetric(float64(passages), "passages")
}
