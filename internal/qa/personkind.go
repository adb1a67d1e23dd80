// Whether a name or a question means a person, a city or a country.

package qa

import (
	"maps"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// trimmedTitles returns how many bytes of a name are titles and places
// before the person's own name ("Canadian Prime Minister " of "Canadian
// Prime Minister Mark Carney"), or 0. The words before a title that are
// no title themselves qualify it ("Interior Minister Tomás Villagra"); a
// place's one-word name right before a lone surname is a first name.
func (e *Engine) trimmedTitles(name string) int {
	toks := e.analyze(name)
	// a title of a question's or only of an article's ("Tocopilla *Mayor*
	// Verónica Alvial"): here it stands in an article
	title := func(t index.Token) bool { return e.titleWord(name[t.Start:t.End], t.Term) }
	k := 0
	for k < len(toks)-1 && (title(toks[k]) || e.isPlace(name[toks[k].Start:toks[k].End]) || isDemonym(name[toks[k].Start:toks[k].End])) {
		k++
	}
	if len(toks) == 2 && k == 1 && !isDemonym(name[toks[0].Start:toks[0].End]) && surnameWord(name[toks[1].Start:toks[1].End]) {
		// a place or a nationality before a name qualifies a title
		// after it ("Tocopilla Mayor", "Canadian Prime Minister"); one
		// word of a place's name right before a lone surname is a first
		// name, "Sofia Lind", "Georgia Hale" (a place before a word
		// English writes in lower case, "Tillard Valley", or before a
		// body's name of more words, "Ashcombe Regional High School",
		// stays a place, and a nationality is no first name, "Italian
		// Meloni"; a title, "Mayor Lind", the loop below finds again)
		k = 0
	}
	for j := len(toks) - 2; j >= k; j-- {
		if title(toks[j]) {
			k = j + 1
			break
		}
	}
	if k == 0 {
		return 0
	}
	return toks[k].Start
}

// surnameWord reports whether w may be a surname: no English word, or
// one English writes capitalised ("Hale", "Meijer"; not "Valley").
func surnameWord(w string) bool {
	return !bodyWord(w)
}

// isDemonym reports whether a capitalised word is a nationality:
// "Canadian", "French", "Argentine": a word made of a country's name
// (lexicon.IsCountryWord), or an English word (surnames are not: Meloni,
// Grynkewich) that ends as nationalities do ("European"), and no place
// itself.
func isDemonym(w string) bool {
	lw := strings.ToLower(w)
	if lw == "" || !isCapital(w) || gazetteerWords()[lw] {
		return false
	}
	if lexicon.IsCountryWord(lw) {
		return true // "Argentine", "Dutch": the words countries-list and WordNet give
	}
	if !lexicon.IsWord(lw) {
		return false
	}
	for _, suf := range []string{"an", "ish", "ese", "ian", "i", "ch"} {
		if strings.HasSuffix(lw, suf) && len(lw) > 4 {
			return true
		}
	}
	return false
}

// wantsPerson reports whether a "who" question asks for a person by a
// title or a word for people ("which US *envoy*", "which *official*"), where
// a country is no answer. Remembered for the question (recall): typeWho
// asks it for every candidate.
func (e *Engine) wantsPerson(q *question) bool {
	return recall(q, func(m *freeMemo) *remembered[bool] { return &m.person }, func() bool {
		if q.wantsCountry() {
			return false // "which country said it would help with its navy"
		}
		for kt := range q.terms {
			t := &q.terms[kt]
			if !t.entity && (e.titles[t.term] || meansPerson(strings.ToLower(t.word))) {
				return true
			}
		}
		return false
	})
}

// meansPerson reports whether a noun names a person: by WordNet, whose
// commonest sense of it is a person ("girl", "victim", "guy", "people";
// not "team", "country", "thing"). (GloVe, near "person", "woman" or
// "man", was asked of words no dictionary has; of the 80 000 words of the
// embedded table, none that WordNet and the dictionary lack stands that
// near, so it is asked no more. GloVe alone took "thing", "good" and
// "every" for people.)
func meansPerson(w string) bool {
	return lexicon.IsPersonNoun(w)
}

// isCity reports whether a place's name means a city more than a country
// to GloVe ("Paris", "Kyiv", "Moscow"; not "Russia", "Croatia"), which
// answers no "which countries". A name GloVe does not know is no city.
func isCity(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	if len(w) != 1 {
		return false // "Czech Republic", "United States"
	}
	emb := lexicon.Default()
	city, ok1 := emb.Similarity(w[0], "city")
	country, ok2 := emb.Similarity(w[0], "country")
	return ok1 && ok2 && city > country
}

// wantsCountry reports whether a "who" question asks for countries rather
// than people ("which country", "which nations").
func (q *question) wantsCountry() bool {
	return recall(q, func(m *freeMemo) *remembered[bool] { return &m.country }, func() bool {
		for kt := range q.terms {
			t := &q.terms[kt]
			if strings.HasSuffix(strings.ToLower(t.word), "al") {
				continue // "national", stemmed "nation", is no noun for a country
			}
			if t.term == "state" {
				if i := slices.Index(q.words, strings.ToLower(t.word)); i > 0 && q.words[i-1] == "of" {
					continue // "secretary of state", "heads of state": a title's words, no country asked for
				}
			}
			if t.term == "countri" || t.term == "nation" || t.term == "state" || slices.Contains(t.alts, "countri") {
				return true
			}
		}
		return false
	})
}

// officeWords make a title another office (kinds.txt [office-words]).
var officeWords = slices.Sorted(maps.Keys(cueSet("office-words")))

// countryWord reports whether w is a country's name or a word made of one
// ("dutch", "spanish"; lexicon.Countries).
func countryWord(w string) bool {
	lw := strings.ToLower(unpossessed(strings.ReplaceAll(w, "’", "'")))
	return lexicon.CountryWords(lw) != nil || lexicon.IsCountryWord(lw)
}
