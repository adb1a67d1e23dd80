// Showing a short answer in its phrase.

package qa

import (
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// shownPhrase is the phrase of text that holds the short answer at bare
// (phraseAround, widened, with its left conjuncts): where inPhrase shows
// it, and where askedDeedTimes reads a time's own clause, one chain so
// that the time chosen and the phrase shown cannot drift apart.
func shownPhrase(text string, bare span) span {
	return withLeftConjuncts(text, widened(text, phraseAround(text, bare)))
}

// inPhrase shows the short answer, cut from the span found of c's
// passage, in the phrase that holds it (phraseAround), marked there in the
// top passage; the bare answer is kept for claims (Answer.bare). names:
// the answer is names a "which" question asks for, shown with the
// predicate after them or alone. A time q, a "when" question, asks for is
// shown with the verb it dates (withTimeVerb), in the clause of its own
// time (ownTime), without an attribution where it dates a noun
// (withoutAttribution). It returns where the short answer, shown or bare,
// stands in c's passage; false when it does not stand there.
func (e *Engine) inPhrase(ans *Answer, q *question, c *cand, found span, names bool) (span, bool) {
	text := c.p.Text
	bare, ok := shortIn(text, found, ans.Short)
	if !ok {
		return span{}, false // the answer came from elsewhere (the sentence before)
	}
	s := shownPhrase(text, bare)
	if q.kind == KindHowMany {
		s = e.askedFigureWindow(q, c, bare, s)
	}
	if q.kind == KindWhen {
		s = e.whenPhrase(q, text, bare, s)
	}
	if names {
		// names listed say what is asked with what follows them, the
		// predicate they are the subject of ("Croatia and the Czech
		// Republic said they would not deploy troops"), not with the
		// words that lead to them ("including Witkoff and Jared Kushner")
		s.start = bare.start
		next, _ := nextWord(text[bare.end:])
		if s.end <= bare.end || prepositions[next] && next != "to" || namesObjectOf(lastWord(text[:bare.start])) {
			// ("Witkoff and Kushner after Rubio drops out": no
			// predicate; "teams from Japan and Peru landed …": the
			// names are no subject)
			return bare, true
		}
	}
	p := withParticle(text, s, shortText(text[s.start:s.end]))
	if p == "" || p == ans.Short {
		return bare, true
	}
	ans.bare, ans.Short = ans.Short, p
	h := &ans.Passages[0]
	h.Marks = nil
	shown, ok := span{}, false
	if i := strings.Index(text[s.start:], p); i >= 0 {
		shown, ok = span{s.start + i, s.start + i + len(p)}, true
	}
	// the passage may be led by the sentence before: mark in the last
	// sentence, where the phrase was found
	if off := len(h.Text) - len(text); ok && off >= 0 && strings.HasSuffix(h.Text, text) {
		h.Marks = [][2]int{{off + shown.start, off + shown.end}}
	}
	if h.Marks == nil {
		h.Marks = markOf(h.Text, p) // a passage cut short ("…"): where it stands, if it does
	}
	return shown, ok
}

// governed shows a "what did X say about Y" answer, standing at span at
// of text (where inPhrase showed it), that opens a prepositional phrase
// of text with the verb that governs it (withGoverningVerb).
func governed(ans *Answer, text string, at span) {
	if s := withGoverningVerb(text, at); s.start < at.start {
		showDeed(ans, text[s.start:s.end])
	}
}

// withGoverningVerb is s widened back to the verb whose prepositional
// phrase s opens ("back them up | with air, land and sea support"), where
// it stands within objectReach words before, with no mark between; cut
// before a phrase to fit a short answer.
func withGoverningVerb(text string, s span) span {
	before := text[:s.start]
	words := wordSpans(before)
	if len(words) == 0 || !namesObjectOf(before[words[len(words)-1][0]:words[len(words)-1][1]]) {
		return s
	}
	for k := len(words) - 2; k >= 0 && k >= len(words)-1-objectReach; k-- {
		if strings.ContainsAny(before[words[k][1]:], ",;:—()“”\"") {
			return s
		}
		w := strings.ToLower(before[words[k][0]:words[k][1]])
		if auxiliaries[w] || prepositions[w] || lexicon.IsSayingVerb(w) || !(lexicon.IsVerbBase(w) || pastVerb(w)) || !pastVerb(w) && nounPlace(before, words, k) {
			continue
		}
		return cutBeforePhrase(text, span{words[k][0], s.end}, maxShortWords)
	}
	return s
}

// phraseStops are the marks that end the phrase a word is read in: a
// clause's marks (clauseMarks), quotation marks and a sentence's stops
// (phraseBreaks are the strings that split a sentence into phrases).
const phraseStops = ",;:—()“”\".!?"

// nounPlace reports whether words[k] of text stands where English puts a
// noun, not a verb: right after an article, a determiner (a quantifier
// too, "each *plan*", "no *plan*": opensNounPhrase), a possessive or an
// adjective that is no adverb ("the *plan*", "their *plan*", "a new
// *plan*"; not "will still *plan*", nor after a quantifier a modal puts
// before the verb, "will each *plan*", "could not each *plan*":
// modalBefore), or after the nouns of a phrase one
// of these opened ("the relief *plan*"), with no function word, plural,
// verb in the past or mark between.
func nounPlace(text string, words [][2]int, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if strings.ContainsAny(text[words[j][1]:words[j+1][0]], phraseStops) {
			return false
		}
		b := strings.ToLower(text[words[j][0]:words[j][1]])
		if lexicon.IsQuantifier(b) && modalBefore(text, words, j) {
			return false // after a modal it floats off the subject ("will *each* help"), before the verb
		}
		if opensOrModifies(b) {
			return true
		}
		if lexicon.IsFunctionWord(b) || auxiliaries[b] || pluralNoun(b) || pastVerb(b) {
			return false
		}
	}
	return false
}

// opensOrModifies reports whether b (lower case), a word before another,
// opens a noun phrase ("the", "this") or is an adjective that is no
// adverb too ("new"): the next word stands in a noun phrase.
func opensOrModifies(b string) bool {
	return opensNounPhrase(b) || lexicon.IsAdjective(b) && !lexicon.IsAdverb(b)
}

// modalBefore reports whether an auxiliary that is no form of "be" or
// "have" (a modal, "do", "did"; bareVerbAux, so "won't", "can't",
// "cannot" too) stands before words[j] of text in its phrase, past
// adverbs, "not" too (pastBetween: "could not each", "will probably
// each", "will then all", "won't all", "did each"). An auxiliary is one as written
// in lower case: a capital mid-sentence makes the word a name ("By May
// each …", the month), and one opening a sentence asks a question whose
// subject comes after it ("Could any plan …").
func modalBefore(text string, words [][2]int, j int) bool {
	from := j // (the phrase words[j] stands in)
	for from > 0 && !strings.ContainsAny(text[words[from-1][1]:words[from][0]], phraseStops) {
		from--
	}
	ws := make([]string, j+1-from)
	for i := range ws {
		ws[i] = strings.ToLower(plainApostrophes(text[words[from+i][0]:words[from+i][1]]))
	}
	i := pastBetween(ws, len(ws)-1, -1, true)
	if i < 0 {
		return false
	}
	w := plainApostrophes(text[words[from+i][0]:words[from+i][1]])
	return w == ws[i] && bareVerbAux(w)
}

// haveForms are the forms of "have", an auxiliary but a main verb too
// before a quantifier ("they have some tents"), as "be" is (beForms).
var haveForms = wordSet("have has had")

// reportedAnswer reports whether the short answer of a "what did X say"
// question, found at span found of text, is a clause reported after a
// verb of saying ("Zelensky said *the talks had “determined” which
// countries would take the lead*"), or before ", said X" ("*The pier
// would reopen*, said D'Souza"), or the part of such a clause the
// question leaves open where it gives the rest (saidAsked: "say would be
// the most critical issue"; saidPart tells the part asked from the
// other): what was said, whole; the phrase around it would only add the
// attribution or the question's own words.
func reportedAnswer(q *question, c *cand, found span) bool {
	if q.kind != KindSaid {
		return false
	}
	text := c.p.Text
	if asked, subject := saidAsked(q.words); len(asked) > 0 && saidPart(text, found, subject) {
		return true
	}
	// spanSaid sets strandedCut only for a question that strands its
	// preposition and clears it on every other extraction, so no test of
	// q.stranded is needed here (final read FK7)
	if found.end > found.start && c.strandedCut.end > c.strandedCut.start && found.start == c.strandedCut.start {
		return true // "say the guarantees are the key to": the object of "to", as spanSaid cut it
	}
	return found.end > found.start && found.end <= len(text) && (afterSaying(text, found.start) || thatTakenWhole(text, found) || beforeSaying(text, found.end) || afterButThat(text, found.start))
}

// shortIn returns where the short answer cut from the span found of text
// stands in it; false when it stands elsewhere (the sentence before).
func shortIn(text string, found span, short string) (span, bool) {
	if found.end <= found.start || found.end > len(text) {
		return span{}, false
	}
	at := strings.Index(text[found.start:found.end], short)
	if at < 0 {
		return span{}, false
	}
	return span{found.start + at, found.start + at + len(short)}, true
}

// shortStart is s where it fits a short answer's line, else its start: the
// items of a list that fit maxShortWords less one word (the "…" that says
// more follow), cut after an item where one ends after the first few words,
// else after the words that fit; verbatim, so that it stays words of the
// passage.
func shortStart(s string) string {
	if !wordsOver(s, maxShortWords) {
		return s
	}
	ends := wordEnds(s)
	if len(ends) < maxShortWords {
		return s // words parted by other spaces than ' ' (wordCount counts any)
	}
	cut := ends[maxShortWords-2]
	for k := maxShortWords - 2; k >= minItemCut; k-- {
		if c := s[ends[k]-1]; c == ',' || c == ';' {
			cut = ends[k] - 1
			break
		}
	}
	return trimDangling(s[:cut])
}

// minItemCut is the fewest words (less one) before the item boundary
// shortStart cuts a list at.
const minItemCut = 2

// shownAt is the passage ans is given from (its first) and where in it
// its short answer stands, the only place it does (onlyUse); -1 where
// there is no passage or the short answer stands there not once.
func shownAt(ans *Answer) (string, int) {
	if len(ans.Passages) == 0 {
		return "", -1
	}
	text := ans.Passages[0].Text
	return text, onlyUse(text, ans.Short)
}
