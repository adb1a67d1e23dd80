// Places: the gazetteer and the places the articles name as such.

package qa

import (
	_ "embed"
	"maps"
	"regexp"
	"strings"
	"sync"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

//go:embed places.txt
var placeList string

// places is a gazetteer: well-known place names, folded (lower case, no
// accents), as written: "Russia" is a place, "Russian" is not.
type places map[string]bool

// gazetteerWords are the one-word places of the gazetteer, lower case:
// what a nationality is compared with (isDemonym); a set, as every name of
// every candidate passage is looked up in it.
var gazetteerWords = sync.OnceValue(func() map[string]bool {
	words := map[string]bool{}
	for _, line := range strings.Split(placeList, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") && !strings.Contains(line, " ") {
			words[strings.ToLower(line)] = true
		}
	}
	return words
})

// placeInText finds the places news text names as such: "Calama, Chile"
// (a name followed by a known place, as datelines and first mentions
// write a town), "the town of Tocopilla", "the Antofagasta region", and
// "Kessby, a village of about 900 people".
var (
	placeBeforeKnown = regexp.MustCompile(`\b((?:[A-Z][\p{L}'’-]+\s){0,2}[A-Z][\p{L}'’-]+),\s((?:[A-Z][\p{L}'’-]+\s?){1,3})`)
	placeAfterNoun   = regexp.MustCompile(`\b(?:` + placeKindAlts + `) of ((?:[A-Z][\p{L}'’-]+\s?){1,3})`)
	placeBeforeNoun  = regexp.MustCompile(`\bthe ((?:[A-Z][\p{L}'’-]+\s){1,3})(?:region|province|district|valley|desert|river)\b`)
	// "Calama, a city of about 190,000 people": a name and, in apposition, the kind of place it is
	placeApposition = regexp.MustCompile(`\b((?:[A-Z][\p{L}'’-]+\s){0,2}[A-Z][\p{L}'’-]+), (?:a|an|the) (?:[\p{L}-]+ ){0,2}(?:` + placeKindAlts + `)\b`)
)

// placeKindWords are the nouns for a kind of place that "of" joins to its
// name ("the mining city of Calama", "the town of Tocopilla") or that an
// apposition gives it ("Kessby, a village of …"); placeKinds as a set,
// placeKindAlts as a pattern's alternatives.
const placeKindWords = "city town village port region province state county district capital island suburb municipality"

var (
	placeKinds    = wordSet(placeKindWords)
	placeKindAlts = strings.ReplaceAll(placeKindWords, " ", "|")
)

// learnPlaces adds to p the places the articles name as such, so that a
// town the gazetteer does not know answers "where" as a place.
func (p places) learnPlaces(c *corpus.Corpus) {
	add := func(name string) {
		words := strings.Fields(name)
		for len(words) > 0 && lexicon.IsFunctionWord(strings.ToLower(words[0])) {
			words = words[1:] // "In Calama, a city …": the sentence's opening word is no part of the name
		}
		if len(words) > 0 {
			p[foldName(strings.Join(words, " "))] = true
		}
	}
	for _, a := range c.Articles {
		for _, ps := range a.Passages {
			for _, m := range placeBeforeKnown.FindAllStringSubmatch(ps.Text, -1) {
				if p.has(strings.TrimSpace(m[2])) && !p.has(m[1]) {
					add(m[1])
				}
			}
			for _, m := range placeAfterNoun.FindAllStringSubmatch(ps.Text, -1) {
				add(m[1])
			}
			for _, m := range placeBeforeNoun.FindAllStringSubmatch(ps.Text, -1) {
				add(m[1])
			}
			for _, m := range placeApposition.FindAllStringSubmatch(ps.Text, -1) {
				add(m[1])
			}
		}
	}
}

func (e *Engine) loadPlaces() places {
	return maps.Clone(gazetteerPlaces()) // the articles' own places are added to it
}

// gazetteerPlaces are the gazetteer's places (places.txt), folded, read
// once.
var gazetteerPlaces = sync.OnceValue(func() places {
	p := places{}
	for _, line := range strings.Split(placeList, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			p[foldName(line)] = true
		}
	}
	return p
})

// has reports whether a name is a place: the whole name, or its last
// words ("the Elysee Palace"), is in the gazetteer.
func (p places) has(name string) bool {
	words := strings.Fields(foldName(name))
	for i := range words {
		if p[strings.Join(words[i:], " ")] {
			return true
		}
	}
	return false
}

// gazetteerHas reports whether the gazetteer (places.txt) holds name.
func gazetteerHas(name string) bool { return gazetteerPlaces()[foldName(name)] }

// foldName folds a name for the gazetteer: accents and case, a trailing
// possessive, and the periods of "U.S.".
func foldName(s string) string {
	var words []string
	for w := range strings.FieldsSeq(s) {
		w = index.Fold(w)
		w = unpossessed(w)
		words = append(words, strings.ReplaceAll(w, ".", ""))
	}
	return strings.Join(words, " ")
}
