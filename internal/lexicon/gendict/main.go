// Command gendict writes the English word list of package lexicon
// (words.txt) from SCOWL's list as Debian packages it (wamerican, wbritish):
//
//	apt-get install wamerican
//	apt-get install wamerican wbritish
//	go run ./internal/lexicon/gendict -in /usr/share/dict/american-english,/usr/share/dict/british-english -out internal/lexicon/words.txt
//
// Both spellings count ("defense", "defence"): the articles and their
// readers use either. Words are lower-cased, possessives ("Paris's") dropped, duplicates
// removed, and sorted. GloVe's vocabulary cannot serve as the list of real
// words: it holds the web's common misspellings ("officals") and every
// surname ("mertz"), which a spelling corrector must be free to correct.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	in := flag.String("in", "/usr/share/dict/american-english,/usr/share/dict/british-english", "the word lists, one word a line, comma-separated")
	out := flag.String("out", "internal/lexicon/words.txt", "where to write")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	seen := map[string]bool{}
	for _, path := range strings.Split(in, ",") {
		if err := read(path, seen); err != nil {
			return err
		}
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	sort.Strings(words)
	header := "# English words, lower case, one a line: SCOWL via Debian's wamerican and wbritish\n" +
		"# (see LICENSE.scowl). Written by internal/lexicon/gendict; do not edit.\n"
	return os.WriteFile(out, []byte(header+strings.Join(words, "\n")+"\n"), 0o644)
}

// read adds the words of one list to seen.
func read(path string, seen map[string]bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.ToLower(strings.TrimSpace(sc.Text()))
		if w == "" || strings.HasSuffix(w, "'s") {
			continue
		}
		seen[w] = true
	}
	return sc.Err()
}
