// "How long" answers: durations and lengths.

package qa

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// spanHowLong is extractSpan for "how long" questions.
func (e *Engine) spanHowLong(q *question, c *cand, anchors []span) span {
	text := c.p.Text
	lengths := e.lengths(q, text)
	if len(lengths) == 0 {
		if slices.ContainsFunc(q.words, func(w string) bool { return unitWords["length"][w] }) {
			// "how long is the line going to be in km": the unit the
			// question names asks for a length, whatever its verb
			lengths = e.lengthsIn(text)
		} else if x := asksLengthOfThing(q.words); x != "" {
			// a thing's length asked in the copula's future or with a
			// relative clause (asksLengthOfThing: "how long is the canal
			// going to be"), where the passage says the length of X itself
			// ("a 14-kilometre canal"); else X's time ("the embargo …
			// will last six months", not "the 40-kilometre strait"). A
			// pronoun ("how long is it going to be") or an X the passage
			// names nowhere takes no length of another thing either
			// ("The strike will shut the 40-kilometre motorway for six
			// days": six days; final re-read 25A F2, F9)
			lengths = e.lengthsOf(x, text)
		}
	}
	if s := nearest(lengths, anchors); s.end > s.start {
		// "how long is the canal": "98 kilometres", before the "two days"
		// the same sentence saves ships (a length, given, is what a thing
		// with no verb asked of it has)
		if u := wordAfter(text, s); u != "" {
			s.end = strings.Index(text[s.end:], u) + s.end + len(u)
		}
		return s
	}
	ds := e.durations(text)
	if q.report == earliestReport && len(ds) > 1 {
		if s := e.earliestDuration(q, text, ds); s.end > s.start {
			return s
		}
	}
	if s := nearest(ds, anchors); s.end > s.start {
		return s
	}
	dates := e.find(dateRE, text)
	if s := nearest(untilDates(text, dates), anchors); s.end > s.start {
		return s // "until at least the end of April"
	}
	return nearest(dates, anchors)
}

// durationOfAskedVerb reports whether span s of c's passage, the short
// answer to a "how long" question, is a duration that stands right after
// the verb the question asks, with at most "for" between ("will *last*
// six months", "*took* for two days"): the duration is that verb's
// complement, and the subject and verb before it only say the question
// back ("The closure of the tunnel will last" for "how long will the
// closure last"), so the duration answers bare rather than in its phrase.
func (e *Engine) durationOfAskedVerb(q *question, c *cand, s span) bool {
	if q.kind != KindHowLong || s.end <= s.start || s.end > len(c.p.Text) {
		return false
	}
	verb := askedLastVerb(q)
	if verb == "" {
		return false
	}
	text := c.p.Text
	if !slices.ContainsFunc(e.durations(text), func(d span) bool { return d.start <= s.start && s.end <= d.end }) {
		return false
	}
	before := strings.TrimRight(text[:s.start], " ")
	if w := lastWord(before); strings.EqualFold(w, "for") {
		before = strings.TrimRight(strings.TrimSuffix(before, w), " ")
	}
	w := lastWord(before)
	if w == "" || !strings.HasSuffix(before, w) {
		return false
	}
	if negatedVerb(strings.TrimSuffix(before, w)) || !durationEnds(text[s.end:]) {
		return false // "will not last six months", "took nine weeks longer than planned": the phrase says what the figure alone does not
	}
	lw := strings.ToLower(w)
	if irregularVerbOf(lw, verb) {
		return true // "took" for "take"
	}
	return e.sameVerb(lw, verb)
}

// negatedVerb reports whether the verb group that text ends before is
// negated: a negation (negationWord) among the auxiliaries and negations
// right before the verb ("will *not* last", "*won't* last", "has
// *never* been shut").
func negatedVerb(text string) bool {
	for {
		text = strings.TrimRight(text, " ")
		w := lastWord(text)
		if w == "" || !strings.HasSuffix(text, w) {
			return false
		}
		lw := strings.ReplaceAll(strings.ToLower(w), "’", "'")
		if negationWord(lw) {
			return true
		}
		base, ok := lexicon.AuxBase(lw)
		if !ok {
			return false
		}
		if base != lw {
			return true // an auxiliary written negated as one word: "cannot"
		}
		text = strings.TrimSuffix(text, w)
	}
}

// durationEnds reports whether a duration followed by rest ends what is
// said of it: rest opens on the clause's end, on "and" or "but", or on a
// preposition of where or when ("six months *from* May", "for six months
// *after* a roof collapse"); not where the duration's span stops inside a
// word ("nine weeks long|er"), nor where a word qualifies it: a
// comparison ("longer than", "more than", "or longer"), a degree ("*at*
// most") or a share of it (distributive: "per section", "each winter").
func durationEnds(rest string) bool {
	if r, _ := utf8.DecodeRuneInString(rest); rest != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false // the span stops inside a word
	}
	w, after := nextWord(rest)
	switch {
	case w == "" || !isLetters(w[:1]):
		return true // ",", ".", ";": the clause ends
	case w == "and" || w == "but":
		return true
	case prepositions[w] && !comparingPrepositions[w]:
		next, _ := nextWord(after)
		return !degreeWords[strings.Trim(next, ".,;")]
	}
	return false
}

// comparingPrepositions compare or share out what they follow ("nine
// weeks *than* planned", "six months *per* section"): a closed class of
// English, the prepositions no place or time follows.
var comparingPrepositions = wordSet("than as like unlike versus per")

// askedLastVerb is the verb a "how long" question ends on, past its
// particles and prepositions ("how long will the closure *last*", "how
// long did the talks *go* on for"): its last word of content, where an
// auxiliary that takes a bare verb (do-support, a modal) stands third,
// so that the word is read as the verb it takes whatever else it may be
// ("last"), or a perfect's auxiliary, where the word is a participle ("how
// long has the tunnel been *shut*"); "" otherwise ("how long has she been
// at the *port*", "how long is the line"). After a modal or do-support the
// word is the last of content whatever it is, a place too ("how long did
// they stay in *paris*"): the passage's duration right after that word
// ("stayed in Paris for three days") is then the one said of the stay.
func askedLastVerb(q *question) string {
	if len(q.words) < 4 {
		return ""
	}
	aux, ok := lexicon.AuxBase(q.words[2])
	if !ok || copulas[aux] || aux == "am" {
		return ""
	}
	perfect := aux == "has" || aux == "have" || aux == "had"
	for i := len(q.words) - 1; i >= 3; i-- {
		w := strings.Trim(q.words[i], "?!.,")
		if w == "" || lexicon.IsFunctionWord(w) || particles[w] || prepositions[w] {
			continue
		}
		if perfect && !lexicon.IsVerb(w) {
			return "" // a participle only: "has she been at the *port*"
		}
		return w
	}
	return ""
}

// asksLengthOfThing is X of a question that asks "how long is X" as
// asksLength does, reading two shapes it leaves to the passage's other
// figures as the length of a thing too, for the short answer alone: the
// copula's future ("is the line *going to be* end to end", chat's "gonna
// be") is the copula still, and a relative clause ("the wall *that
// protects the town*") says which thing is meant, its verb asking nothing.
// X is the head of the noun phrase before either: its last content word
// before a preposition ("the tram *line* to the airport", "the *wall*
// along the river that protects the town"). A verb asked of X ("is the queue
// *expected* to last"), a participle or particle after "going to be" (a
// state: "going to be *closed*") or an event noun (the closure, the trial,
// the ceasefire, by WordNet) asks a time, and gives "". Whether X has a
// length is the passage's to say (lengthsOf): the line has one, the
// embargo none. Where X is only a pronoun ("how long is *it* going to be")
// the pronoun is given, whose length is only one the passage says of it
// ("It will run 38 km"), else the time.
func asksLengthOfThing(w []string) string {
	if len(w) < 4 || w[0] != "how" || w[1] != "long" || !copulas[w[2]] {
		return ""
	}
	x, pronoun, head := "", "", false
	for i := 3; i < len(w); i++ {
		y := w[i]
		if relativePronouns[y] && i > 3 {
			break
		}
		if y == "going" && i+2 < len(w) && w[i+1] == "to" && w[i+2] == "be" {
			if i+3 < len(w) && statePredicate(w[i+3]) {
				return "" // a state X is to be in, "going to be *closed*", "… be *out*", "… be *open*": a time (final re-read 25A F1, 25D F1; not "… be *under* the river", "… *overall*": 25C F7)
			}
			break
		}
		if verbAsked(y) || lexicon.IsEventNoun(y) {
			// a verb asked of X ("how long is the queue *expected* to last"),
			// or an event, whose length is a time ("how long is the
			// closure gonna be": "six months", not the "2-kilometre
			// tunnel" it shuts), as asksExtent reads it
			return ""
		}
		if prepositions[y] && x != "" {
			head = true // (what follows qualifies X: "the tram line *to the airport*")
		}
		if !head && !lexicon.IsFunctionWord(y) {
			x = y
		}
		if x == "" && pronouns[y] {
			pronoun = y // ("how long is *it* going to be")
		}
	}
	if x == "" {
		return pronoun
	}
	return x
}

// statePredicate reports whether a question's word after "going to be"
// says a state, a participle, a particle or an adjective that is no adverb
// or preposition ("closed", "out", "open"; not "under", "overall").
func statePredicate(n string) bool {
	return pastForm(n) || particles[n] || lexicon.IsAdjective(n) && !lexicon.IsAdverb(n) && !prepositions[n]
}

// lengthsOf are the figures of text in a unit of length said of x itself,
// those after x's possessive or whose owner (lengthOwner, a small parse
// of the figure's sentence) is x: "a 14-kilometre *canal*", "the *line*'s 38-kilometre route", "the
// *line* opens in 2030 and will run 38 kilometres", "At 2 kilometres, the
// *bridge* …"; not a length of another thing beside x ("the embargo,
// covering the 40-kilometre strait", "the tunnel under the line will run
// 38 kilometres").
func (e *Engine) lengthsOf(x, text string) []span {
	xs := e.analyze(x)
	var out []span
	for _, s := range e.lengthsIn(text) {
		if owner := lastWord(text[:s.start]); endsGenitive(owner) && sameTerm(e.analyze(unpossessed(strings.ToLower(owner))), xs) {
			out = append(out, s) // x's own: "the line's 38-kilometre route"
			continue
		}
		if owner := lengthOwner(text, s); owner != "" && sameTerm(e.analyze(owner), xs) {
			out = append(out, s)
		}
	}
	return out
}

// lengthOwner is the noun (lower case) whose length the figure s of text
// gives, by a small parse of its sentence; "" where the parse finds none.
// It is
//   - for a figure hyphened to its unit, the head of the noun phrase it
//     qualifies (hyphenedHead: "a 14-kilometre *canal* linking");
//   - else the head of the subject of its clause (clauseSubject), where
//     the figure stands fronted before it ("At 2 kilometres, the
//     *bridge*"), inside it ("the 38 km *line*"), or is the measure of a
//     verb of its predicate ("the *line* will run 38 kilometres", "the
//     *canal* is 98 kilometres long"): a verb or auxiliary before it,
//     past function words and adverbs ("run *about*", "stretch *for*").
func lengthOwner(text string, s span) string {
	if strings.HasPrefix(text[s.end:], "-") {
		return hyphenedHead(text, s)
	}
	toks, fig := sentenceTokens(text, s)
	if fig < 0 {
		return ""
	}
	head, pred := clauseSubject(toks, clauseOpen(toks, fig), fig)
	if pred < 0 {
		return "" // no subject and predicate read
	}
	if fig < pred {
		return head // fronted or inside the subject
	}
	v := fig - 1
	for v > pred && !toks[v].mark && !isAux(toks[v].w) && (lexicon.IsFunctionWord(toks[v].w) || lexicon.IsAdverb(toks[v].w)) {
		v-- // ("will run *about* 38 kilometres", "stretch *for* 38 kilometres")
	}
	if w := toks[v].w; toks[v].mark || !isAux(w) && !lexicon.IsVerb(w) && !pastForm(w) {
		return "" // no verb measured: "the port, 38 kilometres away"
	}
	return head
}

// hyphenedHead is, for a figure s of text hyphened to its unit, the head
// of the noun phrase it qualifies: its last word before a function word,
// a preposition ("the 2-kilometre bridge *across* the bay"), an
// auxiliary, a mark or a verb (verbForm: "a 14-kilometre *canal*
// linking", "the 1.8-kilometre flood *wall*"); "" for none or another
// figure ("rose 12-fold.").
func hyphenedHead(text string, s span) string {
	rest, ok := strings.CutPrefix(text[s.end:], "-")
	if !ok {
		return ""
	}
	unit, after, ok := strings.Cut(rest, " ")
	if !ok || strings.ContainsAny(unit, ",.;:!?)—–") {
		return "" // (a mark ends the phrase at its unit)
	}
	head := ""
	for _, f := range strings.Fields(after) {
		w := strings.ToLower(strings.TrimRight(f, ".,;:)—–"))
		if w == "" || lexicon.IsFunctionWord(w) || prepositions[w] || isAux(w) || head != "" && verbForm(w, head) {
			break
		}
		head = w
		if w != strings.ToLower(f) {
			break // (a mark ends it)
		}
	}
	return head
}
