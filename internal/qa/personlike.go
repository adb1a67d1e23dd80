// Whether a name is a person's: references back, things, names written after "the".

package qa

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// refersBack reports whether a sentence speaks of someone named before it:
// "he" or "she" as a word of it.
func refersBack(s string) bool {
	// one pass over the words (runs of letters), not a search for each
	// pronoun through every "the" and "when"; a quotation mark is no
	// letter ("“She was dehydrated,” …"), and an ASCII letter, most of any
	// text, is told without decoding a rune
	start := -1
	for i := 0; i < len(s); {
		b, size := s[i], 1
		letter := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
		if b >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			letter = unicode.IsLetter(r)
		}
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if isPronounHeShe(s[start:i]) {
				return true
			}
			start = -1
		}
		i += size
	}
	return start >= 0 && isPronounHeShe(s[start:])
}

func isPronounHeShe(w string) bool {
	return w == "he" || w == "she" || w == "He" || w == "She"
}

func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// personLike reports whether a name may be a person's: not a known place,
// not a nationality, not a body "of the" something.
func (e *Engine) personLike(name string) bool {
	return get(&e.memo.mu, e.memo.person, name, func() bool { return e.personLikeNow(name) })
}

// personLikeNow is personLike, computed (remembered by personLike: the
// "who" scores ask it of every name of every candidate they look at).
func (e *Engine) personLikeNow(name string) bool {
	if e.isPlace(name) || !strings.Contains(name, " ") && isDemonym(name) {
		return false // "French", but not "Giorgia Meloni" or "Alexus G. Grynkewich"
	}
	for w := range strings.FieldsSeq(name) {
		if getFold(connectors, w) {
			return false
		}
	}
	return !getFold(notPeople, name)
}

// namesThing reports whether a name of several words is a thing's, not a
// person's: its last word a common English noun of a thing with extent
// (WordNet: "Caswell *Bridge*", "Kessock *Dam*"), and the articles
// writing it after "the" somewhere ("the Caswell Bridge"), as English
// writes no one's name. ("Daniel Fox" ends on an animal, no thing, and
// is never "the Daniel Fox"; "the John Bell Memorial Trust" is the
// trust's name, a capitalised word after "Bell": no "the John Bell".)
// Remembered by name: it reads the whole coverage.
func (e *Engine) namesThing(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || e.c == nil {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if !lexicon.IsPhysicalNoun(last) || !lexicon.IsWord(last) || lexicon.IsName(last) {
		return false
	}
	return get(&e.memo.mu, e.memo.thing, lowerASCII(name), func() bool { return e.writtenAfterThe(lowerASCII(name)) })
}

// writtenAfterThe reports whether the articles write name (lower case,
// matched in any case: a chat question types "mcavoy bridge", a story
// "the McAvoy Bridge" or "the Caswell bridge"), as a whole name (no letter
// or capitalised word right after it), after "the".
func (e *Engine) writtenAfterThe(name string) bool {
	for _, a := range e.c.Articles {
		for i := range a.Passages {
			text := a.Passages[i].Text
			for j := range uses(e.asciiLowerPassage(text), name) {
				at := j + len(name)
				r, _ := utf8.DecodeRuneInString(text[at:])
				if next, _ := typedWord(text[at:]); at < len(text) && (wordRune(r) || isCapital(next)) {
					continue // "the John Bellamy …", "the John Bell Memorial Trust"
				}
				if before := strings.ToLower(lastWord(text[:j])); before == "the" {
					return true
				}
			}
		}
	}
	return false
}

// notPeople are capitalised words that stand alone as names of days,
// months and points of the compass, not of anyone.
var notPeople = union(weekdays, monthNames, wordSet(`west east north south western eastern northern southern`))
