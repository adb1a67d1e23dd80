package qa

import (
	"slices"
	"testing"
)

// TestRegroupedNumber: a figure typed without the commas that group its
// thousands is the articles' figure written with them, said in other
// words (a soft match of full weight), and the other way about; a figure
// the articles do not give either way stays unknown with no soft match.
func TestRegroupedNumber(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Grants Approved For Farmers
---
The province said each farm would receive a grant of $7,500 within a month.
About 12000 hectares of fields were under water on Friday.
`)
	for q, want := range map[string]string{
		"when do farms get the 7500 grant":  "7,500",
		"were 12,000 hectares flooded":      "12000",
		"when do farms get the 8500 grant":  "",
		"what happened to the 2024 harvest": "",
	} {
		an := e.analyse(q)
		got := ""
		for _, term := range an.terms {
			if i := slices.IndexFunc(term.soft, func(a termAlt) bool { return a.w == 1 }); i >= 0 && term.unknown {
				got = term.soft[i].term
			}
		}
		if got != want {
			t.Errorf("%q: regrouped %q; want %q", q, got, want)
		}
	}
}
