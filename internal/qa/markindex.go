// Byte searches for a set of marks: indexAny, findAny and their kin.

package qa

import (
	"strings"
	"unicode/utf8"
)

// afterLastMark is the byte offset in s just past the last of marks in
// it, 0 when none stands there: past the whole mark, a dash of three
// bytes too.
func afterLastMark(s, marks string) int {
	i := lastIndexAny(s, marks)
	if i < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return i + size
}

// indexAny is strings.IndexAny(s, marks), faster for marks of ASCII and a
// few dashes beyond it: strings reads s rune by rune against every mark
// when one is beyond ASCII; here the marks up to the first beyond ASCII
// are found as a set, byte by byte, and each later mark by its bytes (a
// rune's encoding stands in s only as that rune: it opens on a byte no
// decoding takes into another rune). Nothing is allocated.
func indexAny(s, marks string) int { return findAny(s, marks, false) }

// lastIndexAny is strings.LastIndexAny(s, marks) as indexAny is IndexAny.
func lastIndexAny(s, marks string) int { return findAny(s, marks, true) }

// findAny is indexAny, or lastIndexAny if last.
func findAny(s, marks string, last bool) int {
	k := asciiLead(marks)
	i := -1
	if k > 0 {
		if last {
			i = strings.LastIndexAny(s, marks[:k])
		} else {
			i = strings.IndexAny(s, marks[:k])
		}
	}
	for j := k; j < len(marks); {
		_, size := utf8.DecodeRuneInString(marks[j:])
		mark := marks[j : j+size]
		if last {
			i = max(i, strings.LastIndex(s, mark))
		} else if at := strings.Index(s, mark); at >= 0 && (i < 0 || at < i) {
			i = at
		}
		j += size
	}
	return i
}

// asciiLead is how many of marks' first bytes are ASCII.
func asciiLead(marks string) int {
	k := 0
	for k < len(marks) && marks[k] < utf8.RuneSelf {
		k++
	}
	return k
}
