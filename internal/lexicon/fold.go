package lexicon

import "strings"

// latinFold maps the lower-case accented letters of Latin-1 and Latin
// Extended-A to the ASCII letters the table spells them with: its source
// folded every word to ASCII ("elysee", "zurich", "krakow").
var latinFold = func() map[rune]string {
	m := map[rune]string{'æ': "ae", 'þ': "th", 'ß': "ss", 'ĳ': "ij", 'œ': "oe"}
	for base, letters := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ðďđ", "e": "èéêëēĕėęě",
		"g": "ĝğġģ", "h": "ĥħ", "i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķĸ",
		"l": "ĺļľŀł", "n": "ñńņňŉŋ", "o": "òóôõöøōŏő", "r": "ŕŗř", "s": "śŝşšſ",
		"t": "ţťŧ", "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
	} {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

// fold returns s with the accents of latinFold removed, and whether any
// were.
func fold(s string) (string, bool) {
	i := strings.IndexFunc(s, func(r rune) bool { return latinFold[r] != "" })
	if i < 0 {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if f, ok := latinFold[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String(), true
}
