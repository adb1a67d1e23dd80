package qa

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// KindOverview is a question asking for the gist ("tldr", "what happened",
// "tell me about X"): it is answered with several sentences, a summary.
const KindOverview Kind = "overview"

// Limits on an overview.
const (
	summaryMin = 3 // sentences, where the articles have that many on the topic
	summaryMax = 5
	// summaryBytes bounds the sentences' text together, so that the summary
	// with its citations fits one Discord embed (4096 characters) and reads
	// as a paragraph, not a wall
	summaryBytes = 1800
	// lexRankThreshold is the similarity below which two sentences are not
	// linked in the graph (Erkan & Radev use 0.1 for tf-idf cosine)
	lexRankThreshold = 0.1
	lexRankDamping   = 0.85
	// sameArticleWeight scales a link between two sentences of one article
	sameArticleWeight = 0.5
	// mmrLambda weighs centrality against redundancy with the sentences
	// already chosen (Carbonell & Goldstein's maximal marginal relevance)
	mmrLambda = 0.7
	// nearDuplicate is the similarity above which a sentence says what a
	// chosen one says, and is dropped whatever its centrality
	nearDuplicate = 0.5
)

// Summary answers with an overview of the articles, or of topic when it is
// not empty: 3 to 5 of their sentences, verbatim, chosen by centrality
// (LexRank, biased towards the topic) with redundant ones dropped (maximal
// marginal relevance). Passages are the sentences best first; Order gives
// them in reading order. A topic no article speaks of is not answered.
func (e *Engine) Summary(ctx context.Context, topic string) (ans Answer, err error) {
	defer func() {
		// a bug must not take the program down with it, as in Ask
		if r := recover(); r != nil {
			ans, err = Answer{Question: topic, Kind: KindOverview}, fmt.Errorf("qa: summary: internal error: %v", r)
		}
	}()
	text := strings.Join(strings.Fields(topic), " ")
	if text != "" {
		if text, err = validate(text); err != nil {
			return Answer{Question: topic, Kind: KindOverview}, err
		}
	}
	return e.overview(ctx, "summary "+text, text), nil
}

// gist reports whether a question asks for an overview, and of what topic
// ("" for the whole coverage).
func (e *Engine) gist(q question) (string, bool) {
	words := chatWords(q.text)
	if i := strings.IndexByte(q.text, ','); i > 0 {
		// "what came out of the meeting, good or bad": the topic ends at
		// the comma (when the cue stands before it)
		if head := chatWords(q.text[:i]); len(head) > 0 {
			if at, _ := findCue(head, "gist"); at >= 0 {
				words = head
			} else if at, _ := findCue(head, "gist-lead"); at >= 0 {
				words = head
			}
		}
	}
	if at, _ := findCue(words, "gist"); at < 0 {
		// "so what happened", "tell me about X", but not "who knows what
		// happened to …"
		at, n := findCue(words, "gist-lead")
		if at < 0 || at > 1 {
			return "", false
		}
		// "what happened at the summit", not "what happened for the first
		// time": a lead that ends in a verb takes a place or topic after a
		// preposition, or nothing
		if last := words[at+n-1]; !stopLike[last] && at+n < len(words) && !gistPreps[words[at+n]] {
			return "", false
		}
	}
	var topic []string
	for len(words) > 0 {
		if at, n := findCue(words, "gist"); at == 0 {
			words = words[n:]
			continue
		}
		if at, n := findCue(words, "gist-lead"); at == 0 {
			words = words[n:]
			continue
		}
		w := words[0]
		words = words[1:]
		if !auxiliaries[w] && !stopLike[w] && !gistFrame[w] {
			topic = append(topic, w)
		}
	}
	return strings.Join(topic, " "), true
}

// gistPreps may follow "what happened" to give an overview's topic.
var gistPreps = cueSet("gist-prep-words") // kinds.txt

// gistFrame are words around a gist cue that only frame the request ("give
// me a summary of the …", "can you tell me about …").
var gistFrame = cueSet("gist-frame-words") // kinds.txt

// overview builds the summary of the coverage, or of topic; of the given
// articles only, when there are some.
func (e *Engine) overview(ctx context.Context, question, topic string, arts ...*corpus.Article) Answer {
	ans := Answer{Question: question, Kind: KindOverview}
	terms, known := e.topicTerms(topic)
	if strings.TrimSpace(topic) != "" && len(e.analyze(topic)) > 0 && !known {
		return ans // a topic in words no article uses
	}
	pool, err := e.summaryPool(ctx, terms, arts)
	if err != nil {
		return ans
	}
	bias, ok := e.topicBias(terms, pool)
	if !ok {
		return ans
	}
	rank := lexRank(pool, bias, e.similarity)
	for i, s := range pool {
		// centrality, weighed by what the jump favours (the top of a story,
		// or the topic) and by length: the graph favours short sentences,
		// whose few words are shared by many, and they say little
		rank[i] *= bias[i] * min(1, float64(len(strings.Fields(s.p.Text)))/20)
	}
	chosen := mmr(pool, rank, bias, e.similarity)
	if len(chosen) == 0 {
		return ans
	}
	// MMR decides which; best first is the most central first
	sort.SliceStable(chosen, func(i, j int) bool { return rank[chosen[i]] > rank[chosen[j]] })
	ans.Answered = true
	seen := map[string]bool{}
	for _, i := range chosen {
		s := pool[i]
		ans.Passages = append(ans.Passages, Hit{Article: s.a, Passages: []corpus.Passage{s.p}, Text: s.p.Text, Score: rank[i]})
		if !seen[s.a.ID] {
			seen[s.a.ID] = true
			ans.Sources = append(ans.Sources, s.a.ID)
		}
	}
	ans.Order = readingOrder(pool, chosen)
	return ans
}

// sentence is a passage that may stand in a summary, with its weighted
// terms.
type sentence struct {
	a   *corpus.Article
	p   corpus.Passage
	vec map[string]float64 // tf-idf of its analysed terms
	len float64            // the vector's norm
	// emb is the idf-weighted mean of its words' GloVe vectors, less the
	// pool's mean (so that what every sentence of the coverage shares does
	// not make them all alike), and embLen its norm
	emb    []float64
	embLen float64
	// pos is where it stands in its article, 0 (the lede) to 1; ord is
	// how many body sentences stand before it
	pos float64
	ord int
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

// summaryPool is the sentences an overview chooses among: for a topic,
// those a search for its terms finds; else the first sentences of every
// article's body (of arts, all of them, when some are given). Only
// sentences that can stand alone in a summary are taken: body text of a
// reasonable length that neither asks a question, nor opens with a word
// pointing back to a sentence the summary may not hold ("He added"), nor
// is a bare quotation (whose speaker it does not name).
func (e *Engine) summaryPool(ctx context.Context, terms []qterm, arts []*corpus.Article) ([]sentence, error) {
	var ps []passageKey
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
				if ord == leadSentences && len(arts) == 0 || len(ps) == poolMax {
					break
				}
				ord++
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
		words := len(strings.Fields(p.Text))
		t := strings.TrimSpace(p.Text)
		if words < 8 || strings.HasSuffix(strings.TrimRight(t, "”\"’'"), "?") || strings.HasSuffix(t, ":") ||
			opensWithAnaphor(t) || strings.ContainsAny(t[:1], "“\"‘'") || insideQuote(a, p) {
			continue
		}
		s := sentence{a: a, p: p, vec: map[string]float64{}, pos: float64(p.Seq) / float64(max(len(a.Passages)-1, 1)), ord: bodyOrdinal(a, p)}
		for _, tok := range e.analyze(p.Text) {
			s.vec[tok.Term]++
		}
		for term, tf := range s.vec {
			w := tf * math.Log(n/float64(max(e.s.DocFreq(term), 1)))
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
	small, big := a.vec, b.vec
	if len(small) > len(big) {
		small, big = big, small
	}
	dot := 0.0
	for t, w := range small {
		dot += w * big[t]
	}
	return dot / (a.len * b.len)
}

// topicBias is, for each sentence of the pool, how much the random walk of
// LexRank jumps to it: for the whole coverage, more to the sentences near
// the top of their article (news puts the main facts first); for a topic,
// in proportion to how much of the topic a sentence holds. It reports false
// when no sentence holds enough of the topic to speak of it.
func (e *Engine) topicBias(terms []qterm, pool []sentence) ([]float64, bool) {
	bias := make([]float64, len(pool))
	if len(terms) == 0 {
		for i, s := range pool {
			// news gives the main facts first: the lede most, the next
			// sentences less and less
			bias[i] = 0.5 + 3/(1+float64(s.ord)/2)
		}
		return bias, len(pool) > 0
	}
	total, best := 0.0, 0.0
	for _, t := range terms {
		total += t.idf
	}
	for i, s := range pool {
		got := 0.0
		for _, t := range terms {
			if s.vec[t.term] > 0 {
				got += t.idf
				continue
			}
			for _, alt := range t.alts {
				if s.vec[alt] > 0 {
					got += 0.7 * t.idf
					break
				}
			}
		}
		share := got / max(total, 1e-9)
		best = max(best, share)
		bias[i] = share * share
	}
	if best < 0.5 {
		return nil, false
	}
	for i := range bias {
		if bias[i] < best*0.25 {
			bias[i] = 0 // off the topic: the walk never lands there
		}
	}
	return bias, true
}

// topicTerms are the analysed terms of a topic that say what part of the
// coverage it is about: not the words every article's opening uses, which
// name the event itself ("the Paris summit", "the Chile earthquake"), nor
// words no article uses ("in like 2 *sentences*", a mistyped word), which
// cannot choose among its sentences. known reports whether the topic has a
// word some article uses: a topic of only unknown words is declined.
func (e *Engine) topicTerms(topic string) (terms []qterm, known bool) {
	if strings.TrimSpace(topic) == "" {
		return nil, false
	}
	q := e.analyse(topic)
	unknown := 0
	for _, t := range q.terms {
		if t.unknown {
			unknown++
			continue
		}
		if !e.eventWord(t) {
			terms = append(terms, t)
		}
	}
	// more words no article uses than words some article does: a topic
	// the coverage does not speak of ("budget gaming laptops")
	known = len(q.terms) > 0 && 2*unknown <= len(q.terms)
	if !known {
		return nil, false
	}
	return terms, known
}

// eventWord reports whether most articles' openings use a term (or a
// synonym of it: "summit", "meeting", "talks"): the event's own name, place
// or kind.
func (e *Engine) eventWord(t qterm) bool {
	n := 0
	for _, a := range e.c.Articles {
		lead := e.lead(a)
		if lead[t.term] || slices.ContainsFunc(t.alts, func(alt string) bool { return lead[alt] }) {
			n++
		}
	}
	return 2*n > len(e.c.Articles)
}

// eventTopic reports whether every word of a topic the index keeps is an
// event word.
func (e *Engine) eventTopic(topic string) bool {
	q := e.analyse(topic)
	for _, t := range q.terms {
		if !e.eventWord(t) {
			return false
		}
	}
	return len(q.terms) > 0
}

// lexRank is the stationary distribution of a random walk over the pool's
// similarity graph (edges above lexRankThreshold, weighted by similarity),
// jumping by bias (topic-sensitive LexRank, Otterbacher et al. 2005):
// central sentences, those like many others, score high.
func lexRank(pool []sentence, bias []float64, sim func(a, b *sentence) float64) []float64 {
	n := len(pool)
	w := make([][]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if s := sim(&pool[i], &pool[j]); s > lexRankThreshold {
				if pool[i].a == pool[j].a {
					// what several outlets report is likelier the story's
					// core than what one article repeats (Brill et al.'s
					// redundancy across sources)
					s *= sameArticleWeight
				}
				w[i][j], w[j][i] = s, s
			}
		}
	}
	jump := make([]float64, n)
	sum := 0.0
	for _, b := range bias {
		sum += b
	}
	for i := range jump {
		jump[i] = bias[i] / max(sum, 1e-12)
	}
	rank := append([]float64(nil), jump...)
	next := make([]float64, n)
	for iter := 0; iter < 100; iter++ {
		for j := range next {
			next[j] = (1 - lexRankDamping) * jump[j]
		}
		for i := 0; i < n; i++ {
			out := 0.0
			for j := 0; j < n; j++ {
				// the walk leaves a sentence only for one on the topic
				if jump[j] > 0 {
					out += w[i][j]
				}
			}
			if out == 0 {
				for j := range next {
					next[j] += lexRankDamping * rank[i] * jump[j]
				}
				continue
			}
			for j := 0; j < n; j++ {
				if jump[j] > 0 && w[i][j] > 0 {
					next[j] += lexRankDamping * rank[i] * w[i][j] / out
				}
			}
		}
		diff := 0.0
		for j := range rank {
			diff += math.Abs(next[j] - rank[j])
			rank[j] = next[j]
		}
		if diff < 1e-9 {
			break
		}
	}
	return rank
}

// mmr chooses the summary's sentences by maximal marginal relevance:
// each next one the most central of those on the topic, less its
// similarity to the ones already chosen; a near-duplicate of a chosen one
// is never taken. It stops at summaryMax sentences or summaryBytes of text.
func mmr(pool []sentence, rank, bias []float64, sim func(a, b *sentence) float64) []int {
	top := 0.0
	for _, r := range rank {
		top = max(top, r)
	}
	if top == 0 {
		return nil
	}
	var chosen []int
	used := map[int]bool{}
	bytes := 0
	for len(chosen) < summaryMax {
		best, bestScore := -1, math.Inf(-1)
		for i := range pool {
			if used[i] || bias[i] == 0 {
				continue
			}
			red := 0.0
			for _, c := range chosen {
				red = max(red, sim(&pool[i], &pool[c]))
			}
			if red > nearDuplicate {
				continue
			}
			score := mmrLambda*rank[i]/top - (1-mmrLambda)*red
			if score > bestScore || score == bestScore && before(pool[i], pool[best]) {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			break
		}
		used[best] = true
		if bytes+len(pool[best].p.Text) > summaryBytes && len(chosen) >= summaryMin {
			continue // too long to add: a shorter one may still fit
		}
		chosen = append(chosen, best)
		bytes += len(pool[best].p.Text)
	}
	return chosen
}

// before orders equal scores the same way every run.
func before(a, b sentence) bool {
	if a.a.ID != b.a.ID {
		return a.a.ID < b.a.ID
	}
	return a.p.Seq < b.p.Seq
}

// readingOrder orders chosen sentences to read as a story: those nearer the
// top of their article first (news gives the main facts first, the details
// after), the more central first among equals; sentences of one article
// keep the article's order. It returns indices into chosen.
func readingOrder(pool []sentence, chosen []int) []int {
	order := make([]int, len(chosen))
	for i := range order {
		order[i] = i
	}
	bucket := func(i int) float64 { return math.Round(pool[chosen[i]].pos * 4) }
	sort.SliceStable(order, func(x, y int) bool { return bucket(order[x]) < bucket(order[y]) })
	// within one article, the article's own order, in the slots its
	// sentences took
	slots := map[*corpus.Article][]int{}
	for k, i := range order {
		a := pool[chosen[i]].a
		slots[a] = append(slots[a], k)
	}
	out := append([]int(nil), order...)
	for _, ks := range slots {
		idx := make([]int, len(ks))
		for n, k := range ks {
			idx[n] = order[k]
		}
		sort.Slice(idx, func(x, y int) bool { return pool[chosen[idx[x]]].p.Seq < pool[chosen[idx[y]]].p.Seq })
		for n, k := range ks {
			out[k] = idx[n]
		}
	}
	return out
}
