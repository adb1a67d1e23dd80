// A question's frame (question phrase, auxiliary, rest), chat spellings, auxiliaries and modals.

package qa

import (
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// Words that tie a follow-up to the question before it: general English,
// never the wording of a known question.
var (
	questionWords  = wordSet("who whom whose what which when where why how")
	personPronouns = wordSet("he she him her his hers himself herself")
	groupPronouns  = wordSet("they them their theirs themselves")
	// thingAnaphors point back to what the previous question was about
	thingAnaphors = wordSet("that this it its those these there then")
	// elseWords ask for an answer besides the previous one
	elseWords = wordSet("else other others another besides")
	// fillers carry no content of their own in a follow-up
	fillers = wordSet("anything something anyone someone anybody somebody more again too also please exactly so then ok okay yes no now still actually really even just currently though")
	// howWords follow "how" in a question phrase
	howWords = wordSet("many much long old far often big large")
	// locatives introduce a place that only sets the scene ("in Paris")
	locatives = wordSet("in at to from on for with by about of into near")
)

// connectives open a follow-up that continues the previous question ("and
// germany?", "what about the uk"); the longest that fits is taken.
var connectives = [][]string{
	// a correction: "no i meant germany", "sorry i meant macron" ask the
	// previous question of what follows
	{"no", "i", "meant"}, {"no", "i", "mean"}, {"sorry", "i", "meant"}, {"sorry", "i", "mean"}, {"i", "meant"}, {"i", "mean"},
	{"and", "what", "about"}, {"and", "how", "about"}, {"but", "what", "about"},
	{"what", "about"}, {"how", "about"}, {"what", "of"}, {"as", "for"}, {"same", "for"},
	{"and"}, {"but"}, {"or"}, {"so"}, {"also"}, {"then"}, {"ok"}, {"okay"}, {"wait"},
}

// qframe is a question split into its question phrase ("who", "how many
// troops", "which countries"), its auxiliary verb, and the rest, as typed.
type qframe struct {
	qw   []string
	aux  string
	rest []string
}

// frameOf splits words (as typed) into a question's frame.
func frameOf(words []string) qframe {
	var f qframe
	if len(words) > 0 {
		// "whos", "what's": the question word and its verb
		lw := strings.ReplaceAll(lower(words[0]), "'", "")
		if len(lw) > 1 && lw[len(lw)-1] == 's' && questionWords[lw[:len(lw)-1]] {
			words = append([]string{lw[:len(lw)-1], "is"}, words[1:]...)
		}
	}
	i := 0
	if len(words) > 2 && leadPrepositions[lower(words[0])] && (lower(words[1]) == "what" || lower(words[1]) == "which") ||
		len(words) == 2 && (leadPrepositions[lower(words[0])] || lower(words[0]) == "until" || lower(words[0]) == "since") && questionWords[lower(words[1])] {
		// "on what day …"; a follow-up of a preposition and a question
		// word alone: "until when", "since when", "from who"
		f.qw = append(f.qw, words[0])
		i = 1
	}
	if i < len(words) && questionWords[lower(words[i])] {
		w := lower(words[i])
		f.qw = append(f.qw, words[i])
		i++
		if w == "how" && i < len(words) && howWords[lower(words[i])] {
			f.qw = append(f.qw, words[i])
			i++
		}
		if w == "which" || w == "what" || w == "whose" || w == "how" && len(f.qw) > 1 && (lower(f.qw[len(f.qw)-1]) == "many" || lower(f.qw[len(f.qw)-1]) == "much") {
			for n := 0; i < len(words) && n < 3; n++ {
				lw := lower(words[i])
				if isAux(lw) || stopLike[lw] || pastVerb(lw) || len(lw) > 3 && strings.HasSuffix(lw, "ed") || elseWords[lw] || fillers[lw] || thingAnaphors[lw] || personPronouns[lw] || groupPronouns[lw] {
					break
				}
				f.qw = append(f.qw, words[i])
				i++
			}
		}
	}
	for i < len(words) && elseWords[lower(words[i])] {
		f.rest = append(f.rest, words[i]) // "who else did …": else stays with the rest
		i++
	}
	if i < len(words) && isAux(lower(words[i])) {
		f.aux = words[i]
		i++
	}
	f.rest = append(f.rest, words[i:]...)
	return f
}

// noun is the noun of the question phrase ("countries" of "which
// countries"), or nil.
func (f qframe) noun() []string {
	for i, w := range f.qw {
		lw := lower(w)
		if !questionWords[lw] && !howWords[lw] && !leadPrepositions[lw] {
			return f.qw[i:]
		}
	}
	return nil
}

// asks reports whether the frame opens with a question word or an
// auxiliary (a yes/no question).
func (f qframe) asks() bool { return len(f.qw) > 0 || f.aux != "" }

// chatSpellings are the words people shorten in chat, spelled out: general
// English, not the wording of any question.
var chatSpellings = map[string]string{
	"ppl": "people", "r": "are", "u": "you", "ur": "your", "abt": "about", "w": "with", "b4": "before",
	"govt": "government", "gov": "government", "bc": "because", "cuz": "because", "thru": "through",
	"tho": "though", "pls": "please", "plz": "please", "gonna": "going to", "wanna": "want to",
	"wont": "won't", "dont": "don't", "cant": "can't", "didnt": "didn't", "isnt": "isn't", "wasnt": "wasn't",
	"arent": "aren't", "werent": "weren't", "doesnt": "doesn't", "theyre": "they're", "theres": "there's",
	"whats": "what's", "whos": "who's", "wheres": "where's", "yr": "year", "yrs": "years", "hrs": "hours",
	"mins": "minutes", "approx": "about", "info": "information", "intl": "international",
}

// unchat spells out chat shorthand in a question read in context.
func unchat(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		core := strings.TrimRight(w, "?!.,")
		if full, ok := chatSpellings[strings.ToLower(core)]; ok {
			words[i] = full + w[len(core):]
		}
	}
	return strings.Join(words, " ")
}

// isAux reports whether a word is an auxiliary verb, as typed, negated
// ("wasn't", "won't", "cannot") or as people chat ("r" for "are").
func isAux(w string) bool {
	_, ok := auxBase(w)
	return ok
}

// auxBase returns the auxiliary verb w (lower case, plain apostrophes)
// stands for, as it is listed (lexicon.Auxiliaries), and whether w is
// one: as typed, negated ("wasn't" is "was", "won't" "will", "cannot"
// "can": lexicon.AuxBase, the one reading of an auxiliary's form) or as
// people chat ("r" is "are", "cant" "can"). Its kind (a form of "be",
// "have", "do", or a modal) is read on the base.
func auxBase(w string) (string, bool) {
	if full, ok := chatSpellings[w]; ok {
		w = full
	}
	return lexicon.AuxBase(w)
}

// bareVerbAux reports whether w (lower case, plain apostrophes) is an
// auxiliary whose verb, after it, stands in its base form: a modal or a
// form of "do", negated too ("will help", "can't help", "did help";
// auxBase). A form of "be" or "have" is not: they take a participle, and
// each is a main verb too ("they have some tents", "the fare is free").
func bareVerbAux(w string) bool {
	b, ok := auxBase(w)
	return ok && !beForms[b] && !haveForms[b]
}

// modal reports whether w (lower case) is a modal auxiliary as written,
// not negated: an auxiliary (lexicon.Auxiliaries) that is no form of
// "be", "have" or "do": "will", "could", "may", "can", "must". Its verb
// tells what will, may, can or must be, not what was done or is. (A
// negated one, "won't", tells a refusal, settled; bareVerbAux reads those
// too, where only the verb's form matters.)
func modal(w string) bool {
	return auxiliaries[w] && !beForms[w] && !haveForms[w] && !doForms[w]
}

// futureBases are the modals (modal) English says what is to come with,
// as lexicon.Auxiliaries lists them: "will", "shall", and "would", the
// same in reported speech ("said it would pay"). A documented subset of
// the modals, not a list of their forms: futureModal reads those on the
// base (auxBase).
var futureBases = wordSet("will would shall")

// futureModal reports whether w (lower case, plain apostrophes) is a
// modal of what is to come (futureBases), as written or negated
// ("won't", "shan't", "wouldn't": lexicon.AuxBase reads the form). Not a
// chat spelling: it reads the articles' sentences, where "wont" is a noun
// ("as was his wont"), and its callers tell a refusal by the "n't" they
// see, which "wont" lacks.
func futureModal(w string) bool {
	b, ok := lexicon.AuxBase(w)
	return ok && modal(b) && futureBases[b]
}

// betweenAuxAndVerb reports whether w (lower case), standing after an
// auxiliary before next (the word after it, lower case; "" for none),
// leaves the verb the auxiliary's: an adverb by WordNet ("would *now*
// face", "will *probably* help", "could *not* each"), but one that is a
// verb too only where a word that is no function word follows it, the
// verb ("would *still* seek"; in "would *back* a deal", "will *back* each
// plan" it is the verb). A negation among them ("not", "never":
// negationWord) is the caller's to read: it makes a prospect a refusal
// ("would not face"), but a quantifier after it still floats off the
// subject.
func betweenAuxAndVerb(w, next string) bool {
	return lexicon.IsAdverb(w) && (!lexicon.IsVerb(w) || next != "" && !lexicon.IsFunctionWord(next))
}

// pastBetween walks from words[k] (lower case) in the direction step
// (+1 from an auxiliary toward its verb, -1 from a verb back toward its
// auxiliary) past the words that may stand between the two
// (betweenAuxAndVerb, each read with the word after it: "would *then
// probably* resume"), and returns the index of the first word that may
// not, or -1 or len(words) where the words run out. A negation ("not",
// "never": negationWord) ends the walk where it stands unless overNot:
// it makes a prospect a refusal ("would not resume"). The one reading of
// the words between an auxiliary and its verb, in either direction.
func pastBetween(words []string, k, step int, overNot bool) int {
	i := k + step
	for ; i >= 0 && i < len(words); i += step {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		if !overNot && negationWord(words[i]) || !betweenAuxAndVerb(words[i], next) {
			break
		}
	}
	return i
}

func lower(s string) string { return strings.ToLower(strings.ReplaceAll(s, "’", "'")) }

// wordsOf splits a question into words as typed, without the punctuation
// around them.
func wordsOf(s string) []string {
	var out []string
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimFunc(w, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%' && r != '$' && r != '€' && r != '£'
		})
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func trimFillers(words []string) []string {
	var out []string
	for _, w := range words {
		if !elseWords[lower(w)] && !fillers[lower(w)] {
			out = append(out, w)
		}
	}
	return out
}

func hasAny(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[lower(w)] {
			return true
		}
	}
	return false
}

func lowerIn(words []string, w string) bool {
	for _, x := range words {
		if lower(x) == w {
			return true
		}
	}
	return false
}

func lowerAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = lower(w)
	}
	return out
}
