// The cue lists of kinds.txt: parsing, sets and finding their phrases in a question's words.

package qa

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"
)

//go:embed kinds.txt
var kindsList string

// cueLists are the sections of kinds.txt: each a list of phrases, every
// phrase its lower-case words.
var cueLists = parseCues(kindsList)

// cueStarts indexes each section's phrases by their first word, in the
// section's order: a question's words are looked up there, one map look-up
// a word, not compared with every phrase.
var cueStarts = indexCues(cueLists)

// A cueIndex is a section's phrases by their first word, with the sieve
// of those words (lookMask): most words of a question open no phrase of
// a section, and skip the map.
type cueIndex struct {
	starts map[string][][]string
	mask   *lookMask
}

// phrasesAt are the section's phrases that open on word w (in lower case).
func (x cueIndex) phrasesAt(w string) [][]string {
	if !x.mask.may(w) {
		return nil
	}
	return x.starts[w]
}

func indexCues(lists map[string][][]string) map[string]cueIndex {
	out := make(map[string]cueIndex, len(lists))
	for section, phrases := range lists {
		m := map[string][][]string{}
		for _, p := range phrases {
			m[p[0]] = append(m[p[0]], p)
		}
		out[section] = cueIndex{m, maskOf(m)}
	}
	return out
}

func parseCues(text string) map[string][][]string {
	out := map[string][][]string{}
	section := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
		default:
			out[section] = append(out[section], strings.Fields(strings.ToLower(line)))
		}
	}
	return out
}

// cueSet is a section of kinds.txt as a set of words: every word of a
// section named "…-words", else each one-word line.
func cueSet(section string) map[string]bool {
	if len(cueLists[section]) == 0 {
		// a section renamed or lost in an edit of kinds.txt would silently
		// turn a rule off: the package does not start without it
		panic("qa: kinds.txt has no section [" + section + "]")
	}
	m := map[string]bool{}
	words := strings.HasSuffix(section, "-words")
	for _, p := range cueLists[section] {
		if len(p) == 1 || words {
			for _, w := range p {
				m[w] = true
			}
		}
	}
	return m
}

var (
	fillerWords = cueSet("filler")
	indefinites = cueSet("indefinite-words")
)

// chatWords splits a question into lower-case words for reading its form:
// apostrophes folded ("what's" and "whats" become "what is"), punctuation
// other than ";" dropped, filler words left out.
func chatWords(text string) []string {
	text = strings.ToLower(plainApostrophes(text))
	raw := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != ';'
	})
	// room for every word and one "what's" made two, in one allocation
	// (not one a doubling); clipped at the end, so that an append copies
	// as it did
	out := make([]string, 0, len(raw)+1)
	for i, w := range raw {
		w = strings.Trim(w, "';")
		switch w {
		case "what's", "whats":
			out = append(out, "what", "is")
			continue
		case "":
			continue
		}
		if fillerWords[w] && !(i+1 < len(raw) && slices.ContainsFunc(cueStarts["present"].phrasesAt(w), func(p []string) bool { return slices.Equal(p, []string{w, raw[i+1]}) })) {
			continue // (not the "so" of "so far": the asker's present, [present])
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return nil // (as before: no words, no slice)
	}
	return slices.Clip(out)
}

var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

// plainApostrophes is text with its curly apostrophes made straight; most
// questions have none, and the replacer would copy them all the same
// (looked for by their bytes, indexAny, not rune by rune).
func plainApostrophes(text string) string {
	if indexAny(text, "’‘") < 0 {
		return text
	}
	return apostrophes.Replace(text)
}

// findCue returns where the first phrase of a cue section stands in words
// and how many words it has; -1 when none does.
func findCue(words []string, section string) (at, n int) {
	starts := cueStarts[section] // looked up once, not once a word
	for i, w := range words {
		for _, p := range starts.phrasesAt(w) {
			if i+len(p) <= len(words) && equalWords(words[i:i+len(p)], p) {
				return i, len(p)
			}
		}
	}
	return -1, 0
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// presentSpans are the byte spans of text that put the question in the
// asker's present ("right now", "currently": kinds.txt [present]): the
// asker's time, no word of what is asked.
func presentSpans(text string) [][2]int {
	return cueSpans(text, "present")
}

// cueSpans are the byte spans of text where a phrase of a kinds.txt
// section stands, in any case: of each section in turn, in the order of
// text (the text's words are found once for all of them).
func cueSpans(text string, sections ...string) [][2]int {
	spans := wordSpans(text)
	var out [][2]int
	for _, section := range sections {
		starts := cueStarts[section]
		for i := range spans {
			word := text[spans[i][0]:spans[i][1]]
			if !starts.mask.mayFold(word) {
				continue
			}
			for _, p := range getFold(starts.starts, word) {
				if i+len(p) > len(spans) {
					continue
				}
				ok := true
				for k, w := range p {
					ok = ok && strings.EqualFold(text[spans[i+k][0]:spans[i+k][1]], w)
				}
				if ok {
					out = append(out, [2]int{spans[i][0], spans[i+len(p)-1][1]})
				}
			}
		}
	}
	return out
}
