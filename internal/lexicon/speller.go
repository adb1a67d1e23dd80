package lexicon

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// prefixLen is how many leading runes of a word the delete index covers, as
// in SymSpell: it bounds the deletes of a long word while still finding it,
// since every candidate is verified on the whole word.
const prefixLen = 7

// maxWordLen is the longest dictionary word, in runes, a Speller keeps:
// longer strings are not words anyone misspells, and leaving them out
// bounds the cost of verifying a candidate.
const maxWordLen = 64

// Speller suggests spellings from a word → count dictionary by symmetric
// deletes (SymSpell): the dictionary's words are indexed under every string
// left by deleting up to maxDistance runes from their first seven runes, so
// a misspelling finds them through its own deletes, and each candidate is
// verified by Damerau–Levenshtein distance (optimal string alignment: an
// adjacent transposition costs one). A Speller is safe for concurrent use.
type Speller struct {
	maxDist int
	maxLen  int                // longest word, in runes
	words   []string           // sorted
	runes   [][]rune           // words[i] as runes
	counts  []int              // counts[i] is words[i]'s count
	deletes map[string][]int32 // delete → indices into words
}

// Suggestion is a dictionary word offered for a misspelling, with its edit
// distance from it and its count in the dictionary.
type Suggestion struct {
	Word     string
	Distance int
	Count    int
}

// NewSpeller indexes freq, a dictionary of words and their counts (normally
// the corpus's own words), for suggestions at most maxDistance edits away
// (a negative maxDistance counts as 0). Words are compared rune by rune, as
// given: pass lower-case words and look up lower-case words. Empty words,
// words longer than 64 runes and words with a count below 1 are left out.
func NewSpeller(freq map[string]int, maxDistance int) *Speller {
	s := &Speller{maxDist: max(maxDistance, 0), deletes: map[string][]int32{}}
	for w, n := range freq {
		if w != "" && n > 0 && utf8.RuneCountInString(w) <= maxWordLen {
			s.words = append(s.words, w)
		}
	}
	sort.Strings(s.words)
	s.runes = make([][]rune, len(s.words))
	s.counts = make([]int, len(s.words))
	seen := map[string]bool{}
	for i, w := range s.words {
		r := []rune(w)
		s.runes[i], s.counts[i] = r, freq[w]
		s.maxLen = max(s.maxLen, len(r))
		clear(seen)
		eachDelete(string(r[:min(len(r), prefixLen)]), s.maxDist, seen, func(d string) {
			s.deletes[d] = append(s.deletes[d], int32(i))
		})
	}
	return s
}

// eachDelete calls f once for s and for every distinct string left by
// deleting up to n runes from it, using seen to skip repeats. s is valid
// UTF-8.
func eachDelete(s string, n int, seen map[string]bool, f func(string)) {
	seen[s] = true
	f(s)
	if n == 0 {
		return
	}
	var arr [64]byte
	buf := arr[:0]
	for i := 0; i < len(s); {
		_, w := utf8.DecodeRuneInString(s[i:])
		buf = append(append(buf[:0], s[:i]...), s[i+w:]...)
		i += w
		if !seen[string(buf)] {
			eachDelete(string(buf), n-1, seen, f)
		}
	}
}

// Suggest returns the dictionary words within the Speller's maximum
// distance of word, nearest first, then the most frequent, then in
// lexical order. A word in the dictionary comes first, at distance 0, so
// callers that correct only unknown words check for that. It returns nil
// for an empty word or one too long to be near any dictionary word.
func (s *Speller) Suggest(word string) []Suggestion {
	if word == "" || len(word) > 4*(s.maxLen+s.maxDist) {
		return nil // a rune takes at most 4 bytes: too long, whatever it holds
	}
	in := []rune(word)
	if len(in) > s.maxLen+s.maxDist {
		return nil
	}
	var out []Suggestion
	found := map[int32]bool{}
	eachDelete(string(in[:min(len(in), prefixLen)]), s.maxDist, map[string]bool{}, func(d string) {
		for _, i := range s.deletes[d] {
			if found[i] {
				continue
			}
			found[i] = true
			r := s.runes[i]
			if abs(len(r)-len(in)) > s.maxDist {
				continue
			}
			if dist := osa(in, r, s.maxDist); dist <= s.maxDist {
				out = append(out, Suggestion{Word: s.words[i], Distance: dist, Count: s.counts[i]})
			}
		}
	})
	sort.Slice(out, func(a, b int) bool {
		x, y := out[a], out[b]
		if x.Distance != y.Distance {
			return x.Distance < y.Distance
		}
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		return strings.Compare(x.Word, y.Word) < 0
	})
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// osa returns the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and adjacent transpositions, each
// costing one, no substring edited twice), or limit+1 once it must exceed
// limit.
func osa(a, b []rune, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	// Three rows of the dynamic programme: two back, one back, current.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
			rowMin = min(rowMin, d)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}
