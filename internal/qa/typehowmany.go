// Type score for "how many": counts, rates, increments, sizes and capacities.

package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// typeHowMany is typeScore for "how many" questions.
func (e *Engine) typeHowMany(q *question, c *cand) float64 {
	best, _ := e.typeHowManyOf(q, c, false)
	return best
}

// typeHowManyOf is typeHowMany, and where done is true, typeHowMany with a
// figure said only as a prospect scored as one (prospectFigure), both
// from one reading of the passage's figures (typeFigureOf).
func (e *Engine) typeHowManyOf(q *question, c *cand, done bool) (best, doneBest float64) {
	best, doneBest = e.typeFigureOf(q, c, done)
	best = e.countScore(q, c, best)
	if done {
		doneBest = e.countScore(q, c, doneBest)
	}
	return best, doneBest
}

// countScore is typeHowMany given best, the score of the passage's
// figures: lowered where the figure counts more than what is asked, raised
// where names or an article count it.
func (e *Engine) countScore(q *question, c *cand, best float64) float64 {
	if best >= 1 && asksIncrement(q) && !e.givesIncrement(c.p.Text) {
		// "how many extra soldiers r heading up there": "3,500 soldiers
		// and sailors would head north" counts them all, not those
		// added; "1,500 more troops would join" counts those
		best = countedOnly
	}
	if best >= 1 && q.rate && !e.givesRate(c.p.Text) {
		// "how many cars go over the bridge a day": a count per unit of
		// time, which "the bridge's 412-metre deck carried 38,000
		// vehicles before it closed" is not; "nearly 40,000 vehicles a
		// day" is
		best = countedOnly
	}
	if best < 1 {
		if s, _ := e.enumeration(q, c.p.Text); s.end > s.start {
			best = 1 // "Croatia and the Czech Republic said they would not deploy troops": two, named
		} else if best == 0 && e.countsOneByArticle(q, c) {
			// "agreed to establish a … coordination cell": one, by its
			// article, where the passage has no figure at all; a weaker
			// count than a figure's (countedOnly)
			best = countedOnly
		}
	}
	return best
}

// rateRE is a count's rate, per unit of time: "a day", "per week", "each
// year", "every night", "daily", "annually".
var rateRE = regexp.MustCompile(`(?i)\b(?:a|an|per|each|every)\s(?:day|week|month|year|night|hour)\b|\b(?:daily|weekly|monthly|annually|yearly|nightly|hourly)\b`)

// asksRate reports whether a "how many" question asks for a count per
// unit of time ("how many cars go over the bridge *a day*", "how many
// riders *a year*"); not a time said from another ("rescued *a day
// after* the quake", "*a week ago*") nor a span ("*in a year*": rateAt).
func asksRate(q *question) bool {
	// rateRE read by hand over the question's words (lower case, a space
	// between: chatWords), where the regexp's backtracking cost as much
	// as reading the rest of the question: at each word's start, a rate
	// adverb, or a determiner, one space and a unit of time, whole
	s := strings.Join(q.words, " ")
	for i := 0; i < len(s); i++ {
		if !asciiWordByte(s[i]) || i > 0 && asciiWordByte(s[i-1]) {
			continue // (\b: no word starts here)
		}
		rest := s[i:]
		for _, w := range rateAdverbs {
			if wholeAt(rest, w) && rateAt(s, []int{i, i + len(w)}) {
				return true
			}
		}
		for _, d := range rateDeterminers {
			if len(rest) > len(d) && prefixFold(rest, d) && reSpace(rest[len(d)]) {
				for _, u := range rateUnits {
					if wholeAt(rest[len(d)+1:], u) && rateAt(s, []int{i, i + len(d) + 1 + len(u)}) {
						return true
					}
				}
			}
		}
	}
	return false
}

// rateAdverbs, rateDeterminers and rateUnits are rateRE's words, for
// asksRate.
var (
	rateAdverbs     = []string{"daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly"}
	rateDeterminers = []string{"a", "an", "per", "each", "every"}
	rateUnits       = []string{"day", "week", "month", "year", "night", "hour"}
)

// wholeAt reports whether s opens on word w (lower-case ASCII) in either
// case, as a whole word by the regexp's \b: no letter, digit or
// underscore right after it.
func wholeAt(s, w string) bool {
	return prefixFold(s, w) && (len(s) == len(w) || !asciiWordByte(s[len(w)]))
}

// prefixFold reports whether s opens on w, lower-case ASCII, in either
// case. (The question's words are in lower case already, the Kelvin sign
// that (?i) would take for a k made one by strings.ToLower.)
func prefixFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// rateAt reports whether rateRE's match m of text is a rate: not a time
// said from another, a word of before or after following it ("a day
// after", "a week ago"), nor "a" or "an" with a unit after "in", "within",
// "for" or "than", a span ("in a year", "for a week"; "for *each* day" is
// a rate).
func rateAt(text string, m []int) bool {
	next, _ := nextWord(text[m[1]:])
	switch next {
	case "after", "before", "ago", "later", "earlier", "since", "from":
		return false
	}
	if det, _ := nextWord(text[m[0]:]); det != "a" && det != "an" {
		return true // "each day", "per week", "daily": a rate whatever stands before
	}
	if before, _ := precedingWord(text, m[0]); before != "" {
		switch strings.ToLower(before) {
		case "in", "within", "for", "than":
			return false
		}
	}
	return true
}

// givesRate reports whether text gives a figure as a rate: a rate
// (rateAt) in the same clause a few words after a number ("nearly 40,000
// vehicles *a day*"), not one elsewhere in the passage.
func (e *Engine) givesRate(text string) bool {
	for _, m := range rateRE.FindAllStringIndex(text, -1) {
		if !rateAt(text, m) {
			continue
		}
		from := max(0, m[0]-60)
		if i := strings.LastIndexAny(text[from:m[0]], clauseMarks+".;"); i >= 0 {
			from += i + 1
		}
		if numberRE.MatchString(text[from:m[0]]) {
			return true
		}
	}
	return false
}

// asksIncrement reports whether a "how many" question counts what was
// added to a number before: an increment word (kinds.txt) right before
// its counted noun ("how many *extra* soldiers", "how many *more*
// rescuers came"); "more" with a word of what remains asks what is left
// ("how many more are still missing").
func asksIncrement(q *question) bool {
	if q.counted == nil {
		return false
	}
	at := slices.Index(q.words, strings.ToLower(q.counted.word))
	if at < 1 || !incrementWords[q.words[at-1]] {
		return false
	}
	// "how many more soldiers are still needed", "how many more homes
	// are left": more of what remains, not those added (kinds.txt)
	return q.words[at-1] != "more" || !slices.ContainsFunc(q.words, func(w string) bool { return remainingWords[w] })
}

// remainingWords say that a count is of what remains to be done or had
// (kinds.txt).
var remainingWords = cueSet("remaining-words")

// givesIncrement reports whether text gives a number as one added to a
// number before: an increment word right after it ("1,500 *more* troops")
// or right before it ("*another* 200 engineers", "an *additional* 40").
func (e *Engine) givesIncrement(text string) bool {
	for _, s := range e.find(numberRE, text) {
		if incrementAt(text, s) {
			return true
		}
	}
	return false
}

// incrementWords make a count one of those added (kinds.txt).
var incrementWords = cueSet("increment-words")

// partOfPeople reports whether a number that counts people in general
// ("214 people", "300 persons": a word for them among the few words after
// it, before its phrase ends) leaves uncounted the people a question
// counts, some of them by a noun for a kind of person ("women",
// "children", "firefighters"; WordNet's), however near GloVe puts them.
func partOfPeople(counted, after string) bool {
	if genericPeople[counted] || !lexicon.IsPersonNoun(counted) {
		return false
	}
	i := 0
	for w := range strings.FieldsSeq(after) {
		lw := strings.ToLower(strings.Trim(w, "\"'’“”,.;:"))
		if i == countAlikeWords || lexicon.IsFunctionWord(lw) || auxiliaries[lw] {
			return false
		}
		if genericPeople[lw] {
			return true
		}
		i++
	}
	return false
}

// sizeOf reports whether the number at s of text gives the size of what
// a "how big" question asks about as English does after the noun, with
// "of": the noun, a word of the question, then "of" and the number ("his
// family of five", "a fleet of about 40 aircraft", "a village of 900").
func (e *Engine) sizeOf(q *question, text string, s span) bool {
	for _, d := range e.find(dateRE, text) {
		if d.start <= s.start && s.end <= d.end {
			return false // "the worst flood of 3 September": a day, no size
		}
	}
	before := lastFieldsLower(text[:s.start], 2)
	n := len(before)
	if n < 2 || before[n-1] != "of" {
		return false
	}
	return slices.ContainsFunc(e.analyze(strings.Trim(before[n-2], "\"'’“”")), func(t index.Token) bool { return q.has(t.Term) })
}

// capacityOf reports whether the number at s of text says how many a
// place or a vehicle can take: a noun of capacity, then "for" or "of",
// then the number, but for function words ("room for about 600 people",
// "a capacity of up to 40,000").
func capacityOf(text string, s span) bool {
	before := lastFieldsLower(text[:s.start], 4) // the three words before s, and the word before each
	for i := len(before) - 1; i >= 1; i-- {
		switch w := strings.Trim(before[i], "\"'’“”"); {
		case w == "for" || w == "of":
			// "room for 600", "capacity of 40,000"; not "a floor space of
			// 600 square metres", a size
			prev := strings.Trim(before[i-1], "\"'’“”")
			return capacityWords[prev] && (w == "for" || prev == "capacity")
		case !lexicon.IsFunctionWord(w):
			return false
		}
	}
	return false
}

// capacityWords are the nouns of how many a place can take (kinds.txt);
// capacityAsking the words of a question that asks for that: those
// nouns, one list, and the verbs and nouns of [capacity-asking-words].
var (
	capacityWords  = cueSet("capacity-words")
	capacityAsking = union(capacityWords, cueSet("capacity-asking-words"))
)

// costOfOther reports whether the clause of the sum at s of text says it
// is the cost of a thing the question does not name: "cost of" and a
// noun phrase none of whose words the question says ("the cost of the
// temporary supports at $3 million"): English names what a cost is of
// after "of", and a sum so named is that thing's, not what is asked.
func (e *Engine) costOfOther(q *question, text string, s span) bool {
	cl := clauseAround(text, s, clauseMarks)
	low := strings.ToLower(text[cl.start:cl.end])
	i := strings.Index(low, "cost of ")
	if i < 0 {
		return false
	}
	var phrase []string
	for w := range strings.FieldsSeq(low[i+len("cost of "):]) {
		if (articles[w] || possessives[w]) && len(phrase) == 0 {
			continue
		}
		if lexicon.IsFunctionWord(w) || prepositions[w] || strings.ContainsAny(w, "$€£0123456789") {
			break
		}
		phrase = append(phrase, strings.Trim(w, ",.;:"))
	}
	if len(phrase) == 0 || undertakingWords[phrase[len(phrase)-1]] {
		return false // "at a cost of about $240,000": of the sum itself; "the cost of the works": of the thing asked about, by a word news refers back to it with
	}
	for _, tok := range e.analyze(strings.Join(phrase, " ")) {
		if q.has(tok.Term) {
			return false
		}
	}
	return true
}

// undertakingWords are the nouns by which news refers back to the thing
// being built, mended or done (kinds.txt): "the cost of the works" is the
// cost of the footbridge asked about.
var undertakingWords = cueSet("undertaking-words")

// countedOnly is typeFigure for a number that counts what is asked about
// where its clause holds no word of what the question says of it.
const countedOnly = 0.75
