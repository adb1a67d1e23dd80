// Readings of what follows a word: passives, subordinate clauses, agents, phrases and units of time.

package qa

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// passiveAfter reports whether rest, the words after a past participle,
// make it passive: "by" and its agent ("cited *by* local media"), or "to"
// and a verb where a verb of the sentence's own still follows in it
// ("said *to be* the oldest, *was* shut", "told *to leave*, she *said*":
// finiteVerbIn) or closes the aside after a comma ("said to be the
// oldest in the county, *reopened*": asideClosed), not "to" and whom it was said to ("told *to
// reporters*"), nor "by" and a means or a time ("said *by phone*", "said
// *by Friday*": byAgent), nor "to" and a verb after which the sentence
// has no verb left: the participle is then the speaker's own and the
// infinitive what was said ("Brandt, the county's officer, said *to
// expect closures* until spring").
func passiveAfter(rest string) bool {
	next, after := nextWord(strings.TrimLeftFunc(rest, unicode.IsSpace))
	if next == "by" {
		return byAgent(strings.TrimLeftFunc(after, unicode.IsSpace))
	}
	verb, after := nextWord(strings.TrimLeftFunc(after, unicode.IsSpace))
	if next != "to" || !lexicon.IsVerbBase(strings.TrimRight(verb, ".!?")) {
		return false
	}
	if end := sentenceEndIn(after, 0, len(after)); end >= 0 {
		after = after[:end]
	}
	after = outsideSubordinate(beforeParticipleClause(after))
	return finiteVerbIn(after) || asideClosed(after)
}

// outsideSubordinate is text without its subordinate and relative
// clauses, each from the word that opens it (measureClauseOpeners, the
// subordinators that open clauses, not phrases, and the relative words;
// "until": "delays *that could last weeks*", "the bridge *while
// repairs are under way*", ", *which would last until spring*") to the
// comma that closes it or text's end, the comma kept: their verbs are
// none of the sentence's own ("said to be the oldest *that stands in
// the county*, reopened" keeps ", reopened"). A phrase's opener ("as
// old as", "since 1900": phraseOpeners) cuts nothing, nor "until" before
// a phrase of time ("closed *until Friday* and would reopen": timePhrase).
func outsideSubordinate(text string) string {
	var b strings.Builder
	sub := false
	fields := strings.Fields(text)
	for i, f := range fields {
		w := strings.ToLower(strings.Trim(f, ",;:“”\"‘’'()"))
		if !sub && (measureClauseOpeners[w] || w == "until" && !untilTime(f, fields[i+1:])) {
			sub = true
		}
		if sub && strings.HasSuffix(f, ",") {
			sub = false
			b.WriteString(", ")
			continue
		}
		if !sub {
			b.WriteString(f + " ")
		}
	}
	return b.String()
}

// untilTime reports whether the word f, an "until", and the words rest
// after it open a phrase of time ("until Friday", "until the end of the
// month": timePhrase), not a clause.
func untilTime(f string, rest []string) bool {
	return !strings.HasSuffix(f, ",") && len(rest) > 0 && timePhrase(strings.Join(rest, " "))
}

// beforeParticipleClause is text up to a comma and a present participle
// after it (", *adding* that the bridge would reopen", ", *warning*
// drivers …"; not a preposition in -ing: ", including the mill,":
// participle): a participle clause of the sentence's subject, whose
// words, its own verbs among them, are none of the sentence's; all of
// text where none follows a comma. An -ing word that is a noun too,
// with a singular noun and a tensed verb after it, opens a clause's
// subject, no participle clause (", *building work* resumed", ",
// *shipping traffic* was halted": ingCompound).
func beforeParticipleClause(text string) string {
	for i := 0; i < len(text); i++ {
		if text[i] != ',' {
			continue
		}
		w, rest := nextWord(strings.TrimLeftFunc(text[i+1:], unicode.IsSpace))
		if participle(w) && !ingCompound(w, rest) {
			return text[:i]
		}
	}
	return text
}

// ingCompound reports whether w, an -ing word, with rest, the text after
// it, is the first noun of a compound that a clause's verb follows: w is
// a noun too (knownNoun: "building", "shipping"), the next word a
// lower-case word of the dictionary, no function word, tensed verb or
// plural ("work", "traffic"; not "killing *people* trapped", whose
// plural may be w's object), and the word after it a tensed verb
// (pastOrAuxiliary: "resumed", "was").
func ingCompound(w, rest string) bool {
	if !knownNoun(w) {
		return false
	}
	noun, after := typedWord(strings.TrimLeftFunc(rest, unicode.IsSpace))
	verb, _ := typedWord(strings.TrimLeftFunc(after, unicode.IsSpace))
	return lowerWord(noun) && lexicon.IsWord(noun) && !lexicon.IsFunctionWord(noun) && !pluralNoun(noun) && !pastOrAuxiliary(noun) && pastOrAuxiliary(verb)
}

// asideClosed reports whether text, the rest of a sentence after an
// infinitive, closes the aside it stands in with a comma and a verb, the
// sentence's own ("said to be the oldest in the county*, reopened*"):
// the participle then describes the subject and is passive. A word after
// a comma that is an item of a list (listItemAt: "to expect closures*,
// delays* and detours") is none; the comma after the list may still close
// the aside.
func asideClosed(text string) bool {
	for rest := text; ; {
		i := strings.IndexByte(rest, ',')
		if i < 0 {
			return false
		}
		rest = strings.TrimLeftFunc(rest[i+1:], unicode.IsSpace)
		if listItemAt(rest) {
			continue
		}
		w, _ := nextWord(rest)
		w = strings.ToLower(strings.TrimRight(w, ".!?;:"))
		return w != "" && lexicon.IsVerb(w) && !lexicon.IsVerbBase(w) && !lexicon.IsFunctionWord(w)
	}
}

// listItemAt reports whether the word that opens text, after a comma, is
// an item of a comma list rather than a verb: another comma right after
// it or "and"/"or" next ("closures, *delays*, detours", "closures,
// *plans* and detours"), a verb's -s form as much as a noun; a past form
// there is a verb with its own ("*reopened* and drew crowds").
func listItemAt(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(f[0], ",;:“”\"‘’'()"))
	if w == "" || pastVerb(w) || irregularVerbForm(w) {
		return false
	}
	return strings.HasSuffix(f[0], ",") || len(f) > 1 && (f[1] == "and" || f[1] == "or")
}

// finiteVerbIn reports whether text holds a verb a sentence's subject
// takes: an auxiliary ("was shut", "will reopen") or a verb of saying
// read as a verb where it stands (readAsVerb: "she *said*", not "the
// warden's *report*"); a word of an infinitive's object, mostly a verb
// or not ("to keep *clear* of the weir"), is none. Not tensedVerb: after
// "said to", the infinitive's object is mostly nouns, whose plurals read
// as a present verb's third person ("to expect *delays*, *cuts* or
// *detours*": TestSaidToList fails with it).
func finiteVerbIn(text string) bool {
	return anyWordAfter(text, func(w, before string) bool {
		return auxiliaries[w] || lexicon.IsSayingVerb(w) && readAsVerb(w, before)
	})
}

// anyWordAfter reports whether is holds for a word of text, lower case and
// trimmed of marks as hasVerb trims them, read with the word before it
// ("" for the first).
func anyWordAfter(text string, is func(w, before string) bool) bool {
	before := ""
	for w := range strings.FieldsSeq(strings.ToLower(text)) {
		w = strings.Trim(w, ",.;:“”\"‘’'()")
		if is(w, before) {
			return true
		}
		before = w
	}
	return false
}

// byAgent reports whether rest, the words after a "by", name an agent,
// as a passive's "by" is followed: a determiner or a possessive ("by *the*
// regional paper", "by *the mayor's* office"), a name ("by *Reuters*"), or
// people or a group ("by *officials*"), or what adjectives qualify ("by
// *local* media"); not a time (dateRE, or a phrase whose noun names one:
// timePhrase, "by Friday", "by noon", "by the weekend", "by late next
// week", "by the end of the month", "by Christmas") nor a bare means
// ("by phone", "by email"), nor the subordinator "by the time" ("said by
// the time the talks ended the drivers would …": byTheTime).
func byAgent(rest string) bool {
	if at := dateRE.FindStringIndex(rest); at != nil && at[0] == 0 || byTheTime(rest) {
		return false
	}
	typed, after := typedWord(rest)
	w := strings.ToLower(strings.Trim(typed, ".,;:!?"))
	switch {
	case w == "" || namesTime(w) && !lexicon.IsAdjective(w) && !nameGoesOn(w, after):
		return false
	case nounOpeners[w] || endsGenitive(w):
		return !timePhrase(after)
	case unicode.IsUpper([]rune(typed)[0]):
		return true
	case lexicon.IsAdjective(w):
		// "by local media", not "by early Friday", "by then"
		return !timePhrase(rest)
	}
	return lexicon.IsPersonNoun(w) || lexicon.IsGroupNoun(w) || pluralNoun(w)
}

// byTheTime reports whether rest, the words after a "by", make it the
// subordinator "by the time" (a clause follows: "by the time the talks
// ended"), in any case. English's subordinators are a closed class the
// lexicon's word lists hold one word at a time; this is the one that
// opens with "by", and "time" is no unit timePhrase reads.
func byTheTime(rest string) bool {
	the, after := nextWord(strings.TrimLeftFunc(rest, unicode.IsSpace))
	noun, _ := nextWord(strings.TrimLeftFunc(after, unicode.IsSpace))
	return the == "the" && noun == "time" // (nextWord lower-cases)
}

// timePhrase reports whether text opens with a noun phrase that names a
// time: its noun, past any adjectives ("late next *week*"), names one
// (namesTime), or its noun is a part of what an "of" after it names ("the
// end of the *month*", "the start of *April*"). Empty text names none.
func timePhrase(text string) bool {
	w, after := timeHeadNoun(text)
	if w == "" || namesTime(w) {
		return w != ""
	}
	if next, rest := nextWord(strings.TrimLeftFunc(after, unicode.IsSpace)); next == "of" {
		w, _ = timeHeadNoun(rest)
		return w != "" && namesTime(w)
	}
	return false
}

// nameGoesOn reports whether w, a time's name only by WordNet's
// (lexicon.IsTimeName: "noel", "easter"), is a person's first name here:
// a capitalised word follows that names no time and is a name or no word
// of the dictionary (lexicon.IsName, IsWord: "by Noel Ruiz"; not "by
// Easter Sunday", "by Christmas Eve").
func nameGoesOn(w, after string) bool {
	if timeWord(w) || clockWords[w] || timeUnit(strings.TrimSuffix(w, "s")) {
		return false
	}
	next, _ := typedWord(strings.TrimLeftFunc(after, unicode.IsSpace))
	next = strings.Trim(next, ".,;:!?")
	r, _ := utf8.DecodeRuneInString(next)
	if next == "" || !unicode.IsUpper(r) {
		return false
	}
	lw := strings.ToLower(next)
	return !namesTime(lw) && (lexicon.IsName(lw) || !lexicon.IsWord(lw))
}

// timeHeadNoun is the head noun of the phrase text opens with, past a
// determiner and adjectives ("the *weekend*", "early *Friday*"): a
// compound's last noun ("the night *shift*", "the day *crew*"), lower
// case and trimmed of marks, and the text after it; the last adjective
// where no noun follows them (a function word, a determiner or nothing:
// "by *then* the road …").
func timeHeadNoun(text string) (string, string) {
	w, after := nextWord(strings.TrimLeftFunc(text, unicode.IsSpace))
	w = strings.Trim(w, ".,;:!?")
	if nounOpeners[w] {
		w, after = nextWord(strings.TrimLeftFunc(after, unicode.IsSpace))
		w = strings.Trim(w, ".,;:!?")
	}
	for lexicon.IsAdjective(w) {
		next, rest := nextWord(strings.TrimLeftFunc(after, unicode.IsSpace))
		next = strings.Trim(next, ".,;:!?")
		if next == "" || lexicon.IsFunctionWord(next) || nounOpeners[next] {
			return w, after
		}
		w, after = next, rest
	}
	for {
		typed := text[:len(text)-len(after)] // (after is a suffix of text)
		next, rest := typedWord(strings.TrimLeftFunc(after, unicode.IsSpace))
		next = strings.TrimRight(next, ".!?") // "the night shift." at a sentence's end
		if r, _ := utf8.DecodeLastRuneInString(typed); !unicode.IsLetter(r) || !lowerWord(lastWord(typed)) ||
			!lowerWord(next) || lexicon.IsFunctionWord(next) || !knownNoun(next) {
			return w, after // (not past a mark, nor into a name: "by Friday officials")
		}
		w, after = next, rest
	}
}

// namesTime reports whether w (lower case) names a time: timeWord's days,
// months, parts of the day or the year, years and numbers, a time of day
// by its word (clockWords: "noon"), a unit of time, singular or plural
// (timeUnit: "month", "years"), or a time's name by WordNet
// (lexicon.IsTimeName: a holiday, "christmas", "easter").
func namesTime(w string) bool {
	return timeWord(w) || clockWords[w] || timeUnit(strings.TrimSuffix(w, "s")) || lexicon.IsTimeName(w)
}

// capitalRun is the text of the run of a name's words that opens words
// (spans of text: nameWordAt, capitalised words and a particle between
// two), white space and marks between them kept ("Paul D’Souza" of "Paul
// D’Souza, the port’s engineer", "Ana de Souza" of "Ana de Souza said");
// "" when the first is not capitalised.
func capitalRun(text string, words [][2]int) string {
	word := func(k int) string { return text[words[k][0]:words[k][1]] }
	end := -1
	for k, w := range words {
		if !nameWordAt(word, len(words), k) {
			break
		}
		end = w[1]
	}
	if end < 0 {
		return ""
	}
	return text[words[0][0]:end]
}

// sentenceEnd is where the sentence holding words[k] (spans of text)
// ends: the start of the next word that opens a sentence, or text's end.
func sentenceEnd(text string, words [][2]int, k int) int {
	for _, w := range words[k+1:] {
		if sentenceStart(text, w[0]) {
			return w[0]
		}
	}
	return len(text)
}

// atQuoteClose reports whether rest opens with a closing quotation mark.
func atQuoteClose(rest string) bool {
	return strings.HasPrefix(rest, `"`) || strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, "’")
}

// clockWords are the times of day named by a word ("by midnight", "since
// dawn"), a closed class timeWord leaves out.
var clockWords = wordSet("midnight noon midday dawn nightfall dusk daybreak lunchtime tonight")

// timeUnit reports whether w (singular) is a unit of time, a closed class:
// "two days after", "31 hours after".
func timeUnit(w string) bool {
	switch w {
	case "second", "minute", "hour", "day", "week", "month", "year", "moment":
		return true
	}
	return false
}
