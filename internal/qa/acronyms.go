// Other forms of a question's word: acronyms' initials, spelling variants, irregular inflections.

package qa

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// maxAcronym is the longest acronym read as the initials of a name: longer
// runs of capitals are words ("NATO" is used as such by the articles too).
const maxAcronym = 5

// addAcronym adds to out the initials of name, when it is two to
// maxAcronym capitalised words ("European Union": eu; an acronym the
// articles use themselves is found as itself), mapped, lower case, to the
// analysed words of the name. An acronym two names share stands for both.
func (e *Engine) addAcronym(out map[string][]string, name string) {
	var initials strings.Builder
	words := 0
	for w := range strings.FieldsSeq(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		words++
		if letters := strings.ReplaceAll(w, ".", ""); len(letters) >= 2 && len(letters) <= 3 && strings.ToUpper(letters) == letters && strings.Count(w, ".") >= 1 {
			// initials written with stops stand for words of their own:
			// "U.S. Geological Survey" is the USGS
			initials.WriteString(strings.ToLower(letters))
			continue
		}
		initials.WriteRune(unicode.ToLower(r))
	}
	if words < 2 || words > maxAcronym {
		return
	}
	key := initials.String()
	for _, t := range e.analyze(name) {
		if !slices.Contains(out[key], t.Term) {
			out[key] = append(out[key], t.Term)
		}
	}
}

// acronymTerms returns the analysed words, of content, of what an English
// acronym stands for (lexicon.Acronym) that the articles use, when they
// use them all: "chief" and "execut" for "ceo" where they write "chief
// executive".
func (e *Engine) acronymTerms(word string) []string {
	var out []string
	for _, full := range lexicon.Acronym(word) {
		var terms []string
		used := 0
		for _, w := range full {
			if lexicon.IsFunctionWord(w) {
				continue
			}
			for _, t := range e.analyze(w) {
				if e.s.DocFreq(t.Term) > 0 {
					used++
					terms = append(terms, t.Term)
				}
			}
		}
		if used >= 2 {
			out = append(out, terms...)
		}
	}
	return out
}

// variantTerms returns the analysed terms of the other spellings of word
// (American or British, lexicon.Variants) that the articles use.
func (e *Engine) variantTerms(word string) []string {
	return e.usedTerms(lexicon.Variants(word), false)
}

// inflectedTerms returns the analysed terms of the irregular inflections
// of word, or of its base forms, that the articles use ("dealt" where they
// write "deal", "send" where they write "sent"): the stemmer joins only
// regular ones.
func (e *Engine) inflectedTerms(word string) []string {
	if r, ok := lexicon.Default().Rank(word); ok && r < lightVerbRank {
		return nil // "say", "get": the commonest verbs, light, would match their forms everywhere
	}
	return e.usedTerms(lexicon.Inflected(word), true)
}

// lightVerbRank is the frequency rank below which a word's irregular forms
// are not matched for it.
const lightVerbRank = 1000

// usedTerms returns the analysed terms of the words the articles use; with
// anyForm, of those they use in any form the index joins to them ("deal"
// for "dealt" where they write only "dealing"). A spelling variant is
// looked for as written: the stemmer joins "hospitalized" to "hospital",
// which is no other spelling of it.
func (e *Engine) usedTerms(words []string, anyForm bool) []string {
	var out []string
	for _, v := range words {
		if !anyForm && e.vocab.count[v] == 0 {
			continue
		}
		for _, t := range e.analyze(v) {
			if e.s.DocFreq(t.Term) > 0 && !slices.Contains(out, t.Term) {
				out = append(out, t.Term)
			}
		}
	}
	return out
}
