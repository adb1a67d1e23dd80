package lexicon

import (
	_ "embed"
	"strings"
)

//go:embed function.txt
var functionData string

var functionWords = &wordList{data: functionData}

// IsFunctionWord reports whether w (lower case) is a function word: one
// capitalised only because a sentence starts with it ("The", "However",
// "Despite"), never a name (function.txt).
func IsFunctionWord(w string) bool { return functionWords.has(w) }

//go:embed quantifiers.txt
var quantifierData string

var quantifiers = &wordList{data: quantifierData}

// IsQuantifier reports whether w (lower case) is a quantifying determiner,
// one that opens a noun phrase as an article does ("each", "no",
// "either"), unlike an adverb WordNet files with it ("still", "only"):
// quantifiers.txt.
func IsQuantifier(w string) bool { return quantifiers.has(w) }

// auxiliaries are English's auxiliary verbs, a closed class: the verbs
// that open a yes/no question ("did …", "is …") and that a verb in a
// question leans on. One list for lexicon (chat's lead-ins) and qa.
var auxiliaries = strings.Fields("is are was were am do does did will would can could has have had should shall may might must")

// Auxiliaries returns English's auxiliary verbs, lower case. The result
// is shared and must not be changed.
func Auxiliaries() []string { return auxiliaries }

// auxiliarySet holds the auxiliaries, for AuxBase's look-up.
var auxiliarySet = func() map[string]bool {
	m := make(map[string]bool, len(auxiliaries))
	for _, w := range auxiliaries {
		m[w] = true
	}
	return m
}()

// AuxBase returns the auxiliary verb w (lower case, plain apostrophes)
// stands for, as Auxiliaries lists it, and whether w is one: as typed or
// negated ("wasn't" is "was", "won't" "will", "can't" and "cannot" "can",
// "shan't" "shall"). The one reading of an auxiliary's written form.
func AuxBase(w string) (string, bool) {
	if w == "cannot" {
		w = "can" // ("can" and "not" written as one)
	}
	if base, ok := strings.CutSuffix(w, "n't"); ok {
		switch base {
		case "wo":
			base = "will"
		case "ca":
			base = "can"
		case "sha":
			base = "shall"
		}
		w = base
	}
	return w, auxiliarySet[w]
}
