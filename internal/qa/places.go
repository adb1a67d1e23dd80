package qa

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/summitbot/summitbot/index"
)

//go:embed places.txt
var placeList string

// places is a gazetteer: well-known place names, folded (lower case, no
// accents), as written: "Russia" is a place, "Russian" is not.
type places map[string]bool

var (
	gazetteerOnce sync.Once
	gazetteer     []string
)

// gazetteerWords are the one-word places of the gazetteer, lower case:
// what a nationality is compared with (isDemonym).
func gazetteerWords() []string {
	gazetteerOnce.Do(func() {
		for _, line := range strings.Split(placeList, "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") && !strings.Contains(line, " ") {
				gazetteer = append(gazetteer, strings.ToLower(line))
			}
		}
	})
	return gazetteer
}

func (e *Engine) loadPlaces() places {
	p := places{}
	for _, line := range strings.Split(placeList, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p[foldName(line)] = true
	}
	return p
}

// has reports whether a name is a place: the whole name, or its last
// words ("the Elysee Palace"), is in the gazetteer.
func (p places) has(name string) bool {
	words := strings.Fields(foldName(name))
	for i := range words {
		if p[strings.Join(words[i:], " ")] {
			return true
		}
	}
	return false
}

// foldName folds a name for the gazetteer: accents and case, a trailing
// possessive, and the periods of "U.S.".
func foldName(s string) string {
	var words []string
	for _, w := range strings.Fields(s) {
		w = index.Fold(w)
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		words = append(words, strings.ReplaceAll(w, ".", ""))
	}
	return strings.Join(words, " ")
}
