package index

import (
	"context"
	"fmt"
	"sort"

	bleveindex "github.com/blevesearch/bleve_index_api"
)

// PassagesWith returns the passages whose text holds the analysed term,
// each a Hit of score 0, in order of article id and then of sequence
// number: what analysing every passage would find, read from the term's
// postings instead (each passage of them named by its id, "article#seq").
// None where no passage holds the term.
func (ix *Index) PassagesWith(ctx context.Context, term string) ([]Hit, error) {
	adv, err := ix.bleve.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: passages with %q: %w", term, err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index: passages with %q: %w", term, err)
	}
	defer r.Close()
	out, err := passagesWith(ctx, r, term)
	if err != nil {
		return nil, fmt.Errorf("index: passages with %q: %w", term, err)
	}
	return out, nil
}

// passagesWith is PassagesWith over the snapshot r.
func passagesWith(ctx context.Context, r bleveindex.IndexReader, term string) ([]Hit, error) {
	tfr, err := r.TermFieldReader(ctx, []byte(term), "text", false, false, false)
	if err != nil {
		return nil, err
	}
	defer tfr.Close()
	var out []Hit
	err = eachPosting(ctx, tfr, func(m *bleveindex.TermFieldDoc) (bool, error) {
		id, err := r.ExternalID(m.ID)
		if err != nil {
			return false, err
		}
		if art, seq, ok := parseDocID(id); ok { // (defensive: the text field holds passages only; synonym definitions are their own collection)
			out = append(out, Hit{Article: art, Seq: seq})
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Article != out[j].Article {
			return out[i].Article < out[j].Article
		}
		return out[i].Seq < out[j].Seq
	})
	return out, nil
}
