// LexRank and maximal marginal relevance: choosing an overview's sentences and their order.

package qa

import (
	"math"
	"sort"

	"github.com/summitbot/summitbot/corpus"
)

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
