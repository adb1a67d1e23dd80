// Definite descriptions: whether text speaks of a thing as "the" and its head noun.

package qa

import (
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// maxDefiniteModifiers bounds the words between "the" and the noun a
// definite description ends on ("the 38-metre earth-fill dam": two):
// English stacks few modifiers before a noun, and a longer reach would
// join an article to a noun of another phrase.
const maxDefiniteModifiers = 3

// saysDefinite reports whether text speaks of a thing by a definite
// description ending on head (lower case): "the" and head, with at most
// maxDefiniteModifiers modifiers between ("the dam", "the 38-metre
// earth-fill dam"). A modifier is a word in lower case, a figure or a
// hyphened compound, no function word ("the other dam" is another) and no
// name ("the Harwick dam" names one of its own); no punctuation but the
// hyphen stands between, as a comma or a quotation mark closes the phrase.
// News prose names a thing once in full ("the Kessock Dam") and goes on to
// describe it so, its measure or its make before its noun.
func saysDefinite(text, head string) bool {
	words := strings.Fields(text)
	for i, w := range words {
		if headWord(w) != head {
			continue
		}
		if from := modifiersBefore(words, i, maxDefiniteModifiers, modifierWord); from > 0 && strings.EqualFold(words[from-1], "the") {
			return true
		}
	}
	return false
}

// headWord is a word of text as the noun a description ends on: lower
// case, without the punctuation after it or a possessive's "'s" ("the
// dam's crest" speaks of the dam too).
func headWord(w string) string {
	return unpossessed(strings.ToLower(strings.TrimRightFunc(w, unicode.IsPunct)))
}

// modifierWord reports whether w may stand between "the" and a noun in a
// description of a thing named before (saysDefinite): letters, digits and
// inner hyphens only, not capitalised, no function word; not "other", the
// word of alterity that stands after "the", nor an ordinal, which picks
// one of several ("the other dam", "the second dam" is not the one
// named); not a plural, a noun before its noun being singular ("the
// engineers inspecting dam walls" has its own head); and no verb's form
// (phraseVerb, the verb test phraseBefore makes of a phrase's words too:
// a past or "-ing" form, or a verb no noun) that WordNet reads as no
// adjective ("the engineers *inspecting* dam walls", where "the damaged
// dam" and "the existing dam" describe it). So an attributive plural,
// "the sports hall", and a gerund WordNet knows only as a noun, "the
// training port", count as no modifier: a trade no readable question
// showed (final read FN6).
func modifierWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	r := []rune(w)
	if unicode.IsUpper(r[0]) || r[0] == '-' || lexicon.IsFunctionWord(w) || w == "other" || ordinals[w] != 0 || pluralNoun(w) {
		return false
	}
	return !phraseVerb(w) || lexicon.IsAdjective(w)
}
