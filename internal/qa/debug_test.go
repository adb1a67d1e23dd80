package qa

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/synth"
)

// TestDebugRanking prints the ranking of the question in $QA_DEBUG; it is a
// tool for working on the ranker, skipped otherwise. $QA_DEBUG_SIZE=N ranks
// among N articles: the real ones and synthetic distractors (the corpus the
// scale tests use).
func TestDebugRanking(t *testing.T) {
	question := os.Getenv("QA_DEBUG")
	if question == "" {
		t.Skip("set QA_DEBUG to a question to see its ranking")
	}
	e := testEngine(t)
	if n, _ := strconv.Atoi(os.Getenv("QA_DEBUG_SIZE")); n > len(e.c.Articles) {
		c, err := synth.Corpus(1, n, e.c.Articles...)
		if err != nil {
			t.Fatal(err)
		}
		e = engineOver(t, c)
	}
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
	cands := e.rank(q, e.withFollowers(hits))
	for i, c := range cands {
		if i == 12 {
			break
		}
		fmt.Printf("%d %.3f cov=%.2f ent=%v type=%.1f bleve=%.2f prox=%.2f phr=%.2f %s#%d %.100s\n", i, c.score, c.cov, c.entOK, c.typeOK, c.bleve, proximity(q, c), phrasing(q, c), c.a.ID, c.p.Seq, c.p.Text)
	}
	if len(cands) > 0 {
		fmt.Printf("abstention: %q\n", e.abstention(q, cands, true))
	}
	a, _ := e.Ask(context.Background(), question)
	fmt.Printf("answered=%v short=%q sources=%v diffs=%v\n", a.Answered, a.Short, a.Sources, a.Differences)
}

func engineOver(t testing.TB, c *corpus.Corpus) *Engine {
	t.Helper()
	ix, err := index.Build(c, index.DefaultVocabulary())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(c, ix)
}

// TestDebugScale scores the development and the more questions among
// $QA_SCALE articles (the real ones and synthetic distractors), counting a
// top passage from a synthetic article as a miss: a tool for seeing how
// ranking holds as the corpus grows, skipped otherwise.
func TestDebugScale(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("QA_SCALE"))
	if n == 0 {
		t.Skip("set QA_SCALE to a corpus size")
	}
	e := testEngine(t)
	var real []string
	for _, a := range e.c.Articles {
		real = append(real, a.ID)
	}
	c, err := synth.Corpus(1, n, e.c.Articles...)
	if err != nil {
		t.Fatal(err)
	}
	big := engineOver(t, c)
	for _, set := range []string{"dev_questions", "more_questions"} {
		cases := readJSONL[questionCase](t, "testdata/"+set+".jsonl")
		for i := range cases {
			if len(cases[i].Docs) == 0 {
				cases[i].Docs = real
			}
		}
		small, _ := ScoreQuestions(t, e, cases)
		got, misses := ScoreQuestions(t, big, cases)
		t.Logf("%s: hit1 %.3f at %d, %.3f at %d; abstain %.3f/%.3f false_abstain %.3f/%.3f",
			set, small.Hit1, len(e.c.Articles), got.Hit1, n, small.Abstain, got.Abstain, small.FalseAbstain, got.FalseAbstain)
		for _, m := range misses {
			t.Logf("miss at %d: %.160s", n, m)
		}
	}
}

// TestDebugAbstention prints, for each question of the cases file in
// $QA_ABSTAIN (JSON lines as testdata/dev_questions.jsonl), whether it is
// answerable, whether the engine answers, and why not: a tool for working
// on abstention, skipped otherwise.
func TestDebugAbstention(t *testing.T) {
	path := os.Getenv("QA_ABSTAIN")
	if path == "" {
		t.Skip("set QA_ABSTAIN to a cases file")
	}
	e := testEngine(t)
	for _, c := range readJSONL[questionCase](t, path) {
		text, err := validate(c.Q)
		if err != nil {
			continue
		}
		q := e.analyse(text)
		hits, _ := e.s.Search(context.Background(), e.query(q))
		cands := e.rank(q, e.withFollowers(hits))
		why := "no passage"
		top := ""
		if len(cands) > 0 {
			why = e.abstention(q, cands, true)
			top = fmt.Sprintf("cov=%.2f ent=%.2f type=%.1f %.60s", cands[0].cov, cands[0].entShare, cands[0].typeOK, cands[0].p.Text)
		}
		fmt.Printf("%s unanswerable=%v kind=%s why=%q | %s | %s\n", c.ID, c.Unanswerable, q.kind, why, c.Q, top)
	}
}
