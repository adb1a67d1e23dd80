package qa

import (
	"slices"

	"github.com/summitbot/summitbot/corpus"
)

// quoteOpening is the short answer to a "what did X say" question from
// the sentence before c's passage, where the quotation of X's that
// quoteAsked found in c's passage opens there ("“Nobody here is against
// trams. / We are against concreting over the last wild place …,” Hale
// said."): a quotation is said from its start, and the sentence that names
// its speaker holds only its tail. The quotation's first sentence answers
// where it holds as many of the words asked about (saidTopicTerms) as the
// quotation's part in c's passage: all of a bare "what did X say", which
// asks about nothing. "" where no such quotation opens in the sentence
// before, in c's paragraph, or the answer is no quotation (saidGap,
// reportedOver), or the question asks what X called something
// (asksNaming: X's words for it need not repeat its words, so the words
// asked about cannot tell the part that holds them).
func (e *Engine) quoteOpening(q *question, c *cand) string {
	if !ownPassage(c.a, &c.p) || c.p.Seq == 0 || q.asksNaming() {
		return "" // ("what did X call Y": X's words for Y need not repeat Y's, to tell the part that holds them)
	}
	prev := &c.a.Passages[c.p.Seq-1]
	if prev.Block != c.p.Block || prev.Kind != c.p.Kind {
		return ""
	}
	opens := func(qt corpus.Quote) bool { // opens in the sentence before and runs on into c's
		return qt.Start >= prev.Start && qt.Start < prev.End && qt.End > c.p.Start
	}
	if !slices.ContainsFunc(c.a.Quotes, opens) {
		return "" // (the common case, looked at first: what follows is spanSaid's work again)
	}
	if s := e.saidGap(q, c.p.Text); s.end > s.start {
		return "" // "what did X say would be …": the part of a reported clause
	}
	m := e.quoteAsked(q, c)
	if !m.ok {
		return ""
	}
	if r := e.reportedOver(q, c.p.Text, m.s, m.asked, m.topic); r.end > r.start {
		return "" // a clause reported of X says more of what is asked
	}
	text := c.a.Text
	for _, qt := range c.a.Quotes {
		if !opens(qt) {
			continue
		}
		in := span{max(qt.Start, c.p.Start) - c.p.Start, min(qt.End, c.p.End) - c.p.Start}
		if m.s.start < in.start || m.s.end > in.end {
			continue // the quotation found is another
		}
		if e.askedTerms(q, m.topic, text[qt.Start:prev.End]) < e.askedTerms(q, m.topic, c.p.Text[in.start:in.end]) {
			return "" // its tail says more of what is asked
		}
		n := wordCount(text[qt.Start:prev.End])
		if n < minOpeningWords {
			return "" // an interjection, "Look.": the tail says what was meant (final re-read 25C F2)
		}
		start, end := qt.Start, prev.End
		if n > maxShortWords {
			start, end = e.quoteWindow(q, text, start, end)
		}
		return shortText(text[start:end])
	}
	return ""
}

// minOpeningWords is the fewest words a quotation's opening sentence
// holds for quoteOpening to answer with it: a one-word opening is an
// interjection ("Look.", "Listen."), and the sentence after it says what
// was meant; "Nobody was hurt." is said (final re-read 25D F10).
const minOpeningWords = 2
