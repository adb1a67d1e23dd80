// "What did X say": clauses said before the name, and the "but" clause a verb of saying reports.

package qa

import (
	"slices"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// butReported is the second clause a verb of saying reports, where ", but
// that" joins it to the first, which holds span s ("said the town had laid
// 40,000 sandbags since Sunday, *but that the water had simply gone around
// them*"): what the speaker holds against the first is what they say of
// it; an empty span where s is no reported clause or no such clause
// follows it.
func butReported(text string, s span) span {
	if s.start < 0 || s.end <= s.start || s.end > len(text) || !strings.HasPrefix(text[s.end:], butThat) {
		return span{}
	}
	if r := reportedClause(text, s.end+len(butThat)); saidBefore(text, s.start) && wordCount(text[r.start:r.end]) >= 2 {
		return r
	}
	return span{}
}

// continuedSaying is the short answer to "what did X say about Y" from
// the sentence after c's passage, in its paragraph, where that sentence
// goes on with the speaker as a pronoun and a verb of saying ("… said
// 214 people had died. *He cautioned that* both figures were provisional
// …", "She added …") and holds more of what the question asks about
// (saidTopicTerms, by topicNear: its words, or words near them in
// meaning) than c's passage: what the speaker said of that is its
// reported clause. "" where no such sentence follows, or c's passage
// holds as much of what is asked.
func (e *Engine) continuedSaying(q *question, c *cand) string {
	if !ownPassage(c.a, &c.p) || c.p.Seq+1 >= len(c.a.Passages) {
		return ""
	}
	n := c.a.Passages[c.p.Seq+1]
	if n.Block != c.p.Block || n.Kind != c.p.Kind {
		return ""
	}
	pronoun, rest := nextWord(n.Text)
	verb, _ := nextWord(rest)
	if !speakerPronouns[pronoun] || !lexicon.IsSayingVerb(verb) {
		return ""
	}
	topic := e.saidTopicTerms(q)
	if len(topic) == 0 || e.topicNear(q, topic, c.a, c.p.Seq+1) <= e.topicNear(q, topic, c.a, c.p.Seq) {
		return ""
	}
	at, ok := firstSaidClause(n.Text) // (the pronoun's verb)
	if !ok {
		return ""
	}
	r := cutBeforePhrase(n.Text, reportedClause(n.Text, at), maxShortWords)
	if wordCount(n.Text[r.start:r.end]) < 2 {
		return ""
	}
	return shortText(n.Text[r.start:r.end])
}

// topicNear is how much of what a question asks about (topic, indices
// in q.terms) passage seq of a holds, each term by its idf: whole where
// the passage holds it, else as near as it comes in meaning (nearTerm:
// "tallies" is near "figures"); nearness over the topic's terms.
func (e *Engine) topicNear(q *question, topic []int, a *corpus.Article, seq int) float64 {
	toks := e.factsOf(a, &a.Passages[seq]).toks
	var pw []wordVec
	got := 0.0
	for _, i := range topic {
		m := 1.0
		if !slices.ContainsFunc(toks, func(tok index.Token) bool { return q.stands(tok.Term, i) }) {
			m = e.nearTerm(q, i, a, seq, &pw)
		}
		got += m * q.terms[i].idf
	}
	return got
}

// butThat joins a second reported clause to the first, against it.
const butThat = ", but that "

// afterButThat reports whether byte i of text opens a clause that ", but
// that" joins to one a verb of saying reports (butReported).
func afterButThat(text string, i int) bool {
	return i >= 0 && i <= len(text) && strings.HasSuffix(text[:i], butThat) && saidBefore(text, i-len(butThat))
}

// saidBefore reports whether a verb of saying opens a clause before byte i
// of text in the same sentence (no stop nor semicolon between).
func saidBefore(text string, i int) bool {
	for _, at := range saidClauses(text[:i]) {
		if !strings.ContainsAny(text[at:i], ".!?;") {
			return true
		}
	}
	return false
}

// saidBeforeName is, in text, the clause a "what did X say" question's
// speaker is reported saying when the name follows the verb of saying
// after a comma ("*The pier would reopen on Friday*, said Paul D'Souza,
// the port's engineer."): from its sentence's start to that comma,
// whatever follows the name (a description, "on Monday", the sentence's
// end); in the first such sentence when s is empty, else only in the
// sentence that holds span s, the clause already found: a later sentence
// does not displace it ("X said *A*. B, said X." answers A); empty for
// none. A quotation so placed ("…,” said X") is quoteIn's: no bare comma
// ends it.
func (e *Engine) saidBeforeName(q *question, text string, s span) span {
	words := wordSpans(text)
	for k := 1; k+1 < len(words); k++ {
		verb := words[k]
		if !lexicon.IsSayingVerb(strings.ToLower(text[verb[0]:verb[1]])) || withinQuotes(text, verb[0]) || strings.TrimSpace(text[verb[1]:words[k+1][0]]) != "" {
			continue
		}
		if e.speakerAt(q, capitalRun(text, words[k+1:])) < 0 {
			continue // ("said the town would help D'Souza": no name right after the verb)
		}
		before := strings.TrimRightFunc(text[:verb[0]], unicode.IsSpace)
		if !strings.HasSuffix(before, ",") {
			continue
		}
		comma := len(before) - 1
		j := k - 1
		for j > 0 && !sentenceStart(text, words[j][0]) {
			j--
		}
		r := span{words[j][0], comma}
		if words[j][0] >= comma || wordCount(text[r.start:r.end]) < 2 {
			continue
		}
		if s.end <= s.start || s.start >= r.start && s.start < sentenceEnd(text, words, k) {
			return r
		}
	}
	return span{}
}

// beforeSaying reports whether a comma and a finite verb of saying follow
// byte end of text ("The pier would reopen*, said* D'Souza"): what ends
// there is what the one named after the verb said. A participle opens a
// clause of the sentence's own subject (", *hailing* an …", ", *saying*
// …"), no speaker named after it; so does a passive one (sayingVerbNext:
// "The bridge, *said to be* the oldest, …").
func beforeSaying(text string, end int) bool {
	rest := strings.TrimLeftFunc(text[end:], unicode.IsSpace)
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	w, ok := sayingVerbNext(rest[1:])
	return ok && !strings.HasSuffix(w, "ing")
}

// sayingVerbNext is the verb of saying that opens rest past white space,
// lower case, and whether one does as the verb of a speaker named beside
// it: not as a passive past participle (passiveAfter: ", *cited by*
// local media", "*said to be* the oldest"); "told reporters", "explained
// to the council" are still a speaker's.
func sayingVerbNext(rest string) (string, bool) {
	w, after := nextWord(strings.TrimLeftFunc(rest, unicode.IsSpace))
	if !lexicon.IsSayingVerb(w) {
		return "", false
	}
	return w, !passiveAfter(after)
}
