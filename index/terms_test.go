package index

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	bleveindex "github.com/blevesearch/bleve_index_api"
)

// countedDict is a field dictionary of count terms that gives given of
// them (more than count: a broken dictionary), then the end; past limit
// Nexts it fails, so that a walk without a bound ends too. Its terms are
// prefix (t where empty) and their number, t0001, t0002….
type countedDict struct {
	count, given, limit int
	prefix              string
	nexts               int // Nexts asked for
	e                   bleveindex.DictEntry
}

func (d *countedDict) Next() (*bleveindex.DictEntry, error) {
	d.nexts++
	if d.nexts > d.limit {
		return nil, errWalkedOn
	}
	if d.nexts > d.given {
		return nil, nil
	}
	d.e = bleveindex.DictEntry{Term: fmt.Sprintf("%s%04d", cmp.Or(d.prefix, "t"), d.nexts), Count: uint64(d.nexts)}
	return &d.e, nil
}

func (d *countedDict) Close() error      { return nil }
func (d *countedDict) Cardinality() int  { return d.count }
func (d *countedDict) BytesRead() uint64 { return 0 }

// TestEachTerm: eachTerm gives every term of a dictionary that gives what
// it counts, stops where f says so or fails, over a broken dictionary,
// one that gives more terms than it counts, fails after asking for one
// past the count (the dictionary here gives up at 1000, what a walk
// without end would reach), and stops where its context is done, before
// the first term or at the next look after it.
func TestEachTerm(t *testing.T) {
	stop := errors.New("stop")
	for _, tc := range []struct {
		name          string
		count, given  int
		stopAt        int // f reports false at this term (0: never)
		failAt        int // f fails at this term (0: never)
		cancelAt      int // the context is cancelled at this term (-1: before the walk; 0: never)
		wantSeen      int
		wantNexts     int
		wantErr       error
		wantCountsErr bool
	}{
		{name: "none", wantNexts: 1},
		{name: "as counted", count: 3, given: 3, wantSeen: 3, wantNexts: 4},
		{name: "fewer than counted", count: 5, given: 3, wantSeen: 3, wantNexts: 4}, // (a term in two segments, counted twice)
		{name: "stopped", count: 3, given: 3, stopAt: 2, wantSeen: 2, wantNexts: 2},
		{name: "failed", count: 3, given: 3, failAt: 1, wantSeen: 1, wantNexts: 1, wantErr: stop},
		{name: "more than counted", count: 3, given: 1 << 30, wantSeen: 3, wantNexts: 4, wantCountsErr: true},
		{name: "endless, none counted", given: 1 << 30, wantSeen: 0, wantNexts: 1, wantCountsErr: true},
		{name: "cancelled before", count: 3, given: 3, cancelAt: -1, wantErr: context.Canceled},
		{name: "cancelled on the way", count: 900, given: 900, cancelAt: 10, wantSeen: checkEvery, wantNexts: checkEvery, wantErr: context.Canceled},
	} {
		d := &countedDict{count: tc.count, given: tc.given, limit: 1000}
		ctx, cancel := context.WithCancel(t.Context())
		if tc.cancelAt < 0 {
			cancel()
		}
		seen := 0
		err := eachTerm(ctx, d, func(e *bleveindex.DictEntry) (bool, error) {
			seen++
			if seen == tc.cancelAt {
				cancel()
			}
			if want := fmt.Sprintf("t%04d", seen); e.Term != want {
				t.Errorf("%s: term %d is %q; want %q", tc.name, seen, e.Term, want)
			}
			if seen == tc.failAt {
				return false, stop
			}
			return seen != tc.stopAt, nil
		})
		switch {
		case errors.Is(err, errWalkedOn):
			t.Errorf("%s: eachTerm walked on to the dictionary's limit (%d Nexts); want it to stop one past the count, %d", tc.name, d.nexts, tc.count)
		case tc.wantCountsErr && err == nil:
			t.Errorf("%s: eachTerm = nil; want an error (more terms than counted)", tc.name)
		case !tc.wantCountsErr && err != tc.wantErr:
			t.Errorf("%s: eachTerm = %v; want %v", tc.name, err, tc.wantErr)
		}
		if seen != tc.wantSeen || d.nexts != tc.wantNexts {
			t.Errorf("%s: %d terms seen, %d Nexts; want %d, %d", tc.name, seen, d.nexts, tc.wantSeen, tc.wantNexts)
		}
		cancel()
	}
}

// TestDocFreqs: each term's passage count as the dictionary gives it; a
// dictionary that gives more terms than it counts is an error after one
// past the count, not a walk on; a done context reads no term.
func TestDocFreqs(t *testing.T) {
	df, err := docFreqs(t.Context(), &countedDict{count: 2, given: 2, limit: 1000})
	if err != nil || len(df) != 2 || df["t0001"] != 1 || df["t0002"] != 2 {
		t.Errorf("docFreqs = %v, %v; want t0001:1 t0002:2", df, err)
	}
	d := &countedDict{count: 3, given: 1 << 30, limit: 1000}
	if df, err := docFreqs(t.Context(), d); err == nil || errors.Is(err, errWalkedOn) || d.nexts != 4 {
		t.Errorf("docFreqs over a broken dictionary = %d terms, %v after %d Nexts; want an error after 4", len(df), err, d.nexts)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	d = &countedDict{count: 3, given: 3, limit: 1000}
	if _, err := docFreqs(ctx, d); !errors.Is(err, context.Canceled) || d.nexts != 0 {
		t.Errorf("docFreqs cancelled = %v after %d Nexts; want %v after none", err, d.nexts, context.Canceled)
	}
}

// fakeFuzzy is a fuzzy reader whose dictionary for each word is dicts'.
type fakeFuzzy map[string]*countedDict

func (f fakeFuzzy) FieldDictFuzzy(field, term string, fuzziness int, prefix string) (bleveindex.FieldDict, error) {
	if d, ok := f[term]; ok {
		return d, nil
	}
	return nil, errors.New("no such word")
}

// TestFuzzyTerms: the terms of every candidate's dictionary, each once;
// a broken dictionary, one that never gives its end, keeps the terms of
// its count (its own terms, b…, so that one past the count would show)
// and is left one past it, not walked to its limit; a done context reads
// none.
func TestFuzzyTerms(t *testing.T) {
	broken := &countedDict{count: 2, given: 1 << 30, limit: 1000, prefix: "b"}
	fr := fakeFuzzy{"a": {count: 3, given: 3, limit: 1000}, "b": broken}
	got := fuzzyTerms(t.Context(), fr, []string{"a", "missing", "b"}, 1)
	if want := []string{"t0001", "t0002", "t0003", "b0001", "b0002"}; !slices.Equal(got, want) || broken.nexts != 3 {
		t.Errorf("fuzzyTerms = %d terms %q… after %d Nexts of the broken dictionary; want %q after 3", len(got), got[:min(len(got), 5)], broken.nexts, want)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	fresh := &countedDict{count: 3, given: 3, limit: 1000}
	if got := fuzzyTerms(ctx, fakeFuzzy{"a": fresh}, []string{"a"}, 1); len(got) != 0 || fresh.nexts != 0 {
		t.Errorf("fuzzyTerms cancelled = %q after %d Nexts; want none", got, fresh.nexts)
	}
}
