// Passage tests abstention reads: surnames, included names, owners, partitives, indefinites, settlements, events.

package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// partitivePredicate returns, for a "how many of the X …" question, the
// terms of what it says of the part of X it counts ("were over magnitude
// 5", "r kids", "lived in Calama"): the question's words after X, with
// their synonyms; nil for any other question.
func partitivePredicate(q *question) []string {
	if q.kind != KindHowMany {
		return nil // "how many of the articles mention greenland": articles counted, no figure
	}
	w := q.words
	at := -1
	for i := 0; i+3 < len(w); i++ {
		if w[i] == "how" && w[i+1] == "many" && w[i+2] == "of" && (w[i+3] == "the" || w[i+3] == "those" || w[i+3] == "them") {
			at = i + 4
			break
		}
	}
	if at < 0 || at >= len(w) {
		return nil
	}
	if !pluralNoun(w[at]) {
		// "how many of the *badly oiled* birds died": the whole is the
		// birds, the words before them qualify it
		for k := at + 1; k < len(w) && k <= at+maxWholeModifiers; k++ {
			if auxiliaries[w[k]] || lexicon.IsFunctionWord(w[k]) {
				break // "how many of the missing *are* kids": the whole ends before its verb
			}
			if pluralNoun(w[k]) {
				at = k
				break
			}
		}
	}
	after := strings.Join(w[at+1:], " ") // past the whole's noun
	var out []string
	for kt := range q.terms {
		t := &q.terms[kt]
		if strings.Contains(after, strings.ToLower(t.normalised)) {
			out = append(out, t.term)
			out = append(out, t.alts...)
		}
	}
	return out
}

// eventClause reports whether text says when by another event in a
// clause of its own ("walked out *after talks broke down*", "reopened
// *when the water receded*"), which typeWhen leaves to the evidence:
// plain "after" places what is past as often as it answers "when".
func eventClause(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if eventCues[strings.Trim(w, ",;:.\"“”")] {
			return true
		}
	}
	return false
}

var eventCues = wordSet("after before until when once while since")

// maxWholeModifiers is how many words may qualify the whole a partitive
// "how many of the …" counts a part of, before its plural noun.
const maxWholeModifiers = 2

// figureSays reports whether a figure of a candidate stands in a clause
// that holds one of terms.
func (e *Engine) figureSays(c *cand, terms []string) bool {
	text := c.p.Text
	for _, s := range e.find(numberRE, text) {
		cl := clauseAround(text, s, clauseMarks)
		for _, tok := range c.toks {
			if tok.Start >= cl.start && tok.End <= cl.end && slices.Contains(terms, tok.Term) {
				return true
			}
		}
	}
	return false
}

// asksSurname reports whether a question asks for someone's surname or
// full name ("whats antonias last name", "what is her full name").
func asksSurname(q *question) bool {
	w := q.words
	for i := 0; i+1 < len(w); i++ {
		if (w[i] == "last" || w[i] == "full" || w[i] == "family") && w[i+1] == "name" {
			return true
		}
	}
	return slices.Contains(w, "surname")
}

// givesSurname reports whether a passage writes a name of the question
// as part of a name of two words or more ("Rosa Mamani", "Volodymyr
// Zelensky").
func (e *Engine) givesSurname(q *question, c *cand) bool {
	text := c.p.Text
	for kt := range q.terms {
		t := &q.terms[kt]
		for _, tok := range c.toks {
			if tok.Term != t.term {
				continue
			}
			for _, n := range e.names(text) {
				if n.start <= tok.Start && tok.End <= n.end && wordCount(text[n.start:n.end]) > 1 {
					return true // "Rosa Mamani", "Volodymyr Zelensky"
				}
			}
		}
	}
	return false
}

// namedAsIncluded reports whether the names of a "how many" question
// stand in the sentence of a passage's first "including" only in that
// phrase, after the sentence's figures: the
// figures count a whole, of which "including" names a part, English's
// way of naming some members of a set just counted ("650 people spent
// the night in four shelters, including the Community Arena"). Not where
// a figure stands in the phrase too ("including 120 at the arena").
func (e *Engine) namedAsIncluded(q *question, c *cand) bool {
	text := c.p.Text
	i := strings.Index(text, " including ") // (in running text it is written lower case; offsets of a lowered copy are not text's)
	if i < 0 {
		return false
	}
	from, end := strings.LastIndex(text[:i], ". ")+1, len(text) // the sentence of the "including"
	if j := strings.Index(text[i:], ". "); j >= 0 {
		end = i + j + 1
	}
	// the passage's figures, remembered, within that sentence (numberRE
	// never crosses a ". ", so they are the sentence's own)
	nums := e.findKept(numberRE, text, func(n span) bool { return n.start < from || n.end > end })
	if len(nums) == 0 || nums[0].start > i || slices.ContainsFunc(nums, func(n span) bool { return n.start > i && !yearRE.MatchString(text[n.start:n.end]) }) {
		return false
	}
	// the sentence's words before and after the "including", as the
	// candidate's tokens already hold them (its passage analysed)
	before, after := tokensIn(c.toks, from, i), tokensIn(c.toks, i, end)
	named := false
	for _, t := range q.terms {
		if !t.entity || getFold(notPeople, t.word) || !hasTerm(after, t.term) {
			continue
		}
		if hasTerm(before, t.term) {
			return false
		}
		named = true
	}
	return named
}

// namedAmongPlaces reports whether a figure of c's passage counts a whole
// of which the question names a part: the figure's sentence goes on to a
// list of names a preposition heads (prepositionNames: "about 1,800 homes
// *in Brackenford, Ashcombe and Port Lisle*": names only, so no figure
// counts an item alone, as in "1,500 in Brackenford and 300 in
// Ashcombe"), an item of which holds a name of the question and another
// item none. English counts the items of such a list together; the part
// asked about is not counted by itself. (A day, a month or a point
// of the compass names no part: "between Thursday and Saturday" is a
// span of time, notPeople.)
func (e *Engine) namedAmongPlaces(q *question, c *cand) bool {
	text := c.p.Text
	for _, co := range coordinations(text) {
		if len(co.items) < 2 || !prepositionNames(text, co) {
			continue
		}
		from := strings.LastIndex(text[:co.all.start], ". ") + 1 // the list's sentence
		if !slices.ContainsFunc(e.find(numberRE, text), func(n span) bool { return n.end > from && n.start < co.all.start }) {
			continue
		}
		named, other := false, false
		for _, it := range co.items {
			toks := tokensIn(c.toks, it.start, it.end)
			if slices.ContainsFunc(q.terms, func(t qterm) bool { return t.entity && !getFold(notPeople, t.word) && hasTerm(toks, t.term) }) {
				named = true
			} else {
				other = true
			}
		}
		if named && other {
			return true
		}
	}
	return false
}

// tokensIn are the tokens of toks that stand within text[start:end].
func tokensIn(toks []index.Token, start, end int) []index.Token {
	lo := slices.IndexFunc(toks, func(t index.Token) bool { return t.Start >= start })
	if lo < 0 {
		return nil
	}
	hi := lo
	for hi < len(toks) && toks[hi].End <= end {
		hi++
	}
	return toks[lo:hi]
}

// onlyTimeNamesMissing reports whether the only names of the question a
// passage lacks are days of the week, months or points of the compass
// (notPeople: "how many trains were cancelled on wednesday": "By
// Wednesday" may stand in the sentence before).
func onlyTimeNamesMissing(q *question, c *cand) bool {
	for i, t := range q.terms {
		if t.entity && i < len(c.match) && c.match[i] == 0 && !getFold(notPeople, t.word) {
			return false
		}
	}
	return true
}

// namedBeforeOnly reports whether a name of the question that is a
// country or a people's (Mexico, "Mexican") stands only in the sentence
// before the passage, while the passage names another ("The 72-member
// *Japanese* team …" after "Specialist teams from Japan, Mexico, …"): the
// passage's figure is of that other.
func (e *Engine) namedBeforeOnly(q *question, c *cand) bool {
	c.lookUp(q)
	for i, t := range q.terms {
		if !t.entity || i >= len(c.match) || c.match[i] == 0 || !(isDemonym(t.word) || countryWord(t.word)) {
			continue
		}
		if slices.ContainsFunc(c.hits, func(h tokHit) bool {
			return slices.ContainsFunc(h.hs, func(th termHit) bool { return th.i == i })
		}) {
			continue // in the passage itself
		}
		for _, n := range e.names(c.p.Text) {
			if w := c.p.Text[n.start:n.end]; (isDemonym(w) || countryWord(w)) && !e.mentionsEntity(q, w) {
				return true
			}
		}
	}
	return false
}

// onlyIndefinite reports whether a "which N" question's passage holds N
// with no name for it (namesOfKind) and only as an indefinite one ("an
// outside firm", "One alliance", "a church tower"): it tells that there
// is one, not which.
func (e *Engine) onlyIndefinite(q *question, c *cand) bool {
	if len(q.words) == 0 || q.words[0] != "which" || q.focus == "" || q.asksArticle || e.namesOfKind(q, c) != kindUnnamed {
		return false
	}
	k := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.focus })
	if k < 0 {
		return false
	}
	focus, text, seen := q.terms[k], c.p.Text, false
	for _, tok := range c.toks {
		if tok.Term != focus.term && !slices.Contains(focus.spellings, tok.Term) {
			continue // (a synonym or a word near in meaning is no sure mention of N: "a multi-national force" for "countries")
		}
		seen = true
		from := afterLastMark(text[:tok.Start], clauseMarks)
		before := strings.Fields(strings.ToLower(text[from:tok.Start]))
		indefinite := false
		for i := len(before) - 1; i >= 0 && i >= len(before)-indefiniteReach; i-- {
			w := strings.Trim(before[i], "\"“”‘’'")
			if nounOpeners[w] && !indefiniteWords[w] {
				break // "some of *the* firm's staff": a definite one
			}
			if indefiniteWords[w] {
				indefinite = true
				break
			}
		}
		if !indefinite && partitiveCount(text[from:tok.Start]) {
			// "Three of the world's largest container lines": how many
			// of them, not which
			indefinite = true
		}
		if !indefinite || e.endsOnNameComma(text[:from]) || e.namedByCopula(q, text[from:tok.Start]) {
			// a definite one, or one a name says which: before it in
			// apposition ("Greenland, a recent flashpoint") or as the
			// subject it is said of ("Kestrel Partners is an outside firm")
			return false
		}
	}
	return seen
}

// partitiveCountRE is a count of a part of a whole, "three of the
// world's largest", that ends the words before a noun: some of them, not
// which.
var partitiveCountRE = regexp.MustCompile(`(?i)\b(?:\d[\d,]*|` + smallNumbers + `)\s+of\s+(?:the|its|their)\s+([^,;:]*)$`)

// partitiveCount reports whether text, the words before a noun, ends on a
// partitive count (partitiveCountRE) whose whole is a short noun phrase
// that holds the noun: at most three words after "of the", none a
// determiner or a verb of saying ("Two of the airlines said *the* firm
// …" counts airlines, not firms).
func partitiveCount(text string) bool {
	m := partitiveCountRE.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	words := strings.Fields(strings.ToLower(m[1]))
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if nounOpeners[w] || articles[w] || lexicon.IsSayingVerb(w) {
			return false
		}
	}
	return true
}

// namedByCopula reports whether text, the words of a clause before an
// indefinite noun, ends on a name the question does not give and a form
// of "be" before the determiner: "Kestrel Partners is (an outside …)".
func (e *Engine) namedByCopula(q *question, text string) bool {
	for _, n := range e.freeSpans(q, text, e.names(text)) {
		rest := strings.Fields(strings.ToLower(text[n.end:]))
		if len(rest) >= 2 && copulas[rest[0]] && indefiniteWords[rest[1]] {
			return true
		}
	}
	return false
}

// endsOnNameComma reports whether text ends with a name and a comma: what
// follows is an apposition to that name.
func (e *Engine) endsOnNameComma(text string) bool {
	t := strings.TrimRight(text, " ")
	if !strings.HasSuffix(t, ",") {
		return false
	}
	t = strings.TrimSuffix(t, ",")
	for _, n := range e.names(t) {
		if n.end == len(t) {
			return true
		}
	}
	return false
}

// indefiniteReach is how many words before a noun its indefinite
// determiner may stand ("an *outside* firm", "a *small local* firm").
const indefiniteReach = 3

var indefiniteWords = wordSet("a an one another some any")

// wantsSettlement reports whether a question asks for a city, a town or a
// village by that noun ("which cities …", "which town …").
func (q *question) wantsSettlement() bool {
	return q.focus != "" && settlementTerms[q.focus]
}

var settlementTerms = wordSet("citi town villag")

// namesSettlement reports whether a passage names a place the question
// does not that is no country (countryWord: the country list's names, not
// GloVe's guess, which takes an unknown town for one).
func (e *Engine) namesSettlement(q *question, c *cand) bool {
	text := c.p.Text
	for _, n := range e.freeSpans(q, text, e.names(text)) {
		if w := text[n.start:n.end]; e.isPlace(w) && !countryWord(w) {
			return true
		}
	}
	return false
}

// countsNoun reports whether a number of c's passage counts the noun a
// "how many" question counts, by that noun or one GloVe puts near it
// ("43 homes" for "how many houses"), or, for "how many people", by a
// kind of person ("900 mill workers"; counts), not only by the
// question's verb.
func (e *Engine) countsNoun(q *question, c *cand) bool {
	text := c.p.Text
	for _, sp := range e.freeSpans(q, text, e.find(numberRE, text)) {
		if !yearRE.MatchString(text[sp.start:sp.end]) && e.counts(q, text, sp) {
			return true
		}
	}
	return false
}

// speaksOfTop reports whether passage c goes on with the body the sentence
// before it names: it opens with an anaphor for it ("Its managing
// director", "Their chief", "The company's chief executive"), or holds a
// word of the question in the possessive ("Tidewell's chief executive").
func speaksOfTop(q *question, c *cand) bool {
	f := strings.Fields(c.p.Text)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "its", "their":
		return true
	case "the":
		if len(f) > 1 && endsGenitive(f[1]) {
			return true
		}
	}
	for _, tok := range c.toks {
		if !endsGenitive(c.p.Text[tok.Start:tok.End]) {
			continue
		}
		for kt := range q.terms {
			t := &q.terms[kt]
			if t.term == tok.Term {
				return true
			}
		}
	}
	return false
}

// haveOwner is the indexes among q's terms of X in a "how many N does X
// have" question, what is asked to hold the figure, or nil.
func haveOwner(q *question) []int {
	w := q.words
	if q.kind != KindHowMany || len(w) < 5 || w[0] != "how" || w[1] != "many" {
		return nil
	}
	aux := slices.IndexFunc(w, doAux)
	have := slices.Index(w, "have")
	if aux < 3 || have < aux+2 || have+1 < len(w) && w[have+1] == "to" {
		return nil // (not "have to", a duty: "how many bridges does the council have to look after")
	}
	var out []int
	for i, t := range q.terms {
		if slices.Contains(w[aux+1:have], strings.ToLower(t.word)) {
			out = append(out, i)
		}
	}
	return out
}

// ownsFigure reports whether the figure of c's passage that counts what a
// "how many N does X have" question counts is X's: X stands in its
// sentence before it ("Ukraine has …", "Ukraine's …") or in the few words
// after it as the noun's owner ("900,000 soldiers of Ukraine", "in
// Ukraine's army"; not "troops to Ukraine") or as what a figure joined
// to its noun modifies ("the 72-member Japanese team"), or the sentence before
// it refers back to one naming X ("It has …", "Its …"). Any other
// question, or a passage with no such figure, is not held to it.
func (e *Engine) ownsFigure(q *question, c *cand) bool {
	owner := haveOwner(q)
	if len(owner) == 0 {
		return true
	}
	text := c.p.Text
	isOwner := func(tok index.Token) bool { // a word of X
		return slices.ContainsFunc(owner, func(i int) bool { return q.stands(tok.Term, i) })
	}
	owns := func(from, to int) bool {
		return slices.ContainsFunc(c.toks, func(tok index.Token) bool {
			return tok.Start >= from && tok.End <= to && isOwner(tok)
		})
	}
	ownsAfter := func(at int) bool {
		// X of the figure's noun or in the possessive after it: "900,000
		// soldiers of Ukraine", "… in Ukraine's army"; not "troops to
		// Ukraine"; or X itself, which a figure joined to its noun
		// modifies ("the 72-member Japanese team")
		joined := strings.HasPrefix(text[at:], "-")
		return slices.ContainsFunc(c.toks, func(tok index.Token) bool {
			return tok.Start >= at && tok.Start < at+40 && isOwner(tok) &&
				(joined && wordCount(text[at:tok.Start]) <= 3 || strings.HasSuffix(text[:tok.Start], "of ") || strings.HasPrefix(text[tok.End:], "'s") || strings.HasPrefix(text[tok.End:], "’s") || endsGenitive(text[tok.Start:tok.End]))
		})
	}
	counted := false
	for _, sp := range e.freeSpans(q, text, e.find(numberRE, text)) {
		if yearRE.MatchString(text[sp.start:sp.end]) || !e.counts(q, text, sp) {
			continue
		}
		counted = true
		from := strings.LastIndex(text[:sp.start], ". ") + 1
		if owns(from, sp.start) || ownsAfter(sp.end) {
			return true
		}
		if refersBack(text[from:sp.start]) || slices.ContainsFunc(strings.Fields(strings.ToLower(text[from:sp.start])), func(v string) bool { return v == "it" || v == "its" || v == "they" || v == "their" }) {
			if slices.ContainsFunc(c.prevToks, isOwner) {
				return true
			}
		}
	}
	return !counted
}
