package qa

import (
	"sort"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// cand is a retrieved passage being re-ranked.
type cand struct {
	a     *corpus.Article
	p     corpus.Passage
	toks  []index.Token // the passage analysed
	prev  *corpus.Passage
	bleve float64
	// match[i] is how well question term i is matched: 1 in the passage, less
	// through a synonym or only in the sentence before.
	match   []float64
	cov     float64 // idf-weighted share of the question matched
	entOK   bool    // every name in the question is matched
	typeOK  float64 // the passage holds the kind of thing asked for
	speaker bool    // for "what did X say": X is who speaks here
	score   float64
}

// kindPrior weighs where a passage stands: body text outranks the rest.
var kindPrior = map[corpus.Kind]float64{
	corpus.KindBody: 1, corpus.KindStandfirst: 0.9, corpus.KindBullet: 0.88,
	corpus.KindCaption: 0.8, corpus.KindHeadline: 0.8, corpus.KindSubhead: 0.6,
}

// rank scores bleve's candidates with what the question asks for, best first.
func (e *Engine) rank(q question, hits []index.Hit) []*cand {
	var out []*cand
	maxBleve := 0.0
	for _, h := range hits {
		maxBleve = max(maxBleve, h.Score)
	}
	var total float64
	for _, t := range q.terms {
		total += t.idf
	}
	for _, h := range hits {
		a := e.c.Article(h.Article)
		if a == nil || h.Seq < 0 || h.Seq >= len(a.Passages) {
			continue
		}
		c := &cand{a: a, p: a.Passages[h.Seq], bleve: h.Score / max(maxBleve, 1e-9)}
		if h.Seq > 0 && a.Passages[h.Seq-1].Block == c.p.Block {
			c.prev = &a.Passages[h.Seq-1]
		}
		c.toks = e.s.Analyze(c.p.Text)
		var prevToks []index.Token
		if c.prev != nil {
			prevToks = e.s.Analyze(c.prev.Text)
		}
		c.match = make([]float64, len(q.terms))
		c.entOK = true
		var got float64
		for i, t := range q.terms {
			m := matchIn(t, c.toks)
			if pm := 0.6 * matchIn(t, prevToks); pm > m {
				m = pm
			}
			c.match[i] = m
			got += m * t.idf
			if t.entity && m == 0 {
				c.entOK = false
			}
		}
		c.cov = got / max(total, 1e-9)
		c.typeOK = e.typeScore(q, c)
		prox := proximity(q, c)
		c.score = (0.55*c.cov + 0.2*c.typeOK + 0.1*prox + 0.15*c.bleve) * kindPrior[c.p.Kind]
		if !c.entOK {
			c.score *= 0.6
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// matchIn says how well term t is matched by toks: 1 for the term itself,
// 0.7 for a synonym or near spelling, 0 when absent.
func matchIn(t qterm, toks []index.Token) float64 {
	best := 0.0
	for _, tok := range toks {
		if tok.Term == t.term {
			return 1
		}
		for _, alt := range t.alts {
			if tok.Term == alt {
				best = 0.7
			}
		}
	}
	return best
}

// proximity is 1 when the matched question terms stand together in the
// passage and falls as they spread out.
func proximity(q question, c *cand) float64 {
	first, last, n := -1, -1, 0
	for _, tok := range c.toks {
		for i, t := range q.terms {
			if c.match[i] == 0 || (tok.Term != t.term && !contains(t.alts, tok.Term)) {
				continue
			}
			if first < 0 {
				first = tok.Position
			}
			last = tok.Position
			n++
			break
		}
	}
	if n < 2 {
		return 0
	}
	spread := float64(last-first+1) / float64(n)
	return 1 / spread
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// typeScore says whether a passage holds what the question asks for: names
// for "who", a date for "when", a number for "how many", and so on.
func (e *Engine) typeScore(q question, c *cand) float64 {
	text := c.p.Text
	switch q.kind {
	case KindWho:
		if len(e.freeSpans(q, c, nameSpans(text))) > 0 {
			return 1
		}
	case KindWhere:
		if len(e.freeSpans(q, c, nameSpans(text))) > 0 {
			return 1
		}
	case KindWhen:
		if len(findAll(dateRE, text)) > 0 {
			return 1
		}
	case KindHowMany:
		if len(e.freeSpans(q, c, findAll(numberRE, text))) > 0 {
			return 1
		}
	case KindHowLong:
		if len(findAll(durationRE, text)) > 0 {
			return 1
		}
		if len(findAll(dateRE, text)) > 0 {
			return 0.3
		}
	case KindSaid:
		c.speaker = e.speaks(q.speaker, c)
		if c.speaker {
			return 1
		}
	default:
		return 0.5
	}
	return 0
}

// freeSpans keeps the spans that are not just words of the question.
func (e *Engine) freeSpans(q question, c *cand, spans []span) []span {
	var out []span
	for _, s := range spans {
		if !e.allQuestionWords(q, c.p.Text[s.start:s.end]) {
			out = append(out, s)
		}
	}
	return out
}

// allQuestionWords reports whether every term of text is a question term
// (or a title, which a question about a role names).
func (e *Engine) allQuestionWords(q question, text string) bool {
	toks := e.s.Analyze(text)
	if len(toks) == 0 {
		return true
	}
	for _, tok := range toks {
		if !q.has(tok.Term) && !titles[tok.Term] {
			return false
		}
	}
	return true
}

func (q question) has(term string) bool {
	for _, t := range q.terms {
		if t.term == term || contains(t.alts, term) {
			return true
		}
	}
	return false
}

// titles are analysed words of rank that stand before names.
var titles = wordSet("presid prime minist chancellor sir gen gener envoi secretari special chief foreign top leader head mr mrs ms dr king queen senat governor ambassador advis deputi command")

// speaks reports whether the person a "what did X say" question names is
// who speaks in the passage: the speaker of a quotation in it, or the
// subject of its verb of saying.
func (e *Engine) speaks(who string, c *cand) bool {
	if who == "" {
		return false
	}
	want := e.s.Analyze(who)
	if len(want) == 0 {
		return false
	}
	for _, qt := range c.a.Quotes {
		if qt.End <= c.p.Start || qt.Start >= c.p.End || qt.Speaker == "" {
			continue
		}
		if e.sameName(who, qt.Speaker) {
			return true
		}
	}
	// the name stands in the passage (or the sentence before, for "he said")
	for _, w := range want {
		if !hasTerm(c.toks, w.Term) {
			if c.prev == nil || !hasTerm(e.s.Analyze(c.prev.Text), w.Term) || !strings.Contains(strings.ToLower(c.p.Text), "he ") {
				return false
			}
		}
	}
	return true
}

func hasTerm(toks []index.Token, term string) bool {
	for _, t := range toks {
		if t.Term == term {
			return true
		}
	}
	return false
}

// sameName reports whether two names share a surname, spelling variants
// folded ("Zelenskiy", "Volodymyr Zelenskyy").
func (e *Engine) sameName(a, b string) bool {
	ta, tb := e.s.Analyze(a), e.s.Analyze(b)
	for _, x := range ta {
		for _, y := range tb {
			if x.Term == y.Term && !titles[x.Term] {
				return true
			}
		}
	}
	return false
}
