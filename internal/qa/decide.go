package qa

import (
	"strings"

	"github.com/summitbot/summitbot/corpus"
)

// Thresholds of evidence, on the scale of cand.cov (the idf-weighted share
// of the question a passage matches).
const (
	minCoverage     = 0.45 // below this the best passage is a nearest miss
	maxUnknownShare = 0.34 // share of the question's weight in words no article uses
	maxPassageBytes = 450  // a quoted passage is one or two sentences, no wall of text
)

// answerable decides whether the best candidate answers the question or the
// articles do not say. It may move a better-typed candidate to the top.
func (e *Engine) answerable(q question, cands []*cand) bool {
	var total, unknown float64
	for _, t := range q.terms {
		total += t.idf
	}
	for _, w := range q.unknown {
		if isCapital(w) {
			return false // a name no article mentions, in any spelling
		}
		for _, t := range q.terms {
			if t.word == w {
				unknown += t.idf
			}
		}
	}
	if unknown/max(total, 1e-9) > maxUnknownShare {
		return false
	}
	top := cands[0]
	if needsType(q.kind) && top.typeOK == 0 {
		// a passage as well matched that has the kind of answer asked for
		for i, c := range cands[1:min(len(cands), 8)] {
			if c.typeOK > 0 && c.entOK && c.cov >= 0.8*top.cov {
				copy(cands[1:i+2], cands[:i+1])
				cands[0] = c
				top = c
				break
			}
		}
	}
	switch {
	case top.cov < minCoverage:
		return false
	case !top.entOK:
		return false
	case needsType(q.kind) && top.typeOK == 0:
		return false
	}
	return true
}

// needsType reports whether a kind of question is unanswered by a passage
// without the kind of thing it asks for.
func needsType(k Kind) bool {
	return k == KindWhen || k == KindHowMany || k == KindSaid || k == KindHowLong
}

// hit makes the quoted passage of a candidate: its sentence, led by the
// sentence before when it opens with a pronoun ("He added …") and both fit.
func (e *Engine) hit(c *cand) Hit {
	h := Hit{Article: c.a, Passages: []corpus.Passage{c.p}, Text: c.p.Text, Score: c.score}
	if c.prev != nil && opensWithPronoun(c.p.Text) && c.p.End-c.prev.Start <= maxPassageBytes {
		h.Passages = []corpus.Passage{*c.prev, c.p}
		h.Text = c.a.Text[c.prev.Start:c.p.End]
	}
	if len(h.Text) > maxPassageBytes {
		h.Text = cutAtWord(h.Text, maxPassageBytes)
	}
	return h
}

func opensWithPronoun(s string) bool {
	first := strings.ToLower(strings.Trim(strings.Fields(s + " x")[0], "“\"‘',"))
	return first == "he" || first == "she" || first == "they" || first == "it" || first == "this" || first == "these" || first == "but"
}

// cutAtWord shortens s to at most n bytes, at a word, with "…".
func cutAtWord(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n-len("…")], ' ')
	if cut <= 0 {
		cut = n - len("…")
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// corroborate lists the articles that support the answer (the top passage's
// first) and notes where articles give a different figure or date.
func (e *Engine) corroborate(q question, cands []*cand, short string) ([]string, []string) {
	top := cands[0]
	sources := []string{top.a.ID}
	var diffs []string
	want := analysedTerms(e.s, short)
	for _, c := range cands[1:] {
		if contains(sources, c.a.ID) || c.cov < 0.6*top.cov || !c.entOK {
			continue
		}
		have := analysedTerms(e.s, c.p.Text)
		if c.prev != nil {
			for t := range analysedTerms(e.s, c.prev.Text) {
				have[t] = true
			}
		}
		supports := len(want) > 0
		for t := range want {
			if !have[t] {
				supports = false
			}
		}
		if len(want) == 0 {
			supports = c.cov >= 0.8*top.cov
		}
		if supports {
			sources = append(sources, c.a.ID)
			continue
		}
		if (q.kind == KindHowMany || q.kind == KindWhen) && c.cov >= 0.7*top.cov && c.typeOK > 0 {
			if other := e.extract(q, c); other.end > other.start {
				diffs = append(diffs, c.a.Title()+": “"+c.p.Text[other.start:other.end]+"”")
			}
		}
	}
	if len(diffs) > 0 {
		diffs = append([]string{top.a.Title() + ": “" + short + "”"}, diffs...)
	}
	return sources, diffs
}
