// "How many" and "how much" answers: the figure asked for and what completes it.

package qa

import (
	"slices"
	"strconv"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// withSecondCount widens the answer s to a "how many" question that asks
// "how many" twice, of two nouns ("how many rescuers r on the ground n
// how many dogs"), over the passage's figure of the second noun, where
// the two fit a short answer together: "More than 1,800 rescuers, helped
// by 14 sniffer dogs", not the rescuers alone.
func (e *Engine) withSecondCount(q *question, text string, s span) span {
	if s.end <= s.start {
		return s
	}
	second := ""
	seen := 0
	for i := 0; i+2 < len(q.words); i++ {
		if q.words[i] == "how" && (q.words[i+1] == "many" || q.words[i+1] == "much") {
			if seen++; seen == 2 {
				second = strings.Trim(q.words[i+2], "?,.!")
			}
		}
	}
	if second == "" || lexicon.IsFunctionWord(second) || auxiliaries[second] {
		return s
	}
	want := e.analyze(second)
	if len(want) != 1 {
		return s
	}
	for _, n := range e.find(numberRE, text) {
		full := extendNoun(text, n)
		if full.start < s.end && s.start < full.end {
			continue // the figure already given
		}
		if !slices.ContainsFunc(e.analyze(text[n.end:full.end]), func(t index.Token) bool { return t.Term == want[0].Term }) {
			continue
		}
		both := span{min(s.start, full.start), max(s.end, full.end)}
		if wordCount(text[both.start:both.end]) <= maxShortWords {
			return both
		}
	}
	return s
}

// spanHowMany is extractSpan for "how many" questions.
func (e *Engine) spanHowMany(q *question, c *cand, anchors []span) span {
	text := c.p.Text
	var nums []span
	var bare []span    // the numbers of nums, without their nouns
	var counted []span // numbers that count what the question asks about
	var surely []span  // of those, ones the question's own verb is said of
	var direct []span  // of those, ones the verb stands right beside
	var amounts []span // money and shares
	var sums []span    // money alone, what "how much does it cost" asks
	for _, s := range e.freeSpans(q, text, e.find(numberRE, text)) {
		if yearRE.MatchString(text[s.start:s.end]) {
			continue
		}
		n := extendNoun(text, s)
		nums = append(nums, n)
		bare = append(bare, s)
		if money(text, s) {
			sums = append(sums, n)
		}
		if moneyOrPercent(text, s) || shareRE.MatchString(text[s.start:s.end]) {
			amounts = append(amounts, n) // money or a share, what "how much" asks
		}
		if q.measure != "" && measuredBy(q, text, s) {
			if u := wordBefore(text, s); unitWords[q.measure][u] && !unitWords[q.measure][wordAfter(text, s)] {
				// the unit before the number: "magnitude 7.1", not "7.1
				// quake struck before" (found in the text as written: a
				// lower-cased copy may be of another length)
				b := strings.TrimRight(text[:s.start], " ")
				if st := len(b) - len(u); st >= 0 && strings.EqualFold(b[st:], u) {
					counted = append(counted, span{st, s.end})
					continue
				}
			}
			counted = append(counted, n) // "38 kilometres" for "how deep"
			continue
		}
		if !e.qualifiesOther(q, text, s) && (e.afterVerb(q, text, s) || e.verbNext(q, text, s) || e.doesVerb(q, text, s)) {
			// "injured 2,460", "about 1,100 injured" for "how many were
			// injured": the verb said of this number itself, not only of
			// its clause ("214 people had been confirmed dead and …")
			direct = append(direct, n)
			continue
		}
		if n == s && e.subjectOfAsked(q, text, s) {
			// "injured 2,460" for "how many were injured"; "71 were
			// still missing" for "how many people are still missing"
			surely = append(surely, n)
			continue
		}
		done := e.doneHere(q, text, s)
		if done == 0 {
			continue // "3,000 people are sleeping" is no count of the dead
		}
		if q.counted == nil && q.measure == "" && e.counts(q, text, s) {
			// "2,460 people had been injured" for "how many were
			// injured": the question's words after the number, in its
			// clause, as typeHowMany counts it
			counted = append(counted, n)
			continue
		}
		for _, tok := range e.analyze(text[s.end:n.end]) {
			if q.has(tok.Term) {
				counted = append(counted, n)
				if done == 2 && q.countVerb >= 0 {
					surely = append(surely, n)
				}
				break
			}
		}
		if q.counted != nil && (len(counted) == 0 || counted[len(counted)-1] != n) && e.counts(q, text, s) {
			counted = append(counted, n) // "9,400 homes" for "how many houses": a noun meaning nearly the same
		}
	}
	if t := e.runningTotal(q, text, bare); t.end > t.start {
		return t // "two more tugs …, bringing the total on site to *six*": the count reached, not the increment
	}
	if r := requestedAmount(q, text, amounts); r.end > r.start {
		// "how much are they asking the government for": the sum the
		// verb of asking takes with "for", not the nearest ("will borrow
		// £210 million itself and is asking … for the remaining £430
		// million")
		return completeFigure(text, r)
	}
	if len(sums) > 0 && asksMoney(q) {
		// a sum of money asked for ("how much does the automation project
		// cost"): "KCT's €310 million plan", not "three of the five
		// berths" beside it, whatever the count's clause holds
		return completeFigure(text, nearestInClause(text, sums, anchors))
	}
	if asksDifference(q) {
		// "how much longer does going round the peninsula take": a
		// figure in a unit, as typeFigure scores it ("adds about two
		// days"), not a count beside it ("19 ships have chosen to sail
		// around")
		var units []span
		for i, b := range bare {
			if unitAfter(text, b) || isTimeUnit(wordAfter(text, b)) {
				units = append(units, nums[i])
			}
		}
		if len(units) > 0 {
			return completeFigure(text, nearestInClause(text, units, anchors))
		}
	}
	var measured []span // the figures of nums in a unit of a physical measure, none qualifying a noun
	for i, b := range bare {
		if measuredFigure(text, b) && !e.qualifiesOther(q, text, b) {
			measured = append(measured, nums[i])
		}
	}
	if asksAmount(q) && len(amounts) > 0 && len(measured) > 0 {
		// "how much did the river rise": a figure in a unit, not an
		// amount beside it ("2 metres", not "flooding 30% of the town";
		// "how much did it rain": "120 millimetres", not "£5 million of
		// damage"), where the question's verb is said of the figure
		// ("rose 2 metres"), else where the verb is said of no amount
		// either; an amount the verb is said of answers below ("fell
		// 15%", not "spilled 300 tonnes" in another clause)
		verbs := q.muchVerbs() // (once a question, not once a figure)
		said := func(f span) bool { return e.saidByAskedVerb(verbs, text, f) }
		if pool := slices.DeleteFunc(slices.Clone(measured), func(f span) bool { return !said(f) }); len(pool) > 0 {
			return completeFigure(text, nearestInClause(text, pool, anchors))
		}
		if !slices.ContainsFunc(amounts, said) {
			return completeFigure(text, nearestInClause(text, measured, anchors))
		}
	}
	if asksAmount(q) && len(amounts) > 0 {
		// "how much does the union want for staff who worked": "a
		// one-off payment of €500", not "the roughly 5,200 staff … who
		// worked", a count of the question's own noun beside its verb;
		// of the amounts, one the question's verb pins first, else, where
		// the verb pins no figure, the one whose clause holds the
		// question ("wheat prices … jumped 4%", not "about half of the
		// nation's wheat"). A count the verb pins beats an amount said of
		// another thing, and a count said as a change ("the death toll
		// rose by 40") stands beside the amounts ("aid pledges grew
		// 13%"), the nearest answering.
		pool := pinnedAmounts(amounts, direct, surely)
		if len(pool) == 0 && len(direct) == 0 && len(surely) == 0 {
			// a count said as a change answers as an amount does ("rose
			// by 40"): it stands in the pool beside them
			pool = slices.Clone(amounts)
			for _, c := range counted {
				if changeBy(text, c) && !slices.Contains(pool, c) {
					pool = append(pool, c)
				}
			}
		}
		if len(pool) > 0 {
			return completeFigure(text, nearestInClause(text, pool, anchors))
		}
	}
	if len(direct) > 0 {
		return completeFigure(text, nearestInClause(text, direct, anchors))
	}
	if len(surely) > 0 {
		return completeFigure(text, nearestInClause(text, surely, anchors))
	}
	if asksMuch(q) && q.counted == nil {
		// "how much did prices go up": an amount, of the figures counted
		// or not, the one whose clause holds the question ("copper prices
		// … jumped 3%", not "about half of Chile's copper")
		counted = append(counted, amounts...)
	}
	if len(counted) > 0 {
		return completeFigure(text, nearestInClause(text, counted, anchors))
	}
	if s, _ := e.enumeration(q, text); s.end > s.start {
		return s // the names that count them, where no number does
	}
	return completeFigure(text, nearestInClause(text, nums, anchors))
}

// asksAmount reports whether a question asks "how much" of a verb, its
// auxiliary right after "much" ("how much *does* the union want", "how
// much *were* strikers getting"), with no counted noun and no measure: an
// amount (a sum of money, a share) answers it, and a bare count ("5,200
// staff") answers "how many" instead. "how much time", "how much cargo"
// name what they measure and are not this.
func asksAmount(q *question) bool {
	return q.counted == nil && q.measure == "" && isAux(afterHowMuch(q))
}

// qualifiesOther reports whether the figure s of text is hyphened to a
// word, its unit or any other ("300-tonne", "3,000-strong"), before a noun
// it qualifies (hyphenedHead) that the question does not ask about ("the
// *300-tonne* tanker" for "how much did fuel prices rise"): it says what
// another thing is, and is no amount of the question's verb; "the 30-tonne
// whale" still answers "how much does the whale weigh".
func (e *Engine) qualifiesOther(q *question, text string, s span) bool {
	head := hyphenedHead(text, s)
	return head != "" && !slices.ContainsFunc(e.analyze(head), func(t index.Token) bool { return q.has(t.Term) })
}

// measuredFigure reports whether the number at s of text is given in a
// unit of a physical measure (a length, a force, a weight, a heat:
// "magnitude 6.1", "the 30-tonne whale") or of a quantity of stuff
// (quantityUnits: "120 millimetres", "40,000 litres"), not a sum of money
// ("£5 million"). A figure in a unit that also names a container ("500
// sacks of flour", "80,000 barrels of oil") is a measure too: whether it
// answers is the question's verb's to say (saidByAskedVerb).
func measuredFigure(text string, s span) bool {
	if money(text, s) {
		return false
	}
	for _, m := range physicalMeasures {
		if withUnit(text, s, m) {
			return true
		}
	}
	return quantityUnits[wordAfter(text, s)]
}

// saidByAskedVerb reports whether one of a question's verbs
// (muchAskedVerbs) stands before
// the figure at f of text, at most askedVerbReach words back in its clause, in
// any form ("rose 2 metres", "fell to 4.1%", "cut its budget by 8%" for
// "how much did the council cut its budget"), or a single verb WordNet
// gives as meaning a phrasal verb of the question ("rose 30%" for "how much
// did bread prices go up": lexicon.PhrasalSynonyms): the question's verb is
// said of that figure; each is matched as one verb (sameVerb, followup.go's
// rule).
func (e *Engine) saidByAskedVerb(verbs []string, text string, f span) bool {
	words := wordSpans(text[:f.start])
	for i := len(words) - 1; i >= 0 && i >= len(words)-askedVerbReach; i-- {
		w := words[i]
		word := strings.ToLower(text[w[0]:w[1]])
		if breaksClause(text, w[1], f.start) || numberRE.MatchString(word) {
			return false // (another clause, or a figure nearer the verb: "rose 12% after the 300-tonne tanker")
		}
		if _, ok := lexicon.VerbBase(word); !ok && !pastForm(word) {
			continue // (no verb: "prices" in "wheat prices jumped")
		}
		for _, v := range verbs {
			if irregularVerbOf(word, v) || e.sameVerb(word, v) {
				return true
			}
		}
	}
	return false
}

// muchAskedVerbs are the verbs of a "how much" question and the single
// verbs WordNet gives for each as a phrasal verb: its words after "how
// much" and its auxiliary that are verbs there (lexicon.IsVerb, which
// lists "fuel" but not "prices", or a past form; no article or possessive
// right before: not "the *cut*"), so "priced 300 tonnes" says nothing of
// "how much did fuel prices rise".
func muchAskedVerbs(q *question) []string {
	var verbs []string
	for i, w := range q.words {
		if i > 2 && !isAux(w) && !lexicon.IsFunctionWord(w) && (lexicon.IsVerb(w) || pastForm(w)) && !articles[q.words[i-1]] && !possessives[q.words[i-1]] {
			verbs = append(verbs, w)
			verbs = append(verbs, lexicon.PhrasalSynonyms(w, q.words[i+1:])...)
		}
	}
	return verbs
}

// askedVerbReach is how many words before a figure saidByAskedVerb looks for
// the question's verb: "cut its budget by 8%".
const askedVerbReach = 4

// sameTerm reports whether two analysed words share a term.
func sameTerm(a, b []index.Token) bool {
	return slices.ContainsFunc(a, func(x index.Token) bool {
		return slices.ContainsFunc(b, func(y index.Token) bool { return x.Term == y.Term })
	})
}

// physicalMeasures are the dimensions of measures whose units say a
// figure is a measurement, not a count, a share or a time.
var physicalMeasures = []string{"length", "force", "weight", "heat"}

// pinnedAmounts are the amounts that also stand in one of the lists of
// figures the question's verb pins (said of the figure, or of it as its
// subject), in the order of those lists, the first list holding any alone.
func pinnedAmounts(amounts []span, pinned ...[]span) []span {
	for _, list := range pinned {
		var in []span
		for _, s := range list {
			if slices.Contains(amounts, s) {
				in = append(in, s)
			}
		}
		if len(in) > 0 {
			return in
		}
	}
	return nil
}

// requestedAmount is, of the sums and shares amounts of text, the first
// that a verb of asking (requestVerbs: "asking", "demanded") takes with
// "for" in its clause, at most requestReach words after the "for" ("is
// asking the national government for the remaining £430 million"), where
// the question asks "how much" with such a verb; empty otherwise.
func requestedAmount(q *question, text string, amounts []span) span {
	if len(amounts) == 0 || !asksMuch(q) || !slices.ContainsFunc(q.words, func(w string) bool { return requestVerbs[w] }) {
		return span{}
	}
	words := wordSpans(text)
	for i, w := range words {
		if !requestVerbs[strings.ToLower(text[w[0]:w[1]])] {
			continue
		}
		prev := w[1]
		for _, f := range words[i+1:] {
			if breaksClause(text, prev, f[0]) {
				break // (the verb's clause ends)
			}
			prev = f[1]
			if text[f[0]:f[1]] != "for" {
				continue
			}
			for _, a := range amounts {
				if a.start >= f[1] && a.start <= len(text) && !breaksClause(text, f[1], a.start) && wordCount(text[f[1]:a.start]) <= requestReach {
					return a
				}
			}
			break
		}
	}
	return span{}
}

// breaksClause reports whether text[from:to] holds a comma, semicolon or
// colon, or a mark with a space after it that can end a sentence
// (stopEnds: not the stop of "U.S." or "Dr."), whatever follows it: "for
// patience. £9 million more is due" asks no sum.
func breaksClause(text string, from, to int) bool {
	if strings.ContainsAny(text[from:to], ",;:") {
		return true
	}
	for i := from; i < to; i++ {
		if strings.IndexByte(".?!", text[i]) < 0 {
			continue
		}
		if j := sentenceNext(text, i); j >= 0 && stopEnds(text, i, text[j:]) {
			return true
		}
	}
	return false
}

// requestReach is how many words may stand between the "for" of a verb of
// asking and the sum it asks ("for *the remaining* £430 million").
const requestReach = 3

// runningTotal is, of a passage's figures nums (bare numbers), the one a
// total is brought to ("bringing the total on site to six", "taking the
// number of dead to 214"), where a figure before it in the same sentence
// counts an increment ("two more tugs", "another 12": incrementAt): what
// a "how many" asks is the count reached, not what was added to it. Only
// where the total or the increment counts what the question counts
// (counts), and never where the question asks the increment itself
// (asksIncrement: "how many more tugs were sent"). Empty otherwise.
func (e *Engine) runningTotal(q *question, text string, nums []span) span {
	if asksIncrement(q) {
		return span{}
	}
	added := span{-1, -1} // the increment
	for _, n := range nums {
		if added.end >= 0 && (added.end > n.start || sentenceEndIn(text, added.end, n.start) >= 0) {
			added = span{-1, -1} // (in another sentence, or spans out of order)
		}
		if incrementAt(text, n) {
			added = n
			continue
		}
		if added.end < 0 || wordBefore(text, n) != "to" {
			continue
		}
		from := max(0, strings.LastIndexAny(text[:n.start], ",.;")+1)
		lead := strings.Fields(strings.ToLower(text[from:n.start]))
		if slices.ContainsFunc(lead, func(w string) bool { return tallies[strings.Trim(w, "\"'’“”")] }) &&
			e.talliesAsked(q, text, n) && (e.counts(q, text, n) || e.counts(q, text, added)) && !e.incrementPinned(q, text, added, from, n) {
			return extendNoun(text, n)
		}
	}
	return span{}
}

// talliesAsked reports whether the tally the figure at n comes to counts
// what the question counts, or names nothing of its own: each word
// naming what it is of (talliedWords: "the *death* toll", "the number of
// *patients*") is the question's counted noun or nearly its meaning
// (countsWord), or nearly the meaning of its verb ("the *rescue* tally"
// for "how many hikers were rescued", "have been rescued so far": the
// question's counted verb, countedNoun's); "the total on site" names
// nothing.
// An increment of the question's noun does not make a total of another
// its answer ("another 40 beds …, bringing the number of patients to
// 300" for "how many beds").
func (e *Engine) talliesAsked(q *question, text string, n span) bool {
	words := talliedWords(text, n)
	if len(words) == 0 {
		return true
	}
	return slices.ContainsFunc(words, func(w string) bool { return e.countsWord(q, w) || q.deedWord(w) })
}

// incrementPinned reports whether the question holds a word, besides
// what it counts and a verb (the counted verb, or a word only a verb:
// the deed added to is the total's too), that the increment's clause (from its
// sentence's start to from, where the total's phrase opens) says and the
// total's phrase (from to n) does not: "how many ferries returned *on
// monday*" over "three more ferries returned to the water on Monday,
// bringing the total in service to nine" asks what was added then, not
// the count reached; "how many ferries are in service" asks the total.
func (e *Engine) incrementPinned(q *question, text string, added span, from int, n span) bool {
	if added.start < 0 || from > n.end {
		return false
	}
	start := sentenceOpening(text, 0, added.start) // (not after "Mr." or "St.": sentenceEnds)
	if start > from {
		return false
	}
	inc, total := e.termSet(text[start:from]), e.termSet(text[from:n.end])
	for i := range q.terms {
		t, w := q.terms[i].term, strings.ToLower(q.terms[i].word)
		if i == q.countVerb || q.counted != nil && t == q.counted.term || lexicon.IsVerb(w) && !knownNoun(w) {
			continue // (what it counts, and a verb: the deed added to is the total's too)
		}
		if inc[t] && !total[t] {
			return true
		}
	}
	return false
}

// incrementAt reports whether the number at s is one added to a number
// before: an increment word (kinds.txt) right after it ("1,500 *more*
// troops") or right before it ("*another* 200 engineers", "an
// *additional* 40").
func incrementAt(text string, s span) bool {
	return getFold(incrementWords, wordAfter(text, s)) || getFold(incrementWords, wordBefore(text, s))
}

// nearestInClause is, of spans, the one whose clause holds the most of
// the question's words (anchors, each word once), and of those the
// nearest to them: "copper prices on the London Metal Exchange *jumped
// 3%*" over "produces *about half* of Chile's copper" for "how much did
// copper prices go up".
func nearestInClause(text string, spans, anchors []span) span {
	most, held := -1, []span(nil)
	for _, s := range spans {
		cl := clauseAround(text, s, clauseMarks)
		seen := map[string]bool{}
		for _, a := range anchors {
			if a.start >= cl.start && a.end <= cl.end {
				seen[strings.ToLower(text[a.start:a.end])] = true
			}
		}
		switch {
		case len(seen) > most:
			most, held = len(seen), []span{s}
		case len(seen) == most:
			held = append(held, s)
		}
	}
	return nearest(held, anchors)
}

// countedShort is the short answer short to a "how many" that names
// what it counts, n of them listed as names in the passage: headed by
// their count ("2: Croatia and the Czech Republic said they would not
// deploy troops"), within maxShortWords with it. Where the count would
// take it past them: the names alone, then namesOf's reading of them in
// the words the count leaves (namesOfList: titles kept where they fit,
// else dropped, "3: Donald Tusk, Emmanuel Macron and Giorgia Meloni");
// where none fits, the answer's first dozen words with the count, cut as
// a caption's are (trimDangling).
func countedShort(n int, short, names string, namesOf func(list string, budget int) string) string {
	head := strconv.Itoa(n) + ": "
	for _, s := range []string{short, names, namesOf(names, maxShortWords-wordCount(head))} {
		if s != "" && wordCount(head+s) <= maxShortWords {
			return head + s
		}
	}
	if wordsOver(head+short, maxShortWords) {
		return trimDangling(firstWords(head+short, maxShortWords))
	}
	return head + short
}

// withItemLabel widens span s of text, a figure right after the label
// that opens a list's item ("United States: $150 million, mostly …"),
// over that label: the item gives the figure as the label's, and the
// label, names alone, is what says whose it is. Otherwise s.
func withItemLabel(text string, s span) span {
	i := strings.Index(text, ": ")
	if i < 0 || s.start != i+len(": ") || s.end <= s.start || !labelled(text) || !namesOnly(text[:i]) {
		return s
	}
	return span{0, s.end}
}
