// Package index is summitbot's full-text index: the bleve mapping and
// analysis (aliases, synonyms, stop words that keep negations, stemming),
// building an index of a corpus's passages, and searching it. It is the only
// package that imports bleve.
package index

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/summitbot/summitbot/corpus"
)

// Index is a searchable index of a corpus's passages. It is safe for
// concurrent searches.
type Index struct {
	bleve    bleve.Index
	analyzer analysis.Analyzer
	df       map[string]int // passages holding each term of the text field
	docs     int
	synonyms map[string][]string // analysed term → analysed synonyms
}

// passageDoc is what is indexed of one passage.
type passageDoc struct {
	Text    string `json:"text"`
	Context string `json:"context"`
	Article string `json:"article"`
	Kind    string `json:"kind"`
}

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
// values (nothing sorts or facets by field), no dynamic fields, no term
// positions for the context field (never searched as a phrase). Scores
// are unchanged; a build does about half the work.
func indexMapping(v *Vocabulary) (*mapping.IndexMappingImpl, error) {
	m, err := newMapping(v)
	if err != nil {
		return nil, err
	}
	m.IndexDynamic, m.StoreDynamic, m.DocValuesDynamic = false, false, false
	for name, p := range m.DefaultMapping.Properties {
		for _, f := range p.Fields {
			f.IncludeInAll = false
			f.DocValues = false
			if name == "context" {
				f.IncludeTermVectors = false // matched, never as a phrase
			}
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
		for i, p := range a.Passages {
			doc := passageDoc{Text: p.Text, Context: contextOf(a, i), Article: a.ID, Kind: string(p.Kind)}
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
	df, err := docFreqs(b)
	if err != nil {
		return nil, err
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
			if u != t && !contains(ix.synonyms[t], u) {
				ix.synonyms[t] = append(ix.synonyms[t], u)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// contextOf is what surrounds passage i: the sentence before it in its
// block, so that "He added …" can be found by who "he" is.
func contextOf(a *corpus.Article, i int) string {
	p := a.Passages[i]
	if i > 0 && a.Passages[i-1].Block == p.Block {
		return a.Passages[i-1].Text
	}
	return ""
}

func docFreqs(b bleve.Index) (map[string]int, error) {
	dict, err := b.FieldDict("text")
	if err != nil {
		return nil, fmt.Errorf("index: terms: %w", err)
	}
	defer dict.Close()
	df := map[string]int{}
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("index: terms: %w", err)
		}
		if e == nil {
			return df, nil
		}
		df[e.Term] = int(e.Count)
	}
}

// DocID is the index's id of a passage: "article#seq".
func DocID(article string, seq int) string {
	return article + "#" + strconv.Itoa(seq)
}

// Close releases the index.
func (ix *Index) Close() error { return ix.bleve.Close() }

// Docs is the number of passages indexed.
func (ix *Index) Docs() int { return ix.docs }

// DocFreq is the number of passages whose text holds the analysed term.
func (ix *Index) DocFreq(term string) int { return ix.df[term] }

// Synonyms returns the analysed synonyms of an analysed term.
func (ix *Index) Synonyms(term string) []string { return ix.synonyms[term] }

// Token is one analysed term of a text, with its byte offsets in the text
// and its position (a count of words, stop words included).
type Token struct {
	Term       string
	Start, End int
	Position   int
}

// Analyze runs the index's analysis on text: what a question or passage is
// matched as.
func (ix *Index) Analyze(text string) []Token {
	stream := ix.analyzer.Analyze([]byte(text))
	out := make([]Token, len(stream))
	for i, t := range stream {
		out[i] = Token{Term: string(t.Term), Start: t.Start, End: t.End, Position: t.Position}
	}
	return out
}

// Query is a search for passages. Its strings are user text: they are
// analysed, never parsed as bleve query syntax.
type Query struct {
	Text    string   // words matched, any of them, in passage text
	Context float64  // when above 0, Text is matched in the sentence before each passage too, at this boost
	Phrases []string // word sequences matched as phrases, boosted
	Fuzzy   []string // single words matched allowing one edit (two past six letters)
	Size    int      // how many hits at most (default 30)
}

// Hit is one passage found, with bleve's score.
type Hit struct {
	Article string
	Seq     int
	Score   float64
}

// Search finds the passages that best match q.
func (ix *Index) Search(ctx context.Context, q Query) ([]Hit, error) {
	var parts []query.Query
	add := func(field, text string, boost float64, phrase bool) {
		if strings.TrimSpace(text) == "" {
			return
		}
		if phrase {
			pq := bleve.NewMatchPhraseQuery(text)
			pq.SetField(field)
			pq.Analyzer = analyzerName
			pq.SetBoost(boost)
			parts = append(parts, pq)
			return
		}
		mq := bleve.NewMatchQuery(text)
		mq.SetField(field)
		mq.Analyzer = analyzerName
		mq.SetBoost(boost)
		parts = append(parts, mq)
	}
	add("text", q.Text, 1, false)
	if q.Context > 0 {
		add("context", q.Text, q.Context, false)
	}
	for _, p := range q.Phrases {
		add("text", p, 1.5, true)
	}
	for _, f := range q.Fuzzy {
		// A fuzzy term query on the folded word, not a fuzzy match query:
		// stemming a misspelling can move it further from the indexed stem.
		w := Fold(f)
		fq := bleve.NewFuzzyQuery(w)
		fq.SetField("text")
		fq.SetFuzziness(1)
		if len([]rune(w)) > 6 {
			fq.SetFuzziness(2)
		}
		fq.SetBoost(0.5)
		parts = append(parts, fq)
	}
	if len(parts) == 0 {
		return nil, nil
	}
	size := q.Size
	if size <= 0 {
		size = 30
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(parts...), size, 0, false)
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	hits := make([]Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		art, seq, ok := strings.Cut(h.ID, "#")
		n, err := strconv.Atoi(seq)
		if !ok || err != nil {
			continue // a synonym definition, not a passage
		}
		hits = append(hits, Hit{Article: art, Seq: n, Score: h.Score})
	}
	return hits, nil
}

// Match runs a plain bleve match query for text over passage text: the
// baseline the benchmarks compare Ask with.
func (ix *Index) Match(ctx context.Context, text string, size int) ([]Hit, error) {
	return ix.Search(ctx, Query{Text: text, Size: size})
}

// NearTerms returns the indexed terms within one edit of word (two edits
// past six letters), tried both as typed (folded) and as analysed: how a
// misspelled name ("Zelenskky", "Grynkewic") finds the corpus's spelling.
func (ix *Index) NearTerms(word string) []string {
	w := Fold(word)
	n := len([]rune(w))
	if n < 4 {
		return nil
	}
	fuzz := 1
	if n > 6 {
		fuzz = 2
	}
	cands := []string{w}
	if toks := ix.Analyze(word); len(toks) == 1 && toks[0].Term != w {
		cands = append(cands, toks[0].Term)
	}
	adv, err := ix.bleve.Advanced()
	if err != nil {
		return nil
	}
	r, err := adv.Reader()
	if err != nil {
		return nil
	}
	defer r.Close()
	fr, ok := r.(bleveindex.IndexReaderFuzzy)
	if !ok {
		return nil
	}
	var out []string
	for _, c := range cands {
		dict, err := fr.FieldDictFuzzy("text", c, fuzz, "")
		if err != nil {
			continue
		}
		for e, err := dict.Next(); err == nil && e != nil; e, err = dict.Next() {
			if !contains(out, e.Term) {
				out = append(out, e.Term)
			}
		}
		dict.Close()
	}
	return out
}
