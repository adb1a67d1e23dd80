package index

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

//go:embed vocabulary.txt
var defaultVocabulary string

// Vocabulary is the alias and synonym data the analysis uses.
type Vocabulary struct {
	// Aliases maps a spelling (lower-case words, space-separated) to the
	// single token every spelling of that name is indexed as.
	Aliases map[string]string
	// Synonyms are groups of words a user may ask with for one another.
	Synonyms [][]string
	// Countries are groups of a country's names and the words made of
	// them (lexicon.Countries: "peru", "peruvian", "peruvians"), so that
	// "did peruvian teams help" finds "Peru offered to send rescue teams"
	// on any coverage. Synonyms, not aliases: "the Japanese team" is not
	// "Japan" giving $75 million. Given to each search rather than indexed
	// as bleve synonym definitions, which bleve counts among its documents
	// (two hundred of them would shift every BM25 score).
	Countries [][]string
	// Cased are alias spellings that name something only when written in
	// capitals ("US"); in lower case they are common words ("let us"),
	// dropped like stop words.
	Cased map[string]bool
}

// DefaultVocabulary returns the vocabulary built into the program
// (vocabulary.txt beside this file), with every country's names and the
// words made of them as synonyms (Countries).
func DefaultVocabulary() *Vocabulary {
	v, err := ParseVocabulary(strings.NewReader(defaultVocabulary))
	if err != nil {
		panic("index: built-in vocabulary: " + err.Error()) // a build-time fact, checked by tests
	}
	v.Countries = lexicon.Countries()
	return v
}

// ParseVocabulary reads a vocabulary: "alias: a, b, c", "synonym: a, b" and
// "cased: a" lines; blank lines and lines starting with # are skipped.
func ParseVocabulary(r io.Reader) (*Vocabulary, error) {
	v := &Vocabulary{Aliases: map[string]string{}, Cased: map[string]bool{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, rest, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("vocabulary: line %d: want \"alias: …\", \"synonym: …\" or \"cased: …\"", n)
		}
		var words []string
		for _, w := range strings.Split(rest, ",") {
			if w = strings.Join(strings.Fields(strings.ToLower(w)), " "); w != "" {
				words = append(words, w)
			}
		}
		kind = strings.TrimSpace(kind)
		if kind == "cased" {
			for _, w := range words {
				if _, ok := v.Aliases[w]; !ok || strings.Contains(w, " ") {
					return nil, fmt.Errorf("vocabulary: line %d: %q is not a one-word alias given above", n, w)
				}
				v.Cased[w] = true
			}
			continue
		}
		if len(words) < 2 {
			return nil, fmt.Errorf("vocabulary: line %d: a %s needs two or more words", n, kind)
		}
		switch kind {
		case "alias":
			canon := strings.ReplaceAll(words[0], " ", "")
			for _, w := range words {
				if prev, dup := v.Aliases[w]; dup && prev != canon {
					return nil, fmt.Errorf("vocabulary: line %d: %q is already an alias of %q", n, w, prev)
				}
				v.Aliases[w] = canon
			}
		case "synonym":
			v.Synonyms = append(v.Synonyms, words)
		default:
			return nil, fmt.Errorf("vocabulary: line %d: unknown kind %q", n, kind)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("vocabulary: %w", err)
	}
	return v, nil
}
