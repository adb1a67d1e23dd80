package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"sort"
	"sync"
	"unsafe"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// postingsBudget bounds how many postings (a term's passage, with its
// frequency and norm: 24 bytes) the postings cache holds, about 6 MB; a
// full cache starts afresh.
const postingsBudget = 1 << 18

// maxTermPostings is how many passages a term may be in for the cache to
// hold its postings: a commoner term's (of a large coverage) are read
// from the index at each search, as they come, not copied whole.
var maxTermPostings uint64 = postingsBudget / 16

// postingsCache holds the postings of the text field's terms as a search
// read them, so that the next search for a term walks a slice instead of
// opening the term's postings again. Opening them (the term dictionary's
// look-up, the postings list and its iterator) cost about as much as
// scoring them: a question's search opens a reader for each of its terms
// and each of their synonyms, some twenty, where a match query opens a few.
// The postings are those of one snapshot of the index: a search over
// another (the index merged its segments, and numbered its passages
// anew) starts the cache afresh. Safe for concurrent use.
type postingsCache struct {
	mu    sync.RWMutex
	snap  bleveindex.IndexReader // the snapshot the postings are of
	terms map[string]*postings   // by term; nil: a term whose postings are not held
	held  int                    // postings held, all terms
}

// postings are a term's passages, in the index's order, as a term field
// reader gives them with frequencies and norms, and its count.
type postings struct {
	count uint64
	docs  []posting
}

// posting is one passage of a term's postings: the index's internal
// number of the passage, the term's frequency in it and the field's norm.
type posting struct {
	num  uint64
	freq uint64
	norm float64
}

// of returns the postings of term in the text field of snapshot r, read
// and remembered on first use. Where the cache does not hold them (the
// term is in more than maxTermPostings passages, or r cannot give them
// as a plain list: a passage's internal id not a number) it gives nil
// postings and remembers that too, so that the next search opens the
// term's postings once and not twice; open is then the snapshot's own
// reader of the term where of opened it to learn so, for the caller to
// read and close, else nil.
func (c *postingsCache) of(ctx context.Context, r bleveindex.IndexReader, term []byte) (p *postings, open bleveindex.TermFieldReader, err error) {
	c.mu.RLock()
	p, ok := c.terms[string(term)]
	same := c.snap == r
	c.mu.RUnlock()
	if ok && same {
		return p, nil, nil
	}
	p, open, err = readPostings(ctx, r, term)
	if err != nil {
		return nil, nil, err
	}
	return c.keep(r, term, p), open, nil
}

// keep remembers p (nil: not held) as the postings of term in snapshot r
// and returns the cache's entry: the one another search, which missed
// the term at the same time, put there first, else p. A full cache, or
// one of another snapshot, starts afresh.
func (c *postingsCache) keep(r bleveindex.IndexReader, term []byte, p *postings) *postings {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.terms[string(term)]; ok && c.snap == r {
		return old
	}
	n := 1 // an entry of no postings (a term the snapshot lacks, or too common) still takes room
	if p != nil && len(p.docs) > 1 {
		n = len(p.docs)
	}
	if c.snap != r || c.held+n > postingsBudget {
		c.snap, c.terms, c.held = r, map[string]*postings{}, 0
	}
	c.terms[string(term)] = p
	c.held += n
	return p
}

// readPostings reads every posting of term in the text field of r, with
// frequencies and norms. Where the term is in more than maxTermPostings
// passages it gives no postings but the open reader, unread, for the
// caller to close; where a passage's internal id is not the 8-byte
// number of a scorch index, neither.
func readPostings(ctx context.Context, r bleveindex.IndexReader, term []byte) (*postings, bleveindex.TermFieldReader, error) {
	tfr, err := r.TermFieldReader(ctx, term, "text", true, true, false)
	if err != nil {
		return nil, nil, err
	}
	if tfr.Count() > maxTermPostings {
		return nil, tfr, nil
	}
	defer tfr.Close()
	p := &postings{count: tfr.Count()}
	plain := true
	err = eachPosting(ctx, tfr, func(m *bleveindex.TermFieldDoc) (bool, error) {
		if len(m.ID) != 8 {
			plain = false
			return false, nil
		}
		p.docs = append(p.docs, posting{num: m.ID.Value(), freq: m.Freq, norm: m.Norm})
		return true, nil
	})
	if err != nil || !plain {
		return nil, nil, err
	}
	return p, nil, nil
}

// eachPosting calls f with each posting tfr gives, Next after Next, in
// the index's order, until it gives none, or f reports false or fails
// (its error eachPosting's). It asks for no more than the reader counts
// (Count) and the end after them: a reader that gives more is broken,
// an error, not a walk without end. It stops with ctx's error where ctx
// is done, looked at before the first posting and every checkEvery after
// (bleve's readers keep ctx only for their statistics). The posting f is
// given is reused: f copies what it keeps.
func eachPosting(ctx context.Context, tfr bleveindex.TermFieldReader, f func(*bleveindex.TermFieldDoc) (bool, error)) error {
	var d bleveindex.TermFieldDoc
	next := func() (*bleveindex.TermFieldDoc, error) { return tfr.Next(d.Reset()) }
	return walkBounded(ctx, tfr.Count(), "postings past the reader's count", next, f)
}

// eachTerm calls f with each term dict gives, Next after Next, until it
// gives none, or f reports false or fails (its error eachTerm's), as
// eachPosting walks postings: it asks for no more terms than the
// dictionary counts (Cardinality: the terms of the field's segments
// together, a term of several given once, so no fewer than it gives) and
// the end after them, and stops with ctx's error where ctx is done,
// looked at before the first term and every checkEvery after. The entry
// f is given may be reused: f copies what it keeps.
func eachTerm(ctx context.Context, dict bleveindex.FieldDict, f func(*bleveindex.DictEntry) (bool, error)) error {
	return walkBounded(ctx, uint64(max(dict.Cardinality(), 0)), "terms past the dictionary's count", dict.Next, f)
}

// walkBounded calls f with each item next gives until it gives nil, or f
// reports false or fails (its error walkBounded's), asking for no more
// than count items and the end after them: one more is an error, tooMany
// and the count, and is not given to f, so that f sees no more than
// count items. It stops with ctx's error where ctx is done, looked at
// before the first item and every checkEvery after.
func walkBounded[T any](ctx context.Context, count uint64, tooMany string, next func() (*T, error), f func(*T) (bool, error)) error {
	for i := range count + 1 {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		m, err := next()
		if err != nil {
			return err
		}
		if m == nil {
			return nil
		}
		if i == count {
			break
		}
		if more, err := f(m); err != nil || !more {
			return err
		}
	}
	return fmt.Errorf("%s, %d", tooMany, count)
}

// checkEvery is how many postings or terms a walk reads between looks at
// its context: a look costs little, and a few hundred postings a
// fraction of a millisecond.
const checkEvery = 256

// cachedQuery is a query whose term searchers read their postings from
// the cache: the same searchers, scorers and scores as q's, each term's
// postings opened once and not at every search. It must not be given a
// query whose synonyms bleve would look up itself (it walks the query's
// known types to find its terms): the search states them
// (Query.Synonyms, PreSearchData).
type cachedQuery struct {
	q     query.Query
	cache *postingsCache
}

// Searcher is q's searcher over the cached postings of r's text field;
// q's own over r where the search wants what the cache does not hold
// (term vectors, no scores) or r is no BM25 reader.
func (c cachedQuery) Searcher(ctx context.Context, r bleveindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	bm, ok := r.(bleveindex.BM25Reader)
	if !ok || options.IncludeTermVectors || options.Score == "none" {
		return c.q.Searcher(ctx, r, m, options)
	}
	return c.q.Searcher(ctx, &cachedReader{BM25Reader: bm, cache: c.cache}, m, options)
}

// cachedReader is an index reader whose term field readers over the text
// field, with frequencies and norms and no term vectors, come from the
// postings cache; all else is the snapshot's own.
type cachedReader struct {
	bleveindex.BM25Reader
	cache *postingsCache
}

// TermFieldReader is a reader of term's cached postings in the text
// field, or the snapshot's own reader for any other field or need.
func (r *cachedReader) TermFieldReader(ctx context.Context, term []byte, field string, includeFreq, includeNorm, includeTermVectors bool) (bleveindex.TermFieldReader, error) {
	if field == "text" && includeFreq && includeNorm && !includeTermVectors {
		p, open, err := r.cache.of(ctx, r.BM25Reader, term)
		if err != nil {
			return nil, err
		}
		if p != nil {
			return &postingsReader{p: p}, nil
		}
		if open != nil {
			return open, nil
		}
	}
	return r.BM25Reader.TermFieldReader(ctx, term, field, includeFreq, includeNorm, includeTermVectors)
}

// postingsReader walks a term's cached postings as the snapshot's term
// field reader walks its postings list.
type postingsReader struct {
	p    *postings
	next int // the next posting Next gives
}

// Next gives the next posting, nil past the last.
func (r *postingsReader) Next(pre *bleveindex.TermFieldDoc) (*bleveindex.TermFieldDoc, error) {
	if r.next >= len(r.p.docs) {
		return nil, nil
	}
	d := r.p.docs[r.next]
	r.next++
	if pre == nil {
		pre = &bleveindex.TermFieldDoc{}
	}
	pre.ID = bleveindex.NewIndexInternalID(pre.ID, d.num)
	pre.Freq, pre.Norm = d.freq, d.norm
	return pre, nil
}

// Advance gives the first posting at id or after it, wherever the reader
// stood (the snapshot's reader starts again from the first when asked
// to go back), nil where there is none.
func (r *postingsReader) Advance(id bleveindex.IndexInternalID, pre *bleveindex.TermFieldDoc) (*bleveindex.TermFieldDoc, error) {
	var b [8]byte // (an id is 8 bytes; a shorter one sorts as if padded with zeros)
	copy(b[:], id)
	at := binary.BigEndian.Uint64(b[:])
	r.next = sort.Search(len(r.p.docs), func(i int) bool { return r.p.docs[i].num >= at })
	return r.Next(pre)
}

// Count is how many passages hold the term.
func (r *postingsReader) Count() uint64 { return r.p.count }

// Close releases nothing: the postings are the cache's.
func (r *postingsReader) Close() error { return nil }

// Size is the reader's own size in bytes, the postings aside.
func (r *postingsReader) Size() int { return int(unsafe.Sizeof(*r)) }
