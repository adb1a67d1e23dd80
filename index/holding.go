package index

import (
	"context"
	"fmt"
	"sort"
	"strings"

	bleveindex "github.com/blevesearch/bleve_index_api"
)

// ArticlesWith returns the ids of the articles with a passage whose text
// holds the analysed term, each once, in ascending order: what analysing
// every passage would find, read from the term's postings instead (each
// passage of them named by its id, "article#seq"). None where no passage
// holds the term.
func (ix *Index) ArticlesWith(term string) ([]string, error) {
	adv, err := ix.bleve.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: articles with %q: %w", term, err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index: articles with %q: %w", term, err)
	}
	defer r.Close()
	out, err := articlesWith(r, term)
	if err != nil {
		return nil, fmt.Errorf("index: articles with %q: %w", term, err)
	}
	return out, nil
}

// articlesWith is ArticlesWith over the snapshot r.
func articlesWith(r bleveindex.IndexReader, term string) ([]string, error) {
	tfr, err := r.TermFieldReader(context.Background(), []byte(term), "text", false, false, false)
	if err != nil {
		return nil, err
	}
	defer tfr.Close()
	seen := map[string]bool{}
	var out []string
	var d bleveindex.TermFieldDoc
	for {
		m, err := tfr.Next(d.Reset())
		if err != nil {
			return nil, err
		}
		if m == nil {
			break
		}
		id, err := r.ExternalID(m.ID)
		if err != nil {
			return nil, err
		}
		k := strings.LastIndexByte(id, '#')
		if k < 0 || seen[id[:k]] {
			continue // (no passage: a synonym definition)
		}
		seen[id[:k]] = true
		out = append(out, id[:k])
	}
	sort.Strings(out)
	return out, nil
}
