package lexicon

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed chat.txt
var chatData string

// chatRule is one line of chat.txt.
type chatRule struct {
	repl           string
	notAfterNumber bool // "5 pm" is a time
	afterNumber    bool // only after a number, or written on to it: "150 mil", "1.3bn"
	first          bool // only as the first word
	leadIn         bool // leads into a question word: dropped before it
}

var (
	chatOnce  sync.Once
	chatRules map[string]chatRule
)

// parseChat reads the rules of chat.txt: WORD, TAB, REPLACEMENT and an
// optional TAB and condition; # starts a comment.
func parseChat(data string) map[string]chatRule {
	rules := map[string]chatRule{}
	for _, line := range strings.Split(data, "\n") {
		if line = strings.TrimRight(line, "\r"); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		r := chatRule{}
		if len(f) > 1 {
			r.repl = f[1]
		}
		for _, cond := range f[min(len(f), 2):] {
			switch cond {
			case "!not-after-number":
				r.notAfterNumber = true
			case "!after-number":
				r.afterNumber = true
			case "!first":
				r.first = true
			case "!lead-in":
				r.leadIn = true
			}
		}
		rules[strings.ToLower(strings.TrimSpace(f[0]))] = r
	}
	return rules
}

// Normalize rewrites text typed in a chat into the words it stands for:
// abbreviations expanded ("abt" → "about", "r" → "are"), apostrophes put
// back ("didnt" → "didn't"), chat noise dropped ("lol", "pls"), emoji and
// other pictographs removed, runs of punctuation ("??", "!!!") cut to one,
// white space folded. Everything else, case included, is left as typed:
// capitals say what is a name. The rules are data (chat.txt).
func Normalize(text string) string {
	chatOnce.Do(func() { chatRules = parseChat(chatData) })
	text = stripPictographs(text)
	fields := strings.Fields(text)
	out := make([]string, 0, len(fields)+1) // (a word a field, most often: one allocation, not one a doubling)
	prevNumber := false
	for _, field := range fields {
		lead, core, trail := splitPunct(field)
		if n, unit, ok := numberUnit(core); ok {
			// "1.3bn", "10k": the number, then the word its unit stands for
			out = append(out, lead+n, caseLike(unit, chatRules[unit].repl)+trail)
			prevNumber = false
			continue
		}
		r, ok := chatRules[strings.ToLower(core)]
		switch {
		case ok && r.afterNumber && !prevNumber:
			out = append(out, field) // "k" alone, "mil" not after a number
		case ok && r.leadIn:
			out = append(out, field) // see dropLeadIn
		case !ok || r.first && len(out) > 0 || r.notAfterNumber && prevNumber:
			out = append(out, field) // (lead+core+trail, as typed: no new string)
		case r.repl == "":
			// noise: keep only punctuation that ends a clause
			if p := strings.Trim(trail, "\"'“”‘’()"); p != "" && len(out) > 0 {
				out[len(out)-1] += p
			}
		default:
			out = append(out, lead+caseLike(core, r.repl)+trail)
		}
		prevNumber = core != "" && unicode.IsDigit(rune(core[len(core)-1]))
	}
	return collapsePunct(strings.Join(dropLeadIn(out), " "))
}

// numberUnit splits a number written on to a unit a chat rule expands
// after numbers ("1.3bn" into "1.3" and "bn"); ok is false for anything
// else.
func numberUnit(core string) (number, unit string, ok bool) {
	i := strings.IndexFunc(core, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' })
	if i <= 0 || !unicode.IsDigit(rune(core[i-1])) {
		return "", "", false
	}
	unit = strings.ToLower(core[i:])
	if r, found := chatRules[unit]; !found || !r.afterNumber {
		return "", "", false
	}
	return core[:i], unit, true
}

// maxLeadIn is how many words may lead into a question word.
const maxLeadIn = 5

// dropLeadIn drops the words that lead into a question ("so", "anyone
// know", "can u tell me") when only such words stand before its question
// word, or before the verb that opens a yes/no question: "anyone know how
// long …" is read "how long …", "wait did they …" "did they …".
func dropLeadIn(words []string) []string {
	verb := -1 // the first lead-in that may open a yes/no question ("so *does* the tram …")
	prev := ""
	for i, w := range words {
		_, core, _ := splitPunct(w)
		lw := strings.ToLower(core)
		if isQuestionWord(lw) {
			return words[i:]
		}
		// a verb opens a yes/no question where it comes before its
		// subject, not after one ("so i *was* wondering who …")
		opens := opensYesNo(lw) && !subjectPronouns[prev]
		r, ok := chatRules[lw]
		if (!ok || !r.leadIn) && opens {
			return words[i:]
		}
		if !ok || !r.leadIn || i == maxLeadIn {
			if verb > 0 {
				return words[verb:]
			}
			return words
		}
		if verb < 0 && opens {
			verb = i
		}
		prev = lw
	}
	return words
}

// subjectPronouns are the pronouns that stand as a verb's subject: a verb
// after one is no question's opening.
var subjectPronouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range subjectPronounOrder {
		m[w] = true
	}
	return m
}()

// subjectPronounOrder are English's subject pronouns (a closed class, and
// chat's "u" for "you"), each view of them in internal/qa a run from the
// first: he, she and they, the third person's of people (PersonPronouns:
// those news prose carries a speaker named before by); then it and we
// (AskedPronouns: who or what may be a subject asked about); then i
// (SpeakerPronouns: all that may stand for a speaker); then you
// (ClausePronouns: what may open a clause's subject, chat's "u" aside);
// and u.
var subjectPronounOrder = []string{"he", "she", "they", "it", "we", "i", "you", "u"}

// The named runs of SubjectPronouns, by how many of its first they take
// (subjectPronounOrder says why each ends where it does).
const (
	PersonPronouns  = 3 // he, she, they: the third person's of people
	AskedPronouns   = 5 // and it, we: a subject asked about
	SpeakerPronouns = 6 // and i: any that may stand for a speaker
	ClausePronouns  = 7 // and you: any that may open a clause's subject
)

// SubjectPronouns are the first n of English's subject pronouns, in the
// order subjectPronounOrder gives (n at most 8): one list, and every
// view of it a run from the first. The slice is the caller's: appending
// to it leaves the list as it is.
func SubjectPronouns(n int) []string {
	return slices.Clone(subjectPronounOrder[:max(0, min(n, len(subjectPronounOrder)))])
}

// opensYesNo reports whether w is a verb that opens a yes/no question
// ("did", "is", "wasn't"): one of English's auxiliaries, as typed or
// negated (AuxBase).
func opensYesNo(w string) bool {
	_, ok := AuxBase(strings.ReplaceAll(w, "’", "'"))
	return ok
}

// isQuestionWord reports whether w opens a question: who, what, what's …
func isQuestionWord(w string) bool {
	w, _, _ = strings.Cut(strings.ReplaceAll(w, "’", "'"), "'")
	switch w {
	case "who", "whom", "whose", "what", "when", "where", "why", "how", "which":
		return true
	}
	return false
}

// caseLike gives repl the capital of word's first letter: "Whats" → "What's".
func caseLike(word, repl string) string {
	r, _ := utf8.DecodeRuneInString(word)
	if unicode.IsUpper(r) && len(word) > 1 {
		s, n := utf8.DecodeRuneInString(repl)
		return string(unicode.ToUpper(s)) + repl[n:]
	}
	return repl
}

// splitPunct splits a white-space field into punctuation before, the word,
// and punctuation after. A slash closing a word stays with it ("w/").
func splitPunct(f string) (string, string, string) {
	start := strings.IndexFunc(f, isWordRune)
	if start < 0 {
		return f, "", ""
	}
	end := strings.LastIndexFunc(f, isWordRune)
	_, n := utf8.DecodeRuneInString(f[end:])
	end += n
	if strings.HasPrefix(f[end:], "/") {
		end++
	}
	return f[:start], f[start:end], f[end:]
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// stripPictographs removes emoji, their joiners and variation selectors,
// and other symbols that carry no words.
func stripPictographs(s string) string {
	ascii := true // (no ASCII character is a pictograph or a symbol of So: most questions are read byte by byte, not by the Unicode tables)
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return s
	}
	clean := true
	for _, r := range s {
		if isPictograph(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isPictograph(r) {
			return ' '
		}
		return r
	}, s)
}

func isPictograph(r rune) bool {
	switch {
	case r == 0x200D, r >= 0xFE00 && r <= 0xFE0F, r >= 0x1F3FB && r <= 0x1F3FF:
		return true // joiner, variation selectors, skin tones
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF:
		return true // emoji, dingbats, miscellaneous symbols
	}
	return unicode.Is(unicode.So, r)
}

// collapsePunct cuts runs of ? and ! to one ("??" → "?", "?!" → "?"),
// keeps an ellipsis, and folds white space.
func collapsePunct(s string) string {
	if plainSpaced(s) {
		return s // (most questions: nothing to cut or fold)
	}
	return collapsePunctSlow(s)
}

// collapsePunctSlow is collapsePunct without its fast path.
func collapsePunctSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for _, r := range s {
		if (r == '?' || r == '!') && (prev == '?' || prev == '!') {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// plainSpaced reports whether collapsePunct would leave s as it is: ASCII
// (no white space beyond it to fold), its words one space apart with none
// at either end, no "?" or "!" after another.
func plainSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	var prev byte
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case b >= utf8.RuneSelf, b == '\t', b == '\n', b == '\v', b == '\f', b == '\r':
			return false
		case b == ' ' && prev == ' ':
			return false
		case (b == '?' || b == '!') && (prev == '?' || prev == '!'):
			return false
		}
		prev = b
	}
	return true
}

// IsChatWord reports whether w (any case) is a word chat.txt rewrites or
// drops: chat shorthand, a contraction typed without its apostrophe,
// noise.
func IsChatWord(w string) bool {
	_, ok := ChatRewrite(w)
	return ok
}

// ChatRewrite returns what chat.txt makes of w (any case) where it stands
// as a word of its own: "abt" → "about", "didnt" → "didn't", noise → "";
// ok is false for a word chat.txt leaves as it is. (Normalize may still
// leave w alone where a rule's condition does not hold: "5 pm".)
func ChatRewrite(w string) (string, bool) {
	chatOnce.Do(func() { chatRules = parseChat(chatData) })
	r, ok := chatRules[strings.ToLower(w)]
	return r.repl, ok
}
