package qa

import (
	"unicode"
	"unicode/utf8"
)

// firstFields is the first n of strings.Fields(s) (all of them when there
// are fewer), found from the start of s: the rules that read only the word
// or two after a place in a passage (a verb of saying, a currency) need
// not split the rest of it. lastFields is its mirror.
func firstFields(s string, n int) []string {
	out := make([]string, 0, n)
	i := 0
	for len(out) < n {
		for i < len(s) {
			space, size := spaceAt(s, i)
			if !space {
				break
			}
			i += size
		}
		if i == len(s) {
			break
		}
		start := i
		for i < len(s) {
			space, size := spaceAt(s, i)
			if space {
				break
			}
			i += size
		}
		out = append(out, s[start:i])
	}
	return out
}

// spaceAt reports whether the rune starting at byte i of s is a space as
// strings.Fields tells one (unicode.IsSpace), and its length.
func spaceAt(s string, i int) (bool, int) {
	if b := s[i]; b < utf8.RuneSelf {
		return b == ' ' || '\t' <= b && b <= '\r', 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}
