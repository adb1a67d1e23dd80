package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed variants.txt
var variantsData string

var (
	variantsOnce sync.Once
	variantEnds  [][2]string // American ending, British ending
)

// minVariantStem is the fewest letters before a varying ending ("def" of
// "defense"): with fewer, "for" would become "four".
const minVariantStem = 3

// Variants returns the other spellings of w (lower case) by the endings
// American and British English spell differently (variants.txt):
// "epicenter" gives "epicentre", "defence" gives "defense". It does not
// check that they are words: a caller looks them up where it has words.
func Variants(w string) []string {
	variantsOnce.Do(func() {
		for _, line := range strings.Split(variantsData, "\n") {
			if f := strings.Fields(line); len(f) == 2 && !strings.HasPrefix(line, "#") {
				variantEnds = append(variantEnds, [2]string{f[0], f[1]})
			}
		}
	})
	var out []string
	for _, p := range variantEnds {
		for _, dir := range [][2]string{{p[0], p[1]}, {p[1], p[0]}} {
			if stem, ok := strings.CutSuffix(w, dir[0]); ok && len(stem) >= minVariantStem {
				out = append(out, stem+dir[1])
			}
		}
	}
	return out
}
