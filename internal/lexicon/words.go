package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run ./gendict -in /usr/share/dict/american-english,/usr/share/dict/british-english -out words.txt

//go:embed words.txt
var wordsData string

var (
	wordsOnce sync.Once
	wordSet   map[string]bool // lower-case word: true when the list capitalises it
)

// IsWord reports whether w (lower case) is an English word of SCOWL's list
// (Debian's wamerican and wbritish; words.txt): the dictionary a spelling corrector
// leaves alone. Unlike GloVe's vocabulary it holds no common misspellings
// and few surnames. Inflected forms count as the list gives them
// ("troops", "envoys").
func IsWord(w string) bool {
	wordsOnce.Do(func() { wordSet = loadWords(wordsData) })
	_, ok := wordSet[w]
	return ok
}

// IsName reports whether w (lower case) is a word SCOWL's list only ever
// writes with a capital: a name of a people, place, language, day or
// person ("turkish", "canada", "monday"), which a question may type in
// lower case.
func IsName(w string) bool {
	wordsOnce.Do(func() { wordSet = loadWords(wordsData) })
	return wordSet[w]
}

// loadWords reads words.txt: each word lower-cased, true for one the list
// capitalises.
func loadWords(data string) map[string]bool {
	set := make(map[string]bool, 80000)
	for _, line := range strings.Split(data, "\n") {
		if line != "" && line[0] != '#' {
			low := strings.ToLower(line)
			set[low] = low != line
		}
	}
	return set
}
