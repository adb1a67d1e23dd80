package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Index is a searchable index of a corpus's passages. It is safe for
// concurrent searches.
type Index struct {
	bleve    bleve.Index
	analyzer analysis.Analyzer
	df       map[string]int // passages holding each term of the text field
	docs     int
	synonyms map[string][]string // analysed term → analysed synonyms
	postings postingsCache       // the text field's postings as searches read them
	uncached bool                // searches open every term's postings afresh (tests compare)
}

// passageDoc is what is indexed of one passage.
type passageDoc struct {
	Text string `json:"text"`
}

// DocID is the index's id of a passage: "article#seq".
func DocID(article string, seq int) string {
	return article + "#" + strconv.Itoa(seq)
}

// parseDocID is DocID's inverse: the article and passage a document id
// names, cut at its last '#' (an article id may hold one), and false
// for an id that names no passage (a synonym definition).
func parseDocID(id string) (article string, seq int, ok bool) {
	k := strings.LastIndexByte(id, '#')
	if k < 0 {
		return "", 0, false
	}
	seq, err := strconv.Atoi(id[k+1:])
	if err != nil {
		return "", 0, false
	}
	return id[:k], seq, true
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
	Terms   []string // analysed terms (from Analyze) matched as they are, any of them: no second analysis
	Phrases []string // word sequences matched as phrases, boosted
	Size    int      // how many hits at most (default 30)
	// Synonyms, when not nil, are the synonyms each analysed term is
	// matched with as well, in place of all the vocabulary's: a caller may
	// leave out those whose long posting lists cost more than they find.
	Synonyms map[string][]string
	// Boosts, when not nil, weigh terms: a term absent weighs 1.
	Boosts map[string]float64
	wide   bool // twice the hits fetched at once, as Match has always fetched them (Search)
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
	if len(q.Terms) > 0 {
		var terms []query.Query
		for _, t := range q.Terms {
			tq := bleve.NewTermQuery(t) // bleve still expands its synonyms
			tq.SetField("text")
			if b, ok := q.Boosts[t]; ok {
				tq.SetBoost(b)
			}
			terms = append(terms, tq)
		}
		parts = append(parts, bleve.NewDisjunctionQuery(terms...))
	}
	for _, p := range q.Phrases {
		add("text", p, 1.5, true)
	}
	if len(parts) == 0 {
		return nil, nil
	}
	size := q.Size
	if size <= 0 {
		size = 30
	}
	// Equal scores are put in id order: bleve numbers a batch's documents
	// in map order and breaks ties by that number, so they would fall
	// differently from one build (one run of the program) to the next, and
	// with them the answers. Sorting by id in bleve loads every match's id;
	// fetching twice the hits and ordering them here costs next to nothing,
	// and is exact unless equal scores straddle that cut: then (many
	// articles repeating a passage) the search is run again, sorted by
	// score and id in bleve (see straddles), a fixed order of ids as text
	// ("a#10" before "a#2"), not passageHits' own.
	top := parts[0] // one part alone scores as it would in a disjunction of one (×1/1)
	if len(parts) > 1 {
		top = bleve.NewDisjunctionQuery(parts...)
	}
	req := bleve.NewSearchRequestOptions(top, 2*size, 0, false)
	if syn := ix.synonymsFor(q); syn != nil {
		// bleve takes the synonyms as given instead of looking them up
		req.PreSearchData = map[string]interface{}{
			search.SynonymPreSearchDataKey: search.FieldTermSynonymMap{"text": syn},
		}
		if !ix.uncached {
			// (bleve need not walk the query for its terms' synonyms:
			// the query may be one it does not know)
			req.Query = cachedQuery{q: top, cache: &ix.postings}
		}
	}
	if !q.wide && size > settleMargin { // (else the short fetch is no shorter)
		// The size best and a few more settle the size kept when the last
		// of them scores below the size-th: every passage not fetched
		// scores no higher than that last, so the size best are the same
		// passages, in the same order, as twice the hits give, for about
		// half the hits bleve loads and orders. Else (a tie at the cut
		// longer than the margin, or a hit that is no passage) the search
		// runs as below.
		req.Size = size + settleMargin
		res, err := ix.bleve.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("index: search: %w", err)
		}
		if hits := passageHits(res); settled(res, hits, size) {
			return hits[:min(len(hits), size)], nil
		}
		req.Size = 2 * size
	}
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	hits := passageHits(res)
	if straddles(res, hits, size) {
		req.SortBy([]string{"-_score", "_id"})
		if res, err = ix.bleve.SearchInContext(ctx, req); err != nil {
			return nil, fmt.Errorf("index: search: %w", err)
		}
		hits = passageHits(res)
	}
	return hits[:min(len(hits), size)], nil
}

// passageHits returns a search's passages (not its synonym definitions)
// with their steady scores, the best first and equal scores in id order.
func passageHits(res *bleve.SearchResult) []Hit {
	hits := make([]Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		art, n, ok := parseDocID(h.ID)
		if !ok {
			continue // a synonym definition, not a passage
		}
		hits = append(hits, Hit{Article: art, Seq: n, Score: steady(h.Score)})
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		if hits[i].Article != hits[j].Article {
			return hits[i].Article < hits[j].Article
		}
		return hits[i].Seq < hits[j].Seq
	})
	return hits
}

// settled reports whether a search that fetched fewer than twice size
// hits (res, its passages hits, more than size) holds the size passages a
// search of twice the hits keeps: it fetched every match, or its hits are
// all passages and the last scores below the size-th (steady scores, in
// passageHits' order).
func settled(res *bleve.SearchResult, hits []Hit, size int) bool {
	if res.Total <= uint64(len(res.Hits)) {
		return true
	}
	return len(hits) == len(res.Hits) && len(hits) > size && !straddles(res, hits, size) // (all passages: the last hit scores least)
}

// settleMargin is how many hits past the size kept a search fetches first
// (Search): ties at the cut are mostly of two to four passages (measured:
// over the airport, bridge and three training sets 53 of 645 searches tied
// past size+1, 52 of them settled by size+4; over the development sets,
// training, coverages, definitions, measures, typos and dev, 3 of 3,463
// searches fetch again).
const settleMargin = 4

// straddles reports whether the passages that score as the last of size
// kept (hits, from res) may go on past the hits bleve returned: bleve cut
// them by its own document numbers, which follow a build's map order, so
// which of them came back, and which of those are kept, differs from one
// build to the next. Sorted by id in bleve, the same ones come back:
// a fixed order of ids as text ("a#10" before "a#2", "a b#0" before
// "a#0"), the same in every build, though not passageHits' own, so
// within one article such a search keeps #10 and #11 before #2.
func straddles(res *bleve.SearchResult, hits []Hit, size int) bool {
	if len(hits) < size || len(res.Hits) == 0 || res.Total <= uint64(len(res.Hits)) {
		return false
	}
	return steady(res.Hits[len(res.Hits)-1].Score) == hits[size-1].Score
}

// steady rounds a bleve score to nine significant digits. bleve sums a
// disjunction's clause scores in an order that varies from one run of the
// program to the next (a map's), so a score could differ in its last bits
// between runs; equal scores then fell on either side of the cut, and a
// passage's rank or the score a candidate joins at with them. Rounded, two
// runs' scores are the same unless they straddle a rounding boundary (a
// chance of about one in ten million a score), and ties fall in id order.
func steady(score float64) float64 {
	if score == 0 || math.IsNaN(score) || math.IsInf(score, 0) {
		return score
	}
	n := 8 - math.Floor(math.Log10(math.Abs(score)))
	scale := 0.0
	if n >= 0 && n < float64(len(powersOfTen)) {
		scale = powersOfTen[int(n)] // (math.Pow's, exact, without its work: most scores)
	} else {
		scale = math.Pow(10, n)
	}
	return math.Round(score*scale) / scale
}

// powersOfTen are 10⁰ … 10²², each a float64 exactly.
var powersOfTen = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// synonymsFor returns the synonyms a search expands its terms with: the
// query's own, or the vocabulary's; none for the words of a phrase, which
// bleve v2.6.1 then fails to find at all ("hardest yards", when "hardest"
// has a synonym). nil leaves bleve to look them up.
func (ix *Index) synonymsFor(q Query) map[string][]string {
	if len(q.Phrases) == 0 {
		return q.Synonyms
	}
	inPhrase := map[string]bool{}
	for _, p := range q.Phrases {
		for _, t := range ix.Analyze(p) {
			inPhrase[t.Term] = true
		}
	}
	out := map[string][]string{}
	add := func(term string, syn []string) {
		if len(syn) > 0 && !inPhrase[term] {
			out[term] = syn
		}
	}
	if q.Synonyms != nil {
		for t, s := range q.Synonyms {
			add(t, s)
		}
		return out
	}
	if !slices.Contains(q.Phrases, q.Text) { // a quotation look-up: its text is its phrase
		for _, t := range ix.Analyze(q.Text) {
			add(t.Term, ix.synonyms[t.Term])
		}
	}
	for _, t := range q.Terms {
		add(t, ix.synonyms[t])
	}
	return out
}

// Match runs a plain bleve match query for text over passage text: the
// baseline the benchmarks compare Ask with.
func (ix *Index) Match(ctx context.Context, text string, size int) ([]Hit, error) {
	return ix.Search(ctx, Query{Text: text, Size: size, wide: true})
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
	// (qa's Searcher asks with no context: the walk is bounded by the
	// dictionary's count alone)
	return fuzzyTerms(context.Background(), fr, cands, fuzz)
}

// fuzzyReader is the snapshot's reader of the terms within an edit
// distance of a word (bleveindex.IndexReaderFuzzy).
type fuzzyReader interface {
	FieldDictFuzzy(field, term string, fuzziness int, prefix string) (bleveindex.FieldDict, error)
}

// fuzzyTerms returns the terms of the text field within fuzz edits of
// each of cands, each once, as r's dictionaries give them (eachTerm); a
// dictionary that fails keeps the terms it gave before.
func fuzzyTerms(ctx context.Context, r fuzzyReader, cands []string, fuzz int) []string {
	var out []string
	for _, c := range cands {
		dict, err := r.FieldDictFuzzy("text", c, fuzz, "")
		if err != nil {
			continue
		}
		_ = eachTerm(ctx, dict, func(e *bleveindex.DictEntry) (bool, error) {
			if !slices.Contains(out, e.Term) {
				out = append(out, e.Term)
			}
			return true, nil
		})
		dict.Close()
	}
	return out
}
