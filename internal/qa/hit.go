// The quoted passage of a candidate: its sentence, the next one, pairs; passage kinds that head text.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// hit makes the quoted passage of a candidate: its sentence, led by the
// sentence before when it opens with a pronoun ("He added …") or gives its
// speaker as one ("…,” he said.") and both fit.
func (e *Engine) hit(c *cand) Hit {
	h := Hit{Article: c.a, Text: c.p.Text, Score: c.score} // (Passages made once, below)
	// (a speaker is often named in the paragraph before: "Witkoff said …
	// ¶ “…,” he said")
	joined := c.prev != nil && (c.prev.Block == c.p.Block && (e.goesOn(c.a, &c.p, e.factsOf(c.a, c.prev).toks) || closesQuote(c.p.Text)) || pronounSpeaker(c.p.Text) && c.prev.Kind == c.p.Kind) && showPair(&h, c.a, *c.prev, c.p)
	if !joined {
		// the sentence after, when it goes on about what this one
		// names ("… Antonia, was carried out on a stretcher … ¶ She was
		// dehydrated and had a broken leg."), or when this one opens a
		// quotation it does not close (“Nights in the desert are
		// brutal in winter. / We have three months …,” she said.):
		// both say it
		if n, ok := nextInParagraph(c.a, &c.p); ok && (e.goesOn(c.a, &n, e.factsOf(c.a, &c.p).toks) || openQuote(c.p.Text)) {
			showPair(&h, c.a, c.p, n)
		}
	}
	if h.Passages == nil {
		h.Passages = []corpus.Passage{c.p}
	}
	if len(h.Text) > maxPassageBytes {
		h.Text = cutAtWord(h.Text, maxPassageBytes)
	}
	return h
}

// goesOn reports whether sentence n of article a goes on with the
// sentence before it, whose tokens are before: it opens on words that
// point back ("He added", "But they", "The two"; opensWithAnaphor, which
// takes every opening opensOnPronoun takes) or takes up what the one
// before names (takesUp). hit, deedNext and settlingNext read "the next
// sentence points back" with it (hit also joins across a quotation left
// open or closed); withReasonNext reads it otherwise, and says why there.
func (e *Engine) goesOn(a *corpus.Article, n *corpus.Passage, before []index.Token) bool {
	return e.factsOf(a, n).anaphor || e.takesUp(n.Text, before)
}

// nextInParagraph is the sentence after p in article a where it is of
// p's paragraph (Block) and kind (body, subhead …); ok is false where
// there is none.
func nextInParagraph(a *corpus.Article, p *corpus.Passage) (n corpus.Passage, ok bool) {
	n, ok = nextOfKind(a, p)
	return n, ok && n.Block == p.Block
}

// nextOfKind is the sentence after p in article a where it is of p's kind
// (body, subhead …), in p's paragraph or the next; ok is false where
// there is none.
func nextOfKind(a *corpus.Article, p *corpus.Passage) (n corpus.Passage, ok bool) {
	next := p.Seq + 1
	if next < 0 || next >= len(a.Passages) {
		return corpus.Passage{}, false
	}
	n = a.Passages[next]
	return n, n.Kind == p.Kind
}

// showPair makes h show two sentences of article a, first and then last,
// where they fit: together no more than maxPassageBytes, within a's text.
// It reports whether it did. hit, joinNext and withReasonNext join a
// sentence to its neighbour with it.
func showPair(h *Hit, a *corpus.Article, first, last corpus.Passage) bool {
	if !fitsPair(a, first, last) {
		return false
	}
	h.Passages = []corpus.Passage{first, last}
	h.Text = a.Text[first.Start:last.End]
	return true
}

// inOrder is the two neighbouring sentences p and q, the earlier first.
func inOrder(p, q corpus.Passage) (first, last corpus.Passage) {
	if q.Seq < p.Seq {
		return q, p
	}
	return p, q
}

// fitsPair reports whether sentences first and last of article a can be
// shown together (showPair): no more than maxPassageBytes from the start
// of the one to the end of the other, within a's text.
func fitsPair(a *corpus.Article, first, last corpus.Passage) bool {
	return last.End-first.Start <= maxPassageBytes && 0 <= first.Start && first.Start <= last.End && last.End <= len(a.Text)
}

// opensWithAnaphor reports whether a sentence opens with words that point
// back to the one before: "He added", "The two held talks", "But they".
// The first words are compared as typed, in any case: lowered, the
// capital that opens every sentence would cost a copy of its first word,
// and rank asks of every candidate.
func opensWithAnaphor(s string) bool {
	first, rest := typedWord(s)
	if isFold(first, "but", "and", "still", "yet") {
		first, rest = typedWord(rest)
	}
	if isFold(first, "he", "she", "they", "it", "this", "these", "both", "his", "her", "its", "their") {
		return true
	}
	if isFold(first, "the") {
		second, _ := nextWord(rest)
		return anaphoricNouns[second]
	}
	return false
}

// isFold reports whether w is one of words in any case ("He", "HE"),
// compared without lowering w.
func isFold(w string, words ...string) bool {
	return slices.ContainsFunc(words, func(x string) bool { return strings.EqualFold(w, x) })
}

var anaphoricNouns = wordSet("two three pair both latter former trio duo leaders officials envoys")

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

// takesUp reports whether a sentence opens by taking up a noun of the
// sentence before it ("… committed to sending troops to Ukraine. / This
// deployment would be …", "… a US-led monitoring mechanism. / The
// mechanism would …"): "the", "this", "that", "these" or "those" and a
// noun the sentence before holds (before is its analysis, read in New).
func (e *Engine) takesUp(s string, before []index.Token) bool {
	first, rest := nextWord(s)
	switch first {
	case "the", "this", "that", "these", "those", "such":
	default:
		return false
	}
	noun, _ := nextWord(rest)
	t := e.analyze(noun)
	return len(t) == 1 && !lexicon.IsFunctionWord(noun) && hasTerm(before, t[0].Term)
}

// openQuote reports whether a sentence opens a quotation it does not
// close: the quotation, and who said it, go on in the next.
func openQuote(s string) bool { return quoteDepth(s) > 0 }

// closesQuote reports whether a sentence closes a quotation it does not
// open: the quotation began in the sentence before.
func closesQuote(s string) bool { return quoteDepth(s) < 0 }

// heading reports whether a passage of kind k heads text rather than
// stating in it: a headline, a standfirst, a subhead.
func heading(k corpus.Kind) bool {
	return k == corpus.KindHeadline || k == corpus.KindStandfirst || k == corpus.KindSubhead
}
