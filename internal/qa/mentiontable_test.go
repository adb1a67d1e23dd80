package qa

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/synth"
)

// mentionFiles are invented articles for the mention table: names in
// several articles and in one, in a passage of one and in several, with
// £, —, ’ and é.
var mentionFiles = []string{
	"---\nid: lock\nheadline: Canal lock jams again\n---\nThe canal lock at Brenmoor jammed on Monday — the third time this spring.\nBarges waited below the lock while engineers drained it.\nThe café by the lock served the crews tea.\n",
	"---\nid: tolls\nheadline: Canal tolls to rise\n---\nTolls on the canal rise by £3 in May, the Brenmoor Trust said.\nThe trust’s chair, Ada Quill, said the tolls pay for the lock repairs.\n",
	"---\nid: barge\nheadline: Grain barge runs aground\n---\nA barge carrying grain ran aground near Brenmoor.\nNo one was hurt, and the grain was moved to another barge.\n",
}

// plainSearcher is a searcher that reads no postings (no PassagesWith):
// the mention table walks the articles.
type plainSearcher struct{ Searcher }

// brokenPostings is a searcher whose postings cannot be read: the
// mention table walks the articles instead.
type brokenPostings struct{ Searcher }

func (brokenPostings) PassagesWith(context.Context, string) ([]index.Hit, error) {
	return nil, errors.New("postings unreadable")
}

// strayPostings is a searcher whose postings give, besides each word's
// passages, passages the engine's corpus lacks: an article it does not
// hold, a number past an article's last passage and one below its first.
type strayPostings struct{ *index.Index }

func (s strayPostings) PassagesWith(ctx context.Context, term string) ([]index.Hit, error) {
	hits, err := s.Index.PassagesWith(ctx, term)
	if err != nil || len(hits) == 0 {
		return hits, err
	}
	first := hits[0].Article
	return append([]index.Hit{{Article: first, Seq: -1}, {Article: "aaa-no-such-article"}}, append(hits, index.Hit{Article: first, Seq: 1 << 20}, index.Hit{Article: "zzz-no-such-article"})...), nil
}

// TestMentionTable: the mention table read from the index's postings,
// word by word, holds for every word of the articles the passages that
// analysing each passage here finds it in, and nothing for a word no article holds; over a
// searcher without postings it walks, and gives the same; from 4
// goroutines at once, and with a budget so small it starts afresh at
// nearly every word.
func TestMentionTable(t *testing.T) {
	e := engineOfText(t, mentionFiles...)
	// what the table must hold, read apart from the table's own walk: each
	// passage's text analysed here, word by word
	want := map[string][]passageAt{}
	for i, a := range e.c.Articles {
		for k, p := range a.Passages {
			for _, tok := range e.s.Analyze(p.Text) {
				if at := (passageAt{int32(i), int32(k)}); !slices.Contains(want[tok.Term], at) {
					want[tok.Term] = append(want[tok.Term], at)
				}
			}
		}
	}
	for w, arts := range map[string]int{"lock": 2, "brenmoor": 3, "quill": 1} { // (articles that name it)
		var in []int32
		for _, at := range want[e.analyze(w)[0].Term] {
			if !slices.Contains(in, at.art) {
				in = append(in, at.art)
			}
		}
		if len(in) != arts {
			t.Fatalf("%q is in %d articles; want %d", w, len(in), arts)
		}
	}
	plain := New(e.c, plainSearcher{e.s})
	unknown := []string{"", "nosuchword", "£", "é"}
	check := func(name string, e *Engine) {
		t.Helper()
		var wg sync.WaitGroup
		errs := make(chan error, 4*(len(want)+len(unknown)))
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for word, arts := range want {
					if got := e.wordArticles.holding(t.Context(), e, word); !slices.Equal(got, arts) {
						errs <- fmt.Errorf("%s: holding(%q) = %v; want %v", name, word, got, arts)
					}
				}
				for _, word := range unknown {
					if _, ok := want[word]; !ok && len(e.wordArticles.holding(t.Context(), e, word)) != 0 {
						errs <- fmt.Errorf("%s: holding(%q) = %v; want none", name, word, e.wordArticles.holding(t.Context(), e, word))
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
	check("postings", e)
	if e.wordArticles.all != nil {
		t.Error("postings: the table walked the articles")
	}
	check("walk", plain)
	if plain.wordArticles.all == nil {
		t.Error("walk: the table did not walk the articles")
	}
	broken := New(e.c, brokenPostings{e.s})
	check("postings unreadable", broken)
	if broken.wordArticles.all == nil {
		t.Error("postings unreadable: the table did not walk the articles")
	}
	// a question given up: nothing read, and no walk of the articles
	// begun for it, whether the postings fail or there are none to read
	gone, cancel := context.WithCancel(t.Context())
	cancel()
	for name, e := range map[string]*Engine{"given up, postings unreadable": New(e.c, brokenPostings{e.s}), "given up, walk": New(e.c, plainSearcher{e.s}), "given up, postings": New(e.c, e.s)} {
		if got := e.wordArticles.holding(gone, e, "lock"); got != nil {
			t.Errorf("%s: holding(%q) = %v; want none", name, "lock", got)
		}
		if e.wordArticles.all != nil || e.wordArticles.read != nil {
			t.Errorf("%s: the table walked the articles or kept a word", name)
		}
	}
	ix, ok := e.s.(*index.Index)
	if !ok {
		t.Fatalf("engine searches a %T; want an *index.Index", e.s)
	}
	stray := New(e.c, strayPostings{ix})
	check("stray postings", stray)
	if stray.wordArticles.all != nil {
		t.Error("stray postings: the table walked the articles")
	}
	defer func(n int) { mentionBudget = n }(mentionBudget)
	mentionBudget = 0 // as many passages as the commonest word's: it starts afresh at nearly every word
	for _, at := range want {
		mentionBudget = max(mentionBudget, len(at))
	}
	e.wordArticles = mentionTable{}
	check("budget", e)
	if e.wordArticles.held > mentionBudget {
		t.Errorf("budget: the table holds %d passages; want at most %d", e.wordArticles.held, mentionBudget)
	}
}

// TestMayMention: mentionPassages are the passages holdsTerms reports
// hold the terms, no more and no fewer, in the articles' order; mayMention
// their articles, in order; and mentionHit an article's first of them,
// as the walk over its passages finds it. Over the real articles and
// synthetic ones, for each term of some questions alone, for all of
// them and for none.
func TestMayMention(t *testing.T) {
	c := synthOver(t, 2, 40)
	e := engineOver(t, c)
	for _, text := range []string{"which articles mention greenland", "which stories mention the coalition of the willing", "what articles talk about troops in ukraine", "which articles mention the mayor’s café"} {
		q := e.analyse(text)
		all := make([]int, len(q.terms))
		sets := [][]int{all, nil}
		for i := range q.terms {
			all[i] = i
			sets = append(sets, []int{i})
		}
		for _, terms := range sets {
			held := e.mentionPassages(t.Context(), &q, terms)
			var want []passageAt
			var arts []*corpus.Article
			for i, a := range c.Articles {
				first := true
				for k, p := range a.Passages {
					if !e.holdsTerms(&q, p.Text, terms) {
						continue
					}
					want = append(want, passageAt{int32(i), int32(k)})
					if first {
						arts = append(arts, a)
						if h, ok := e.mentionHit(&q, a, nil, terms, held); !ok || h.Passages[0].Seq != p.Seq {
							t.Errorf("%s %v: mentionHit(%s) = %v, %v; want passage %d", text, terms, a.ID, h.Passages, ok, p.Seq)
						}
					}
					first = false
				}
				if first {
					if h, ok := e.mentionHit(&q, a, nil, terms, held); ok {
						t.Errorf("%s %v: mentionHit(%s) = %v; want none", text, terms, a.ID, h.Passages)
					}
				}
			}
			if !slices.Equal(held, want) {
				t.Errorf("%s %v: mentionPassages = %v; want %v", text, terms, held, want)
			}
			if got := e.mayMention(held); !slices.Equal(got, arts) {
				t.Errorf("%s %v: mayMention = %d articles; want %d", text, terms, len(got), len(arts))
			}
		}
	}
}

// synthOver is the five real articles and synthetic others
// (synth.WithEmbedded) from seed, n in all.
func synthOver(tb testing.TB, seed uint64, n int) *corpus.Corpus {
	tb.Helper()
	c, err := synth.WithEmbedded(seed, n)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}
