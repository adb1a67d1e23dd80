// "What did X say Y": the part of the reported clause the question leaves open.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// askedTerms is how many terms of the question text holds, other than
// its speaker's words and its verb of saying: of what is asked about.
func (e *Engine) askedTerms(q *question, asked []int, text string) int {
	toks := e.analyze(text)
	n := 0
	for _, i := range asked {
		if slices.ContainsFunc(toks, func(tok index.Token) bool { return q.stands(tok.Term, i) }) {
			n++
		}
	}
	return n
}

// saidTopicTerms are the indexes of a "what did X say" question's terms that
// say what is asked about: not its verb of saying, and no word of X's
// (a whole word of it, or its name however spelled: "war" is no word of
// "Howard").
func (e *Engine) saidTopicTerms(q *question) []int {
	return e.saidAbout(q, q.speaker)
}

// reportedSubject reports whether a clause opens as one with its own
// subject does: past a "that", on a determiner or a subject pronoun
// (reasoncue.go's subjectOpeners), a capitalised word or a figure ("the most urgent needs were …", "it
// remained …"); not on a preposition or a subordinator ("ahead of the
// talks", "while details …").
func reportedSubject(s string) bool {
	w, rest := typedWord(s) // as typed: a name is told by its capital
	if strings.EqualFold(w, "that") {
		w, _ = typedWord(rest)
	}
	return subjectOpeners[strings.ToLower(w)] || isCapital(w) || w != "" && isDigit(w[0])
}

// reportedOver is, in text (a passage, or the sentence before one whose
// quotation X speaks), the clause reported after a verb of saying whose
// subject is the speaker a "what did X say" question asks about (by name,
// or "he", "she", "they"), outside the span quote, when it holds more of
// the question's other terms than the quotation found, which holds
// inQuote; empty for none.
func (e *Engine) reportedOver(q *question, text string, quote span, inQuote int, asked []int) span {
	words := wordSpans(text)
	for k := 1; k < len(words); k++ {
		w := words[k]
		if w[0] >= quote.start && w[1] <= quote.end || !lexicon.IsSayingVerb(strings.ToLower(text[w[0]:w[1]])) {
			continue
		}
		if !e.saidBySpeaker(q, text, words, k) {
			continue // (not "It said", a body's; not "I said" in another's quotation)
		}
		r := reportedClause(text, w[1])
		if r.end <= r.start || r.start < quote.end && r.end > quote.start || wordCount(text[r.start:r.end]) < minCutWords || !reportedSubject(text[r.start:r.end]) {
			continue // ("noted *ahead of the talks*", "referring *to countries …*": no clause reported)
		}
		if e.askedTerms(q, asked, text[r.start:r.end]) > inQuote {
			return cutBeforePhrase(text, r, maxShortWords)
		}
	}
	return span{}
}

// saidBySpeaker reports whether the verb of saying words[k] of text
// (k ≥ 1) stands outside quotation marks right after the name of the
// speaker a "what did X say" question asks about, or after "he", "she",
// "they": not "It said", a body's, nor "I said" in another's quotation.
func (e *Engine) saidBySpeaker(q *question, text string, words [][2]int, k int) bool {
	subj := text[words[k-1][0]:words[k-1][1]]
	return (speakerPronouns[strings.ToLower(subj)] || e.speakerWord(q.speaker, subj)) && !withinQuotes(text, words[k][0])
}

// speakerWord reports whether w, a word of a passage, is who's: a word of
// who's name however spelled, or of the name of the one who's title names
// (titledSpeaker).
func (e *Engine) speakerWord(who, w string) bool {
	return e.sameName(who, w) || e.titledSpeaker(who, w)
}

// saidGap is, in text, the part of a clause the speaker is reported
// saying (reportedClause) that a "what did X say Y" question leaves open,
// where Y is itself part of such a clause (saidAsked): its subject where
// Y is a predicate whose words the clause's predicate holds ("say *would
// be the most critical issue*": "*land options* will be the most critical
// issue"), its predicate where Y is a subject followed by "did" or "do"
// whose words the clause's subject holds ("say *the flood wall* did":
// "the flood wall *had kept the water out*"); empty for none.
func (e *Engine) saidGap(q *question, text string) span {
	asked, wantSubject := saidAsked(q.words)
	if len(asked) == 0 {
		return span{}
	}
	want := e.analyze(strings.Join(asked, " "))
	if len(want) == 0 {
		return span{}
	}
	words := wordSpans(text)
	for k := 1; k < len(words); k++ {
		if !lexicon.IsSayingVerb(strings.ToLower(text[words[k][0]:words[k][1]])) || !e.saidBySpeaker(q, text, words, k) {
			continue
		}
		r := reportedClause(text, words[k][1])
		v, head := reportedVerb(text, r)
		if v <= r.start {
			continue
		}
		subj, pred := span{r.start, v}, span{v, r.end}
		if wantSubject && e.holdsAll(text[pred.start:pred.end], want) && !e.holdsAll(text[subj.start:subj.end], want) {
			if s := trimQuoteMarks(text, subj); wordCount(text[s.start:s.end]) <= maxShortWords && s.end > s.start {
				return s
			}
		}
		if !wantSubject && e.holdsAll(text[subj.start:head], want) && wordCount(text[pred.start:pred.end]) >= 2 {
			return cutBeforePhrase(text, pred, maxShortWords)
		}
	}
	return span{}
}

// saidAsked is, of the question words w ("what did X say Y"), the words
// Y of a clause the question puts after its verb of saying, past a
// "that", and whether Y asks for that clause's subject: Y opens on an
// auxiliary, a modal or a form of "be" ("would be the most critical
// issue"), and is returned past it; or, Y ending on a form of "do" past
// any auxiliary ("the flood wall did", "the council would do"), the
// words before them, a subject whose predicate is asked. Nil for any
// other question ("what did X say", "what did X say about Y").
func saidAsked(w []string) ([]string, bool) {
	rest, ok := saidClause(w)
	if len(w) < 4 || !ok || len(rest) < 2 {
		return nil, false
	}
	if auxiliaries[rest[0]] || beForms[rest[0]] {
		return rest[1:], true
	}
	if n := len(rest); doForms[rest[n-1]] {
		rest = rest[:n-1]
		for len(rest) > 0 && auxiliaries[rest[len(rest)-1]] {
			rest = rest[:len(rest)-1]
		}
		if len(rest) > 0 {
			return rest, false
		}
	}
	return nil, false
}

// saidClause is what the question words w ("what did X say (that) Y")
// put after their first verb of saying, past a "that": Y, maybe empty;
// false for a question of no such form.
func saidClause(w []string) ([]string, bool) {
	if len(w) < 2 || w[0] != "what" {
		return nil, false
	}
	for i := 1; i+1 < len(w); i++ {
		if lexicon.IsSayingVerb(w[i]) {
			rest := w[i+1:]
			if rest[0] == "that" {
				rest = rest[1:]
			}
			return rest, true
		}
	}
	return nil, false
}

// saidStranded reports whether the question words w ("what did X say
// Y") put a clause of three words or more after their verb of saying,
// past a "that" (saidClause), that ends on a stranded preposition ("the
// guarantees are the key *to*", "the fund was *for*"): the clause asks for
// that preposition's object. A clause a preposition opens ("say about the
// fund") is the topic of what was said, none.
func saidStranded(w []string) bool {
	if len(w) < 5 || !strandedPreps[w[len(w)-1]] {
		return false
	}
	rest, ok := saidClause(w)
	return ok && len(rest) >= 3 && !prepositions[rest[0]]
}

// saidPart reports whether span found of text is the part of a reported
// clause a question asks for, as saidGap cuts them: with subject, its
// subject, which a finite verb follows past white space, commas and
// quotation marks where none ends it ("“land options” *will* be …");
// else its predicate, which a finite verb opens ("*had* kept the water
// out"). The verb is one no noun is spelt as (pastOrAuxiliary, not the
// present's "-s": "support", "talks" may be nouns).
func saidPart(text string, found span, subject bool) bool {
	if found.end <= found.start || found.end > len(text) {
		return false
	}
	finite := pastOrAuxiliary
	first, _ := nextWord(text[found.start:found.end])
	if !subject {
		return finite(first)
	}
	next, _ := nextWord(strings.TrimLeft(text[found.end:], " ,\"”’"))
	return !finite(first) && finite(next) && !finite(lastWord(text[found.start:found.end]))
}

// doForms are the forms of "do" that stand for a predicate asked about
// ("what did she say the wall *did*").
var doForms = wordSet("do does did done")

// reportedVerb is the byte offset in text of the finite verb (tensedVerb)
// of its span r, a reported clause opening on its subject, outside
// quotation marks (read in the whole text: r may open past one),
// after its first word: past the verb of a relative clause that follows
// a noun with no "that" ("the wall *the town finished* in 2021 had
// kept …": a determiner or a subject pronoun right after a word that is
// no function word opens it, but not a phrase of time, "the costs *this
// winter* would rise": timePhrase); -1 for none. head is where the
// subject's own words end: where the first such relative clause opens
// ("the wall | the town finished …"), else at the verb.
func reportedVerb(text string, r span) (verb, head int) {
	clause := text[r.start:r.end]
	words := wordSpans(clause)
	contact := false
	head = -1
	for i := 1; i < len(words); i++ {
		w := strings.ToLower(clause[words[i][0]:words[i][1]])
		before := strings.ToLower(clause[words[i-1][0]:words[i-1][1]])
		if (articles[w] || determiners[w] || speakerPronouns[w]) && !lexicon.IsFunctionWord(before) && !tensedVerb(before) && !timePhrase(clause[words[i][0]:]) {
			contact = true
			if head < 0 {
				head = r.start + words[i][0]
			}
			continue
		}
		if withinQuotes(text, r.start+words[i][0]) || !tensedVerb(w) {
			continue
		}
		if contact {
			contact = false // the relative clause's own verb
			continue
		}
		if verb = r.start + words[i][0]; head < 0 {
			head = verb
		}
		return verb, head
	}
	return -1, -1
}
