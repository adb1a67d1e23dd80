// "What did X say": the opening of X's quotation, or the next quotation about Y.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
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

// reportedSpeakers are the names in text that may be the subject of its
// first verb of saying outside a relative clause: the last name before
// that verb, outside the relative clauses ("Ola Berg, 52, who drives the
// school bus for Ida Holm, said …" reports Berg, not Holm: final re-read
// RL L1); every name of text where no verb of saying stands there.
func (e *Engine) reportedSpeakers(text string) []span {
	names := e.names(text)
	asides := relativeClauses(text)
	for _, w := range wordSpans(text) {
		word := strings.ToLower(strings.Trim(text[w[0]:w[1]], ",;:.“”\"'’‘()"))
		if within(asides, w[0]) || !lexicon.IsSayingVerb(word) {
			continue
		}
		for k := len(names) - 1; k >= 0; k-- {
			if names[k].end <= w[0] && !within(asides, names[k].start) {
				return names[k : k+1]
			}
		}
		return nil
	}
	return names
}

// nextQuotation is the short answer to a "what did X say about Y"
// question from the passage after c's, in c's paragraph or the next,
// where c's passage reports X saying something in the reporter's words
// (no quotation of its own) and that passage opens on a quotation the
// corpus gives to a speaker c's passage names ("Héctor Choque, 44, …,
// said his family … / “*The children think we are camping.* …,” Choque
// said."): X's own words, where they hold as much of what is asked about
// (saidTopicTerms, by topicNear: "kids" is near "children") as c's
// passage, or where nothing is asked about ("what did X say"). "" where
// no such quotation follows.
func (e *Engine) nextQuotation(q *question, c *cand) string {
	if !ownPassage(c.a, &c.p) || c.p.Seq+1 >= len(c.a.Passages) {
		return ""
	}
	n := &c.a.Passages[c.p.Seq+1]
	if n.Kind != c.p.Kind || n.Block > c.p.Block+1 {
		return ""
	}
	if slices.ContainsFunc(c.a.Quotes, func(qt corpus.Quote) bool { return qt.Start < c.p.End && qt.End > c.p.Start }) {
		return "" // (c's passage quotes: spanSaid and quoteOpening read it)
	}
	text := c.a.Text
	i := slices.IndexFunc(c.a.Quotes, func(qt corpus.Quote) bool {
		return qt.Start >= n.Start && qt.Start < n.End && strings.TrimLeft(text[n.Start:qt.Start], "\"“‘' ") == ""
	})
	if i < 0 {
		return ""
	}
	qt := c.a.Quotes[i]
	if qt.Speaker == "" || !slices.ContainsFunc(e.reportedSpeakers(c.p.Text), func(s span) bool { return e.sameName(qt.Speaker, c.p.Text[s.start:s.end]) }) {
		return "" // (another's words)
	}
	// a question about a topic wants the quotation to hold more of it
	// than c's passage; a bare "what did X say" asks about nothing, and
	// X's own words answer it
	if topic := e.saidTopicTerms(q); len(topic) > 0 && e.topicNear(q, topic, c.a, n.Seq) <= e.topicNear(q, topic, c.a, c.p.Seq) {
		return ""
	}
	start, end := qt.Start, min(qt.End, n.End)
	if wordCount(text[start:end]) > maxShortWords {
		start, end = e.quoteWindow(q, text, start, end)
	}
	return shortText(text[start:end])
}
