// The short answer of last resort: where no span of the kind asked for
// stands out, the dozen words of the passage that hold most of the
// question, which is where its answer usually stands.

package qa

import "strings"

// keyWords returns the at most maxShortWords consecutive words of c's
// passage that match the most of the question's weight (each word by the
// idf of the question terms its tokens match, as well as they match), or
// "" for a passage that matches nothing. A passage of a dozen words or
// fewer is its own short answer.
func (e *Engine) keyWords(q question, c *cand) string {
	text := c.p.Text
	words := wordSpans(text)
	if len(words) == 0 {
		return ""
	}
	weight := make([]float64, len(words))
	k := 0
	matched := false
	for _, tok := range c.toks {
		for k+1 < len(words) && words[k][1] <= tok.Start {
			k++
		}
		for _, h := range q.lookup[tok.Term] {
			if w := h.w * q.terms[h.i].idf; w > weight[k] {
				weight[k] = w
				matched = true
			}
		}
	}
	if !matched {
		return ""
	}
	n := min(maxShortWords, len(words))
	best, sum := 0, 0.0
	for i := range n {
		sum += weight[i]
	}
	top := sum
	for i := n; i < len(words); i++ {
		sum += weight[i] - weight[i-n]
		if sum > top {
			top, best = sum, i-n+1
		}
	}
	last := best + n - 1
	for {
		s := strings.Trim(text[words[best][0]:words[last][1]], " ,;:—–-“”\"‘’'()")
		// a dash standing alone is a field of its own: the answer is
		// counted in fields, as the scorer and the renderers count it
		if len(strings.Fields(s)) <= maxShortWords || last == best {
			return s
		}
		last--
	}
}
