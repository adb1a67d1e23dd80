// Whether a number counts what a "how many" question counts.

package qa

import (
	"iter"
	"slices"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// counts reports whether the number at s counts what the question asks
// about: the question's counted noun ("how many nuclear *weapons*") stands
// within the few words after it, before any punctuation ("27 heads of
// state", "several thousand French troops") (countsNamed); or, for "how
// many people", a kind of person heads the phrase it counts ("900 mill
// workers"), whatever its clause says (countsAsPeople).
func (e *Engine) counts(q *question, text string, s span) bool {
	return e.countsNamed(q, text, s) || e.countsAsPeople(q, text, s)
}

// countsNamed is counts by the noun the question counts, or one that means
// it (countedIn), not by a kind of person for people (countsAsPeople):
// typeFigure scores the two apart.
func (e *Engine) countsNamed(q *question, text string, s span) bool {
	if unitBefore(text, s) {
		return false // "a magnitude 5.9 aftershock": a measure, no count of aftershocks
	}
	if rest, ok := strings.CutPrefix(text[s.end:], "-"); ok && rest != "" && unicode.IsLetter(rune(rest[0])) {
		// a number joined to the word after it counts that word, as a
		// modifier ("a 90-seat boat": seats), not the noun it modifies
		// ("the four-lane bridge" counts no bridges)
		w := rest
		if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			w = rest[:i]
		}
		return e.countedIn(q, w, w+"s")
	}
	after := countedText(text, s)
	if q.countedOfOtherCountry(after) {
		return false // "several thousand French troops" counts no Ukrainian soldiers
	}
	head := e.countedHeadOf(after)
	if head == "" {
		// "the death toll … has risen to 351": the figure counts what the
		// tally is of
		for _, w := range talliedWords(text, s) {
			if e.countsWord(q, w) {
				return true
			}
		}
	}
	if e.namesKindOfPeople(q, after) {
		return true // "350 office employees" for "how many office ppl"
	}
	if q.counted != nil && head != "" {
		// the noun the number counts, not one that qualifies it: "two
		// school *gyms*" counts no schools; but a noun that only counts
		// what qualifies it counts that ("22 *crew* members")
		words := head
		if getFold(classifierNouns, lastWord(head)) {
			words = after
		}
		return e.countedIn(q, words, head) || e.narrowedAlike(q, after, head)
	}
	plain := outsideNames(after) // "60% owned by Meridian Box Holdings" counts no boxes
	return e.countedIn(q, plain, plain)
}

// countsAsPeople reports whether the number at s of text counts the
// people a "how many people" question asks about, with no word that
// narrows them (countedModifier), by a noun for a kind of person
// (WordNet's) that heads its phrase (countedHead): each of them is one
// ("About 2,400 *dock workers* … walked off the job" for "how many ppl
// walked out", "about 9 million *passengers* a year" for "how many ppl r supposed to ride it every year").
// They may be only some of the people asked about ("four *residents*
// were taken to hospital … after being rescued", where "63 people" were
// rescued): typeFigure scores such a count below one of people
// (kindCounted). The other way round, a count of people leaves the kind
// asked about uncounted (partOfPeople), and a modifier asks for a kind
// of its own (namesKindOfPeople: "Northjet passengers" are no "office
// people").
func (e *Engine) countsAsPeople(q *question, text string, s span) bool {
	if q.counted == nil || !getFold(genericPeople, q.counted.word) || countedModifier(q) >= 0 || unitBefore(text, s) {
		return false
	}
	head := e.countedHeadOf(countedText(text, s))
	return head != "" && lexicon.IsPersonNoun(head)
}

// kindCounted is typeFigure's score of a count of a kind of person, of
// what the question says of people (countsAsPeople): a figure that
// answers, but less surely than a count of people.
const kindCounted = 0.9

// narrowedAlike reports whether the words after a number (after, its
// phrase's plural head head) narrow what they count by the very word that
// narrows what a "how many" question counts (countedModifier), right
// before a head near the counted noun in meaning and of its kind: "About
// 1,300 *reefer containers*" for "how many reefer boxes". Two nouns so
// narrowed alike name one thing, though GloVe puts them less near than
// soft matching needs (narrowAlike), where both are things with extent
// or neither is (WordNet's commonest senses): "two nuclear *powers*"
// (states) count no nuclear weapons. Not a plural the question says
// besides the one it counts.
func (e *Engine) narrowedAlike(q *question, after, head string) bool {
	m := countedModifier(q)
	if m < 0 {
		return false // (none without a counted noun, q.counted nil)
	}
	counted := strings.ToLower(q.counted.word)
	if head == counted || slices.Contains(q.words, head) || isUnitWord(head) {
		return false
	}
	prev := ""
	for lw := range numberPhrase(after) {
		if lw == head {
			if prev == "" || !slices.ContainsFunc(e.analyze(prev), func(t index.Token) bool { return t.Term == q.terms[m].term }) {
				return false
			}
			sim, ok := lexicon.Default().Similarity(counted, head)
			return ok && float64(sim) >= narrowAlike && !otherNounKind(counted, head) && lexicon.IsPhysicalNoun(counted) == lexicon.IsPhysicalNoun(head)
		}
		prev = lw
	}
	return false
}

// narrowAlike is the least GloVe similarity of a noun narrowed as the
// question narrows its counted noun to that noun for the one to count
// the other (narrowedAlike).
const narrowAlike = 0.5

// namesKindOfPeople reports whether the words after a number, before its
// phrase ends, name the people a "how many MOD people" question counts as
// English names a kind of people: its modifier, then a noun for a person
// (WordNet's) in place of "people" ("350 *office employees*" for "how
// many office ppl", "40 *security staff*"); "Northjet passengers" are no
// "office people".
func (e *Engine) namesKindOfPeople(q *question, after string) bool {
	if q.counted == nil || !getFold(genericPeople, q.counted.word) {
		return false
	}
	m := countedModifier(q)
	if m < 0 {
		return false
	}
	modified := false
	for lw := range numberPhrase(after) {
		if modified && lexicon.IsPersonNoun(lw) {
			return true
		}
		modified = slices.ContainsFunc(e.analyze(lw), func(t index.Token) bool { return t.Term == q.terms[m].term })
	}
	return false
}

// countedIn reports whether words hold what a "how many" question counts
// (countsTerm), or nouns, the plural a number counts, means nearly what
// its counted noun does (countsAlike).
func (e *Engine) countedIn(q *question, words, nouns string) bool {
	for _, tok := range e.analyze(words) {
		if q.countsTerm(tok.Term) {
			return true
		}
	}
	if q.counted != nil {
		if counted, kin := q.countedKin(); countsAlike(counted, kin, nouns, q.words...) {
			return true
		}
	}
	return e.doersIn(q, nouns)
}

// doersIn reports whether the noun a number counts (countedHead, in the
// number's phrase: after is what follows the number) is the doers of the
// deed a "how many people" question counts: a noun for a person English
// makes from its verb ("how many people donated": "600 *donors*", "how
// many people voted": "31 voters", "volunteers"; not "31 votes", no
// persons, nor "£18,000 from donors", which counts money). Asked in the
// passive ("how many people were rescued") the people counted are those
// the deed was done to: only a noun in "-ee" counts them ("evacuees"),
// not the doers ("rescuers").
func (e *Engine) doersIn(q *question, after string) bool {
	if q.countVerb < 0 || q.counted != nil && !getFold(genericPeople, q.counted.word) {
		return false
	}
	if i := strings.IndexAny(after, ",;.:()"); i >= 0 {
		after = after[:i]
	}
	head := e.countedHeadOf(after)
	if head == "" || !lexicon.IsPersonNoun(head) {
		return false
	}
	verb := q.terms[q.countVerb] // analysed: "donat", "vote", "volunt"
	if at := slices.Index(q.words, strings.ToLower(verb.word)); at > 0 && (beForms[q.words[at-1]] || getPassive[q.words[at-1]]) {
		return strings.HasSuffix(head, "ees") && agentOf(verb.term, head)
	}
	toks := e.analyze(head)
	return agentOf(verb.term, head) || len(toks) == 1 && toks[0].Term == verb.term
}

// agentOf reports whether noun (a plural or not) is made of a verb's
// analysed stem as English makes agent nouns: the stem, less a final "e"
// or "at" ("vote", "donat"), and a suffix of agent nouns ("voters",
// "donors", "evacuees", "signatories"), or none.
func agentOf(stem, noun string) bool {
	for _, sing := range []string{strings.TrimSuffix(noun, "s"), strings.TrimSuffix(noun, "ies") + "y"} {
		for _, base := range []string{stem, strings.TrimSuffix(stem, "e"), strings.TrimSuffix(stem, "at")} {
			if rest, ok := strings.CutPrefix(sing, base); ok && len(base) >= 3 && agentSuffixes[rest] {
				return true
			}
		}
	}
	return false
}

// agentSuffixes are the endings English makes agent nouns of verbs with
// (closed class), and none: a verb that is its agent's noun.
var agentSuffixes = map[string]bool{"": true, "er": true, "or": true, "ee": true, "ant": true, "ent": true, "ist": true, "ary": true, "atory": true}

// classifierNouns count what the noun before them names: "22 crew
// members", "40 staff members", "3,000 security personnel" (kinds.txt).
var classifierNouns = cueSet("classifier-words")

// countsTerm reports whether an analysed term is what a "how many"
// question counts: its counted noun in any of its forms, or, without one,
// any of the question's words.
func (q *question) countsTerm(term string) bool {
	if q.counted == nil {
		return q.has(term)
	}
	return term == q.counted.term || slices.Contains(q.counted.alts, term)
}

// talliedWords are the words naming what a tally counts when the figure
// at s is what the tally of its clause comes to: the word before the tally
// noun ("*death* toll") and the one after its "of" ("number of *dead*");
// none when no tally noun stands in the clause before the figure.
func talliedWords(text string, s span) []string {
	clause := strings.Fields(strings.ToLower(text[clauseAround(text, s, clauseMarks).start:s.start]))
	for i, w := range clause {
		if !tallies[strings.Trim(w, "\"'’“”")] {
			continue
		}
		var out []string
		if i > 0 && !lexicon.IsFunctionWord(clause[i-1]) {
			out = append(out, strings.Trim(clause[i-1], "\"'’“”"))
		}
		if i+2 < len(clause) && clause[i+1] == "of" {
			out = append(out, strings.Trim(clause[i+2], "\"'’“”"))
		}
		return out
	}
	return nil
}

// tallies are the nouns that name a count of something (kinds.txt).
var tallies = cueSet("tally")

// countsWord reports whether w, a word a tally is of, is what a "how many"
// question counts: the counted noun in any of its forms or nearly its
// meaning, or, where the question counts people by what they did ("how
// many people died"), nearly the meaning of that verb ("death"); without a
// counted noun, any of the question's words.
func (e *Engine) countsWord(q *question, w string) bool {
	for _, tok := range e.analyze(w) {
		if q.countsTerm(tok.Term) {
			return true
		}
	}
	if q.counted != nil {
		if sim, ok := lexicon.Default().Similarity(strings.ToLower(q.counted.word), w); ok && float64(sim) >= countAlike {
			return true
		}
	}
	// a tally of the verb's deed ("the death toll") counts people in
	// general, not some of them ("how many children died")
	return (q.counted == nil || getFold(genericPeople, q.counted.word)) && q.deedWord(w)
}

// deedWord reports whether w is nearly the meaning (GloVe, softMin) of
// the verb a "how many" question counts by (countVerb): "death" of
// "died", "rescue" of "rescued"; false where it has none.
func (q *question) deedWord(w string) bool {
	if q.countVerb < 0 {
		return false
	}
	sim, ok := lexicon.Default().Similarity(strings.ToLower(q.terms[q.countVerb].word), w)
	return ok && sim >= softMin
}

// countedHead is the plural noun that heads the words after a number,
// before its phrase ends (a function word, a preposition, a verb of the
// few it may hold): "school *gyms*", "prefabricated housing *units*",
// "*heads* of state"; "" when none of them is plural.
func countedHead(after string) string {
	head := ""
	for lw := range numberPhrase(after) {
		if pluralNoun(lw) {
			head = lw
		}
	}
	return head
}

// numberPhrase yields the words after a number (after), lower case, up to
// where its phrase ends (a function word, an auxiliary, a preposition) and
// at most countAlikeWords of them: the words that say what it counts.
func numberPhrase(after string) iter.Seq[string] {
	return func(yield func(string) bool) {
		i := 0
		for w := range strings.FieldsSeq(after) { // (the first few words of a passage's rest: not all split)
			lw := bareWord(w)
			if i == countAlikeWords || lexicon.IsFunctionWord(lw) || auxiliaries[lw] || prepositions[lw] || !yield(lw) {
				return
			}
			i++
		}
	}
}

// countsAlike reports whether the plural noun a number counts, the first
// of the few words after it ("9,400 *homes* destroyed", "two nuclear
// *powers*"), means nearly what the question counts (GloVe, countAlike)
// and is of its kind (otherNounKind): "homes" for "houses", "officers"
// for "soldiers", not "troops" for "casualties"; nor a plural the
// question says besides the noun it counts (asked, its words), of which
// it asks something else. A noun of some sense WordNet gives the counted
// noun too counts it, though GloVe puts it further (countsKin:
// "operations" for "surgeries"; kin is lexicon.KinOf(counted), read once
// for the question). Units are not: "hours" and "years" stand near in
// GloVe, as amounts never are.
func countsAlike(counted string, kin lexicon.NounKin, after string, asked ...string) bool {
	if isUnitWord(counted) {
		return false
	}
	head := invariantHead(after)
	i := 0
	for w := range strings.FieldsSeq(after) {
		if i == countAlikeWords {
			break
		}
		i++
		w = bareWord(w)
		if genericPeople[counted] && genericPeople[w] {
			return true // "about 58,000 people" counts the folks asked about
		}
		if !pluralNoun(w) && w != head {
			continue
		}
		if w != counted && slices.Contains(asked, w) {
			return false // "how many tanks did they send with the troops": the question's own other noun is not what it counts
		}
		sim, ok := lexicon.Default().Similarity(counted, w)
		return (ok && float64(sim) >= countAlike || countsKin(counted, kin, w)) && !isUnitWord(w) && !otherNounKind(counted, w)
	}
	return false
}

// countsKin reports whether the plural noun a number counts (w) means
// what the question counts (counted) in some sense WordNet gives both,
// not only their commonest (lexicon.KinOf, NounKin.Shares): "41 *operations*"
// count surgeries, "48,000 *bookings*" reservations, though GloVe puts
// them below countAlike. Not for people in general ("how many folks"),
// whose words share rare senses with groups ("folk" and "family", kin),
// a count of which counts no people. kin is lexicon.KinOf(counted).
func countsKin(counted string, kin lexicon.NounKin, w string) bool {
	return !genericPeople[counted] && kin.Shares(w)
}

// invariantHead is the noun that ends a number's phrase (numberPhrase)
// with no plural "-s" where English has none ("40 Northjet *aircraft*",
// "3,000 *personnel*", "200 *sheep*"): after a number it counts in the
// plural whatever its form. A noun by WordNet's commonest senses, of a
// thing or a person (lexicon), and no function word or adjective; "" when
// the phrase ends otherwise.
func invariantHead(after string) string {
	last := ""
	for w := range numberPhrase(after) {
		last = w
	}
	if len(last) < 4 || strings.HasSuffix(last, "s") || lexicon.IsAdjective(last) || lexicon.IsVerb(last) {
		return ""
	}
	if lexicon.IsPhysicalNoun(last) || lexicon.IsPersonNoun(last) {
		return last
	}
	return ""
}

// otherNounKind reports whether nouns a and b are of different kinds, a
// person and no person by their commonest senses (WordNet's,
// lexicon.IsPersonNoun): GloVe puts "casualties" near "troops" and
// "tanks", words of one matter, but a number of troops counts no
// casualties, nor one of tanks any crews. (A noun for a group of people,
// "troops", "crew", is no person.)
func otherNounKind(a, b string) bool {
	return lexicon.IsPersonNoun(a) != lexicon.IsPersonNoun(b)
}

// countAlikeWords is how many words after a number its noun is looked for
// in; countAlike is the least GloVe similarity of a noun a number counts
// to the question's counted noun for the one to count the other: soft
// matching's, as for any word ("tents" count "shelters" at 0.72; at 0.75,
// as it was, the training sets score the same and a few more answerable
// questions of train3 and of the held-out sets are declined).
const (
	countAlikeWords = 4
	countAlike      = softMin
)

// countedOfOtherCountry reports whether the words after a number, up to
// the noun it counts, name a country ("several thousand *French* troops")
// other than the one the question qualifies its counted noun by ("how many
// *ukrainian* soldiers"): a count of another country's.
func (q *question) countedOfOtherCountry(after string) bool {
	if q.counted == nil {
		return false
	}
	at := slices.Index(q.words, strings.ToLower(q.counted.word))
	if at < 1 {
		return false
	}
	asked := countryName(q.words[at-1])
	if asked == "" {
		return false
	}
	i := 0
	for w := range strings.FieldsSeq(after) {
		lw := bareWord(w)
		if i == countAlikeWords || lexicon.IsFunctionWord(lw) || prepositions[lw] {
			break
		}
		if c := countryName(lw); c != "" && c != asked {
			return true
		}
		i++
	}
	return false
}

// countryName is the name of the country a word is of ("french":
// "france"), as lexicon.Countries groups them, or "".
func countryName(w string) string {
	if g := lexicon.CountryWords(strings.ToLower(unpossessed(strings.ReplaceAll(w, "’", "'")))); g != nil {
		return g[0]
	}
	return ""
}

// outsideNames is the words of after, the text after a number, outside
// any multi-word proper name: a run of two or more capitalised words
// ("owned by the Luxembourg-registered *Meridian Box Holdings*"). A word
// of a company's or a place's name is no noun the number counts; after a
// number, no capital opens a sentence.
func outsideNames(after string) string {
	words := strings.Fields(after)
	capital := func(i int) bool {
		return i >= 0 && i < len(words) && isCapital(strings.TrimLeft(words[i], "“\"‘'("))
	}
	kept := words[:0:0]
	for i, w := range words {
		if capital(i) && (capital(i-1) || capital(i+1)) {
			continue
		}
		kept = append(kept, w)
	}
	if len(kept) == len(words) {
		return after
	}
	return strings.Join(kept, " ")
}
