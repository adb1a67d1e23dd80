// Whether a number sizes a group of people: composition, asides and group nouns.

package qa

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// peopleSized reports whether the number at s of text sizes what a "how
// big" question asks about by the people in it: it counts people by a
// noun for a person heading its phrase (sizeInPeople: "more than 35
// officials", "2,400 dock workers" for "how big is the port"), and where
// the question sizes a group of people (sizedGroups), the count's
// sentence names that group too ("the delegation of more than 35
// officials", "The crew, led by Capt. Ana Ruiz, numbered 40 sailors":
// a sentence as sentenceOpening and sentenceEndIn read one), and where
// it names the group before the count, no verb between says a deed the
// group does to others (composedBy: "the crew helped 300 passengers").
// A count of other people sizes another body: "the ferry carried 300
// passengers" says nothing of how big its crew is. A group named after
// the count is taken unless it is the agent of a deed done to the people
// counted (byAgentOf: "300 passengers, rescued by the crew"); asking
// composedBy of it too cost two held-out false abstentions.
func peopleSized(q *question, text string, s span) bool {
	if !sizeInPeople(text, s) {
		return false
	}
	groups := sizedGroups(q)
	if len(groups) == 0 {
		return true
	}
	from, to := sentenceOpening(text, 0, s.start), len(text)
	if end := sentenceEndIn(text, s.end, len(text)); end >= 0 {
		to = end
	}
	for _, ws := range wordSpans(text[from:to]) {
		w := strings.ToLower(unpossessed(text[from+ws[0] : from+ws[1]]))
		if !slices.ContainsFunc(groups, func(g string) bool { return sameGroup(g, w) }) {
			continue
		}
		if at := from + ws[0]; at >= s.end && !byAgentOf(text[s.end:at], text[at:to]) || at < s.start && composedBy(text[from+ws[1]:s.start]) {
			return true
		}
	}
	return false
}

// composedBy reports whether between, the words from a group's noun to a
// count of people after it, says the people are the group: no verb, or
// only verbs that say what it is made of (composing: "the crew
// *numbered* 40 sailors", "each team *has* 12 firefighters", "the
// delegation *includes* 40 officials"), none of a deed the group does to
// others ("the crew *helped* 300 passengers", "the allies *sent* 400
// soldiers": the people helped or sent are not it). An aside is left
// out, its marks paired from the count back, each closing mark with the
// nearest one of its kind before it (a comma with a comma, a dash with a
// dash: "the crew, *led* by Capt. Ruiz, numbered 40", "the crew — tired,
// *soaked* — numbered 40"); the words on either side of it are read
// ("the crew *rescued*, in rough seas, 40 sailors", "the crew, which
// *towed*, at dawn, 40 sailors": the aside nearest the count is "at
// dawn"), as are those before a mark that no other of its kind opens.
// Where an aside follows the noun and the words after the last mark open
// with a verb, that verb is the group's and every mark before it sets
// off the subject's asides, a list too ("the crew, tired, *soaked* and
// cold, numbered 40").
func composedBy(between string) bool {
	marks := asideMarkRE.FindAllStringIndex(between, -1)
	if len(marks) == 0 {
		return onlyComposing(between)
	}
	if last := between[marks[len(marks)-1][1]:]; strings.TrimSpace(between[:marks[0][0]]) == "" && opensWithVerb(last) {
		return onlyComposing(last) // the subject's asides, then its verb
	}
	kinds := make([]string, len(marks))
	for k, m := range marks {
		kinds[k] = between[m[0]:m[1]]
	}
	open := asideOpeners(kinds)
	end := len(between)
	for k := len(marks) - 1; k >= 0; k-- {
		if !onlyComposing(between[marks[k][1]:end]) {
			return false
		}
		end = marks[k][0]
		if j := open[k]; j >= 0 {
			end, k = marks[j][0], j // the aside between them left out
		}
	}
	return onlyComposing(between[:end])
}

// asideOpeners are, for each of marks (asideMarkRE's or asideOrBracketRE's,
// in their order), the index of the mark that opens the aside it closes:
// the nearest before it of its kind (markKind), a comma for a comma, a
// dash for a dash, "(" for ")"; -1 for none, and for "(", which closes
// nothing. One pass, each kind's last mark kept: linear in the marks.
func asideOpeners(marks []string) []int {
	open := make([]int, len(marks))
	last := map[string]int{}
	for k, m := range marks {
		open[k] = -1
		if want := openerKind(m); want != "" {
			if j, ok := last[want]; ok {
				open[k] = j
			}
		}
		last[markKind(m)] = k
	}
	return open
}

// markKind is the kind of an aside's mark m: a comma, a bracket ("(" or
// ")"), or a dash, any other mark.
func markKind(m string) string {
	switch m {
	case ",", "(", ")":
		return m
	}
	return "—"
}

// openerKind is the kind (markKind) of the mark that opens the aside the
// mark m closes: "(" for ")", a comma for a comma, a dash for a dash; ""
// for "(", which closes nothing.
func openerKind(m string) string {
	switch k := markKind(m); k {
	case "(":
		return ""
	case ")":
		return "("
	default:
		return k
	}
}

// onlyComposing reports whether every verb of part, a stretch of text
// composedBy reads, says what a whole is made of (composing), or part
// holds none.
func onlyComposing(part string) bool {
	for _, w := range words(part) {
		if lw := strings.ToLower(w); (lexicon.IsVerb(lw) || pastVerb(lw)) && !composing(lw) {
			return false
		}
	}
	return true
}

// opensWithVerb reports whether part's first word is a verb (WordNet's,
// a past form or an auxiliary: "numbered", "helped", "has"), not a
// function word that is no auxiliary ("to").
func opensWithVerb(part string) bool {
	ws := words(part)
	if len(ws) == 0 {
		return false
	}
	lw := strings.ToLower(ws[0])
	return auxiliaries[lw] || !lexicon.IsFunctionWord(lw) && (lexicon.IsVerb(lw) || pastVerb(lw))
}

// asideMarkRE is a mark that opens or closes an aside: a comma or a dash.
var asideMarkRE = regexp.MustCompile(`[,—–]`)

// byAgentOf reports whether between, the text from a count to a group's
// noun after it, makes the group the agent of a deed done to the people
// counted: a past verb of a deed, then adverbs or a particle if any,
// then "by" with an agent after it (byAgent reads group, the text from
// the group's noun on: "300 passengers, *rescued by* the crew", "winched
// *up by*", "helped *ashore by*"; not "by Friday").
func byAgentOf(between, group string) bool {
	ws := words(between)
	for i := len(ws) - 1; i > 0; i-- {
		if !strings.EqualFold(ws[i], "by") {
			continue
		}
		spans := wordSpans(between)
		if !byAgent(strings.TrimLeftFunc(between[spans[i][1]:], unicode.IsSpace) + group) {
			return false
		}
		v := i - 1
		for v > 0 && (particles[strings.ToLower(ws[v])] || lexicon.IsAdverb(strings.ToLower(ws[v]))) {
			v-- // "winched *up* by", "helped *ashore* by"
		}
		lw := strings.ToLower(ws[v])
		return pastVerb(lw) && !composing(lw)
	}
	return false
}

// composing reports whether the verb w (lower case) says what a whole is
// made of: a verb of inclusion (kinds.txt [inclusion-words]: "comprises",
// "includes"), of being or having (lexicon.Auxiliaries: "is", "has"), or
// of a count's sum ("numbered", and WordNet's synonyms of "number":
// "totalled"), in any regular or irregular form; a function word that is
// no auxiliary is no verb here ("to").
func composing(w string) bool {
	if inclusionVerbs[w] || slices.Contains(lexicon.Auxiliaries(), w) || lexicon.IsFunctionWord(w) {
		return true
	}
	return slices.ContainsFunc(slices.Concat([]string{w}, lexicon.RegularBases(w), lexicon.Inflected(w)), func(b string) bool {
		return slices.Contains(numberingVerbs(), b)
	})
}

// numberingVerbs are "number", the verb a body's count is said by ("the
// crew numbered 40"), and its WordNet synonyms ("total"); built on first
// use, so that a binary which never sizes a group does not load WordNet's
// synonym table at start-up.
var numberingVerbs = sync.OnceValue(func() []string {
	return append([]string{"number"}, lexicon.Synonyms("number")...)
})

// sizedGroups are the words for a group of people (lexicon.IsGroupNoun)
// a "how big" question sizes, lower case: those before its first
// preposition ("how big was the crew *of* the ferry", not "how big is
// the port compared to *others* in the country"), a possessive read as
// its noun ("how big is the *crew's* rota").
func sizedGroups(q *question) []string {
	var groups []string
	for _, w := range q.words {
		if prepositions[w] {
			break // what is sized comes first
		}
		if w = unpossessed(w); lexicon.IsGroupNoun(w) {
			groups = append(groups, w)
		}
	}
	return groups
}

// sizeInPeople reports whether the number at s of text counts people by
// a noun for a person (WordNet's, lexicon.IsPersonNoun) heading its
// phrase: "more than 35 officials", "1,800 rescuers". A body of people is
// as big as the people in it, as the size units' "people" and "members"
// say, by whatever noun it names them.
func sizeInPeople(text string, s span) bool {
	head := countedHead(countedText(text, s))
	return head != "" && lexicon.IsPersonNoun(head)
}

// sameGroup reports whether w (lower case) names the group g a question
// names: g itself, or a WordNet synonym either way ("workforce" and
// "manpower"), each in the singular or the plural on either side ("teams"
// and "team").
func sameGroup(g, w string) bool {
	return sameNoun(g, w) || slices.ContainsFunc(lexicon.Synonyms(g), func(x string) bool { return sameNoun(x, w) }) ||
		slices.ContainsFunc(lexicon.Synonyms(w), func(x string) bool { return sameNoun(x, g) })
}

// sameNoun reports whether a and b, lower case, are one noun, either in
// the singular or the plural: the same word, or one a plural of the other
// as lexicon.Singulars reads one ("crews", "ladies", "men"), never a verb
// form ("crewed", "staffing": "the ferry, crewed by volunteers" names no
// crew).
func sameNoun(a, b string) bool {
	return a == b || lexicon.IsSingularOf(a, b) || lexicon.IsSingularOf(b, a)
}

// groupSized reports whether the number at s of text counts the group of
// people a "how big" question names (lexicon.IsGroupNoun): the number's
// phrase ends in that noun, in the plural, or in a WordNet synonym of it
// ("how big is the crew": "some 30 crew"; "how large is the workforce":
// "about 1,200 men", WordNet's "manpower, men"). A group's size is the
// people in it; a count under another group's noun ("5,000 troops" for
// "how big is the navy") sizes that group, not the one asked about, and a
// comparative after the number says by how much it grew ("1,500 more
// troops"). The group is the question's as sizedGroups reads it. (A
// count under a noun for a person sizes the group where its sentence
// names it: peopleSized.)
func groupSized(q *question, text string, s span) bool {
	first, last := "", ""
	for lw := range numberPhrase(countedText(text, s)) {
		if first == "" {
			first = lw
		}
		last = lw
	}
	if first == "" || comparative(first) || !lexicon.IsGroupNoun(last) {
		return false
	}
	return slices.ContainsFunc(sizedGroups(q), func(g string) bool { return sameGroup(g, last) })
}

// countedText is the text after the number at s of text that may say
// what it counts: at most 50 bytes of it, up to the first punctuation
// mark ("27 heads of state", not what follows a comma).
func countedText(text string, s span) string {
	after := text[s.end:min(len(text), s.end+50)]
	if i := strings.IndexAny(after, ",;.:()"); i >= 0 {
		after = after[:i]
	}
	return after
}
