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
