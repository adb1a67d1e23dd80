// Measures: units, dimensions, currencies, and what a measure is of.

package qa

import (
	"slices"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// withUnit reports whether the number at s of text is a measure of the
// dimension m: a unit of it follows ("38 kilometres", "72-member") or
// comes just before it ("magnitude 7.1").
func withUnit(text string, s span, m string) bool {
	if m == "age" {
		// "Rosa Mamani, 67, waits …", "a 39-year-old driver", "67 years
		// old", "aged 67"; "for 19 years", "several years" last, no age
		if ageAfterName(text, s) || wordBefore(text, s) == "aged" || unitWords[m][wordAfter(text, s)] {
			return true
		}
		w, rest := afterFigure(text, s)
		next, _ := nextWord(rest)
		return (w == "years" || w == "year") && strings.Trim(next, ".") == "old"
	}
	if m == "frequency" {
		// any unit of time, years too ("once every 30 years"), for
		// everyFigure keeps out a span ("for 19 years")
		after := wordAfter(text, s)
		return (unitWords[m][after] || isTimeUnit(after)) && everyFigure(text, s)
	}
	return unitWords[m][wordAfter(text, s)] || unitWords[m][wordBefore(text, s)]
}

// measuredBy reports whether the number at s of text is a measure of the
// dimension q asks about: withUnit's unit, or for a size a count of the
// people of what q asks about (peopleSized).
func measuredBy(q *question, text string, s span) bool {
	return withUnit(text, s, q.measure) || q.measure == "size" && peopleSized(q, text, s)
}

// sizedOther reports whether the number at s of text says how big a
// thing is in a unit of another of sizeDimensions, where the number's
// phrase names the thing the question asks about, by a word of the
// question or one that stands for it ("a magnitude 5.9 *aftershock*" for
// "how big was the aftershock"), or names no thing at all, measuring what
// its clause speaks of ("measured it at magnitude 7.0"): "big" asks of a
// thing's magnitude in whatever it is measured by, but a measure of
// another thing in the passage ("a magnitude 7.1 quake" for "how big was
// the landslide") says nothing of it.
func (e *Engine) sizedOther(q *question, text string, s span) bool {
	if !slices.ContainsFunc(sizeDimensions, func(m string) bool { return withUnit(text, s, m) }) {
		return false
	}
	// the words after the number and its unit, and past the "of" of a
	// measured mass ("300 tonnes *of grain*")
	rest := strings.TrimLeft(countedText(text, s), " -")
	for {
		w, after := nextWord(rest)
		if lw := strings.ToLower(w); w == "" || !isUnit(lw) && lw != "of" {
			break
		}
		rest = after
	}
	named := false
	for lw := range numberPhrase(rest) {
		named = true
		if e.namesAsked(q, lw, true) {
			return true
		}
	}
	if named {
		return false
	}
	// nothing named after it: the measure is the thing's its sentence
	// names before it, the asked one as typed or by a synonym ("the
	// *aftershock*, of magnitude 4.1"; a GloVe neighbour may be
	// another: "quake") or none ("measured it at magnitude 6.2"), not
	// another ("the main *quake*, of magnitude 7.1, was followed by a
	// smaller aftershock")
	before := text[sentenceOpening(text, 0, s.start):s.start]
	return e.namesAsked(q, before, false) || !namesMeasurable(before)
}

// namesAsked reports whether a word of text stands for a word of the
// question: question.stands where soft, else question.standsAs.
func (e *Engine) namesAsked(q *question, text string, soft bool) bool {
	for _, tok := range e.analyze(text) {
		for i := range q.terms {
			if q.standsBy(tok.Term, i, soft) {
				return true
			}
		}
	}
	return false
}

// namesMeasurable reports whether text names a thing a measure may be of: a
// common noun (knownNoun) that is not a unit ("magnitude"), a time
// ("Monday", "night") nor a person ("seismologists"), read as a noun where
// no other word class knows it ("aftershock") or where a determiner or an
// adjective opens it (nounSlot: "the *quake*", "the first *quake*"; "it
// *hit*" is a verb, "a *huge*" no noun). A name is no such thing: it may
// be the asked thing's own ("the Orla weighs 40,000 tonnes" for "how big
// is the ferry").
func namesMeasurable(text string) bool {
	ws := words(text)
	for i, w := range ws {
		if i > 0 && w != "" && unicode.IsUpper([]rune(w)[0]) {
			continue // a name
		}
		w = strings.ToLower(unpossessed(w))
		if w == "" || isUnit(w) || timeWord(w) || lexicon.IsFunctionWord(w) || pastVerb(w) || lexicon.IsPersonNoun(w) || !lexicon.IsWord(w) {
			continue
		}
		other := lexicon.IsVerb(w) || lexicon.IsAdjective(w) || lexicon.IsAdverb(w)
		if knownNoun(w) && (!other || i > 0 && nounSlot(ws[i-1])) {
			return true
		}
	}
	return false
}

// sizeDimensions are the dimensions besides size whose units say how big
// a thing is, as WordNet's "big" reads (above average in size, number,
// quantity, magnitude or extent): its weight ("a hull of 40,000 tonnes"),
// its force ("a magnitude 5.9 aftershock"). Not length: its units say
// how far too, and a distance with nothing named after it ("34
// kilometres (21 miles) northeast of Calama") is no size of Calama.
var sizeDimensions = []string{"weight", "force"}

// dimensionNouns are, by adjective, the nouns of the dimension it names
// (kinds.txt [measure-noun] and [dimension-noun]: "deep": depth, "tall"
// and "high": height, "long": length).
var dimensionNouns = func() map[string][]string {
	m := map[string][]string{}
	for _, section := range []string{"measure-noun", "dimension-noun"} {
		for _, line := range cueLists[section] {
			m[line[0]] = append(m[line[0]], line[1:]...)
		}
	}
	return m
}()

// dimensionNoun reports whether w is a noun some dimension adjective
// names ("depth", "length").
func dimensionNoun(w string) bool {
	for _, ns := range dimensionNouns {
		if slices.Contains(ns, w) {
			return true
		}
	}
	return false
}

// measureAdjective is the adjective a measure question asks by ("how
// *deep*"), or "".
func measureAdjective(q *question) string {
	if q.measure == "" || len(q.words) < 2 {
		return ""
	}
	return q.words[1]
}

// otherDimension reports whether the figure at s of text is said of a
// dimension other than the one the question's adjective asks for
// (asked: "deep"): its unit followed by another dimension's adjective
// ("98 kilometres *long*", "31 centimetres long" for "how deep"), or
// in another's noun ("a *length* of 98 kilometres", "98 kilometres in
// length"). A length is no depth, a width no height, though all are
// given in metres; "tall" and "high" share "height", and a figure with
// no such word says nothing against it.
func otherDimension(asked, text string, s span) bool {
	want := dimensionNouns[asked]
	if len(want) == 0 {
		return false
	}
	other := func(w string, noun bool) bool {
		w = strings.ToLower(strings.Trim(w, ".,;:()\"'’”"))
		if noun {
			return dimensionNoun(w) && !slices.Contains(want, w)
		}
		ns, ok := dimensionNouns[w]
		return ok && !slices.ContainsFunc(ns, func(n string) bool { return slices.Contains(want, n) })
	}
	after := strings.Fields(strings.TrimLeft(text[s.end:], " -"))
	if len(after) >= 2 && isUnit(strings.ToLower(strings.Trim(after[0], ".,;:()"))) {
		if other(after[1], false) || len(after) >= 3 && strings.EqualFold(after[1], "in") && other(after[2], true) {
			return true
		}
	}
	before := lastFields(text[:s.start], 2)
	if n := len(before); n >= 2 && strings.EqualFold(before[n-1], "of") {
		return other(before[n-2], true)
	}
	return false
}

// ageAfterName reports whether the number at s stands alone after a
// name and a comma, up to a comma or the sentence's end, as a person's
// age does ("Rosa Mamani, 67,", "said Brandt, 51.").
func ageAfterName(text string, s span) bool {
	before := strings.TrimSuffix(text[:s.start], ", ")
	rest := text[s.end:]
	ends := strings.HasPrefix(rest, ",") || rest == "" || (strings.HasPrefix(rest, ".") && strings.TrimSpace(rest[1:]) == "") || strings.HasPrefix(rest, ". ")
	name := lastWord(before)
	return len(before) < s.start && ends && isCapital(name) && !getFold(notPeople, name) // ("by Tuesday, 51": no one's age)
}

// afterFigure is the word right after the number at s of text, past a
// space or a hyphen ("72-member"), lower-cased with its marks (nextWord),
// and the text after that word: wordAfter trims the word, and withUnit's
// age and everyFigure read on past it ("67 years old", "three times a
// week").
func afterFigure(text string, s span) (string, string) {
	return nextWord(strings.TrimLeft(text[s.end:], " -"))
}

// wordAfter is the word right after the number at s ("38 kilometres"),
// wordBefore the one right before it ("magnitude 7.1"), lower case.
func wordAfter(text string, s span) string {
	next, _ := afterFigure(text, s)
	return strings.Trim(next, ".()")
}

func wordBefore(text string, s span) string {
	return strings.ToLower(lastWord(text[:s.start]))
}

// unitAfter reports whether a unit of any dimension stands right after
// the number at s, unitBefore right before it.
func unitAfter(text string, s span) bool { return isUnit(wordAfter(text, s)) }

func unitBefore(text string, s span) bool { return isUnit(wordBefore(text, s)) }

// isUnit reports whether w is a unit of any dimension (kinds.txt).
func isUnit(w string) bool { return anyUnit[w] }

// anyUnit are the units of every dimension: one look-up for a passage's
// every number, not one a dimension.
var anyUnit = func() map[string]bool {
	all := map[string]bool{}
	for _, units := range unitWords {
		for w := range units {
			all[w] = true
		}
	}
	return all
}()

// currencyAfter reports whether a currency (kinds.txt) follows a figure:
// "900 billion pesos", "40 million euros".
func currencyAfter(rest string) bool {
	for _, w := range firstFieldsLower(rest, 2) {
		if currencies[strings.Trim(w, ".,;:()")] {
			return true
		}
	}
	return false
}

var currencies = cueSet("currency") // kinds.txt

// percentAfter reports whether a figure is a percentage: "3%", "12 per
// cent", "40 percent".
func percentAfter(rest string) bool {
	rest = strings.ToLower(rest)
	return strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, " percent") || strings.HasPrefix(rest, " per cent")
}

// isUnitWord reports whether w is a unit: of a dimension (isUnit) or of
// time ("hours", durationRE's).
func isUnitWord(w string) bool {
	return isUnit(w) || isTimeUnit(w)
}

// measuresThing reports whether a "how deep/high/heavy/hot/strong"
// question measures a thing with extent: its dimension is no size, age or
// frequency, and every noun it holds besides names is one of WordNet's
// physical things ("how deep do the pier 4 *cracks* go"). Such a measure
// is a length, a weight, a heat, never a sum of money or a share ("$16.2
// million to replace the crossheads on piers 2, 3 and 4"); but "how high
// did copper *prices* go" measures no thing, and "3%" answers it.
// (typeFigure asks it for every candidate: a word's number test is the
// engine's, remembered, holdsNumber.)
func (e *Engine) measuresThing(q *question) bool {
	if q.measure == "" || q.measure == "size" || q.measure == "age" || q.measure == "frequency" {
		return false
	}
	n := 0
	for kt := range q.terms {
		t := &q.terms[kt]
		w := strings.ToLower(t.word)
		if t.entity || e.holdsNumber(w) || lexicon.IsVerb(w) && !lexicon.IsPhysicalNoun(w) || measureOf(w) != "" || measureNouns[w] {
			continue // ("go", "deep", "depth", "4")
		}
		if !lexicon.IsPhysicalNoun(w) {
			return false
		}
		n++
	}
	return n > 0
}

// measureNouns are the nouns of kinds.txt's [measure-noun] ("depth"),
// which a question's adjective is read as.
var measureNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range cueLists["measure-noun"] {
		for _, n := range line[1:] {
			m[n] = true
		}
	}
	return m
}()

// measures are the dimensions kinds.txt gives adjectives and units for.
var measures = []string{"length", "size", "force", "weight", "heat", "age", "frequency"}

// measureWords and unitWords are, by dimension, its adjectives ("deep")
// and units ("kilometres"), kinds.txt.
var measureWords, unitWords = func() (map[string]map[string]bool, map[string]map[string]bool) {
	adj, unit := map[string]map[string]bool{}, map[string]map[string]bool{}
	for _, m := range measures {
		adj[m], unit[m] = cueSet("measure-"+m+"-words"), cueSet("unit-"+m+"-words")
	}
	return adj, unit
}()

// measureOf returns the dimension an adjective names ("deep": "length"),
// the first kinds.txt gives it to, or "".
func measureOf(w string) string {
	for _, m := range measures {
		if measureWords[m][w] {
			return m
		}
	}
	return ""
}
