// The noun a "how many" or measure question asks of.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// measureNoun returns the analysed term of the first noun kinds.txt's
// [measure-noun] gives adjective adj that the articles use ("deep":
// "depth"), or "".
func (e *Engine) measureNoun(adj string) string {
	for _, line := range cueLists["measure-noun"] {
		if len(line) < 2 || line[0] != adj {
			continue
		}
		for _, n := range line[1:] {
			if t := e.analyze(n); len(t) == 1 && e.s.DocFreq(t[0].Term) > 0 {
				return t[0].Term
			}
		}
	}
	return ""
}

// modifiedNoun reports whether w, after a participle, is the noun it
// qualifies: a plural or a word for people.
func modifiedNoun(w string) bool {
	return pluralNoun(w) && !pastVerb(w) || meansPerson(w)
}

// pastVerbAfter reports whether a verb in the past stands among words.
func pastVerbAfter(words []string) bool {
	for _, w := range words {
		if pastVerb(strings.Trim(w, "?,.!")) {
			return true
		}
	}
	return false
}

// countedNoun finds the term a "how many" question counts: the last of
// the words after "how many" before an auxiliary verb or a preposition,
// or before a function word that no verb in the past follows ("how many
// dead *so far*"); and the index of the verb in the past that follows it
// ("how many people *died*"), or -1.
func countedNoun(text string, terms []qterm) (*qterm, int) {
	words := strings.Fields(strings.ToLower(text))
	var last, verb string
	var run []string // the words after "how many", up to a verb or a preposition
	for i := 0; i < len(words); i++ {
		if (words[i] == "many" || words[i] == "much") && i > 0 && words[i-1] == "how" {
			rest := words[i+1:]
			for k, w := range rest {
				w = strings.Trim(w, "?,.!")
				passive := auxiliaries[w] || getPassive[w] // "were", "got": the verb follows
				if last != "" && !passive && !stopLike[w] && lexicon.IsFunctionWord(w) && !pastVerbAfter(rest[k+1:]) {
					break // "how many dead *so far*": what is counted ends at a function word, unless its verb is still to come ("how many people who died")
				}
				if last != "" && words[i] == "much" && presentVerb(w) {
					break // "how much cargo *goes* through": what "how much" measures is a mass, its verb agrees in the singular
				}
				if !passive && pastVerb(w) && k+1 < len(rest) && modifiedNoun(strings.Trim(rest[k+1], "?,.!")) && len(run) > 0 && !slices.ContainsFunc(run, modifiedNoun) {
					// "how many nuclear *armed* countries", "how many
					// badly *damaged* homes": a participle between the
					// words that qualify a noun and the noun qualifies it
					// too (after the noun, it is its verb: "how many
					// countries *sent* reps"; first, the deed counted:
					// "how many injured people", as "how many were
					// injured")
					last = w
					run = append(run, w)
					continue
				}
				if passive || stopLike[w] || pastVerb(w) {
					switch {
					case last == "" && passive && participleAfter(rest[k+1:]) != "":
						verb = participleAfter(rest[k+1:]) // "how many were *injured*", "have been *rescued*": who is understood
					case last == "" && !passive && pastVerb(w):
						verb = w // "how many *died*"
					case last == "":
					case passive && participleAfter(rest[k+1:]) != "":
						verb = participleAfter(rest[k+1:]) // "how many people were *injured*", "had been *found*"
					case !passive && pastVerb(w):
						verb = w // "how many people *died*"
					}
					break // "how many countries *sent* reps"
				}
				last = w
				run = append(run, w)
			}
			break
		}
	}
	// the last plural or word for people of the run, where a verb in the
	// present follows it ("how many *people* live in Calama"); else its
	// last word ("how many nuclear *weapons*")
	for _, w := range run {
		if pluralNoun(w) || meansPerson(w) {
			last = w
		}
	}
	if h := slices.Index(words, "how"); last == "" && h >= 2 && (words[0] == "of" || words[0] == "out" && words[1] == "of") {
		last = strings.Trim(words[h-1], "?,.!") // "of the dead how many lived in calama": the dead are counted
	}
	var counted *qterm
	if i := termIndex(terms, last); last != "" && i >= 0 {
		counted = &terms[i]
	}
	verbAt := -1
	if verb != "" {
		verbAt = termIndex(terms, verb)
	}
	return counted, verbAt
}

// participleAfter is the verb in the past that words (lower case, the
// words after an auxiliary) open with, past any further auxiliaries of a
// perfect or a passive (forms of "be", "get": "*injured*" of "injured so
// far", "*rescued*" of "been rescued"), a regular past or an irregular
// form ("been *taken*"), also one that is a verb's base too ("been
// *found*": verbInflection), its marks trimmed; "" when another word
// comes first.
func participleAfter(words []string) string {
	for _, w := range words {
		w = strings.Trim(w, "?,.!")
		if auxiliaries[w] || beForms[w] || getPassive[w] {
			continue
		}
		if pastVerb(w) || verbInflection(w) {
			return w
		}
		break
	}
	return ""
}

// adjectiveLike reports whether w looks like an adjective, no noun that
// names a kind of the next: a superlative or comparative ("best",
// "biggest", "longer"), or a word made of a country ("french").
func adjectiveLike(w string) bool {
	return strings.HasSuffix(w, "est") || strings.HasSuffix(w, "er") && len(w) > 4 || lexicon.IsCountryWord(w) || w == "worst" || w == "main" || w == "new" || w == "old"
}
