// "Where" answers: the place and what is said of where it is.

package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
)

// spanWhere is extractSpan for "where" questions.
func (e *Engine) spanWhere(q *question, c *cand, anchors []span) span {
	text := c.p.Text
	if q.locates {
		if d := e.placeDescription(q, text); d.end > d.start {
			return d
		}
	}
	if q.event {
		// "where was it": the event's place, as the passage names it
		if s := e.eventPlaceIn(text); s.end > s.start {
			return reckoned(text, s)
		}
	}
	if s := placePhrase(text, verbAnchors(q, c)); s.end > s.start {
		// "our people are sleeping in the street" for "where are people
		// sleeping": where the passage says the asked thing happens,
		// before any place it names elsewhere ("Calama")
		return s
	}
	names := e.wherePlaces(q, text, e.freeSpans(q, text, e.names(text)))
	var known []span
	for _, n := range names {
		if e.isPlace(text[n.start:n.end]) {
			known = append(known, n)
		}
	}
	switch l := located(text, known); {
	case len(l) > 0:
		names = l // "in Paris": a known place where a place stands
	case len(known) > 0:
		names = known
	default:
		names = located(text, names)
	}
	if len(names) == 0 {
		if s := placePhrase(text, anchors); s.end > s.start {
			return s // "in non-frontline areas"
		}
		if m := placeNounRE.FindStringIndex(text); m != nil {
			start := m[0] + strings.IndexByte(text[m[0]:m[1]], ' ') + 1
			return span{start, m[1]} // "based in *a neighbouring country*"
		}
		return span{}
	}
	return reckoned(text, nearest(names, anchors))
}

// placeDescription is what text says of where the place a "where is X"
// question names lies: an apposition after it that opens with an article
// or a distance and holds no verb ("Calama, *a city of about 190,000
// people on the edge of the Atacama Desert*", "Antofagasta, *about 215
// kilometres to the southwest*"), or the phrase of a kind of place it
// ends ("*the northern Chilean city of* Calama"); an empty span for none.
// ("Tocopilla, the quake cracked …" is a clause, no apposition.)
func (e *Engine) placeDescription(q *question, text string) span {
	name := q.terms[0]
	for _, n := range e.names(text) {
		if !slices.ContainsFunc(e.analyze(text[n.start:n.end]), func(t index.Token) bool { return t.Term == name.term }) {
			continue
		}
		if rest, ok := strings.CutPrefix(text[n.end:], ", "); ok {
			end := len(rest)
			for i, r := range rest {
				if strings.ContainsRune(",;:(—–", r) && !(r == ',' && i > 0 && i+1 < len(rest) && isDigit(rest[i-1]) && isDigit(rest[i+1])) {
					end = i // (not a figure's comma: "190,000")
					break
				}
			}
			body := strings.TrimRight(rest[:end], " .")
			first, _ := nextWord(body)
			first = strings.ToLower(first)
			if (articles[first] || first == "about" || first == "some" || e.holdsNumber(first)) && wordCount(body) >= 2 && wordCount(body) <= maxShortWords && !clauseVerb(body) {
				at := n.end + 2
				return span{at, at + len(body)}
			}
		}
		before := strings.Fields(text[:n.start])
		if k := len(before); k >= 3 && before[k-1] == "of" && getFold(placeKinds, before[k-2]) {
			// back to the article that opens the phrase: "the northern
			// Chilean city of"
			for j := k - 3; j >= 0 && j >= k-6; j-- {
				if getFold(articles, before[j]) {
					if j == k-3 {
						break // "the port of Ostrhaven": no word of where
					}
					start := strings.LastIndex(text[:n.start], before[j]+" ")
					for _, w := range before[j:] {
						if strings.ContainsAny(w, ",;:") {
							start = -1
						}
					}
					if start >= 0 {
						return span{start, n.end}
					}
					break
				}
			}
		}
	}
	return span{}
}

// clauseVerb reports whether words hold a verb a clause would have: an
// auxiliary or a verb in the past ("the quake cracked the seawall"); not
// a present form, which a noun phrase's words may be ("the *cracks*").
func clauseVerb(s string) bool {
	return anyWord(strings.ToLower(s), ",.;:“”\"'’", func(w string) bool { return auxiliaries[w] || pastVerb(w) })
}

// anyWord reports whether a word of s, trimmed of the marks in cut, is
// one that `is` accepts: the walk under the package's verb tests, which
// differ in what they accept. clauseVerb: an auxiliary or a past form;
// hasVerb: those or a word mostly a verb (verbWord), not a possessive;
// holdsVerb: a word mostly a verb or a past form as typed in lower case,
// or a relative pronoun, no auxiliary. (question.subordinateFrom reads
// the question's words, already lower case and trimmed: a finite verb, a
// past form or an auxiliary.)
func anyWord(s, cut string, is func(w string) bool) bool {
	for w := range strings.FieldsSeq(s) {
		if is(strings.Trim(w, cut)) {
			return true
		}
	}
	return false
}

// compassPoints are the points of the compass a place is reckoned by.
const compassPoints = `(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)`

// reckonedFromRE is a distance and a compass point before a place they are
// reckoned from: "34 kilometres (21 miles) northeast of ", "north of ".
var reckonedFromRE = regexp.MustCompile(`(?:\b(?:about |some |nearly |around |roughly |almost )?\d[\d,.]*\s+\p{L}+\s+(?:\([^()]{1,40}\)\s+)?)?\b` + compassPoints + `\s+of\s+(?:the\s+)?$`)

// reckoned widens a place s to the distance and direction it is reckoned
// from, when they stand before it: where something is, "34 kilometres
// (21 miles) northeast of Calama", is not Calama.
func reckoned(text string, s span) span {
	if s.end <= s.start {
		return s
	}
	if m := reckonedFromRE.FindStringIndex(text[:s.start]); m != nil {
		s.start = m[0]
	}
	return s
}
