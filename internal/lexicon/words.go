package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:generate go run ./gendict -in /usr/share/dict/american-english,/usr/share/dict/british-english -out words.txt

//go:embed words.txt
var wordsData string

var (
	wordsOnce sync.Once
	wordSet   *dictionary
)

// IsWord reports whether w (lower case) is an English word of SCOWL's list
// (Debian's wamerican and wbritish; words.txt): the dictionary a spelling corrector
// leaves alone. Unlike GloVe's vocabulary it holds no common misspellings
// and few surnames. Inflected forms count as the list gives them
// ("troops", "envoys").
func IsWord(w string) bool {
	wordsOnce.Do(func() { wordSet = loadWords(wordsData) })
	_, ok := wordSet.words.find(w)
	return ok
}

// IsName reports whether w (lower case) is a word SCOWL's list only ever
// writes with a capital: a name of a people, place, language, day or
// person ("turkish", "canada", "monday"), which a question may type in
// lower case.
func IsName(w string) bool {
	wordsOnce.Do(func() { wordSet = loadWords(wordsData) })
	i, ok := wordSet.words.find(w)
	return ok && wordSet.capital[i]
}

// A dictionary is words.txt's words, lower-cased, and whether the list
// capitalises each (as its last line of the word does).
type dictionary struct {
	words   *wordTable
	capital []bool // by word number
}

// loadWords reads words.txt: each word lower-cased, marked when the list
// capitalises it.
func loadWords(data string) *dictionary {
	var b strings.Builder
	b.Grow(len(data))
	var ends []uint32 // the end of each line's word in b
	var capital []bool
	for rest := data; rest != ""; {
		l, after, _ := strings.Cut(rest, "\n")
		rest = after
		if l != "" && l[0] != '#' {
			low := strings.ToLower(l)
			b.WriteString(low)
			ends = append(ends, uint32(b.Len()))
			capital = append(capital, low != l)
		}
	}
	d := &dictionary{words: newWordTable(b.String(), len(ends)), capital: make([]bool, 0, len(ends))}
	start := 0
	for k, end := range ends {
		if d.words.add(start, int(end)) {
			d.capital = append(d.capital, capital[k])
		} else if i, ok := d.words.find(d.words.all[start:end]); ok {
			d.capital[i] = capital[k]
		}
		start = int(end)
	}
	return d
}
