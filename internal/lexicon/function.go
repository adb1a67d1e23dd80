package lexicon

import _ "embed"

//go:embed function.txt
var functionData string

var functionWords = &wordList{data: functionData}

// IsFunctionWord reports whether w (lower case) is a function word: one
// capitalised only because a sentence starts with it ("The", "However",
// "Despite"), never a name (function.txt).
func IsFunctionWord(w string) bool { return functionWords.has(w) }
