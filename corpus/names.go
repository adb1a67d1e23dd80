package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// placeWords are demonyms and places that stand before a name ("French
// President …").
var placeWords = wordSet(`us u.s. uk u.k. united states kingdom america american french france german germany
	british britain ukrainian ukraine russian russia canadian canada polish poland italian italy
	european europe nato eu western eastern croatian czech belgian belgium danish denmark dutch spanish
	swedish finnish norwegian turkish chinese japanese indian australian irish washington kremlin
	moscow kyiv kiev paris london berlin brussels ottawa rome warsaw`)

var pronouns = wordSet(`he she they`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func isPronoun(w string) bool { return pronouns[strings.ToLower(w)] }

// token is a word or punctuation mark of a block, with its byte offsets.
type token struct {
	text       string
	start, end int
}

func (t token) lower() string { return strings.ToLower(t.text) }

func (t token) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// tokenize splits s into words (letters, digits, inner periods, apostrophes
// and hyphens) and single punctuation marks; a possessive "’s" is dropped
// and marks the end of a name.
func tokenize(s string) []token {
	var out []token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(s) {
				c, m := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					j += m
					continue
				}
				if c == '.' || c == '-' || c == '’' || c == '\'' {
					d, _ := utf8.DecodeRuneInString(s[j+m:])
					if unicode.IsLetter(d) || unicode.IsDigit(d) {
						j += m
						continue
					}
					if c == '.' && isInitialOrAcronym(s[i:j], s[j+m:]) {
						j += m
					}
				}
				break
			}
			w := s[i:j]
			for _, pos := range []string{"’s", "'s"} {
				if strings.HasSuffix(w, pos) && len(w) > len(pos) {
					out = append(out, token{w[:len(w)-len(pos)], i, j - len(pos)}, token{"'s", j - len(pos), j})
					w = ""
				}
			}
			if w != "" {
				out = append(out, token{w, i, j})
			}
			i = j
		default:
			out = append(out, token{s[i : i+n], i, i + n})
			i += n
		}
	}
	return out
}

// isInitialOrAcronym reports whether w, before a period and the text next
// after it, owns that period: an initial ("G."), a dotted acronym ("U.S.")
// or an abbreviation ("Gen."; one spelled as a function word, "No.", only
// before a figure, past any spaces: lexicon.IsAbbreviationBefore).
func isInitialOrAcronym(w, next string) bool {
	if utf8.RuneCountInString(w) == 1 {
		return unicode.IsUpper([]rune(w)[0])
	}
	return isDottedAcronym(w+".") || lexicon.IsAbbreviationBefore(w, next)
}

// nameIndex maps the surnames of the people an article names to their full
// names as the article gives them ("Starmer" → "Keir Starmer").
type nameIndex map[string]string

func articleNames(a *Article) nameIndex {
	ix := nameIndex{}
	for _, p := range a.Passages {
		if p.Kind == KindHeadline || p.Kind == KindSubhead {
			continue // title case: every word is capitalised
		}
		toks := tokenize(p.Text)
		for _, run := range nameRuns(toks) {
			name := stripTitles(run)
			if len(name) < 2 || len(name) > 4 {
				continue
			}
			full := joinTokens(name)
			last := strings.ToLower(name[len(name)-1].text)
			if len(full) > len(ix[last]) {
				ix[last] = full
			}
			ix.addTitles(run[:len(run)-len(name)], last)
		}
	}
	return ix
}

// titleKey marks a nameIndex key that is a title ("foreign minister"), not
// a surname: it maps to the surname of the one person the article gives
// that title, or to "" when it gives it to several.
const titleKey = "title:"

// addTitles records the titles before a name ("Foreign Minister" before
// "Ignacio Rebolledo"): the last title word and the last two.
func (ix nameIndex) addTitles(before []token, surname string) {
	if len(before) > 0 && !strings.Contains(" "+ix[describedKey+surname]+" ", " "+joinTokens(before)+" ") {
		ix[describedKey+surname] = strings.TrimSpace(ix[describedKey+surname] + " " + joinTokens(before))
	}
	var words []string
	for _, t := range before {
		if lexicon.IsTitle(t.lower()) {
			words = append(words, t.lower())
		}
	}
	for n := 1; n <= 2 && n <= len(words); n++ {
		key := titleKey + strings.Join(words[len(words)-n:], " ")
		if prev, ok := ix[key]; ok && prev != surname {
			ix[key] = "" // two people: the title names neither
			continue
		}
		ix[key] = surname
	}
}

// describedKey marks a nameIndex key that maps a surname to the words the
// article puts before the name ("Interior Minister", "Mayor").
const describedKey = "described:"

// described returns the words the article puts before a person's name in
// a run of capitals ("Interior Minister" for "Tomás Villagra"), or "".
func (ix nameIndex) described(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return ix[describedKey+strings.ToLower(f[len(f)-1])]
}

// titled returns the full name of the one person the article gives a
// title ("foreign minister"), or "".
func (ix nameIndex) titled(title string) string {
	surname := ix[titleKey+title]
	if surname == "" {
		return ""
	}
	return ix[surname]
}

// full returns the fullest name the article gives for who.
func (ix nameIndex) full(who string) string {
	toks := stripTitles(tokenize(who))
	if len(toks) == 0 {
		return strings.TrimSpace(who)
	}
	short := joinTokens(toks)
	if full, ok := ix[strings.ToLower(toks[len(toks)-1].text)]; ok && len(full) >= len(short) {
		return full
	}
	return short
}

// nameRuns returns the runs of capitalised words in toks that may be names.
func nameRuns(toks []token) [][]token {
	var runs [][]token
	var cur []token
	flush := func() {
		for len(cur) > 0 && lexicon.IsFunctionWord(cur[0].lower()) {
			cur = cur[1:]
		}
		if len(cur) > 0 {
			runs = append(runs, cur)
		}
		cur = nil
	}
	for _, t := range toks {
		if t.capitalised() && !isPronoun(t.text) {
			cur = append(cur, t)
			continue
		}
		flush()
	}
	flush()
	return runs
}

// stripTitles drops the titles, places and possessives before a name and
// keeps at most its last three words.
func stripTitles(run []token) []token {
	for len(run) > 1 && (opensTitle(run[0].lower()) || placeWords[run[0].lower()]) {
		run = run[1:]
	}
	// "Interior Minister Tomás Villagra": what stands before the last
	// title word describes the title
	for i := len(run) - 3; i >= 1; i-- {
		if lexicon.IsTitle(run[i].lower()) {
			run = run[i+1:]
			break
		}
	}
	if len(run) == 1 && (lexicon.IsTitle(run[0].lower()) || placeWords[run[0].lower()] || lexicon.IsFunctionWord(run[0].lower())) {
		return nil
	}
	if len(run) > 3 {
		run = run[len(run)-3:]
	}
	return run
}

// opensTitle reports whether the first word of a run of capitals stands
// before the name: a title word, or a capitalised "The" or "Of"
// ("according to The Associated Press", "Secretary Of State Marco Rubio"),
// no titles but never the start of a name.
func opensTitle(w string) bool {
	return lexicon.IsTitle(w) || w == "the" || w == "of"
}

func joinTokens(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

// subjectOfLastVerb finds the last verb of saying in pre and the name or
// pronoun that is its subject. A verb with no subject (a passive "described
// as") counts as "he": the speaker of the paragraph.
func subjectOfLastVerb(pre string) (string, bool) {
	toks := tokenize(pre)
	v := -1
	for i := len(toks) - 1; i >= 0; i-- {
		if isSpeechVerb(toks[i]) {
			v = i
			break
		}
	}
	if v < 0 {
		return "", false
	}
	if who := groupBefore(toks, v); who != "" {
		return who, true
	}
	if who := subjectBefore(toks, v); who != "" {
		return who, true
	}
	return "he", true
}

// groupBefore returns the group that is the subject of toks[v] when the
// sentence opens with it: "The allies said …", "Officials said …". It is
// the speaker, though not a person.
func groupBefore(toks []token, v int) string {
	if v < 1 {
		return ""
	}
	noun := toks[v-1]
	if noun.capitalised() && v > 1 || !strings.HasSuffix(noun.lower(), "s") || notPlurals[noun.lower()] || isPronoun(noun.text) {
		return ""
	}
	switch {
	case v == 1 && (!noun.capitalised() || groupNouns[noun.lower()]):
		return noun.lower() // "Officials said", but not "Williams said" or "Reuters said"
	case v == 2 && toks[0].lower() == "the":
		return "the " + noun.lower()
	}
	return ""
}

// groupNouns are the groups that open a sentence capitalised: "Officials
// said …".
var groupNouns = wordSet("officials diplomats analysts leaders allies critics sources lawmakers ministers observers experts residents witnesses authorities organisers organizers")

// notPlurals end in "s" but name no group.
var notPlurals = wordSet("is was has as its his this thus us yes always perhaps")

// isGroup reports whether a speaker is a group ("the allies"), not a name.
func isGroup(who string) bool {
	toks := tokenize(who)
	return len(toks) > 0 && !toks[len(toks)-1].capitalised()
}

// subjectBefore returns the nearest name or pronoun before toks[v], passing
// over an apposition such as ", who has led talks with Russia," or ",
// director of the national disaster agency Senapred,".
func subjectBefore(toks []token, v int) string {
	end := v
	if who := openingSubject(toks, v); who != "" {
		return who
	}
	if end > 0 && toks[end-1].text == "," {
		for k := end - 2; k > 0 && k > end-20; k-- {
			if toks[k].text != "," {
				continue
			}
			// an apposition opens in lower case after a name: ", who …",
			// ", director of …", ", the Japanese team leader,"
			if !toks[k+1].capitalised() && toks[k-1].capitalised() {
				end = k
			}
			break
		}
	}
	if who := titleBefore(toks, end); who != "" {
		return who
	}
	for i := end - 1; i >= 0; i-- {
		t := toks[i]
		if isPronoun(t.text) {
			return t.text
		}
		if t.capitalised() && !lexicon.IsFunctionWord(t.lower()) && !lexicon.IsTitle(t.lower()) && !placeWords[t.lower()] {
			j := i
			for j > 0 && toks[j-1].capitalised() && !lexicon.IsFunctionWord(toks[j-1].lower()) {
				j--
			}
			return joinTokens(toks[j : i+1])
		}
	}
	return ""
}

// openingSubject returns the name that opens the sentence of toks[v], a
// verb of saying after a comma, where the name is its subject past what
// stands between: set off by a comma after it ("Owen Latimer, managing
// director of …, which has held … since April 2022, said"), or the
// sentence's own subject where the verb is a participle ("Transport
// Minister Rasmus Voss welcomed the deal and thanked Haugen, saying …");
// "" otherwise.
func openingSubject(toks []token, v int) string {
	if v < 2 || toks[v-1].text != "," {
		return ""
	}
	s := 0
	for i := v - 1; i >= 0; i-- {
		if t := toks[i].text; t == "." || t == "!" || t == "?" {
			s = i + 1
			break
		}
	}
	j := nameRunEnd(toks[:v], s)
	if j-s < 2 || j >= v-1 {
		return "" // a name of two words at least: not "Separately, …" or "Yesterday, …"
	}
	if toks[j].text == "," {
		return joinTokens(toks[s:j])
	}
	if !strings.HasSuffix(toks[v].lower(), "ing") {
		return ""
	}
	for k := j; k+1 < v; k++ {
		if toks[k].lower() == "with" && toks[k+1].capitalised() {
			return "" // "…, with Anna Berg, the mayor, saying": hers, not the sentence's subject's
		}
	}
	return joinTokens(toks[s:j])
}

// nameRunEnd is the index past the run of capitalised words of toks that
// starts at from, none a function word ("Rasmus Voss", not "In").
func nameRunEnd(toks []token, from int) int {
	j := from
	for j < len(toks) && toks[j].capitalised() && !lexicon.IsFunctionWord(toks[j].lower()) {
		j++
	}
	return j
}

// titleBefore returns the title in lower case that stands right before
// toks[v] as its subject ("the country's foreign minister described …"),
// marked with titleKey, or "".
func titleBefore(toks []token, v int) string {
	i := v - 1
	if i >= 0 && (toks[i].lower() == "also" || toks[i].lower() == "later" || toks[i].lower() == "then") {
		i--
	}
	j := i
	for j >= 0 && !toks[j].capitalised() && lexicon.IsTitle(toks[j].text) {
		j--
	}
	if j == i {
		return ""
	}
	return titleKey + joinTokens(toks[j+1:i+1])
}

// speakerAfter reads an attribution after a quotation: "…,” Zelenskyy said",
// "…,” said Macron", "…,” he added", or ", X said" later in the sentence.
func speakerAfter(post string) (string, bool) {
	toks := tokenize(post)
	if who := accordingTo(toks); who != "" {
		return who, true // "…,” according to Emmanuel Macron."
	}
	for i, t := range toks {
		if !isSpeechVerb(t) {
			continue
		}
		if i > 0 {
			if who := adjacentName(toks, i); who != "" {
				return who, true
			}
			if toks[i-1].text == "," && i <= 12 {
				// "…,” the German chancellor, Friedrich Merz, said."
				if who := subjectBefore(toks, i); who != "" {
					return who, true
				}
			}
		}
		if who := namedAfterTitle(toks, i); who != "" {
			return who, true // "…,” said the company's owner, Tom Aske, 54.
		}
		if i+1 < len(toks) && i <= 2 && toks[i+1].capitalised() {
			j := i + 1
			for j < len(toks) && toks[j].capitalised() {
				j++
			}
			return joinTokens(toks[i+1 : j]), true
		}
	}
	return "", false
}

// namedAfterTitle returns the name set off by commas after a verb of
// saying at toks[v] that opens an attribution and the title before it:
// "said the company's owner, Tom Aske", "said Kestrel's chief analyst,
// Tomasz Wierzbicki"; "" otherwise.
func namedAfterTitle(toks []token, v int) string {
	if v > 2 || v+1 >= len(toks) || toks[v+1].capitalised() && (v+2 >= len(toks) || toks[v+2].text != "'s") {
		return "" // ("said Macron": the name itself)
	}
	for k := v + 1; k < len(toks) && k <= v+8; k++ {
		t := toks[k].text
		if t == "." || t == "!" || t == "?" || isSpeechVerb(toks[k]) {
			return ""
		}
		if t != "," {
			continue
		}
		if j := nameRunEnd(toks, k+1); j > k+2 {
			return joinTokens(toks[k+1 : j]) // (two words at least: "said the mayor, Thursday" names no one)
		}
		return ""
	}
	return ""
}

// accordingTo returns the name after "according to" in toks, or "".
func accordingTo(toks []token) string {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].lower() != "according" || toks[i+1].lower() != "to" {
			continue
		}
		j := i + 2
		for j < len(toks) && toks[j].capitalised() {
			j++
		}
		if j > i+2 {
			if name := stripTitles(toks[i+2 : j]); len(name) > 0 {
				return joinTokens(name)
			}
		}
	}
	return ""
}

// adjacentName returns the name or pronoun directly before toks[v] (an
// adverb such as "also" may stand between).
func adjacentName(toks []token, v int) string {
	i := v - 1
	if i >= 0 && (toks[i].lower() == "also" || toks[i].lower() == "later" || toks[i].lower() == "then") {
		i--
	}
	if i < 0 {
		return ""
	}
	if isPronoun(toks[i].text) {
		return toks[i].text
	}
	if !toks[i].capitalised() || lexicon.IsFunctionWord(toks[i].lower()) {
		return ""
	}
	j := i
	for j > 0 && toks[j-1].capitalised() && !lexicon.IsFunctionWord(toks[j-1].lower()) {
		j--
	}
	return joinTokens(toks[j : i+1])
}

// leadingSubject returns the first word of a sentence when it is a pronoun.
func leadingSubject(pre string) string {
	toks := tokenize(pre)
	if len(toks) > 0 && isPronoun(toks[0].text) {
		return toks[0].text
	}
	return ""
}

// speechSubjects lists the people a block names as subjects of verbs of
// saying, in order, as full names.
func speechSubjects(text string, names nameIndex, recent []blockSpeakers) []string {
	toks := tokenize(text)
	var out []string
	for i := range toks {
		if !isSpeechVerb(toks[i]) {
			continue
		}
		who := adjacentName(toks, i)
		if who == "" && i > 0 && toks[i-1].text == "," {
			who = subjectBefore(toks, i)
		}
		switch {
		case who == "":
		case strings.HasPrefix(who, titleKey):
			if full := names.titled(strings.TrimPrefix(who, titleKey)); full != "" {
				out = append(out, full)
			}
		case isPronoun(who):
			// "Merz expressed readiness … He emphasised …": the person the
			// block named first, before the blocks before it
			first := firstPerson(text[:toks[i].start], names)
			if who = resolvePronoun(&blockSpeakers{subjects: out, first: first}, recent); who != "" {
				out = append(out, who)
			}
		default:
			if name := stripTitles(tokenize(who)); len(name) > 0 {
				out = append(out, names.full(joinTokens(name)))
			}
		}
	}
	return out
}

// isSpeechVerb reports whether t is a verb of saying: lower-case, so that
// "States" in "United States" is not "states".
func isSpeechVerb(t token) bool {
	return !t.capitalised() && lexicon.IsSayingVerb(t.text)
}

// firstPerson returns the first name in text that the article gives in full.
func firstPerson(text string, names nameIndex) string {
	for _, run := range nameRuns(tokenize(text)) {
		name := stripTitles(run)
		if len(name) == 0 {
			continue
		}
		if full, ok := names[strings.ToLower(name[len(name)-1].text)]; ok {
			return full
		}
	}
	return ""
}
