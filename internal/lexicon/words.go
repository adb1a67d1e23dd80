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
	wordsOnce.Do(func() {
		wordSet = make(map[string]struct{}, 75000)
		for _, line := range strings.Split(wordsData, "\n") {
			if line != "" && line[0] != '#' {
				wordSet[line] = struct{}{}
			}
		}
	})
	_, ok := wordSet[w]
	return ok
}
