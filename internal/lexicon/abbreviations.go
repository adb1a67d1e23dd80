package lexicon

import (
	_ "embed"
	"strings"
)

//go:embed abbreviations.txt
var abbreviationData string

var abbreviations = &wordList{data: abbreviationData}

// IsAbbreviation reports whether w, in any case and with or without its
// final period, is an abbreviation whose period belongs to the word and
// does not end a sentence ("Gen.", "Jan.", "etc."): abbreviations.txt.
func IsAbbreviation(w string) bool {
	return abbreviations.has(strings.ToLower(strings.TrimSuffix(w, ".")))
}
