// An overview's sentence pool: the stories about a topic, embeddings and sentence similarity.

package qa

import (
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// sentence is a passage that may stand in a summary, with its weighted
// terms.
type sentence struct {
	a   *corpus.Article
	p   corpus.Passage
	vec map[string]float64 // tf-idf of its analysed terms
	// terms are vec's terms, sorted: sums over vec run in this order, so
	// that a similarity is the same to the last bit on every run (a sum
	// of floats in a map's random order is not, and a near tie between
	// two sentences then went either way)
	terms []string
	len   float64 // the vector's norm
	// emb is the idf-weighted mean of its words' GloVe vectors, less the
	// pool's mean (so that what every sentence of the coverage shares does
	// not make them all alike), and embLen its norm
	emb    []float64
	embLen float64
	// pos is where it stands in its article, 0 (the lede) to 1; ord is
	// how many body sentences stand before it
	pos float64
	ord int
	// about is true for the first sentences of a story whose headline
	// says the topic: they hold it as the story does, in whatever words
	about bool
}

// Bounds on the sentences an overview chooses among, so that its cost (the
// similarity graph is quadratic) does not grow with the coverage.
const (
	// leadSentences of each article's body are candidates for an overview
	// of the whole coverage: its main facts stand near the top
	leadSentences = 8
	// poolMax bounds the candidates of any overview; for a topic, they are
	// the passages a search for it finds
	poolMax = 300
)

// storyLede is how many of a story's first body sentences its headline's
// topic stands for.
const storyLede = 1

// storiesAbout are the articles whose headline and standfirst hold most of
// a topic (half its weight or more, each word or a synonym): the stories
// it is the subject of.
func (e *Engine) storiesAbout(terms []qterm) []*corpus.Article {
	var total float64
	for _, t := range terms {
		total += t.idf
	}
	var out []*corpus.Article
	for _, a := range e.c.Articles {
		if a.Headline == "" {
			continue
		}
		head := e.termSet(a.Headline + " " + a.Standfirst)
		got := 0.0
		for _, t := range terms {
			if head[t.term] || slices.ContainsFunc(t.alts, func(x string) bool { return head[x] }) { // (spelledBy, against a set)
				got += t.idf
			}
		}
		if total > 0 && got >= 0.5*total {
			out = append(out, a)
		}
	}
	return out
}

// summaryPool is the sentences an overview chooses among: for a topic,
// those a search for its terms finds; else the first sentences of every
// article's body (of arts, all of them, when some are given); with ahead,
// every sentence of the bodies that says what is to come (kinds.txt
// [next-words]). Only
// sentences that can stand alone in a summary are taken: body text of a
// reasonable length that neither asks a question, nor opens with a word
// pointing back to a sentence the summary may not hold ("He added"), nor
// is a bare quotation (whose speaker it does not name).
func (e *Engine) summaryPool(ctx context.Context, terms []qterm, arts []*corpus.Article, ahead bool) ([]sentence, error) {
	var ps []passageKey
	ledes := map[passageKey]bool{}
	switch {
	case len(terms) > 0:
		var q []string
		for _, t := range terms {
			q = append(q, t.term)
			q = append(q, t.alts...)
		}
		hits, err := e.s.Search(ctx, index.Query{Terms: q, Size: poolMax})
		if err != nil {
			return nil, fmt.Errorf("qa: summary: %w", err)
		}
		for _, h := range hits {
			if a := e.c.Article(h.Article); a != nil && (len(arts) == 0 || slices.Contains(arts, a)) {
				ps = append(ps, passageKey{h.Article, h.Seq})
			}
		}
		// the opening of the story the topic is the subject of ("so what
		// came out of the donors conference": "Donors pledge $1.3 billion
		// …", whose lede says what was pledged without the topic's words)
		for _, a := range e.storiesAbout(terms) {
			if len(arts) > 0 && !slices.Contains(arts, a) {
				continue
			}
			n := 0
			for _, p := range a.Passages {
				if p.Kind != corpus.KindBody || n == storyLede {
					continue
				}
				n++
				ledes[passageKey{a.ID, p.Seq}] = true
				if !slices.Contains(ps, passageKey{a.ID, p.Seq}) {
					ps = append(ps, passageKey{a.ID, p.Seq})
				}
			}
		}
	default:
		from := e.c.Articles
		if len(arts) > 0 {
			from = arts
		}
		for _, a := range from {
			ord := 0
			for _, p := range a.Passages {
				if p.Kind != corpus.KindBody {
					continue
				}
				if ord == leadSentences && len(arts) == 0 && !ahead || len(ps) == poolMax {
					break
				}
				ord++
				if ahead && len(cueSpans(p.Text, "next-words")) == 0 {
					continue // what happens next: the sentences that say what is to come, wherever they stand
				}
				ps = append(ps, passageKey{a.ID, p.Seq})
			}
		}
	}
	var out []sentence
	n := float64(max(e.s.Docs(), 1))
	for _, k := range ps {
		a := e.c.Article(k.article)
		if a == nil || k.seq < 0 || k.seq >= len(a.Passages) {
			continue
		}
		p := a.Passages[k.seq]
		if p.Kind != corpus.KindBody || len(p.Text) > maxPassageBytes {
			continue
		}
		words := wordCount(p.Text)
		t := strings.TrimSpace(p.Text)
		if words < 8 || strings.HasSuffix(strings.TrimRight(t, "”\"’'"), "?") || strings.HasSuffix(t, ":") ||
			opensWithAnaphor(t) || strings.ContainsAny(t[:1], "“\"‘'") || insideQuote(a, p) {
			continue
		}
		s := sentence{a: a, p: p, vec: map[string]float64{}, pos: float64(p.Seq) / float64(max(len(a.Passages)-1, 1)), ord: bodyOrdinal(a, p), about: ledes[k]}
		for _, tok := range e.analyze(p.Text) {
			s.vec[tok.Term]++
		}
		s.terms = slices.Sorted(maps.Keys(s.vec))
		for _, term := range s.terms {
			w := s.vec[term] * math.Log(n/float64(max(e.s.DocFreq(term), 1)))
			s.vec[term] = w
			s.len += w * w
		}
		s.len = math.Sqrt(s.len)
		if s.len > 0 {
			s.emb = e.embed(p.Text, n)
			out = append(out, s)
		}
	}
	// the same order whatever order the search gave them in
	sort.SliceStable(out, func(i, j int) bool { return before(out[i], out[j]) })
	center(out)
	return out, nil
}

// bodyOrdinal is how many body sentences stand before p in its article.
func bodyOrdinal(a *corpus.Article, p corpus.Passage) int {
	n := 0
	for _, q := range a.Passages[:p.Seq] {
		if q.Kind == corpus.KindBody {
			n++
		}
	}
	return n
}

// embed is the idf-weighted sum of the GloVe vectors of a text's words
// (those the index keeps, as written, lower case), or nil when none has
// one.
func (e *Engine) embed(text string, n float64) []float64 {
	lex := lexicon.Default()
	var sum []float64
	for _, tok := range e.analyze(text) {
		v, ok := lex.Vector(strings.ToLower(text[tok.Start:tok.End]))
		if !ok {
			continue
		}
		if sum == nil {
			sum = make([]float64, len(v))
		}
		w := math.Log(n / float64(max(e.s.DocFreq(tok.Term), 1)))
		for i, x := range v {
			sum[i] += w * float64(x) / 127
		}
	}
	return sum
}

// center takes the mean sentence vector from each sentence's, and sets the
// norms.
func center(pool []sentence) {
	var mean []float64
	n := 0
	for _, s := range pool {
		if s.emb == nil {
			continue
		}
		if mean == nil {
			mean = make([]float64, len(s.emb))
		}
		for i, x := range s.emb {
			mean[i] += x
		}
		n++
	}
	for i := range mean {
		mean[i] /= float64(max(n, 1))
	}
	for k := range pool {
		s := &pool[k]
		if s.emb == nil {
			continue
		}
		norm := 0.0
		for i := range s.emb {
			s.emb[i] -= mean[i]
			norm += s.emb[i] * s.emb[i]
		}
		s.embLen = math.Sqrt(norm)
	}
}

// insideQuote reports whether a passage opens inside a quotation that began
// in the sentence before: cut from its opening words, it misleads.
func insideQuote(a *corpus.Article, p corpus.Passage) bool {
	for _, q := range a.Quotes {
		if q.Start < p.Start && p.Start < q.End {
			return true
		}
	}
	return false
}

// similarity is how alike two sentences are, 0 to 1: the cosine of their
// tf-idf vectors (the same words), blended with the cosine of their
// centred embeddings (words alike in meaning: "troops" and "forces",
// "pledged" and "committed"), which alone would also find alike sentences
// that only share a register.
func (e *Engine) similarity(a, b *sentence) float64 {
	return (1-embeddingShare)*wordCosine(a, b) + embeddingShare*max(0, embCosine(a, b))
}

// embeddingShare is the weight of the embeddings in similarity.
const embeddingShare = 0.4

func embCosine(a, b *sentence) float64 {
	if a.embLen == 0 || b.embLen == 0 {
		return 0
	}
	dot := 0.0
	for i := range a.emb {
		dot += a.emb[i] * b.emb[i]
	}
	return dot / (a.embLen * b.embLen)
}

func wordCosine(a, b *sentence) float64 {
	if a.len == 0 || b.len == 0 {
		return 0
	}
	small, big := a, b
	if len(small.terms) > len(big.terms) {
		small, big = big, small
	}
	dot := 0.0
	for _, t := range small.terms {
		dot += small.vec[t] * big.vec[t]
	}
	return dot / (a.len * b.len)
}
