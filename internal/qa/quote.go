package qa

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// quoteEntry is one distinct quotation: the same words quoted in several
// articles (identical, or one containing the other) are one entry.
type quoteEntry struct {
	text      string
	speaker   string
	citations []QuoteCitation
	parts     []corpus.Quote
}

// MaxQuotes bounds how many quotations Quote returns.
const MaxQuotes = 10

// mergeQuotes builds the distinct quotations of the corpus, with speakers
// named in full and spelled one way.
func (e *Engine) mergeQuotes() []quoteEntry {
	var all []corpus.Quote
	for _, a := range e.c.Articles {
		all = append(all, a.Quotes...)
	}
	// longest first, so that a shorter quotation joins the one containing it
	sort.SliceStable(all, func(i, j int) bool { return len(all[i].Text) > len(all[j].Text) })
	var out []quoteEntry
	var norms []string
	// shingles maps each run of four words of an entry's text to the
	// entries holding it: where a shorter quotation may stand inside a
	// longer one, found without comparing every pair
	shingles := map[string][]int{}
	for _, q := range all {
		norm := normQuote(q.Text)
		words := strings.Fields(norm)
		var pool []int
		if len(words) >= 4 {
			pool = shingles[strings.Join(words[:4], " ")]
		} else {
			pool = shingles[norm] // short quotations merge only when identical
		}
		merged := false
		for _, i := range pool {
			o := &out[i]
			if !strings.Contains(norms[i], norm) || norms[i] != norm && len(words) < 4 {
				continue
			}
			if q.Speaker != "" && o.speaker != "" && !e.sameName(q.Speaker, o.speaker) {
				continue
			}
			if o.speaker == "" {
				o.speaker = q.Speaker
			}
			o.parts = append(o.parts, q)
			merged = true
			break
		}
		if merged {
			continue
		}
		i := len(out)
		out = append(out, quoteEntry{text: q.Text, speaker: q.Speaker, parts: []corpus.Quote{q}})
		norms = append(norms, norm)
		if len(words) < 4 {
			shingles[norm] = append(shingles[norm], i)
		}
		for k := 0; k+4 <= len(words); k++ {
			key := strings.Join(words[k:k+4], " ")
			if l := shingles[key]; len(l) == 0 || l[len(l)-1] != i {
				shingles[key] = append(l, i)
			}
		}
	}
	names := e.fullNames(out)
	for i := range out {
		o := &out[i]
		if full, ok := names[e.surname(o.speaker)]; ok {
			o.speaker = full
		}
		seen := map[string]bool{}
		for _, p := range o.parts {
			if seen[p.Article] {
				continue
			}
			seen[p.Article] = true
			o.citations = append(o.citations, QuoteCitation{Article: e.c.Article(p.Article), Sentence: sentenceOf(e.c.Article(p.Article), p)})
		}
	}
	return out
}

// fullNames maps the surname of each speaker to one spelling of the name
// for all the articles: the commonest spelling of the surname
// ("Zelenskyy" over "Zelensky" and "Zelenskiy"), in its fullest form
// ("Volodymyr Zelenskyy").
func (e *Engine) fullNames(entries []quoteEntry) map[string]string {
	counts := map[string]map[string]int{} // surname key → spelling of the last word → quotations
	longest := map[string]string{}        // spelling of the last word → fullest name ending with it
	for _, o := range entries {
		for _, p := range o.parts {
			key := e.surname(p.Speaker)
			if key == "" {
				continue
			}
			words := strings.Fields(p.Speaker)
			last := words[len(words)-1]
			if counts[key] == nil {
				counts[key] = map[string]int{}
			}
			counts[key][last]++
			if len(words) > len(strings.Fields(longest[last])) {
				longest[last] = p.Speaker
			}
		}
	}
	out := map[string]string{}
	for key, spellings := range counts {
		best := ""
		for s, n := range spellings {
			if n > spellings[best] || n == spellings[best] && s < best {
				best = s
			}
		}
		out[key] = longest[best]
	}
	return out
}

// surname is the analysed last word of a name: what spellings of one
// person share ("Zelenskiy", "Volodymyr Zelenskyy").
func (e *Engine) surname(name string) string {
	toks := e.analyze(name)
	if len(toks) == 0 {
		return ""
	}
	return toks[len(toks)-1].Term
}

var quoteMarks = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "'", "", ",", "", ".", "", "’", "")

func normQuote(s string) string {
	s = quoteMarks.Replace(strings.ToLower(index.Fold(s)))
	return strings.Join(strings.Fields(s), " ")
}

// sentenceOf is the sentence or sentences a quotation stands in.
func sentenceOf(a *corpus.Article, q corpus.Quote) string {
	if len(q.Passages) == 0 {
		return q.Text
	}
	first, last := a.Passages[q.Passages[0]], a.Passages[q.Passages[len(q.Passages)-1]]
	return a.Text[first.Start:last.End]
}

// Quote finds quotations by their words, their speaker, or both. words may be
// any part of the quotation, in any spelling the index folds; speaker any
// spelling of the speaker's name. No match is no error: the result is empty.
func (e *Engine) Quote(ctx context.Context, words, speaker string) ([]QuoteResult, error) {
	var err error
	if strings.TrimSpace(words) != "" {
		if words, err = validate(words); err != nil {
			return nil, err
		}
	}
	if strings.TrimSpace(speaker) != "" {
		if speaker, err = validate(speaker); err != nil {
			return nil, err
		}
	}
	if words == "" && speaker == "" {
		return nil, fmt.Errorf("%w: give words of the quotation, a speaker, or both", ErrInvalidQuestion)
	}
	want := e.analyze(words)
	if words != "" && len(want) == 0 {
		return nil, fmt.Errorf("%w: the words have nothing to search for (only common words or punctuation)", ErrInvalidQuestion)
	}
	want = e.respelled(words, want)
	pool, err := e.quotePool(ctx, words, want)
	if err != nil {
		return nil, err
	}
	var out []QuoteResult
	for _, i := range pool {
		q := &e.quotes[i]
		if speaker != "" && (q.speaker == "" || !e.sameName(speaker, q.speaker)) {
			continue
		}
		score := 1.0
		if words != "" {
			score = e.quoteScore(want, words, q)
			if score < 0.6 {
				continue
			}
		}
		out = append(out, QuoteResult{Text: q.text, Speaker: q.speaker, Citations: q.citations, Score: score})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return len(out[i].Citations) > len(out[j].Citations)
	})
	if len(out) > MaxQuotes {
		out = out[:MaxQuotes]
	}
	return out, ctx.Err()
}

// quotePool returns the quotations worth scoring: with words, those that
// stand in the passages the index finds for them (as words and as a
// phrase); without, all of them.
func (e *Engine) quotePool(ctx context.Context, words string, want []index.Token) ([]int, error) {
	if words == "" {
		pool := make([]int, len(e.quotes))
		for i := range pool {
			pool[i] = i
		}
		return pool, nil
	}
	terms := make([]string, len(want))
	for i, t := range want {
		terms[i] = t.Term
	}
	hits, err := e.s.Search(ctx, index.Query{Text: words, Terms: terms, Phrases: []string{words}, Size: 50})
	if err != nil {
		return nil, fmt.Errorf("qa: quote: %w", err)
	}
	var pool []int
	seen := map[int]bool{}
	for _, h := range hits {
		for _, i := range e.quoteAt[passageKey{h.Article, h.Seq}] {
			if !seen[i] {
				seen[i] = true
				pool = append(pool, i)
			}
		}
	}
	return pool, nil
}

// maxRespelled is how many words of a look-up may be respelled.
const maxRespelled = 3

// respelled returns the analysed words of a remembered quotation with each
// word no article uses replaced by the corpus's nearest spelling ("make or
// brake", "collegues"): people misremember and mistype quotations, and a
// look-up by words must still find them.
func (e *Engine) respelled(words string, want []index.Token) []index.Token {
	out := want
	copied := false
	tried := 0
	for i, t := range want {
		if e.s.DocFreq(t.Term) > 0 || tried == maxRespelled {
			continue
		}
		tried++ // a fuzzy search of the index each: a few, whatever is typed
		near := e.s.NearTerms(words[t.Start:t.End])
		if len(near) == 0 {
			continue
		}
		if !copied {
			out, copied = append([]index.Token(nil), want...), true // want may be remembered: do not write to it
		}
		best := near[0]
		for _, n := range near[1:] {
			if e.s.DocFreq(n) > e.s.DocFreq(best) {
				best = n
			}
		}
		out[i].Term = best
	}
	return out
}

// passageKey names a passage: its article and sequence number.
type passageKey struct {
	article string
	seq     int
}

// quoteIndex maps each passage to the quotations standing in it.
func (e *Engine) quoteIndex() map[passageKey][]int {
	m := map[passageKey][]int{}
	for i, q := range e.quotes {
		for _, part := range q.parts {
			for _, seq := range part.Passages {
				k := passageKey{part.Article, seq}
				m[k] = appendUnique(m[k], i)
			}
		}
	}
	return m
}

func appendUnique(list []int, i int) []int {
	for _, x := range list {
		if x == i {
			return list
		}
	}
	return append(list, i)
}

// quoteScore is the share of the searched words a quotation holds, with a
// bonus when it holds them as written, in order.
func (e *Engine) quoteScore(want []index.Token, words string, q *quoteEntry) float64 {
	have := e.terms(q.text)
	n := 0
	for _, t := range want {
		if have[t.Term] {
			n++
		}
	}
	score := float64(n) / float64(len(want))
	if strings.Contains(normQuote(q.text), normQuote(words)) {
		score += 0.5
	}
	if q.speaker != "" {
		score += 0.05
	}
	return score
}

// Speakers returns the people quoted in the corpus whose names match what
// has been typed (any spelling the index folds, or the start of a name), at
// most limit of them; all of them for an empty prefix.
func (e *Engine) Speakers(typed string, limit int) []string {
	typed = strings.TrimSpace(typed)
	want := e.analyze(typed)
	folded := index.Fold(typed)
	var out []string
	for _, q := range e.quotes {
		if q.speaker == "" || slices.Contains(out, q.speaker) {
			continue
		}
		ok := typed == ""
		if !ok {
			ok = strings.Contains(index.Fold(q.speaker), folded) || len(want) > 0 && e.sameName(typed, q.speaker)
		}
		if ok {
			out = append(out, q.speaker)
		}
	}
	sort.Strings(out)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}
