package qa

import (
	"context"
	"fmt"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// Searcher is the full-text search Ask needs; *index.Index provides it.
type Searcher interface {
	Search(ctx context.Context, q index.Query) ([]index.Hit, error)
	Analyze(text string) []index.Token
	DocFreq(term string) int
	Docs() int
	Synonyms(term string) []string
	NearTerms(word string) []string
}

// Engine answers questions and looks up quotations in one corpus. It is
// safe for concurrent use.
type Engine struct {
	c      *corpus.Corpus
	s      Searcher
	quotes []quoteEntry // distinct quotations, merged across articles
	places places       // a gazetteer, to tell places from people
	memo   *memo
}

// New returns an engine over corpus c, searched with s (an index of c).
func New(c *corpus.Corpus, s Searcher) *Engine {
	e := &Engine{c: c, s: s, memo: newMemo()}
	e.places = e.loadPlaces()
	e.quotes = e.mergeQuotes()
	return e
}

// Corpus returns the articles the engine answers from.
func (e *Engine) Corpus() *corpus.Corpus { return e.c }

// candidates is how many passages bleve retrieves for re-ranking.
const candidates = 25

// Ask answers a question from the articles. An error wrapping
// ErrInvalidQuestion means the question itself could not be taken;
// otherwise, when the articles do not answer, Answered is false.
func (e *Engine) Ask(ctx context.Context, question string) (ans Answer, err error) {
	defer func() {
		// a bug must not take the program down with it; the fuzz test
		// looks for such bugs
		if r := recover(); r != nil {
			ans, err = Answer{Question: question}, fmt.Errorf("qa: ask: internal error: %v", r)
		}
	}()
	text, err := validate(question)
	if err != nil {
		return Answer{Question: question}, err
	}
	q := e.analyse(text)
	ans = Answer{Question: text, Kind: q.kind}
	if len(q.terms) == 0 {
		return ans, fmt.Errorf("%w: the question has only common words (such as \"what\" or \"the\"); ask about something the articles might cover", ErrInvalidQuestion)
	}
	hits, err := e.s.Search(ctx, e.query(q))
	if err != nil {
		return ans, fmt.Errorf("qa: ask: %w", err)
	}
	cands := e.rank(q, hits)
	if len(cands) == 0 {
		return ans, nil
	}
	ans.Answered = e.answerable(q, cands)
	if ans.Answered {
		ans.Short = e.extract(q, cands[0])
	}
	for i, c := range cands {
		if len(ans.Passages) == MaxPassages {
			break
		}
		h := e.hit(c)
		if i == 0 && ans.Short != "" {
			if at := strings.Index(h.Text, ans.Short); at >= 0 {
				h.Marks = [][2]int{{at, at + len(ans.Short)}}
			}
		}
		ans.Passages = append(ans.Passages, h)
	}
	if ans.Answered {
		ans.Sources, ans.Differences = e.corroborate(q, cands, ans.Short)
	}
	return ans, nil
}

// query is the search for a question's passages: its words, its adjacent
// word pairs as phrases, and near spellings of words the corpus lacks.
func (e *Engine) query(q question) index.Query {
	text := q.text
	var phrases []string
	for i, t := range q.terms {
		// the corpus's spellings of a misspelled word, found once in
		// analyse, are searched as words (no second fuzzy search)
		if e.s.DocFreq(t.term) == 0 {
			for _, alt := range t.alts {
				text += " " + alt
			}
		}
		// adjacent words of the question (stop words between them
		// included) as a phrase: "deploy troops", "refused to deploy"
		if i+1 < len(q.terms) && q.terms[i+1].pos-t.pos <= 2 && q.terms[i+1].pos > t.pos {
			phrases = append(phrases, q.text[t.start:q.terms[i+1].end])
		}
	}
	return index.Query{Text: text, Phrases: phrases, Size: candidates}
}
