// "What did X say": the span said and the frame around it.

package qa

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// saidQuote is quoteAsked's answer for one candidate and question.
type saidQuote struct {
	s     span
	ok    bool
	asked int
	topic []int // saidTopicTerms of the question
}

// quoteAsked is quoteIn of c and how many of the question's asked terms
// its quotation holds (askedTerms of saidTopicTerms, which it gives too),
// remembered on c for
// q (candMemo): extractAt's look at the sentence before and spanSaid
// after it read the same quotation, analysed once.
func (e *Engine) quoteAsked(q *question, c *cand) saidQuote {
	return remember(&c.said, q, func() saidQuote {
		s, ok := e.quoteIn(q, c)
		if !ok {
			return saidQuote{}
		}
		topic := e.saidTopicTerms(q)
		return saidQuote{s, true, e.askedTerms(q, topic, c.p.Text[s.start:s.end]), topic}
	})
}

// saidContent is s, a span of text shown for "what did X say", or, where
// s ends on a verb of saying outside quotation marks ("Starmer said the
// meeting made “excellent progress” but *cautioned*"), the clause that
// verb reports, "that" and quotation marks before it trimmed ("the
// hardest yards are still ahead"): the answer is what was said, not that
// it was. s where no clause of two words or more follows, or s holds
// more of what the question asks about (saidTopicTerms) than that clause
// ("what did Starmer say about the meeting's progress": "made “excellent
// progress”"); words that say when it was said are not what it was about
// (saidWhenWord). Where s is only an "As X noted" frame, the clause it frames
// (framedClause).
func (e *Engine) saidContent(q *question, text string, s span) span {
	if s.end <= s.start || s.end > len(text) {
		return s
	}
	if r := e.framedAsked(q, text, s); r.end > r.start {
		return r
	}
	last := lastWord(text[s.start:s.end])
	if !lexicon.IsSayingVerb(strings.ToLower(last)) || !strings.HasSuffix(text[s.start:s.end], last) || withinQuotes(text, s.end-1) {
		return s
	}
	r := trimQuoteMarks(text, reportedClause(text, s.end))
	if i := sentenceEndIn(text, s.end, r.end); i >= 0 {
		r.end = i // (what the next sentence says is not what this verb reports)
	}
	if r.end <= r.start || wordCount(text[r.start:r.end]) < 2 || lexicon.IsSayingVerb(strings.ToLower(lastWord(text[r.start:r.end]))) {
		return s // ("but warned, *as officials said*, that …": another's attribution)
	}
	topic := slices.DeleteFunc(e.saidTopicTerms(q), func(i int) bool {
		return q.saidWhenWord(q.terms[i].word) // ("say *on monday*", "*after* the inspection")
	})
	if e.askedTerms(q, topic, text[s.start:s.end]) > e.askedTerms(q, topic, text[r.start:r.end]) {
		return s
	}
	return cutBeforePhrase(text, r, maxShortWords)
}

// framedClause is, where s is only an "As X noted …" frame (it opens on
// "As", a verb of saying stands in it outside quotation marks, and a
// comma follows it: "*As Prime Minister Mark Carney noted ahead of the
// talks*, the process carries significant momentum"), the main clause it
// frames, to its sentence's end or a participle's clause after a comma
// (", indicating …"), cut to a short answer; empty for any other s.
func framedClause(text string, s span) span {
	first, _ := nextWord(text[s.start:s.end])
	if first != "as" || !strings.HasPrefix(text[s.end:], ", ") {
		return span{}
	}
	if !slices.ContainsFunc(wordSpans(text[s.start:s.end])[1:], func(w [2]int) bool {
		return lexicon.IsSayingVerb(strings.ToLower(text[s.start+w[0]:s.start+w[1]])) && !withinQuotes(text, s.start+w[0])
	}) {
		return span{}
	}
	from := s.end + len(", ")
	end := len(text)
	if i := sentenceEndIn(text, from, len(text)); i >= 0 {
		end = i
	}
	end = from + len(beforeParticipleClause(text[from:end])) // ", *indicating* …": a participle's clause adds to the main one
	r := trimQuoteMarks(text, span{from, end})
	r.end = r.start + len(trimEnd(text[r.start:r.end])) // (the sentence's stop is no part of it)
	if wordCount(text[r.start:r.end]) < 2 {
		return span{}
	}
	return cutBeforePhrase(text, r, maxShortWords)
}

// framedAsked is framedClause(text, s) where the question names the
// frame's speaker (namesFramed), else empty (not "As promised, …", which
// names no one).
func (e *Engine) framedAsked(q *question, text string, s span) span {
	if r := framedClause(text, s); r.end > r.start && e.namesFramed(q, text[s.start:s.end]) {
		return r
	}
	return span{}
}

// namesFramed reports whether the question names someone an "As X
// noted …" frame names, and asks nothing else it holds (its words asked
// as asksWithin reads them, its verbs of saying aside, and its titles
// unless the question asks for a name: "what did the tolvik *mayor* note"
// names X by title): it asks what X noted, the clause framed, not who X
// is ("whats the canadian pm called", "whats the tolvik mayor called" ask
// for the name the frame gives). The frame is analysed once, for both.
func (e *Engine) namesFramed(q *question, frame string) bool {
	named, _ := e.nameOf(q.words)
	var aside [][2]int // the words set aside, as byte spans of frame
	for i := 0; i < len(frame); {
		j := i + strings.IndexFunc(frame[i:], unicode.IsSpace)
		if j < i {
			j = len(frame)
		}
		if lw := sayWord(frame[i:j]); j > i && (lexicon.IsSayingVerb(lw) || named == "" && lexicon.IsTitle(lw)) {
			aside = append(aside, [2]int{i, j})
		}
		_, n := utf8.DecodeRuneInString(frame[j:])
		i = j + max(n, 1)
	}
	names := false
	for _, tok := range e.analyze(frame) {
		set := slices.ContainsFunc(aside, func(a [2]int) bool { return tok.Start < a[1] && a[0] < tok.End })
		for _, h := range q.lookup[tok.Term] {
			t := q.terms[h.i]
			if !t.entity && !set {
				return false // (asksWithin)
			}
		}
		names = names || slices.ContainsFunc(q.terms, func(t qterm) bool {
			return t.entity && !isDemonym(t.word) && tok.Term == t.term
		})
	}
	return names
}

// saidWhen reports whether the question word w stands, in the question's
// words, in a phrase a preposition of time or occasion opens
// (occasionPrepositions: "say *after the talks*", "*during* the vote",
// "*following* the storm"): it says when something was said, not what
// about.
// Another preposition ends the phrase, and after a verb of saying a
// topic preposition opens what was said of, which no phrase of it
// says when ("say about life *after the fire*": sayingAt,
// topicPrepositions).
func saidWhen(words []string, w string) bool {
	w = strings.ToLower(w)
	in, said := false, false
	for i, x := range words {
		switch {
		case said && topicPrepositions[x] && (i+1 >= len(words) || !timeWord(words[i+1])):
			return false // (not "say *on monday* after the talks": a time, re-read 28B F4)
		case occasionPrepositions[x]:
			in = true
		case prepositions[x]:
			in = false
		case in && x == w:
			return true
		case sayingAt(words, i):
			said = true
		}
	}
	return false
}

// occasionPrepositions open a phrase of time or occasion, no topic
// (kinds.txt).
var occasionPrepositions = cueSet("occasion-prepositions-words")

// saidWhenWord reports whether the question word w says when what it asks
// was said, not what about: it stands in a phrase of time a preposition
// opens (saidWhen: "after the talks") or is a word of time (saysWhen:
// "on monday", "yesterday"). saidContent and saidTopic read it alike.
func (q *question) saidWhenWord(w string) bool {
	return saidWhen(q.words, w) || saysWhen(q.timePhrases(), q.words, strings.ToLower(w))
}

// spanSaid is extractSpan for "what did X say" questions.
func (e *Engine) spanSaid(q *question, c *cand, anchors []span) span {
	c.strandedCut = span{} // (no mark of an earlier extraction outlives it: final read FJ3, FK7)
	if s := e.saidGap(q, c.p.Text); s.end > s.start {
		return s // "what did X say would be the most critical issue": "land options"
	}
	if q.stranded {
		// "what did X say the guarantees are the key to": the object of
		// the preposition the reported clause asked of leaves open
		if s := e.prepObject(q, c, anchors); s.end > s.start {
			c.strandedCut = cutBeforePhrase(c.p.Text, s, maxShortWords)
			return c.strandedCut
		}
	}
	if m := e.quoteAsked(q, c); m.ok {
		if r := e.reportedOver(q, c.p.Text, m.s, m.asked, m.topic); r.end > r.start {
			// a clause the speaker is reported saying holds more of what
			// is asked than the quotation ("She said *the most urgent
			// needs were drinking water and insulated tents*. “People
			// are sleeping in a football stadium …”" for "what do people
			// need most urgently")
			return r
		}
		return m.s
	}
	s := e.clause(q, c, anchors)
	if r := butReported(c.p.Text, s); r.end > r.start {
		return cutBeforePhrase(c.p.Text, r, maxShortWords)
	}
	// a passive participle of saying opens an aside, nothing said ("the
	// port's engineer, cited *by the regional paper*, said …")
	aside := s.end > s.start && afterSaying(c.p.Text, s.start) && passiveAfter(c.p.Text[s.start:])
	if s.end > s.start && afterSaying(c.p.Text, s.start) && !aside {
		// "Alvial said *the town* had received …": a clause reported after
		// a verb of saying has its own subject, and runs past its auxiliary
		s = reportedClause(c.p.Text, s.start)
		s = cutBeforePhrase(c.p.Text, s, maxShortWords)
	}
	if t := toldThat(c.p.Text, s.start); s.end > s.start && t > s.start {
		// "told *MPs* that …": whom it was told to, not what was said
		s = cutBeforePhrase(c.p.Text, reportedClause(c.p.Text, t), maxShortWords)
	}
	if r := e.saidBeforeSpeaker(q, c.p.Text, s); r.end > r.start {
		// "…, work could be delayed by up to a year, *council officials
		// said*.": the attribution closes the sentence; what was said is
		// the clause before it
		return cutBeforePhrase(c.p.Text, r, maxShortWords)
	}
	if r := e.saidBeforeName(q, c.p.Text, s); r.end > r.start && (s.end <= s.start || s.start < r.start || s.end > r.end) {
		// the speaker is named after the verb of saying ("The pier would
		// reopen, said D'Souza, *the port's engineer*"): what was said is
		// the clause before it, whatever follows the name
		return cutBeforePhrase(c.p.Text, r, maxShortWords)
	}
	if v := e.describedSaying(q.speaker, c); v >= 0 && s.end <= v {
		// the clause after the question's words is the speaker's
		// description ("a dam-safety *engineer who led a review …*"):
		// what the passage reports them saying instead
		if r := reportedClause(c.p.Text, v); wordCount(c.p.Text[r.start:r.end]) >= 2 {
			return cutBeforePhrase(c.p.Text, r, maxShortWords)
		}
	}
	if s.end > s.start && atQuoteClose(c.p.Text[s.end:]) {
		if r := e.reportedSpeech(q, c); r.start <= s.start && s.end < r.end {
			// the words found stand inside the clause the speaker's verb of
			// saying reports and were cut at the close of a word it quotes
			// ("Zelensky said *the talks had “determined” which countries
			// would take the lead*"): what was said is that clause, whole
			return cutBeforePhrase(c.p.Text, r, maxShortWords)
		}
	}
	if s.end <= s.start || aside || e.namesSpeaker(q, c.p.Text[s.start:s.end]) || namedBeforeSaying(c.p.Text, s) || e.inSpeakerSubject(q, c.p.Text, s) {
		// the clause after the question's words is the speaker's own name
		// ("Senator *Patricio Olave*, who …, called for …") or an aside:
		// what the passage reports them saying instead
		if r := e.reportedSpeech(q, c); r.end > r.start {
			return r
		}
	}
	return s
}
