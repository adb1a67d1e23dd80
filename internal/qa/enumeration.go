// Counting by a list: indefinite articles, enumerations, listed kinds.

package qa

import (
	"iter"
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// countsOneByArticle reports whether text counts one of what a "how many"
// question counts by the indefinite article, the numeral "one" unstressed,
// where no number does: "a" or "an", then the counted noun itself in the
// singular as the head of the phrase ("agreed to establish *a
// U.S.-Ukraine-Coalition coordination cell* in Paris" for "how many
// coordination cells").
func (e *Engine) countsOneByArticle(q *question, c *cand) bool {
	if q.counted == nil || q.measure != "" || asksMuch(q) || !slices.ContainsFunc(c.toks, func(t index.Token) bool { return t.Term == q.counted.term }) {
		return false // (nor where the passage never says the noun: most, and cheap to tell)
	}
	for range e.countedArticles(q, c.p.Text) {
		return true
	}
	return false
}

// indefiniteRE matches the indefinite article and the space after it.
var indefiniteRE = regexp.MustCompile(`\b(?:[Aa]n?) `)

// countedArticles yields each indefinite article of text ("a ", "an ")
// whose phrase the counted noun's singular heads (countedHeadEnd), with
// that head's end: countsOneByArticle and listedByArticle walk the same
// heads.
func (e *Engine) countedArticles(q *question, text string) iter.Seq2[span, int] {
	return func(yield func(span, int) bool) {
		for _, m := range e.find(indefiniteRE, text) { // (remembered per passage)
			if end := e.countedHeadEnd(q, text, m.end); end >= 0 && !yield(m, end) {
				return
			}
		}
	}
}

// countedHeadEnd is where the head of the words of text from at ends,
// before their phrase ends (as numberPhrase's), where that head is the
// singular of the noun a "how many" question counts; -1 where it is not.
func (e *Engine) countedHeadEnd(q *question, text string, at int) int {
	head, headEnd, i := "", -1, 0
	for pos := at; pos < len(text) && i < countAlikeWords; i++ {
		for pos < len(text) && text[pos] == ' ' {
			pos++
		}
		j := strings.IndexByte(text[pos:], ' ')
		if j < 0 {
			j = len(text) - pos
		}
		raw := text[pos : pos+j]
		w := strings.TrimRight(raw, ",;:.)!?\"'’”")
		lw := bareWord(w)
		if lw == "" || lexicon.IsFunctionWord(lw) || auxiliaries[lw] || prepositions[lw] {
			break
		}
		if ordinals[lw] != 0 || lw == "another" || lw == "further" {
			return -1 // "a second coordination cell": one more, not one
		}
		head, headEnd = lw, pos+len(w)
		pos += j
		if len(w) < len(raw) {
			break // a mark closes the phrase: "… coordination cell."
		}
	}
	if head == "" || pluralNoun(head) {
		return -1
	}
	// the counted noun itself, not a word near it: "a multinational
	// force" is one force, not one of the troops asked about
	if toks := e.analyze(head); len(toks) == 1 && toks[0].Term == q.counted.term {
		return headEnd
	}
	return -1
}

// listedByArticle is, for a "how many" question that counts things, a
// coordination of two or more phrases each headed by the counted noun in
// the singular after the indefinite article, which counts them by naming
// each, and how many: "a joint declaration by all the coalition countries
// and a trilateral declaration by France, Britain and the US" gives two
// declarations, and the span "joint declaration … and a trilateral
// declaration" (from past the first article: fewer than maxShortWords
// words, or none). The phrases are joined by "and" or a comma within one
// sentence (listJoin); "or" offers a choice, no count; an empty span when
// there is none.
func (e *Engine) listedByArticle(q *question, text string) (span, int) {
	var from int // past the first item's article
	var last span
	n, byAnd := 0, false
	for m, end := range e.countedArticles(q, text) {
		if n > 0 && m.start >= last.end {
			if join, and := listJoin(text[last.end:m.start]); join {
				n, last, byAnd = n+1, span{m.start, end}, and
				continue
			}
		}
		if n >= 2 && byAnd {
			break
		}
		from, last, n = m.end, span{m.start, end}, 1
	}
	if n < 2 || !byAnd || wordCount(text[from:last.end]) >= maxShortWords {
		// (an English list ends with "and": "a declaration, a short
		// declaration of intent" restates one, an apposition)
		// (a list of long phrases, with the count the answer puts
		// before it, would be no short answer)
		return span{}, 0
	}
	return span{from, last.end}, n
}

// listJoin reports whether gap, the words between one item of a list and
// the next, closes the first and joins the next (join), and by "and": it ends in "and" or a
// comma, holds no sentence's or clause's end (a full stop, a question or
// exclamation mark, a semicolon, a colon, an auxiliary's clause) and is
// short enough for one phrase's tail (listJoinMax bytes).
func listJoin(gap string) (join, and bool) {
	if len(gap) > listJoinMax || strings.ContainsAny(gap, ".;:?!") {
		return false, false
	}
	g := strings.ToLower(gap)
	if anyWord(g, ",", func(w string) bool { return auxiliaries[w] }) {
		return false, false // "a fishing treaty *is* due next year, and a water treaty": a clause between, no phrase's tail
	}
	and = strings.HasSuffix(g, " and ")
	return and || strings.HasSuffix(g, ", "), and
}

// listJoinMax is the longest tail of a listed phrase after its head
// ("by all the coalition countries and ") that listJoin reads.
const listJoinMax = 80

// enumeration is, for a "how many" question that counts people or
// countries, the names that count them where no number does, and how many
// there are ("Croatia and the Czech Republic said they would not deploy
// troops", "the French and British army chiefs"): every item a name of the
// kind counted (a country, or someone's name), or a people's adjective
// before the counted noun, in the clause of the question's verb; an empty
// span when there is none.
func (e *Engine) enumeration(q *question, text string) (span, int) {
	if q.counted == nil || q.measure != "" || asksMuch(q) {
		return span{}, 0
	}
	country, person, verb := q.countedAsks()
	if !country && !person {
		if s, n := e.listedKinds(q, text); n > 0 {
			return s, n
		}
		return e.listedByArticle(q, text)
	}
	if verb < 0 {
		return span{}, 0 // "how many soldiers does Ukraine have": names say nothing of a number had
	}
	for _, r := range e.enumRuns(text) {
		// (the runs after a preposition of place, or joined by commas
		// alone, left out: enumRuns)
		if !slices.ContainsFunc(r.toks, func(t index.Token) bool {
			return q.stands(t.Term, verb) || q.terms[verb].unknown && q.asksOther(t.Term, verb)
		}) && !e.objectSays(q, verb, r.toks) {
			// the names do what the question asks, in its words or the
			// articles' for them; where no article uses its verb ("sit
			// down with"), no clause can: one that holds another of its
			// words, not the counted noun, does
			continue
		}
		all, names := r.all, r.persons
		if country {
			names = r.countries // a country, not a continent or a city ("Europe and the US")
		}
		if r.demonyms && person {
			// "the French and British army chiefs": the people's
			// adjectives before what is counted
			rest := firstFields(text[all.end:], 3)
			for k := range rest {
				if w := strings.ToLower(strings.Trim(rest[k], ",.;:")); slices.ContainsFunc(e.analyze(w), func(t index.Token) bool { return q.countsTerm(t.Term) }) {
					return span{all.start, all.end + strings.Index(text[all.end:], rest[k]) + len(strings.Trim(rest[k], ",.;:"))}, r.n
				}
			}
			continue
		}
		if names && !r.demonyms && r.next != "of" && !r.nounAfter {
			return all, r.n
		}
	}
	return span{}, 0
}

// countedAsks is what enumeration reads of a "how many" question whose
// counted noun is set: whether it asks for countries (wantsCountry) or
// people (the counted noun's commonest sense a person), and its verb of
// what it counts, the first term after the counted noun (-1 for none);
// remembered for the question (enumeration reads it for every candidate).
func (q *question) countedAsks() (country, person bool, verb int) {
	a := recall(q, func(m *freeMemo) *remembered[countedAsk] { return &m.counted }, func() countedAsk {
		a := countedAsk{country: q.wantsCountry(), person: meansPerson(strings.ToLower(q.counted.word)), verb: -1}
		// the question's verb of what it counts: the first after the counted noun
		for i := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.counted.term }) + 1; i > 0 && i < len(q.terms); i++ {
			if w := strings.ToLower(q.terms[i].word); lexicon.IsVerb(w) || pastVerb(w) {
				a.verb = i
				break
			}
		}
		return a
	})
	return a.country, a.person, a.verb
}

// countedAsk is countedAsks's answer, as a freeMemo remembers it.
type countedAsk struct {
	country, person bool
	verb            int
}

// countsPeople reports whether a question's counted noun (set) means
// people by its commonest sense, as countedAsks remembers it: where it
// does not, partOfPeople is false whatever the passage says.
func (q *question) countsPeople() bool {
	_, person, _ := q.countedAsks()
	return person
}

// lightVerbs are English's light verbs, a closed class: verbs that mean
// little without their object ("put their names on", "make a pledge",
// "hold talks"), not "signed", "rejected", whose meaning is their own.
var lightVerbs = wordSet("put make get take have give do hold keep set")

// objectSays reports whether a clause (its analysed tokens) says the deed
// of a question whose verb, at verb among its terms, is a light verb
// (lightVerbs), which means little without its object: the clause holds every word of the question after the verb that
// the articles use, and one at least ("Macron, Zelensky and Starmer signed
// *a declaration of intent*" for "how many ppl put their names on the
// declaration of intent").
func (e *Engine) objectSays(q *question, verb int, toks []index.Token) bool {
	if base, ok := lexicon.VerbBase(strings.ToLower(q.terms[verb].word)); !ok || !lightVerbs[base] {
		return false
	}
	n := 0
	for _, t := range q.terms[verb+1:] {
		if t.unknown || t.entity {
			continue
		}
		if !spells(t, toks) {
			return false
		}
		n++
	}
	return n > 0
}

// nounAfterNames reports whether rest, what follows a run of names, opens
// on a noun for people or a plural noun, in lower case: the names qualify it, as a compound's
// first words do ("the Port and Transport Workers' Union *members*"), and
// are not themselves who did it ("Obi and Achebe *backed* the plan").
func nounAfterNames(rest string) bool {
	w := firstWord(rest)
	if w == "" || !strings.HasPrefix(rest, " ") || strings.ToLower(w) != w {
		return false
	}
	return meansPerson(w) || pluralNoun(w) && !lexicon.IsVerb(w) && !lexicon.IsFunctionWord(w) && knownNoun(w)
}

// listedKinds is, for a "how many" question that counts things, the kinds
// a passage lists right before the counted noun, and how many: "across
// air, land, and sea domains" gives three domains; an empty span when
// there is none.
func (e *Engine) listedKinds(q *question, text string) (span, int) {
	for _, tok := range e.analyze(text) {
		if !q.countsTerm(tok.Term) || !pluralNoun(strings.ToLower(text[tok.Start:tok.End])) {
			continue
		}
		m := kindListRE.FindStringSubmatchIndex(text[:tok.Start])
		if m == nil {
			continue
		}
		list := text[m[2]:m[3]]
		n := 0
		for _, it := range kindListSplit.Split(list, -1) {
			if it = strings.TrimSpace(it); it == "" {
				continue
			}
			if lexicon.IsFunctionWord(strings.ToLower(it)) || isDigit(it[0]) {
				n = 0 // "the, a", a number: no list of kinds
				break
			}
			n++
		}
		if n >= 2 {
			return span{m[2], tok.End}, n
		}
	}
	return span{}, 0
}

// kindListRE matches a list of two or more single words closing a text, as
// they stand before a noun ("air, land, and sea "); kindListSplit splits
// it into its items.
var (
	kindListRE    = regexp.MustCompile(`(?:^|[^\p{L}\-])((?:[\p{L}\-]+, )+(?:and |or )?[\p{L}\-]+|[\p{L}\-]+ (?:and|or) [\p{L}\-]+) $`)
	kindListSplit = regexp.MustCompile(`,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+`)
)

// nameRuns groups names (spans of text) that stand in one enumeration,
// joined only by commas and "and" ("Croatia and the Czech Republic",
// "Macron, Zelensky and British Prime Minister Keir Starmer"): runs of two
// or more. Each run is cut from names, clipped (names may be a memo's:
// an append to a run copies), not gathered a name at a time.
func nameRuns(text string, names []span) [][]span {
	var out [][]span
	from := 0 // the current run is names[from:k]
	for k := 1; k <= len(names); k++ {
		if k < len(names) && enumerationGap(text[names[k-1].end:names[k].start]) {
			continue
		}
		if k-from >= 2 {
			out = append(out, names[from:k:k])
		}
		from = k
	}
	return out
}

// enumerationGap reports whether the text between two names joins them
// in one enumeration: a comma or "and", with or without "the", in any
// case. Most gaps are longer than any such joint, and are told so
// without being lowered (a copy of them, when they hold a capital).
func enumerationGap(gap string) bool {
	if len(gap) > len(", and the ") {
		return false
	}
	switch strings.ToLower(gap) {
	case " and ", ", ", ", and ", " and the ", ", the ", ", and the ":
		return true
	}
	return false
}
