// Type scores for "who" and "where" questions.

package qa

import (
	"bytes"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// typeWho is typeScore for "who" questions.
func (e *Engine) typeWho(q *question, c *cand) float64 {
	if asksLeader(q) {
		if e.namesLeader(q, c.p.Text) {
			return 1 // "Council leader Aisha Brannigan", "led by Frances Oduya" for "who runs …"
		}
		return min(e.typeWhoAny(q, c), notLeader) // names, but none given as a leader
	}
	return e.typeWhoAny(q, c)
}

// typeWhoAny is typeWho of any "who" question, whoever it asks for.
func (e *Engine) typeWhoAny(q *question, c *cand) float64 {
	text := c.p.Text
	if q.role {
		// "who is the French president": a name the role stands with
		free := e.freeSpans(q, text, e.names(text))
		if s, ok := e.titled(q, c, free, nil); ok {
			if q.plural && !slices.ContainsFunc(groupNames(text, free), func(g span) bool { return g.start <= s.start && s.end <= g.end && g.end-g.start > s.end-s.start }) {
				return 0.7 // "who were the US envoys": one where the passage names no more with it
			}
			return 1
		}
		return 0
	}
	if q.nameOf != "" {
		// "what's the name of Calama's main hospital": a name that
		// passage gives that noun
		if _, ok := e.nameFor(q, c); ok {
			return 1
		}
		return 0
	}
	if q.defines {
		if s := e.description(q, c); s.end > s.start {
			return 1
		}
		return 0.3
	}
	if q.wantsCountry() {
		for _, n := range e.freeSpans(q, text, e.names(text)) {
			if w := text[n.start:n.end]; e.isPlace(w) && !isCity(w) {
				return 1
			}
		}
		return 0.2
	}
	if e.doerAsked(q, c) {
		return 0.2 // "Paris hosts …" for "who hosted the Paris summit": the doer is the question's own
	}
	if e.opposedStance(q, c) {
		return 0.2 // "The Conservative and Independent groups voted against" for "who voted for it"
	}
	if free := e.freeSpans(q, text, e.names(text)); len(free) > 0 {
		actors := 0 // people, or countries unless a person is asked for
		person := e.wantsPerson(q)
		for _, n := range free {
			if a := e.actorOf(text, n); (a.person || !person && a.acting) && (q.negated || !a.denied) && !a.dateline {
				actors++
			}
		}
		switch {
		case actors == 0:
			return 0.5 // names, but of bodies or nationalities: "the Coalition of the Willing"
		case q.plural && len(groupNames(text, free)) == len(free):
			return 0.7 // "who were the envoys": one name where several are asked for
		}
		return 1
	}
	if c.prev != nil && opensWithAnaphor(text) && len(e.freeSpans(q, c.prev.Text, e.names(c.prev.Text))) > 0 {
		return 0.7 // the names are in the sentence before: "The two …"
	}
	return 0
}

// captionScenesOnly reports whether a photo caption names, besides the
// question's names, only the places of its scene ("in Calama, Chile"),
// the days and months of its date and its credit ("(Pacific
// Ledger/Camila Ortúzar)"): a "who" question asks for a doer, and a
// caption says where and when a photograph was taken ("Rescuers carry a
// stretcher from a collapsed apartment block on Granaderos Avenue in
// Calama, Chile"), not who built or ordered anything it shows.
func (e *Engine) captionScenesOnly(q *question, c *cand) bool {
	if c.p.Kind != corpus.KindCaption || asksOfPhoto(q) {
		return false // ("who photographed the rescuers": its credit says)
	}
	text := c.p.Text
	credit := len(text)
	if m := creditRE.FindStringIndex(text); m != nil {
		credit = m[0]
	}
	scene := false
	for _, n := range e.freeSpans(q, text, e.names(text)) {
		if n.start >= credit || getFold(notPeople, text[n.start:n.end]) {
			continue
		}
		if !e.isPlace(text[n.start:n.end]) || !locatedAt(text, n.start) {
			return false
		}
		scene = true
	}
	return scene
}

// asksOfPhoto reports whether a question speaks of a photograph: a word
// for one (kinds.txt [meta-photo]) or a verb of taking one
// ("photographed", "took", "shot").
func asksOfPhoto(q *question) bool {
	if at, _ := findCue(q.words, "meta-photo"); at >= 0 {
		return true
	}
	return slices.ContainsFunc(q.words, func(w string) bool {
		return strings.HasPrefix(w, "photograph") || w == "took" || w == "taken" || w == "shot" || w == "snapped"
	})
}

// deniedOf reports whether name n of text is said not to have done or
// not to have been there: a negation or a word of absence among the few
// words after it ("Croatia and the Czech Republic said they would not
// deploy", "Russia has yet to comment … and has given no indication"), or
// right before it ("conspicuously absent: Russian President Vladimir
// Putin", "without Russia"); no doer of a deed a question asks about
// without a "not".
func deniedOf(text string, n span) bool {
	denies := func(w string) bool {
		w = strings.Trim(strings.ToLower(w), ",:;.“”\"'’()")
		return negWords[w] || absenceWords[w]
	}
	after := strings.Fields(text[n.end:clauseAround(text, n, ".;").end])
	for _, w := range after[:min(len(after), deniedReach)] {
		if denies(w) {
			return true
		}
	}
	for _, w := range lastFields(text[:n.start], 2) {
		if denies(w) {
			return true
		}
	}
	return false
}

// deniedReach is how many words after a name a negation denies it:
// "said they would not".
const deniedReach = 5

// absenceWords say that someone was not there.
var absenceWords = wordSet("absent absence without missing")

// actingPlace reports whether a place may be who did something: a
// country, or a city that is a country's capital, the seat of its
// government ("Moscow rejected …"); not another city ("Calama" wants no
// inquiry; a senator does).
func actingPlace(name string) bool {
	lw := strings.ToLower(name)
	if lexicon.CountryWords(lw) != nil || lexicon.CapitalOf(lw) != "" {
		return true
	}
	// of other places, those the gazetteer knows that are no city
	// ("Europe"); a place known only from the articles ("Calama, Chile")
	// is a town or a district
	return gazetteerHas(name) && !isCity(name)
}

// typeWhere is typeScore for "where" questions.
func (e *Engine) typeWhere(q *question, c *cand) float64 {
	text := c.p.Text
	if q.locates {
		if d := e.placeDescription(q, text); d.end > d.start {
			return 1 // "Calama, a city … on the edge of the Atacama Desert"
		}
		return 0.2 // another place named with it says where something else is
	}
	free := e.wherePlaces(q, text, e.freeSpans(q, text, e.names(text)))
	best := 0.0
	if len(free) > 0 {
		best = 0.2
	}
	for _, n := range e.locatedAmong(text, free) {
		best = max(best, 0.8) // "in …", "at …": where a place stands
		if e.isPlace(text[n.start:n.end]) {
			return 1 // "at the Elysee Palace"
		}
	}
	for _, n := range free {
		if e.isPlace(text[n.start:n.end]) {
			if q.before(c, n) {
				return 1 // "Paris hosts …", "the Paris talks"
			}
			if possessiveAt(text, n.end) {
				continue // "who heads *Chile’s* rescue team": whose, not where
			}
			best = max(best, 0.6) // a place, but not said to be where
		}
	}
	if best < 0.8 && !q.within {
		// (not for "where in Paris": a place inside it is asked for,
		// which a phrase after the question's words, "continue … in
		// Paris to build *on the current momentum*", does not name)
		if s := placePhrase(text, e.anchors(q, c)); s.end > s.start {
			best = 0.8 // "deploying European forces *in non-frontline areas*"
		} else if len(e.find(placeNounRE, text)) > 0 {
			best = 0.7 // "would be based *in a neighbouring country*"
		}
	}
	return best
}

// wherePlaces leaves out of names, for "where in X", the countries: a
// place inside X is asked for ("where in Paris": not Ukraine).
func (e *Engine) wherePlaces(q *question, text string, names []span) []span {
	if !q.within {
		return names
	}
	var out []span
	for _, n := range names {
		name := unpossessed(strings.ToLower(text[n.start:n.end]))
		if lexicon.CountryWords(name) == nil {
			out = append(out, n)
		}
	}
	return out
}

// locatingPreps are the prepositions that put a name after them in a
// place, alone and with "the" ("in", "in the"), as located reads them: made
// once, not joined anew for every name.
var locatingPreps = func() [][]byte {
	var out [][]byte
	for _, prep := range []string{" in", " at", " to", " from", " near", " across", " into", " inside"} {
		out = append(out, []byte(prep), []byte(prep+" the"))
	}
	return out
}()

// located keeps the names that stand where a place does: after "in", "at",
// "to", "from", or before "region", "city".
func located(text string, names []span) []span {
	var out []span
	// the words either side, lowered on the stack, not in new strings for
	// every name: the words compared are ASCII, and a letter of another
	// script, left as it is, matches none of them as its lower case does
	var bb, ab [32]byte
	for _, s := range names {
		// the few words either side are all it reads, from a word's start
		from := max(0, s.start-16)
		if i := strings.IndexByte(text[from:s.start], ' '); from > 0 && i >= 0 {
			from += i
		}
		before := appendLowerASCII(append(bb[:0], ' '), strings.TrimSpace(text[from:s.start]))
		after := append(appendLowerASCII(ab[:0], text[s.end:min(len(text), s.end+12)]), ' ')
		place := bytes.HasPrefix(after, []byte(" region")) || bytes.HasPrefix(after, []byte(" city")) ||
			bytes.HasPrefix(after, []byte(" province")) || bytes.HasPrefix(after, []byte(" capital"))
		for _, prep := range locatingPreps {
			if bytes.HasSuffix(before, prep) {
				place = true
			}
		}
		if place {
			out = append(out, s)
		}
	}
	return out
}
