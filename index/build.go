package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/summitbot/summitbot/corpus"
)

// Build indexes every passage of c in memory, with vocabulary v.
func Build(c *corpus.Corpus, v *Vocabulary) (*Index, error) {
	m, err := indexMapping(v)
	if err != nil {
		return nil, err
	}
	// In-memory scorch: upsidedown (NewMemOnly) has neither synonyms nor BM25.
	b, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: build: %w", err)
	}
	// One batch: in-memory scorch has no merger, so each batch would stay
	// a segment of its own that every search visits.
	docs, err := fill(context.Background(), b, c, v, 0, nil)
	if err != nil {
		b.Close()
		return nil, err
	}
	ix, err := newIndex(b, m, v, docs)
	if err != nil {
		b.Close()
		return nil, err
	}
	return ix, nil
}

// indexMapping is the analysis's mapping (newMapping) with what the index
// keeps trimmed to what searches use: no composite "_all" field, no doc
// values (nothing sorts or facets by field), no dynamic fields. Scores are
// unchanged; a build does about half the work.
func indexMapping(v *Vocabulary) (*mapping.IndexMappingImpl, error) {
	m, err := newMapping(v)
	if err != nil {
		return nil, err
	}
	m.IndexDynamic, m.StoreDynamic, m.DocValuesDynamic = false, false, false
	for _, p := range m.DefaultMapping.Properties {
		for _, f := range p.Fields {
			f.IncludeInAll = false
			f.DocValues = false
		}
	}
	return m, nil
}

// Progress is told, as an index is built, how many of the corpus's
// articles are indexed so far.
type Progress func(done, total int)

// fill indexes c's passages and v's synonyms into b, in batches of about
// batchPassages passages (0: one batch), telling progress after each, and
// returns how many passages it indexed. It stops between batches when ctx
// is done.
func fill(ctx context.Context, b bleve.Index, c *corpus.Corpus, v *Vocabulary, batchPassages int, progress Progress) (int, error) {
	if _, ok := b.(bleve.SynonymIndex); !ok {
		return 0, errors.New("index: build: the index engine has no synonym support")
	}
	docs := 0
	batch := b.NewBatch()
	flush := func(done int) error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("index: build: %w", err)
		}
		if err := b.Batch(batch); err != nil {
			return fmt.Errorf("index: build: %w", err)
		}
		batch.Reset()
		if progress != nil {
			progress(done, len(c.Articles))
		}
		return nil
	}
	for n, a := range c.Articles {
		for _, p := range a.Passages {
			doc := passageDoc{Text: p.Text}
			if err := batch.Index(DocID(p.Article, p.Seq), doc); err != nil {
				return 0, fmt.Errorf("index: build: %s: %w", DocID(p.Article, p.Seq), err)
			}
			docs++
		}
		if batchPassages > 0 && batch.Size() >= batchPassages && n+1 < len(c.Articles) {
			if err := flush(n + 1); err != nil {
				return 0, err
			}
		}
	}
	for i, group := range v.Synonyms {
		def := &bleve.SynonymDefinition{Synonyms: group}
		if err := batch.IndexSynonym("synonym-"+strconv.Itoa(i), synonymCollect, def); err != nil {
			return 0, fmt.Errorf("index: build: synonyms: %w", err)
		}
	}
	return docs, flush(len(c.Articles))
}

// newIndex wraps a filled bleve index b of docs passages, made with mapping
// m from vocabulary v.
func newIndex(b bleve.Index, m *mapping.IndexMappingImpl, v *Vocabulary, docs int) (*Index, error) {
	ix := &Index{bleve: b, analyzer: m.AnalyzerNamed(analyzerName), synonyms: map[string][]string{}, docs: docs}
	if ix.analyzer == nil {
		return nil, errors.New("index: analyzer missing")
	}
	for _, group := range v.Synonyms {
		ix.addSynonyms(group)
	}
	for _, group := range v.Countries {
		ix.addSynonyms(group)
	}
	dict, err := b.FieldDict("text")
	if err != nil {
		return nil, fmt.Errorf("index: terms: %w", err)
	}
	defer dict.Close()
	// (neither Build nor Open is given a context: the walk is bounded by
	// the dictionary's count alone)
	df, err := docFreqs(context.Background(), dict)
	if err != nil {
		return nil, fmt.Errorf("index: terms: %w", err)
	}
	ix.df = df
	return ix, nil
}

func (ix *Index) addSynonyms(group []string) {
	var terms []string
	for _, w := range group {
		if toks := ix.Analyze(w); len(toks) == 1 {
			terms = append(terms, toks[0].Term)
		}
	}
	for _, t := range terms {
		for _, u := range terms {
			if u != t && !slices.Contains(ix.synonyms[t], u) {
				ix.synonyms[t] = append(ix.synonyms[t], u)
			}
		}
	}
}

// docFreqs reads how many passages hold each term of the text field's
// dictionary dict (eachTerm).
func docFreqs(ctx context.Context, dict bleveindex.FieldDict) (map[string]int, error) {
	df := map[string]int{}
	err := eachTerm(ctx, dict, func(e *bleveindex.DictEntry) (bool, error) {
		df[e.Term] = int(e.Count)
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return df, nil
}
