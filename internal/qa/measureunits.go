// Physical measure questions: the units asked for and the passages that measure the asked thing.

package qa

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// askedUnits are the units of the dimension a measure question asks
// ("how tall", "how deep", "how heavy": kinds.txt's [unit-…-words];
// "how long is X" of a thing with extent, asksExtent: a length), sorted,
// for the search to find a figure in one of them; none for any other
// question. Not "how big" (its units, "people", "members", "percent",
// are words of every report) nor "how old" or "how often" (a year or a
// day is no measure of the thing asked about).
func askedUnits(q *question) []string {
	units := slices.Collect(maps.Keys(askedUnitSet(q)))
	sort.Strings(units)
	return units
}

// askedUnitSet is the set of askedUnits, nil for none (kinds.txt's own
// set: read it, never change it).
func askedUnitSet(q *question) map[string]bool {
	m := q.measure
	if m == "" && q.extent {
		m = "length"
	}
	if !searchedDimensions[m] {
		return nil
	}
	return unitWords[m]
}

// searchedDimensions are the dimensions whose units askedUnits gives the
// search: those of a physical measure (length, weight, force: "how
// strong", magnitude, knots; heat: degrees). Some of their units name
// other things too ("floors", "pounds", "magnitude" in every report of a
// quake), which the search's extra terms can bear: preferMeasuredThing
// asks more, the figure joined to its unit before the asked thing's noun.
var searchedDimensions = map[string]bool{"length": true, "weight": true, "force": true, "heat": true}

// preferMeasuredThing puts first, for a question of a physical measure
// ("how tall is the kessock dam", "how long is the ship"), the best ranked
// of the candidates whose figure in a unit of the dimension asked
// is joined to the unit as a modifier of the very thing asked about, by a
// word of the question or one near it in meaning ("the 38-metre
// earth-fill dam", "a 229-metre vessel"), over a top passage whose figures
// modify no such thing: English puts a thing's own measure before its
// noun so, while a figure elsewhere in a sentence may measure anything
// near it ("rose to within 60 centimetres of the top of the dam"). The
// candidate's article must name every name of the question, since a
// report names its subject once and then speaks of "the dam".
func (e *Engine) preferMeasuredThing(q *question, cands []*cand) []*cand {
	units := askedUnitSet(q)
	if len(units) == 0 || len(cands) < 2 || e.modifiesAskedThing(q, cands[0].p.Text, units) {
		return cands
	}
	for i, c := range cands[1:] {
		if e.modifiesAskedThing(q, c.p.Text, units) && e.articleNamesAll(q, c.a) {
			if !c.close {
				// one the cheap ranking left out of the close look (its
				// figure's noun may be no word of the question: "vessel"
				// for "ship"): looked at now, as the decision reads it
				e.lookClosely(q, c)
				c.close = true
			}
			return toFront(cands, i+1)
		}
	}
	return cands
}

// unitModifierRE finds a figure joined to its unit by a hyphen, as a
// modifier goes before its noun ("38-metre", "1.8-kilometre").
var unitModifierRE = regexp.MustCompile(`\b\d[\d,.]*-([A-Za-z]+)\b`)

// unitReadings are, for a unit as it stands before its noun, the unit
// words of kinds.txt it reads as: itself, and each unit word one of
// whose singulars it is (lexicon.Singulars: "stories" → story, "inches" →
// inch). A unit before its noun is singular ("a 30-storey tower", "a
// 400-pound bear"), where the lists hold mostly plurals (final read FH3,
// FK5).
var unitReadings = func() map[string][]string {
	readings := map[string][]string{}
	for _, units := range unitWords {
		for w := range units {
			for s := range lexicon.Singulars(w) {
				if !slices.Contains(readings[s], w) {
					readings[s] = append(readings[s], w)
				}
			}
		}
	}
	return readings
}()

// thingMarks are the marks that end a noun phrase, or open a quotation.
const thingMarks = ",;:.()\"“”'’!?"

// thingReach is how many words after a figure's unit modifier its noun
// may stand ("the 38-metre earth-fill dam": the second).
const thingReach = 3

// modifiesAskedThing reports whether text holds a figure in one of units
// joined to it by a hyphen, whose noun, within thingReach words and no
// punctuation, is one of the question's words that names no name, or one
// near it in meaning (its soft alternatives).
func (e *Engine) modifiesAskedThing(q *question, text string, units map[string]bool) bool {
	for _, m := range unitModifierRE.FindAllStringSubmatchIndex(text, -1) {
		if u := strings.ToLower(text[m[2]:m[3]]); !slices.ContainsFunc(unitReadings[u], func(w string) bool { return units[w] }) {
			continue
		}
		words := strings.Fields(text[m[1]:])
		for _, raw := range words[:min(len(words), thingReach)] {
			w := strings.Trim(raw, thingMarks)
			if w == "" {
				break
			}
			for _, tok := range e.analyze(w) {
				if e.asksThing(q, tok.Term) {
					return true
				}
			}
			if w != raw {
				break // a mark ends the noun phrase: "a 40-metre crane, the ship's …"
			}
		}
	}
	return false
}

// asksThing reports whether the analysed term is one of the words of
// the thing a measure question asks about (thingWords: "dam" of "how tall
// is the kessock dam", not "dam" of "how long is the lake behind the
// kessock dam"), or near one in meaning.
func (e *Engine) asksThing(q *question, term string) bool {
	for _, w := range thingWords(q.words) {
		for k := range q.terms {
			t := &q.terms[k]
			if t.entity || !strings.EqualFold(t.word, w) {
				continue
			}
			if t.spelledBy(term) || slices.ContainsFunc(t.soft, func(a termAlt) bool { return a.term == term }) {
				return true
			}
		}
	}
	return false
}

// thingWords are the words of the subject of "how ADJ is X" (w, the
// question's words) before any phrase that modifies it: X's words up to
// the first preposition or other function word that is no determiner
// ("the lake" of "the lake
// behind the kessock dam"); none where the question is of no such form
// ("how high up does brandt sit in his crane").
func thingWords(w []string) []string {
	if len(w) < 4 || w[0] != "how" || !copulas[w[2]] {
		return nil
	}
	var out []string
	for _, x := range w[3:] {
		if articles[x] || possessives[x] {
			continue
		}
		if prepositions[x] || lexicon.IsFunctionWord(x) {
			break // "behind": a phrase of its own
		}
		out = append(out, x)
	}
	return out
}

// articleNamesAll reports whether article a names, in some passage, every
// name the question gives.
func (e *Engine) articleNamesAll(q *question, a *corpus.Article) bool {
	for k := range q.terms {
		t := &q.terms[k]
		if !t.entity {
			continue
		}
		found := false
		for i := range a.Passages {
			if slices.ContainsFunc(e.factsOf(a, &a.Passages[i]).toks, func(tok index.Token) bool { return tok.Term == t.term }) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
