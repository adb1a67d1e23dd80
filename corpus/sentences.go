package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// Sentences splits text into sentences and returns their byte ranges. A
// sentence ends at '.', '!', '?' or '…' (with any closing quotation marks or
// brackets after it) followed by a space and a capital letter, a digit or an
// opening quotation mark, unless the period ends an abbreviation ("Gen.",
// "Jan."), an initial ("G.") or a dotted acronym ("U.S."), after an opening
// bracket or quotation mark too ("(Gen.", "‘Mr.": lexicon.WordOpeners). The ranges cover
// the text without leading or trailing space.
func Sentences(text string) [][2]int {
	var spans [][2]int
	start := skipSpace(text, 0)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminal(r) {
			i += size
			continue
		}
		end := i + size
		for end < len(text) {
			c, n := utf8.DecodeRuneInString(text[end:])
			if !isCloser(c) && !isTerminal(c) {
				break
			}
			end += n
		}
		next := skipSpace(text, end)
		if next == end || next >= len(text) || !opensSentence(text[next:]) || (r == '.' && !endsSentence(text[start:i], text[next:])) || closingAside(text[next:]) {
			i = end
			continue
		}
		spans = append(spans, [2]int{start, end})
		start = next
		i = next
	}
	if last := strings.TrimRightFunc(text[start:], unicode.IsSpace); last != "" {
		spans = append(spans, [2]int{start, start + len(last)})
	}
	return spans
}

// maxAside is the longest parenthesis closingAside looks at.
const maxAside = 200

// closingAside reports whether s is one parenthesis that ends the text: a
// photo credit ("(AP Photo/Thomas Padilla)") belongs to the caption before
// it, not a sentence of its own.
func closingAside(s string) bool {
	if !strings.HasPrefix(s, "(") || len(s) > maxAside {
		return false // a credit is short; and no block is scanned to its end at every "("
	}
	i := strings.IndexByte(s, ')')
	return i > 0 && strings.TrimSpace(s[i+1:]) == "" && !strings.ContainsRune(s[1:i], '(')
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isCloser(r rune) bool {
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']'
}

func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘(«", r)
}

// endsSentence reports whether a period after before, with the text after
// it (past its closing marks and space) after, ends a sentence: not after
// an initial, a dotted acronym or an abbreviation (one spelled as a
// function word, "No.", only before a figure: "No. 10", but "‘No.’ The
// rest": lexicon.IsAbbreviationBefore, as qa reads it).
func endsSentence(before, after string) bool {
	if i := strings.LastIndexFunc(before, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:])
		before = before[i+n:]
	}
	word := lexicon.PastOpeners(before)
	return word == "" || !isInitialOrAcronym(word, after) // not "Gen.", "G.", "U.S."
}

func isDottedAcronym(w string) bool {
	for i, r := range w {
		if i%2 == 0 && !unicode.IsUpper(r) || i%2 == 1 && r != '.' {
			return false
		}
	}
	return len(w) >= 4
}

func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// OpeningWords returns the first n words of text, with "…" when it cut.
func OpeningWords(text string, n int) string {
	words := strings.Fields(text)
	if len(words) <= n {
		return strings.Join(words, " ")
	}
	return strings.TrimRight(strings.Join(words[:n], " "), ",;:—–-") + "…"
}
