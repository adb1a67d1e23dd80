// Type score of a figure: prospects, quantities, sums and shares.

package qa

import (
	"iter"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// typeFigure is typeHowMany by the passage's numbers alone.
func (e *Engine) typeFigure(q *question, c *cand) float64 {
	best, _ := e.typeFigureOf(q, c, false)
	return best
}

// typeFigureOf is typeFigure, and where done is true, typeFigure with a
// figure said as a prospect (prospectiveFigure) scored no more than
// prospectFigure (0 where done is false).
func (e *Engine) typeFigureOf(q *question, c *cand, done bool) (best, doneBest float64) {
	text := c.p.Text
	for s, f := range e.figureTypes(q, text) {
		best = max(best, f)
		if !done {
			continue
		}
		if f > prospectFigure && prospectiveFigure(text, s) {
			// "how much mud did they end up digging away": what was
			// done, which "said about 18,000 cubic metres … would have
			// to be removed" only foresaw ("after dredgers had removed
			// about 21,000 cubic metres" says)
			f = prospectFigure
		}
		doneBest = max(doneBest, f)
	}
	return best, doneBest
}

// figureTypes yields each figure of text that is free to answer q
// (freeSpans), with its figureType: typeFigureOf and answeringFigures
// read the same figures.
func (e *Engine) figureTypes(q *question, text string) iter.Seq2[span, float64] {
	return func(yield func(span, float64) bool) {
		a := e.figureAskOf(q)
		figs := e.figureFactsOf(text) // (its years and capacities, read once for the passage)
		for _, s := range e.freeSpans(q, text, figs.spans) {
			if !yield(s, e.figureType(q, text, figs, s, a)) {
				return
			}
		}
	}
}

// figureAsk is what figureType reads of a question beside its terms:
// whether it asks "how much" (asksMuch), for a sum of money (asksMoney),
// or for a thing's extent, which no sum of money or share answers
// (measuresThing), whether it asks by how much something changed
// (asksChange) and whether "how much" asks a difference (asksDifference).
type figureAsk struct{ much, money, thing, change, differs bool }

// figureAskOf is q's figureAsk, remembered for the question: typeFigureOf
// reads it for every candidate, answeringFigures for several.
func (e *Engine) figureAskOf(q *question) figureAsk {
	r := q.reads()
	if !r.figureRead {
		much := asksMuch(q)
		r.figure, r.figureRead = figureAsk{much: much, money: asksMoney(q), thing: e.measuresThing(q), change: asksChange(q), differs: much && asksDifference(q)}, true
	}
	return r.figure
}

// prospectFigure is typeFigure's score of a figure said as a prospect
// (prospectiveFigure) for a question asked in the past (asksDone): a
// forecast or a plan may have come true, but a figure said as done
// answers better. It weighs in the ranking only (cand.prospectOnly): a
// pledge asked of in the past ("how many troops did france pledge") is
// still answered by "could contribute several thousand troops" where
// nothing else gives it, and no type the decision reads is lowered.
const prospectFigure = 0.75

// asksDone reports whether a question asks in the past what was done:
// not of what is to come, nor itself supposing ("how many houses wouldve
// been knocked down", "how many are supposed to ride it"). q.future is
// not read: the words that make it ("will", "next", "upcoming") are
// speaksOfProspect's too, and "soon" or "later" in a question in the past
// tell of a time after another, not of the future (reading it as well
// changed no answer of any set: final re-read FF7).
func asksDone(q *question) bool {
	return asksPast(q) && !speaksOfProspect(strings.Join(q.words, " "))
}

// prospectiveFigure reports whether the figure at s of text is said as
// what may or is to be, not as what is or was: a modal auxiliary or
// "expected" governing it, before it in its clause ("is expected to
// crest … at about 7.5 metres": back to the sentence's opening, or past a
// fronted subordinate clause to its comma, to a subordinator or relative
// pronoun, which opens a clause of its own, or to
// another verb, the figure's own: "would only come into force once a
// ceasefire is agreed to end the almost four-year war") or as the first
// verb after it ("about 18,000 cubic
// metres … would have to be removed"; not "200 sensors glued to the beam
// will …", whose first verb is "glued"). A modal is lower case: "May 9"
// is a date.
func prospectiveFigure(text string, s span) bool {
	prospect := func(w string) bool {
		b, ok := lexicon.AuxBase(w)
		return ok && modal(b) || w == "expected"
	}
	opening := sentenceOpening(text, 0, s.start)
	if first, _ := typedWord(text[opening:]); subordinators[strings.ToLower(first)] {
		// a fronted subordinate clause ends at its comma, and its modal
		// governs its own verb: "Although the river could rise again,
		// 4,000 residents returned home"
		if comma := strings.LastIndex(text[opening:s.start], ","); comma >= 0 {
			opening += comma + 1
		}
	}
	before := strings.Fields(strings.Map(keepWordRune, text[opening:s.start]))
	for i := len(before) - 1; i >= 0; i-- {
		w := before[i]
		if prospect(w) {
			return true
		}
		if subordinators[w] || relativeWordSet[w] || auxiliaries[w] || pastVerb(w) {
			break
		}
	}
	for w := range strings.FieldsSeq(strings.Map(keepWordRune, text[s.end:clauseAround(text, s, clauseMarks).end])) {
		if prospect(w) {
			return true
		}
		if auxiliaries[w] || pastVerb(w) || progressive(w) {
			return false // the figure's verb, said as done or doing
		}
	}
	return false
}

// figureType is typeFigure's score of the figure at s of text.
func (e *Engine) figureType(q *question, text string, figs figureFacts, s span, a figureAsk) float64 {
	f := 0.0
	i := slices.Index(figs.spans, s)
	if figs.year[i] || figs.pronoun[i] {
		return f // "each floor dropping onto the one below" counts nothing
	}
	if q.measure == "age" && !withUnit(text, s, "age") {
		return f // "how old is the crane operator": an age is written as one ("Brandt, 51", "aged 51"); "several hundred strikers" is none
	}
	f = max(f, 0.5)
	if figs.capacity[i] && !slices.ContainsFunc(q.words, func(w string) bool { return capacityAsking[w] }) {
		return f // "with room for 600 people" is what the shelter can take, not how many stayed
	}
	if a.money && !money(text, s) && !(a.change && changedBy(text, s)) {
		// a sum asked for ("how much did the coast guard *spend* on
		// the booms") is given in money; "1,200 metres of floating
		// booms", "61,000 tonnes of wheat" measure the thing bought
		return f
	}
	if q.counted != nil && q.countsPeople() && partOfPeople(strings.ToLower(q.counted.word), text[s.end:]) {
		return f // "214 people had been confirmed dead" counts everyone, not the women asked about
	}
	// "35 countries" for "how many countries", "injured 2,460" for
	// "how many were injured", "38 kilometres" for "how deep"
	counts := q.measure == "" && (q.counted != nil || !a.much) && e.countsNamed(q, text, s)
	counted := counts && (e.doneHere(q, text, s) > 0 || e.doersIn(q, text[s.end:])) // the doers' noun says the deed: "600 donors"
	if counts {
		// what is asked about, counted, though the clause says of
		// it no word near the question's ("2,400 dock workers …
		// walked off the job" for "how many stopped working")
		f = max(f, countedOnly)
	}
	if !counts && q.measure == "" && q.countVerb >= 0 && e.countsAsPeople(q, text, s) && e.deedAt(q, text, s, q.countVerb) > 0 {
		// people counted by their kind, where the clause says the
		// question's verb of them: "About 2,400 dock workers …
		// walked off the job" for "how many ppl walked out" (a
		// question that says no deed would take any kind counted),
		// not "Four firefighters were treated … after the warehouse
		// fire" for "how many people died in the warehouse fire"; a
		// later verb of the question says it too ("About 9,000
		// residents voted" for "how many people showed up to vote"),
		// a later noun not (laterVerbs)
		f = max(f, kindCounted)
	}
	// (a change is no measure of what it changed: "added about 30
	// centimetres to river levels" for "how high did the river get")
	measured := q.measure != "" && (measuredBy(q, text, s) || q.measure == "size" && (e.sizeOf(q, text, s) || groupSized(q, text, s) || e.sizedOther(q, text, s))) && (!changeBy(text, s) || asksChange(q)) && !otherDimension(measureAdjective(q), text, s)
	if counted || measured || e.afterVerb(q, text, s) || e.verbNext(q, text, s) || e.doesVerb(q, text, s) {
		f = 1
	}
	if a.much && e.quantityOf(q, text, s) {
		// "seven tonnes of fuel oil" for "how much fuel oil leaked";
		// but where the clause holds nothing near the question's
		// verb, a quantity of what is asked about that is not the
		// part asked for ("It was carrying 61,000 tonnes of wheat"
		// for "how much of the wheat got damaged")
		if e.deedAt(q, text, s, q.muchVerbIndex()) > 0 {
			f = 1
		} else {
			f = max(f, countedOnly)
		}
	}
	if a.differs && (unitAfter(text, s) || isTimeUnit(wordAfter(text, s))) {
		f = 1 // "how much longer is the drive": "added about 25 minutes to journeys"
	}
	if a.much && changeBy(text, s) && !a.change && !a.differs {
		return f // "the cost had risen *by £190 million*": by how much it changed, not how much it is
	}
	if a.money && money(text, s) && e.costOfOther(q, text, s) {
		return f // "puts the cost of the temporary supports at $3 million" for "how much does the firm get paid for the inspections"
	}
	if a.money {
		if money(text, s) || a.change && changedBy(text, s) {
			// "$85,000" for "how much does the recount cost"; by how
			// much a sum changed, in a share of it too: "cut the
			// grant *by 30%*" for "how much did they cut the money"
			f = 1
		}
		return f // a share or a percentage is no sum: "half of one percent"
	}
	if (q.counted == nil || a.much) && q.measure != "age" && q.measure != "frequency" && !a.thing && (moneyOrPercent(text, s) || a.much && shareRE.MatchString(text[s.start:s.end])) {
		f = 1 // "$40 million" for "how much did China give", "3%" for "how much did prices rise", "a fifth" for "how much of Ukraine"
	}
	return f
}

// muchVerb is the index among q's terms of the first verb of a "how
// much" question, what its quantity must be said of ("how much of the
// wheat got *damaged*"), or -1.
func muchVerb(q *question) int {
	for i, t := range q.terms {
		if w := strings.ToLower(t.word); !t.entity && (lexicon.IsVerb(w) || pastVerb(w)) && !q.afterNounMarker(w) {
			return i
		}
	}
	return -1
}

// asksOther reports whether an analysed term stands for a word of the
// question other than its verb (at verb) and its counted noun.
func (q *question) asksOther(term string, verb int) bool {
	for _, h := range q.lookup[term] {
		if h.i != verb && (q.counted == nil || q.terms[h.i].term != q.counted.term) {
			return true
		}
	}
	return false
}

// quantityUnits are units of a quantity of stuff (kinds.txt).
var quantityUnits = cueSet("quantity-unit-words")

// quantityOf reports whether the number at s of text measures a quantity
// of what the question asks about: a unit of mass or volume, then "of"
// and a word of the question ("seven tonnes of fuel oil", "18,000 cubic
// metres of sand"), or of anything when the question asks for "how much"
// of a placeholder ("how much stuff did they send").
func (e *Engine) quantityOf(q *question, text string, s span) bool {
	after := strings.Fields(strings.ToLower(text[s.end:]))
	of := 1 // the unit's "of"; a unit of two words puts it after both ("cubic metres of sand")
	if len(after) > 2 && after[1] != "of" && after[2] == "of" && isLetters(after[1]) {
		of = 2
	}
	if len(after) < of+2 || after[of] != "of" || !quantityUnits[after[0]] && (of != 1 || !pluralNoun(after[0]) || isTimeUnit(after[0])) {
		// a unit of mass or volume, or any measure of a thing counted
		// ("200 portions of soup", "three truckloads of water"); not a
		// unit of time, which says how long the thing went on, not how
		// much of it there was ("after four days of almost constant
		// rain" for "how much rain fell")
		return false
	}
	if quantityUnits[after[0]] && asksMuchOfAnything(q) {
		return true // "how much stuff did Argentina send": a quantity of anything ("200 tonnes of food")
	}
	for _, w := range after[of+1 : min(len(after), of+4)] {
		for _, t := range e.analyze(strings.Trim(w, ".,;:")) {
			if len(q.lookup[t.Term]) > 0 {
				return true
			}
		}
	}
	return false
}

// moneyOrPercent reports whether the number at s of text is a sum of
// money or a percentage: a currency's sign before it ("$40 million"), its
// name or a percent after it ("900 billion pesos", "3%").
func moneyOrPercent(text string, s span) bool {
	return money(text, s) || percentAfter(text[s.end:])
}
