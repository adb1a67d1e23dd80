// Reported speech: the verb of saying, the clause it reports and its speaker.

package qa

import (
	"slices"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// reportedSpeech is, in a passage with no quotation of the speaker a "what
// did X say" question asks about, what the passage reports X saying: the
// clause after X's verb of saying ("Senator Patricio Olave, who sits on
// …, *called for an independent inquiry*"; "said" and "that" left out),
// not X's name or title; empty when X has no verb of saying there.
func (e *Engine) reportedSpeech(q *question, c *cand) span {
	text := c.p.Text
	_, v := e.speakerSaying(q, text)
	if v < 0 {
		return span{}
	}
	if t := thatTaken(text, v); t > v {
		v = t // "told *delegates* that …": the clause, not whom it was told to
	}
	s := reportedClause(text, v)
	if n := wordCount(text[s.start:s.end]); n < 2 {
		return span{}
	}
	return cutBeforePhrase(text, s, maxShortWords)
}

// afterThatTaken reports whether byte i of text opens the clause a verb
// of saying before it takes through a "that" after whom it was said to
// (thatTaken: "told delegates that *slow money would …*"; not after a
// preposition, "told reporters on Monday that …").
func afterThatTaken(text string, i int) bool {
	v := sayingBefore(text, i, thatReach+1) // (the word right before i is the "that")
	if v < 0 {
		return false
	}
	t := thatTaken(text, v)
	return t > v && strings.TrimSpace(text[t:i]) == ""
}

// sayingBefore is where the nearest verb of saying among the last reach
// words before byte i of text starts; -1 where none of them is one
// (afterThatTaken, which then reads its thatTaken; toldThat needs the one
// word right before i, whole, and reads it with lastWordAt).
func sayingBefore(text string, i, reach int) int {
	words := wordSpans(text[:i])
	for k := len(words) - 1; k >= 0 && k >= len(words)-reach; k-- {
		if v := words[k][0]; lexicon.IsSayingVerb(strings.ToLower(text[v:words[k][1]])) {
			return v
		}
	}
	return -1
}

// thatTakenWhole reports whether span s of text is the whole clause a
// verb of saying takes through a "that" after whom it was said to
// (afterThatTaken), as reportedSpeech cuts it: not a part of it, which
// the phrase around it completes.
func thatTakenWhole(text string, s span) bool {
	if s.end <= s.start || s.end > len(text) || !afterThatTaken(text, s.start) {
		return false
	}
	r := reportedClause(text, s.start)
	return s.end >= r.end || s.end == cutBeforePhrase(text, r, maxShortWords).end
}

// toldThat is where the clause opens that a verb of saying right before
// byte i of text takes through a "that" after the words at i ("told *MPs
// that* …": thatTaken); -1 where no verb of saying stands right before i
// or it takes no such "that".
func toldThat(text string, i int) int {
	before := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	v, end := lastWordAt(before, len(before))
	if len(before) == i || v < 0 || end != len(before) || !lexicon.IsSayingVerb(strings.ToLower(before[v:])) {
		return -1
	}
	if t := thatTaken(text, v); t > i {
		return t
	}
	return -1
}

// thatTaken is where the clause opens that the verb of saying at byte v of
// text takes through a "that" after whom it was said to ("told
// *delegates* that …", "assured *residents* that …"): past that "that",
// where it stands within thatReach words of the verb and the words
// between hold no mark, no tensed verb (pastOrAuxiliary: "delegates" is no verb
// there) and no preposition but one of a time word ("told reporters *on
// Monday* that …"); v where there is none.
func thatTaken(text string, v int) int {
	words := wordSpans(text[v:])
	for k := 1; k < min(len(words), thatReach+1); k++ {
		w := text[v+words[k][0] : v+words[k][1]]
		if strings.ContainsAny(text[v+words[k-1][1]:v+words[k][0]], ",;:.!?“”\"()—") {
			return v
		}
		if strings.EqualFold(w, "that") {
			if k == 1 {
				return v
			}
			return v + words[k][1]
		}
		if getFold(prepositions, w) && k+1 < len(words) && timeWord(strings.ToLower(text[v+words[k+1][0]:v+words[k+1][1]])) {
			k++ // a time, "told reporters *on Monday* that …", takes no "that"
			continue
		}
		if pastOrAuxiliary(w) || getFold(prepositions, w) {
			return v // (a preposition's noun may take the "that": "referring to Russian demands that …")
		}
	}
	return v
}

// speakerSaying is where in text the one a "what did X say" question's X
// is first named (speakerAt) and where the verb of saying after it whose
// subject X is stands, within reportReach words: not a relative clause's
// verb ("…, who said …" is another's, or says of X), nor a passive
// participle ("…, cited by local media, said …"); -1 for either where
// there is none.
func (e *Engine) speakerSaying(q *question, text string) (int, int) {
	at := e.speakerAt(q, text)
	if at < 0 {
		return -1, -1
	}
	words := wordSpans(text[at:])
	asides := relativeClauses(text)
	for _, w := range words[1:min(len(words), reportReach)] {
		word := text[at+w[0] : at+w[1]]
		if isCapital(word) || !lexicon.IsSayingVerb(strings.ToLower(word)) || within(asides, at+w[0]) || passiveAfter(text[at+w[1]:]) {
			continue
		}
		return at, at + w[0]
	}
	return at, -1
}

// saidBeforeSpeaker is, where span s of text is (in) an attribution that
// closes its sentence after a comma ("*If a judge grants a review, work
// could be delayed by up to a year*, council officials said."), the
// speaker a "what did X say" question asks about its subject and no tensed
// verb in it but the verb of saying (speakerSaying), the words before that
// comma from the sentence's start (their main clause, after the last
// comma, where the whole runs past a short answer): what was said, not
// that it was; empty for none. A quotation so placed ("…,” X said") is quoteIn's: a closing
// quotation mark before the comma leaves it.
func (e *Engine) saidBeforeSpeaker(q *question, text string, s span) span {
	at, v := e.speakerSaying(q, text)
	if v < 0 || s.end <= s.start || s.start < 0 {
		return span{}
	}
	vEnd := v + wordSpans(text[v:])[0][1]
	end := vEnd + attributionTail(text[vEnd:])
	if end < vEnd {
		return span{} // the verb does not close the sentence
	}
	comma := strings.LastIndex(text[:at], ",")
	if comma < 0 || s.start < comma || s.end > end {
		return span{}
	}
	for _, w := range wordSpans(text[comma+1 : v]) {
		if pastOrAuxiliary(text[comma+1+w[0] : comma+1+w[1]]) {
			return span{}
		}
	}
	if strings.ContainsAny(text[comma:v], ".!?;“”\"") {
		return span{}
	}
	from := sentenceStartBefore(text, comma)
	r := span{from, comma}
	if wordCount(text[r.start:r.end]) < 2 || strings.ContainsAny(text[r.start:r.end], "“”\"") {
		return span{}
	}
	if k := strings.LastIndex(text[r.start:r.end], ", "); k >= 0 && wordsOver(text[r.start:r.end], maxShortWords) {
		// too long for a short answer: the main clause after a fronted
		// one ("If a judge grants a review, *work could be delayed by up
		// to a year*"), where it says something of its own
		if main := (span{r.start + k + 2, r.end}); wordCount(text[main.start:main.end]) >= 3 && !wordsOver(text[main.start:main.end], maxShortWords) {
			return main
		}
	}
	return r
}

// attributionTail is how many bytes of rest, the text after an
// attribution's verb of saying, stand before its sentence's stop as a
// phrase a preposition opens, with no mark and no tensed verb in it ("said
// *on Monday*.", "said *in a statement*."): it closes the attribution as
// the verb would; 0 where the stop (or the text's end) follows the verb
// at once, -1 where anything else follows it.
func attributionTail(rest string) int {
	t := strings.TrimLeftFunc(rest, unicode.IsSpace)
	if t == "" || strings.HasPrefix(t, ".") {
		return 0
	}
	stop := strings.Index(t, ".")
	if stop < 0 {
		stop = len(t)
	}
	words := strings.Fields(t[:stop])
	if !getFold(prepositions, words[0]) || strings.ContainsAny(t[:stop], ",;:!?“”\"()—") {
		return -1
	}
	for _, w := range words[1:] {
		if pastOrAuxiliary(w) {
			return -1
		}
	}
	return len(rest) - len(t) + len(strings.TrimRightFunc(t[:stop], unicode.IsSpace))
}

// inSpeakerSubject reports whether span s of text stands in the subject
// of the verb of saying whose speaker a "what did X say" question asks
// about (speakerSaying): between the start of the sentence that names X
// and that verb, where those words hold no tensed verb outside a
// relative clause, so that they are X's name, title and description,
// not what X said ("Ingrid Sævik, regional director … at the UN *Office
// for … Humanitarian Affairs* (OCHA), told delegates that …" for "what
// did the un say": an organisation speaks through the one it describes).
func (e *Engine) inSpeakerSubject(q *question, text string, s span) bool {
	at, v := e.speakerSaying(q, text)
	if v < 0 || s.end <= s.start || s.end > v {
		return false
	}
	from := sentenceStartBefore(text, at)
	if s.start < from {
		return false
	}
	asides := relativeClauses(text)
	for _, a := range asidesOpenedBy(text[from:v], " who ", " which ") { // (and one no comma opens, in the subject: "the mayor *who opened the bridge*, told")
		asides = append(asides, span{from + a.start, from + a.end})
	}
	for _, w := range wordSpans(text[from:v]) {
		if !within(asides, from+w[0]) && pastOrAuxiliary(text[from+w[0]:from+w[1]]) {
			return false
		}
	}
	return true
}

// afterSaying reports whether a verb of saying (and "that") stands right
// before byte i of text.
func afterSaying(text string, i int) bool {
	before := lastFieldsLower(text[:i], 2)
	if n := len(before); n > 0 && before[n-1] == "that" {
		before = before[:n-1]
	}
	return len(before) > 0 && lexicon.IsSayingVerb(before[len(before)-1])
}

// reportedClause is the clause reported after the verb of saying at i
// of text: as clauseFrom, but whole past its own auxiliary ("said *the
// town had received a fraction of the help*"), which has a subject of its
// own and is no second clause, and past a relative clause set off by
// commas where the clause's own verb follows it (subjectAside: "said *the
// road, which was built in 1960, would be clear*").
func reportedClause(text string, i int) span {
	s := trimLead(text, span{i, len(text)})
	rest := text[s.start:]
	end := clauseBreak(rest, 0)
	for {
		close, ok := subjectAside(rest, end)
		if !ok {
			break
		}
		end = clauseBreak(rest, close+1)
	}
	return span{s.start, s.start + len(trimEnd(rest[:end]))}
}

// clauseBreak is where the reported clause rest, read from byte at on,
// ends: at its first clause stop (clauseStops, " - "), or rest's end.
func clauseBreak(rest string, at int) int {
	end := len(rest)
	for _, stop := range append(slices.Clip(clauseStops), " - ") {
		if stop == " which " {
			continue // "said the talks had determined *which* countries would lead": what was said asks it; ", which" stops at its comma
		}
		if j := nextBreak(rest, at, stop); j >= 0 && j < end {
			end = j
		}
	}
	return end
}

// subjectAside reports whether an aside set off by commas opens at byte
// at of text and a finite verb follows its closing comma (tensedVerb:
// ", would be clear"), so that it stands between a clause's subject and
// its verb; and where that comma is. The aside is a relative clause
// (relativeClauses: ", which was built in 1960,") or an apposition, a
// noun phrase an article or a possessive opens, holding no tensed verb,
// after a subject holding none either (", the oldest in the county,").
// An aside that runs to the text's end, or that another clause follows
// (", and …"), is none.
func subjectAside(text string, at int) (int, bool) {
	close := -1
	for _, a := range relativeClauses(text) {
		if a.start == at && a.end < len(text) {
			close = a.end
		}
	}
	if close < 0 && strings.HasPrefix(text[at:], ", ") {
		if j := strings.Index(text[at+2:], ", "); j > 0 {
			inner := text[at+2 : at+2+j]
			first, _ := nextWord(inner)
			first = strings.ToLower(first)
			if wordCount(inner) > 1 && (articles[first] || possessives[first]) &&
				!slices.ContainsFunc(strings.Fields(inner), tensedVerb) && !slices.ContainsFunc(strings.Fields(text[:at]), tensedVerb) {
				close = at + 2 + j
			}
		}
	}
	if close < 0 {
		return 0, false
	}
	next, _ := nextWord(strings.TrimLeftFunc(text[close+1:], unicode.IsSpace))
	return close, tensedVerb(next)
}

// tensedVerb reports whether the word w (marks trimmed, any case) can be
// a clause's finite verb: an auxiliary, a modal, a form of "be", a verb
// in the past or in the present's third person ("would", "was", "died",
// "remains"). It is the passages' reader of a tensed verb; finiteVerbIn
// is narrower on purpose (a verb of an infinitive's object is none), and
// clause.go's finiteVerb reads a question's verb, which a question gives
// in its base form ("did the port *close*").
func tensedVerb(w string) bool {
	return pastOrAuxiliary(w) || presentVerb(strings.ToLower(strings.Trim(w, ".,;:!?")))
}

// pastOrAuxiliary reports whether the word w (marks trimmed, any case) is
// a tensed verb that no plural noun looks like: an auxiliary or a modal
// (auxiliaries holds both), a form of "be", or a verb in the past
// ("were", "would", "died"); tensedVerb without the present's third
// person, whose "-s" a plural noun has too ("tugs", "cuts").
func pastOrAuxiliary(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,;:!?"))
	return auxiliaries[w] || beForms[w] || pastVerb(w)
}

// cutBeforePhrase returns s cut to at most n words: where it runs longer,
// before the last preposition that leaves at least minCutWords of it
// ("the statement showed renewed unity between Europe and the US | on
// helping Ukraine"), else after its n-th word, or before a figure whose
// multiple or unit that word would cut off (cutsFigure). The cut ends on no
// opening quotation mark ("would reopen “as they said …": "would reopen")
// and opens no quotation it does not close where minCutWords words stand
// before it (quoteCut).
func cutBeforePhrase(text string, s span, n int) span {
	words := wordSpans(text[s.start:s.end])
	if len(words) <= n {
		return s
	}
	for i := n; i >= minCutWords; i-- {
		if getFold(prepositions, text[s.start+words[i][0]:s.start+words[i][1]]) {
			return quoteCut(text, span{s.start, s.start + words[i][0]})
		}
	}
	for n > minCutWords && cutsFigure(text, s.start+words[n-1][1]) {
		n-- // (never between a figure and its unit: "would cost $4.2 | million")
	}
	return quoteCut(text, span{s.start, s.start + words[n-1][1]})
}

// quoteCut is the cut c of a clause with the marks a cut leaves trimmed
// from its end (a comma, a dash, an opening quotation mark), and, where
// c opens a quotation that runs on past it (not one it ends at the close
// of: "“one of the strongest we have seen"), cut before that quotation
// (what the speaker is quoted saying is given whole or not at all) where
// minCutWords words stay before it.
func quoteCut(text string, c span) span {
	c.end = c.start + len(strings.TrimRight(text[c.start:c.end], " ,;:—–-“"))
	if strings.HasSuffix(text[c.start:c.end], ` "`) {
		c.end = c.start + len(strings.TrimRight(text[c.start:c.end], ` "`))
	}
	if !withinQuotes(text, c.end) || withinQuotes(text, c.start) || atQuoteClose(text[c.end:]) {
		return c
	}
	open := max(strings.LastIndex(text[c.start:c.end], "“"), strings.LastIndex(text[c.start:c.end], `"`))
	if open < 0 {
		return c
	}
	before := strings.TrimRight(text[c.start:c.start+open], " ,;:—–-")
	if wordCount(before) < minCutWords {
		return c
	}
	return span{c.start, c.start + len(before)}
}

// minCutWords is the fewest words cutBeforePhrase leaves of a clause.
const minCutWords = 4

// reportReach is how many words after a speaker's name reportedSpeech
// looks for the verb of saying: past an apposition ("Calama Mayor Julio
// Quispe, who has slept on a camp bed in a municipal office beside the
// stadium since Tuesday, said …").
const reportReach = 28
