// How much a word weighs: commonness, specificity, clitics, -ing forms.

package qa

import (
	"math"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// commonWord reports whether w (lower case) is a common English word, not
// a name: SCOWL gives it in lower case and it is among GloVe's
// commonWordRank most frequent words ("river", "city", "brown").
func commonWord(w string) bool {
	r, ok := lexicon.Default().Rank(w)
	return ok && r < commonWordRank && lexicon.IsWord(w) && !lexicon.IsName(w)
}

// nameHead is the common noun that ends the name the k-th of toks is a
// word of ("Castle Street", "Loa airport"), looked for among the three
// words after it, past other names, and the name's words through it, all
// lower case; "" when none follows.
func nameHead(text string, toks []index.Token, k int) (head, phrase string) {
	words := []string{strings.ToLower(text[toks[k].Start:toks[k].End])}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].Position == toks[j-1].Position+1; j++ {
		w := strings.ToLower(text[toks[j].Start:toks[j].End])
		words = append(words, w)
		if lexicon.IsFunctionWord(w) {
			return "", ""
		}
		if lexicon.IsWord(w) && !lexicon.IsName(w) {
			return w, strings.Join(words, " ")
		}
	}
	return "", ""
}

// commonWordRank bounds the words commonWord takes for common: "putin"
// (about 2 600th, and a name to SCOWL) or "carney" (21 000th) are not.
const commonWordRank = 5000

// specificity weighs a word by how rare it is in English at large: a word
// the articles seldom use may still be the asker's filler ("actually",
// "anyone", "know"), which GloVe's frequency ranks tell apart from a word
// of substance ("guarantees"). It is log(1+rank)/log(1+specificRank),
// at most 1; words GloVe lacks (names, rare words) weigh 1.
func specificity(word string) float64 {
	r, ok := lexicon.Default().Rank(word)
	if !ok {
		if stem, clitic := splitClitic(word); clitic != "" {
			// GloVe's tokens split "wasn't" into "was" and "n't", and
			// "Ukraine's" into "Ukraine" and "'s": a contraction weighs
			// as the word it stands for ("not"), a possessive as its
			// owner, not as a rare word
			if clitic == "n't" {
				stem = "not"
			}
			return specificity(stem)
		}
		return 1
	}
	return min(1, math.Log1p(float64(r))/math.Log1p(specificRank))
}

// splitClitic splits a word at its English clitic: "wasn't" into "was"
// and "n't", "Ukraine's" into "Ukraine" and "'s" (either apostrophe);
// clitic is "" when the word has none.
func splitClitic(word string) (stem, clitic string) {
	w := strings.ReplaceAll(word, "’", "'")
	if strings.HasSuffix(w, "n't") && len(w) > 3 {
		return w[:len(w)-3], "n't"
	}
	if i := strings.LastIndexByte(w, '\''); i > 0 && i >= len(w)-3 {
		return w[:i], w[i:]
	}
	return word, ""
}

// specificRank is the frequency rank from which a word weighs in full.
const specificRank = 40000

func idf(n, df float64) float64 {
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// progressive reports whether w is a verb's -ing form ("wearing",
// "doing"): after the noun of "what was the president wearing", the verb
// said of it, not the thing asked about.
func progressive(w string) bool {
	return len(w) > 5 && participle(w)
}

// participle reports whether w (lower case) is a verb's -ing form, the
// present participle progressive and beforeParticipleClause read ("adding",
// "wearing"), and no preposition in -ing ("including", "following":
// preposition-words).
func participle(w string) bool {
	return len(w) > len("ing") && strings.HasSuffix(w, "ing") && lexicon.IsVerb(w) && !prepositions[w]
}
