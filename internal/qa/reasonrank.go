// Ranking for "why" and "how": typeReason and preferring reasons.

package qa

import (
	"strings"

	"github.com/summitbot/summitbot/corpus"
)

// reasonOf is the reason (or means) c's passage gives for what q asks, as
// reasonIn finds it, unless its words are only the question's own ("after
// Rubio drops out" for "why did rubio drop out"): that restates what is
// asked, and gives no reason for it.
// Remembered on c for q (candMemo): the reorders of "why" and "how"
// answers ask it of the same candidate again.
func (e *Engine) reasonOf(q *question, c *cand) (reasonSpan, bool) {
	f := remember(&c.reason, q, func() found[reasonSpan] {
		r, ok := reasonIn(c.p.Text, q.kind, questionEnd(q, c), questionSpans(q, c)...)
		if !ok && q.kind == KindWhy && q.negated {
			r, ok = butAfter(c.p.Text)
		}
		if !ok {
			return found[reasonSpan]{r, false}
		}
		body := c.p.Text[r.start:r.end]
		if _, rest, cut := strings.Cut(body, " "); cut && e.allQuestionWords(q, rest) {
			return found[reasonSpan]{}
		}
		if q.kind == KindHow && e.askedPath(q, c, r.start) {
			return found[reasonSpan]{}
		}
		return found[reasonSpan]{r, true}
	})
	return f.v, f.ok
}

// found is a span a rule finds, and whether it found one.
type found[T any] struct {
	v  T
	ok bool
}

// candMemo is one answer remembered on a candidate, for the question q
// (by its address: a copy of the question with other terms asks afresh).
type candMemo[T any] struct {
	q *question
	v T
}

// remember is compute's answer for q, remembered in *m: computed once per
// candidate and question. The memo is made at the first use, only for
// the candidates a rule asks about.
func remember[T any](m **candMemo[T], q *question, compute func() T) T {
	if *m != nil && (*m).q == q {
		return (*m).v
	}
	v := compute()
	*m = &candMemo[T]{q, v}
	return v
}

// askedPath reports whether the means at start of c's passage is "through"
// a thing with extent right after the question's own verb ("crews *dig
// through* collapsed blocks" for "how were neighbours digging people
// out"): the way the asked deed went, not how it was done. Through a place
// after another deed, that deed is the means ("Army engineers then cut a
// channel through the rock", throughPlaceVerb).
func (e *Engine) askedPath(q *question, c *cand, start int) bool {
	text := c.p.Text
	if throughPlaceVerb(text, start) == start {
		return false
	}
	for _, tok := range c.toks {
		if tok.End <= start && strings.TrimSpace(text[tok.End:start]) == "" {
			return q.hardHit(tok.Term)
		}
	}
	return false
}

// butAfter is the clause the first ", but" of text opens: of a deed asked why it did not work, what went against
// it ("had laid more than 40,000 sandbags since Sunday, *but that the
// water had simply gone around them*"), a weak reason; "that" after "but"
// is left out.
func butAfter(text string) (reasonSpan, bool) {
	i := strings.Index(text, ", but ")
	if i < 0 {
		return reasonSpan{}, false
	}
	start := i + len(", but ")
	if strings.HasPrefix(text[start:], "that ") {
		start += len("that ")
	}
	end := start + reasonStop(text[start:])
	end = start + len(strings.TrimRight(text[start:end], " .”\"’"))
	if wordCount(text[start:end]) < 3 {
		return reasonSpan{}, false
	}
	return reasonSpan{span{start, end}, false}, true
}

// typeReason is typeScore for "why" and "how": a passage that gives a
// reason or a means, by a cue that only gives them (1), or, for a
// question of intent, the plan it states of the subject, naming what is
// asked (0.75: "how will the board pay": "the board *would borrow £40
// million* for the new reservoir"), holds the kind of answer asked for
// more surely than one that gives none (0.5, as every passage for a kind
// with no type of its own). For a degree ("how fast was the river
// rising"), a passage with a figure that is no year (degreeFigure) holds
// it more surely (0.75).
func (e *Engine) typeReason(q *question, c *cand) float64 {
	if !asksReason(q) {
		if asksDegree(q) && e.degreeFigure(c.p.Text) {
			return 0.75
		}
		return 0.5 // "how bad was it": a degree
	}
	r, ok := e.reasonOf(q, c)
	switch {
	case ok && r.strong:
		return 1
	}
	if p, plan := e.planOf(q, c); plan && namesAsked(q, c, p) {
		return 0.75
	}
	return 0.5
}

// questionEnd is where the question's matched words end in a candidate's
// text: a reason is looked for after it first.
func questionEnd(q *question, c *cand) int {
	end := 0
	for _, tok := range c.toks {
		if len(q.lookup[tok.Term]) > 0 {
			end = max(end, tok.End)
		}
	}
	return end
}

// questionSpans are where the question's matched words stand in a
// candidate's text.
func questionSpans(q *question, c *cand) []span {
	out := []span{}
	for _, tok := range c.toks {
		if len(q.lookup[tok.Term]) > 0 {
			out = append(out, span{tok.Start, tok.End})
		}
	}
	return out
}

// preferReasons moves ahead, among the best candidates, one that gives a
// reason (or a means) over one that only names the subject, when it
// matches the question nearly as well.
func (e *Engine) preferReasons(q *question, cands []*cand) []*cand {
	if !asksReason(q) || len(cands) < 2 {
		return cands
	}
	if i := e.speakerBelow(q, cands); i > 0 {
		return toFront(cands, i)
	}
	top := cands[0]
	r, ok := e.reasonOf(q, top)
	if ok && r.strong {
		return cands
	}
	if top.p.Kind != corpus.KindBody {
		ok = false // a bullet or a caption states; the body explains
	}
	if intentAt(q) > 0 && !ok {
		// "how will they …": the plan the passage states of the subject,
		// naming what is asked about, over a top passage with no means
		if p, plan := e.planOf(q, top); !plan || !namesAsked(q, top, p) {
			for i, c := range cands[1:min(len(cands), closeLook)] {
				if p, found := e.planOf(q, c); found && namesAsked(q, c, p) && rivals(c, top) {
					return toFront(cands, i+1)
				}
			}
		}
	}
	// a strong reason first; a weak one ("after …", "gathered to …") only
	// over a passage that gives none
	for _, strong := range []bool{true, false} {
		if !strong && ok {
			break
		}
		if !strong && intentAt(q) > 0 {
			// "how are they going to …" with no strong means close: one
			// that speaks of what is to come, over a top that only says
			// what was
			if i := prospectRival(q, cands); i > 0 {
				return toFront(cands, i)
			}
		}
		for i, c := range cands[1:min(len(cands), closeLook)] {
			if !whyRival(c, top) {
				continue
			}
			if r, found := e.reasonOf(q, c); found && r.strong == strong {
				return toFront(cands, i+1)
			}
		}
	}
	// a manner "how" goes on only from a headline or standfirst with no
	// means: its few words say what happened, and the body how (the
	// block below)
	if ok || q.kind != KindWhy && !summaryLine(top.p.Kind) {
		return cands
	}
	// a top passage with no cue of a cause at all does not answer "why";
	// a close one whose strong cue stands right after one of the
	// question's words gives the cause of what is asked about, even when
	// it matches the question less well ("flights … were also *cancelled
	// because* crews could not be assigned")
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if q.kind != KindWhy || !c.entOK && top.entOK {
			continue
		}
		if r, found := e.reasonOf(q, c); found && r.strong && e.causeOfQuestionWord(q, c, r) {
			return toFront(cands, i+1)
		}
	}
	if top.p.Kind != corpus.KindBody {
		// a headline, a standfirst, a bullet or a caption states what
		// happened, and where no close passage gives a cause right after
		// the question's words the body, where it matches the question
		// nearly as well, goes on to say why (or its next sentence does:
		// withReasonNext); for "how", only after a headline or standfirst
		// (summaryLine), how it was done
		for i, c := range cands[1:min(len(cands), closeLook)] {
			if c.p.Kind == corpus.KindBody && whyRival(c, top) {
				return toFront(cands, i+1)
			}
		}
	}
	return cands
}

// headlineRival reports whether c, a passage of the article whose
// headline or standfirst top is (summaryLine), scores nearly as well as
// it: a headline says what
// happened in a few words, so it matches more of a question's words than
// the article's sentences that go on to say why ("Bridge reopens to
// buses, but drivers face a wait until late January"; "… would have to
// wait until late January, *after engineers found two more cracks*").
func headlineRival(c, top *cand) bool {
	return summaryLine(top.p.Kind) && c.a == top.a && c.p.Kind == corpus.KindBody && scoresNear(c, top)
}

// summaryLine reports whether a passage of kind k sums its article up
// above the body (its headline or standfirst): it says what happened in a
// few words, and the body goes on to say why and how.
func summaryLine(k corpus.Kind) bool {
	return k == corpus.KindHeadline || k == corpus.KindStandfirst
}

// whyRival reports whether c may go before top for "why": it rivals
// top, or top is its article's headline and c scores nearly as well.
func whyRival(c, top *cand) bool {
	return rivals(c, top) || headlineRival(c, top)
}

// causeOfQuestionWord reports whether the reason r of c's passage opens
// right after one of the question's words, with nothing or a comma
// between: "cancelled because …", "closed, after …".
func (e *Engine) causeOfQuestionWord(q *question, c *cand, r reasonSpan) bool {
	for _, tok := range c.toks {
		if tok.End > r.start || len(q.lookup[tok.Term]) == 0 {
			continue
		}
		if strings.Trim(c.p.Text[tok.End:r.start], " ,") == "" {
			return true
		}
	}
	return false
}

// prospectRival is the index of the first close rival of the top
// candidate that speaks of what is yet to come (speaksOfProspect: "KCT
// said it *expected to clear the backlog* in about ten days, with staff
// working extra shifts"), for a manner question of what is to be done
// ("how are they going to get through the waiting ships") whose top
// passage speaks of none: English tells a way not yet taken as a
// prospect, so a passage only of what was or is ("23 ships were
// waiting") says no way; 0 for none.
func prospectRival(q *question, cands []*cand) int {
	top := cands[0]
	if !prospectUnmet(q, top) {
		return 0
	}
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if rivals(c, top) && c.p.Kind == corpus.KindBody && speaksOfProspect(c.p.Text) {
			return i + 1
		}
	}
	return 0
}
