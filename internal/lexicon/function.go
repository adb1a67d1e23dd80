package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed function.txt
var functionData string

var (
	functionOnce sync.Once
	functionSet  map[string]bool
)

// IsFunctionWord reports whether w (lower case) is a function word: one
// capitalised only because a sentence starts with it ("The", "However",
// "Despite"), never a name (function.txt).
func IsFunctionWord(w string) bool {
	functionOnce.Do(func() {
		functionSet = map[string]bool{}
		for _, line := range strings.Split(functionData, "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, f := range strings.Fields(line) {
				functionSet[f] = true
			}
		}
	})
	return functionSet[w]
}
