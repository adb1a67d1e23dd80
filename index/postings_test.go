package index

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	bleveindex "github.com/blevesearch/bleve_index_api"
	"github.com/summitbot/summitbot/corpus"
)

// postingsText is an invented story: words in many passages and in one,
// repeated in a passage, with £, —, ’ and é.
const postingsText = `---
id: ferry
headline: Ferry strike halts crossings
---
The ferry crews walked out at dawn, and the ferry company said crossings would stop.
Union leaders said the strike — the third this year — would last two days.
Passengers were told to seek refunds; the company’s café stayed open.
## Talks
Talks between the union and the company resumed on Tuesday in the port offices.
The company offered £200 more a month, which the union rejected as too little.
A ferry spokesperson said the offer stood and talks would go on.
- Crossings to the islands are cancelled.
- Refunds are paid within a week.
The strike ended when the union accepted a second offer, the crews back at work by Friday.
`

// postingsIndex is an index of the invented story, with a second
// article so that passages number across articles.
func postingsIndex(t *testing.T) *Index {
	t.Helper()
	return textIndex(t, postingsFiles...)
}

// postingsFiles are the invented story and an article of its port.
var postingsFiles = []string{postingsText, "---\nid: port\n---\nThe port reopened after the strike.\nCrews and passengers queued at the port for the first ferry.\n"}

// textIndex is an index of articles given as the text of their files.
func textIndex(t *testing.T, files ...string) *Index {
	t.Helper()
	return corpusIndex(t, textCorpus(t, files...))
}

// corpusIndex is the index of c with the default vocabulary, closed when
// the test ends.
func corpusIndex(t testing.TB, c *corpus.Corpus) *Index {
	t.Helper()
	ix, err := Build(c, DefaultVocabulary())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// textCorpus is a corpus of articles given as the text of their files.
func textCorpus(t *testing.T, files ...string) *corpus.Corpus {
	t.Helper()
	var arts []*corpus.Article
	for i, f := range files {
		a, err := corpus.Parse(fmt.Sprintf("a%d.md", i), []byte(f))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	c, err := corpus.New(arts...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// snapshot opens a reader of the index's current snapshot.
func snapshot(t *testing.T, ix *Index) bleveindex.IndexReader {
	t.Helper()
	adv, err := ix.bleve.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// doc is a TermFieldDoc as the tests compare it.
type doc struct {
	id   uint64
	freq uint64
	norm float64
}

// walk is every posting a term field reader gives, Next after Next: no
// more than it counts (Count), so that a broken reader, one that never
// gives the end, fails the test instead of walking on until go test's
// timeout.
func walk(t *testing.T, r bleveindex.TermFieldReader) []doc {
	t.Helper()
	var out []doc
	var d bleveindex.TermFieldDoc
	for range r.Count() + 1 {
		m, err := r.Next(d.Reset())
		if err != nil {
			t.Fatal(err)
		}
		if m == nil {
			return out
		}
		out = append(out, doc{m.ID.Value(), m.Freq, m.Norm})
	}
	t.Fatalf("a reader of %d postings gave more: %v", r.Count(), out)
	return nil
}

// TestPostingsReader: a term's cached postings read as the snapshot's own
// reader reads them, Next after Next, and from every Advance (to each
// passage, between passages, back, past the last), for every term of the
// index, read twice (the second from the cache), and for terms it lacks.
func TestPostingsReader(t *testing.T) {
	ix := postingsIndex(t)
	r := snapshot(t, ix)
	ctx := context.Background()
	var cache postingsCache
	all := slices.Collect(func(yield func(string) bool) {
		for term := range ix.df {
			if !yield(term) {
				return
			}
		}
	})
	slices.Sort(all)
	all = append(all, "", "nosuchterm", "caf", "é")
	if len(all) < 20 {
		t.Fatalf("index holds %d terms; want the story's", len(all))
	}
	for round := 0; round < 2; round++ {
		for _, term := range all {
			own, err := r.TermFieldReader(ctx, []byte(term), "text", true, true, false)
			if err != nil {
				t.Fatal(err)
			}
			want := walk(t, own)
			wantCount := own.Count()
			own.Close()
			p, open, err := cache.of(ctx, r, []byte(term))
			if err != nil || p == nil || open != nil {
				t.Fatalf("of(%q) = %v, %v, %v; want postings", term, p, open, err)
			}
			got := walk(t, &postingsReader{p: p})
			if !slices.Equal(got, want) || p.count != wantCount {
				t.Errorf("round %d: postings of %q = %v (count %d); want %v (count %d)", round, term, got, p.count, want, wantCount)
			}
			// Advance, from a fresh reader and from one that has read on
			var targets []uint64
			for _, d := range want {
				targets = append(targets, d.id, d.id+1)
			}
			targets = append(targets, 0, 1<<40)
			cached := &postingsReader{p: p}
			for _, at := range targets {
				id := bleveindex.NewIndexInternalID(nil, at)
				fresh, err := r.TermFieldReader(ctx, []byte(term), "text", true, true, false)
				if err != nil {
					t.Fatal(err)
				}
				wm, err := fresh.Advance(id, nil)
				if err != nil {
					t.Fatal(err)
				}
				var wantNext []doc
				if wm != nil {
					wantNext = append([]doc{{wm.ID.Value(), wm.Freq, wm.Norm}}, walk(t, fresh)...)
				}
				fresh.Close()
				gm, err := cached.Advance(id, nil)
				if err != nil {
					t.Fatal(err)
				}
				var gotNext []doc
				if gm != nil {
					gotNext = append([]doc{{gm.ID.Value(), gm.Freq, gm.Norm}}, walk(t, cached)...)
				}
				if !slices.Equal(gotNext, wantNext) {
					t.Errorf("%q: Advance(%d) then Next = %v; want %v", term, at, gotNext, wantNext)
				}
			}
		}
	}
}

// TestPostingsCacheSnapshot: postings read from one snapshot are not
// given for another's (another index here, numbering its passages
// otherwise): the cache starts afresh.
func TestPostingsCacheSnapshot(t *testing.T) {
	ctx := context.Background()
	one := snapshot(t, postingsIndex(t))
	other := snapshot(t, textIndex(t, "---\nid: other\n---\nA bridge opened.\nNo ferry ran.\nThe ferry ferry ferry sank.\n"))
	var cache postingsCache
	for _, r := range []bleveindex.IndexReader{one, other, one} {
		p, open, err := cache.of(ctx, r, []byte("ferri"))
		if err != nil || p == nil || open != nil {
			t.Fatalf("of(ferri) = %v, %v, %v", p, open, err)
		}
		own, err := r.TermFieldReader(ctx, []byte("ferri"), "text", true, true, false)
		if err != nil {
			t.Fatal(err)
		}
		want := walk(t, own)
		own.Close()
		if got := walk(t, &postingsReader{p: p}); !slices.Equal(got, want) {
			t.Errorf("postings of ferri = %v; want this snapshot's %v", got, want)
		}
	}
}

// TestSearchCached: a search whose postings come from the cache finds the
// same passages at the same scores as one that opens them afresh, with
// chosen synonyms and boosts, asked twice and from several goroutines at
// once (go test -race).
func TestSearchCached(t *testing.T) {
	sameCached(t, postingsIndex(t))
}

// TestSearchCachedPersisted: so too over an index written to disk and
// opened (its segments read from files).
func TestSearchCachedPersisted(t *testing.T) {
	c, v := textCorpus(t, postingsFiles...), DefaultVocabulary()
	path := filepath.Join(t.TempDir(), "idx")
	if _, err := Write(context.Background(), path, c, v, nil); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(path, c, v)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	sameCached(t, ix)
}

// sameCached checks that ix's searches find with the postings cache what
// they find without it.
func sameCached(t *testing.T, ix *Index) {
	t.Helper()
	queries := []Query{
		{Terms: terms(ix, "ferry strike"), Synonyms: map[string][]string{}},
		{Terms: terms(ix, "union rejected offer"), Synonyms: map[string][]string{terms(ix, "offer")[0]: terms(ix, "refunds talks")}, Boosts: map[string]float64{terms(ix, "union")[0]: 0.4}},
		{Terms: terms(ix, "crews passengers port café"), Synonyms: map[string][]string{terms(ix, "crews")[0]: terms(ix, "ferry")}, Size: 3},
		{Terms: terms(ix, "£200 month"), Synonyms: map[string][]string{}},
		{Terms: terms(ix, "nosuchword"), Synonyms: map[string][]string{}},
		{Text: "strike talks", Terms: terms(ix, "company"), Synonyms: map[string][]string{terms(ix, "company")[0]: terms(ix, "union")}},
		{Text: "the strike ended", Phrases: []string{"the strike ended"}, Synonyms: map[string][]string{}},
	}
	ctx := context.Background()
	want := make([][]Hit, len(queries))
	ix.uncached = true
	for i, q := range queries {
		hits, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = hits
	}
	ix.uncached = false
	if len(ix.postings.terms) != 0 {
		t.Fatal("uncached searches filled the cache")
	}
	if len(want[0]) == 0 || len(want[1]) == 0 {
		t.Fatalf("uncached searches found %v, %v; want passages", want[0], want[1])
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(queries))
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 2; round++ {
				for i, q := range queries {
					got, err := ix.Search(ctx, q)
					if err != nil {
						errs <- err
						return
					}
					if !slices.Equal(got, want[i]) {
						errs <- fmt.Errorf("query %d, round %d: cached search = %v; want %v", i, round, got, want[i])
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if len(ix.postings.terms) == 0 {
		t.Error("the searches left no postings in the cache")
	}
}

// TestPostingsCommonTerm: a term in more passages than maxTermPostings is
// read from the index at each search, not held, and searches find what
// they found without the cache.
func TestPostingsCommonTerm(t *testing.T) {
	ix := postingsIndex(t)
	ctx := context.Background()
	q := Query{Terms: terms(ix, "ferry union port"), Synonyms: map[string][]string{}}
	ix.uncached = true
	want, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	ix.uncached = false
	defer func(n uint64) { maxTermPostings = n }(maxTermPostings)
	maxTermPostings = 2
	got, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("search with common terms uncached = %v; want %v", got, want)
	}
	ferry := terms(ix, "ferry")[0]
	if ix.Docs() < 3 || ix.DocFreq(ferry) <= 2 {
		t.Fatalf("ferry is in %d of %d passages; want more than 2", ix.DocFreq(ferry), ix.Docs())
	}
	if ix.postings.terms[ferry] != nil {
		t.Errorf("the cache holds the postings of %q, in %d passages, past maxTermPostings %d", ferry, ix.DocFreq(ferry), maxTermPostings)
	}
}

// countingReader is a snapshot that counts the term field readers it
// opens, and, where wait is set, holds each opener until all those wait
// counts have opened one (so that they all miss the cache at once).
type countingReader struct {
	bleveindex.BM25Reader
	mu    sync.Mutex
	opens int
	wait  *sync.WaitGroup
}

// TermFieldReader counts the opening, waits for the others where asked
// to, and opens the snapshot's own reader.
func (c *countingReader) TermFieldReader(ctx context.Context, term []byte, field string, freq, norm, vectors bool) (bleveindex.TermFieldReader, error) {
	c.mu.Lock()
	c.opens++
	c.mu.Unlock()
	if c.wait != nil {
		c.wait.Done()
		c.wait.Wait()
	}
	return c.BM25Reader.TermFieldReader(ctx, term, field, freq, norm, vectors)
}

// TestPostingsCommonTermOpens: a term too common for the cache has its
// postings opened once a search, as without the cache (not once to learn
// it is common and again to read it), and searches read the same
// postings as from the snapshot.
func TestPostingsCommonTermOpens(t *testing.T) {
	ctx := context.Background()
	snap := snapshot(t, postingsIndex(t)).(bleveindex.BM25Reader)
	own, err := snap.TermFieldReader(ctx, []byte("ferri"), "text", true, true, false)
	if err != nil {
		t.Fatal(err)
	}
	want := walk(t, own)
	own.Close()
	defer func(n uint64) { maxTermPostings = n }(maxTermPostings)
	maxTermPostings = 2
	if len(want) <= 2 {
		t.Fatalf("ferry is in %d passages; want more than 2", len(want))
	}
	counting := &countingReader{BM25Reader: snap}
	r := &cachedReader{BM25Reader: counting, cache: &postingsCache{}}
	const searches = 3
	for i := 0; i < searches; i++ {
		tfr, err := r.TermFieldReader(ctx, []byte("ferri"), "text", true, true, false)
		if err != nil {
			t.Fatal(err)
		}
		if got := walk(t, tfr); !slices.Equal(got, want) {
			t.Errorf("search %d: postings of ferri = %v; want %v", i, got, want)
		}
		tfr.Close()
	}
	if counting.opens > searches {
		t.Errorf("%d searches of a common term opened its postings %d times; want at most %d", searches, counting.opens, searches)
	}
}

// TestPostingsConcurrentMiss: searches that miss the same term at once
// leave one entry, counted once in what the cache holds.
func TestPostingsConcurrentMiss(t *testing.T) {
	ctx := context.Background()
	snap := snapshot(t, postingsIndex(t)).(bleveindex.BM25Reader)
	const searches = 4
	var wait sync.WaitGroup
	wait.Add(searches)
	counting := &countingReader{BM25Reader: snap, wait: &wait}
	var cache postingsCache
	r := &cachedReader{BM25Reader: counting, cache: &cache}
	var done sync.WaitGroup
	errs := make([]error, searches)
	for i := 0; i < searches; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			tfr, err := r.TermFieldReader(ctx, []byte("ferri"), "text", true, true, false)
			if err == nil {
				tfr.Close()
			}
			errs[i] = err
		}()
	}
	done.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if counting.opens != searches {
		t.Fatalf("%d searches opened the postings %d times; want each to miss", searches, counting.opens)
	}
	held := 0
	for _, p := range cache.terms {
		held += max(1, len(p.docs))
	}
	if held == 0 || cache.held != held {
		t.Errorf("the cache counts %d postings held; it holds %d", cache.held, held)
	}
}

// TestPostingsEntriesCounted: a term with no postings held (absent from
// the snapshot) still counts towards the cache's budget, one a term, so
// that many such terms start the cache afresh as postings do rather than
// growing it without bound.
func TestPostingsEntriesCounted(t *testing.T) {
	ctx := context.Background()
	r := snapshot(t, postingsIndex(t))
	var cache postingsCache
	const absent = 5
	for i := range absent {
		p, open, err := cache.of(ctx, r, []byte(fmt.Sprintf("zzabsent%d", i)))
		if err != nil {
			t.Fatal(err)
		}
		if open != nil {
			open.Close()
		}
		if p != nil && len(p.docs) > 0 {
			t.Fatalf("an absent term has postings %v", p.docs)
		}
	}
	if len(cache.terms) != absent || cache.held != absent {
		t.Errorf("%d absent terms: %d entries, %d counted held; want each counted once", absent, len(cache.terms), cache.held)
	}
}

var errWalkedOn = errors.New("walked on past the limit")

// countedItems is a source of items, numbered from 1, that gives given
// of them, then the end; past limit asks it fails, so that a walk
// without a bound ends too.
type countedItems struct {
	given, limit int
	nexts        int // items asked for
	item         int
}

func (c *countedItems) next() (*int, error) {
	c.nexts++
	if c.nexts > c.limit {
		return nil, errWalkedOn
	}
	if c.nexts > c.given {
		return nil, nil
	}
	c.item = c.nexts
	return &c.item, nil
}

// TestWalkBounded: walkBounded gives every item of a source that gives
// what it counts (or fewer: a term of two segments counted twice), stops
// where f says so or fails, over a broken source, one that gives more
// items than it counts, fails after asking for one past the count and
// gives f no more than the count (the source here gives up at 1000, what
// a walk without end would reach), and stops where its context is done,
// before the first item or at the next look after it.
func TestWalkBounded(t *testing.T) {
	stop := errors.New("stop")
	for _, tc := range []struct {
		name          string
		count, given  int
		stopAt        int // f reports false at this item (0: never)
		failAt        int // f fails at this item (0: never)
		cancelAt      int // the context is cancelled at this item (-1: before the walk; 0: never)
		wantSeen      int
		wantNexts     int
		wantErr       error // f's or the context's error, where wantCountsErr is not set
		wantCountsErr bool
	}{
		{name: "none", wantNexts: 1},
		{name: "as counted", count: 3, given: 3, wantSeen: 3, wantNexts: 4},
		{name: "fewer than counted", count: 5, given: 3, wantSeen: 3, wantNexts: 4},
		{name: "stopped", count: 3, given: 3, stopAt: 2, wantSeen: 2, wantNexts: 2},
		{name: "failed", count: 3, given: 3, failAt: 1, wantSeen: 1, wantNexts: 1, wantErr: stop},
		{name: "more than counted", count: 3, given: 1 << 30, wantSeen: 3, wantNexts: 4, wantCountsErr: true},
		{name: "endless, none counted", given: 1 << 30, wantSeen: 0, wantNexts: 1, wantCountsErr: true},
		// a question given up: no item read, or none past the next look
		{name: "cancelled before", count: 3, given: 3, cancelAt: -1, wantErr: context.Canceled},
		{name: "cancelled on the way", count: 900, given: 900, cancelAt: 10, wantSeen: checkEvery, wantNexts: checkEvery, wantErr: context.Canceled},
	} {
		src := &countedItems{given: tc.given, limit: 1000}
		ctx, cancel := context.WithCancel(t.Context())
		if tc.cancelAt < 0 {
			cancel()
		}
		seen := 0
		err := walkBounded(ctx, uint64(tc.count), "too many", src.next, func(m *int) (bool, error) {
			seen++
			if seen == tc.cancelAt {
				cancel()
			}
			if *m != seen {
				t.Errorf("%s: item %d is %d", tc.name, seen, *m)
			}
			if seen == tc.failAt {
				return false, stop
			}
			return seen != tc.stopAt, nil
		})
		switch {
		case errors.Is(err, errWalkedOn):
			t.Errorf("%s: walkBounded walked on to the source's limit (%d asked); want it to stop one past the count, %d", tc.name, src.nexts, tc.count)
		case tc.wantCountsErr && (err == nil || !strings.Contains(err.Error(), fmt.Sprintf("too many, %d", tc.count))):
			t.Errorf("%s: walkBounded = %v; want too many, %d", tc.name, err, tc.count)
		case !tc.wantCountsErr && err != tc.wantErr:
			t.Errorf("%s: walkBounded = %v; want %v", tc.name, err, tc.wantErr)
		}
		if seen != tc.wantSeen || src.nexts != tc.wantNexts {
			t.Errorf("%s: %d items seen, %d asked; want %d, %d", tc.name, seen, src.nexts, tc.wantSeen, tc.wantNexts)
		}
		cancel()
	}
}

// countedReader is a term field reader of count postings that gives
// given of them (more than count: a broken reader), then the end; past
// limit Nexts it fails, so that a walk without a bound ends too. It
// counts the Nexts given a posting not reset (nil, or its frequency or
// norm left from before).
type countedReader struct {
	count, given, limit int
	nexts               int // Nexts asked for
	unreset             int // Nexts given a posting not reset
}

func (r *countedReader) Next(pre *bleveindex.TermFieldDoc) (*bleveindex.TermFieldDoc, error) {
	r.nexts++
	if pre == nil || pre.Freq != 0 || pre.Norm != 0 {
		r.unreset++
	}
	if r.nexts > r.limit {
		return nil, errWalkedOn
	}
	if r.nexts > r.given {
		return nil, nil
	}
	if pre == nil {
		pre = &bleveindex.TermFieldDoc{}
	}
	pre.ID = bleveindex.NewIndexInternalID(pre.ID, uint64(r.nexts))
	pre.Freq, pre.Norm = uint64(r.nexts), 1
	return pre, nil
}

func (r *countedReader) Advance(bleveindex.IndexInternalID, *bleveindex.TermFieldDoc) (*bleveindex.TermFieldDoc, error) {
	return nil, errors.New("countedReader: no Advance")
}
func (r *countedReader) Count() uint64 { return uint64(r.count) }
func (r *countedReader) Close() error  { return nil }
func (r *countedReader) Size() int     { return 0 }

// TestEachPosting: eachPosting walks a reader's postings as walkBounded
// walks (TestWalkBounded), bounded by the reader's Count, one posting
// reused, reset before each Next; a done context reads none.
func TestEachPosting(t *testing.T) {
	for _, tc := range []struct {
		name            string
		count, given    int
		cancelled       bool
		wantIDs         []uint64
		wantNexts       int
		wantErr         bool
		wantCanceledErr bool
	}{
		{name: "as counted", count: 3, given: 3, wantIDs: []uint64{1, 2, 3}, wantNexts: 4},
		{name: "more than counted", count: 2, given: 1 << 30, wantIDs: []uint64{1, 2}, wantNexts: 3, wantErr: true},
		{name: "cancelled", count: 3, given: 3, cancelled: true, wantErr: true, wantCanceledErr: true},
	} {
		r := &countedReader{count: tc.count, given: tc.given, limit: 1000}
		ctx, cancel := context.WithCancel(t.Context())
		if tc.cancelled {
			cancel()
		}
		var ids []uint64
		var given []*bleveindex.TermFieldDoc
		err := eachPosting(ctx, r, func(m *bleveindex.TermFieldDoc) (bool, error) {
			ids = append(ids, m.ID.Value())
			given = append(given, m)
			return true, nil
		})
		cancel()
		if (err != nil) != tc.wantErr || tc.wantCanceledErr && !errors.Is(err, context.Canceled) {
			t.Errorf("%s: eachPosting = %v; want an error %v", tc.name, err, tc.wantErr)
		}
		if !slices.Equal(ids, tc.wantIDs) || r.nexts != tc.wantNexts {
			t.Errorf("%s: postings %v after %d Nexts; want %v after %d", tc.name, ids, r.nexts, tc.wantIDs, tc.wantNexts)
		}
		if r.unreset != 0 {
			t.Errorf("%s: %d of %d Nexts given a posting not reset", tc.name, r.unreset, r.nexts)
		}
		for _, m := range given {
			if m != given[0] {
				t.Errorf("%s: eachPosting gave f postings %p and %p; want one reused", tc.name, given[0], m)
				break
			}
		}
	}
}
