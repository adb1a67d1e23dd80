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
	wordSet   map[string]struct{}
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

// loadWords reads words.txt into a set.
func loadWords(data string) map[string]struct{} {
	set := make(map[string]struct{}, 80000)
	for _, line := range strings.Split(data, "\n") {
		if line != "" && line[0] != '#' {
			set[line] = struct{}{}
		}
	}
	return set
}
