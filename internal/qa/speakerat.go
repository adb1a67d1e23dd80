// Where a speaker is named in text, and answers that are only an attribution.

package qa

import (
	"slices"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// holdsAll reports whether text holds every term of want (analysed, as
// termSet reads text).
func (e *Engine) holdsAll(text string, want []index.Token) bool {
	terms := e.termSet(text)
	for _, t := range want {
		if !terms[t.Term] {
			return false
		}
	}
	return true
}

// trimQuoteMarks is s of text without the white space, commas and
// quotation marks that open and close it ("“land options” ").
func trimQuoteMarks(text string, s span) span {
	t := text[s.start:s.end]
	l := strings.TrimLeft(t, "\"“‘ ")
	s.start += len(t) - len(l)
	s.end = s.start + len(strings.TrimRight(l, "\"”’ ,"))
	return s
}

// speakerPronouns are the subject pronouns by which news prose carries a
// person named before it as the one who speaks.
var speakerPronouns = pronounSet(lexicon.PersonPronouns)

// withinQuotes reports whether the byte at of text stands inside a
// quotation: after more opening curly marks than closing ones, or after
// an odd number of straight double quotes.
func withinQuotes(text string, at int) bool {
	before := text[:at]
	return quoteDepth(before) > 0 || strings.Count(before, `"`)%2 == 1
}

// namedBeforeSaying reports whether the span s of text is only names set
// off after the question's words and followed by a verb of saying, a
// participle too (", adding …"; a passive one opens a second aside before
// the speaker's verb, ", cited by local media, said …", which
// reportedSpeech reads past): the
// speaker named in apposition ("the bus company, *Wendline Buses*, said
// it would …"), or the speaker's description so set off after their name
// ("Ana Petrak, *the port's engineer*, said …": appositionAfter, after a
// name and holding no verb), not what was said ("By Friday, *the ferries
// will run again*, said …").
func namedBeforeSaying(text string, s span) bool {
	k := commaBefore(text, s.start)
	described := k >= 0 && appositionAfter(", "+text[s.start:]) > 0 && nameEnds(text[:k]) && !verbWhereRead(text[s.start:s.end])
	if !described && !namesOnly(text[s.start:s.end]) {
		return false
	}
	w, _ := sayingVerbNext(strings.TrimLeftFunc(text[s.end:], func(r rune) bool { return r == ',' || unicode.IsSpace(r) }))
	return w != ""
}

// verbWhereRead reports whether text holds a verb as read where it
// stands: an auxiliary, a verb in the past, or a word mostly used as a
// verb where English puts no noun (readAsVerb: not after a determiner, a
// possessive or an adjective, "the harbour's *pilot*", "the county's
// *flood* officer", nor in its base form after a singular noun of a
// phrase they open, "the lake's ferry *pilot*"), or any verb's base form
// right after the plural that ends such a phrase, as a plural subject's
// verb agrees ("the ferry crews *walk* out", though "walk" is mostly a
// noun); a possessive is no verb (hasVerb, with each word read after the
// one before it).
func verbWhereRead(text string) bool {
	phrase := false // a noun phrase opened and not yet ended on a plural
	return anyWordAfter(text, func(w, before string) bool {
		agrees := phrase && pluralNoun(before) && baseVerbForm(w)
		phrase = articles[before] || determiners[before] || possessives[before] || nounPossessive(before) || phrase && before != "" && !strings.HasSuffix(before, "s")
		compound := phrase && lexicon.IsVerbBase(w) // "the lake's ferry *pilot*": a plural's subject takes the base form, "the ferries *stop*"
		return !endsGenitive(w) && (auxiliaries[w] || agrees || readAsVerb(w, before) && !compound || !lexicon.IsVerb(w) && pastVerb(w))
	})
}

// baseVerbForm reports whether w (lower case) may be a verb's base form:
// not an "-s", "-ing" or past form, nor a function word, and a verb by
// verbs.txt or by WordNet's troponyms of its verb sense, which words
// mostly used as nouns have too ("walk", "dock").
func baseVerbForm(w string) bool {
	if pluralNoun(w) || strings.HasSuffix(w, "ing") || pastVerb(w) || lexicon.IsFunctionWord(w) {
		return false
	}
	return lexicon.IsVerbBase(w) || len(lexicon.Related(w, lexicon.Troponym)) > 0
}

// commaBefore is where the comma stands that sets off the words at byte
// at of text, read back past the white space between (a space, two, a
// no-break space: the passage as written); -1 when no comma and at least
// one space stand right before at.
func commaBefore(text string, at int) int {
	i := at
	for i > 0 {
		sp, n := spaceBefore(text, i)
		if !sp {
			break
		}
		i -= n
	}
	if i == at || i == 0 || text[i-1] != ',' {
		return -1
	}
	return i - 1
}

// nameEnds reports whether before, the text up to a comma, ends on a
// name: a run of a name's words after the last mark (nameWordAt,
// capitalised words and a particle between two) whose first is no
// function word ("Ana Petrak", "Ana de Souza", not the fronted "By
// Friday" or "In Kessby").
func nameEnds(before string) bool {
	words := strings.Fields(before[afterLastMark(before, ",;:()—“”\""):])
	word := func(k int) string { return words[k] }
	first := ""
	for k := len(words) - 1; k >= 0 && nameWordAt(word, len(words), k); k-- {
		first = words[k]
	}
	return first != "" && !lexicon.IsFunctionWord(strings.ToLower(first))
}

// namesSpeaker reports whether text holds the name of the one person a
// "what did X say" question's X is ("Patricio Olave" for "the senator").
func (e *Engine) namesSpeaker(q *question, text string) bool {
	return e.speakerAt(q, text) >= 0
}

// speakerAt is where in text the name (its last word) of the one person a
// "what did X say" question's X is first stands, or -1.
func (e *Engine) speakerAt(q *question, text string) int {
	name := strings.Fields(e.titledName(q.speaker))
	if len(name) == 0 {
		return -1
	}
	last := unpossessed(name[len(name)-1])
	for _, w := range wordSpans(text) {
		if word := text[w[0]:w[1]]; (isCapital(word) || !isCapital(last)) && strings.EqualFold(unpossessed(word), last) {
			return w[0] // as a whole word, and a name as a word written as one: not "the rivers" for Rivers, nor "forward" for Ward; "the bus company" as it is
		}
	}
	// the name spelled another way ("Zelenskyy", "Zelensky"): the
	// passage's first word the index takes for the same term
	want := e.analyze(last)
	for _, t := range e.analyze(text) {
		if !isCapital(text[t.Start:t.End]) {
			continue // a name's, not a common noun's ("the river" is no "Rivers")
		}
		if slices.ContainsFunc(want, func(w index.Token) bool { return w.Term == t.Term && !e.titles[w.Term] }) {
			return t.Start
		}
	}
	return -1
}

// contentFirst is a short answer cut short after a speaker's attribution
// ("Tocopilla Mayor Verónica Alvial said the town had received a
// fraction") as what was said, the attribution left to the passage it is
// quoted from: from past "said" or "says", or past the "that" a verb of
// saying takes within a few words ("warned that", "said after the meeting
// that"), as far as a short answer's words and the sentence allow ("the
// town had received a fraction of the help sent to Calama"). The short
// answer as it is when it is whole to its sentence's end, when it does not
// open with a speaker (names and titles, "the mayor", a group of people by
// WordNet, "the union", a pronoun) and such a
// verb, or when what was said is under three words.
func contentFirst(text, short string) string {
	at := strings.Index(text, short)
	if at < 0 {
		return short
	}
	end := at + len(short)
	if rest := strings.TrimLeft(text[end:], " ”’\""); rest == "" || strings.ContainsAny(rest[:1], ".;!?") {
		return short // whole to its sentence's end: nothing cut to make room for
	}
	words := strings.Fields(short)
	// verb, the verb of saying's place among the words; from, where it
	// ends in text, read on the text itself (not on the words re-joined
	// by single spaces: the passage may hold a double space, a tab or a
	// no-break one)
	verb, from := -1, at
	for i, w := range words[:min(len(words), attributionWords+1)] {
		lw := strings.ToLower(w)
		from += strings.Index(text[from:], w) + len(w)
		if i > 0 && lexicon.IsSayingVerb(lw) {
			verb = i
			break
		}
		speaker := pronounSubjects[lw] && i == 0 || lw == "the" && i == 0 || lexicon.IsPersonNoun(lw) || lexicon.IsGroupNoun(lw) ||
			isCapital(w) && !lexicon.IsFunctionWord(lw)
		if !speaker {
			return short // not a speaker's name or title before it: "As Carney noted …", "a promise that …"
		}
	}
	if verb < 0 {
		return short
	}
	after := strings.Fields(text[from:])
	that, thatEnd := -1, from
	for k, w := range after[:min(len(after), thatReach)] {
		thatEnd += strings.Index(text[thatEnd:], w) + len(w)
		if strings.EqualFold(w, "that") {
			that = k
			break
		}
		if strings.ContainsAny(w, ",;:.“”\"") {
			break
		}
		if w[0] >= '0' && w[0] <= '9' && (k == 0 || !getFold(timePreps, after[k-1])) {
			// "said about 850 lorries that normally collect …": a
			// figure after the verb, no date or time of the saying
			// ("said on 5 May that"), opens what was said, and a
			// "that" after it is its noun's (relative), not the verb's
			break
		}
	}
	switch lw := strings.ToLower(words[verb]); {
	case that >= 0:
		from = thatEnd
	case lw != "said" && lw != "says":
		return short // "thanked donors but said …": a deed, not what was said
	}
	stop, n := from, 0
	for w := range strings.FieldsSeq(text[from:]) {
		if n == maxShortWords {
			break
		}
		stop += strings.Index(text[stop:], w) + len(w)
		n++
		if strings.ContainsAny(w[len(w)-1:], ".;!?") {
			break
		}
	}
	if n < 3 {
		return short
	}
	if stop > end && !strings.ContainsAny(text[stop-1:stop], ".;!?") {
		// cut short past the short answer's end: a clause joined there
		// would be left half-said ("… in 2024 because it would", "… in
		// September but would"), and what was said ends before it
		// (a relative or reported clause, "which countries would …",
		// "that normally collect …", says what is said, not another deed;
		// after "and" it is a second one, "…, and that people")
		for _, j := range joinsAt(text[:stop], max(end, from)) {
			if !relativeWord(text[j[0]+1:]) {
				stop = min(stop, j[0])
			} else if w := strings.ToLower(lastWord(text[:j[0]])); conjunctions[w] {
				stop = min(stop, j[0]-len(w))
			}
		}
	}
	if s := shortText(text[from:stop]); s != "" {
		// (cut in its turn: what the cut leaves waiting goes, "…
		// since Sunday, but that")
		if t := trimJoin(trimCutDangling(text, s)); t != "" {
			return t
		}
		return s
	}
	return short
}

// attributionWords is how many words a speaker's attribution may take
// before its verb of saying ("Tocopilla Mayor Verónica Alvial said");
// thatReach how far after the verb its "that" may stand ("said after the
// meeting that").
const (
	attributionWords = 6
	thatReach        = 5
)

// pronounSubjects may stand for a speaker: the subject pronouns but
// "you".
var pronounSubjects = pronounSet(lexicon.SpeakerPronouns)

// attributionOnly reports whether short is only an attribution: one verb
// of saying (saidWords) and the one it is said by, names or a personal
// pronoun, and nothing else ("Nwosu said", "said Venning", "she added");
// a day's or a month's name is none ("he said Monday").
// Such words tell who spoke, not what was said.
func attributionOnly(short string) bool {
	saying, by := false, false
	for w := range strings.FieldsSeq(short) {
		w = strings.Trim(w, ",.;:’'\"“”")
		switch lw := strings.ToLower(w); {
		case w == "":
		case saidSet[lw] && !saying:
			saying = true
		case isCapital(w) && !lexicon.IsTimeName(lw) || personalSubjects[lw]:
			by = true // (not a time's name: "he said Monday" tells when)
		default:
			return false
		}
	}
	return saying && by
}
