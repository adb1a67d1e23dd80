// Whether a person speaks in a passage: quotations, verbs of saying and their named subjects.

package qa

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// speaks reports whether a person a question names (who: the one a
// yes/no question asks whether they said something, a claim's subject) is
// who speaks in the passage: the speaker of a quotation in it, or the subject of its
// verb of saying. who is read once for q (speakerNamed), not again for
// every candidate.
func (e *Engine) speaks(q *question, who string, c *cand) bool {
	return e.speaksAs(e.speakerNamed(q, who), c)
}

// speakerAsked is what speaks reads of the person asked about whatever the
// passage: the name analysed, and the one person the articles give that
// title, when that is another name ("the uk pm"), read the same way. A
// question's is read once (question.speakerFor), not again for every
// candidate: the look-ups cost more than the passage's own test of most
// candidates.
type speakerAsked struct {
	who    string
	want   []index.Token
	titled *speakerAsked // nil when the title names no one else
}

// speakerOf is who, read for speaks; nil when who is empty. A name of no
// analysed words is read no further (speaks is false of it).
func (e *Engine) speakerOf(who string) *speakerAsked {
	if who == "" {
		return nil
	}
	s := &speakerAsked{who: who, want: e.analyze(who)}
	if len(s.want) == 0 {
		return s
	}
	if name := e.titledName(who); !strings.EqualFold(name, who) {
		s.titled = e.speakerOf(name)
	}
	return s
}

// speakerFor is q's speaker read for speaks, once for the question (again
// only when the speaker asked about is another).
func (e *Engine) speakerFor(q *question) *speakerAsked {
	if q.said == nil || q.said.who != q.speaker {
		q.said = e.speakerOf(q.speaker)
	}
	return q.said
}

// speakerNamed is who read for speaks once for q: q's speaker
// (speakerFor) or another person it names (q.saidBy), read again only
// when that is another.
func (e *Engine) speakerNamed(q *question, who string) *speakerAsked {
	if who == q.speaker {
		return e.speakerFor(q)
	}
	if q.saidBy == nil || q.saidBy.who != who {
		q.saidBy = e.speakerOf(who)
	}
	return q.saidBy
}

// speaksAs is speaks of a speaker read by speakerOf.
func (e *Engine) speaksAs(s *speakerAsked, c *cand) bool {
	if s == nil || len(s.want) == 0 {
		return false
	}
	who, want := s.who, s.want
	if s.titled != nil && e.speaksAs(s.titled, c) {
		return true // "the uk pm": the one person the articles give that title
	}
	if e.describedSaying(who, c) >= 0 {
		return true // "the dam safety expert": "Peter Hanlon, a dam-safety engineer …, said"
	}
	for _, qt := range c.a.Quotes {
		if qt.End <= c.p.Start || qt.Start >= c.p.End || qt.Speaker == "" {
			continue
		}
		if e.sameName(who, qt.Speaker) {
			return true
		}
	}
	// the name stands in the passage as the subject of a verb of saying
	// ("Merz said German forces could …"), or in the sentence before one
	// that opens "He said …"
	for _, w := range want {
		if e.namedSpeaker(c.p.Text, c.toks, w.Term) {
			continue
		}
		if c.prev != nil && e.factsOf(c.a, &c.p).anaphor && saysSaid(firstWords(c.p.Text, 4)) {
			// "He said …" after a sentence whose subject is the name
			if names := e.names(c.prev.Text); len(names) > 0 {
				first := c.prev.Text[names[0].start:names[0].end]
				if hasTerm(e.analyze(first), w.Term) {
					continue
				}
			}
		}
		return false
	}
	return true
}

// describedSaying is where in c's passage a speaker asked for by a
// description of a person in lower case ("the dam safety expert", "the un
// relief official": its last word a noun for a person, WordNet's) has a
// verb of saying, or -1: before it, in the same sentence and within
// describedReach bytes, stand a name, every other word of the description,
// and the description's noun or another for a person ("Peter Hanlon, a
// *dam-safety engineer* who led a review …, *said*"); a word that names a
// doer stands there as its verb, the doer a person ("the truck driver
// guy": "Héctor Choque, 44, who drives an ore truck …, said"); a word of
// when the title is held (sameOffice: a role-time word, or an office word
// WordNet reads as held for a while, "interim") need not
// stand there, so long as another word of the description does.
func (e *Engine) describedSaying(who string, c *cand) int {
	if i := strings.LastIndexByte(who, ' '); strings.ContainsFunc(who[i+1:], unicode.IsUpper) {
		return -1 // (a name, most often: told before the words are split, for every candidate; a name may qualify the noun, "the KCT boss")
	}
	var words []string
	for w := range strings.FieldsSeq(strings.ToLower(who)) {
		if !lexicon.IsFunctionWord(w) {
			words = append(words, w)
		}
	}
	if len(words) < 2 || !lexicon.IsPersonNoun(words[len(words)-1]) {
		return -1
	}
	var mods, modWords []string // the description's other words, analysed, and as typed
	for _, w := range words[:len(words)-1] {
		for _, t := range e.analyze(w) {
			mods = append(mods, t.Term)
			modWords = append(modWords, w)
		}
	}
	text := c.p.Text
	names := e.names(text)
	for _, v := range e.find(saidRE, text) {
		from := max(0, v.start-describedReach)
		if i := strings.LastIndex(text[from:v.start], ". "); i >= 0 {
			from += i + 2
		}
		within := func(start, end int) bool { return start >= from && end <= v.start }
		if !slices.ContainsFunc(names, func(n span) bool { return within(n.start, n.end) }) {
			continue
		}
		var toks []index.Token // the passage's words in the stretch
		for _, t := range c.toks {
			if within(t.Start, t.End) {
				toks = append(toks, t)
			}
		}
		all, doer, passed := true, false, 0
		for i, m := range mods {
			switch {
			case hasTerm(toks, m):
			case sameOffice(modWords[i]) && !e.describesSomeone(m):
				// when or where the title is held, not what of: "the
				// *current* port chief" is the port chief (but where the
				// articles describe someone by the word, it is his
				// description, as for the role and who speaks)
				passed++
			case slices.ContainsFunc(toks, func(t index.Token) bool { return agentOf(t.Term, modWords[i]) }):
				// the verb whose doer the word names, as English makes
				// agent nouns: "the truck *driver*", "who *drives* an
				// ore truck"; a doer is a person, as the noun asked
				// for is
				doer = doer || lexicon.IsPersonNoun(modWords[i])
			case slices.ContainsFunc(toks, func(t index.Token) bool { return nearModifier(modWords[i], text[t.Start:t.End]) }):
				// an adjective of the word's sense: "the un *relief*
				// official", "the UN Office for … *Humanitarian* Affairs"
			default:
				all = false
			}
		}
		if all && passed < len(mods) && (doer || slices.ContainsFunc(toks, func(t index.Token) bool {
			return lexicon.IsPersonNoun(strings.ToLower(text[t.Start:t.End]))
		})) {
			return v.start
		}
	}
	return -1
}

// nearModifier reports whether the passage's word w (as written) stands
// for the description's word asked (typed, lower case) by nearness
// (GloVe, at softMin): an adjective near it ("humanitarian" for
// "relief"). A near noun is most often another thing of the kind
// ("reservoir" for "dam"), not the same one, so only an adjective the
// lexicon knows is read so, and never its opposite (lexicon.Opposite:
// "senior" for "junior", "foreign" for "domestic" stand as near in GloVe).
func nearModifier(asked, w string) bool {
	lw := strings.ToLower(w)
	if !lexicon.IsAdjective(lw) || lexicon.IsFunctionWord(lw) || lexicon.Opposite(asked, lw) {
		return false
	}
	sim, ok := lexicon.Default().Similarity(asked, lw)
	return ok && sim >= softMin
}

// describedReach is how far before a verb of saying a description of its
// speaker is looked for, in bytes.
const describedReach = 150

var negRE = regexp.MustCompile(`(?i)\b(not|no|never|nor|neither|none|nobody|nothing|no one|absent|absence|ruled out|lack\w*|refus\w*|declin\w*|reject\w*|without|unwilling|hesitant|oppos\w*)\b|n't\b|n’t\b`)

// saidWords are the verbs of saying saidRE finds, besides "according to".
var saidWords = []string{"said", "says", "say", "added", "adds", "told", "tells", "called", "calls", "cautioned", "noted", "stated", "stating", "stressed", "urged", "warned", "announced", "declared", "insisted", "wrote", "writing", "praised", "praising", "described", "hailed", "thanked", "thanking", "cited", "welcomed", "expressed", "emphasised", "emphasized", "highlighted", "acknowledged", "referring", "argued", "explained"}

var saidRE = regexp.MustCompile(`\b(` + strings.Join(saidWords, "|") + `|according to)\b`)

// saidSet is saidWords as a set, for saysSaid.
var saidSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range saidWords {
		m[w] = true
	}
	return m
}()

// saysSaid is saidRE.MatchString(s), by hand: a run of ASCII word
// characters (the expression's \b) that is a verb of saying, or
// "according" then " to" and a word's end. The expression's match cost
// tens of thousands of instructions even on four words (the backtracker
// clears its state for every one of its alternatives).
func saysSaid(s string) bool {
	for i := 0; i < len(s); {
		if !asciiWordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && asciiWordByte(s[j]) {
			j++
		}
		w := s[i:j]
		if saidSet[w] {
			return true
		}
		if w == "according" && strings.HasPrefix(s[j:], " to") && (j+3 == len(s) || !asciiWordByte(s[j+3])) {
			return true
		}
		i = j
	}
	return false
}

// asciiWordByte reports whether b is a word character of a regular
// expression's \b and \w: an ASCII letter, digit or underscore.
func asciiWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// namedSpeaker reports whether the analysed term stands in text followed
// closely by a verb of saying, or after "according to".
func (e *Engine) namedSpeaker(text string, toks []index.Token, term string) bool {
	var verbs []span
	read := false // verbs are read (remembered per passage) only once the term is found: most passages rank reads do not hold it
	for _, t := range toks {
		if t.Term != term {
			continue
		}
		if !read {
			verbs, read = e.find(saidRE, text), true
		}
		for _, v := range verbs {
			if v.start >= t.End && v.start <= t.End+70 {
				if namesSubject(text[t.End:v.start]) {
					return true
				}
				break
			}
		}
		before := strings.ToLower(text[max(0, t.Start-30):t.Start])
		after := text[t.End:]
		if endsGenitive(text[t.Start:t.End]) {
			after = "'s" + after // the token holds the possessive: "Petrak's"
		}
		if strings.Contains(before, "according to") || lowerHasSuffix(nameOpened(text[:t.Start]), "said") && !reportedAbout(after) {
			return true
		}
	}
	return false
}

// nameOpened is the text before a name's word past the name's words before
// it ("…, said Paul| D'Souza": "…, said"), white space trimmed: the
// capitalised words right before it, a title among them ("said Mayor Ana
// Petrak") and a particle between two of them ("said Ana de| Souza":
// nameParticle), short of a verb of saying ("Said Ana| Petrak").
func nameOpened(before string) string {
	next := "N" // the word after w: at first the name's own, read as capitalised
	for {
		before = strings.TrimRightFunc(before, unicode.IsSpace)
		i, _ := lastWordAt(before, len(before))
		i = max(i, 0)
		w := before[i:]
		prev := strings.TrimRightFunc(before[:i], unicode.IsSpace)
		j, _ := lastWordAt(prev, len(prev))
		trio := [3]string{prev[max(j, 0):], w, next}
		if w == "" || !nameWordAt(func(k int) string { return trio[k] }, 3, 1) || strings.ContainsAny(w, ",.;:!?") || saidSet[strings.ToLower(w)] {
			return before
		}
		before, next = before[:i], w
	}
}

// nameParticle reports whether w, after the word before (as written), is
// a particle inside a person's or an office's name, between two of its
// capitalised words: "Ana *de* Souza", "Secretary *of* State"
// (nameJoiners); the word after it is the caller's to be capitalised.
func nameParticle(w, before string) bool {
	return nameJoiners[w] && isCapital(before) && !strings.ContainsAny(before, ",.;:!?")
}

// nameWordAt reports whether the k-th of n words (word(k) is its text)
// stands in a person's name as a run of them is read, either way: a
// capitalised word, or a particle between two of them, past any other
// particle beside it ("Ana *de* Souza", "Ana *de la* Souza":
// nameParticle).
func nameWordAt(word func(int) string, n, k int) bool {
	w := word(k)
	if isCapital(w) {
		return true
	}
	a, b := k-1, k+1
	for a >= 0 && nameJoiners[word(a)] {
		a--
	}
	for b < n && nameJoiners[word(b)] {
		b++
	}
	return a >= 0 && b < n && nameParticle(w, word(a)) && isCapital(word(b))
}

// reportedAbout reports whether a name after a verb of saying is the
// subject of the clause reported ("Officials said Ana| Petrak would
// resign", "…| Petrak resigned"), not the one who speaks ("…, said Ana|
// Petrak.", "…| Petrak on Monday", "…| Petrak, the mayor"): after the
// rest of the name (after: the text past the name's word, restOfName) and
// an apposition or relative clause set off by commas (", the mayor,":
// appositionAfter) the first word is an auxiliary, negated too ("…|
// Petrak wasn't told": isAux), or a finite verb that is
// no adverb, preposition or adjective as well ("…| Petrak back in March"
// speaks); or the name is a possessive ("…| Petrak's deputy would
// resign").
func reportedAbout(after string) bool {
	rest := restOfName(after)
	if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
		return true // the name is no subject: "Petrak's deputy"
	}
	rest = rest[appositionAfter(rest):]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsSpace(r) {
		return false // punctuation or the end: "said Ana Petrak." or "said Petrak, adding"
	}
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	if sp := wordSpans(rest); len(sp) > 0 && isAux(lower(rest[sp[0][0]:sp[0][1]])) {
		return true // "…| Petrak wasn't told": the auxiliary, negated too (wordSpans keeps its clitic, up to any mark or space)
	}
	w := strings.ToLower(firstWord(rest))
	verb := pastVerb(w) || finiteVerb(w) && !lexicon.IsAdjective(w) // not "present at the talks"
	return isAux(w) || verb && !prepositions[w] && !lexicon.IsFunctionWord(w) && !lexicon.IsAdverb(w)
}

// namesSubject reports whether a name's word, gap before the word it
// stands with, is that word's subject there: past the rest of its name
// (restOfName) the words between leave it the subject (subjectGap).
func namesSubject(gap string) bool {
	return subjectGap(restOfName(gap))
}

// subjectGap reports whether the words between a name and a verb of saying
// leave the name its subject: nothing ("Merz said"), an adverb, a
// relative clause (", who has led talks with Russia,") or an apposition
// set off by commas (", the port's engineer, said": appositionAfter) —
// not the end of an apposition (", said") or another name ("Russia,
// Macron said").
func subjectGap(gap string) bool {
	if n := appositionAfter(gap); n > 0 {
		gap = gap[n:] // what stands after it, as after the name
	}
	g := strings.TrimSpace(gap)
	if wordCount(g) > 8 {
		return false
	}
	if strings.HasPrefix(g, ", who") || strings.HasPrefix(g, ", which") {
		return true
	}
	if strings.HasPrefix(g, ",") {
		return false
	}
	for w := range strings.FieldsSeq(g) {
		if isCapital(w) {
			return false
		}
	}
	return true
}

func firstWords(s string, n int) string {
	return strings.Join(firstFields(s, n), " ")
}

func hasTerm(toks []index.Token, term string) bool {
	for _, t := range toks {
		if t.Term == term {
			return true
		}
	}
	return false
}

// sameName reports whether two names share a surname, spelling variants
// folded ("Zelenskiy", "Volodymyr Zelenskyy"), or misspelled by a letter
// or two swapped ("Quipse", "Julio Quispe") where no article has the
// misspelling.
func (e *Engine) sameName(a, b string) bool {
	ta, tb := e.analyze(a), e.analyze(b)
	for _, x := range ta {
		for _, y := range tb {
			if x.Term == y.Term && !e.titles[x.Term] {
				return true
			}
		}
	}
	for _, x := range ta {
		if e.s.DocFreq(x.Term) > 0 {
			continue // a word the articles use is itself
		}
		for _, y := range tb {
			if !e.titles[y.Term] && oneSlip(strings.ToLower(index.Fold(a[x.Start:x.End])), strings.ToLower(index.Fold(b[y.Start:y.End]))) {
				return true
			}
		}
	}
	return false
}

// oneSlip reports whether two words of five letters or more differ by one
// typing slip: a letter added, dropped or changed, or two neighbours
// swapped.
func oneSlip(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 5 || len(rb) < 5 || a == b {
		return false
	}
	if len(ra) == len(rb) {
		for i := 0; i+1 < len(ra); i++ {
			if ra[i] != rb[i] {
				return ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:]) ||
					string(ra[i+1:]) == string(rb[i+1:])
			}
		}
		return true // only the last letter differs
	}
	return oneEdit(a, b)
}

// titledName is the name of the one person the articles describe as who ("the
// uk pm", "the eu envoy"), or who itself when they describe no one, or
// several, so.
func (e *Engine) titledName(who string) string {
	if ids := e.whoIs(who); len(ids) == 1 {
		return e.qix.people.list[ids[0]].name
	}
	return who
}

// titledSpeaker reports whether name (a quotation's speaker, a verb of
// saying's subject) is one of the people the articles describe as who
// (whoIs): "Julio Quispe" or "Verónica Alvial" for "the mayor" where the
// articles quote two mayors. Which of them the asker means the question
// does not say: the words of any of them are the speaker's.
func (e *Engine) titledSpeaker(who, name string) bool {
	for _, id := range e.whoIs(who) {
		if e.sameName(e.qix.people.list[id].name, name) {
			return true
		}
	}
	return false
}

// restOfName is a gap after a name's word past the rest of that name: the
// capitalised words right after a first name ("Julio| Quispe, who …") and
// a particle between two of them ("Ana| de Souza would": nameParticle),
// up to a possessive ("Ana| Petrak|'s deputy").
func restOfName(gap string) string {
	prev := "" // the name's own word
	for {
		// the next word, white space read as written (a no-break space too)
		from := len(gap) - len(strings.TrimLeftFunc(gap, unicode.IsSpace))
		n := strings.IndexFunc(gap[from:], unicode.IsSpace)
		ok := n >= 0
		w, rest := gap[from:], ""
		if ok {
			w, rest = gap[from:from+n], gap[from+n:]
		}
		if ok && nameJoiners[w] && (prev == "" || nameParticle(w, prev)) && isCapital(firstWord(strings.TrimLeftFunc(rest, unicode.IsSpace))) {
			prev, gap = w, rest
			continue
		}
		if !ok || !isCapital(w) || strings.ContainsAny(w, ",.;:") && !isCapital(strings.TrimRight(w, ",.;:")) {
			return gap
		}
		prev = w
		if endsGenitive(w) {
			return gap[strings.Index(gap, w)+strings.LastIndexAny(w, "'’"):] // "Petrak's deputy": the possessive opens the gap
		}
		if strings.HasSuffix(w, ",") {
			return gap[strings.Index(gap, w)+len(w)-1:] // "Quispe, who …": the comma opens the gap
		}
		gap = rest
	}
}

// whyReach is how many words whySpeaker takes for the person a "why"
// question asks the reason of: a name or a description ("the kct ceo").
const whyReach = 4

// whyVerbReach is how far whySpeaker looks for the verb of saying: the
// person's whyReach words and a verb that takes it with its particle and
// its "to" ("go on to say", catenativeStart).
const whyVerbReach = whyReach + 3

// whySpeaker is who a "why does X say / think …" question asks the reason
// of, or "": the one to whyReach words between the auxiliary after "why"
// ("why does", "why did", "whyd") and the first verb that asks for
// someone's words (lexicon.AsksForWords: "say", "think", "claim") or
// reports speech (lexicon.IsSayingVerb: "argue", "insist"), or the verb
// that takes it (catenativeStart: "why did X refuse to say"), less the
// adverbs before it (speakerWords: "why did X *ever* say"). Such a
// question's answer is X's own words, where X speaks.
func whySpeaker(q *question) string {
	w, do := q.words, true
	switch {
	case len(w) > 1 && w[0] == "why" && auxiliaries[w[1]]:
		w, do = w[2:], doAuxiliaries[w[1]]
	case len(w) > 0 && w[0] == "whyd":
		w = w[1:]
	default:
		return ""
	}
	for i, v := range w {
		if i > whyVerbReach {
			break
		}
		if lexicon.AsksForWords(v) || lexicon.IsSayingVerb(v) {
			j := catenativeStart(w, i, do)
			j = speakerWords(w[:j]) // less adverbs before the verb: "why did X *ever* say"
			if j == 0 || j > whyReach {
				return ""
			}
			return strings.Join(w[:j], " ")
		}
	}
	return ""
}

// catenativeStart is where the verb that takes the verb of saying at
// w[i] begins, "to" between ("refuse *to* say", "want to claim") or on
// its -ing form after a "do" or a modal ("why did X keep saying"; after
// "is" the -ing form is the question's own verb: "why is the minister
// saying"), with its particle, a phrasal verb's WordNet lists ("go *on*
// to say", "keep *on* saying": lexicon.PhrasalSynonyms): the asker's
// person ends before it. Before "to" the verb is one the lexicon has
// mostly as a verb, or, after a "do" or a modal, any word, as English
// puts the question's verb there, bare, after the person ("why does the
// union *need* to say": "need", mostly a noun). It is i where no verb
// takes it.
func catenativeStart(w []string, i int, do bool) int {
	var j int // the verb's word
	switch {
	case i > 1 && w[i-1] == "to":
		j = i - 2
	case do && i > 0 && strings.HasSuffix(w[i], "ing"):
		j = i - 1
	default:
		return i
	}
	switch {
	case j > 0 && len(lexicon.PhrasalSynonyms(w[j-1], w[j:j+1])) > 0:
		return j - 1 // the verb and its particle: "go on to say"
	case lexicon.IsVerb(w[j]) || do && w[i-1] == "to":
		return j
	}
	return i
}

// whyAsked is whySpeaker's person, who, as speaks reads it: s, nil
// where who is people unnamed.
type whyAsked struct {
	who string
	s   *speakerAsked
}

// whySpeakerFor is whySpeaker(q) read for speaks; nil when q asks no
// one's reason in those words, or asks it of people unnamed ("why do
// they say …", "why do people think …"), whom any passage may report.
// It is read once for the question (q.whyOf), as speakerFor's is: the
// look-ups cost more than a passage's own test.
func (e *Engine) whySpeakerFor(q *question) *speakerAsked {
	if q.kind != KindWhy {
		return nil
	}
	who := whySpeaker(q)
	if who == "" {
		return nil
	}
	if q.whyOf == nil || q.whyOf.who != who {
		q.whyOf = &whyAsked{who: who}
		if !e.anyoneOf(who) {
			q.whyOf.s = e.speakerOf(who)
		}
	}
	return q.whyOf.s
}

// speaksPhrasal reports whether the person s asks about stands in c's
// passage right before a verb of several words that means a verb asking
// for words (phrasalSaidAt): "Roy also pointed out that …" (WordNet: "point
// out", comment, remark), which saying.txt's single words do not list.
func (e *Engine) speaksPhrasal(s *speakerAsked, c *cand) bool {
	_, ok := e.phrasalClause(s, c)
	return ok
}

// phrasalClause is speaksPhrasal with where the clause its verb reports
// starts in c's passage (phrasalSaidAt).
func (e *Engine) phrasalClause(s *speakerAsked, c *cand) (int, bool) {
	if s == nil {
		return 0, false
	}
	return phrasalSaidAt(c.p.Text, c.toks, s.want)
}

// phrasalReach is how many bytes after a name phrasalSaidAt reads for its
// verb: an adverb and a verb of three words.
const phrasalReach = 48

// phrasalSaidAt reports whether the person whose analysed words are want
// stands in text (namedBefore) right before, past at most one adverb
// ("Roy *also* pointed out"), a verb of several words WordNet gives a
// verb that asks for words as meaning (lexicon.PhrasalSynonyms,
// lexicon.AsksForWords), with the byte offset where the clause the verb
// reports starts (phrasalVerbAfter).
func phrasalSaidAt(text string, toks, want []index.Token) (int, bool) {
	if len(want) == 0 {
		return 0, false
	}
	last := want[len(want)-1].Term
	for _, t := range toks {
		if t.Term != last {
			continue
		}
		if at, ok := phrasalVerbAfter(text, t.End); ok && namedBefore(text, toks, want[:len(want)-1], t) {
			return at, true
		}
	}
	return 0, false
}

// namedBefore reports whether the word t of text, the last of a person's
// analysed words, names that person, the words before it others: each of
// them stands before t as namedSpeaker reads a name's words before its
// verb (namesSubject: "*Ingrid* Roy", "the *finance* officer"); or t is a
// name's word written alone, as a story names someone again by the
// surname ("Roy" for Ingrid Roy: nameOpened finds no name's word before
// it). Another's first name ("Peter Roy") or another description's words
// ("the health officer") before t name someone else: a description's
// noun, "officer", any such person shares.
func namedBefore(text string, toks, others []index.Token, t index.Token) bool {
	if len(others) == 0 {
		return true
	}
	before := strings.TrimRightFunc(text[:t.Start], unicode.IsSpace)
	if isCapital(text[t.Start:t.End]) && nameOpened(before) == before {
		return true
	}
	for _, o := range others {
		if !slices.ContainsFunc(toks, func(u index.Token) bool {
			return u.Term == o.Term && u.End <= t.Start && namesSubject(text[u.End:t.Start])
		}) {
			return false
		}
	}
	return true
}

// phrasalVerbAfter is where the clause starts that a verb of several
// words reports, the verb right after a name's word ending at byte end of
// text, past at most one adverb (phrasalSaidAt): after the verb's words, or
// after the "that" right after them, as saidClauses reads a verb of one
// word ("Roy pointed out that | the pier …").
func phrasalVerbAfter(text string, end int) (int, bool) {
	if end >= len(text) || text[end] != ' ' {
		return 0, false
	}
	words, ends := letterWords(text, end, min(len(text), end+phrasalReach))
	for i := 0; i < 2 && i+1 < len(words); i++ {
		if i == 1 && !lexicon.IsAdverb(words[0]) {
			break
		}
		syn, k := lexicon.PhrasalSynonymsN(words[i], words[i+1:])
		if !slices.ContainsFunc(syn, lexicon.AsksForWords) {
			continue
		}
		at := ends[i+k] // past the verb's words
		if that, more := nextWord(text[at:]); that == "that" {
			at = len(text) - len(more)
		}
		return at, true
	}
	return 0, false
}

// letterWords are the runs of letters in text[from:to], lower case, with
// the byte offset in text where each ends.
func letterWords(text string, from, to int) ([]string, []int) {
	var words []string
	var ends []int
	start := -1
	for j, r := range text[from:to] {
		switch {
		case unicode.IsLetter(r) && start < 0:
			start = j
		case !unicode.IsLetter(r) && start >= 0:
			words, ends = append(words, strings.ToLower(text[from+start:from+j])), append(ends, from+j)
			start = -1
		}
	}
	if start >= 0 {
		words, ends = append(words, strings.ToLower(text[from+start:to])), append(ends, to)
	}
	return words, ends
}
