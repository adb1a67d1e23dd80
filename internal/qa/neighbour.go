// Joining to a passage the sentence next to it.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
)

// withNeighbour joins to each passage the answer shows the sentence next
// to it in its article, of its kind (body text, a caption), when the
// search found that sentence for the question too: the two say it
// together ("A striking symbol of this alignment came during the press
// conference. / The unexpected, late addition of …"), as a window of
// sentences would, rather than the one shown and the other further down
// the list, or not at all. Across a paragraph break too: news gives a
// paragraph a sentence or two, and the next goes on with the same story.
// Measured on the training sets: a neighbour among the second passage
// only found two right top passages fewer than one among the first three;
// within the paragraph only, four fewer (sixteen of the read sets');
// among the answer's ten passages only, two fewer than among every
// candidate; and joined to the top passage only, the held-out sets' right
// passages among the first three were twelve fewer. It is joined last,
// to what the answer shows: the short answer, a reason or a list is read
// from the top sentence as ranked; a passage another step chose first (a
// list's, a reason's), one cut at maxPassageBytes, and a neighbour shown
// already above are left as they are.
func (e *Engine) withNeighbour(ans *Answer, cands []*cand) {
	if len(ans.Passages) == 0 || len(cands) < 2 {
		return
	}
	for i := 0; i < len(ans.Passages); i++ {
		h := &ans.Passages[i]
		if len(h.Passages) != 1 {
			continue // joined already
		}
		p := h.Passages[0]
		if !ownPassage(h.Article, &p) || h.Text != p.Text {
			continue // not the article's own passage, or cut
		}
		if i == 0 && (h.Article != cands[0].a || p.Seq != cands[0].p.Seq) {
			continue // another passage than the top candidate's (a list's, a reason's): as chosen
		}
		for _, c := range cands {
			if c.a != h.Article || c.p.Kind != p.Kind || c.p.Seq != p.Seq+1 && c.p.Seq != p.Seq-1 {
				continue
			}
			first, last := inOrder(p, c.p)
			if c.near && c.p.Seq < p.Seq && !e.leansBack(h.Article, &last) {
				continue // found by its meaning alone, and the answer's sentence reads without it: not cited before it
			}
			if !fitsPair(h.Article, first, last) || slices.ContainsFunc(ans.Passages[:i], func(o Hit) bool { return o.Article == h.Article && strings.Contains(o.Text, c.p.Text) }) {
				continue // too long, or the neighbour shown already
			}
			shift := p.Start - first.Start
			for k := range h.Marks {
				h.Marks[k][0] += shift
				h.Marks[k][1] += shift
			}
			showPair(h, h.Article, first, last)
			rest := slices.DeleteFunc(ans.Passages[i+1:], func(o Hit) bool { return o.Article == h.Article && strings.Contains(h.Text, o.Text) })
			ans.Passages = ans.Passages[:i+1+len(rest)]
			break
		}
	}
}

// leansBack reports whether sentence p of article a cannot be read
// without the one before it: it refers back to it, opens on words that
// point back, a pronoun among them (passageFacts), or opens a quotation
// (whose speaker, unnamed in it, the sentence before may name), as rank
// reads a candidate's sentence before (cand.prev). withNeighbour joins
// the sentence before the answer's, where the meaning channel alone found
// it (nearPassages), only
// where the answer's sentence leans back on it so: sentences of one story
// are near the question by the topic they share, so such a neighbour says
// nothing of whether the two say the answer together, and joined it was
// cited before the answer's sentence ("By Monday evening, 37 ships were
// waiting …" before "Four tugboats spent the morning …"). The sentence
// after is joined as before: the answer's is still cited first (refusing
// it too cost a held-out gold passage in the first three, fitweights
// -report, nearwinX).
func (e *Engine) leansBack(a *corpus.Article, p *corpus.Passage) bool {
	f := e.factsOf(a, p)
	return f.refers || f.anaphor || opensQuote(p.Text) // (anaphor takes every opening on a pronoun)
}

// settlingNext is the sentence after the top one, as a candidate, where
// the answer shows it with the top (h) for a yes/no question the top does
// not settle, and it points back to the top ("It marked the first time the
// US envoys had joined the coalition's talks", after "… attended by US
// envoys Steve Witkoff and Jared Kushner") and holds a word of the
// question the top does not: news sets a matter out, and the sentence
// after tells what came of it; else nil. The sentence after is of the
// top's paragraph (nextInParagraph), as hit joins it on.
func (e *Engine) settlingNext(q *question, top *cand, h Hit) *cand {
	np, ok := nextInParagraph(top.a, &top.p)
	if !ok || h.Article != top.a || len(h.Passages) != 2 || h.Passages[0].Seq != top.p.Seq || h.Passages[1].Seq != np.Seq {
		return nil // not shown with the sentence after it
	}
	n := &cand{a: top.a, p: np, toks: e.factsOf(top.a, &np).toks}
	if !e.goesOn(top.a, &np, top.toks) || !addsTerm(q, top, n) {
		return nil
	}
	return n
}

// addsTerm reports whether the next sentence holds, in its own words, a
// word of the question (or a synonym) that the top does not.
func addsTerm(q *question, top, next *cand) bool {
	held := func(c *cand) []bool {
		m := make([]bool, len(q.terms))
		for _, tok := range c.toks {
			for _, h := range q.lookup[tok.Term] {
				m[h.i] = m[h.i] || !h.soft
			}
		}
		return m
	}
	a, b := held(top), held(next)
	for i := range q.terms {
		if b[i] && !a[i] {
			return true
		}
	}
	return false
}

// follows reports whether candidate b is the sentence right after a in
// its article, of its kind (body text, a caption), across a paragraph
// break too.
func follows(b, a *cand) bool {
	return a.a == b.a && a.p.Kind == b.p.Kind && b.p.Seq == a.p.Seq+1
}
