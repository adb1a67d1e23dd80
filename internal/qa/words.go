// Word lists and word tests for reading questions and passages: general English, never the wording of a known question.

package qa

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

var (
	negWords    = wordSet("refuse refused refuses refusing decline declined declines reject rejected rejects not no never won't wouldn't didn't don't doesn't unwilling oppose opposed")
	whoNouns    = wordSet("country countries nation nations leader leaders person people official officials president minister envoy envoys general commander organisation organization state states government governments man woman power powers ally allies member members partner partners")
	whereNouns  = wordSet("city cities town towns village villages district districts suburb neighbourhood neighborhood county place places region regions territory where location capital venue area areas")
	whenNouns   = wordSet("day date year month week time")
	auxiliaries = wordSet(strings.Join(lexicon.Auxiliaries(), " "))
	// getPassive are the forms of "get" that make a passive ("what got
	// damaged", "how many got hurt"): after "what" they are the verb, not
	// the noun asked about; before a past participle, an auxiliary
	getPassive  = wordSet("get gets got getting gotten")
	imperatives = wordSet("name list tell give show find explain describe summarise summarize quote whats what's who's whos")
)

// titleTerms returns the analysed terms of the titles a question may hold
// (lexicon.QuestionTitles), words that stand before names and name no one
// themselves, as the index spells them: "presid", "minist", "envoi";
// "premier" is the index's "primeminist", as "prime minister" is. They
// depend on the index's analysis, so each engine makes its own.
func (e *Engine) titleTerms() map[string]bool {
	terms := map[string]bool{}
	for _, w := range lexicon.QuestionTitles() {
		for _, t := range e.s.Analyze(w) {
			terms[t.Term] = true
		}
	}
	return terms
}

// namingWords frame a "what is X called" question.
var namingWords = wordSet("called named dubbed known as")

// stopLike end the search for a question's noun.
var stopLike = wordSet("the a an of in on at to for by with about from")

// formWords are words that only say what kind of question it is.
var formWords = map[Kind]map[string]bool{
	KindHowMany: wordSet("many much number total altogether overall"),
	KindHowLong: wordSet("long last lasts lasting run runs much time"),
	KindWhen:    wordSet("date day time happen happened happens occur occurred"),
	KindWhere:   wordSet("city cities town place places location venue where happen happened happens occur occurred"),
	KindWho:     wordSet("person people individual name whats who's whos"),
	// "why did the quake happen", "how did it happen": the cause or the
	// manner of what the question names, "happen" no word of it
	KindWhy: wordSet("happen happened happens occur occurred"),
	KindHow: wordSet("happen happened happens occur occurred"),
}

// pronounSet is a set of the first n of English's subject pronouns
// (lexicon.SubjectPronouns; n one of its named runs, lexicon.PersonPronouns
// to lexicon.ClausePronouns), and more words with them.
func pronounSet(n int, more ...string) map[string]bool {
	m := wordSet(strings.Join(more, " "))
	for _, w := range lexicon.SubjectPronouns(n) {
		m[w] = true
	}
	return m
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(s) {
		m[w] = true
	}
	return m
}

// frameNouns frame a question rather than name what it asks for: "what
// kind of help", "which touchy subject".
var frameNouns = wordSet("kind kinds type types sort sorts part parts percentage share amount number proportion subject subjects thing things issue issues matter topic topics aspect name")

var copulas = wordSet("is are was were")

// leadPrepositions may open a question before its question word.
var leadPrepositions = wordSet("on in at by for from during to with under across into")

// pastVerb reports whether a word looks like a verb in the past tense:
// regular ("pledged", "died") or one of the common irregular ones ("sent").
func pastVerb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || len(w) == 4 && strings.HasSuffix(w, "ied") || irregularPast[w]
}

// irregularVerbForm reports whether w is an irregular inflection of a verb
// (WordNet's exception lists: "ran", "fell", "rose"), not itself a verb's
// base form ("found", "saw").
func irregularVerbForm(w string) bool {
	return !lexicon.IsVerbBase(w) && verbInflection(w)
}

// verbInflection reports whether w is an irregular inflection of a verb
// by WordNet's exception lists, whether or not it is a verb's base form
// too ("found" of "find", "ground" of "grind"): where the words around it
// already read it as a participle (participleAfter), its being a base
// does not matter.
func verbInflection(w string) bool {
	for _, b := range lexicon.Inflected(w) {
		if lexicon.IsVerbBase(b) {
			return true
		}
	}
	return false
}

// pastForm reports whether w (lower case) is a verb's past form, regular
// or irregular ("oiled", "taken").
func pastForm(w string) bool { return pastVerb(w) || irregularVerbForm(w) }

// participles are common irregular past participles ("what was *set*
// aside"). A hand list: WordNet's exception lists (lexicon.Inflected)
// tell no participle from a past ("taken" and "took" are both "take"'s),
// and leave out the forms spelt as their base ("set", "cut").
var participles = wordSet("set put cut hit left kept held made given taken shown known seen done sent built brought told found")

// irregularPast are the commonest irregular pasts, which pastVerb reads
// besides the regular "-ed". A hand list, though WordNet's exception
// lists know all but those spelt as their base ("put", "cut", "burst"):
// read from them (lexicon.Inflected, less the "-ing" and "-s" forms, the
// auxiliaries' and the nouns' plurals), pastVerb took every irregular
// form for a past, nouns and bases among them ("ground", "fell") and
// "meant", whose "to" then opened a reason ("meant to change how …" for
// "why did the update skip testing"), and answers were lost, with or
// without the nouns and bases.
var irregularPast = wordSet("sent took gave made came went held met said told brought left kept put set saw got won lost paid sold built led spent began fought drew stood hurt hit cut shut spread burst")

// pronounAfter are the words after which "us" is the pronoun: "tell us",
// "for us".
var pronounAfter = wordSet("tell told give gave show showed let help helps for to with about of among from against behind before remind reminds")

func isCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// lowerASCII lower-cases the ASCII letters of s and leaves every other byte
// as it is, so that an offset found in it is an offset in s:
// strings.ToLower may change a string's length ("İ" is one byte shorter
// lower-cased), and a cut made by its offsets would then fall elsewhere.
func lowerASCII(s string) string {
	return string(appendLowerASCII(make([]byte, 0, len(s)), s))
}

// getFold is m[strings.ToLower(w)] without a lower-cased copy of w: an
// ASCII word of up to 32 bytes is lowered on the stack and looked up as it
// stands there (a map index by a []byte converted in place allocates
// nothing); any other word is lowered by strings.ToLower as before. A
// word with capitals looked up in a word set made a new string each time,
// some hundreds an Ask.
func getFold[V any](m map[string]V, w string) V {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)] // (a letter of another script may lower to more bytes, or fewer)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// appendLowerASCII appends s to b, its ASCII letters lower-cased.
func appendLowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// lowerHasSuffix is strings.HasSuffix(strings.ToLower(s), suffix) for a
// suffix in lower case, lowering only as many of s's last runes as the
// suffix has bytes: strings.ToLower maps rune by rune, and no rune lowers
// to less than a byte. namedSpeaker asks it of all a passage's text
// before a name, for "said", where lowering the whole cost more than the
// rest of its reading.
func lowerHasSuffix(s, suffix string) bool {
	i := len(s)
	for n := 0; n < len(suffix) && i > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return strings.HasSuffix(strings.ToLower(s[i:]), suffix)
}

// unpossessed is w without a possessive's ending ("Kiev's", "Chile’s"),
// straight or curly.
func unpossessed(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// wordsOver reports whether wordCount(s) > n, reading s only until its
// word n+1: a span tested against a short answer's length may run to a
// whole passage.
func wordsOver(s string, n int) bool {
	if n < 0 {
		return true // (no words are more than fewer than none)
	}
	return wordsUpTo(s, n+1) > n
}

// wordCount is len(strings.Fields(s)), without making the fields.
func wordCount(s string) int { return wordsUpTo(s, -1) }

// wordsUpTo counts the words of s as strings.Fields splits them,
// stopping at limit words (none where limit < 0).
func wordsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		// an ASCII byte by unicode.IsSpace's own ASCII test, without a
		// rune's decoding; a rune beyond ASCII by the Unicode tables
		var space bool
		if b := s[i]; b < utf8.RuneSelf {
			space = b == ' ' || '\t' <= b && b <= '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			if n, in = n+1, true; n == limit {
				return n
			}
		}
	}
	return n
}

// lastWordAt is where the last word of s[:end] starts and ends (a run of
// runes that are not spaces, as strings.Fields splits s), or -1, -1 when
// s[:end] holds none. The one reader of "the word(s) before byte i":
// lastFields, precedingWord, lastWord and lastWordsFrom are views of it.
func lastWordAt(s string, end int) (int, int) {
	for end > 0 {
		space, size := spaceBefore(s, end)
		if !space {
			break
		}
		end -= size
	}
	if end == 0 {
		return -1, -1
	}
	start := end
	for start > 0 {
		space, size := spaceBefore(s, start)
		if space {
			break
		}
		start -= size
	}
	return start, end
}

// lastFields is the last n of strings.Fields(s) (all of them when there
// are fewer), found from the end of s: many rules read only the word or
// two before a place in a passage, and splitting all the passage up to
// it cost more than the rest of such a rule.
func lastFields(s string, n int) []string {
	out := make([]string, n)
	k, end := n, len(s)
	for k > 0 {
		start, stop := lastWordAt(s, end)
		if start < 0 {
			break
		}
		k--
		out[k] = s[start:stop]
		end = start
	}
	return out[k:]
}

// uses yields the offset in text of every use of phrase, left to right,
// each search going on past the use found (uses do not overlap); none of
// an empty phrase. The one loop of the rules that read each "the bridge",
// " and " or "; " of a passage.
func uses(text, phrase string) iter.Seq[int] {
	return func(yield func(int) bool) {
		if phrase == "" {
			return
		}
		for from := 0; ; {
			i := strings.Index(text[from:], phrase)
			if i < 0 || !yield(from+i) {
				return
			}
			from += i + len(phrase)
		}
	}
}

// onlyUse is the offset of the one use of phrase in text, or -1 where
// text holds it not at all or more than once: the rules that widen a
// short answer to the words around it in its passage (withNoun,
// withInfinitive, wholeDegree, withDeed …) cannot tell which of two
// uses it was cut from.
func onlyUse(text, phrase string) int {
	at := strings.Index(text, phrase)
	if at < 0 || strings.Count(text, phrase) > 1 {
		return -1
	}
	return at
}

// onlyWholeUse is onlyUse of a phrase that stands in text as whole
// words, no letter or digit glued to either side ("Peru", not inside
// "Peruvian"); -1 otherwise.
func onlyWholeUse(text, phrase string) int {
	at := onlyUse(text, phrase)
	if at < 0 || phrase == "" {
		return -1
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:at]); at > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(text[at+len(phrase):]); at+len(phrase) < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return -1
	}
	return at
}

// endsInMark reports whether s ends in one of marks, a rune of them
// whole ("—", "”" are more than one byte).
func endsInMark(s, marks string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && strings.ContainsRune(marks, r)
}

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

// lastFieldsLower is lastFields of strings.ToLower(s), lowering only the
// fields it keeps.
func lastFieldsLower(s string, n int) []string { return lowerFields(lastFields(s, n)) }

// firstFieldsLower is firstFields of strings.ToLower(s), lowering only the
// fields it keeps.
func firstFieldsLower(s string, n int) []string { return lowerFields(firstFields(s, n)) }

// lowerFields lowers each of f in place, and is f.
func lowerFields(f []string) []string {
	for i, w := range f {
		f[i] = strings.ToLower(w)
	}
	return f
}

// pastSpaces is the first byte of text at or after from, and before to,
// that is no space (" "): where the words of text[from:to] begin; to
// where there are none.
func pastSpaces(text string, from, to int) int {
	for from < to && text[from] == ' ' {
		from++
	}
	return from
}

// spaceBefore reports whether the rune ending at byte end of s is a space
// as strings.Fields tells one (unicode.IsSpace), and its length.
func spaceBefore(s string, end int) (bool, int) {
	if b := s[end-1]; b < utf8.RuneSelf {
		return b == ' ' || '\t' <= b && b <= '\r', 1
	}
	r, size := utf8.DecodeLastRuneInString(s[:end])
	return unicode.IsSpace(r), size
}

// lastWord is the last word of s (lastWordAt) without the punctuation
// and quotation marks around it, in its own case.
func lastWord(s string) string {
	start, end := lastWordAt(s, len(s))
	if start < 0 {
		return ""
	}
	return strings.Trim(s[start:end], ",;:“”\"'’‘")
}

// nextWord returns the first word of s, lower-cased and without quotation
// marks or commas around it, and what follows it. It allocates only for a
// word with capitals.
func nextWord(s string) (string, string) {
	w, rest := typedWord(s)
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			w = strings.ToLower(w)
			break
		}
	}
	return w, rest
}

// typedWord is nextWord's word as typed, in its own case.
func typedWord(s string) (string, string) {
	s = strings.TrimLeft(s, " “\"‘'")
	end := strings.IndexByte(s, ' ')
	if end < 0 {
		end = len(s)
	}
	return strings.TrimRight(s[:end], ",;:”\"’'"), s[end:]
}

// knownNoun reports whether w (lower case) is a noun by the lexicon, the
// one test of it: no pronoun ("themselves", "someone", "nobody", which
// WordNet has as nouns for a person), and in one of its WordNet noun
// classes, a plural read as its singular ("members", "bridges",
// "march"), or a word it knows (lexicon.IsWord) as no verb, adjective,
// adverb or function word ("cattle", "warnings", "troops"; not "always",
// "perhaps", "police", "talks"), an irregular plural read as its base
// ("children"; lexicon.Inflected).
func knownNoun(w string) bool {
	if pronoun(w) {
		return false
	}
	if nounBase(w) {
		return true
	}
	for _, b := range lexicon.Inflected(w) {
		if nounBase(b) {
			return true
		}
	}
	return false
}

// nounBase is knownNoun's test of one form, w itself or a base of it.
func nounBase(w string) bool {
	return lexicon.IsPersonNoun(w) || lexicon.IsTextNoun(w) || lexicon.IsPhysicalNoun(w) || lexicon.IsEventNoun(w) ||
		lexicon.IsWord(w) && !lexicon.IsVerb(w) && !lexicon.IsAdjective(w) && !lexicon.IsAdverb(w) && !lexicon.IsFunctionWord(w)
}

// pronouns are English's pronouns, a closed class: kinds.txt's
// [pronoun-words].
var pronouns = cueSet("pronoun-words")

// pronoun reports whether w (lower case) is a pronoun: "themselves",
// "him", "ourselves", "someone", "nobody".
func pronoun(w string) bool { return pronouns[w] }

// modals are the modal auxiliaries (modal), as a set for the readers
// that index one: derived from lexicon.Auxiliaries, no list of its own.
var modals = func() map[string]bool {
	set := map[string]bool{}
	for w := range auxiliaries {
		if modal(w) {
			set[w] = true
		}
	}
	return set
}()

// superlative reports whether w is an adjective's superlative by its form
// ("biggest", "largest", "earliest"; not "west", "protest"), or "most",
// "best", "worst".
func superlative(w string) bool {
	if w == "most" || w == "best" || w == "worst" {
		return true
	}
	stem, ok := strings.CutSuffix(w, "est")
	if !ok || len(stem) < 2 {
		return false
	}
	if n := len(stem); stem[n-1] == stem[n-2] && lexicon.IsAdjective(stem[:n-1]) {
		return true // "big-g-est"
	}
	if b, ok := strings.CutSuffix(stem, "i"); ok && lexicon.IsAdjective(b+"y") {
		return true // "earl-i-est"
	}
	return lexicon.IsAdjective(stem) || lexicon.IsAdjective(stem+"e") // "long-est", "larg-est"
}

// initials reports whether w is written in capitals only, two letters or
// more: a body named by its initials ("UN", "NATO", "OCHA").
func initials(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// wordAt reports whether text[i:j] stands as whole words.
func wordAt(text string, i, j int) bool {
	before := i == 0 || !unicode.IsLetter(rune(text[i-1]))
	after := j >= len(text) || !unicode.IsLetter(rune(text[j]))
	return before && after
}
