// "How much" questions: sums of money and changes.

package qa

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// asksMuch reports whether a question asks "how much", an amount: with
// no noun after it ("how much did it cost"), only money or a share
// answers, not a bare count ("two envoys").
func asksMuch(q *question) bool {
	for i := 1; i < len(q.words); i++ {
		if q.words[i] == "much" && q.words[i-1] == "how" {
			return true
		}
	}
	return false
}

// asksMuchOfAnything reports whether a "how much" question asks about a
// placeholder noun, no thing in particular: "how much *stuff*".
func asksMuchOfAnything(q *question) bool { return vagueNouns[afterHowMuch(q)] }

// afterHowMuch is the word of a question right after its first "how
// much" ("how much *stuff*", "how much *longer*", "how much *does*"), or
// "" where none follows.
func afterHowMuch(q *question) string {
	for i := 2; i < len(q.words); i++ {
		if q.words[i-1] == "much" && q.words[i-2] == "how" {
			return q.words[i]
		}
	}
	return ""
}

// asksMoney reports whether a "how much" question asks for a sum of money:
// one of kinds.txt's [money-words] stands in it ("how much does the
// recount *cost*", "how much did they *pay*").
func asksMoney(q *question) bool {
	if !asksMuch(q) {
		return false
	}
	for _, w := range q.words {
		if moneyWords[w] {
			return true
		}
	}
	return false
}

var moneyWords = cueSet("money-words")

// money reports whether the number at s of text is a sum of money: a
// currency's sign before it or its name after it.
func money(text string, s span) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:s.start])
	return strings.ContainsRune("$€£¥", r) || currencyAfter(text[s.end:])
}

// changeBy reports whether the figure at s of text says by how much
// something changed: a verb of change before it, with "by" or without
// (and its currency sign): "had risen by £190 million", "fell 3%", "had
// added about 30 centimetres to river levels".
func changeBy(text string, s span) bool {
	before := strings.ToLower(strings.TrimRight(text[:s.start], "$€£¥ "))
	if by, ok := strings.CutSuffix(before, " by"); ok {
		before = by
	}
	return changeVerbs[lastWord(before)]
}

// changedBy reports whether the number at s of text is a percentage after
// "by": by how much something changed ("cut the grant *by 30%*").
func changedBy(text string, s span) bool {
	return lowerHasSuffix(strings.TrimRight(text[:s.start], " "), " by") && percentAfter(text[s.end:])
}

// asksDifference reports whether a "how much" question asks by how much
// one thing exceeds another: a comparative right after "much" ("how much
// *longer* is the drive", "how much *heavier* are the trucks"), which a
// figure in a unit answers, as a change does ("added about 25 minutes").
func asksDifference(q *question) bool { return comparative(afterHowMuch(q)) }

// comparative reports whether w is an adjective's comparative, by
// English's spelling rules from an adjective WordNet gives ("longer",
// "larger", "bigger", "heavier"), or one of the few English forms no
// spelling rule makes: "more", "less", "fewer", "further", "farther",
// and "better" and "worse", the comparatives of "good" and "bad".
func comparative(w string) bool {
	switch w {
	case "more", "less", "fewer", "further", "farther", "better", "worse":
		return true
	}
	base, ok := strings.CutSuffix(w, "er")
	if !ok || len(base) < 2 || lexicon.IsFunctionWord(w) { // ("after" is no more "aft")
		return false
	}
	bases := []string{base, base + "e"} // "long", "large"
	if b, ok := strings.CutSuffix(base, "i"); ok {
		bases = append(bases, b+"y") // "heavy"
	}
	if n := len(base); n > 2 && base[n-1] == base[n-2] {
		bases = append(bases, base[:n-1]) // "big"
	}
	return slices.ContainsFunc(bases, lexicon.IsAdjective)
}

// asksChange reports whether a question asks by how much something
// changed ("how much did the cost rise"): a verb of change among its words.
func asksChange(q *question) bool {
	return slices.ContainsFunc(q.words, func(w string) bool { return changeVerbs[w] })
}

// changeVerbs are the verbs by which a figure says how much something
// changed (kinds.txt [change-words]).
var changeVerbs = cueSet("change-words")
