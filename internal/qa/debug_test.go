package qa

import (
	"context"
	"fmt"
	"os"
	"testing"
)

// TestDebugRanking prints the ranking of the question in $QA_DEBUG; it is a
// tool for working on the ranker, skipped otherwise.
func TestDebugRanking(t *testing.T) {
	question := os.Getenv("QA_DEBUG")
	if question == "" {
		t.Skip("set QA_DEBUG to a question to see its ranking")
	}
	e := testEngine(t)
	text, err := validate(question)
	if err != nil {
		t.Fatal(err)
	}
	q := e.analyse(text)
	fmt.Printf("kind=%s speaker=%q negated=%v unknown=%v\n", q.kind, q.speaker, q.negated, q.unknown)
	for _, qt := range q.terms {
		fmt.Printf("  term %-12s idf=%.2f entity=%v alts=%v\n", qt.term, qt.idf, qt.entity, qt.alts)
	}
	hits, _ := e.s.Search(context.Background(), e.query(q))
	cands := e.rank(q, hits)
	for i, c := range cands {
		if i == 8 {
			break
		}
		fmt.Printf("%d %.3f cov=%.2f ent=%v type=%.1f bleve=%.2f %s#%d %.110s\n", i, c.score, c.cov, c.entOK, c.typeOK, c.bleve, c.a.ID, c.p.Seq, c.p.Text)
	}
	a, _ := e.Ask(context.Background(), question)
	fmt.Printf("answered=%v short=%q sources=%v diffs=%v\n", a.Answered, a.Short, a.Sources, a.Differences)
}
