// Widening a span to whole words, whole figures and what completes a figure, and the noun it modifies.

package qa

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// wholeWords widens a span that starts or ends inside a hyphenated word
// to the whole word: "Coalition" of "U.S.-Ukraine-Coalition" is no answer,
// the compound is; so is a figure cut at its comma ("3" of "3,500").
func wholeWords(text string, s span) span {
	s = wholeFigure(text, s)
	// a word's last character: a letter, a digit, or the period of
	// initials ("U.S.-Ukraine")
	endsWord := func(i int) bool {
		return letterOrDigit(text[:i], false) || i > 0 && text[i-1] == '.' && letterOrDigit(text[:i-1], false)
	}
	for {
		h, n := utf8.DecodeLastRuneInString(text[:s.start])
		if !hyphen(h) || !endsWord(s.start-n) {
			break
		}
		s.start -= n
		for endsWord(s.start) {
			_, n := utf8.DecodeLastRuneInString(text[:s.start])
			s.start -= n
		}
	}
	for {
		h, n := utf8.DecodeRuneInString(text[s.end:])
		if !hyphen(h) || !letterOrDigit(text[s.end+n:], true) {
			break
		}
		s.end += n
		for letterOrDigit(text[s.end:], true) {
			_, n := utf8.DecodeRuneInString(text[s.end:])
			s.end += n
		}
	}
	return s
}

// wholeFigure widens a span that starts or ends inside a figure written
// with commas or a decimal point ("1,500", "5.9") to the whole figure.
func wholeFigure(text string, s span) span {
	digit := func(i int) bool { return i >= 0 && i < len(text) && isDigit(text[i]) }
	inFigure := func(i int) bool {
		return (text[i] == ',' || text[i] == '.' || text[i] == ':') && digit(i-1) && digit(i+1)
	}
	for s.start > 0 {
		if digit(s.start-1) && digit(s.start) {
			s.start--
		} else if inFigure(s.start-1) && digit(s.start) {
			s.start -= 2
		} else {
			break
		}
	}
	for s.end < len(text) {
		if digit(s.end-1) && digit(s.end) {
			s.end++
		} else if inFigure(s.end) {
			s.end += 2
		} else {
			break
		}
	}
	return s
}

// hyphen reports whether r joins the parts of a compound word: the hyphen
// and the non-breaking hyphen.
func hyphen(r rune) bool { return r == '-' || r == '‑' }

// letterOrDigit reports whether the first rune of s (the last, when
// !first) is a letter or a digit.
func letterOrDigit(s string, first bool) bool {
	var r rune
	if first {
		r, _ = utf8.DecodeRuneInString(s)
	} else {
		r, _ = utf8.DecodeLastRuneInString(s)
	}
	return s != "" && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// withHead extends a span that ends on a word that only modifies a noun
// to that noun: a compound adjective ("four-year" war, "US-led" force) or
// the adjective of a people ("British, French, German, and Ukrainian"
// security advisers). Alone, such a word answers nothing. The noun is the
// lower-case words right after it, at most maxHeadWords, up to a function
// word, a verb of saying or in the past, a compound (taken whole or not at
// all) or a clause break. A verb in the present it cannot tell from a
// noun ("the four-year war ends").
func withHead(text string, s span) span {
	last := lastWord(text[s.start:s.end])
	if !modifierOnly(last) || !strings.HasSuffix(text[s.start:s.end], last) {
		return s
	}
	end := s.end
	for n := 0; n < maxHeadWords && strings.HasPrefix(text[end:], " "); n++ {
		rest := text[end+1:]
		k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
		if k < 0 {
			k = len(rest)
		}
		w := rest[:k]
		if w == "" || isCapital(w) || lexicon.IsFunctionWord(w) || lexicon.IsSayingVerb(w) || pastVerb(w) || strings.HasSuffix(w, "ly") || !lexicon.IsWord(w) {
			break // not "Ukrainian officials *say*"
		}
		if whole := wholeWords(rest, span{0, k}); whole.end > k {
			break // "peace-keeping": the compound whole, or none of it
		}
		end += 1 + k
		if k < len(rest) && rest[k] != ' ' {
			break // "security advisers." : the noun phrase ends with the clause
		}
	}
	if end == s.end {
		return s
	}
	return span{s.start, end}
}

// maxHeadWords is how many words withHead adds at most: a noun and the
// noun before it ("security advisers").
const maxHeadWords = 2

// modifierOnly reports whether w can only modify a noun: a compound
// adjective whose last part is a lower-case word ("four-year",
// "long-range", "US-led"), or a people's adjective ("Ukrainian").
func modifierOnly(w string) bool {
	if i := strings.LastIndexFunc(w, hyphen); i > 0 && i < len(w)-1 {
		_, n := utf8.DecodeRuneInString(w[i:])
		tail := w[i+n:]
		return isLetters(tail) && !isCapital(tail) && !strings.HasSuffix(tail, "s")
	}
	return isDemonym(w) && !strings.HasSuffix(w, "s") // "Ukrainians" are people, not a modifier
}

// extendNoun extends a number with the noun after it: "35" → "35 countries".
func extendNoun(text string, s span) span {
	rest := text[s.end:]
	words := 0
	end := s.end
	i := 0
	for words < 3 {
		j := i
		for j < len(rest) && rest[j] == ' ' {
			j++
		}
		k := j
		for k < len(rest) {
			r, n := utf8.DecodeRuneInString(rest[k:])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			k += n
		}
		if k == j || strings.Trim(rest[j:k], "-") == "" {
			break // no word, or a dash standing alone
		}
		w := strings.ToLower(rest[j:k])
		if stopish[w] || lexicon.IsFunctionWord(w) {
			break
		}
		if pastForm(w) && !(words == 0 && nounAfter(rest[k:])) {
			break // "35 countries", not "35 countries met"; but "100 *oiled* birds"
		}
		end = s.end + k
		i = k
		words++
	}
	start := s.start
	if r, n := utf8.DecodeLastRuneInString(text[:start]); strings.ContainsRune("$€£¥", r) {
		start -= n // "$150 million": the currency is part of the figure
		for start > 0 && text[start-1] >= 'A' && text[start-1] <= 'Z' {
			start-- // "US$75 million", "HK$"
		}
	}
	return span{start, end}
}

// nounAfter reports whether rest opens on a word of substance, as a noun
// after an adjective does ("oiled *birds*"), not on a function word or a
// mark ("died *in* the quake", "died."), a name, a day or an adverb.
func nounAfter(rest string) bool {
	w, _ := typedWord(rest)
	lw := strings.ToLower(w)
	return w != "" && !isCapital(w) && isLetters(w) && !lexicon.IsFunctionWord(lw) && !stopish[lw] && strings.HasPrefix(rest, " ") && !dateRE.MatchString(lw) && !strings.HasSuffix(lw, "ly")
	// (not "100 died *Tuesday*", "12 killed *yesterday*", "freed *early*")
}

var stopish = wordSet("of the a an and or to in on at for by with from that which who as is are was were be been it its their this these those than but would will could")

// convertedRE, andFigureRE and ofPlaceRE are what completes a figure right after it: the same amount
// in another currency in brackets (" (about $950 million)"), another
// quantity it is given with (" and 2,000 prefabricated housing units"), the
// place a distance is reckoned from (" of Calama" after "20 kilometres
// east").
var (
	convertedRE = regexp.MustCompile(`^ \((?:about |around |roughly |some |nearly |almost |approximately )?(?:[A-Z]{0,3}[$€£¥])?[0-9][0-9.,]*(?: (?:million|billion|trillion|thousand))?(?: [a-z]+)?\)`)
	andFigureRE = regexp.MustCompile(`^ and (?:[A-Z]{0,3}[$€£¥])?[0-9][0-9.,]*(?: (?:million|billion|trillion|thousand))?(?: [a-z-]+){1,3}`)
	reckonedRE  = regexp.MustCompile(compassPoints + `$`)
	ofPlaceRE   = regexp.MustCompile(`^ of (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*`)
)

// endsOfDeterminer reports whether text ends as partOfFigureRE's match must
// ("… of the "): "of", a word and a space, in any case. Most figures'
// text before does not, and the test is cheaper than the expression's
// scan of all of it.
func endsOfDeterminer(text string) bool {
	rest, ok := strings.CutSuffix(text, " ")
	if !ok {
		return false
	}
	at := strings.LastIndexByte(rest, ' ')
	return at >= 3 && strings.EqualFold(rest[at-3:at+1], " of ")
}

// partOfFigureRE is a quantifier and "of" with a determiner right before
// a figure: "none of the", "all of its", "each of the".
var partOfFigureRE = regexp.MustCompile(`(?i)\b(?:none|all|each|both|neither|either|any) of (?:the|its|their|his|her|our|these|those) $`)

// completeFigure extends a figure's span over what completes it
// (convertedRE, andFigureRE, ofPlaceRE after a compass point), so that a short answer gives the whole of it:
// "$40 million and 2,000 prefabricated housing units", "900 billion pesos
// (about $950 million)", "20 kilometres east of Calama".
func completeFigure(text string, s span) span {
	if s.end <= s.start || s.end > len(text) {
		return s
	}
	if endsOfDeterminer(text[:s.start]) {
		if m := partOfFigureRE.FindStringIndex(text[:s.start]); m != nil {
			// "*None of the* 22 crew members … were hurt": the
			// quantifier says what is true of the count; without it the
			// answer says the opposite ("22 crew members … were hurt")
			s.start = m[0]
		}
	}
	if reckonedRE.MatchString(text[s.start:s.end]) {
		if m := ofPlaceRE.FindStringIndex(text[s.end:]); m != nil {
			s.end += m[1]
		}
	}
	if m := convertedRE.FindStringIndex(text[s.end:]); m != nil {
		s.end += m[1]
	}
	if m := andFigureRE.FindStringIndex(text[s.end:]); m != nil {
		// the quantity's own words only, up to one that starts a clause
		// ("and 71 were still missing" is another statement, no quantity)
		words := strings.Fields(text[s.end : s.end+m[1]]) // "and", the figure, its words
		n := 2
		for n < len(words) {
			w := strings.ToLower(words[n])
			if stopish[w] || auxiliaries[w] || pastVerb(w) && n > 2 {
				break // "and 12 schools *collapsed*"
			}
			n++
		}
		// a count's noun ends it, a plural ("units", "troops"): not a verb
		// ("and 71 remain missing", "and 2,460 injured")
		if last := strings.ToLower(words[n-1]); n > 2 && len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") {
			s.end += len(" " + strings.Join(words[:n], " "))
		}
	}
	return s
}
