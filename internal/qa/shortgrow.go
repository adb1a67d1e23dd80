// Growing a short answer back over the word it was cut from.

package qa

import (
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// wholeDegree is short with the word of degree it was cut from, where it
// opens on the second half of a comparison or on what a superlative
// grades ("than 400 aftershocks" to "more than 400 aftershocks",
// "significant issue still to be resolved" to "most significant issue
// …"), as text has it once and the whole stays a short answer; else short.
func wholeDegree(text, short string) string {
	at := onlyUse(text, short)
	if at < 0 || wordCount(short) >= maxShortWords {
		return short
	}
	before := strings.TrimRight(text[:at], " ")
	if len(before) == len(text[:at]) {
		return short // (no space before: inside a word or after a mark)
	}
	prev := strings.ToLower(lastWord(before))
	first, _ := nextWord(short)
	if lf := strings.ToLower(first); !degreeWords[prev] || !strings.HasSuffix(before, lastWord(before)) || lf != "than" && (!isLetters(first) || lexicon.IsFunctionWord(lf)) {
		return short
	}
	return text[len(before)-len(prev) : at+len(short)]
}

// nounWords is how many words withNoun takes to finish a noun phrase.
const nounWords = 2

// withNoun is short with the noun it was cut from, where it ends on a
// possessive or a count that text goes on to give the noun of ("our
// grandchildren's | money", "about 31,000 | passengers"): the words up
// to where the phrase ends, at most nounWords, and as many words dropped
// from its start as it takes to stay a dozen; else short.
func withNoun(text, short string) string {
	at := onlyUse(text, short)
	if at < 0 {
		return short
	}
	last := lastWord(short)
	count := strings.Trim(last, "0123456789,.") == "" && strings.ContainsAny(last, "0123456789")
	// an ordinal after a determiner or a possessive wants its noun as
	// much: "the bridge's third | pier", "its first | flight"
	if head := strings.TrimSpace(strings.TrimSuffix(short, last)); getFold(ordinals, last) != 0 && head != "" {
		prev := strings.ToLower(lastWord(head))
		count = count || nounOpeners[prev] || endsGenitive(prev)
	}
	if !strings.HasSuffix(short, last) || !(endsGenitive(last) || count) {
		return short
	}
	rest := text[at+len(short):]
	if !strings.HasPrefix(rest, " ") {
		return short
	}
	ends := wordEnds(rest)
	for k := 1; k <= nounWords && k <= len(ends); k++ {
		w := strings.Fields(rest[:ends[k-1]])[k-1]
		bare := strings.TrimRight(w, ",;:.!?”\"")
		if k == 1 && (bare == "" || !unicode.IsLower([]rune(bare)[0]) || lexicon.IsFunctionWord(bare) || prepositions[bare] || verbWord(bare)) {
			return short // no noun follows: "in 2024 | because", "by January 31 | and"
		}
		if abbreviationRE.MatchString(strings.TrimSuffix(bare, ".")) || lexicon.IsAbbreviation(bare) {
			bare += "." // "at 9 a.m.": an abbreviation keeps its period
		}
		if len(bare) < len(w) || phraseEndsAt(text, at+len(short)+ends[k-1]) {
			return grown(short, short+rest[:ends[k-1]-(len(w)-len(bare))], false)
		}
	}
	return short
}

// grown is longer, the short answer short grown at its end, less as many
// words from its start as it takes to stay a dozen; or short, where that
// would cut a name open ("Lorraine | Kemp") or, with keepNegation, drop a
// negation.
func grown(short, longer string, keepNegation bool) string {
	s := strings.TrimSpace(longer)
	for wordCount(s) > maxShortWords {
		var first string
		first, s, _ = strings.Cut(s, " ")
		if next, _ := typedWord(s); keepNegation && negRE.MatchString(first) || isCapital(first) && isCapital(next) && !getFold(articles, first) {
			return short
		}
	}
	return s
}

// infinitiveWords is how many words after "to" withInfinitive takes to
// finish the verb's complement.
const infinitiveWords = 2

// withInfinitive is short with the infinitive it was cut from, where it
// ends on a verb that text goes on to complete with "to" and a verb
// ("which declined | to comment", "has agreed | to pay"): a verb whose
// complement follows ends no phrase. It takes "to" and the words up to
// where the phrase ends (at most infinitiveWords), dropping as many
// words from its start as it takes to stay a dozen, but never a
// negation nor a name cut open; else short.
func withInfinitive(text, short string) string {
	at := onlyUse(text, short)
	if at < 0 {
		return short
	}
	last := lastWord(short)
	if !strings.HasSuffix(short, last) || !verbWord(strings.ToLower(last)) || getFold(auxiliaries, last) {
		return short
	}
	rest := text[at+len(short):]
	if !strings.HasPrefix(rest, " to ") {
		return short
	}
	ends := wordEnds(rest)
	if len(ends) < 2 {
		return short
	}
	if v := strings.TrimRight(strings.Fields(rest)[1], ",;:.!?”\"’"); !lexicon.IsVerbBase(strings.ToLower(v)) {
		return short // "taken | to hospital": a place, not a verb's infinitive
	}
	for k := 2; k <= 1+infinitiveWords && k <= len(ends); k++ {
		w := strings.Fields(rest[:ends[k-1]])[k-1]
		bare := strings.TrimRight(w, ",;:.!?”\"’")
		if len(bare) < len(w) || phraseEndsAt(text, at+len(short)+ends[k-1]) {
			return grown(short, short+rest[:ends[k-1]-(len(w)-len(bare))], true)
		}
	}
	return short
}

// degreeWords grade what follows them, or open a comparison its "than"
// closes: a closed class of English.
var degreeWords = wordSet("more most less least fewer")
