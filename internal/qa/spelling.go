// How a question's words are spelled and typed: "us" for US on chat,
// misspelled names, edit distance.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// countryUS reads a lower-case "us" in a question as the country, "US", as
// askers on chat seldom capitalise ("who were the us envoys"), unless it
// stands where the pronoun does ("can you tell us who …"). The index takes
// "us" in the articles for the pronoun unless written "US". The result has
// the same length as text.
func countryUS(text string) string {
	if !strings.Contains(text, "us") {
		return text
	}
	b := []byte(text)
	prev := ""
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && isLetterByte(text[j]) {
			j++
		}
		if j == i {
			i++
			continue
		}
		word := text[i:j]
		if word == "us" && !pronounAfter[prev] {
			copy(b[i:j], "US")
		}
		prev = strings.ToLower(word)
		i = j
	}
	return string(b)
}

// nearTerms returns the corpus's spellings of a name it does not use
// ("Zelenskky", "Grynkewic", "Macorn"): only for capitalised words of six
// letters or more, where an edit or two is a misspelling, not another word
// ("India" is not "Indian").
// Names are what users misspell and what decides abstention; a fuzzy look-up
// costs a Levenshtein automaton, too dear for every unknown word.
func (e *Engine) nearTerms(word string) []string {
	if len([]rune(word)) < 6 {
		return nil // five letters and fewer: an edit makes another name
	}
	if isCapital(word) {
		return e.s.NearTerms(word)
	}
	if lexicon.IsWord(strings.ToLower(word)) {
		return nil // "server" is a word of its own, not a misspelled "Survey"
	}
	// a lower-case word ("grinkevich") is taken for a misspelled name only
	// when it is within two edits of someone the articles name in full, as
	// typed (not "careful", whose stem "care" is near "carnei"); compared
	// with the names of its first letter and about its length only, as a
	// fuzzy search of the whole index for every unknown word costs more
	// than the rest of Ask
	folded := []rune(index.Fold(word))
	var names []string
	for _, n := range e.surnames[folded[0]] {
		if d := len([]rune(n)) - len(folded); d >= -2 && d <= 2 && editDistance(string(folded), n) <= 2 {
			names = append(names, n)
		}
	}
	return names
}

// editDistance is the optimal string alignment distance between a and b,
// in runes: Levenshtein's, with two letters swapped ("macorn") one edit,
// as typists make them.
func editDistance(a, b string) int {
	// a word's runes fit on the stack: spelling compares a typed word
	// with many, and allocating for each cost more than the sums
	var bufA, bufB [editWordLen]rune
	ra, rb := runesInto(bufA[:0], a), runesInto(bufB[:0], b)
	return editRunesWithin(ra, rb, len(ra)+len(rb))
}

// editRunesWithin is editDistance of two words' runes (or bytes, both
// ASCII) when that is at
// most k, and some number above k when it is not: the table stops at the
// first two rows whose every sum is past k, as no later sum can come
// back under it (each is one of the row before's, one of two rows
// before's plus one, or its left neighbour's, plus nothing or one), and
// k 1 is oneEdit's single pass. The nearest of the articles' words to a
// typed one is sought among thousands, nearly all far off.
func editRunesWithin[E byte | rune](ra, rb []E, k int) int {
	if k <= 1 {
		switch {
		case slices.Equal(ra, rb):
			return 0
		case oneEditOf(ra, rb):
			return 1
		}
		return 2
	}
	var rows [3][editWordLen + 1]int
	// three rows: two back, for transpositions
	n := len(rb) + 1
	var pp, prev, cur []int
	if n <= editWordLen+1 {
		pp, prev, cur = rows[0][:n], rows[1][:n], rows[2][:n]
	} else {
		pp, prev, cur = make([]int, n), make([]int, n), make([]int, n)
	}
	for j := range prev {
		prev[j] = j
	}
	prevOver := false // every sum of prev past k
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], pp[j-2]+1)
			}
			low = min(low, cur[j])
		}
		if low > k && prevOver {
			return low
		}
		prevOver = low > k
		pp, prev, cur = prev, cur, pp
	}
	return prev[len(rb)]
}

// oneEdit reports whether editDistance(a, b) == 1, in one pass and
// without the table: the two differ by one rune put for another, one
// rune more or less, or two runes side by side swapped. Respelling asks
// it of a typed word and every word the articles put after the word
// before, and the full distance cost a table of sums for each.
func oneEdit(a, b string) bool {
	var bufA, bufB [editWordLen]rune
	return oneEditOf(runesInto(bufA[:0], a), runesInto(bufB[:0], b))
}

// oneEditOf is oneEdit of two words' runes, or of their bytes where both
// are ASCII.
func oneEditOf[E byte | rune](ra, rb []E) bool {
	if len(ra) < len(rb) {
		ra, rb = rb, ra // ra the longer
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	switch len(ra) - len(rb) {
	case 0:
		if i == len(ra) {
			return false // the same word: no edit
		}
		if slices.Equal(ra[i+1:], rb[i+1:]) {
			return true // one rune for another
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && slices.Equal(ra[i+2:], rb[i+2:]) // two swapped
	case 1:
		return slices.Equal(ra[i+1:], rb[i:]) // one rune more
	}
	return false
}

// editWordLen is the longest word editDistance compares on the stack.
const editWordLen = 32

// runesInto appends the runes of s to buf, as []rune(s) has them.
func runesInto(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

func (e *Engine) bestDF(terms []string) int {
	best := 0
	for _, t := range terms {
		best = max(best, e.s.DocFreq(t))
	}
	return best
}
