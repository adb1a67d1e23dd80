package index

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/summitbot/summitbot/corpus"
)

// holdingFiles are invented articles for ArticlesWith: words in several
// articles, in one, twice in a passage and in several passages of one,
// with £, —, ’ and é.
var holdingFiles = []string{
	"---\nid: lock\n---\nThe canal lock at Brenmoor jammed on Monday — the third time this spring.\nBarges waited below the lock while engineers drained it.\nThe café by the lock served the crews tea.\n",
	"---\nid: tolls-2\n---\nTolls on the canal rise by £3 in May.\nThe trust’s chair said the tolls pay for the lock repairs.\n",
	"---\nid: barge\n---\nA barge carrying grain ran aground near Brenmoor.\nNo one was hurt, and the grain was moved to another barge.\n",
	"---\nid: quiet\n---\nNothing happened on the river today.\n",
}

// walkArticles is, for each analysed word of c's passages, the ids of the
// articles with a passage that holds it, in ascending order: what
// ArticlesWith must give, read the plain way.
func walkArticles(ix *Index, c *corpus.Corpus) map[string][]string {
	out := map[string][]string{}
	for _, a := range c.Articles {
		for _, p := range a.Passages {
			for _, tok := range ix.Analyze(p.Text) {
				if !slices.Contains(out[tok.Term], a.ID) {
					out[tok.Term] = append(out[tok.Term], a.ID)
				}
			}
		}
	}
	for _, ids := range out {
		slices.Sort(ids)
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

// TestArticlesWith: ArticlesWith gives, for every word of the articles,
// the articles the walk over their passages finds (so it misses no
// posting and counts an article once), and none for a word no passage
// holds; over an index of one segment and one of several, read from 4
// goroutines at once.
func TestArticlesWith(t *testing.T) {
	c := textCorpus(t, holdingFiles...)
	for _, tc := range []struct {
		name string
		ix   *Index
	}{
		{"one segment", textIndex(t, holdingFiles...)},
		{"segments", batchedIndex(t, c, 2)},
	} {
		want := walkArticles(tc.ix, c)
		if len(want[tc.ix.Analyze("lock")[0].Term]) != 2 || len(want[tc.ix.Analyze("tolls")[0].Term]) != 1 {
			t.Fatalf("%s: walk = %v; want lock in 2 articles, tolls in 1", tc.name, want)
		}
		unknown := []string{"", "nosuchword", "£", "—", tc.ix.Analyze("lock")[0].Term + "x"}
		var wg sync.WaitGroup
		errs := make(chan error, 4*(len(want)+len(unknown)))
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for term, ids := range want {
					got, err := tc.ix.ArticlesWith(term)
					if err != nil || !slices.Equal(got, ids) {
						errs <- fmt.Errorf("%s: ArticlesWith(%q) = %v, %v; want %v", tc.name, term, got, err, ids)
					}
				}
				for _, term := range unknown {
					if _, ok := want[term]; ok {
						continue
					}
					if got, err := tc.ix.ArticlesWith(term); err != nil || len(got) != 0 {
						errs <- fmt.Errorf("%s: ArticlesWith(%q) = %v, %v; want none", tc.name, term, got, err)
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
