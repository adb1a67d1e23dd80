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

//go:embed honorifics.txt
var honorificData string

var honorifics = &wordList{data: honorificData}

// IsHonorific reports whether w, in any case and with or without a final
// period, is an honorific: a title of address that names no post ("Sir",
// "Mr.", "Dame"), honorifics.txt.
func IsHonorific(w string) bool {
	return honorifics.has(strings.ToLower(strings.TrimSuffix(w, ".")))
}
