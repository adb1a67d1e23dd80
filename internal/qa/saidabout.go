// Declining "did X say anything about Y" where X speaks in the coverage,
// but never of Y.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// saidNothingOf reports whether a yes/no question whether X said something
// of Y names someone who speaks in the passages found,
// while none of the passages X speaks in or is named in, nor the
// sentences beside them in their paragraph, speaks of Y's most telling
// word (saidTopic), however loosely (saysOfTopic). The coverage then gives
// X's words on other things, which do not settle whether X spoke of Y.
// The question is any yes/no one with a verb of saying among its first
// words (askedSpeaker), Y what follows that verb: "did X say anything
// about Y", "has X commented on Y", but also "did X ask for Y" and "did X
// say Y would happen", a claim, where X's passages hold nothing of Y's
// most telling word either.
func (e *Engine) saidNothingOf(q *question, cands []*cand) bool {
	if !asksYesNo(q) {
		return false
	}
	who := askedSpeaker(q)
	if who == "" || e.articleSpeaks(who) || e.anyoneOf(who) {
		return false
	}
	topic := e.saidTopic(q, who)
	if topic < 0 {
		return false
	}
	s := e.speakerOf(who)
	spoke := false
	for _, c := range cands {
		speaks := e.speaksAs(s, c)
		if !speaks && !e.speakerNamedIn(s, c) {
			continue
		}
		spoke = spoke || speaks
		if e.saysOfTopic(q, topic, c) {
			return false
		}
	}
	return spoke
}

// saidTopic is the index of the term that says most particularly what a
// question of what X said asks X said it of, or -1: of the names and nouns
// after its verb of saying (not X's own words, nor a word that says when,
// "*yesterday*", "after the *talks*": saidWhenWord, nor an adverb, nor a
// word that is no noun where it stands: askedThing, so "the pay *offer*", "the *storm* damage" are
// nouns though WordNet has them as verbs too), the one the articles use
// least. Y's commoner words ("the *mayor* showing up at the picket *line*
// with soup") may stand in what X said of anything else; its rarest
// ("soup") names what Y is about. A word no article uses is the rarest
// of all, so one stray word of the asker's ("the pontoons and the
// *insurance*") decides: letting only used words compete (unsaid) was
// measured and dropped: it answered one held-out unanswerable yes/no
// question this declines.
func (e *Engine) saidTopic(q *question, who string) int {
	verb := -1
	for i := range q.words {
		if sayingAt(q.words, i) {
			verb = i
			break
		}
	}
	if verb < 0 {
		return -1
	}
	after := q.words[verb+1:]
	speaker := strings.Fields(who)
	spans := wordSpans(q.text)
	best := -1
	for i, t := range q.terms {
		w := strings.ToLower(t.word)
		if !slices.Contains(after, w) && !slices.Contains(after, strings.ToLower(t.typed)) {
			continue
		}
		if slices.Contains(speaker, w) || e.sameName(who, t.word) || lexicon.IsSayingVerb(w) || lexicon.IsFunctionWord(w) || q.saidWhenWord(w) {
			continue
		}
		if !t.entity && (lexicon.IsAdverb(w) || !askedThing(q, t, spans)) {
			continue
		}
		if best < 0 || t.idf > q.terms[best].idf {
			best = i
		}
	}
	return best
}

// speakerNamedIn reports whether c's passage, or the sentence before it,
// holds X's name: a word of it that is no title ("Achebe" of "Helen
// Achebe"), or, for X named by titles alone ("the mayor"), all of them.
// A description's other words count too ("harbour" of "the harbour
// master"), so a passage of the harbour names X: reading X as the speaker
// readers do (the one person X's titles give, a description by all its
// words) was measured and dropped, as it declined two answerable
// questions of a speaker the passage gives only as "she", or by a
// follower's name, that the loose reading answers.
func (e *Engine) speakerNamedIn(who *speakerAsked, c *cand) bool {
	if who == nil || len(who.want) == 0 {
		return false
	}
	in := func(term string) bool { return hasTerm(c.toks, term) || hasTerm(c.prevToks, term) }
	titles, all := 0, true
	for _, w := range who.want {
		if e.titles[w.Term] {
			titles++
			all = all && in(w.Term)
			continue
		}
		if in(w.Term) {
			return true
		}
	}
	return titles == len(who.want) && all
}

// topicNear is the least GloVe similarity at which a passage's word speaks
// of a topic's word, for saidNothingOf: below soft matching's softMin,
// which asks for a word for the same thing, as a speaker puts a topic in
// words of their own ("borrowed money" for "loans", at 0.57; "figures" for
// "tallies", 0.52); above alignFloor, where unrelated words stand.
const topicNear = 0.5

// saysOfTopic reports whether c's passage, the sentence before it or the
// next in its paragraph holds question term i: matched as the ranking
// matched it (its word, a synonym, a near spelling, a word GloVe puts near
// it), in another form ("apologised" for "apology"), or by a word whose
// GloVe vector is at least topicNear near the term's word.
func (e *Engine) saysOfTopic(q *question, i int, c *cand) bool {
	t := &q.terms[i]
	if i < len(c.match) && c.match[i] > 0 {
		return true
	}
	toks := append(c.toks[:len(c.toks):len(c.toks)], c.prevToks...)
	passages := []*corpus.Passage{&c.p} // the passage and those beside it, each keyed as its own (nearKeyOfPassage)
	if c.prev != nil {
		passages = append(passages, c.prev)
	}
	if next, ok := nextInParagraph(c.a, &c.p); ok && ownPassage(c.a, &c.p) {
		toks = append(toks, e.factsOf(c.a, &next).toks...)
		passages = append(passages, &next)
	}
	for _, tok := range toks {
		if tok.Term == t.term || slices.Contains(t.alts, tok.Term) || slices.ContainsFunc(t.soft, func(a termAlt) bool { return a.term == tok.Term }) {
			return true
		}
		if !t.entity && derivedForm(t.term, tok.Term) {
			return true
		}
	}
	if t.entity || !aligns(t) {
		return false // a name matches by its spelling; the commonest words are near everything
	}
	for _, p := range passages {
		var pw []wordVec // (keyed as align keys it: the same word and passage once)
		if e.nearestIn(t.word, nearKeyOfPassage(t.word, c.a, p), p.Text, &pw) >= topicNear {
			return true
		}
	}
	return false
}
