package lexicon

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
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

// WordOpeners are the marks that may open a word without being part of it,
// an opening bracket, quotation mark or a closed dash ("(Gen.", "“Mr.",
// "'Dr.", "commander—Gen.", "«Gen."): the corpus's sentence splitter and
// qa read an abbreviation past the last of them in a word alike.
const WordOpeners = "([“‘\"'—–«"

// PastOpeners is the word w past the last of WordOpeners in it ("(U.S" is
// "U.S", "commander—Gen" is "Gen", "“Mr" is "Mr"), the word an
// abbreviation is read from: the corpus's sentence splitter and qa read
// it here alike.
func PastOpeners(w string) string {
	if i := strings.LastIndexAny(w, WordOpeners); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		return w[i+n:]
	}
	return w
}

// IsAbbreviationBefore is IsAbbreviation for w before the word next:
// an abbreviation spelled as a function word ("No.", the number sign) is
// one only before a figure ("No. 10"); elsewhere its period ends a
// sentence ("the mayor said no. Crews …"). next may open on any spaces
// ("No.\u00a010": a no-break space, a line break), read past here, so
// every caller reads them alike.
func IsAbbreviationBefore(w, next string) bool {
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	if !abbreviations.has(lw) {
		return false
	}
	if IsFunctionWord(lw) {
		next = strings.TrimLeftFunc(next, unicode.IsSpace)
		return next != "" && next[0] >= '0' && next[0] <= '9'
	}
	return true
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
