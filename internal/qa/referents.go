// What a follow-up's names and pronouns ("he", "there", "they") stand for, and putting them in.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// newName reports whether a word names someone or somewhere the previous
// question does not: "who is Macron?" stands on its own.
func (e *Engine) newName(w, prev string) bool {
	toks := e.analyze(w)
	if len(toks) == 0 {
		return false
	}
	if !isCapital(w) && !e.isPlace(w) && e.people[toks[0].Term] == nil {
		return false
	}
	for _, t := range e.analyze(prev) {
		if t.Term == toks[0].Term {
			return false
		}
	}
	return true
}

// entity is a name in a question, with its class.
type entity struct {
	span
	class string // "place", "person" or "name"
}

// entities finds the names in a question: capitalised runs, and places and
// people typed in lower case.
func (e *Engine) entities(text string) []entity {
	var out []entity
	for _, s := range nameSpans(text) {
		w := lower(text[s.start:s.end])
		if questionWords[w] || auxiliaries[w] || imperatives[w] {
			continue
		}
		out = append(out, entity{s, e.classOf(text[s.start:s.end])})
	}
	for _, t := range e.analyze(text) {
		word := text[t.Start:t.End]
		if isCapital(word) {
			continue
		}
		inside := false
		for _, x := range out {
			inside = inside || t.Start < x.end && t.End > x.start
		}
		if inside {
			continue
		}
		if e.isPlace(word) || e.people[t.Term] != nil {
			sp := span{t.Start, t.End}
			// with the word before, where the articles write the two as
			// one name: "world bank" is the World Bank, not a bank
			if before := lastWord(strings.TrimRight(text[:t.Start], " ")); before != "" && !stopLike[lower(before)] && e.vocab.pairs[lower(before)+" "+lower(word)] != "" {
				sp.start = strings.LastIndex(text[:t.Start], before)
			}
			// (the word before may be a name found already, "wend" of
			// "save wend meadows": the name joined with it replaces any
			// name it overlaps)
			out = slices.DeleteFunc(out, func(x entity) bool { return x.start < sp.end && x.end > sp.start })
			out = append(out, entity{sp, e.classOf(text[sp.start:sp.end])})
		}
	}
	slices.SortFunc(out, func(a, b entity) int { return a.start - b.start })
	return out
}

// classOf says what kind of name a name is.
func (e *Engine) classOf(name string) string {
	words := strings.Fields(name)
	if e.isPlace(name) || len(words) > 0 && isDemonym(words[0]) || len(words) > 0 && e.isPlace(words[len(words)-1]) {
		return "place"
	}
	for _, t := range e.analyze(name) {
		if e.people[t.Term] != nil {
			return "person"
		}
	}
	return "name"
}

// askOf asks of x what the previous question, a "who" question framed as
// pf, asked who did: "who refused to deploy troops" "and the us?" asks
// "did US refuse to deploy troops", "who is sending troops" "and japan?"
// asks "is japan sending troops", "who has to sign off" "what about the
// kremlin" asks "does kremlin have to sign off".
func askOf(x string, pf qframe) string {
	rest := pf.rest
	aux := lower(pf.aux)
	switch {
	case (aux == "has" || aux == "have" || aux == "had") && len(rest) > 0 && lower(rest[0]) == "to":
		do := map[string]string{"has": "does", "have": "do", "had": "did"}[aux]
		return strings.Join(slices.Concat([]string{do, x, "have"}, rest), " ")
	case aux != "":
		return strings.Join(slices.Concat([]string{aux, x}, rest), " ")
	case len(rest) > 0:
		v := lower(rest[0])
		if base, ok := lexicon.VerbBase(v); ok && base != v {
			do := "did" // "refused", "sent"
			if v == base+"s" || v == base+"es" {
				do = "does" // "leads"
			}
			return strings.Join(slices.Concat([]string{do, x, base}, rest[1:]), " ")
		}
	}
	return strings.Join(slices.Concat([]string{x}, strings.Fields(pf.aux), rest), " ")
}

// substitute puts x in the previous question in place of the name or noun
// it stands for: a name of the same kind (the one that is not in a
// prepositional phrase, which only sets the scene), else the noun the
// previous question asks about; with neither, x is added.
func (e *Engine) substitute(prev, x string) string {
	x = strings.TrimSpace(x)
	if x == "" {
		return prev
	}
	xw := wordsOf(x)
	if len(xw) > 1 && (lower(xw[0]) == "the" || lower(xw[0]) == "a" || lower(xw[0]) == "an") {
		x = strings.Join(xw[1:], " ")
		xw = xw[1:]
	}
	if n := len(xw); n > 1 && (lower(xw[n-1]) == "one" || lower(xw[n-1]) == "ones") {
		// "and the stadium one?" after "who wrote the donors article":
		// "one" stands for the previous question's article noun, its
		// modifier for the one before it
		pw := wordsOf(prev)
		for i := 1; i < len(pw); i++ {
			if !articleNouns[lower(pw[i])] {
				continue
			}
			from := i - 1
			for from > 0 && !stopLike[lower(pw[from-1])] && !auxiliaries[lower(pw[from-1])] && !articleNouns[lower(pw[from-1])] {
				from--
			}
			if from < i {
				return strings.Join(slices.Concat(pw[:from], xw[:n-1], pw[i:]), " ")
			}
		}
	}
	if len(xw) > 1 && prepositions[lower(xw[0])] {
		// "and in port lisle?" after "how high did the river get at
		// brackenford", "and for long flights?" after "what do passengers
		// get for cancelled flights": the phrase takes the place of the
		// previous question's phrase of the same preposition, or of a
		// place one for a place
		if out, ok := e.replacePhrase(prev, xw); ok {
			return out
		}
	}
	class := "thing"
	if len(e.entities(x)) > 0 || isCapital(x) {
		class = e.classOf(x)
	}
	ents := e.entities(prev)
	var same []entity
	for _, en := range ents {
		if en.class == class {
			same = append(same, en)
		}
	}
	if len(same) == 0 && class != "thing" && len(ents) == 1 {
		same = ents // "what did Macron say?" "and Germany?"
	}
	if len(same) > 0 {
		pick := 0
		for i, en := range same {
			if !e.afterLocative(prev, en.start) {
				pick = i
				break
			}
		}
		// with the names coordinated with it: "and germany?" after "r
		// france n the uk sending troops" asks of Germany, not of Germany
		// and the UK
		from, to := same[pick], same[pick]
		for i := pick + 1; i < len(same) && joinsNames(prev[to.end:same[i].start]); i++ {
			to = same[i]
		}
		for i := pick - 1; i >= 0 && joinsNames(prev[same[i].end:from.start]); i-- {
			from = same[i]
		}
		return prev[:from.start] + x + prev[to.end:]
	}
	pf := frameOf(wordsOf(prev))
	if k, _ := classify(prev); k == KindWho && class != "thing" && len(pf.qw) > 0 {
		return askOf(x, pf)
	}
	if lx := lower(x); len(xw) == 1 && class == "thing" && (pastVerb(lx) || participles[lx]) {
		// "and injured?" after "how many ppl died": the deed, not who
		// did it, is what the follow-up changes
		for i := len(pf.rest) - 1; i >= 0; i-- {
			if w := lower(pf.rest[i]); pastVerb(w) || participles[w] {
				rest := slices.Clone(pf.rest)
				rest[i] = x
				out := slices.Clone(pf.qw)
				if beForms[lower(pf.aux)] {
					out = append(out, pf.aux) // "how many were killed": "how many were injured"; "have died" leaves its "have"
				}
				return strings.Join(append(out, rest...), " ")
			}
		}
	}
	if n := pf.noun(); len(n) > 0 && class == "thing" {
		// "and ships?" after "how many troops …"
		last := n[len(n)-1]
		if at := strings.Index(prev, last); at >= 0 {
			return prev[:at] + x + prev[at+len(last):]
		}
	}
	if class == "thing" && len(xw) == 1 {
		// "and cars?" after "when did buses go back on the bridge": the
		// word it takes the place of is the previous question's word
		// nearest it in meaning (GloVe, at soft matching's least)
		pw := wordsOf(prev)
		best, at := float32(softMin), -1
		for i, w := range pw {
			lw := lower(w)
			if lexicon.IsFunctionWord(lw) || auxiliaries[lw] || lw == lower(x) {
				continue
			}
			if sim, ok := lexicon.Default().Similarity(lower(x), lw); ok && sim >= best {
				best, at = sim, i
			}
		}
		if at >= 0 {
			pw[at] = x
			return strings.Join(pw, " ")
		}
	}
	return strings.TrimRight(prev, "?!. ") + " " + x
}

// replacePhrase puts the prepositional phrase xw in place of prev's last
// phrase opened by the same preposition, or, for a phrase of place ("in
// port lisle"), by any preposition of place ("at brackenford"); the
// phrase replaced runs to the next preposition or the question's end. ok
// is false when prev has no such phrase.
func (e *Engine) replacePhrase(prev string, xw []string) (string, bool) {
	pw := wordsOf(prev)
	prep := lower(xw[0])
	at := -1
	for i := len(pw) - 2; i >= 1 && at < 0; i-- {
		if w := lower(pw[i]); w == prep || placePreps[prep] && placePreps[w] {
			at = i
		}
	}
	if at < 0 {
		return "", false
	}
	return strings.Join(slices.Concat(pw[:at], xw, pw[phraseEnd(pw, at):]), " "), true
}

// phraseEnd is where the phrase opened by the preposition at i of words
// ends: at the next preposition, at a verb or an auxiliary past the
// phrase's first word ("in kessby *lost* power"), at a word of time
// ("in kessby *last* week"), or at the words' end.
func phraseEnd(words []string, i int) int {
	for k := i + 1; k < len(words); k++ {
		w := lower(words[k])
		if prepositions[w] || k > i+1 && (auxiliaries[w] || pastVerb(w) || lexicon.IsVerb(w) || timeScope[w] || timeNouns[w] || w == "last" || w == "next") {
			return k
		}
	}
	return len(words)
}

// joinsNames reports whether the words between two names join them in
// one coordination (coordinated: "and", a comma, "the"), chat's "n" and
// "&" and "or" read as "and"; not nothing at all.
func joinsNames(between string) bool {
	b := chatJoiners.Replace(" " + strings.ToLower(between) + " ")
	return strings.TrimSpace(b) != "" && coordinated(b)
}

var chatJoiners = strings.NewReplacer(" n ", " and ", " & ", " and ", " or ", " and ")

// afterLocative reports whether the word before at is a preposition ("in
// Paris", "to Ukraine").
func (e *Engine) afterLocative(text string, at int) bool {
	before := wordsOf(text[:at])
	if len(before) > 0 && (lower(before[len(before)-1]) == "the") {
		before = before[:len(before)-1]
	}
	return len(before) > 0 && locatives[lower(before[len(before)-1])]
}

// personIn is whom "he" or "she" stands for after prev: the person prev
// names, else the one its own noun phrase of a person describes ("the
// keldhaven mayor") where it did not ask who, else its answer when it
// asked who.
func (e *Engine) personIn(prev string, answer func() *Answer) string {
	for _, en := range e.entities(prev) {
		// (a thing's name, "caswell bridge", is no one's: namesThing, which
		// asks the articles too, as "Sarah Stone" also ends on a noun)
		if name := prev[en.start:en.end]; (en.class == "person" || en.class == "name" && !e.isPlace(name) && e.personLike(name)) && !e.namesThing(name) {
			return name
		}
	}
	k, _ := classify(prev)
	if k != KindWho {
		// "what does the keldhaven mayor think of the strike" "did she do
		// anything": she is the mayor the question spoke of, not whoever
		// else its answer's passage names; a question asking who answers
		// with the person, whose name is the better referent
		if np := personPhrase(wordsOf(prev)); np != "" {
			return np
		}
	}
	if k == KindWho || k == KindSaid {
		a := answer()
		if a.Answered && a.Short != "" && !e.isPlace(a.Short) && e.personLike(a.Short) {
			if namesOnly(a.Short) {
				return a.Short
			}
			// an answer that names its person among other words ("Transport
			// Secretary Helen Achebe said on Thursday"): the name
			if name := e.personNamed(a.Short); name != "" {
				return name
			}
		}
		if a.Answered && len(a.Passages) > 0 {
			// the answer is a title or a place: the person its passage names
			return e.personNamed(a.Passages[0].Text)
		}
	}
	return ""
}

// personNamed is the first name of a person of two words or more in text,
// or "".
func (e *Engine) personNamed(text string) string {
	for _, n := range e.names(text) {
		if name := text[n.start:n.end]; !e.isPlace(name) && e.personLike(name) && wordCount(name) > 1 {
			return name
		}
	}
	return ""
}

// placeIn is where "there" stands for after prev: the place prev names,
// else the first place its answer's passage names.
func (e *Engine) placeIn(prev string, answer func() *Answer) string {
	// where something happens first ("in Paris"), before a place that only
	// qualifies a noun ("the us delegation": the delegation is not there)
	for _, scene := range []bool{true, false} {
		for _, en := range e.entities(prev) {
			if en.class == "place" && e.isPlace(prev[en.start:en.end]) && (!scene || e.afterLocative(prev, en.start)) {
				return prev[en.start:en.end]
			}
		}
		if a := answer(); scene && a.Answered && a.found() != "" {
			// the short answer before the passage around it: what the
			// previous turn gave the asker is what "there" points back
			// to first ("whos veronica alvial" "Tocopilla Mayor Verónica
			// Alvial": there is Tocopilla, though the passage goes on to
			// "help sent to Calama"); a place that qualifies the one
			// answered is still where that one is. Only after a question
			// of a person, as personIn reads one: a sentence answering
			// "what" holds places of its own telling, the longest of which
			// need not be where anything is
			if k, _ := classify(prev); k == KindWho || k == KindSaid {
				if place := e.placeWithin(a.found()); place != "" {
					return place
				}
			}
		}
		if a := answer(); a.Answered && len(a.Passages) > 0 {
			text := a.Passages[0].Text
			for _, n := range e.names(text) {
				if e.isPlace(text[n.start:n.end]) && (!scene || sceneAt(text, n.start)) {
					return text[n.start:n.end]
				}
			}
		}
	}
	return ""
}

// groupIn is what "they" stands for after prev: its answer when it asked
// who, else the names it gives.
func (e *Engine) groupIn(prev string, answer func() *Answer) string {
	if k, _ := classify(prev); k == KindWho {
		if a := answer(); a.Answered && a.found() != "" {
			return a.found() // the names, not the words shown around them
		}
	}
	var names []string
	places := true
	for _, en := range e.entities(prev) {
		name := prev[en.start:en.end]
		names = append(names, name)
		places = places && (en.class == "place" || e.namesThing(name) && prepositionOpens(prev, en.start))
	}
	if places {
		// "what did kct offer them" after "why are the keldhaven dockers on
		// strike": where the question names no one but places, or nothing,
		// people, whom a place is not, are the plural noun it spoke of,
		// with the words before it that qualify it; so too where it names
		// only things, one each, where a preposition opens the name's
		// phrase ("how big were they" after "did they find more cracks on
		// the caswell bridge": the cracks, not the bridge; a name that
		// acts, "the world bank pledged", is an organisation's)
		if np := pluralPhrase(wordsOf(prev)); np != "" {
			return np
		}
	}
	return strings.Join(names, " and ")
}

// prepositionOpens reports whether a preposition opens the phrase that
// starts at at in text, past its article ("*on* the caswell bridge").
func prepositionOpens(text string, at int) bool {
	words := strings.Fields(text[:at])
	for i := len(words) - 1; i >= 0; i-- {
		w := lower(strings.Trim(words[i], ",;:\"“”"))
		if !articles[w] {
			return prepositions[w]
		}
	}
	return false
}

// personPhrase is the first singular English noun of a person (WordNet:
// "mayor", "secretary", "scientist") of words, with the words before it
// of its phrase, from its determiner ("the port lisle mayor"), or "".
func personPhrase(words []string) string {
	for i := 1; i < len(words); i++ {
		lw := lower(words[i])
		if !lexicon.IsPersonNoun(lw) || pluralNoun(lw) || irregularPersonPlural(lw) || stopLike[lw] || lexicon.IsFunctionWord(lw) || auxiliaries[lw] {
			continue
		}
		return phraseBefore(words, i, phraseVerb)
	}
	return ""
}

// irregularPersonPlural reports whether w (lower case) is the plural of a
// noun of a person that pluralNoun does not read: one no ending makes, by
// WordNet's noun exceptions ("women", "children": final read FI2), or one
// in "-s" of a noun the dictionary lacks, which pluralNoun leaves as it
// leaves "-is" and "-us" words ("ranis", "sadhus"). A word in "-s" is no
// singular here: the person nouns in "-s" ("witness", "boss") yield no
// other singular (lexicon.Singulars), so this needs no test of the ending
// (final read FK10). "people", the plural of "person" WordNet's exceptions
// leave out, is one too, as describedSpeaker reads it (LB9).
func irregularPersonPlural(w string) bool {
	if w == "people" {
		return true
	}
	for s := range lexicon.Singulars(w) {
		if s != w && lexicon.IsPersonNoun(s) {
			return true
		}
	}
	return false
}

// phraseVerb reports whether w (lower case), standing before a noun,
// is a verb's form rather than a word of the noun's phrase: a verb's
// tense or participle, or a verb no noun is ("what did police *tell*
// mayor"); its modifiers may be words English also uses as verbs, "the
// transport secretary" (final read FI3).
func phraseVerb(w string) bool {
	return pastVerb(w) || ingVerb(w) || lexicon.IsVerb(w) && !knownNoun(w)
}

// modifiersBefore is where the words that modify words[i] start: the
// index of the first of the words right before it, at most most of them,
// that modifier accepts (i where none does). phraseBefore and saysDefinite
// walk back so from a noun.
func modifiersBefore(words []string, i, most int, modifier func(string) bool) int {
	from := i
	for from > 0 && from > i-most && modifier(words[from-1]) {
		from--
	}
	return from
}

// phraseBefore is words[i] with the words before it of its phrase: up to
// three words of substance (no function word, auxiliary or word verb
// reports a verb of, given in lower case), and a determiner opening them.
func phraseBefore(words []string, i int, verb func(string) bool) string {
	from := modifiersBefore(words, i, 3, func(w string) bool {
		w = lower(w)
		return !stopLike[w] && !auxiliaries[w] && !verb(w) && !lexicon.IsFunctionWord(w)
	})
	if from > 0 && nounOpeners[lower(words[from-1])] {
		from--
	}
	return strings.Join(words[from:i+1], " ")
}

// pluralNounAt reports whether words[i], a word that may be a verb's
// present ("cracks", "docks"), stands where only a noun can: after a
// determiner or an adjective ("more cracks"), an auxiliary or a
// preposition ("are ships going", "on ships"), or a verb's bare form a
// plural subject or a do-auxiliary makes a verb ("did inspectors *find*
// cracks", "will the council *find* cracks"); or after a noun that
// modifies it in a phrase so placed ("find more *bridge* cracks"). Where
// no such word stands before, the word may be a singular subject's verb
// ("the ferry docks at noon").
func pluralNounAt(words []string, i int) bool {
	if i < 1 {
		return false
	}
	before := func(j int, w string) bool {
		return nounSlotLower(w) || auxiliaries[w] || prepositions[w] || agreeingVerb(words, j)
	}
	prev := lower(words[i-1])
	if before(i-1, prev) {
		return true
	}
	// a noun modifier, "bridge", inside a phrase its determiner or
	// adjective opens, which stands after such a word itself
	if i < 3 || !knownNoun(prev) || !nounSlot(words[i-2]) {
		return false
	}
	w := lower(words[i-3])
	return !nounSlotLower(w) && before(i-3, w)
}

// agreeingVerb reports whether words[j] is a verb's bare form ("find")
// that reads as the verb, not as a noun: no determiner or adjective opens
// it, and a plural subject stands right before it ("inspectors find") or
// a do-auxiliary or modal before that ("did the council find").
func agreeingVerb(words []string, j int) bool {
	if j < 1 {
		return false
	}
	subject := lower(words[j-1])
	if nounSlotLower(subject) || auxiliaries[subject] {
		return false
	}
	w := lower(words[j])
	if b, ok := lexicon.VerbBase(w); !ok || b != w || lexicon.IsSayingVerb(w) {
		return false // a verb of saying takes a clause, not an object ("did they say the bridge cracks")
	}
	if pluralNoun(subject) && !presentVerb(subject) || irregularPersonPlural(subject) || subject == "they" || subject == "we" {
		return true
	}
	return slices.ContainsFunc(words[:j-1], func(w string) bool { return bareVerbAux(lower(w)) })
}

// pluralPhrase is the last plural noun of words (not one of time: "for
// days"; one no ending makes too, "women", "people":
// irregularPersonPlural) with the words before it of its phrase, from its
// determiner ("the keldhaven dockers"), or "". A word that may be a
// verb's present ("cracks", "ships") is the noun only where no verb of a
// singular subject can stand (pluralNounAt).
func pluralPhrase(words []string) string {
	for i := len(words) - 1; i >= 1; i-- {
		lw := lower(words[i])
		if !pluralNoun(lw) && !irregularPersonPlural(lw) || stopLike[lw] || lexicon.IsFunctionWord(lw) || auxiliaries[lw] || presentVerb(lw) && !pluralNounAt(words, i) || timeScope[lw] || timeNouns[strings.TrimSuffix(lw, "s")] {
			continue
		}
		return phraseBefore(words, i, lexicon.IsVerb)
	}
	return ""
}

// placeWithin is the longest place a short answer names among its
// capitalised words, though a name runs on around it ("Tocopilla" of
// "Tocopilla Mayor Verónica Alvial", which reads as one name); "" when it
// names none. The words must be a place whole, as the gazetteer and the
// articles write it (not through a last word that is one, as isPlace
// reads a name: "Mayor of Marsby" is a title), and no mark may stand
// inside them ("Ruiz, Port Lisle" is two names).
func (e *Engine) placeWithin(found string) string {
	words := strings.Fields(found)
	for n := min(3, len(words)); n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			span := strings.Trim(strings.Join(words[i:i+n], " "), placeEdgeMarks)
			if span == "" || !isCapital(span) || strings.ContainsAny(span, placeInnerMarks) || !e.places[foldName(span)] {
				continue
			}
			return span
		}
	}
	return ""
}

// placeEdgeMarks are the marks trimmed from a place's ends;
// placeInnerMarks those no place holds inside (a period or an apostrophe
// may: "St. Ives", "Martha's Vineyard").
const (
	placeEdgeMarks  = ",.;:!?\"“”'’()"
	placeInnerMarks = ",;:!?\"“”()"
)
