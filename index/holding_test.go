package index

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/summitbot/summitbot/corpus"
)

// holdingFiles are invented articles for PassagesWith: words in several
// articles, in one, twice in a passage and in several passages of one,
// with £, —, ’ and é.
var holdingFiles = []string{
	"---\nid: lock\n---\nThe canal lock at Brenmoor jammed on Monday — the third time this spring.\nBarges waited below the lock while engineers drained it.\nThe café by the lock served the crews tea.\n",
	"---\nid: tolls-2\n---\nTolls on the canal rise by £3 in May.\nThe trust’s chair said the tolls pay for the lock repairs.\n",
	"---\nid: barge\n---\nA barge carrying grain ran aground near Brenmoor.\nNo one was hurt, and the grain was moved to another barge.\n",
	"---\nid: quiet\n---\nNothing happened on the river today.\n",
}

// walkPassages is, for each analysed word of c's passages, the passages
// that hold it, each once, in order of article id and sequence number:
// what PassagesWith must give, read the plain way.
func walkPassages(ix *Index, c *corpus.Corpus) map[string][]Hit {
	out := map[string][]Hit{}
	for _, a := range c.Articles {
		for _, p := range a.Passages {
			for _, tok := range ix.Analyze(p.Text) {
				h := Hit{Article: a.ID, Seq: p.Seq}
				if !slices.Contains(out[tok.Term], h) {
					out[tok.Term] = append(out[tok.Term], h)
				}
			}
		}
	}
	for _, hits := range out {
		slices.SortFunc(hits, func(a, b Hit) int { return cmp.Or(strings.Compare(a.Article, b.Article), a.Seq-b.Seq) })
	}
	return out
}

// batchedIndex is an index of c built in batches of about n passages, so
// that its passages are in several segments, numbered across them.
func batchedIndex(t *testing.T, c *corpus.Corpus, n int) *Index {
	t.Helper()
	v := DefaultVocabulary()
	m, err := indexMapping(v)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := fill(context.Background(), b, c, v, n, nil)
	if err != nil {
		b.Close()
		t.Fatal(err)
	}
	ix, err := newIndex(b, m, v, docs)
	if err != nil {
		b.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// TestPassagesWith: PassagesWith gives, for every word of the articles,
// the passages the walk over them finds (so it misses no posting), and
// none for a word no passage holds; over an index of one segment and one
// of several, read from 4 goroutines at once.
func TestPassagesWith(t *testing.T) {
	c := textCorpus(t, holdingFiles...)
	for _, tc := range []struct {
		name string
		ix   *Index
	}{
		{"one segment", textIndex(t, holdingFiles...)},
		{"segments", batchedIndex(t, c, 2)},
	} {
		want := walkPassages(tc.ix, c)
		if len(want[tc.ix.Analyze("lock")[0].Term]) != 4 || len(want[tc.ix.Analyze("tolls")[0].Term]) != 2 {
			t.Fatalf("%s: walk = %v; want lock in 4 passages, tolls in 2", tc.name, want)
		}
		unknown := []string{"", "nosuchword", "£", "—", tc.ix.Analyze("lock")[0].Term + "x"}
		var wg sync.WaitGroup
		errs := make(chan error, 4*(len(want)+len(unknown)))
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for term, hits := range want {
					got, err := tc.ix.PassagesWith(t.Context(), term)
					if err != nil || !slices.Equal(got, hits) {
						errs <- fmt.Errorf("%s: PassagesWith(%q) = %v, %v; want %v", tc.name, term, got, err, hits)
					}
				}
				for _, term := range unknown {
					if _, ok := want[term]; ok {
						continue
					}
					if got, err := tc.ix.PassagesWith(t.Context(), term); err != nil || len(got) != 0 {
						errs <- fmt.Errorf("%s: PassagesWith(%q) = %v, %v; want none", tc.name, term, got, err)
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
	}
}
