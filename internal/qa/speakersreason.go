// "Why does X say or think": the speaker's own reason, or why the articles give none.

package qa

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// speakersReason is, for "why does X say / think …" (whySpeakerFor) where
// c's passage gives no cue of a reason and X speaks in it, X's reason in
// X's words: of the clauses the passage's first verb of saying reports,
// or the verb of several words X is the subject of reports
// (phrasalClause: "X also pointed out that …"; reportedClause; a second
// one after "and that" or "and" and a quotation mark), the first of reasonMinWords words or more that holds
// the fewest of the question's words, where another holds more and so
// only says the question again ("Witkoff said that *"land options" will be the most
// "critical issue"* and "hopefully we will … come up with certain
// compromises …"" for "why does Witkoff think they'll need
// compromises").
func (e *Engine) speakersReason(q *question, c *cand) (span, bool) {
	whole, ok := e.whySaidClause(q, c)
	if !ok {
		return span{}, false
	}
	text := c.p.Text
	best, fewest, most := span{}, -1, 0
	for part := range reportedParts(text, whole) {
		n := questionWordsIn(q, c, part)
		most = max(most, n)
		if wordCount(text[part.start:part.end]) >= reasonMinWords && (fewest < 0 || n < fewest) {
			best, fewest = part, n
		}
	}
	if fewest < 0 || fewest == most {
		return span{}, false // no part only says the question again: nothing to choose
	}
	if r, size := utf8.DecodeLastRuneInString(text[:best.start]); r == '"' || r == '“' {
		best.start -= size // the quotation the clause opens on, with its mark
	}
	return best, true
}

// whySaidClause is, for "why does X say / think …" (whySpeakerFor), the
// clause X reports in c's passage: the one its first verb of saying
// opens where X speaks there (speaksAs), or the one the verb of several
// words X is the subject of opens (phrasalClause: "X also pointed out
// that …"); false where X does not speak there.
func (e *Engine) whySaidClause(q *question, c *cand) (span, bool) {
	who := e.whySpeakerFor(q)
	if who == nil {
		return span{}, false
	}
	at, ok := 0, false
	if e.speaksAs(who, c) {
		at, ok = firstSaidClause(c.p.Text)
	} else {
		at, ok = e.phrasalClause(who, c) // "X also pointed out that …"
	}
	if !ok {
		return span{}, false
	}
	return reportedClause(c.p.Text, at), true
}

// speakerBelow is the index of the first close candidate (closeLook)
// that scores nearly as well as the top (scoresNear, as the "why" rivals
// use) in which X, whose reason "why does X think …" asks for in X's
// words (whySpeakerFor), speaks and reports a clause of reasonMinWords
// words or more (whySaidClause), where X does not speak in the top
// (another speaks, or no one does): another person's words are no reason
// of X's ('"…," he said, flanked by X' under 'X said that if … "they have
// to know …"'), nor is narration, whether it names X or not ('The
// council met on Monday …' over 'X said …').
// It is 0 where there is none.
func (e *Engine) speakerBelow(q *question, cands []*cand) int {
	who, top := e.whySpeakerFor(q), cands[0]
	if who == nil || e.speaksAs(who, top) || e.speaksPhrasal(who, top) {
		return 0
	}
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if !scoresNear(c, top) {
			continue
		}
		if w, ok := e.whySaidClause(q, c); ok && wordCount(c.p.Text[w.start:w.end]) >= reasonMinWords {
			return i + 1
		}
	}
	return 0
}

// anotherSpeaks reports whether q asks X's reason in X's words ("why
// does X think …": whySpeakerFor), X speaks in none of the passages ps
// (speaksAs, speaksPhrasal), and in one of them another of X's name or
// kind does: X's last word, a surname or a description's noun, is the
// subject of a verb of saying or of thinking there (namedSpeaker,
// phrasalSaidAt, thinksAfter: "Peter Roy thinks …") with
// another's word right before it (namedOtherAt: "the *finance* minister
// said" for "the health minister"; "*Peter* Roy also pointed out" for
// Ingrid Roy). A bare "The minister said" may be X named again: no one
// else. What that passage reports is the other's view, not X's reason.
func (e *Engine) anotherSpeaks(q *question, ps ...*cand) bool {
	who := e.whySpeakerFor(q)
	if who == nil || len(who.want) < 2 {
		return false // (a word alone that speaks is X speaking)
	}
	for _, c := range ps {
		if e.speaksAs(who, c) || e.speaksPhrasal(who, c) {
			return false
		}
	}
	head, others := who.want[len(who.want)-1:], who.want[:len(who.want)-1]
	another := false
	for _, c := range ps {
		for _, t := range c.toks {
			if t.Term != head[0].Term {
				continue
			}
			if !e.namedOtherAt(c.p.Text, c.toks, others, t) {
				if thinksAfter(c.p.Text, t.End) {
					return false // X's own view ("Maria Lindqvist believes …"), whoever else speaks
				}
				continue
			}
			one := []index.Token{t} // (this word of the head's, not another that stands bare)
			if _, ok := phrasalSaidAt(c.p.Text, one, head); ok || e.namedSpeaker(c.p.Text, one, t.Term) {
				another = true
			} else if w, at := nameVerbAt(c.p.Text, t.End, lexicon.IsAdverb); lexicon.IsThinkingVerb(w) && clauseAfter(c.p.Text, at, true) {
				another = true // "Peter Roy thinks the depot will shut", not "Peter Roy checked the buses"
			}
		}
	}
	return another
}

// thinksAfter reports whether a verb of thinking or belief
// (lexicon.IsThinkingVerb: "thinks", "believed") stands right after the
// name's word that ends at byte end of text, past at most one adverb
// ("Peter Roy *also thinks* …"), as phrasalVerbAfter reads a verb of
// saying of several words: the one named holds a view there.
func thinksAfter(text string, end int) bool {
	w, _ := nameVerbAt(text, end, lexicon.IsAdverb)
	return lexicon.IsThinkingVerb(w)
}

// nameVerbAt is the word (lower case) right after the name's word that
// ends at byte end of text, past at most one word skip passes (an
// adverb: "Peter Roy *also* thinks"; an auxiliary too where the reader
// asks: "X *is* convinced"), and the byte its word ends at; "" where none
// stands there, the name is followed by no space.
func nameVerbAt(text string, end int, skip func(string) bool) (string, int) {
	if end >= len(text) || text[end] != ' ' {
		return "", end
	}
	words, ends := letterWords(text, end, min(len(text), end+phrasalReach))
	for i := 0; i < 2 && i < len(words); i++ {
		if !skip(words[i]) {
			return words[i], ends[i]
		}
	}
	return "", end
}

// clauseReach is how many words after a verb clauseAfter reads for the
// clause's own verb.
const clauseReach = 6

// clauseAfter reports whether a clause follows the verb that ends at byte
// end of text, before any mark that ends a clause: one opened by "that",
// or whose subject stands before an auxiliary ("thinks the depot *will*
// shut") or a verb in the present's third person where English puts a
// verb (presentVerb, readAsVerb: "thinks the depot *shuts* soon"; not
// "confirmed the cuts", nor a plural noun after a noun, "visited the
// depot *works*", "the bus *stops*": knownNoun); not a noun object
// ("checked the buses on Monday", "read the report"), nor one with a
// relative clause ("toured the depot that was built in 1958"), nor a
// clause a subordinator or another conjunction joins on ("was at the
// depot *when* it was shut", "checked the buses *and* they will shut":
// conjunctions, subordinators); where pair is set (the verb takes a
// clause: a verb of thinking or saying, one whose commonest sense takes a
// clause, lexicon.TakesClause, or an adjective right past is, are, was or were (copulas), not "has closed"),
// a conjunction between a noun and a noun phrase joins a subject of two
// ("predicts the depot *and* the garage will shut", "is convinced the
// depot *or* the garage will shut"), and elsewhere it joins a clause of
// its own ("visited the depot *and* the garage will shut"): with a
// clause the verb reports a view.
func clauseAfter(text string, end int, pair bool) bool {
	to := len(text)
	if i := strings.IndexAny(text[end:], ".,;:!?\n"); i >= 0 {
		to = end + i
	}
	words, _ := letterWords(text, end, to)
	for i, w := range words[:min(len(words), clauseReach)] {
		switch {
		case w == "that" && i == 0 || i > 0 && (isAux(w) || presentVerb(w) && readAsVerb(w, words[i-1]) && !(knownNoun(w) && knownNoun(words[i-1]))):
			return true
		case relativeWordSet[w]:
			return false // a relative clause on the object: "toured the depot *that* was built"
		case pair && conjunctions[w] && i > 0 && i+1 < len(words) && knownNoun(words[i-1]) && (opensNounPhrase(words[i+1]) || knownNoun(words[i+1])):
			// a subject of two nouns goes on: "predicts the depot *and*
			// the garage will shut"
		case conjunctions[w] || subordinators[w]:
			return false // a clause of its own, no view the verb reports
		}
	}
	return false
}

// speakerSilent reports whether q asks X's reason in X's words ("why
// does X think …": whySpeakerFor) and no one speaks in the passages ps:
// no verb of saying (firstSaidClause) and no quotation mark. Where
// someone does, it may be X named otherwise ("The minister said" for the
// education minister) or one who speaks for X (a body's officer for the
// body); where no one does and they give no cause either (the reason
// readers' last resort), what they tell of X is no view of X's.
func (e *Engine) speakerSilent(q *question, ps ...*cand) bool {
	who := e.whySpeakerFor(q)
	if who == nil {
		return false
	}
	for _, c := range ps {
		if _, ok := firstSaidClause(c.p.Text); ok || strings.ContainsAny(c.p.Text, "\"“”") || e.holdsView(who, c) {
			return false
		}
	}
	return true
}

// holdsView reports whether the one asked about (who) is told holding a
// view in c's passage, no verb of saying needed: the last of who's words
// stands before a verb of thinking or belief (thinksAfter: "X believes",
// "X expects"), or before a verb or an adjective, past an adverb or an
// auxiliary, that a clause follows (clauseAfter: "X predicts the depot
// will shut", "X is convinced the depot will shut", "X is sure …"; not
// "X was *at* the depot the council will shut"), a subject of two only
// where the verb takes a clause ("X predicts the depot and the garage
// will shut", not "X visited the depot and the garage will shut"); or X,
// or X's last word alone, is given
// as the source ("according to X", "according to Lindqvist" for Maria
// Lindqvist, "according to the minister" for the housing minister), the
// last word alone only where the passage names no other by it
// (otherOfLast: not "Peter Lindqvist toured the depot. According to
// Lindqvist, …" for Maria Lindqvist).
func (e *Engine) holdsView(who *speakerAsked, c *cand) bool {
	if len(who.want) == 0 {
		return false
	}
	first, last := who.want[0].Term, who.want[len(who.want)-1].Term
	text := c.p.Text
	for _, t := range c.toks {
		if t.Term == last {
			if thinksAfter(text, t.End) {
				return true
			}
			if w, at := nameVerbAt(text, t.End, func(w string) bool { return lexicon.IsAdverb(w) || isAux(w) }); lexicon.IsVerb(w) || lexicon.IsAdjective(w) {
				next, _ := nameVerbAt(text, t.End, lexicon.IsAdverb)
				pair := lexicon.IsThinkingVerb(w) || lexicon.IsSayingVerb(w) || lexicon.TakesClause(w) || copulas[next] && lexicon.IsAdjective(w)
				if clauseAfter(text, at, pair) {
					return true
				}
			}
		}
		if t.Term == first || t.Term == last { // (a token's offsets are the text's)
			words, _ := letterWords(text, max(0, t.Start-sourceReach), t.Start)
			if n := len(words); n > 0 && words[n-1] == "the" {
				words = words[:n-1]
			}
			if n := len(words); n >= 2 && words[n-2] == "according" && words[n-1] == "to" && (t.Term == first || !e.otherOfLast(who, c)) {
				return true
			}
		}
	}
	return false
}

// otherOfLast reports whether c's passage, or the sentence before it
// (c.prev), names another person by the last of who's words: a name or description whose word before it is
// none of who's ("Peter Lindqvist" for Maria Lindqvist, "the transport
// minister" for the housing minister: namedOtherAt), so that the last
// word alone ("according to Lindqvist") may be the other's.
func (e *Engine) otherOfLast(who *speakerAsked, c *cand) bool {
	last := who.want[len(who.want)-1]
	others := who.want[:len(who.want)-1]
	other := func(text string, toks []index.Token) bool {
		return slices.ContainsFunc(toks, func(u index.Token) bool {
			return u.Term == last.Term && e.namedOtherAt(text, toks, others, u)
		})
	}
	return other(c.p.Text, c.toks) || c.prev != nil && other(c.prev.Text, c.prevToks)
}

// sourceReach is how many bytes before a name holdsView reads for
// "according to (the)".
const sourceReach = 20

// speakerSilentReason is why the articles do not answer where the reason
// readers end in speakerSilent.
const speakerSilentReason = "no one speaks there, and no cause is given"

// viewNoCauseReason is why the articles do not answer where the reason
// readers find no cause and speakerSilent did not decline: mostly where
// the one asked about holds the view there (holdsView), but also where
// another speaks there, which refineKind does not tell apart.
const viewNoCauseReason = "the view is given there, but no cause for it"

// anotherSpeaksReason is why the articles do not answer where the reason
// readers end in anotherSpeaks (refineKind records it on the answer,
// Explain reads it there).
const anotherSpeaksReason = "another of that name or kind speaks there, not the one asked about"

// namedOtherAt reports whether the word right before t in text, with
// only spaces between (one noun phrase), opens another name or
// description than the one whose other analysed words are others: a
// capitalised word or a noun (knownNoun), no function word ("The"), no
// word of when the title is held that describes no one (sameOffice,
// describesSomeone) and none of others ("the *health* minister" is X).
// Where t stands bare ("The minister said", "Roy said") it names no one
// else.
func (e *Engine) namedOtherAt(text string, toks, others []index.Token, t index.Token) bool {
	if t.Start > len(text) {
		return false
	}
	i, end := lastWordAt(text, t.Start)
	if i < 0 || strings.TrimSpace(text[end:t.Start]) != "" || strings.ContainsAny(text[i:end], ",;:!?\"“”()") {
		return false
	}
	w := strings.ToLower(text[i:end])
	if lexicon.IsFunctionWord(w) || sameOffice(w) && !slices.ContainsFunc(toks, func(u index.Token) bool { return u.End == end && e.describesSomeone(u.Term) }) {
		// "The *current* minister said" is X again; "the *former*
		// minister" another office, and "the *future* minister" another
		// where the articles describe someone so
		return false
	}
	if slices.ContainsFunc(toks, func(u index.Token) bool {
		return u.End == end && slices.ContainsFunc(others, func(o index.Token) bool { return o.Term == u.Term })
	}) {
		return false // X's own word
	}
	return isCapital(text[i:end]) || knownNoun(w)
}

// andThat joins a second reported clause to the first ("said the fees
// had doubled *and that* …"): reportedFirst and reportedParts cut at it
// alike.
const andThat = " and that "

// reportedParts yields the parts of the reported clause s of text that
// "and that" or "and" before a quotation mark join ('said *the fees had
// doubled* and that *…*', 'said *the cost was high* and "*…*"'), in
// order; s whole where nothing joins two.
func reportedParts(text string, s span) func(yield func(span) bool) {
	return func(yield func(span) bool) {
		if s.start < 0 || s.end > len(text) || s.start >= s.end {
			return
		}
		from := s.start
		for {
			rest := text[from:s.end]
			i, skip := -1, 0
			for _, sep := range []string{andThat, " and \"", " and “"} {
				if j := strings.Index(rest, sep); j >= 0 && (i < 0 || j < i) {
					i, skip = j, len(sep)
					if !strings.HasSuffix(sep, " ") {
						skip = len(" and ") // the quotation mark stays with its quotation
					}
				}
			}
			if i < 0 {
				yield(span{from, s.end})
				return
			}
			if !yield(span{from, from + i}) {
				return
			}
			from += i + skip
		}
	}
}
