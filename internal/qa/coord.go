// Coordinations in a passage ("A, B and C") and their conjuncts; where sentences start.

package qa

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// coord is a coordination in a passage: "A, B and C".
type coord struct {
	all   span
	items []span
}

var listStop = cueSet("list-stop")

// coordinations finds the coordinated lists of a text: around each " and "
// (or " or "), the conjuncts outward, each a few words, up to a word that
// ends a phrase (a preposition, a verb, a relative), and none before the
// sentence that holds the "and" ("we are camping. My wife and I":
// sentenceStarts).
func coordinations(text string) []coord {
	var out []coord
	var opens []int // sentence starts, read at the first "and" (opened)
	opened := false
	for at := range uses(text, " and ") {
		right := conjunctRight(text, at+len(" and "))
		if right.end <= right.start {
			continue
		}
		if !opened {
			opens, opened = sentenceStarts(text), true
		}
		from := 0 // where the sentence of the "and" opens
		if i, _ := slices.BinarySearch(opens, at); i > 0 {
			from = opens[i-1]
		}
		items := []span{right}
		left := strings.TrimRight(text[:at], ",")
		end := len(left)
		for k := 0; k < 8; k++ {
			start := strings.LastIndex(left[from:end], ", ")
			seg := span{from, end}
			if start >= 0 {
				start += from
				seg.start = start + 2
			}
			s, cut := conjunctLeft(text, seg)
			if s.end <= s.start {
				break
			}
			items = append([]span{s}, items...)
			if cut || start < 0 {
				break
			}
			end = start
		}
		if len(items) < 2 || len(items) == 2 && getFold(articles, firstWord(text[right.start:right.end])) && strings.HasSuffix(text[:at], ",") {
			// "in 30 hours of work, and the water level began to drop":
			// two clauses; but "the mayor and the police chief" is a pair
			continue
		}
		items[0] = sharedVerbOut(text, items)
		out = append(out, coord{span{items[0].start, right.end}, items})
	}
	if co, ok := semicolonList(text); ok {
		out = append(out, co)
	}
	return out
}

// sharedVerbOut is the first of items (a coordination's conjuncts, three
// or more) less the verb it opens on after "to" or an auxiliary, where no
// later conjunct opens on a verb: such a verb takes the whole list as its
// object ("to help *households*, farms and businesses"), so its conjunct
// is the noun phrase after it, like the others; a list of deeds, each
// with its own verb and more ("cut routes, close depots and sell buses"),
// keeps it.
func sharedVerbOut(text string, items []span) span {
	first := items[0]
	if len(items) < 3 {
		return first
	}
	for _, it := range items[1:] {
		if _, ok := conjunctOpensOnVerb(text, it); ok {
			return first // (a lone word is read as the noun it may be: "farms", "ground")
		}
	}
	words, ok := conjunctOpensOnVerb(text, first)
	if !ok {
		return first
	}
	if before := wordBefore(text, first); before != "to" && !isAux(before) {
		// (a verb after "to" or an auxiliary, "will fund", "has
		// damaged"; else it qualifies the noun after it: "on *supply*
		// problems", "with *listening* devices", "in *lost* trade")
		return first
	}
	return span{first.start + words[1][0], first.end}
}

// conjunctOpensOnVerb returns the words of the conjunct at it of text
// (wordSpans, from its start), and whether it opens on a verb with a word
// after it: a lone word is read as the noun it may be. sharedVerbOut reads
// the first conjunct and the later ones by it, one tokenisation for both.
func conjunctOpensOnVerb(text string, it span) ([][2]int, bool) {
	words := wordSpans(text[it.start:it.end])
	return words, len(words) > 1 && lexicon.IsVerb(bareWord(text[it.start+words[0][0]:it.start+words[0][1]]))
}

// semicolonList finds a list that a colon opens and semicolons divide,
// its items however long: "five priorities: post-ceasefire monitoring;
// continued military support to Ukraine; …; and long-term defense
// cooperation." At least three items.
func semicolonList(text string) (coord, bool) {
	colon := strings.Index(text, ": ")
	if colon < 0 || !strings.Contains(text[colon:], "; ") {
		return coord{}, false
	}
	var items []span
	for at := colon + 2; at < len(text); {
		end := len(text)
		if j := strings.Index(text[at:], "; "); j >= 0 {
			end = at + j
		}
		item := span{at, end}
		body := text[at:end]
		if t, ok := strings.CutPrefix(body, "and "); ok {
			item.start += len(body) - len(t)
		}
		if end == len(text) {
			item.end = item.start + len(strings.TrimRight(text[item.start:end], " .”\""))
		}
		if item.end > item.start {
			items = append(items, item)
		}
		at = end + 2
	}
	if len(items) < 3 {
		return coord{}, false
	}
	return coord{span{items[0].start, items[len(items)-1].end}, items}, true
}

// conjunctRight is the conjunct after "and" at i: up to a comma, a stop word
// or the end of the sentence, at most five words.
func conjunctRight(text string, i int) span {
	rest := text[i:]
	end := len(rest)
	for _, stop := range []string{",", ";", ":", ".", " — ", " – ", "(", "”", "\""} {
		if j := strings.Index(rest, stop); j >= 0 && j < end {
			end = j
		}
	}
	words := strings.Fields(rest[:end])
	if len(words) == 0 || getFold(listStop, words[0]) && !(getFold(articles, words[0]) && len(words) > 1 && !isCapital(words[1])) {
		return span{} // (but "and *the* hospital": an article opens a conjunct of common nouns; names with theirs, "the Czech Republic", stay out as before)
	}
	name := isCapital(words[0])
	pos := 0
	for k, w := range words {
		if k > 0 && getFold(listStop, w) && !(w == "of" && !name && len(words) <= 5 && k+1 < len(words) && !getFold(listStop, words[k+1])) || k >= 7 || !name && k >= 5 {
			break // (but "and the first stage *of* reconstruction." ending the sentence: a noun's "of" stays in it)
		}
		if name && !isCapital(w) && !nameJoiners[w] {
			break // "Argentina, Peru and Bolivia *offered*": the name ends
		}
		if k > 0 && k+1 < len(words) && words[k+1] == "by" && lexicon.IsVerb(strings.ToLower(w)) {
			break // "and businesses *hit by* the flooding": a passive participle opens a phrase qualifying the noun
		}
		pos += strings.Index(rest[pos:], w) + len(w)
	}
	if pos == 0 {
		return span{}
	}
	return span{i, i + pos}
}

// nameJoiners may stand inside a name: "Secretary of State", "Zorros del
// Desierto".
var nameJoiners = cueSet("name-joiner-words") // kinds.txt

// conjunctLeft trims a segment before "and" (or a comma) to its conjunct:
// the words after the last stop word, at most five. cut reports that the
// segment held more than the conjunct, so that the list starts here. The
// segment runs over no sentence's end (coordinations).
func conjunctLeft(text string, seg span) (span, bool) {
	s := text[seg.start:seg.end]
	words := strings.Fields(s)
	if len(words) == 0 {
		return span{}, true
	}
	name := isCapital(words[len(words)-1])
	k := len(words)
	for k > 0 {
		w := words[k-1]
		if getFold(listStop, w) && !(name && nameJoiners[w] && k > 1 && isCapital(words[k-2])) {
			break
		}
		if name && !isCapital(w) && !nameJoiners[w] || len(words)-k >= 7 || !name && len(words)-k >= 5 {
			break
		}
		k--
	}
	cut := k > 0
	if k == len(words) {
		return span{}, true
	}
	start := seg.start
	if k > 0 {
		// the offset of word k within the segment
		pos := 0
		for _, w := range words[:k] {
			pos += strings.Index(s[pos:], w) + len(w)
		}
		start += pos + len(s[pos:]) - len(strings.TrimLeft(s[pos:], " "))
	}
	return span{start, seg.end}, cut
}

// sentenceStarts are where, in text, a sentence opens after a word that
// ends one (endsSentence, read between text's words as strings.Fields
// splits them), in order: past the plain spaces after that word (any
// other space, a line break or a no-break space, stays the conjunct's,
// as it always has).
func sentenceStarts(text string) []int {
	var out []int
	prev, prevEnd := "", 0 // the word before and where it ends
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i + strings.IndexFunc(text[i:], unicode.IsSpace)
		if j < i {
			j = len(text)
		}
		if prev != "" && endsSentence(prev, text[i:j]) {
			gap := text[prevEnd:i]
			out = append(out, prevEnd+len(gap)-len(strings.TrimLeft(gap, " ")))
		}
		prev, prevEnd, i = text[i:j], j, j
	}
	return out
}

// endsSentence reports whether the word w, as it stands in a text with its
// marks, before the word next, ends a sentence: closed by "?" or "!", or
// by a full stop no abbreviation owns (stopEnds, the sentence splitter's
// reading: not "a.m.", "Gen." before a name, an initial; "Oslo. Police"
// and "camping. My" end one), a closing quotation mark after it.
func endsSentence(w, next string) bool {
	w = strings.TrimRight(w, "”\"’'")
	if strings.Trim(w, ".!?") == "" {
		return false
	}
	return stopEnds(w, len(w)-1, next)
}
