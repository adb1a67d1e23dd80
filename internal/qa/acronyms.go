package qa

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// maxAcronym is the longest acronym read as the initials of a name: longer
// runs of capitals are words ("NATO" is used as such by the articles too).
const maxAcronym = 5

// learnAcronyms reads the initials of every name of two to maxAcronym
// capitalised words the articles use ("European Union", "World Health
// Organization": eu, who is left out as a word the articles use, and any
// acronym the articles use themselves is found as itself) and maps them,
// lower case, to the analysed words of the name. An acronym two names
// share stands for both.
func (e *Engine) learnAcronyms() map[string][]string {
	out := map[string][]string{}
	for _, a := range e.c.Articles {
		for _, p := range a.Passages {
			for _, n := range e.names(p.Text) {
				name := p.Text[n.start:n.end]
				var initials strings.Builder
				words := 0
				for _, w := range strings.Fields(name) {
					r, _ := utf8.DecodeRuneInString(w)
					if unicode.IsUpper(r) {
						initials.WriteRune(unicode.ToLower(r))
						words++
					}
				}
				if words < 2 || words > maxAcronym {
					continue
				}
				key := initials.String()
				for _, t := range e.analyze(name) {
					if !slices.Contains(out[key], t.Term) {
						out[key] = append(out[key], t.Term)
					}
				}
			}
		}
	}
	for _, terms := range out {
		sort.Strings(terms) // a stable query, whatever order the articles came in
	}
	return out
}

// variantTerms returns the analysed terms of the other spellings of word
// (American or British, lexicon.Variants) that the articles use.
func (e *Engine) variantTerms(word string) []string {
	var out []string
	for _, v := range lexicon.Variants(word) {
		if e.vocab.count[v] == 0 {
			continue
		}
		for _, t := range e.analyze(v) {
			if !slices.Contains(out, t.Term) {
				out = append(out, t.Term)
			}
		}
	}
	return out
}
