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

// TestEachTerm: eachTerm walks a dictionary's terms as walkBounded walks
// (TestWalkBounded), bounded by the dictionary's Cardinality, a negative
// one read as none.
func TestEachTerm(t *testing.T) {
	for _, tc := range []struct {
		name         string
		count, given int
		wantTerms    []string
		wantNexts    int
		wantErr      bool
	}{
		{name: "as counted", count: 3, given: 3, wantTerms: []string{"t0001", "t0002", "t0003"}, wantNexts: 4},
		{name: "more than counted", count: 2, given: 1 << 30, wantTerms: []string{"t0001", "t0002"}, wantNexts: 3, wantErr: true},
		{name: "negative count, none given", count: -1, wantNexts: 1},
		{name: "negative count, more given", count: -1, given: 1 << 30, wantNexts: 1, wantErr: true},
	} {
		d := &countedDict{count: tc.count, given: tc.given, limit: 1000}
		var got []string
		err := eachTerm(t.Context(), d, func(e *bleveindex.DictEntry) (bool, error) {
			got = append(got, e.Term)
			return true, nil
		})
		if (err != nil) != tc.wantErr || errors.Is(err, errWalkedOn) {
			t.Errorf("%s: eachTerm = %v; want an error %v", tc.name, err, tc.wantErr)
		}
		if !slices.Equal(got, tc.wantTerms) || d.nexts != tc.wantNexts {
			t.Errorf("%s: terms %q after %d Nexts; want %q after %d", tc.name, got, d.nexts, tc.wantTerms, tc.wantNexts)
		}
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
