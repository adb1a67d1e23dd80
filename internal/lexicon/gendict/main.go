// Command gendict writes the English word list of package lexicon
// (words.txt) from SCOWL's list as Debian packages it (wamerican, wbritish):
//
//	apt-get install wamerican
//	apt-get install wamerican wbritish
//	go run ./internal/lexicon/gendict -in /usr/share/dict/american-english,/usr/share/dict/british-english -out internal/lexicon/words.txt
//
// Both spellings count ("defense", "defence"): the articles and their
// readers use either. A word the lists give only with a capital ("Turkish",
// "Canada") is written with its first letter capitalised ("NATO" as "Nato":
// IsName needs only to know that English capitalises it); every other word
// is lower-cased. Possessives ("Paris's") are dropped, duplicates
// removed, and the list sorted by its lower-case form. GloVe's vocabulary cannot serve as the list of real
// words: it holds the web's common misspellings ("officals") and every
// surname ("mertz"), which a spelling corrector must be free to correct.
package main

import (
	"bufio"
	"flag"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

func main() {
	in := flag.String("in", "/usr/share/dict/american-english,/usr/share/dict/british-english", "the word lists, one word a line, comma-separated")
	out := flag.String("out", "internal/lexicon/words.txt", "where to write")
	npmsrc.Main("gendict", func() error { return run(*in, *out) })
}

func run(in, out string) error {
	// lower is true for a word the lists give in lower case at least once
	lower := map[string]bool{}
	for _, path := range strings.Split(in, ",") {
		if err := read(path, lower); err != nil {
			return err
		}
	}
	words := make([]string, 0, len(lower))
	for w, low := range lower {
		if !low {
			w = capitalised(w)
		}
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	return npmsrc.WriteLines(out, "# English words, one a line: SCOWL via Debian's wamerican and wbritish (see\n"+
		"# LICENSE.scowl); capitalised when the lists only ever capitalise them (names).\n"+
		"# Written by internal/lexicon/gendict; do not edit.\n", words)
}

// capitalised is w with its first letter upper-cased.
func capitalised(w string) string {
	r := []rune(w)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// read adds the words of one list to lower, true for a word given in
// lower case.
func read(path string, lower map[string]bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		raw := strings.TrimSpace(sc.Text())
		w := strings.ToLower(raw)
		if w == "" || strings.HasSuffix(w, "'s") {
			continue
		}
		lower[w] = lower[w] || raw == w
	}
	return sc.Err()
}
