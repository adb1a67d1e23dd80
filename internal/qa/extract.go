package qa

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// maxShortWords bounds a short answer; a longer one is no short answer.
const maxShortWords = 12

// extract finds the short answer in the top passage: the names, the date,
// the number or the phrase the question asks for; "" when there is none
// shorter than the passage. A "who" answer may come from the sentence before
// when the passage points back to it ("The two held talks …").
func (e *Engine) extract(q *question, c *cand) string {
	short, _ := e.extractAt(q, c)
	return short
}

// extractAt is extract, with the span of c's passage the answer was cut
// from (empty when it came from the sentence before).
func (e *Engine) extractAt(q *question, c *cand) (string, span) {
	cut, trailing := e.cutAnswer(q, c)
	if trailing {
		return shortText(c.p.Text[cut.start:cut.end]), cut // "what did they agree to keep supplying": what follows "keep supplying"
	}
	if q.kind == KindWho && asksWhoSaid(q) && c.prev != nil && pronounSpeaker(c.p.Text) {
		// "who said it ends forever": "…,” he said. The speaker is
		// named in the sentence before
		pc := &cand{a: c.a, p: *c.prev, toks: c.prevToks}
		if s := e.who(q, pc, []span{{len(c.prev.Text), len(c.prev.Text)}}); s.end > s.start && e.personLike(c.prev.Text[s.start:s.end]) {
			return shortText(c.prev.Text[s.start:s.end]), span{}
		}
		// the last person the sentence before names, past the places
		// after it ("Starmer said … attacks on Ukraine continue. He
		// said …")
		names := e.freeSpans(q, c.prev.Text, e.names(c.prev.Text))
		for i := len(names) - 1; i >= 0; i-- {
			if n := c.prev.Text[names[i].start:names[i].end]; e.personLike(n) && !e.isPlace(n) {
				return shortText(n), span{}
			}
		}
	}
	if q.kind == KindWho && asksWhoSaid(q) {
		// "who said the first 72 hours are everything": the speaker the
		// article gives the quotation that holds the question's words
		// in this passage, however far after it ("…,” Fuenzalida said")
		if who := e.quotationSpeaker(q, c); who != "" {
			if w := e.saidWindow(q, c, who); w.end > w.start {
				return c.p.Text[w.start:w.end], w
			}
			return who, span{}
		}
	}
	if q.kind == KindSaid && c.prev != nil && c.speaker {
		if m := e.quoteAsked(q, c); m.ok {
			// "She said *the most urgent needs were drinking water and
			// insulated tents*. / “People are sleeping in a football
			// stadium …”": the sentence before reports the speaker saying
			// more of what is asked than the quotation
			if r := e.reportedOver(q, c.prev.Text, span{}, m.asked, m.topic); r.end > r.start {
				return shortText(c.prev.Text[r.start:r.end]), span{}
			}
		}
	}
	if q.kind == KindSaid && c.speaker {
		if r := e.continuedSaying(q, c); r != "" {
			return r, span{} // "… said 214 had died. He cautioned that *both figures were provisional …*"
		}
		if r := e.quoteOpening(q, c); r != "" {
			return r, span{} // "“*Nobody here is against trams.* We are against …,” Hale said."
		}
		if r := e.nextQuotation(q, c); r != "" {
			return r, span{} // "… said his family … / “*The children think we are camping.* …,” Choque said."
		}
	}
	if cut.end > cut.start {
		// asideNamed's, for a "what" or "who" question: "what are the two
		// nuclear powers …": "France and the UK — Western Europe's two
		// nuclear powers", as it stands
		return shortText(c.p.Text[cut.start:cut.end]), cut
	}
	s := e.extractSpan(q, c)
	if q.kind == KindHow && s.end > s.start && e.describesOnly(c.p.Text, s) {
		s = span{}
	}
	if e.asideOnlySaysWho(q, c.p.Text, s) {
		s = span{} // "what is Sandhu telling passengers": not "director of the consumer group FlyFair"
	}
	if q.kind == KindWho && s.end > s.start {
		if a, ok := appositionAround(c.p.Text, s); ok && e.holdsQuestion(q, c.p.Text[a.start:a.end]) {
			if n, ok := e.appositionOf(c.p.Text, a); ok {
				// "who is the salvage master": "Pieter Hoekstra, *the
				// salvage master for Van Oord …*" describes the one asked
				// for, named before it, not the body it names
				s = n
			}
		}
	}
	if s.end > s.start {
		s = withLeftConjunct(c.p.Text, withHead(c.p.Text, wholeWords(c.p.Text, s)))
		if q.kind == KindWho && asksWhoSaid(q) {
			if w := e.saidWindow(q, c, c.p.Text[s.start:s.end]); w.end > w.start {
				return c.p.Text[w.start:w.end], w // the speaker with the words asked about
			}
		}
		if q.kind == KindWhat {
			s = withArticle(c.p.Text, s) // (a figure, a time, a name: bare)
		}
		if q.kind == KindHowMany {
			s = withItemLabel(c.p.Text, e.withAgedName(c.p.Text, s))
		}
		short := withParticle(c.p.Text, s, shortText(c.p.Text[s.start:s.end]))
		if attributionOnly(short) {
			// "Nwosu said" for "how does a warmer climate make the rain
			// worse": who spoke, not what; the words that hold the
			// question stand in for it (Ask's keyWords). A "who" answer
			// is the name alone (e.who), never with its verb, so it
			// needs no exception here
			return "", span{}
		}
		return short, s
	}
	if q.kind == KindWho && c.prev != nil && opensWithAnaphor(c.p.Text) {
		// the names the passage points back to stand at the end of the
		// sentence before: the last one, or the last two for "The two"
		pc := &cand{a: c.a, p: *c.prev, toks: c.prevToks}
		end := []span{{len(c.prev.Text), len(c.prev.Text)}}
		if s := e.who(q, pc, end); s.end > s.start {
			if plural(c.p.Text) {
				names := e.freeSpans(q, c.prev.Text, e.names(c.prev.Text))
				if n := len(names); n >= 2 && names[n-2].start < s.start {
					s.start = e.trimmed(q, pc, names[n-2:n-1])[0].start
				}
			}
			return shortText(c.prev.Text[s.start:s.end]), span{}
		}
	}
	return "", span{}
}

// withArticle widens s over the article right before it, which opens the
// noun phrase s is the rest of ("*The* Danish line Nordwave", "*a* 9% pay
// rise"), where the whole fits a short answer; names alone keep none. For
// "what" and "which" questions: a figure, a time or a name is answered
// bare.
func withArticle(text string, s span) span {
	before := strings.TrimSuffix(text[:s.start], " ")
	if len(before) == s.start {
		return s // no space before it: no word either
	}
	k := strings.LastIndexFunc(before, func(r rune) bool { return r == ' ' || r == '“' || r == '"' || r == '(' })
	if k >= 0 {
		_, n := utf8.DecodeRuneInString(before[k:])
		k += n // past the mark, a whole rune ("“" is three bytes)
	}
	w := before[max(0, k):]
	if !getFold(articles, w) || wordsOver(text[s.start-len(" "+w):s.end], maxShortWords) || namesOnly(text[s.start:s.end]) || modifierOnly(lastWord(text[s.start:s.end])) {
		return s // (names answer alone: "the U.S." is "U.S."; "an Anglo-French" is no phrase)
	}
	return span{s.start - len(w+" "), s.end}
}

// withQuestionWords widens s, the answer to a "what" or "which"
// question, over the words of the question that stand right next to it in
// the passage: the noun it qualifies ("British, French, German, and
// Ukrainian *security advisers*"), the verb it is the subject of
// ("Argentina, Peru and Bolivia *offered*"), the noun it is the object of
// ("a *trilateral declaration by* France, Britain, and Ukraine"). They
// tie the answer to what was asked, and English puts them there. A
// function word joins only between a question word and s, a conjunction
// never ("will establish military hubs across Ukraine *and build*"); before
// s only a preposition or an article joins, and no verb right before it:
// the question's own clause ("The minister met …") would only say the
// question back, where a word with a preposition after it heads a noun
// ("a *rebuke from* Denmark", "*claims for* delays"); the
// words stop at a mark, and end where a phrase can end (not "offered to
// send *rescue*" before "teams") and start where one can start, with the
// article a noun takes ("*a trilateral* declaration"); a verb leaves none
// of its particle ("drops out"). A description set off by a comma takes
// the noun phrase before it that it describes, as the question names it
// ("*The ship's captain*, a Greek national"; a name after it stays out:
// "whats X's job" is answered by the description alone). The whole stays
// a short answer ("including" before a list withIncluding has shown).
func (e *Engine) withQuestionWords(q *question, text string, s span) span {
	asked := func(w string) bool {
		toks := e.analyze(w)
		return len(toks) == 1 && q.has(toks[0].Term) && !lexicon.IsFunctionWord(strings.ToLower(w))
	}
	joins := func(w string) bool {
		lw := strings.ToLower(w)
		return (lexicon.IsFunctionWord(lw) || prepositions[lw]) && !conjunctions[lw] && !isCapital(w)
	}
	end := s.end
	// right: words after s, each set off by a space alone
	if rest, ok := strings.CutPrefix(text[s.end:], ", "); ok {
		// "Dennis Oakley and Fiona Marsh, *abstained*,": a verb the
		// question asks that closes the clause, after an apposition
		if w := leadingWord(rest); w != "" && asked(w) && lexicon.IsVerb(strings.ToLower(w)) && !isCapital(w) && len(rest) > len(w) && strings.ContainsAny(rest[len(w):len(w)+1], ",.;:") {
			end = s.end + len(", "+w)
		}
	}
	for at, n := s.end, 0; n < questionWordsReach && end == s.end && strings.HasPrefix(text[at:], " "); n++ {
		w := leadingWord(text[at+1:])
		ask := w != "" && asked(w)
		if w == "" || !ask && !joins(w) {
			break
		}
		at += 1 + len(w)
		if ask && phraseEndsAt(text, at) && !particles[strings.ToLower(leadingWord(strings.TrimPrefix(text[at:], " ")))] {
			end = at
		}
	}
	// left: words before s
	start, prep := s.start, false // (a preposition between: "a *rebuke from* Denmark" is a noun's)
	for at, n := s.start, 0; n < questionWordsReach; n++ {
		before := text[:at]
		if !strings.HasSuffix(before, " ") {
			break
		}
		w := lastWord(before)
		lw := strings.ToLower(w)
		if w == "" || !strings.HasSuffix(before[:len(before)-1], w) {
			break
		}
		ask := asked(w)
		if !ask && !prepositions[lw] && !articles[lw] {
			break
		}
		if ask && (lexicon.IsVerb(lw) || pastVerb(lw)) && !prep && !articles[strings.ToLower(lastWord(before[:len(before)-1-len(w)]))] {
			break // the question's own verb, its subject before it: the question back ("the minister met …")
		}
		prep = prep || prepositions[lw]
		at = len(before) - 1 - len(w)
		if !ask {
			continue
		}
		if phraseStartsAt(text, at) {
			start = at
		} else if a := lastWord(text[:at]); articles[strings.ToLower(a)] && strings.HasSuffix(text[:at], a+" ") {
			start = at - len(a+" ")
		}
	}
	if start == s.start && strings.HasSuffix(text[:s.start], ", ") && startsArticle(text[s.start:s.end]) {
		// "*The ship's captain*, a Greek national": the one a description
		// describes, as the question names it
		if k := describedBefore(text[:s.start-len(", ")], asked); k >= 0 {
			start = k
		}
	}
	w := span{start, end}
	if w == s || wordsOver(text[w.start:w.end], maxShortWords) || unbalanced(text[w.start:w.end]) {
		return s
	}
	return w
}

// describedBefore is where the noun phrase that ends text begins, where it
// ends on a word of the question's and holds only such words, words in
// -'s and the article that opens it ("The ship's captain"), at most
// questionWordsReach words, from the start of text or a mark; -1 for none.
func describedBefore(text string, asked func(string) bool) int {
	at, ok := len(text), false
	for n := 0; n < questionWordsReach; n++ {
		w := lastWord(text[:at])
		if w == "" || !strings.HasSuffix(text[:at], w) {
			break
		}
		lw := strings.ToLower(w)
		possessive := endsGenitive(lw)
		if ask := asked(w); n == 0 && !ask || !ask && !possessive && !articles[lw] {
			break
		}
		at -= len(w)
		if articles[lw] {
			ok = true
			break
		}
		before := strings.TrimRight(text[:at], " ")
		if before == "" || endsInMark(before, ",.;:—") {
			ok = true
			break
		}
		at = len(before)
	}
	if !ok {
		return -1
	}
	return at
}

// questionWordsReach is how many words withQuestionWords looks at on
// each side of an answer.
const questionWordsReach = 4

// leadingWord is the word s opens with: its letters, digits, inner
// hyphens and apostrophes, no mark around it; "" when s opens with none.
// Its callers step over it by its length in bytes and read the mark after
// it, so it is neither firstFields (a field keeps its marks: "abstained,")
// nor firstWord (which skips marks and spaces before the word, and cuts
// "Mara’s" at the apostrophe).
func leadingWord(s string) string {
	end := 0
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || i > 0 && (r == '-' || r == '\'' || r == '’') {
			end = i + utf8.RuneLen(r)
			continue
		}
		break
	}
	return strings.TrimRight(s[:end], "-'’")
}

// asksWhatWhich reports whether q opens with "what" or "which", whatever
// kind it asks ("which countries …" asks who).
func asksWhatWhich(q *question) bool {
	return len(q.words) > 0 && (q.words[0] == "what" || q.words[0] == "which")
}

// firstMention is how the article first names the person a lone surname
// stands for: news writing gives a person's title and full name at the
// first mention and the surname alone after it ("Inspector Ruth Cawley of
// Tarrington Police said …", later "Cawley said"). The name, with the
// titles at its front, of the first passage up to c's own that names in
// full a person of that surname (c's own passage too: "As Canadian Prime
// Minister Mark Carney noted …" may name the speaker its quotation index
// knows as "Carney"); "" where surname is no lone capitalised word, no
// passage up to c's names such a person, or two different people share
// it.
func (e *Engine) firstMention(c *cand, surname string) string {
	if first, _ := utf8.DecodeRuneInString(surname); strings.Contains(surname, " ") || !unicode.IsUpper(first) {
		return ""
	}
	found := ""
	for _, p := range c.a.Passages {
		if p.Seq > c.p.Seq {
			break
		}
		if p.Kind == corpus.KindHeadline || p.Kind == corpus.KindSubhead {
			continue // title case: every word looks like a name
		}
		limit := len(p.Text) // where names stop counting: the bare surname, in the answer's own passage
		if p.Seq == c.p.Seq {
			limit = bareAt(p.Text, surname)
		}
		for _, n := range e.names(p.Text) {
			if n.start > limit {
				break // in the answer's own passage, only a full mention before the bare surname: after it, a namesake ("Varga said, adding that her brother, Tomas Varga, …")
			}
			name := p.Text[n.start:n.end]
			at := strings.Index(name+" ", " "+surname+" ")
			if at < 0 {
				continue
			}
			name = name[:at+1+len(surname)] // not the body after it: "… Cawley *of Tarrington Police*"
			person := name[e.trimmedTitles(name):]
			if !strings.Contains(person, " ") || !e.personLike(person) || wordCount(name) > maxShortWords {
				continue
			}
			if found == "" {
				found = name
			} else if !strings.HasSuffix(found, person) {
				return "" // two people of that name: the surname alone says which it is not
			}
		}
	}
	return found
}

// bareAt is where surname first stands in text as a whole word not
// preceded by another capitalised word (a mention by surname alone), or
// len(text) where it never does.
func bareAt(text, surname string) int {
	ws := wordSpans(text)
	for k, w := range ws {
		if unpossessed(text[w[0]:w[1]]) == surname && (k == 0 || !isCapital(text[ws[k-1][0]:ws[k-1][1]])) {
			return w[0]
		}
	}
	return len(text)
}

// describedName is a person's full name a "who" answer gives bare ("Margit
// Sollen") with what the article says the person is: the apposition just
// before it in c's passage ("… led by its deputy chair, Margit Sollen"),
// else the titles of the first passage up to c's own that names them with
// titles ("Trump adviser Steve Witkoff" for a later "Steve Witkoff"): news
// prose introduces a person once by role and name, and a "who" question
// asks who they are as much as what they are called. "" where name is no
// person's name of two to four words or already has a title, or nothing
// describes it within a short answer.
func (e *Engine) describedName(c *cand, name string) string {
	if first, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(first) || !strings.Contains(name, " ") || wordCount(name) > 4 ||
		strings.ContainsAny(name, ",;&") || e.trimmedTitles(name) > 0 || !e.personLike(name) {
		return ""
	}
	for _, w := range strings.Fields(name) {
		if !isCapital(w) {
			return "" // "Witkoff and Jared Kushner", "Rubio of Florida": more than one name
		}
	}
	text := c.p.Text
	if at := strings.Index(text, name); at >= 0 && strings.Count(text, name) == 1 && wholeNameAt(text, at, len(name)) {
		if d := descriptionBefore(text[:at]); d != "" && wordCount(d+" "+name) <= maxShortWords {
			return d + ", " + name
		}
	}
	for _, p := range c.a.Passages {
		if p.Seq > c.p.Seq {
			break
		}
		if p.Kind == corpus.KindHeadline || p.Kind == corpus.KindSubhead {
			continue
		}
		for _, n := range e.names(p.Text) {
			full := p.Text[n.start:n.end]
			if !strings.HasSuffix(full, " "+name) {
				continue
			}
			if k := e.trimmedTitles(full); k > 0 && full[k:] == name && wordCount(full) <= maxShortWords && hasTitle(full[:k]) {
				return full // (a title, not a place alone: "U.S. Geological Survey" is no person's)
			}
		}
	}
	return ""
}

// namedDescription is a "who" answer that describes a person without naming
// them ("the salvage master for Van Oord Wreck & Tow") with the name it
// stands in apposition to in c's passage ("Pieter Hoekstra, the salvage
// master for …"): a "who" question asks for the person, and news prose
// gives the name and then the role after a comma. "" where the answer
// opens on no article or possessive determiner, stands in the passage
// other than once or after no person's name and a comma, or the two run
// past a short answer.
func (e *Engine) namedDescription(c *cand, desc string) string {
	first, _, _ := strings.Cut(desc, " ")
	if !descriptionOpeners[strings.ToLower(first)] || !strings.Contains(desc, " ") {
		return ""
	}
	if lw := roleHead(desc); !meansPerson(lw) && !lexicon.IsTitle(lw) {
		return "" // a role's head is a word for a person or a title, as descriptionBefore's is
	}
	text := c.p.Text
	at := onlyUse(text, desc)
	if at < 0 {
		return ""
	}
	if next, _ := nextWord(text[at+len(desc):]); lexicon.IsSayingVerb(next) {
		return "" // "John Hartley, the police said": the subject of a report, no apposition
	}
	for _, n := range e.names(text[:at]) {
		name := text[n.start:n.end]
		if text[n.end:at] != ", " || !strings.Contains(name[e.trimmedTitles(name):], " ") || !e.personLike(name) {
			continue
		}
		if full := name + ", " + desc; wordCount(full) <= maxShortWords {
			return full
		}
	}
	return ""
}

// roleHead is the head noun of a role ("the chief *inspector* for Wend
// Ferries"): its last word before its first preposition, lower case.
func roleHead(desc string) string {
	head := ""
	for _, w := range strings.Fields(desc) {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if prepositions[lw] {
			break
		}
		head = lw
	}
	return head
}

// wholeNameAt reports whether the name of n bytes at at of text stands
// as whole words ("Lena Moss" is not in "Lena Mossberg") and alone, not
// as a list's item before "and" ("the police chief, Tomas Brandvik and
// Anna Lind": the chief is another of the list).
func wholeNameAt(text string, at, n int) bool {
	rest := text[at+n:]
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return !strings.HasPrefix(rest, " and ") && !strings.HasPrefix(rest, " or ")
}

// hasTitle reports whether words hold a title ("Prime Minister", "adviser").
func hasTitle(words string) bool {
	for _, w := range strings.Fields(words) {
		if lexicon.IsTitle(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// descriptionBefore is the noun phrase that ends before, itself ending
// on ", " before a name, where it is an apposition describing the name
// (appositive) and ends on a noun of a person or a title ("chair",
// "engineer"; not "in its first eight days, Sellick River Cruises said",
// "a residents' group, Save Wend Meadows"): from the last article or
// possessive determiner within a short answer's reach ("its deputy chair"
// of "… led by its deputy chair, "); "" where there is none.
func descriptionBefore(before string) string {
	before, ok := strings.CutSuffix(before, ", ")
	if !ok {
		return ""
	}
	words := strings.Fields(before)
	for i := len(words) - 2; i >= max(0, len(words)-maxShortWords); i-- {
		w := words[i]
		if strings.ContainsAny(w, ",;:()“”\"") {
			return ""
		}
		if descriptionOpeners[strings.ToLower(w)] {
			d := strings.Join(words[i:], " ")
			if lw := strings.ToLower(words[len(words)-1]); appositive(d) && (meansPerson(lw) || lexicon.IsTitle(lw)) {
				return d
			}
			return ""
		}
	}
	return ""
}

// saidWindow answers "who said X" with the speaker and the quoted words
// that say X, as the passage has them, where both fit a short answer:
// "“Not everyone is ready,” Zelenskyy said", "Kushner called the Paris
// meeting “a very, very, big milestone”"; the words asked about show who
// said them. The span of c's passage from the speaker's name to the last
// of the question's words a quotation of it holds (or from the first to
// the name), any quotation it cuts kept whole; empty where the name is not
// in the passage, no quotation holds a question word, or the window runs
// past a dozen words.
func (e *Engine) saidWindow(q *question, c *cand, who string) span {
	text := c.p.Text
	at := strings.Index(text, who)
	if at < 0 {
		return span{}
	}
	name := span{at, at + len(who)}
	quoted := func(tok index.Token) bool {
		return slices.ContainsFunc(c.a.Quotes, func(qu corpus.Quote) bool {
			return qu.Start <= c.p.Start+tok.Start && c.p.Start+tok.End <= qu.End
		})
	}
	c.lookUp(q)
	var words []index.Token // the question's words the passage holds, past the name and the verbs of saying
	for _, th := range c.hits {
		tok := c.toks[th.k]
		if tok.Start >= name.start && tok.End <= name.end || lexicon.IsSayingVerb(strings.ToLower(text[tok.Start:tok.End])) {
			continue
		}
		words = append(words, tok)
	}
	// the words said, in the speaker's words: where the passage only
	// reports them ("Witkoff praised Starmer as incredible"), the name
	// alone answers
	words = slices.DeleteFunc(words, func(tok index.Token) bool { return !quoted(tok) })
	if len(words) == 0 {
		return span{}
	}
	w := name
	for _, tok := range words {
		w.start, w.end = min(w.start, tok.Start), max(w.end, tok.End)
	}
	w = quotationWhole(text, wholeWords(text, w))
	if wordsOver(text[w.start:w.end], maxShortWords) || shortText(text[w.start:w.end]) != text[w.start:w.end] {
		return span{}
	}
	return w
}

// quotationWhole widens s of text to take whole a quotation it cuts: back
// to the opening mark of one it closes, on to the closing mark of one it
// opens.
func quotationWhole(text string, s span) span {
	seg := text[s.start:s.end]
	if o, cl := strings.LastIndex(seg, "“"), strings.LastIndex(seg, "”"); o > cl {
		if i := strings.Index(text[s.end:], "”"); i >= 0 {
			s.end += i + len("”")
		}
	} else if o, cl := strings.Index(seg, "“"), strings.Index(seg, "”"); cl >= 0 && (o < 0 || cl < o) {
		if i := strings.LastIndex(text[:s.start], "“"); i >= 0 {
			s.start = i
		}
	}
	if strings.Count(text[s.start:s.end], "\"")%2 == 1 {
		// straight marks: an even number before s means the one in it opens
		if strings.Count(text[:s.start], "\"")%2 == 0 {
			if i := strings.Index(text[s.end:], "\""); i >= 0 {
				s.end += i + 1
			}
		} else if i := strings.LastIndex(text[:s.start], "\""); i >= 0 {
			s.start = i
		}
	}
	return s
}

// quotationSpeaker is the speaker of the quotation in c's passage that
// holds the question's words (most of those a quotation there holds), as
// the passage names him ("Fuenzalida"), or "".
func (e *Engine) quotationSpeaker(q *question, c *cand) string {
	best, bestN := "", 0
	for _, qu := range c.a.Quotes {
		if qu.Speaker == "" || !slices.Contains(qu.Passages, c.p.Seq) {
			continue
		}
		n := 0
		for _, t := range e.analyze(qu.Text) {
			if q.has(t.Term) && !lexicon.IsSayingVerb(strings.ToLower(qu.Text[t.Start:t.End])) {
				n++
			}
		}
		if n > bestN {
			best, bestN = qu.Speaker, n
		}
	}
	if best == "" {
		return ""
	}
	// as the passage names the speaker: the surname it uses, if it does
	for _, part := range slices.Backward(strings.Fields(best)) {
		if strings.Contains(c.p.Text, part) {
			return part
		}
	}
	return best
}

// asksWhoSaid reports whether a "who" question asks who said something:
// its verb, right after "who", is a verb of saying ("who said …", "who
// called Starmer incredible").
func asksWhoSaid(q *question) bool {
	w := q.words
	return len(w) > 1 && w[0] == "who" && saysSaid(w[1])
}

// pronounVerbs are the verbs of saying a pronoun speaker goes with: "he
// said", "she added".
var pronounVerbs = wordSet("said says added adds told noted stressed warned insisted wrote")

// pronounSpeaker reports whether a sentence gives its speaker as a
// pronoun, named in a sentence before: "“…,” he said.", "…, said she." It
// runs on every candidate: it looks only around each "he" that stands as
// a word ("he", "she"), and allocates nothing for most sentences.
func pronounSpeaker(s string) bool {
	if first, rest := nextWord(s); first == "he" || first == "she" {
		if next, _ := nextWord(rest); pronounVerbs[next] {
			return true // "He said that …"
		}
	}
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "he")
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+2
		i = end
		start := at
		if start > 0 && s[start-1] == 's' {
			start-- // "she"
		}
		if start > 0 && isLetterByte(s[start-1]) || end < len(s) && isLetterByte(s[end]) {
			continue // "the", "when", "ashes"
		}
		if next, _ := nextWord(s[end:]); pronounVerbs[strings.TrimRight(next, ".!?")] {
			return true // "he said"
		}
		if w := lastWord(s[:start]); w == "said" || w == "added" {
			return true // "said she"
		}
	}
	return false
}

// withLeftConjunct widens a span that opens on "and" ("and
// verification mechanism") to the coordination it closes ("proposed
// US-led ceasefire monitoring and verification mechanism"): a short answer
// is not half of a pair.
func withLeftConjunct(text string, s span) span {
	lead := strings.ToLower(text[s.start:min(len(text), s.start+4)])
	if !strings.HasPrefix(lead, "and ") {
		return s // (coordinations are of "and" only)
	}
	if wordsOver(text[s.start:s.end], 4) {
		return s // "and later joined …", "and their strong comments as …": a clause, not a pair's second half
	}
	for _, co := range coordinations(text) {
		if co.all.start < s.start && co.all.end > s.start {
			return span{co.all.start, max(s.end, co.all.end)}
		}
	}
	return s
}

// withRightConjunct widens a span that holds the start of a coordination
// but stops inside it ("About 1,300 reefer containers of fruit" of "… of
// fruit, meat and fish") to the coordination's end, when the whole is short
// enough to be a short answer: a list is not cut after its first items.
func withRightConjunct(text string, s span) span {
	for _, co := range coordinations(text) {
		if s.start < co.all.start && co.all.start < s.end && s.end < co.all.end {
			if nounList(text, co) && wordCount(text[s.start:co.all.end]) <= maxShortWords {
				return span{s.start, co.all.end}
			}
			if nounList(text, co) && namesOnly(text[co.all.start:co.all.end]) && !qualifiesNext(text, co.all.end) && wordCount(text[co.all.start:co.all.end]) <= maxShortWords {
				// a list of names that overruns with the words before
				// it: those words give way, not its last names ("ships
				// had been diverted to the rival ports of Rostmark and
				// Aldenburg", not "14 ships … of Rostmark")
				return span{lastWordsFrom(text, s.start, co.all.end, maxShortWords), co.all.end}
			}
			return s
		}
	}
	return s
}

// withLeftConjuncts is s widened to the start of the list of common nouns
// it opens inside, on one of its later items, where a preposition heads
// the list and the whole still fits a short answer ("land and sea support
// …" of "with air, land and sea support …": "air, land and sea support
// …"), or of a list of names a preposition heads inside its sentence
// (prepositionNames: "three recovery centres, in *Brackenford*, Ashcombe and
// Port Lisle, would open"); else s.
func withLeftConjuncts(text string, s span) span {
	for _, co := range coordinations(text) {
		if co.all.start < s.start && s.start < co.all.end && slices.ContainsFunc(co.items[1:], func(it span) bool { return it.start == s.start }) {
			if nounList(text, co) && namesObjectOf(lastWord(text[:co.all.start])) && (plainWords(text[co.all.start:s.start]) || prepositionNames(text, co)) && wordCount(text[co.all.start:s.end]) <= maxShortWords {
				return span{co.all.start, s.end}
			}
			return s
		}
	}
	return s
}

// prepositionNames reports whether coordination co of text is a list of names
// that is a preposition's object inside its sentence, so that a name
// before its first comma is one of its items, not a phrase of its own:
// names only, the preposition before them in lower case (not the
// sentence's opening word: "In Paris, Macron and Starmer met" fronts a
// place before the clause's subjects), and a mark or the text's end right
// after the list, where the preposition's phrase ends (a list of subjects
// goes on to their verb: "… met in Paris, Macron and Starmer said").
func prepositionNames(text string, co coord) bool {
	if !namesOnly(text[co.all.start:co.all.end]) || isCapital(lastWord(text[:co.all.start])) {
		return false
	}
	rest := strings.TrimLeft(text[co.all.end:], "”’\"'")
	if after := strings.TrimLeft(rest, " "); strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") {
		return true // a dash: "in Harlow and Kettle Bay — all badly hit —"
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || strings.ContainsRune(",;:.!?)", r)
}

// plainWords reports whether s holds only lower-case words and the commas
// between them: common nouns listed, no name nor figure that might end a
// phrase before the list ("In Paris, both leaders …").
func plainWords(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool { return r == ' ' || r == ',' }) != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return !(unicode.IsLower(r) || r == ' ' || r == ',' || r == '-')
	})
}

// qualifiesNext reports whether the word right after byte at of text is a
// noun in lower case that what ends there qualifies ("British, French,
// German, and Ukrainian *security* advisers"): no function word, verb or
// punctuation ends the phrase there.
func qualifiesNext(text string, at int) bool {
	if at >= len(text) || text[at] != ' ' {
		return false
	}
	w, _ := typedWord(text[at:])
	w = strings.TrimRight(w, ",;:.!?”\"’)")
	return w != "" && w == strings.ToLower(w) && isLetterByte(w[0]) && !lexicon.IsFunctionWord(w) && !lexicon.IsVerb(w)
}

// lastWordsFrom is the offset in text where the last n words of
// text[from:end] begin.
func lastWordsFrom(text string, from, end, n int) int {
	at := end
	for k := 0; k < n; k++ {
		start, _ := lastWordAt(text[from:at], at-from)
		if start <= 0 {
			return from
		}
		at = from + start
	}
	return at
}

// nounList reports whether a coordination lists things, not deeds: each
// item a few words (listItemWords+1 at most), none opening on a verb
// ("military hubs across Ukraine and *build* protected facilities",
// listedAsNoun aside), and not two joined by a comma and "and", which
// joins clauses.
func nounList(text string, co coord) bool {
	if len(co.items) == 2 && strings.HasSuffix(strings.TrimRight(text[:co.items[1].start], " "), ", and") {
		return false // "12,000 meals a day, and teachers organise games": two clauses
	}
	for k, it := range co.items {
		words := strings.Fields(text[it.start:it.end])
		if len(words) == 0 || len(words) > listItemWords+1 || lexicon.IsVerb(bareWord(words[0])) && !listedAsNoun(text, co, k) {
			return false
		}
	}
	return true
}

// bareWord is a word as the word lists hold it (a list's item, a
// question's word): lower case, without the quotation marks around it.
func bareWord(w string) string {
	return strings.ToLower(strings.Trim(w, "\"'’“”"))
}

// leadingRune is the first rune of s (utf8.RuneError for none).
func leadingRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// listedAsNoun reports whether item k of co, one word that WordNet reads
// mostly as a verb (lexicon.IsVerb), is a noun where the list puts it: a
// word alone, with nothing after it (the last item ends the sentence or
// its clause: "and close on July 31" is a deed), where a determiner, a
// possessive, an adjective or a number stands before the list (the first
// item: "the *rest* and the food"), or where another item ends on a noun,
// a word no verb, adjective, adverb or function word ("food, water and
// *fuel*"). "hubs across Ukraine and build protected facilities" stays a
// deed: its verb has an object.
func listedAsNoun(text string, co coord, k int) bool {
	it := co.items[k]
	if strings.ContainsRune(strings.TrimSpace(text[it.start:it.end]), ' ') {
		return false
	}
	if after := strings.TrimLeft(text[it.end:], " "); k == len(co.items)-1 && after != "" && !strings.ContainsRune(".,;:)!?—–", leadingRune(after)) {
		return false // the list goes on past it: "and *close* on July 31", a verb and its complement
	}
	if prev := bareWord(lastWord(text[:co.all.start])); k == 0 && prev != "" && (nounOpeners[prev] || lexicon.IsAdjective(prev) || wordHoldsNumber(prev)) {
		return true
	}
	for j, it := range co.items {
		head := bareWord(lastWord(text[it.start:it.end]))
		if j != k && head != "" && isLetterByte(head[0]) && !lexicon.IsVerb(head) && !lexicon.IsAdjective(head) && !lexicon.IsAdverb(head) && !lexicon.IsFunctionWord(head) {
			return true
		}
	}
	return false
}

// Where a stretch of a sentence ends: clauseBreaks are the punctuation
// between its clauses; phraseBreaks add the words that join clauses.
var (
	clauseBreaks = []string{",", ";", ":", " — ", " – ", " - ", "—", "(", ")"}
	phraseBreaks = append(slices.Clip(clauseBreaks), " that ", " and ", " but ", " while ", " which ", " who ", " whereas ", " although ", " though ", " because ")
)

// phraseAround widens span s of text to the phrase that holds it, between
// the nearest phrase breaks, when that phrase is short enough to be a
// short answer; otherwise s stays as it is.
func phraseAround(text string, s span) span {
	start, end := between(text, s, phraseBreaks)
	for start < s.start && text[start] == ' ' {
		start++
	}
	for _, rel := range relativeWords {
		// "where representatives of 35 countries …": the relative word
		// joins the phrase to the sentence, and is no part of it
		if start+len(rel) <= s.start && strings.EqualFold(text[start:start+len(rel)], rel) {
			start += len(rel)
			break
		}
	}
	start = min(start, s.start)
	end = max(end, s.end)
	// trailing punctuation goes, but not a period of the answer's own
	// ("5 p.m.", "the U.S."), nor the mark that closes a quotation the
	// phrase opens ('as "incredible."')
	// (trimmed with the answer's own words, so that an abbreviation the
	// answer ends in, "the U.S", keeps its period)
	p := text[start:max(start+len(trimStops(text[start:end], " .”\"’")), s.end)]
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		open := strings.Count(p, q[0])
		if q[0] == q[1] {
			open %= 2
		} else {
			open -= strings.Count(p, q[1])
		}
		// the closing mark only where the trimmed tail held it
		// ('as "incredible."'), never one further on
		if open > 0 {
			if i := strings.Index(text[start+len(p):end], q[1]); i >= 0 {
				p = text[start : start+len(p)+i+len(q[1])]
			}
		}
	}
	if n := wordCount(p); n > maxShortWords || n <= wordCount(text[s.start:s.end]) {
		return s
	}
	if unbalanced(p) {
		return s
	}
	return span{start, start + len(p)}
}

// inClause widens span s of text, alike on both sides, to at most n
// words without crossing a clause break: a bare answer ("Friday",
// "binding commitments") says more with the words around it ("would fall
// sharply after Friday", "must still finalise “binding commitments”"), and
// a short answer may run to n words. Past a word that joins phrases ("and",
// "that", "who") it takes the phrase that follows whole or not at all:
// "food and water by truck", never "and has given".
func inClause(text string, s span, n int) span {
	from, to := between(text, s, clauseBreaks)
	// a span that already reaches the sentence's stop ("at 4 p.m.") is
	// the clause's end and stays; the right side may take an
	// abbreviation's own period at that end, never the sentence's
	if from > s.start || min(to, len(strings.TrimRight(text, " .!?"))) < s.end {
		return s
	}
	to = min(to, len(trimStops(text, " .!?")))
	// a mark glued to the answer's first word ('“Coalition') opens it, as
	// a glued mark on the right closes it: no word of its own to count
	if t := strings.TrimRight(text[from:s.start], openingMarks); t == "" || strings.HasSuffix(t, " ") {
		s.start = from + len(t)
	}
	lseg, rseg := text[from:s.start], text[s.end:to]
	joins := joinsAt(text[:to], from)
	var left, right []int // how many words the left side may take, the right; nearest first
	starts := wordStarts(lseg)
	for i := len(starts) - 1; i >= 0; i-- {
		a := from + starts[i]
		whole := true
		for _, j := range joins {
			if j[0] >= a-1 && j[0] < s.start {
				whole = false // a joining word between a and s: not at a
			}
		}
		if i == 0 || whole || slices.ContainsFunc(joins, func(j [2]int) bool { return j[1] == a }) {
			left = append(left, len(starts)-i)
		}
	}
	ends := wordEnds(rseg)
	glued := 0 // the bytes of such a mark
	if len(ends) > 0 && !strings.HasPrefix(rseg, " ") && !strings.ContainsFunc(rseg[:ends[0]], wideWordRune) {
		// a mark glued to the answer's last word ('commitments”',
		// 'U.S.') ends that word; it is no word of its own to count
		glued = ends[0]
		rseg = rseg[ends[0]:]
		ends = wordEnds(rseg)
	}
	for i, e := range ends {
		e += s.end + glued
		whole := true
		for _, j := range joins {
			if j[0] >= s.end && j[0] < e {
				whole = false
			}
		}
		if i < len(ends)-1 && cutsFigure(text, e) {
			continue // "$4.2 | million": no figure without its multiple or unit
		}
		if i == len(ends)-1 || whole || slices.ContainsFunc(joins, func(j [2]int) bool { return j[0] == e }) {
			right = append(right, i+1)
		}
	}
	budget := n - wordCount(text[s.start:s.end])
	l, r := 0, 0   // words taken on each side
	li, ri := 0, 0 // the next stop of each side, in left and right
	for {
		lc, rc := -1, -1 // what the next whole step costs on each side
		if li < len(left) {
			lc = left[li] - l
		}
		if ri < len(right) {
			rc = right[ri] - r
		}
		switch {
		case lc > 0 && lc <= budget && (rc <= 0 || rc > budget || l <= r):
			l, budget, li = l+lc, budget-lc, li+1
		case rc > 0 && rc <= budget:
			r, budget, ri = r+rc, budget-rc, ri+1
		default:
			if k := len(ends) - r; k > 0 && k <= maxClauseTail && k <= l {
				// the clause ends a word or two past the right side: the
				// left gives up as many of its farthest words, whatever
				// they are (inClause does not see the question; it only
				// keeps the left side on a phrase's start), as news says
				// the new after the verb
				l, r = phraseStartLeft(text, from, starts, l-k), len(ends)
			} else if r < len(ends) && !phraseEndsAt(text[:to], s.end+glued+endAt(ends, r)) {
				// the right side stops inside a phrase ("until at
				// least"): words from the left go to finish it, when a
				// few do, and the left side starts no half phrase
				for k := 1; k <= maxShift && k <= l && r+k <= len(ends); k++ {
					if !slices.Contains(right, r+k) || !phraseEndsAt(text[:to], s.end+glued+ends[r+k-1]) {
						continue
					}
					l, r = phraseStartLeft(text, from, starts, l-k), r+k
					break
				}
			}
			// the left side does not open on "of", which ties what
			// follows to the noun before it ("a city *of about 190,000
			// people*")
			// (right before the answer, it takes the noun's phrase, back
			// to its article, where the right side can give up as many
			// words: "*a city of* about 190,000 people")
			if l == 1 && opensOnOf(text, from+starts[len(starts)-l]) {
				if k := headBefore(text, from, starts, len(starts)-l); k > 0 && k <= r {
					l, r = l+k, r-k
					for r > 0 && (!slices.Contains(right, r) || !phraseEndsAt(text[:to], s.end+glued+ends[r-1])) {
						r-- // (nor does the right side end in a half phrase: "on the edge")
					}
				}
			}
			for l > 0 && opensOnOf(text, from+starts[len(starts)-l]) {
				l--
			}
			// a quotation it would cut open ("at a summit of the
			// “Coalition of the"), or words past n (a word a quotation
			// mark stands in counts as one), cost words from the right,
			// then the left, until none is
			for ; ; r-- {
				out := s
				end := s.end + glued
				if l > 0 {
					out.start = from + starts[len(starts)-l]
				}
				if r > 0 {
					end += ends[r-1]
				}
				if end > s.end {
					out.end = max(s.end, s.start+len(trimStops(text[s.start:end], ".")))
					out.end = max(s.end, out.start+len(withoutOuterClose(text[out.start:out.end])))
				}
				if t := shortText(text[out.start:out.end]); t != "" && wordCount(t) <= n || r == 0 && l == 0 {
					return withOpeningArticle(text, from, out, n)
				}
				if r == 0 {
					l, r = l-1, 1 // (r-- follows)
				}
			}
		}
	}
}

// withOpeningArticle widens s, a span inClause cut from text (its clause
// starting at from), over the article that opens the noun phrase s starts
// inside, right before it or before one modifier (modifierWord: "*the*
// 1.8-kilometre flood wall", "*a one-off* payment of €500"): a span that
// starts after its article is half a phrase (phraseStartsAt). It does so
// only within the clause and where the whole still fits n words;
// otherwise s stays as it is.
func withOpeningArticle(text string, from int, s span, n int) span {
	if s.start <= from {
		return s
	}
	at := s.start
	for k := 0; k < 2; k++ {
		a, b := lastWordAt(text, at)
		if a < from || b != at-1 || text[b] != ' ' {
			return s
		}
		w := text[a:b]
		if articles[strings.ToLower(w)] {
			if t := shortText(text[a:s.end]); t != "" && wordCount(t) <= n {
				return span{a, s.end}
			}
			return s
		}
		if k > 0 || !modifierWord(w) {
			return s
		}
		at = a
	}
	return s
}

// maxClauseTail is how many words past its right side inClause finishes
// a clause with, taken from the left side: a word or two ("back *to
// normal*") finish the clause; more would be a phrase of its own, and
// would cost the left side more than the clause's end is worth.
const maxClauseTail = 2

// cutsFigure reports whether i of text, where a word ends, parts a figure
// from the multiple or unit after it ("$4.2 | million", "40 |
// centimetres").
func cutsFigure(text string, i int) bool {
	w := strings.TrimLeft(lastWord(text[:i]), "$€£¥(")
	if w == "" || !isDigit(w[0]) || !strings.HasPrefix(text[i:], " ") {
		return false
	}
	return multiplierRE.MatchString(text[i:]) || isUnitWord(strings.ToLower(firstWord(text[i:])))
}

// phraseStartLeft is how many of the left side's words (their starts in
// starts, from from in text) inClause keeps, at most nl, so that the
// left side opens on a phrase's start, not after its article or
// preposition.
func phraseStartLeft(text string, from int, starts []int, nl int) int {
	for nl > 0 && !phraseStartsAt(text, from+starts[len(starts)-nl]) {
		nl--
	}
	return nl
}

// openingMarks are the marks that open a quotation or an aside, glued to
// the word after them.
const openingMarks = "“‘\"'("

// trimStops is strings.TrimRight(s, cutset) but for the period of an
// abbreviation s ends in, which is the word's own, not the sentence's
// ("from 3 p.m.", "the U.S."): that period stays, what follows it goes.
func trimStops(s, cutset string) string {
	t := strings.TrimRight(s, cutset)
	if rest := s[len(t):]; strings.HasPrefix(rest, ".") && ownsPeriod(lastWord(t)) {
		return t + "."
	}
	return t
}

// ownsPeriod reports whether w, the last word before a period, is an
// abbreviation whose own period that is: a dotted one ("U.S", "p.m") or
// one lexicon lists, written with a capital ("Jan", "Co"). A figure or a
// lone letter ("until about 9.", "Plan B.") and a listed word in lower
// case, which is also an ordinary word ("it would mar.", "a sales
// rep."), leave the period to the sentence.
func ownsPeriod(w string) bool {
	return abbreviationRE.MatchString(w) || utf8.RuneCountInString(w) > 1 && isCapital(w) && lexicon.IsAbbreviation(w)
}

// withoutOuterClose is s without the quotation mark that ends it, and
// the stop before that, where the mark closes a quotation opened before s
// ('at least a week before berths are back to normal."' for a quotation
// that opens on "We expect"): the answer is part of the quotation, not a
// quotation. A mark that closes one s opens stays ('for its "readiness."').
func withoutOuterClose(s string) string {
	for _, mark := range []string{"\"", "”"} {
		t, ok := strings.CutSuffix(s, mark)
		if !ok {
			continue
		}
		opened := quoteDepth(t) > 0
		if mark == "\"" {
			opened = straightOpen(t)
		}
		if !opened {
			return trimStops(t, " .,!?")
		}
	}
	return s
}

// straightOpen reports whether s leaves a straight quotation open: a
// mark at its start or after a space or bracket opens one, any other
// closes the one open (or one opened before s). It is not withinQuotes'
// parity, which needs the passage from its start: within an answer alone
// parity takes 'the deal" backed by a "backstop' for a closed pair.
func straightOpen(s string) bool {
	depth := 0
	for i := range len(s) {
		if s[i] != '"' {
			continue
		}
		if i == 0 || s[i-1] == ' ' || s[i-1] == '(' {
			depth++
		} else if depth > 0 {
			depth--
		}
	}
	return depth > 0
}

// widened is span s of text in the words of its clause (inClause, up to
// maxShortWords), or s where those make no short answer.
func widened(text string, s span) span {
	if w := inClause(text, s, maxShortWords); w != s && shortText(text[w.start:w.end]) != "" {
		return w
	}
	return s
}

// maxShift is how many words inClause moves from the left side of a
// short answer to the right to finish the phrase it stops in.
const maxShift = 4

// endAt is where the first r words of ends end (0 for none).
func endAt(ends []int, r int) int {
	if r == 0 {
		return 0
	}
	return ends[r-1]
}

// phraseEndsAt reports whether a phrase can end at i of text: at its end,
// or before a preposition, a word that joins phrases, or a mark.
func phraseEndsAt(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], " ")
	if rest == "" || !strings.HasPrefix(text[i:], " ") {
		return true
	}
	w := strings.ToLower(firstWord(rest))
	if w == "" {
		return true // a mark or a figure's sign
	}
	return prepositions[w] || slices.Contains(joinWords, " "+w+" ") || w == "or"
}

// phraseStartsAt reports whether a phrase can start at i of text: not
// right after an article, a preposition or "of" ("a *city* of", "the
// first time"), which would leave it half a phrase.
func phraseStartsAt(text string, i int) bool {
	w := strings.ToLower(lastWord(strings.TrimRight(text[:i], " ")))
	return !prepositions[w] && !articles[w] && w != "of" && w != "to"
}

// headBefore is how many words before the i-th of starts (word starts
// from from in text) make the noun phrase "of" at i ties to, back to its
// article ("*a city* of", "*an average* of"): at most ofHeadWords of
// them, none but the first an article, a preposition or a figure; 0
// where no article opens them.
func headBefore(text string, from int, starts []int, i int) int {
	for k := 1; k <= ofHeadWords && i-k >= 0; k++ {
		w, _ := nextWord(text[from+starts[i-k]:])
		if articles[w] {
			return k
		}
		if w == "" || prepositions[w] || isDigit(w[0]) || !isLetters(w) {
			return 0
		}
	}
	return 0
}

// ofHeadWords is how many words headBefore reads back: an article, an
// adjective and a noun.
const ofHeadWords = 3

// opensOnOf reports whether the word at i of text is "of".
func opensOnOf(text string, i int) bool {
	w, _ := nextWord(text[i:])
	return strings.EqualFold(w, "of")
}

// joinWords are the words that join phrases (phraseBreaks less the
// clause breaks), with a space either side.
var joinWords = phraseBreaks[len(clauseBreaks):]

// joinsAt returns where the words that join phrases stand in text from
// on: the space before each and the start of the word after it. "and"
// joins phrases when a verb follows it ("and has given", "and establish
// measures"); before a noun it joins a pair ("food and water"), one phrase.
func joinsAt(text string, from int) [][2]int {
	var out [][2]int
	for _, b := range joinWords {
		for k := range uses(text[from:], b) {
			at := from + k
			i := at + len(b)
			if b == " and " {
				next := strings.ToLower(firstWord(text[i:]))
				figure := next != "" && isDigit(next[0]) && numberThenVerb(text[i:])
				if !lexicon.IsVerb(next) && !auxiliaries[next] && !beForms[next] && !pastVerb(next) && !figure {
					continue
				}
			}
			out = append(out, [2]int{at, at + len(b)})
		}
	}
	return out
}

// numberThenVerb reports whether s opens with a figure and then a tensed
// verb no plural noun looks like (pastOrAuxiliary): "71 were still
// missing" after "injured and" is a clause of its own, not a pair
// ("2,460 and 71"); "3 tugs" is a pair, though "tugs" reads as the
// present of "tug" (tensedVerb would take it).
func numberThenVerb(s string) bool {
	f := strings.Fields(s)
	return len(f) >= 2 && pastOrAuxiliary(f[1])
}

// firstWord is the first word of s, letters and digits only.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " “\"'‘(")
	k := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	if k < 0 {
		return s
	}
	return s[:k]
}

// wordStarts are where the words of s start; wordEnds, where they end.
func wordStarts(s string) []int {
	var out []int
	for i := range s {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			out = append(out, i)
		}
	}
	return out
}

func wordEnds(s string) []int {
	var out []int
	// over bytes, not runes: a word may end in a multi-byte one ("café",
	// 'normal.”'), whose last byte is not where a rune starts
	for i := range len(s) {
		if s[i] != ' ' && (i == len(s)-1 || s[i+1] == ' ') {
			out = append(out, i+1)
		}
	}
	return out
}

// between is where the stretch of text around span s that no break
// interrupts starts and ends: just past the last break before s, at the
// first after it (a comma between digits is none).
func between(text string, s span, breaks []string) (start, end int) {
	start, end = 0, len(text)
	for _, b := range breaks {
		// (a break counts only if it ends past the nearest found yet:
		// the search back need not go further)
		if i := lastBreak(text, max(0, start-len(b)+1), s.start, b); i >= 0 && i+len(b) > start {
			start = i + len(b)
		}
		if i := nextBreak(text, s.end, b); i >= 0 && i < end {
			end = i
		}
	}
	return start, end
}

// relativeWords open a relative clause, with the space after them.
var relativeWords = []string{"where ", "which ", "who ", "whom ", "whose ", "that "}

// relativeWordSet is relativeWords as words, without their spaces.
var relativeWordSet = wordSet(strings.Join(relativeWords, ""))

// lastBreak returns where the last break b stands in text between from
// and at, or -1; a comma between digits ("1,500") is no break.
func lastBreak(text string, from, at int, b string) int {
	last := strings.LastIndex
	if len(b) == 1 {
		last = lastIndexOneByte // (a mark of one byte found by its byte, as Index does; LastIndex hashes)
	}
	for i := last(text[from:at], b); i >= 0; i = last(text[from:from+i], b) {
		if !digitComma(text, from+i, b) {
			return from + i
		}
	}
	return -1
}

// lastIndexOneByte is strings.LastIndex for b of one byte.
func lastIndexOneByte(s, b string) int { return strings.LastIndexByte(s, b[0]) }

// nextBreak returns where the first break b stands in text from at on,
// or -1; a comma between digits is no break.
func nextBreak(text string, at int, b string) int {
	if at > len(text) {
		return -1
	}
	for j := range uses(text[at:], b) {
		if !digitComma(text, at+j, b) {
			return at + j
		}
	}
	return -1
}

// digitComma reports whether break b at i of text is a comma inside a
// figure ("1,500", "3,500") or a colon inside a time ("4:52 a.m."):
// between digits, no break.
func digitComma(text string, i int, b string) bool {
	return (b == "," || b == ":") && i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1])
}

// danglingWords cannot end a phrase: articles, prepositions,
// conjunctions, auxiliaries and possessives (a closed class of
// English), which a cut at a clause break can leave last. Not the modals:
// "will" and "might" are nouns too ("political will").
var danglingWords = wordSet("and or but nor of to the a an in on at for with over by from about into onto as than " +
	"had has have was were is are be been its their our your " +
	"during despite amid amidst among amongst via per versus until till toward towards upon unlike except " +
	"while whereas although though because unless whether")

// beForms are the forms of "be": after one, a preposition ends the phrase
// as a particle ("the war is over", "what the fuss was about").
var beForms = wordSet("is are was were be been being am")

// shortText trims a short answer and refuses one too long to be short.
func shortText(s string) string {
	s = trimDangling(strings.Trim(strings.TrimLeft(s, " ,;:—–-)"), " ,;:—–-")) // a bracket closing before the answer is not its own
	if wordsOver(s, maxShortWords) {
		return ""
	}
	if unbalanced(s) {
		s = strings.Trim(s, "“”\" ") // "“the territorial question" is the question
	}
	if unbalanced(s) {
		return "" // `the Paris meeting “a very`: half a quotation is no answer
	}
	for w := range strings.FieldsSeq(s) {
		// (each word lowered as it is read, not the whole answer first:
		// the first word most often tells; lower case trims and splits
		// as the word as typed does)
		if !getFold(stopish, strings.Trim(w, "“”\"'‘’,.")) {
			return s
		}
	}
	return "" // "of": no answer, only the words between others
}

// trimDangling takes off the end of s the words that only lead on to
// more ("deployment of a": "deployment"; "63 people had": "63 people";
// "has yet to comment on the Paris meeting and"; a preposition that is
// never an adverb, "at 1:15 a.m. during", unlike "still ahead"), and the
// marks left.
func trimDangling(s string) string {
	for trimmed := true; trimmed; {
		trimmed = false
		if i := strings.LastIndexByte(s, ' '); i > 0 && danglingWords[s[i+1:]] && !beForms[lastWord(s[:i])] {
			s, trimmed = strings.TrimRight(s[:i], " ,;:—–-"), true
		}
	}
	return strings.TrimRight(s, " ,;:—–-")
}

// trimJoin takes off either end of s a word that joins it to what it
// leaves out ("… on the Paris meeting and"; "and struck an oil facility
// in Lipetsk", "but following the Venezuela operation"): a preposition
// there may be a particle ("before winter sets in"), a conjunction never
// is.
func trimJoin(s string) string {
	s = trimTrailingJoin(s)
	if first, rest, ok := strings.Cut(s, " "); ok && conjunctions[first] && strings.Contains(rest, " ") {
		// (only before a verb or a preposition: before a noun the
		// conjunction says that another, left out, comes first, "and
		// Ukrainian officials continued talks")
		if next, _ := nextWord(rest); !isCapital(next) && (lexicon.IsVerb(next) || pastVerb(next) || prepositions[next]) {
			s = strings.TrimLeft(rest, " ,;:—–-")
		}
	}
	return s
}

// trimTrailingJoin is trimJoin's first half: s less a conjunction that
// ends it.
func trimTrailingJoin(s string) string {
	if i := strings.LastIndexByte(s, ' '); i > 0 && conjunctions[s[i+1:]] {
		s = strings.TrimRight(s[:i], " ,;:—–-")
	}
	return s
}

// conjunctions are the coordinating conjunctions trimJoin takes off; not
// "for", "so" or "yet", whose other uses, a preposition and adverbs ("has
// not been determined yet"), are the commoner (degreePhrase, which reads
// "yet" before a phrase of degree as a conjunction, adds it: setsOffDegree).
var conjunctions = wordSet("and or but nor")

// trimCutConjunct takes off the end of short, cut from text in the middle
// of a clause (a word, not a mark, follows it there), a conjunct the cut
// left without its object: "drones hit an arms depot in Kostroma,
// triggering massive explosions, and struck" (… an oil facility in
// Lipetsk): the words from the last comma before a joining word, when at
// most cutConjunct words follow that word.
func trimCutConjunct(text, short string) string {
	at, cut := cutAt(text, short)
	if !cut {
		return short // the clause ends with it, or it is not found
	}
	i := strings.LastIndex(short, ", ")
	if i <= 0 {
		return trimOpenConjunct(text[at+len(short):], short)
	}
	tail := strings.Fields(short[i+2:])
	if len(tail) == 0 || len(tail) > cutConjunct+1 {
		return short
	}
	if j := strings.LastIndex(short[:i], ", "); j >= 0 && wordCount(short[j+2:i]) <= listItemWords {
		return short // "French, British, and German": an enumeration's last item cut, not a clause
	}
	switch strings.ToLower(tail[0]) {
	case "and", "or", "but", "nor", "while":
		if wordCount(short[:i]) >= minCutWords {
			return strings.TrimRight(short[:i], " ,;:—–-")
		}
	}
	return short
}

// trimCutDangling takes off the end of short, cut from text in the middle
// of a clause (a word follows it there), the words the cut leaves waiting
// for theirs: a preposition or an article (not one after "be": "the strike
// was over"), a relative word ("… for news of", "… proposal for the", "…
// neighbours who", "… were also"), while at least minCutWords stand. A
// negation is in neither list: it stays whatever it costs ("urged
// passengers not").
func trimCutDangling(text, short string) string {
	at, cut := cutAt(text, short)
	if !cut {
		return short // the clause ends with it, or it is not found
	}
	if next, _ := nextWord(text[at+len(short):]); subordinators[next] || conjunctions[next] || next == "so" || next == "yet" {
		return short // "the strike was over *but* warned …": a clause ends there too
	}
	out := short
	for wordCount(out) > minCutWords {
		i := strings.LastIndexByte(out, ' ')
		if i < 0 {
			break
		}
		typed := strings.Trim(out[i+1:], "\"“”‘’'(")
		w := strings.ToLower(typed)
		if !(cutOpeners[w] && !isCapital(typed) || danglingWords[w] && !beForms[lastWord(out[:i])]) {
			break // ("since *May*": a month, not a relative word)
		}
		out = strings.TrimRight(out[:i], " ,;:—–-“\"")
	}
	return out
}

// cutAt is where short stands in text, and whether a word follows it
// there: it was cut from the middle of a clause.
func cutAt(text, short string) (int, bool) {
	at := strings.Index(text, short)
	return at, at >= 0 && at+len(short) < len(text) && text[at+len(short)] == ' '
}

// cutOpeners are words that, ending a cut, open what the cut leaves out:
// a relative word, or "also" before the verb it goes with. (Not a modal:
// "political will", "since May".)
var cutOpeners = wordSet("that which who whom whose where also")

// trimOpenConjunct takes off the end of short, followed in its text by
// rest, a deed joined by "and" without a comma that the cut leaves open:
// the phrase runs on past it into a function word ("because it would add
// eight minutes to journeys and require the demolition" … of 23 homes),
// the conjunct opens on a verb or an auxiliary, at most cutConjunct+1
// words follow the "and" and at least minCutWords stand before it. Things
// joined ("Europe and the entire coalition"), a name cut ("Croatia and
// the Czech" Republic) and an "and" inside an open quotation are left.
func trimOpenConjunct(rest, short string) string {
	next, _ := nextWord(strings.TrimLeft(rest, " "))
	if next == "" || !lexicon.IsFunctionWord(strings.ToLower(next)) {
		return short
	}
	i := strings.LastIndex(short, " and ")
	if i < 0 || unbalanced(short[:i]) {
		return short
	}
	conj := strings.Fields(short[i+len(" and "):])
	if len(conj) == 0 || len(conj) > cutConjunct+1 || wordCount(short[:i]) < minCutWords {
		return short
	}
	if w := strings.ToLower(conj[0]); isCapital(conj[0]) || !lexicon.IsVerb(w) && !auxiliaries[w] {
		return short // "Europe and the entire coalition": things, not a deed
	}
	return strings.TrimRight(short[:i], " ,;:—–-")
}

// listItemWords is how many words an item of an enumeration runs to at
// most, for trimCutConjunct to tell "diplomacy, politics, and …" from a
// clause.
const listItemWords = 2

// cutConjunct is how many words after its joining word a conjunct cut
// short may hold and still be taken off.
const cutConjunct = 2

// withParticle gives back to short, cut by shortText from span s of text,
// the preposition or verb shortText left off its end when nothing follows
// that word in text but the end of its clause: a preposition without an
// object is the particle of a verb ("before winter sets *in*.", "the talks
// broke *off*,"), and a "be" or an auxiliary that ends a clause is its verb
// ("that is where life *is*,"), part of the answer.
func withParticle(text string, s span, short string) string {
	cut := strings.TrimSpace(text[s.start:s.end])
	// strings.CutPrefix(cut, short+" "), without joining the two
	ok := len(cut) > len(short) && cut[len(short)] == ' ' && strings.HasPrefix(cut, short)
	rest := cut
	if ok {
		rest = cut[len(short)+1:]
	}
	if short == "" || !ok || strings.Contains(rest, " ") {
		return short
	}
	if lr := strings.ToLower(rest); !prepositions[lr] && !beForms[lr] && !auxiliaries[lr] {
		return short // (rest lowered only when it is one word: not the whole span when short is no prefix of it)
	}
	after := strings.TrimLeft(text[s.end:], "”\"’")
	if after != "" && !strings.ContainsAny(after[:1], ".,;:!?") {
		return short
	}
	return short + " " + rest
}

// closeQuote gives short, a short answer cut from text, the mark that
// closes a quotation it opens, where the mark follows its last word in
// text (after at most one stop: 'as "incredible."'), and the curly mark
// that opens a quotation it closes, where the mark stands right before it
// ("“Not everyone is ready,” Zelenskyy said"): a quotation is shown whole
// where that costs no word. A mark that opens short but closes a
// quotation before it, a space after it, goes.
func closeQuote(text, short string) string {
	for _, mark := range []string{"\" ", "” "} {
		if rest, ok := strings.CutPrefix(short, mark); ok && rest != "" {
			short = rest // a mark that closes a quotation before the answer ('peace," hailing …') is no part of it
		}
	}
	at := strings.LastIndex(text, short) // where markOf marks it
	if short == "" || at < 0 {
		return short
	}
	switch d := quoteDepth(short); {
	case strings.Count(short, "\"")%2 == 1:
		return closedBy(text, at, short, "\"")
	case d > 0:
		return closedBy(text, at, short, "”")
	case d < 0 && strings.HasSuffix(text[:at], "“"):
		return text[at-len("“") : at+len(short)]
	}
	return short
}

// closedBy is short, standing at at in text, with the closing mark that
// follows its last word there, after at most one stop; short as it is
// when no such mark follows.
func closedBy(text string, at int, short, mark string) string {
	rest := text[at+len(short):]
	if rest != "" && strings.ContainsRune(".,;:!?", rune(rest[0])) {
		rest = rest[1:]
	}
	if !strings.HasPrefix(rest, mark) {
		return short
	}
	return text[at : len(text)-len(rest)+len(mark)]
}

// unbalanced reports whether s opens a curly quotation it does not close,
// or the other way round (straight quotation marks cannot tell which), or
// opens a single one (‘) it does not close (singleOpen).
func unbalanced(s string) bool { return quoteDepth(s) != 0 || singleOpen(s) }

// singleOpen reports whether s opens a single curly quotation (‘) that no
// ’ after it closes. A ’ before a letter is an apostrophe ("the
// coalition’s"), which closes nothing; and a ’ with no ‘ open before it
// may be a plural's ("the members’ votes"), so single marks count one way
// only; a ‘ before a digit stands for the century's left-out digits ("the
// ‘90s"), which opens nothing (final re-read FS8).
func singleOpen(s string) bool {
	open := 0
	for i, r := range s {
		switch r {
		case '‘':
			if next, _ := utf8.DecodeRuneInString(s[i+len("‘"):]); !unicode.IsDigit(next) {
				open++
			}
		case '’':
			next, _ := utf8.DecodeRuneInString(s[i+len("’"):])
			if open > 0 && !unicode.IsLetter(next) {
				open--
			}
		}
	}
	return open > 0
}

// quoteDepth is how many more curly quotations s opens than it closes
// (below 0: closes one opened before it).
func quoteDepth(s string) int {
	return strings.Count(s, "“") - strings.Count(s, "”")
}

func (e *Engine) extractSpan(q *question, c *cand) span {
	anchors := e.anchors(q, c)
	if q.kind == KindSaid && q.figure != "" {
		if s := e.spanFigure(q, c, anchors); s.end > s.start {
			return s // "what does the insurer think the damage will come to": "about $340 million"
		}
	}
	if f := specOf(q.kind).span; f != nil {
		s := f(e, q, c, anchors)
		if q.kind == KindHowMany {
			s = e.withSecondCount(q, c.p.Text, s)
		}
		if eq := e.equativeOf(q, c.p.Text); eq.end > eq.start && (!typedAnswer(q, c.p.Text, s) || setOffAfter(c.p.Text, eq, s)) {
			// "how high did the river get": "as high as the bakery's
			// window sills", where no figure says it; "as far away as
			// the port of Iquique", where the figure after it ("about
			// 280 kilometres to the north") is how far that port is
			return eq
		}
		return s
	}
	if s := e.equativeOf(q, c.p.Text); s.end > s.start {
		return s // "how bad was the flood": "as bad as the one of 1953"
	}
	return e.spanOther(q, c, anchors)
}

// equativeOf is equative of a passage's text, read on its memoised lower
// case; empty at once for a question that asks no degree.
func (e *Engine) equativeOf(q *question, text string) span {
	if !equativeAsked(q) {
		return span{}
	}
	return equative(q, text, e.asciiLowerPassage(text))
}

// setOffAfter reports whether span s of text stands right after span eq,
// set off by a comma alone: an apposition to eq's last phrase, which says
// what it is ("as far away as the port of Iquique, about 280 kilometres
// to the north": how far the port is).
func setOffAfter(text string, eq, s span) bool {
	return eq.end <= s.start && s.start <= len(text) && strings.TrimSpace(text[eq.end:s.start]) == ","
}

// typedAnswer reports whether s, the span a kind's own reader cut from
// text, gives what the question asks for, so that an equative ("as long
// as the strike lasts") does not stand in for it: for a measure ("how
// high", "how big"), a figure in it with the measure's unit ("40
// metres", not "two days"); for any other kind ("how long", a length, a
// duration or a date), whatever the reader found.
func typedAnswer(q *question, text string, s span) bool {
	if s.end <= s.start || s.end > len(text) {
		return false
	}
	if q.kind != KindHowMany || q.measure == "" {
		return true
	}
	for _, n := range numberRE.FindAllStringIndex(text[s.start:s.end], -1) {
		if measuredBy(q, text, span{s.start + n[0], s.start + n[1]}) {
			return true
		}
	}
	return false
}

// withSecondCount widens the answer s to a "how many" question that asks
// "how many" twice, of two nouns ("how many rescuers r on the ground n
// how many dogs"), over the passage's figure of the second noun, where
// the two fit a short answer together: "More than 1,800 rescuers, helped
// by 14 sniffer dogs", not the rescuers alone.
func (e *Engine) withSecondCount(q *question, text string, s span) span {
	if s.end <= s.start {
		return s
	}
	second := ""
	seen := 0
	for i := 0; i+2 < len(q.words); i++ {
		if q.words[i] == "how" && (q.words[i+1] == "many" || q.words[i+1] == "much") {
			if seen++; seen == 2 {
				second = strings.Trim(q.words[i+2], "?,.!")
			}
		}
	}
	if second == "" || lexicon.IsFunctionWord(second) || auxiliaries[second] {
		return s
	}
	want := e.analyze(second)
	if len(want) != 1 {
		return s
	}
	for _, n := range e.find(numberRE, text) {
		full := extendNoun(text, n)
		if full.start < s.end && s.start < full.end {
			continue // the figure already given
		}
		if !slices.ContainsFunc(e.analyze(text[n.end:full.end]), func(t index.Token) bool { return t.Term == want[0].Term }) {
			continue
		}
		both := span{min(s.start, full.start), max(s.end, full.end)}
		if wordCount(text[both.start:both.end]) <= maxShortWords {
			return both
		}
	}
	return s
}

// spanWho is extractSpan for "who" questions.
func (e *Engine) spanWho(q *question, c *cand, anchors []span) span {
	if s := e.who(q, c, anchors); s.end > s.start {
		return s
	}
	// no one named: the bodies listed as its verb's object ("who was
	// Elland meeting with": "police, bus operators and the hospital")
	return e.objectList(q, c)
}

// spanWhere is extractSpan for "where" questions.
func (e *Engine) spanWhere(q *question, c *cand, anchors []span) span {
	text := c.p.Text
	if q.locates {
		if d := e.placeDescription(q, text); d.end > d.start {
			return d
		}
	}
	if q.event {
		// "where was it": the event's place, as the passage names it
		if s := e.eventPlaceIn(text); s.end > s.start {
			return reckoned(text, s)
		}
	}
	if s := placePhrase(text, verbAnchors(q, c)); s.end > s.start {
		// "our people are sleeping in the street" for "where are people
		// sleeping": where the passage says the asked thing happens,
		// before any place it names elsewhere ("Calama")
		return s
	}
	names := e.wherePlaces(q, text, e.freeSpans(q, text, e.names(text)))
	var known []span
	for _, n := range names {
		if e.isPlace(text[n.start:n.end]) {
			known = append(known, n)
		}
	}
	switch l := located(text, known); {
	case len(l) > 0:
		names = l // "in Paris": a known place where a place stands
	case len(known) > 0:
		names = known
	default:
		names = located(text, names)
	}
	if len(names) == 0 {
		if s := placePhrase(text, anchors); s.end > s.start {
			return s // "in non-frontline areas"
		}
		if m := placeNounRE.FindStringIndex(text); m != nil {
			start := m[0] + strings.IndexByte(text[m[0]:m[1]], ' ') + 1
			return span{start, m[1]} // "based in *a neighbouring country*"
		}
		return span{}
	}
	return reckoned(text, nearest(names, anchors))
}

// placeDescription is what text says of where the place a "where is X"
// question names lies: an apposition after it that opens with an article
// or a distance and holds no verb ("Calama, *a city of about 190,000
// people on the edge of the Atacama Desert*", "Antofagasta, *about 215
// kilometres to the southwest*"), or the phrase of a kind of place it
// ends ("*the northern Chilean city of* Calama"); an empty span for none.
// ("Tocopilla, the quake cracked …" is a clause, no apposition.)
func (e *Engine) placeDescription(q *question, text string) span {
	name := q.terms[0]
	for _, n := range e.names(text) {
		if !slices.ContainsFunc(e.analyze(text[n.start:n.end]), func(t index.Token) bool { return t.Term == name.term }) {
			continue
		}
		if rest, ok := strings.CutPrefix(text[n.end:], ", "); ok {
			end := len(rest)
			for i, r := range rest {
				if strings.ContainsRune(",;:(—–", r) && !(r == ',' && i > 0 && i+1 < len(rest) && isDigit(rest[i-1]) && isDigit(rest[i+1])) {
					end = i // (not a figure's comma: "190,000")
					break
				}
			}
			body := strings.TrimRight(rest[:end], " .")
			first, _ := nextWord(body)
			first = strings.ToLower(first)
			if (articles[first] || first == "about" || first == "some" || e.holdsNumber(first)) && wordCount(body) >= 2 && wordCount(body) <= maxShortWords && !clauseVerb(body) {
				at := n.end + 2
				return span{at, at + len(body)}
			}
		}
		before := strings.Fields(text[:n.start])
		if k := len(before); k >= 3 && before[k-1] == "of" && getFold(placeKinds, before[k-2]) {
			// back to the article that opens the phrase: "the northern
			// Chilean city of"
			for j := k - 3; j >= 0 && j >= k-6; j-- {
				if getFold(articles, before[j]) {
					if j == k-3 {
						break // "the port of Ostrhaven": no word of where
					}
					start := strings.LastIndex(text[:n.start], before[j]+" ")
					for _, w := range before[j:] {
						if strings.ContainsAny(w, ",;:") {
							start = -1
						}
					}
					if start >= 0 {
						return span{start, n.end}
					}
					break
				}
			}
		}
	}
	return span{}
}

// clauseVerb reports whether words hold a verb a clause would have: an
// auxiliary or a verb in the past ("the quake cracked the seawall"); not
// a present form, which a noun phrase's words may be ("the *cracks*").
func clauseVerb(s string) bool {
	return anyWord(strings.ToLower(s), ",.;:“”\"'’", func(w string) bool { return auxiliaries[w] || pastVerb(w) })
}

// anyWord reports whether a word of s, trimmed of the marks in cut, is
// one that `is` accepts: the walk under the package's verb tests, which
// differ in what they accept. clauseVerb: an auxiliary or a past form;
// hasVerb: those or a word mostly a verb (verbWord), not a possessive;
// holdsVerb: a word mostly a verb or a past form as typed in lower case,
// or a relative pronoun, no auxiliary. (question.subordinateFrom reads
// the question's words, already lower case and trimmed: a finite verb, a
// past form or an auxiliary.)
func anyWord(s, cut string, is func(w string) bool) bool {
	for w := range strings.FieldsSeq(s) {
		if is(strings.Trim(w, cut)) {
			return true
		}
	}
	return false
}

// compassPoints are the points of the compass a place is reckoned by.
const compassPoints = `(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)`

// reckonedFromRE is a distance and a compass point before a place they are
// reckoned from: "34 kilometres (21 miles) northeast of ", "north of ".
var reckonedFromRE = regexp.MustCompile(`(?:\b(?:about |some |nearly |around |roughly |almost )?\d[\d,.]*\s+\p{L}+\s+(?:\([^()]{1,40}\)\s+)?)?\b` + compassPoints + `\s+of\s+(?:the\s+)?$`)

// reckoned widens a place s to the distance and direction it is reckoned
// from, when they stand before it: where something is, "34 kilometres
// (21 miles) northeast of Calama", is not Calama.
func reckoned(text string, s span) span {
	if s.end <= s.start {
		return s
	}
	if m := reckonedFromRE.FindStringIndex(text[:s.start]); m != nil {
		s.start = m[0]
	}
	return s
}

// spanWhen is extractSpan for "when" questions.
func (e *Engine) spanWhen(q *question, c *cand, anchors []span) span {
	s := e.withRange(c.p.Text, e.spanWhenAt(q, c, anchors))
	if !asksClock(q) {
		s = e.withDay(c.p.Text, s)
	}
	return s
}

// withDay widens a time of day of text to the day written with it, right
// before or after ("Thursday, 9:40 p.m.", "9:40 p.m. on Thursday"): a
// time alone does not say when.
func (e *Engine) withDay(text string, s span) span {
	if s.end <= s.start || !clockRE.MatchString(text[s.start:s.end]) {
		return s
	}
	for _, d := range e.find(dateRE, text) {
		if d.end <= s.start {
			if between := text[d.end:s.start]; (between == ", " || between == " at ") && !clockRE.MatchString(text[d.start:d.end]) {
				return span{d.start, s.end}
			}
		} else if d.start >= s.end {
			if between := text[s.end:d.start]; (between == " " && strings.HasPrefix(text[d.start:d.end], "on ") || between == " on " || between == ", ") && !clockRE.MatchString(text[d.start:d.end]) {
				return span{s.start, d.end}
			}
		}
	}
	return s
}

// withRange widens a time or date of text to the stretch it opens ("10
// p.m." of "from 10 p.m. to 6 a.m.", "Monday" of "from Monday until
// Friday"): the time or date after "to", "until" or a dash that closes it,
// and the "from" before it.
func (e *Engine) withRange(text string, s span) span {
	if s.end <= s.start {
		return s
	}
	rest := text[s.end:]
	for _, link := range []string{" to ", " until ", " till ", "–", " – ", "-"} {
		if !strings.HasPrefix(rest, link) {
			continue
		}
		at := s.end + len(link)
		for _, re := range []*regexp.Regexp{clockRE, dateRE} {
			for _, m := range e.find(re, text) {
				if m.start == at {
					s.end = m.end
					if before := strings.TrimRight(text[:s.start], " "); strings.HasSuffix(strings.ToLower(before), "from") {
						s.start = len(before) - len("from")
					}
					return s
				}
			}
		}
	}
	return s
}

// spanWhenAt is spanWhen before a time's range is taken whole.
func (e *Engine) spanWhenAt(q *question, c *cand, anchors []span) span {
	text := c.p.Text
	if asksClock(q) {
		// "what time …": the time of day, else the part of the day, that
		// ranked the passage (typeWhen)
		if s := e.timeOfDay(text, anchors); s.end > s.start {
			return s
		}
	}
	all := e.find(dateRE, text)
	dates := e.findKept(dateRE, text, func(d span) bool { return attributiveYear(text, d) })
	if s := nearest(e.askedDeedTimes(q, text, dates), anchors); s.end > s.start {
		return s
	}
	if s := nearest(e.eventTimes(text), anchors); s.end > s.start {
		return s // "only after a peace deal with Russia is secured"
	}
	if s := nearest(all, anchors); s.end > s.start {
		return s // "Russia's 2022 invasion", where the passage gives no other time
	}
	return e.timeOfDay(text, anchors) // "shortly before noon": the time of day, where no day is said
}

// attributiveYear reports whether the date at d of text is a bare year
// that qualifies the noun after it ("Russia's *2022* full-scale
// invasion", "the *2019* strike"): it dates that noun, not the deed of its
// clause, and answers "when" only where the passage gives no other time.
func attributiveYear(text string, d span) bool {
	if !yearRE.MatchString(text[d.start:d.end]) || strings.HasPrefix(text[d.start:d.end], "in ") || getFold(timePreps, wordBefore(text, d)) {
		return false // "in 2022", "Since 2019 prices …": the year dates the clause (not "above 2019 levels")
	}
	rest := text[d.end:]
	if !strings.HasPrefix(rest, " ") {
		return false // a mark after it: the year stands alone
	}
	next := firstWord(rest)
	if next == "" || !unicode.IsLower([]rune(next)[0]) {
		return false
	}
	return (!prepositions[next] && !lexicon.IsFunctionWord(next) && !lexicon.IsVerb(next)) || lexicon.IsAdjective(next) // (an adjective: "2022 full-scale invasion")
}

// timeOfDay is the time of day in text nearest the anchors, else the part
// of the day; empty when it gives neither.
func (e *Engine) timeOfDay(text string, anchors []span) span {
	for _, re := range []*regexp.Regexp{clockRE, partOfDayRE} {
		if s := nearest(e.find(re, text), anchors); s.end > s.start {
			return s
		}
	}
	return span{}
}

// spanHowMany is extractSpan for "how many" questions.
func (e *Engine) spanHowMany(q *question, c *cand, anchors []span) span {
	text := c.p.Text
	var nums []span
	var bare []span    // the numbers of nums, without their nouns
	var counted []span // numbers that count what the question asks about
	var surely []span  // of those, ones the question's own verb is said of
	var direct []span  // of those, ones the verb stands right beside
	var amounts []span // money and shares
	var sums []span    // money alone, what "how much does it cost" asks
	for _, s := range e.freeSpans(q, text, e.find(numberRE, text)) {
		if yearRE.MatchString(text[s.start:s.end]) {
			continue
		}
		n := extendNoun(text, s)
		nums = append(nums, n)
		bare = append(bare, s)
		if money(text, s) {
			sums = append(sums, n)
		}
		if moneyOrPercent(text, s) || shareRE.MatchString(text[s.start:s.end]) {
			amounts = append(amounts, n) // money or a share, what "how much" asks
		}
		if q.measure != "" && measuredBy(q, text, s) {
			if u := wordBefore(text, s); unitWords[q.measure][u] && !unitWords[q.measure][wordAfter(text, s)] {
				// the unit before the number: "magnitude 7.1", not "7.1
				// quake struck before" (found in the text as written: a
				// lower-cased copy may be of another length)
				b := strings.TrimRight(text[:s.start], " ")
				if st := len(b) - len(u); st >= 0 && strings.EqualFold(b[st:], u) {
					counted = append(counted, span{st, s.end})
					continue
				}
			}
			counted = append(counted, n) // "38 kilometres" for "how deep"
			continue
		}
		if !e.qualifiesOther(q, text, s) && (e.afterVerb(q, text, s) || e.verbNext(q, text, s) || e.doesVerb(q, text, s)) {
			// "injured 2,460", "about 1,100 injured" for "how many were
			// injured": the verb said of this number itself, not only of
			// its clause ("214 people had been confirmed dead and …")
			direct = append(direct, n)
			continue
		}
		if n == s && e.subjectOfAsked(q, text, s) {
			// "injured 2,460" for "how many were injured"; "71 were
			// still missing" for "how many people are still missing"
			surely = append(surely, n)
			continue
		}
		done := e.doneHere(q, text, s)
		if done == 0 {
			continue // "3,000 people are sleeping" is no count of the dead
		}
		if q.counted == nil && q.measure == "" && e.counts(q, text, s) {
			// "2,460 people had been injured" for "how many were
			// injured": the question's words after the number, in its
			// clause, as typeHowMany counts it
			counted = append(counted, n)
			continue
		}
		for _, tok := range e.analyze(text[s.end:n.end]) {
			if q.has(tok.Term) {
				counted = append(counted, n)
				if done == 2 && q.countVerb >= 0 {
					surely = append(surely, n)
				}
				break
			}
		}
		if q.counted != nil && (len(counted) == 0 || counted[len(counted)-1] != n) && e.counts(q, text, s) {
			counted = append(counted, n) // "9,400 homes" for "how many houses": a noun meaning nearly the same
		}
	}
	if t := e.runningTotal(q, text, bare); t.end > t.start {
		return t // "two more tugs …, bringing the total on site to *six*": the count reached, not the increment
	}
	if r := requestedAmount(q, text, amounts); r.end > r.start {
		// "how much are they asking the government for": the sum the
		// verb of asking takes with "for", not the nearest ("will borrow
		// £210 million itself and is asking … for the remaining £430
		// million")
		return completeFigure(text, r)
	}
	if len(sums) > 0 && asksMoney(q) {
		// a sum of money asked for ("how much does the automation project
		// cost"): "KCT's €310 million plan", not "three of the five
		// berths" beside it, whatever the count's clause holds
		return completeFigure(text, nearestInClause(text, sums, anchors))
	}
	if asksDifference(q) {
		// "how much longer does going round the peninsula take": a
		// figure in a unit, as typeFigure scores it ("adds about two
		// days"), not a count beside it ("19 ships have chosen to sail
		// around")
		var units []span
		for i, b := range bare {
			if unitAfter(text, b) || isTimeUnit(wordAfter(text, b)) {
				units = append(units, nums[i])
			}
		}
		if len(units) > 0 {
			return completeFigure(text, nearestInClause(text, units, anchors))
		}
	}
	var measured []span // the figures of nums in a unit of a physical measure, none qualifying a noun
	for i, b := range bare {
		if measuredFigure(text, b) && !e.qualifiesOther(q, text, b) {
			measured = append(measured, nums[i])
		}
	}
	if asksAmount(q) && len(amounts) > 0 && len(measured) > 0 {
		// "how much did the river rise": a figure in a unit, not an
		// amount beside it ("2 metres", not "flooding 30% of the town";
		// "how much did it rain": "120 millimetres", not "£5 million of
		// damage"), where the question's verb is said of the figure
		// ("rose 2 metres"), else where the verb is said of no amount
		// either; an amount the verb is said of answers below ("fell
		// 15%", not "spilled 300 tonnes" in another clause)
		verbs := q.muchVerbs() // (once a question, not once a figure)
		said := func(f span) bool { return e.saidByAskedVerb(verbs, text, f) }
		if pool := slices.DeleteFunc(slices.Clone(measured), func(f span) bool { return !said(f) }); len(pool) > 0 {
			return completeFigure(text, nearestInClause(text, pool, anchors))
		}
		if !slices.ContainsFunc(amounts, said) {
			return completeFigure(text, nearestInClause(text, measured, anchors))
		}
	}
	if asksAmount(q) && len(amounts) > 0 {
		// "how much does the union want for staff who worked": "a
		// one-off payment of €500", not "the roughly 5,200 staff … who
		// worked", a count of the question's own noun beside its verb;
		// of the amounts, one the question's verb pins first, else, where
		// the verb pins no figure, the one whose clause holds the
		// question ("wheat prices … jumped 4%", not "about half of the
		// nation's wheat"). A count the verb pins beats an amount said of
		// another thing, and a count said as a change ("the death toll
		// rose by 40") stands beside the amounts ("aid pledges grew
		// 13%"), the nearest answering.
		pool := pinnedAmounts(amounts, direct, surely)
		if len(pool) == 0 && len(direct) == 0 && len(surely) == 0 {
			// a count said as a change answers as an amount does ("rose
			// by 40"): it stands in the pool beside them
			pool = slices.Clone(amounts)
			for _, c := range counted {
				if changeBy(text, c) && !slices.Contains(pool, c) {
					pool = append(pool, c)
				}
			}
		}
		if len(pool) > 0 {
			return completeFigure(text, nearestInClause(text, pool, anchors))
		}
	}
	if len(direct) > 0 {
		return completeFigure(text, nearestInClause(text, direct, anchors))
	}
	if len(surely) > 0 {
		return completeFigure(text, nearestInClause(text, surely, anchors))
	}
	if asksMuch(q) && q.counted == nil {
		// "how much did prices go up": an amount, of the figures counted
		// or not, the one whose clause holds the question ("copper prices
		// … jumped 3%", not "about half of Chile's copper")
		counted = append(counted, amounts...)
	}
	if len(counted) > 0 {
		return completeFigure(text, nearestInClause(text, counted, anchors))
	}
	if s, _ := e.enumeration(q, text); s.end > s.start {
		return s // the names that count them, where no number does
	}
	return completeFigure(text, nearestInClause(text, nums, anchors))
}

// asksAmount reports whether a question asks "how much" of a verb, its
// auxiliary right after "much" ("how much *does* the union want", "how
// much *were* strikers getting"), with no counted noun and no measure: an
// amount (a sum of money, a share) answers it, and a bare count ("5,200
// staff") answers "how many" instead. "how much time", "how much cargo"
// name what they measure and are not this.
func asksAmount(q *question) bool {
	return q.counted == nil && q.measure == "" && isAux(afterHowMuch(q))
}

// qualifiesOther reports whether the figure s of text is hyphened to a
// word, its unit or any other ("300-tonne", "3,000-strong"), before a noun
// it qualifies (hyphenedHead) that the question does not ask about ("the
// *300-tonne* tanker" for "how much did fuel prices rise"): it says what
// another thing is, and is no amount of the question's verb; "the 30-tonne
// whale" still answers "how much does the whale weigh".
func (e *Engine) qualifiesOther(q *question, text string, s span) bool {
	head := hyphenedHead(text, s)
	return head != "" && !slices.ContainsFunc(e.analyze(head), func(t index.Token) bool { return q.has(t.Term) })
}

// measuredFigure reports whether the number at s of text is given in a
// unit of a physical measure (a length, a force, a weight, a heat:
// "magnitude 6.1", "the 30-tonne whale") or of a quantity of stuff
// (quantityUnits: "120 millimetres", "40,000 litres"), not a sum of money
// ("£5 million"). A figure in a unit that also names a container ("500
// sacks of flour", "80,000 barrels of oil") is a measure too: whether it
// answers is the question's verb's to say (saidByAskedVerb).
func measuredFigure(text string, s span) bool {
	if money(text, s) {
		return false
	}
	for _, m := range physicalMeasures {
		if withUnit(text, s, m) {
			return true
		}
	}
	return quantityUnits[wordAfter(text, s)]
}

// saidByAskedVerb reports whether one of a question's verbs
// (muchAskedVerbs) stands before
// the figure at f of text, at most askedVerbReach words back in its clause, in
// any form ("rose 2 metres", "fell to 4.1%", "cut its budget by 8%" for
// "how much did the council cut its budget"), or a single verb WordNet
// gives as meaning a phrasal verb of the question ("rose 30%" for "how much
// did bread prices go up": lexicon.PhrasalSynonyms): the question's verb is
// said of that figure; each is matched as one verb (sameVerb, followup.go's
// rule).
func (e *Engine) saidByAskedVerb(verbs []string, text string, f span) bool {
	words := wordSpans(text[:f.start])
	for i := len(words) - 1; i >= 0 && i >= len(words)-askedVerbReach; i-- {
		w := words[i]
		word := strings.ToLower(text[w[0]:w[1]])
		if breaksClause(text, w[1], f.start) || numberRE.MatchString(word) {
			return false // (another clause, or a figure nearer the verb: "rose 12% after the 300-tonne tanker")
		}
		if _, ok := lexicon.VerbBase(word); !ok && !pastForm(word) {
			continue // (no verb: "prices" in "wheat prices jumped")
		}
		for _, v := range verbs {
			if irregularVerbOf(word, v) || e.sameVerb(word, v) {
				return true
			}
		}
	}
	return false
}

// muchAskedVerbs are the verbs of a "how much" question and the single
// verbs WordNet gives for each as a phrasal verb: its words after "how
// much" and its auxiliary that are verbs there (lexicon.IsVerb, which
// lists "fuel" but not "prices", or a past form; no article or possessive
// right before: not "the *cut*"), so "priced 300 tonnes" says nothing of
// "how much did fuel prices rise".
func muchAskedVerbs(q *question) []string {
	var verbs []string
	for i, w := range q.words {
		if i > 2 && !isAux(w) && !lexicon.IsFunctionWord(w) && (lexicon.IsVerb(w) || pastForm(w)) && !articles[q.words[i-1]] && !possessives[q.words[i-1]] {
			verbs = append(verbs, w)
			verbs = append(verbs, lexicon.PhrasalSynonyms(w, q.words[i+1:])...)
		}
	}
	return verbs
}

// askedVerbReach is how many words before a figure saidByAskedVerb looks for
// the question's verb: "cut its budget by 8%".
const askedVerbReach = 4

// sameTerm reports whether two analysed words share a term.
func sameTerm(a, b []index.Token) bool {
	return slices.ContainsFunc(a, func(x index.Token) bool {
		return slices.ContainsFunc(b, func(y index.Token) bool { return x.Term == y.Term })
	})
}

// physicalMeasures are the dimensions of measures whose units say a
// figure is a measurement, not a count, a share or a time.
var physicalMeasures = []string{"length", "force", "weight", "heat"}

// pinnedAmounts are the amounts that also stand in one of the lists of
// figures the question's verb pins (said of the figure, or of it as its
// subject), in the order of those lists, the first list holding any alone.
func pinnedAmounts(amounts []span, pinned ...[]span) []span {
	for _, list := range pinned {
		var in []span
		for _, s := range list {
			if slices.Contains(amounts, s) {
				in = append(in, s)
			}
		}
		if len(in) > 0 {
			return in
		}
	}
	return nil
}

// requestedAmount is, of the sums and shares amounts of text, the first
// that a verb of asking (requestVerbs: "asking", "demanded") takes with
// "for" in its clause, at most requestReach words after the "for" ("is
// asking the national government for the remaining £430 million"), where
// the question asks "how much" with such a verb; empty otherwise.
func requestedAmount(q *question, text string, amounts []span) span {
	if len(amounts) == 0 || !asksMuch(q) || !slices.ContainsFunc(q.words, func(w string) bool { return requestVerbs[w] }) {
		return span{}
	}
	words := wordSpans(text)
	for i, w := range words {
		if !requestVerbs[strings.ToLower(text[w[0]:w[1]])] {
			continue
		}
		prev := w[1]
		for _, f := range words[i+1:] {
			if breaksClause(text, prev, f[0]) {
				break // (the verb's clause ends)
			}
			prev = f[1]
			if text[f[0]:f[1]] != "for" {
				continue
			}
			for _, a := range amounts {
				if a.start >= f[1] && a.start <= len(text) && !breaksClause(text, f[1], a.start) && wordCount(text[f[1]:a.start]) <= requestReach {
					return a
				}
			}
			break
		}
	}
	return span{}
}

// breaksClause reports whether text[from:to] holds a comma, semicolon or
// colon, or a mark with a space after it that can end a sentence
// (stopEnds: not the stop of "U.S." or "Dr."), whatever follows it: "for
// patience. £9 million more is due" asks no sum.
func breaksClause(text string, from, to int) bool {
	if strings.ContainsAny(text[from:to], ",;:") {
		return true
	}
	for i := from; i < to; i++ {
		if strings.IndexByte(".?!", text[i]) < 0 {
			continue
		}
		if j := sentenceNext(text, i); j >= 0 && stopEnds(text, i, text[j:]) {
			return true
		}
	}
	return false
}

// requestReach is how many words may stand between the "for" of a verb of
// asking and the sum it asks ("for *the remaining* £430 million").
const requestReach = 3

// runningTotal is, of a passage's figures nums (bare numbers), the one a
// total is brought to ("bringing the total on site to six", "taking the
// number of dead to 214"), where a figure before it in the same sentence
// counts an increment ("two more tugs", "another 12": incrementAt): what
// a "how many" asks is the count reached, not what was added to it. Only
// where the total or the increment counts what the question counts
// (counts), and never where the question asks the increment itself
// (asksIncrement: "how many more tugs were sent"). Empty otherwise.
func (e *Engine) runningTotal(q *question, text string, nums []span) span {
	if asksIncrement(q) {
		return span{}
	}
	added := span{-1, -1} // the increment
	for _, n := range nums {
		if added.end >= 0 && (added.end > n.start || sentenceEndIn(text, added.end, n.start) >= 0) {
			added = span{-1, -1} // (in another sentence, or spans out of order)
		}
		if incrementAt(text, n) {
			added = n
			continue
		}
		if added.end < 0 || wordBefore(text, n) != "to" {
			continue
		}
		from := max(0, strings.LastIndexAny(text[:n.start], ",.;")+1)
		lead := strings.Fields(strings.ToLower(text[from:n.start]))
		if slices.ContainsFunc(lead, func(w string) bool { return tallies[strings.Trim(w, "\"'’“”")] }) &&
			e.talliesAsked(q, text, n) && (e.counts(q, text, n) || e.counts(q, text, added)) && !e.incrementPinned(q, text, added, from, n) {
			return extendNoun(text, n)
		}
	}
	return span{}
}

// talliesAsked reports whether the tally the figure at n comes to counts
// what the question counts, or names nothing of its own: each word
// naming what it is of (talliedWords: "the *death* toll", "the number of
// *patients*") is the question's counted noun or nearly its meaning
// (countsWord), or nearly the meaning of its verb ("the *rescue* tally"
// for "how many hikers were rescued", "have been rescued so far": the
// question's counted verb, countedNoun's); "the total on site" names
// nothing.
// An increment of the question's noun does not make a total of another
// its answer ("another 40 beds …, bringing the number of patients to
// 300" for "how many beds").
func (e *Engine) talliesAsked(q *question, text string, n span) bool {
	words := talliedWords(text, n)
	if len(words) == 0 {
		return true
	}
	return slices.ContainsFunc(words, func(w string) bool { return e.countsWord(q, w) || q.deedWord(w) })
}

// incrementPinned reports whether the question holds a word, besides
// what it counts and a verb (the counted verb, or a word only a verb:
// the deed added to is the total's too), that the increment's clause (from its
// sentence's start to from, where the total's phrase opens) says and the
// total's phrase (from to n) does not: "how many ferries returned *on
// monday*" over "three more ferries returned to the water on Monday,
// bringing the total in service to nine" asks what was added then, not
// the count reached; "how many ferries are in service" asks the total.
func (e *Engine) incrementPinned(q *question, text string, added span, from int, n span) bool {
	if added.start < 0 || from > n.end {
		return false
	}
	start := sentenceOpening(text, 0, added.start) // (not after "Mr." or "St.": sentenceEnds)
	if start > from {
		return false
	}
	inc, total := e.termSet(text[start:from]), e.termSet(text[from:n.end])
	for i := range q.terms {
		t, w := q.terms[i].term, strings.ToLower(q.terms[i].word)
		if i == q.countVerb || q.counted != nil && t == q.counted.term || lexicon.IsVerb(w) && !knownNoun(w) {
			continue // (what it counts, and a verb: the deed added to is the total's too)
		}
		if inc[t] && !total[t] {
			return true
		}
	}
	return false
}

// incrementAt reports whether the number at s is one added to a number
// before: an increment word (kinds.txt) right after it ("1,500 *more*
// troops") or right before it ("*another* 200 engineers", "an
// *additional* 40").
func incrementAt(text string, s span) bool {
	return getFold(incrementWords, wordAfter(text, s)) || getFold(incrementWords, wordBefore(text, s))
}

// nearestInClause is, of spans, the one whose clause holds the most of
// the question's words (anchors, each word once), and of those the
// nearest to them: "copper prices on the London Metal Exchange *jumped
// 3%*" over "produces *about half* of Chile's copper" for "how much did
// copper prices go up".
func nearestInClause(text string, spans, anchors []span) span {
	most, held := -1, []span(nil)
	for _, s := range spans {
		cl := clauseAround(text, s, clauseMarks)
		seen := map[string]bool{}
		for _, a := range anchors {
			if a.start >= cl.start && a.end <= cl.end {
				seen[strings.ToLower(text[a.start:a.end])] = true
			}
		}
		switch {
		case len(seen) > most:
			most, held = len(seen), []span{s}
		case len(seen) == most:
			held = append(held, s)
		}
	}
	return nearest(held, anchors)
}

// convertedRE, andFigureRE and ofPlaceRE are what completes a figure right after it: the same amount
// in another currency in brackets (" (about $950 million)"), another
// quantity it is given with (" and 2,000 prefabricated housing units"), the
// place a distance is reckoned from (" of Calama" after "20 kilometres
// east").
var (
	convertedRE = regexp.MustCompile(`^ \((?:about |around |roughly |some |nearly |almost |approximately )?(?:[A-Z]{0,3}[$€£¥])?[0-9][0-9.,]*(?: (?:million|billion|trillion|thousand))?(?: [a-z]+)?\)`)
	andFigureRE = regexp.MustCompile(`^ and (?:[A-Z]{0,3}[$€£¥])?[0-9][0-9.,]*(?: (?:million|billion|trillion|thousand))?(?: [a-z-]+){1,3}`)
	reckonedRE  = regexp.MustCompile(compassPoints + `$`)
	ofPlaceRE   = regexp.MustCompile(`^ of (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*`)
)

// completeFigure extends a figure's span over what completes it
// (convertedRE, andFigureRE, ofPlaceRE after a compass point), so that a short answer gives the whole of it:
// "$40 million and 2,000 prefabricated housing units", "900 billion pesos
// (about $950 million)", "20 kilometres east of Calama".
func completeFigure(text string, s span) span {
	if s.end <= s.start || s.end > len(text) {
		return s
	}
	if endsOfDeterminer(text[:s.start]) {
		if m := partOfFigureRE.FindStringIndex(text[:s.start]); m != nil {
			// "*None of the* 22 crew members … were hurt": the
			// quantifier says what is true of the count; without it the
			// answer says the opposite ("22 crew members … were hurt")
			s.start = m[0]
		}
	}
	if reckonedRE.MatchString(text[s.start:s.end]) {
		if m := ofPlaceRE.FindStringIndex(text[s.end:]); m != nil {
			s.end += m[1]
		}
	}
	if m := convertedRE.FindStringIndex(text[s.end:]); m != nil {
		s.end += m[1]
	}
	if m := andFigureRE.FindStringIndex(text[s.end:]); m != nil {
		// the quantity's own words only, up to one that starts a clause
		// ("and 71 were still missing" is another statement, no quantity)
		words := strings.Fields(text[s.end : s.end+m[1]]) // "and", the figure, its words
		n := 2
		for n < len(words) {
			w := strings.ToLower(words[n])
			if stopish[w] || auxiliaries[w] || pastVerb(w) && n > 2 {
				break // "and 12 schools *collapsed*"
			}
			n++
		}
		// a count's noun ends it, a plural ("units", "troops"): not a verb
		// ("and 71 remain missing", "and 2,460 injured")
		if last := strings.ToLower(words[n-1]); n > 2 && len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") {
			s.end += len(" " + strings.Join(words[:n], " "))
		}
	}
	return s
}

// endsOfDeterminer reports whether text ends as partOfFigureRE's match must
// ("… of the "): "of", a word and a space, in any case. Most figures'
// text before does not, and the test is cheaper than the expression's
// scan of all of it.
func endsOfDeterminer(text string) bool {
	rest, ok := strings.CutSuffix(text, " ")
	if !ok {
		return false
	}
	at := strings.LastIndexByte(rest, ' ')
	return at >= 3 && strings.EqualFold(rest[at-3:at+1], " of ")
}

// partOfFigureRE is a quantifier and "of" with a determiner right before
// a figure: "none of the", "all of its", "each of the".
var partOfFigureRE = regexp.MustCompile(`(?i)\b(?:none|all|each|both|neither|either|any) of (?:the|its|their|his|her|our|these|those) $`)

// spanHowLong is extractSpan for "how long" questions.
func (e *Engine) spanHowLong(q *question, c *cand, anchors []span) span {
	text := c.p.Text
	lengths := e.lengths(q, text)
	if len(lengths) == 0 {
		if slices.ContainsFunc(q.words, func(w string) bool { return unitWords["length"][w] }) {
			// "how long is the line going to be in km": the unit the
			// question names asks for a length, whatever its verb
			lengths = e.lengthsIn(text)
		} else if x := asksLengthOfThing(q.words); x != "" {
			// a thing's length asked in the copula's future or with a
			// relative clause (asksLengthOfThing: "how long is the canal
			// going to be"), where the passage says the length of X itself
			// ("a 14-kilometre canal"); else X's time ("the embargo …
			// will last six months", not "the 40-kilometre strait"). A
			// pronoun ("how long is it going to be") or an X the passage
			// names nowhere takes no length of another thing either
			// ("The strike will shut the 40-kilometre motorway for six
			// days": six days; final re-read 25A F2, F9)
			lengths = e.lengthsOf(x, text)
		}
	}
	if s := nearest(lengths, anchors); s.end > s.start {
		// "how long is the canal": "98 kilometres", before the "two days"
		// the same sentence saves ships (a length, given, is what a thing
		// with no verb asked of it has)
		if u := wordAfter(text, s); u != "" {
			s.end = strings.Index(text[s.end:], u) + s.end + len(u)
		}
		return s
	}
	ds := e.durations(text)
	if q.report == earliestReport && len(ds) > 1 {
		if s := e.earliestDuration(q, text, ds); s.end > s.start {
			return s
		}
	}
	if s := nearest(ds, anchors); s.end > s.start {
		return s
	}
	dates := e.find(dateRE, text)
	if s := nearest(untilDates(text, dates), anchors); s.end > s.start {
		return s // "until at least the end of April"
	}
	return nearest(dates, anchors)
}

// durationOfAskedVerb reports whether span s of c's passage, the short
// answer to a "how long" question, is a duration that stands right after
// the verb the question asks, with at most "for" between ("will *last*
// six months", "*took* for two days"): the duration is that verb's
// complement, and the subject and verb before it only say the question
// back ("The closure of the tunnel will last" for "how long will the
// closure last"), so the duration answers bare rather than in its phrase.
func (e *Engine) durationOfAskedVerb(q *question, c *cand, s span) bool {
	if q.kind != KindHowLong || s.end <= s.start || s.end > len(c.p.Text) {
		return false
	}
	verb := askedLastVerb(q)
	if verb == "" {
		return false
	}
	text := c.p.Text
	if !slices.ContainsFunc(e.durations(text), func(d span) bool { return d.start <= s.start && s.end <= d.end }) {
		return false
	}
	before := strings.TrimRight(text[:s.start], " ")
	if w := lastWord(before); strings.EqualFold(w, "for") {
		before = strings.TrimRight(strings.TrimSuffix(before, w), " ")
	}
	w := lastWord(before)
	if w == "" || !strings.HasSuffix(before, w) {
		return false
	}
	if negatedVerb(strings.TrimSuffix(before, w)) || !durationEnds(text[s.end:]) {
		return false // "will not last six months", "took nine weeks longer than planned": the phrase says what the figure alone does not
	}
	lw := strings.ToLower(w)
	if irregularVerbOf(lw, verb) {
		return true // "took" for "take"
	}
	return e.sameVerb(lw, verb)
}

// negatedVerb reports whether the verb group that text ends before is
// negated: a negation (negationWord) among the auxiliaries and negations
// right before the verb ("will *not* last", "*won't* last", "has
// *never* been shut").
func negatedVerb(text string) bool {
	for {
		text = strings.TrimRight(text, " ")
		w := lastWord(text)
		if w == "" || !strings.HasSuffix(text, w) {
			return false
		}
		lw := strings.ReplaceAll(strings.ToLower(w), "’", "'")
		if negationWord(lw) {
			return true
		}
		base, ok := lexicon.AuxBase(lw)
		if !ok {
			return false
		}
		if base != lw {
			return true // an auxiliary written negated as one word: "cannot"
		}
		text = strings.TrimSuffix(text, w)
	}
}

// durationEnds reports whether a duration followed by rest ends what is
// said of it: rest opens on the clause's end, on "and" or "but", or on a
// preposition of where or when ("six months *from* May", "for six months
// *after* a roof collapse"); not where the duration's span stops inside a
// word ("nine weeks long|er"), nor where a word qualifies it: a
// comparison ("longer than", "more than", "or longer"), a degree ("*at*
// most") or a share of it (distributive: "per section", "each winter").
func durationEnds(rest string) bool {
	if r, _ := utf8.DecodeRuneInString(rest); rest != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false // the span stops inside a word
	}
	w, after := nextWord(rest)
	switch {
	case w == "" || !isLetters(w[:1]):
		return true // ",", ".", ";": the clause ends
	case w == "and" || w == "but":
		return true
	case prepositions[w] && !comparingPrepositions[w]:
		next, _ := nextWord(after)
		return !degreeWords[strings.Trim(next, ".,;")]
	}
	return false
}

// comparingPrepositions compare or share out what they follow ("nine
// weeks *than* planned", "six months *per* section"): a closed class of
// English, the prepositions no place or time follows.
var comparingPrepositions = wordSet("than as like unlike versus per")

// askedLastVerb is the verb a "how long" question ends on, past its
// particles and prepositions ("how long will the closure *last*", "how
// long did the talks *go* on for"): its last word of content, where an
// auxiliary that takes a bare verb (do-support, a modal) stands third,
// so that the word is read as the verb it takes whatever else it may be
// ("last"), or a perfect's auxiliary, where the word is a participle ("how
// long has the tunnel been *shut*"); "" otherwise ("how long has she been
// at the *port*", "how long is the line"). After a modal or do-support the
// word is the last of content whatever it is, a place too ("how long did
// they stay in *paris*"): the passage's duration right after that word
// ("stayed in Paris for three days") is then the one said of the stay.
func askedLastVerb(q *question) string {
	if len(q.words) < 4 {
		return ""
	}
	aux, ok := lexicon.AuxBase(q.words[2])
	if !ok || copulas[aux] || aux == "am" {
		return ""
	}
	perfect := aux == "has" || aux == "have" || aux == "had"
	for i := len(q.words) - 1; i >= 3; i-- {
		w := strings.Trim(q.words[i], "?!.,")
		if w == "" || lexicon.IsFunctionWord(w) || particles[w] || prepositions[w] {
			continue
		}
		if perfect && !lexicon.IsVerb(w) {
			return "" // a participle only: "has she been at the *port*"
		}
		return w
	}
	return ""
}

// asksLengthOfThing is X of a question that asks "how long is X" as
// asksLength does, reading two shapes it leaves to the passage's other
// figures as the length of a thing too, for the short answer alone: the
// copula's future ("is the line *going to be* end to end", chat's "gonna
// be") is the copula still, and a relative clause ("the wall *that
// protects the town*") says which thing is meant, its verb asking nothing.
// X is the head of the noun phrase before either: its last content word
// before a preposition ("the tram *line* to the airport", "the *wall*
// along the river that protects the town"). A verb asked of X ("is the queue
// *expected* to last"), a participle or particle after "going to be" (a
// state: "going to be *closed*") or an event noun (the closure, the trial,
// the ceasefire, by WordNet) asks a time, and gives "". Whether X has a
// length is the passage's to say (lengthsOf): the line has one, the
// embargo none. Where X is only a pronoun ("how long is *it* going to be")
// the pronoun is given, whose length is only one the passage says of it
// ("It will run 38 km"), else the time.
func asksLengthOfThing(w []string) string {
	if len(w) < 4 || w[0] != "how" || w[1] != "long" || !copulas[w[2]] {
		return ""
	}
	x, pronoun, head := "", "", false
	for i := 3; i < len(w); i++ {
		y := w[i]
		if relativePronouns[y] && i > 3 {
			break
		}
		if y == "going" && i+2 < len(w) && w[i+1] == "to" && w[i+2] == "be" {
			if i+3 < len(w) && statePredicate(w[i+3]) {
				return "" // a state X is to be in, "going to be *closed*", "… be *out*", "… be *open*": a time (final re-read 25A F1, 25D F1; not "… be *under* the river", "… *overall*": 25C F7)
			}
			break
		}
		if verbAsked(y) || lexicon.IsEventNoun(y) {
			// a verb asked of X ("how long is the queue *expected* to last"),
			// or an event, whose length is a time ("how long is the
			// closure gonna be": "six months", not the "2-kilometre
			// tunnel" it shuts), as asksExtent reads it
			return ""
		}
		if prepositions[y] && x != "" {
			head = true // (what follows qualifies X: "the tram line *to the airport*")
		}
		if !head && !lexicon.IsFunctionWord(y) {
			x = y
		}
		if x == "" && pronouns[y] {
			pronoun = y // ("how long is *it* going to be")
		}
	}
	if x == "" {
		return pronoun
	}
	return x
}

// statePredicate reports whether a question's word after "going to be"
// says a state, a participle, a particle or an adjective that is no adverb
// or preposition ("closed", "out", "open"; not "under", "overall").
func statePredicate(n string) bool {
	return pastForm(n) || particles[n] || lexicon.IsAdjective(n) && !lexicon.IsAdverb(n) && !prepositions[n]
}

// lengthsOf are the figures of text in a unit of length said of x itself,
// those after x's possessive or whose owner (lengthOwner, a small parse
// of the figure's sentence) is x: "a 14-kilometre *canal*", "the *line*'s 38-kilometre route", "the
// *line* opens in 2030 and will run 38 kilometres", "At 2 kilometres, the
// *bridge* …"; not a length of another thing beside x ("the embargo,
// covering the 40-kilometre strait", "the tunnel under the line will run
// 38 kilometres").
func (e *Engine) lengthsOf(x, text string) []span {
	xs := e.analyze(x)
	var out []span
	for _, s := range e.lengthsIn(text) {
		if owner := lastWord(text[:s.start]); endsGenitive(owner) && sameTerm(e.analyze(unpossessed(strings.ToLower(owner))), xs) {
			out = append(out, s) // x's own: "the line's 38-kilometre route"
			continue
		}
		if owner := lengthOwner(text, s); owner != "" && sameTerm(e.analyze(owner), xs) {
			out = append(out, s)
		}
	}
	return out
}

// lengthOwner is the noun (lower case) whose length the figure s of text
// gives, by a small parse of its sentence; "" where the parse finds none.
// It is
//   - for a figure hyphened to its unit, the head of the noun phrase it
//     qualifies (hyphenedHead: "a 14-kilometre *canal* linking");
//   - else the head of the subject of its clause (clauseSubject), where
//     the figure stands fronted before it ("At 2 kilometres, the
//     *bridge*"), inside it ("the 38 km *line*"), or is the measure of a
//     verb of its predicate ("the *line* will run 38 kilometres", "the
//     *canal* is 98 kilometres long"): a verb or auxiliary before it,
//     past function words and adverbs ("run *about*", "stretch *for*").
func lengthOwner(text string, s span) string {
	if strings.HasPrefix(text[s.end:], "-") {
		return hyphenedHead(text, s)
	}
	toks, fig := sentenceTokens(text, s)
	if fig < 0 {
		return ""
	}
	head, pred := clauseSubject(toks, clauseOpen(toks, fig), fig)
	if pred < 0 {
		return "" // no subject and predicate read
	}
	if fig < pred {
		return head // fronted or inside the subject
	}
	v := fig - 1
	for v > pred && !toks[v].mark && !isAux(toks[v].w) && (lexicon.IsFunctionWord(toks[v].w) || lexicon.IsAdverb(toks[v].w)) {
		v-- // ("will run *about* 38 kilometres", "stretch *for* 38 kilometres")
	}
	if w := toks[v].w; toks[v].mark || !isAux(w) && !lexicon.IsVerb(w) && !pastForm(w) {
		return "" // no verb measured: "the port, 38 kilometres away"
	}
	return head
}

// hyphenedHead is, for a figure s of text hyphened to its unit, the head
// of the noun phrase it qualifies: its last word before a function word,
// a preposition ("the 2-kilometre bridge *across* the bay"), an
// auxiliary, a mark or a verb (verbForm: "a 14-kilometre *canal*
// linking", "the 1.8-kilometre flood *wall*"); "" for none or another
// figure ("rose 12-fold.").
func hyphenedHead(text string, s span) string {
	rest, ok := strings.CutPrefix(text[s.end:], "-")
	if !ok {
		return ""
	}
	unit, after, ok := strings.Cut(rest, " ")
	if !ok || strings.ContainsAny(unit, ",.;:!?)—–") {
		return "" // (a mark ends the phrase at its unit)
	}
	head := ""
	for _, f := range strings.Fields(after) {
		w := strings.ToLower(strings.TrimRight(f, ".,;:)—–"))
		if w == "" || lexicon.IsFunctionWord(w) || prepositions[w] || isAux(w) || head != "" && verbForm(w, head) {
			break
		}
		head = w
		if w != strings.ToLower(f) {
			break // (a mark ends it)
		}
	}
	return head
}

// clauseTok is a word (lower case) or an aside's mark (asideOrBracketRE)
// of a sentence, with its byte offset in the text; a mark with the index
// among the sentence's tokens of the mark that opens the aside it closes
// and of the one that closes the aside it opens (asideOpeners; -1 for
// none).
type clauseTok struct {
	w              string
	start          int
	mark           bool
	opener, closer int
}

// asideOrBracketRE is a mark that opens or closes an aside, asideMarkRE's
// or a bracket.
var asideOrBracketRE = regexp.MustCompile(`[,—–()]`)

// sentenceTokens are the words and aside marks of the sentence of text
// that holds the figure s, a semicolon or colon ending it as a full stop
// does (breaksClause's marks less the comma), and the index of s's first
// word among them (-1 if none). Each mark is paired once with the marks
// that open and close its asides (asideOpeners over the sentence's marks).
func sentenceTokens(text string, s span) ([]clauseTok, int) {
	from, to := 0, len(text)
	// (not sentenceEnds: that one asks for a capital after the stop, as
	// a sentence's start does; a parse of clauses stops at a semicolon or
	// colon too, and at a stop whatever case follows: "… 38 km. then …")
	ends := func(i int) bool { // a semicolon, a colon, or a stop that ends a sentence
		if text[i] == ';' || text[i] == ':' {
			return true
		}
		if strings.IndexByte(".?!", text[i]) < 0 {
			return false
		}
		j := sentenceNext(text, i)
		return j >= 0 && stopEnds(text, i, text[j:])
	}
	for i := s.start - 1; i >= 0; i-- {
		if ends(i) {
			from = i + 1
			break
		}
	}
	for i := s.end; i < len(text); i++ {
		if ends(i) {
			to = i
			break
		}
	}
	sent := text[from:to]
	var toks []clauseTok
	ws, ms := wordSpans(sent), asideOrBracketRE.FindAllStringIndex(sent, -1)
	for len(ws) > 0 || len(ms) > 0 {
		if len(ms) == 0 || len(ws) > 0 && ws[0][0] < ms[0][0] {
			toks = append(toks, clauseTok{w: strings.ToLower(sent[ws[0][0]:ws[0][1]]), start: from + ws[0][0]})
			ws = ws[1:]
			continue
		}
		toks = append(toks, clauseTok{w: sent[ms[0][0]:ms[0][1]], start: from + ms[0][0], mark: true, opener: -1, closer: -1})
		ms = ms[1:]
	}
	var marks []string
	var at []int // the index among toks of each of marks
	for i, t := range toks {
		if t.mark {
			marks = append(marks, t.w)
			at = append(at, i)
		}
	}
	for k, j := range asideOpeners(marks) {
		if j < 0 {
			continue
		}
		toks[at[k]].opener = at[j]
		if toks[at[j]].closer < 0 {
			toks[at[j]].closer = at[k] // the first mark after it that it opens
		}
	}
	return toks, slices.IndexFunc(toks, func(t clauseTok) bool { return t.start == s.start })
}

// clauseOpen is where the clause of the word toks[fig] opens, walking
// back over coordinated verb phrases ("opens in 2030 *and will run*") and
// asides (each closing mark's opener): the sentence's start, a relative pronoun or a
// subordinator (one that is also a preposition, "after", only before a
// determiner or pronoun: "after *the* tunnel opens", not "after six years
// of work"), or the subject after a coordinator ("and *the* tunnel will
// run") or a verb that takes a clause or an object and its infinitive
// ("said *the line* will run", "expect *the line* to run").
func clauseOpen(toks []clauseTok, fig int) int {
	for i := fig - 1; i >= 0; i-- {
		t := toks[i]
		if t.mark {
			if t.opener >= 0 {
				i = t.opener
			}
			continue
		}
		opensPhrase := i+1 < fig && !toks[i+1].mark && (articles[toks[i+1].w] || possessives[toks[i+1].w] || pronouns[toks[i+1].w])
		switch {
		case relativePronouns[t.w], subordinators[t.w] && (!prepositions[t.w] || opensPhrase):
			return i
		case conjunctions[t.w] && opensPhrase:
			return i + 1
		case opensPhrase && (lexicon.TakesClause(t.w) || lexicon.IsSayingVerb(t.w) || lexicon.TakesObjectInfinitive(t.w)):
			return i + 1 // a verb's clause or object: "said *the line* will run", "expect *the line* to run"
		}
	}
	return 0
}

// clauseSubject is the head of the subject of the clause that opens at
// toks[open] (clauseOpen) and the index of its predicate's first word (-1
// for none): for a relative pronoun before a verb, the noun it follows
// ("the line*, which* is 38 kilometres long"); else the clause's first
// noun phrase, past a fronted prepositional phrase ("At 2 kilometres,",
// "In 2030,"), its last word before a verb or auxiliary, a preposition
// (the phrase after it hangs on the head: "the *tunnel* under the line
// will run") or an aside; a mark the clause opens on is passed over ("(The
// line will run …)"), a phrase or clause a comma closes before the figure
// is fronted ("Once built, the bridge will run 2 km"), the last word
// before an auxiliary is the head though it may be a verb too ("the twin
// *tunnels* will run"), and the figure's own unit is no head ("A line of
// 38 kilometres"). Where the figure toks[fig] stands in the fronted
// phrase, the predicate is the subject's.
func clauseSubject(toks []clauseTok, open, fig int) (string, int) {
	k := open
	if k < len(toks) && !toks[k].mark && (relativePronouns[toks[k].w] || subordinators[toks[k].w]) {
		if k+1 < len(toks) && !toks[k+1].mark && relativePronouns[toks[k].w] && (isAux(toks[k+1].w) || lexicon.IsVerb(toks[k+1].w) || pastForm(toks[k+1].w)) {
			a := k - 1
			if a >= 0 && toks[a].mark {
				a--
			}
			if a < 0 || toks[a].mark {
				return "", -1
			}
			return toks[a].w, k + 1
		}
		k++
	}
	if k < len(toks) && prepositions[toks[k].w] {
		for c := k + 1; c < len(toks) && !isAux(toks[c].w); c++ {
			if toks[c].w == "," {
				k = c + 1 // a fronted phrase: "At 2 kilometres, the bridge"
				break
			}
		}
	}
	head, inPP := "", false
	for ; k < len(toks); k++ {
		t := toks[k]
		if t.mark {
			if c := t.closer; head != "" && c >= 0 { // (a closer stands after its opener)
				k = c
				continue
			}
			if head == "" { // (inPP only past a head)
				continue // a mark the clause opens on: "(The line will run …)", "— The line …" (25A F4)
			}
			if t.w == "," && fig > k {
				head, inPP = "", false // a fronted phrase or clause closes before the figure's: "Once built, the bridge …" (25A F4)
				continue
			}
			return head, -1
		}
		// the last word before an auxiliary is the subject's noun, though
		// it may be a verb too: "the twin *tunnels* will run", "the Alps
		// *tunnel* will run" (25A F3; not before a past form, "The road
		// *remains* closed": 25D F3)
		nounBeforeVerb := k+1 < len(toks) && !toks[k+1].mark && isAux(toks[k+1].w) && !isAux(t.w)
		switch w := t.w; {
		case k == fig+1 && unitWords["length"][w]:
			// the figure's own unit: "A line of 38 *kilometres*" (25A F5)
		case isAux(w) || head != "" && !nounBeforeVerb && (verbForm(w, head) || w == "to" && k+1 < len(toks) && lexicon.IsVerbBase(toks[k+1].w)):
			if head == "" {
				return "", -1
			}
			return head, k
		case prepositions[w] && head != "":
			inPP = true
		case k == fig && inPP:
			return "", -1 // another noun's: "the tunnel under the 38 km line"
		case inPP || lexicon.IsFunctionWord(w) || k == fig || head != "" && lexicon.IsAdverb(w) && strings.HasSuffix(w, "ly"):
		default:
			head = w
		}
	}
	return head, -1
}

// verbForm reports whether w, after a noun phrase's head, is a verb that
// ends it: a past form ("ran", "opened"), or a verb (lexicon.IsVerb) in
// "-s" ("the line *opens*"), in "-ing" ("a canal *linking* the lakes") or
// after a plural head ("the pipes *run*").
func verbForm(w, head string) bool {
	plural := func(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }
	return pastForm(w) || lexicon.IsVerb(w) && (plural(w) || strings.HasSuffix(w, "ing") || plural(head))
}

// saidQuote is quoteAsked's answer for one candidate and question.
type saidQuote struct {
	s     span
	ok    bool
	asked int
	topic []int // saidTopicTerms of the question
}

// quoteAsked is quoteIn of c and how many of the question's asked terms
// its quotation holds (askedTerms of saidTopicTerms, which it gives too),
// remembered on c for
// q (candMemo): extractAt's look at the sentence before and spanSaid
// after it read the same quotation, analysed once.
func (e *Engine) quoteAsked(q *question, c *cand) saidQuote {
	return remember(&c.said, q, func() saidQuote {
		s, ok := e.quoteIn(q, c)
		if !ok {
			return saidQuote{}
		}
		topic := e.saidTopicTerms(q)
		return saidQuote{s, true, e.askedTerms(q, topic, c.p.Text[s.start:s.end]), topic}
	})
}

// saidContent is s, a span of text shown for "what did X say", or, where
// s ends on a verb of saying outside quotation marks ("Starmer said the
// meeting made “excellent progress” but *cautioned*"), the clause that
// verb reports, "that" and quotation marks before it trimmed ("the
// hardest yards are still ahead"): the answer is what was said, not that
// it was. s where no clause of two words or more follows, or s holds
// more of what the question asks about (saidTopicTerms) than that clause
// ("what did Starmer say about the meeting's progress": "made “excellent
// progress”"); words that say when it was said are not what it was about
// (saidWhenWord). Where s is only an "As X noted" frame, the clause it frames
// (framedClause).
func (e *Engine) saidContent(q *question, text string, s span) span {
	if s.end <= s.start || s.end > len(text) {
		return s
	}
	if r := e.framedAsked(q, text, s); r.end > r.start {
		return r
	}
	last := lastWord(text[s.start:s.end])
	if !lexicon.IsSayingVerb(strings.ToLower(last)) || !strings.HasSuffix(text[s.start:s.end], last) || withinQuotes(text, s.end-1) {
		return s
	}
	r := trimQuoteMarks(text, reportedClause(text, s.end))
	if i := sentenceEndIn(text, s.end, r.end); i >= 0 {
		r.end = i // (what the next sentence says is not what this verb reports)
	}
	if r.end <= r.start || wordCount(text[r.start:r.end]) < 2 || lexicon.IsSayingVerb(strings.ToLower(lastWord(text[r.start:r.end]))) {
		return s // ("but warned, *as officials said*, that …": another's attribution)
	}
	topic := slices.DeleteFunc(e.saidTopicTerms(q), func(i int) bool {
		return q.saidWhenWord(q.terms[i].word) // ("say *on monday*", "*after* the inspection")
	})
	if e.askedTerms(q, topic, text[s.start:s.end]) > e.askedTerms(q, topic, text[r.start:r.end]) {
		return s
	}
	return cutBeforePhrase(text, r, maxShortWords)
}

// framedClause is, where s is only an "As X noted …" frame (it opens on
// "As", a verb of saying stands in it outside quotation marks, and a
// comma follows it: "*As Prime Minister Mark Carney noted ahead of the
// talks*, the process carries significant momentum"), the main clause it
// frames, to its sentence's end or a participle's clause after a comma
// (", indicating …"), cut to a short answer; empty for any other s.
func framedClause(text string, s span) span {
	first, _ := nextWord(text[s.start:s.end])
	if first != "as" || !strings.HasPrefix(text[s.end:], ", ") {
		return span{}
	}
	if !slices.ContainsFunc(wordSpans(text[s.start:s.end])[1:], func(w [2]int) bool {
		return lexicon.IsSayingVerb(strings.ToLower(text[s.start+w[0]:s.start+w[1]])) && !withinQuotes(text, s.start+w[0])
	}) {
		return span{}
	}
	from := s.end + len(", ")
	end := len(text)
	if i := sentenceEndIn(text, from, len(text)); i >= 0 {
		end = i
	}
	end = from + len(beforeParticipleClause(text[from:end])) // ", *indicating* …": a participle's clause adds to the main one
	r := trimQuoteMarks(text, span{from, end})
	r.end = r.start + len(trimEnd(text[r.start:r.end])) // (the sentence's stop is no part of it)
	if wordCount(text[r.start:r.end]) < 2 {
		return span{}
	}
	return cutBeforePhrase(text, r, maxShortWords)
}

// framedAsked is framedClause(text, s) where the question names the
// frame's speaker (namesFramed), else empty (not "As promised, …", which
// names no one).
func (e *Engine) framedAsked(q *question, text string, s span) span {
	if r := framedClause(text, s); r.end > r.start && e.namesFramed(q, text[s.start:s.end]) {
		return r
	}
	return span{}
}

// namesFramed reports whether the question names someone an "As X
// noted …" frame names, and asks nothing else it holds (its words asked
// as asksWithin reads them, its verbs of saying aside, and its titles
// unless the question asks for a name: "what did the tolvik *mayor* note"
// names X by title): it asks what X noted, the clause framed, not who X
// is ("whats the canadian pm called", "whats the tolvik mayor called" ask
// for the name the frame gives). The frame is analysed once, for both.
func (e *Engine) namesFramed(q *question, frame string) bool {
	named, _ := e.nameOf(q.words)
	var aside [][2]int // the words set aside, as byte spans of frame
	for i := 0; i < len(frame); {
		j := i + strings.IndexFunc(frame[i:], unicode.IsSpace)
		if j < i {
			j = len(frame)
		}
		if lw := sayWord(frame[i:j]); j > i && (lexicon.IsSayingVerb(lw) || named == "" && lexicon.IsTitle(lw)) {
			aside = append(aside, [2]int{i, j})
		}
		_, n := utf8.DecodeRuneInString(frame[j:])
		i = j + max(n, 1)
	}
	names := false
	for _, tok := range e.analyze(frame) {
		set := slices.ContainsFunc(aside, func(a [2]int) bool { return tok.Start < a[1] && a[0] < tok.End })
		for _, h := range q.lookup[tok.Term] {
			t := q.terms[h.i]
			if !t.entity && !set {
				return false // (asksWithin)
			}
		}
		names = names || slices.ContainsFunc(q.terms, func(t qterm) bool {
			return t.entity && !isDemonym(t.word) && tok.Term == t.term
		})
	}
	return names
}

// saidWhen reports whether the question word w stands, in the question's
// words, in a phrase a preposition of time or occasion opens
// (occasionPrepositions: "say *after the talks*", "*during* the vote",
// "*following* the storm"): it says when something was said, not what
// about.
// Another preposition ends the phrase, and after a verb of saying a
// topic preposition opens what was said of, which no phrase of it
// says when ("say about life *after the fire*": sayingAt,
// topicPrepositions).
func saidWhen(words []string, w string) bool {
	w = strings.ToLower(w)
	in, said := false, false
	for i, x := range words {
		switch {
		case said && topicPrepositions[x] && (i+1 >= len(words) || !timeWord(words[i+1])):
			return false // (not "say *on monday* after the talks": a time, re-read 28B F4)
		case occasionPrepositions[x]:
			in = true
		case prepositions[x]:
			in = false
		case in && x == w:
			return true
		case sayingAt(words, i):
			said = true
		}
	}
	return false
}

// occasionPrepositions open a phrase of time or occasion, no topic
// (kinds.txt).
var occasionPrepositions = cueSet("occasion-prepositions-words")

// saidWhenWord reports whether the question word w says when what it asks
// was said, not what about: it stands in a phrase of time a preposition
// opens (saidWhen: "after the talks") or is a word of time (saysWhen:
// "on monday", "yesterday"). saidContent and saidTopic read it alike.
func (q *question) saidWhenWord(w string) bool {
	return saidWhen(q.words, w) || saysWhen(q.timePhrases(), q.words, strings.ToLower(w))
}

// spanSaid is extractSpan for "what did X say" questions.
func (e *Engine) spanSaid(q *question, c *cand, anchors []span) span {
	c.strandedCut = span{} // (no mark of an earlier extraction outlives it: final read FJ3, FK7)
	if s := e.saidGap(q, c.p.Text); s.end > s.start {
		return s // "what did X say would be the most critical issue": "land options"
	}
	if q.stranded {
		// "what did X say the guarantees are the key to": the object of
		// the preposition the reported clause asked of leaves open
		if s := e.prepObject(q, c, anchors); s.end > s.start {
			c.strandedCut = cutBeforePhrase(c.p.Text, s, maxShortWords)
			return c.strandedCut
		}
	}
	if m := e.quoteAsked(q, c); m.ok {
		if r := e.reportedOver(q, c.p.Text, m.s, m.asked, m.topic); r.end > r.start {
			// a clause the speaker is reported saying holds more of what
			// is asked than the quotation ("She said *the most urgent
			// needs were drinking water and insulated tents*. “People
			// are sleeping in a football stadium …”" for "what do people
			// need most urgently")
			return r
		}
		return m.s
	}
	s := e.clause(q, c, anchors)
	if r := butReported(c.p.Text, s); r.end > r.start {
		return cutBeforePhrase(c.p.Text, r, maxShortWords)
	}
	// a passive participle of saying opens an aside, nothing said ("the
	// port's engineer, cited *by the regional paper*, said …")
	aside := s.end > s.start && afterSaying(c.p.Text, s.start) && passiveAfter(c.p.Text[s.start:])
	if s.end > s.start && afterSaying(c.p.Text, s.start) && !aside {
		// "Alvial said *the town* had received …": a clause reported after
		// a verb of saying has its own subject, and runs past its auxiliary
		s = reportedClause(c.p.Text, s.start)
		s = cutBeforePhrase(c.p.Text, s, maxShortWords)
	}
	if t := toldThat(c.p.Text, s.start); s.end > s.start && t > s.start {
		// "told *MPs* that …": whom it was told to, not what was said
		s = cutBeforePhrase(c.p.Text, reportedClause(c.p.Text, t), maxShortWords)
	}
	if r := e.saidBeforeSpeaker(q, c.p.Text, s); r.end > r.start {
		// "…, work could be delayed by up to a year, *council officials
		// said*.": the attribution closes the sentence; what was said is
		// the clause before it
		return cutBeforePhrase(c.p.Text, r, maxShortWords)
	}
	if r := e.saidBeforeName(q, c.p.Text, s); r.end > r.start && (s.end <= s.start || s.start < r.start || s.end > r.end) {
		// the speaker is named after the verb of saying ("The pier would
		// reopen, said D'Souza, *the port's engineer*"): what was said is
		// the clause before it, whatever follows the name
		return cutBeforePhrase(c.p.Text, r, maxShortWords)
	}
	if v := e.describedSaying(q.speaker, c); v >= 0 && s.end <= v {
		// the clause after the question's words is the speaker's
		// description ("a dam-safety *engineer who led a review …*"):
		// what the passage reports them saying instead
		if r := reportedClause(c.p.Text, v); wordCount(c.p.Text[r.start:r.end]) >= 2 {
			return cutBeforePhrase(c.p.Text, r, maxShortWords)
		}
	}
	if s.end > s.start && atQuoteClose(c.p.Text[s.end:]) {
		if r := e.reportedSpeech(q, c); r.start <= s.start && s.end < r.end {
			// the words found stand inside the clause the speaker's verb of
			// saying reports and were cut at the close of a word it quotes
			// ("Zelensky said *the talks had “determined” which countries
			// would take the lead*"): what was said is that clause, whole
			return cutBeforePhrase(c.p.Text, r, maxShortWords)
		}
	}
	if s.end <= s.start || aside || e.namesSpeaker(q, c.p.Text[s.start:s.end]) || namedBeforeSaying(c.p.Text, s) || e.inSpeakerSubject(q, c.p.Text, s) {
		// the clause after the question's words is the speaker's own name
		// ("Senator *Patricio Olave*, who …, called for …") or an aside:
		// what the passage reports them saying instead
		if r := e.reportedSpeech(q, c); r.end > r.start {
			return r
		}
	}
	return s
}

// butReported is the second clause a verb of saying reports, where ", but
// that" joins it to the first, which holds span s ("said the town had laid
// 40,000 sandbags since Sunday, *but that the water had simply gone around
// them*"): what the speaker holds against the first is what they say of
// it; an empty span where s is no reported clause or no such clause
// follows it.
func butReported(text string, s span) span {
	if s.start < 0 || s.end <= s.start || s.end > len(text) || !strings.HasPrefix(text[s.end:], butThat) {
		return span{}
	}
	if r := reportedClause(text, s.end+len(butThat)); saidBefore(text, s.start) && wordCount(text[r.start:r.end]) >= 2 {
		return r
	}
	return span{}
}

// continuedSaying is the short answer to "what did X say about Y" from
// the sentence after c's passage, in its paragraph, where that sentence
// goes on with the speaker as a pronoun and a verb of saying ("… said
// 214 people had died. *He cautioned that* both figures were provisional
// …", "She added …") and holds more of what the question asks about
// (saidTopicTerms, by topicNear: its words, or words near them in
// meaning) than c's passage: what the speaker said of that is its
// reported clause. "" where no such sentence follows, or c's passage
// holds as much of what is asked.
func (e *Engine) continuedSaying(q *question, c *cand) string {
	if !ownPassage(c.a, &c.p) || c.p.Seq+1 >= len(c.a.Passages) {
		return ""
	}
	n := c.a.Passages[c.p.Seq+1]
	if n.Block != c.p.Block || n.Kind != c.p.Kind {
		return ""
	}
	pronoun, rest := nextWord(n.Text)
	verb, _ := nextWord(rest)
	if !speakerPronouns[pronoun] || !lexicon.IsSayingVerb(verb) {
		return ""
	}
	topic := e.saidTopicTerms(q)
	if len(topic) == 0 || e.topicNear(q, topic, c.a, c.p.Seq+1) <= e.topicNear(q, topic, c.a, c.p.Seq) {
		return ""
	}
	at, ok := firstSaidClause(n.Text) // (the pronoun's verb)
	if !ok {
		return ""
	}
	r := cutBeforePhrase(n.Text, reportedClause(n.Text, at), maxShortWords)
	if wordCount(n.Text[r.start:r.end]) < 2 {
		return ""
	}
	return shortText(n.Text[r.start:r.end])
}

// topicNear is how much of what a question asks about (topic, indices
// in q.terms) passage seq of a holds, each term by its idf: whole where
// the passage holds it, else as near as it comes in meaning (nearTerm:
// "tallies" is near "figures"); nearness over the topic's terms.
func (e *Engine) topicNear(q *question, topic []int, a *corpus.Article, seq int) float64 {
	toks := e.factsOf(a, &a.Passages[seq]).toks
	var pw []wordVec
	got := 0.0
	for _, i := range topic {
		m := 1.0
		if !slices.ContainsFunc(toks, func(tok index.Token) bool { return q.stands(tok.Term, i) }) {
			m = e.nearTerm(q, i, a, seq, &pw)
		}
		got += m * q.terms[i].idf
	}
	return got
}

// butThat joins a second reported clause to the first, against it.
const butThat = ", but that "

// afterButThat reports whether byte i of text opens a clause that ", but
// that" joins to one a verb of saying reports (butReported).
func afterButThat(text string, i int) bool {
	return i >= 0 && i <= len(text) && strings.HasSuffix(text[:i], butThat) && saidBefore(text, i-len(butThat))
}

// saidBefore reports whether a verb of saying opens a clause before byte i
// of text in the same sentence (no stop nor semicolon between).
func saidBefore(text string, i int) bool {
	for _, at := range saidClauses(text[:i]) {
		if !strings.ContainsAny(text[at:i], ".!?;") {
			return true
		}
	}
	return false
}

// saidBeforeName is, in text, the clause a "what did X say" question's
// speaker is reported saying when the name follows the verb of saying
// after a comma ("*The pier would reopen on Friday*, said Paul D'Souza,
// the port's engineer."): from its sentence's start to that comma,
// whatever follows the name (a description, "on Monday", the sentence's
// end); in the first such sentence when s is empty, else only in the
// sentence that holds span s, the clause already found: a later sentence
// does not displace it ("X said *A*. B, said X." answers A); empty for
// none. A quotation so placed ("…,” said X") is quoteIn's: no bare comma
// ends it.
func (e *Engine) saidBeforeName(q *question, text string, s span) span {
	words := wordSpans(text)
	for k := 1; k+1 < len(words); k++ {
		verb := words[k]
		if !lexicon.IsSayingVerb(strings.ToLower(text[verb[0]:verb[1]])) || withinQuotes(text, verb[0]) || strings.TrimSpace(text[verb[1]:words[k+1][0]]) != "" {
			continue
		}
		if e.speakerAt(q, capitalRun(text, words[k+1:])) < 0 {
			continue // ("said the town would help D'Souza": no name right after the verb)
		}
		before := strings.TrimRightFunc(text[:verb[0]], unicode.IsSpace)
		if !strings.HasSuffix(before, ",") {
			continue
		}
		comma := len(before) - 1
		j := k - 1
		for j > 0 && !sentenceStart(text, words[j][0]) {
			j--
		}
		r := span{words[j][0], comma}
		if words[j][0] >= comma || wordCount(text[r.start:r.end]) < 2 {
			continue
		}
		if s.end <= s.start || s.start >= r.start && s.start < sentenceEnd(text, words, k) {
			return r
		}
	}
	return span{}
}

// beforeSaying reports whether a comma and a finite verb of saying follow
// byte end of text ("The pier would reopen*, said* D'Souza"): what ends
// there is what the one named after the verb said. A participle opens a
// clause of the sentence's own subject (", *hailing* an …", ", *saying*
// …"), no speaker named after it; so does a passive one (sayingVerbNext:
// "The bridge, *said to be* the oldest, …").
func beforeSaying(text string, end int) bool {
	rest := strings.TrimLeftFunc(text[end:], unicode.IsSpace)
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	w, ok := sayingVerbNext(rest[1:])
	return ok && !strings.HasSuffix(w, "ing")
}

// sayingVerbNext is the verb of saying that opens rest past white space,
// lower case, and whether one does as the verb of a speaker named beside
// it: not as a passive past participle (passiveAfter: ", *cited by*
// local media", "*said to be* the oldest"); "told reporters", "explained
// to the council" are still a speaker's.
func sayingVerbNext(rest string) (string, bool) {
	w, after := nextWord(strings.TrimLeftFunc(rest, unicode.IsSpace))
	if !lexicon.IsSayingVerb(w) {
		return "", false
	}
	return w, !passiveAfter(after)
}

// passiveAfter reports whether rest, the words after a past participle,
// make it passive: "by" and its agent ("cited *by* local media"), or "to"
// and a verb where a verb of the sentence's own still follows in it
// ("said *to be* the oldest, *was* shut", "told *to leave*, she *said*":
// finiteVerbIn) or closes the aside after a comma ("said to be the
// oldest in the county, *reopened*": asideClosed), not "to" and whom it was said to ("told *to
// reporters*"), nor "by" and a means or a time ("said *by phone*", "said
// *by Friday*": byAgent), nor "to" and a verb after which the sentence
// has no verb left: the participle is then the speaker's own and the
// infinitive what was said ("Brandt, the county's officer, said *to
// expect closures* until spring").
func passiveAfter(rest string) bool {
	next, after := nextWord(strings.TrimLeftFunc(rest, unicode.IsSpace))
	if next == "by" {
		return byAgent(strings.TrimLeftFunc(after, unicode.IsSpace))
	}
	verb, after := nextWord(strings.TrimLeftFunc(after, unicode.IsSpace))
	if next != "to" || !lexicon.IsVerbBase(strings.TrimRight(verb, ".!?")) {
		return false
	}
	if end := sentenceEndIn(after, 0, len(after)); end >= 0 {
		after = after[:end]
	}
	after = outsideSubordinate(beforeParticipleClause(after))
	return finiteVerbIn(after) || asideClosed(after)
}

// outsideSubordinate is text without its subordinate and relative
// clauses, each from the word that opens it (measureClauseOpeners, the
// subordinators that open clauses, not phrases, and the relative words;
// "until": "delays *that could last weeks*", "the bridge *while
// repairs are under way*", ", *which would last until spring*") to the
// comma that closes it or text's end, the comma kept: their verbs are
// none of the sentence's own ("said to be the oldest *that stands in
// the county*, reopened" keeps ", reopened"). A phrase's opener ("as
// old as", "since 1900": phraseOpeners) cuts nothing, nor "until" before
// a phrase of time ("closed *until Friday* and would reopen": timePhrase).
func outsideSubordinate(text string) string {
	var b strings.Builder
	sub := false
	fields := strings.Fields(text)
	for i, f := range fields {
		w := strings.ToLower(strings.Trim(f, ",;:“”\"‘’'()"))
		if !sub && (measureClauseOpeners[w] || w == "until" && !untilTime(f, fields[i+1:])) {
			sub = true
		}
		if sub && strings.HasSuffix(f, ",") {
			sub = false
			b.WriteString(", ")
			continue
		}
		if !sub {
			b.WriteString(f + " ")
		}
	}
	return b.String()
}

// untilTime reports whether the word f, an "until", and the words rest
// after it open a phrase of time ("until Friday", "until the end of the
// month": timePhrase), not a clause.
func untilTime(f string, rest []string) bool {
	return !strings.HasSuffix(f, ",") && len(rest) > 0 && timePhrase(strings.Join(rest, " "))
}

// beforeParticipleClause is text up to a comma and a present participle
// after it (", *adding* that the bridge would reopen", ", *warning*
// drivers …"; not a preposition in -ing: ", including the mill,":
// participle): a participle clause of the sentence's subject, whose
// words, its own verbs among them, are none of the sentence's; all of
// text where none follows a comma. An -ing word that is a noun too,
// with a singular noun and a tensed verb after it, opens a clause's
// subject, no participle clause (", *building work* resumed", ",
// *shipping traffic* was halted": ingCompound).
func beforeParticipleClause(text string) string {
	for i := 0; i < len(text); i++ {
		if text[i] != ',' {
			continue
		}
		w, rest := nextWord(strings.TrimLeftFunc(text[i+1:], unicode.IsSpace))
		if participle(w) && !ingCompound(w, rest) {
			return text[:i]
		}
	}
	return text
}

// ingCompound reports whether w, an -ing word, with rest, the text after
// it, is the first noun of a compound that a clause's verb follows: w is
// a noun too (knownNoun: "building", "shipping"), the next word a
// lower-case word of the dictionary, no function word, tensed verb or
// plural ("work", "traffic"; not "killing *people* trapped", whose
// plural may be w's object), and the word after it a tensed verb
// (pastOrAuxiliary: "resumed", "was").
func ingCompound(w, rest string) bool {
	if !knownNoun(w) {
		return false
	}
	noun, after := typedWord(strings.TrimLeftFunc(rest, unicode.IsSpace))
	verb, _ := typedWord(strings.TrimLeftFunc(after, unicode.IsSpace))
	return lowerWord(noun) && lexicon.IsWord(noun) && !lexicon.IsFunctionWord(noun) && !pluralNoun(noun) && !pastOrAuxiliary(noun) && pastOrAuxiliary(verb)
}

// asideClosed reports whether text, the rest of a sentence after an
// infinitive, closes the aside it stands in with a comma and a verb, the
// sentence's own ("said to be the oldest in the county*, reopened*"):
// the participle then describes the subject and is passive. A word after
// a comma that is an item of a list (listItemAt: "to expect closures*,
// delays* and detours") is none; the comma after the list may still close
// the aside.
func asideClosed(text string) bool {
	for rest := text; ; {
		i := strings.IndexByte(rest, ',')
		if i < 0 {
			return false
		}
		rest = strings.TrimLeftFunc(rest[i+1:], unicode.IsSpace)
		if listItemAt(rest) {
			continue
		}
		w, _ := nextWord(rest)
		w = strings.ToLower(strings.TrimRight(w, ".!?;:"))
		return w != "" && lexicon.IsVerb(w) && !lexicon.IsVerbBase(w) && !lexicon.IsFunctionWord(w)
	}
}

// listItemAt reports whether the word that opens text, after a comma, is
// an item of a comma list rather than a verb: another comma right after
// it or "and"/"or" next ("closures, *delays*, detours", "closures,
// *plans* and detours"), a verb's -s form as much as a noun; a past form
// there is a verb with its own ("*reopened* and drew crowds").
func listItemAt(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(f[0], ",;:“”\"‘’'()"))
	if w == "" || pastVerb(w) || irregularVerbForm(w) {
		return false
	}
	return strings.HasSuffix(f[0], ",") || len(f) > 1 && (f[1] == "and" || f[1] == "or")
}

// finiteVerbIn reports whether text holds a verb a sentence's subject
// takes: an auxiliary ("was shut", "will reopen") or a verb of saying
// read as a verb where it stands (readAsVerb: "she *said*", not "the
// warden's *report*"); a word of an infinitive's object, mostly a verb
// or not ("to keep *clear* of the weir"), is none. Not tensedVerb: after
// "said to", the infinitive's object is mostly nouns, whose plurals read
// as a present verb's third person ("to expect *delays*, *cuts* or
// *detours*": TestSaidToList fails with it).
func finiteVerbIn(text string) bool {
	return anyWordAfter(text, func(w, before string) bool {
		return auxiliaries[w] || lexicon.IsSayingVerb(w) && readAsVerb(w, before)
	})
}

// anyWordAfter reports whether is holds for a word of text, lower case and
// trimmed of marks as hasVerb trims them, read with the word before it
// ("" for the first).
func anyWordAfter(text string, is func(w, before string) bool) bool {
	before := ""
	for w := range strings.FieldsSeq(strings.ToLower(text)) {
		w = strings.Trim(w, ",.;:“”\"‘’'()")
		if is(w, before) {
			return true
		}
		before = w
	}
	return false
}

// byAgent reports whether rest, the words after a "by", name an agent,
// as a passive's "by" is followed: a determiner or a possessive ("by *the*
// regional paper", "by *the mayor's* office"), a name ("by *Reuters*"), or
// people or a group ("by *officials*"), or what adjectives qualify ("by
// *local* media"); not a time (dateRE, or a phrase whose noun names one:
// timePhrase, "by Friday", "by noon", "by the weekend", "by late next
// week", "by the end of the month", "by Christmas") nor a bare means
// ("by phone", "by email"), nor the subordinator "by the time" ("said by
// the time the talks ended the drivers would …": byTheTime).
func byAgent(rest string) bool {
	if at := dateRE.FindStringIndex(rest); at != nil && at[0] == 0 || byTheTime(rest) {
		return false
	}
	typed, after := typedWord(rest)
	w := strings.ToLower(strings.Trim(typed, ".,;:!?"))
	switch {
	case w == "" || namesTime(w) && !lexicon.IsAdjective(w) && !nameGoesOn(w, after):
		return false
	case nounOpeners[w] || endsGenitive(w):
		return !timePhrase(after)
	case unicode.IsUpper([]rune(typed)[0]):
		return true
	case lexicon.IsAdjective(w):
		// "by local media", not "by early Friday", "by then"
		return !timePhrase(rest)
	}
	return lexicon.IsPersonNoun(w) || lexicon.IsGroupNoun(w) || pluralNoun(w)
}

// byTheTime reports whether rest, the words after a "by", make it the
// subordinator "by the time" (a clause follows: "by the time the talks
// ended"), in any case. English's subordinators are a closed class the
// lexicon's word lists hold one word at a time; this is the one that
// opens with "by", and "time" is no unit timePhrase reads.
func byTheTime(rest string) bool {
	the, after := nextWord(strings.TrimLeftFunc(rest, unicode.IsSpace))
	noun, _ := nextWord(strings.TrimLeftFunc(after, unicode.IsSpace))
	return the == "the" && noun == "time" // (nextWord lower-cases)
}

// timePhrase reports whether text opens with a noun phrase that names a
// time: its noun, past any adjectives ("late next *week*"), names one
// (namesTime), or its noun is a part of what an "of" after it names ("the
// end of the *month*", "the start of *April*"). Empty text names none.
func timePhrase(text string) bool {
	w, after := timeHeadNoun(text)
	if w == "" || namesTime(w) {
		return w != ""
	}
	if next, rest := nextWord(strings.TrimLeftFunc(after, unicode.IsSpace)); next == "of" {
		w, _ = timeHeadNoun(rest)
		return w != "" && namesTime(w)
	}
	return false
}

// nameGoesOn reports whether w, a time's name only by WordNet's
// (lexicon.IsTimeName: "noel", "easter"), is a person's first name here:
// a capitalised word follows that names no time and is a name or no word
// of the dictionary (lexicon.IsName, IsWord: "by Noel Ruiz"; not "by
// Easter Sunday", "by Christmas Eve").
func nameGoesOn(w, after string) bool {
	if timeWord(w) || clockWords[w] || timeUnit(strings.TrimSuffix(w, "s")) {
		return false
	}
	next, _ := typedWord(strings.TrimLeftFunc(after, unicode.IsSpace))
	next = strings.Trim(next, ".,;:!?")
	r, _ := utf8.DecodeRuneInString(next)
	if next == "" || !unicode.IsUpper(r) {
		return false
	}
	lw := strings.ToLower(next)
	return !namesTime(lw) && (lexicon.IsName(lw) || !lexicon.IsWord(lw))
}

// timeHeadNoun is the head noun of the phrase text opens with, past a
// determiner and adjectives ("the *weekend*", "early *Friday*"): a
// compound's last noun ("the night *shift*", "the day *crew*"), lower
// case and trimmed of marks, and the text after it; the last adjective
// where no noun follows them (a function word, a determiner or nothing:
// "by *then* the road …").
func timeHeadNoun(text string) (string, string) {
	w, after := nextWord(strings.TrimLeftFunc(text, unicode.IsSpace))
	w = strings.Trim(w, ".,;:!?")
	if nounOpeners[w] {
		w, after = nextWord(strings.TrimLeftFunc(after, unicode.IsSpace))
		w = strings.Trim(w, ".,;:!?")
	}
	for lexicon.IsAdjective(w) {
		next, rest := nextWord(strings.TrimLeftFunc(after, unicode.IsSpace))
		next = strings.Trim(next, ".,;:!?")
		if next == "" || lexicon.IsFunctionWord(next) || nounOpeners[next] {
			return w, after
		}
		w, after = next, rest
	}
	for {
		typed := text[:len(text)-len(after)] // (after is a suffix of text)
		next, rest := typedWord(strings.TrimLeftFunc(after, unicode.IsSpace))
		next = strings.TrimRight(next, ".!?") // "the night shift." at a sentence's end
		if r, _ := utf8.DecodeLastRuneInString(typed); !unicode.IsLetter(r) || !lowerWord(lastWord(typed)) ||
			!lowerWord(next) || lexicon.IsFunctionWord(next) || !knownNoun(next) {
			return w, after // (not past a mark, nor into a name: "by Friday officials")
		}
		w, after = next, rest
	}
}

// namesTime reports whether w (lower case) names a time: timeWord's days,
// months, parts of the day or the year, years and numbers, a time of day
// by its word (clockWords: "noon"), a unit of time, singular or plural
// (timeUnit: "month", "years"), or a time's name by WordNet
// (lexicon.IsTimeName: a holiday, "christmas", "easter").
func namesTime(w string) bool {
	return timeWord(w) || clockWords[w] || timeUnit(strings.TrimSuffix(w, "s")) || lexicon.IsTimeName(w)
}

// capitalRun is the text of the run of a name's words that opens words
// (spans of text: nameWordAt, capitalised words and a particle between
// two), white space and marks between them kept ("Paul D’Souza" of "Paul
// D’Souza, the port’s engineer", "Ana de Souza" of "Ana de Souza said");
// "" when the first is not capitalised.
func capitalRun(text string, words [][2]int) string {
	word := func(k int) string { return text[words[k][0]:words[k][1]] }
	end := -1
	for k, w := range words {
		if !nameWordAt(word, len(words), k) {
			break
		}
		end = w[1]
	}
	if end < 0 {
		return ""
	}
	return text[words[0][0]:end]
}

// sentenceEnd is where the sentence holding words[k] (spans of text)
// ends: the start of the next word that opens a sentence, or text's end.
func sentenceEnd(text string, words [][2]int, k int) int {
	for _, w := range words[k+1:] {
		if sentenceStart(text, w[0]) {
			return w[0]
		}
	}
	return len(text)
}

// atQuoteClose reports whether rest opens with a closing quotation mark.
func atQuoteClose(rest string) bool {
	return strings.HasPrefix(rest, `"`) || strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, "’")
}

// askedTerms is how many terms of the question text holds, other than
// its speaker's words and its verb of saying: of what is asked about.
func (e *Engine) askedTerms(q *question, asked []int, text string) int {
	toks := e.analyze(text)
	n := 0
	for _, i := range asked {
		if slices.ContainsFunc(toks, func(tok index.Token) bool { return q.stands(tok.Term, i) }) {
			n++
		}
	}
	return n
}

// saidTopicTerms are the indexes of a "what did X say" question's terms that
// say what is asked about: not its verb of saying, and no word of X's
// (a whole word of it, or its name however spelled: "war" is no word of
// "Howard").
func (e *Engine) saidTopicTerms(q *question) []int {
	return e.saidAbout(q, q.speaker)
}

// reportedSubject reports whether a clause opens as one with its own
// subject does: past a "that", on a determiner or a subject pronoun
// (reasons.go's subjectOpeners), a capitalised word or a figure ("the most urgent needs were …", "it
// remained …"); not on a preposition or a subordinator ("ahead of the
// talks", "while details …").
func reportedSubject(s string) bool {
	w, rest := typedWord(s) // as typed: a name is told by its capital
	if strings.EqualFold(w, "that") {
		w, _ = typedWord(rest)
	}
	return subjectOpeners[strings.ToLower(w)] || isCapital(w) || w != "" && isDigit(w[0])
}

// reportedOver is, in text (a passage, or the sentence before one whose
// quotation X speaks), the clause reported after a verb of saying whose
// subject is the speaker a "what did X say" question asks about (by name,
// or "he", "she", "they"), outside the span quote, when it holds more of
// the question's other terms than the quotation found, which holds
// inQuote; empty for none.
func (e *Engine) reportedOver(q *question, text string, quote span, inQuote int, asked []int) span {
	words := wordSpans(text)
	for k := 1; k < len(words); k++ {
		w := words[k]
		if w[0] >= quote.start && w[1] <= quote.end || !lexicon.IsSayingVerb(strings.ToLower(text[w[0]:w[1]])) {
			continue
		}
		if !e.saidBySpeaker(q, text, words, k) {
			continue // (not "It said", a body's; not "I said" in another's quotation)
		}
		r := reportedClause(text, w[1])
		if r.end <= r.start || r.start < quote.end && r.end > quote.start || wordCount(text[r.start:r.end]) < minCutWords || !reportedSubject(text[r.start:r.end]) {
			continue // ("noted *ahead of the talks*", "referring *to countries …*": no clause reported)
		}
		if e.askedTerms(q, asked, text[r.start:r.end]) > inQuote {
			return cutBeforePhrase(text, r, maxShortWords)
		}
	}
	return span{}
}

// saidBySpeaker reports whether the verb of saying words[k] of text
// (k ≥ 1) stands outside quotation marks right after the name of the
// speaker a "what did X say" question asks about, or after "he", "she",
// "they": not "It said", a body's, nor "I said" in another's quotation.
func (e *Engine) saidBySpeaker(q *question, text string, words [][2]int, k int) bool {
	subj := text[words[k-1][0]:words[k-1][1]]
	return (speakerPronouns[strings.ToLower(subj)] || e.speakerWord(q.speaker, subj)) && !withinQuotes(text, words[k][0])
}

// speakerWord reports whether w, a word of a passage, is who's: a word of
// who's name however spelled, or of the name of the one who's title names
// (titledSpeaker).
func (e *Engine) speakerWord(who, w string) bool {
	return e.sameName(who, w) || e.titledSpeaker(who, w)
}

// saidGap is, in text, the part of a clause the speaker is reported
// saying (reportedClause) that a "what did X say Y" question leaves open,
// where Y is itself part of such a clause (saidAsked): its subject where
// Y is a predicate whose words the clause's predicate holds ("say *would
// be the most critical issue*": "*land options* will be the most critical
// issue"), its predicate where Y is a subject followed by "did" or "do"
// whose words the clause's subject holds ("say *the flood wall* did":
// "the flood wall *had kept the water out*"); empty for none.
func (e *Engine) saidGap(q *question, text string) span {
	asked, wantSubject := saidAsked(q.words)
	if len(asked) == 0 {
		return span{}
	}
	want := e.analyze(strings.Join(asked, " "))
	if len(want) == 0 {
		return span{}
	}
	words := wordSpans(text)
	for k := 1; k < len(words); k++ {
		if !lexicon.IsSayingVerb(strings.ToLower(text[words[k][0]:words[k][1]])) || !e.saidBySpeaker(q, text, words, k) {
			continue
		}
		r := reportedClause(text, words[k][1])
		v, head := reportedVerb(text, r)
		if v <= r.start {
			continue
		}
		subj, pred := span{r.start, v}, span{v, r.end}
		if wantSubject && e.holdsAll(text[pred.start:pred.end], want) && !e.holdsAll(text[subj.start:subj.end], want) {
			if s := trimQuoteMarks(text, subj); wordCount(text[s.start:s.end]) <= maxShortWords && s.end > s.start {
				return s
			}
		}
		if !wantSubject && e.holdsAll(text[subj.start:head], want) && wordCount(text[pred.start:pred.end]) >= 2 {
			return cutBeforePhrase(text, pred, maxShortWords)
		}
	}
	return span{}
}

// saidAsked is, of the question words w ("what did X say Y"), the words
// Y of a clause the question puts after its verb of saying, past a
// "that", and whether Y asks for that clause's subject: Y opens on an
// auxiliary, a modal or a form of "be" ("would be the most critical
// issue"), and is returned past it; or, Y ending on a form of "do" past
// any auxiliary ("the flood wall did", "the council would do"), the
// words before them, a subject whose predicate is asked. Nil for any
// other question ("what did X say", "what did X say about Y").
func saidAsked(w []string) ([]string, bool) {
	rest, ok := saidClause(w)
	if len(w) < 4 || !ok || len(rest) < 2 {
		return nil, false
	}
	if auxiliaries[rest[0]] || beForms[rest[0]] {
		return rest[1:], true
	}
	if n := len(rest); doForms[rest[n-1]] {
		rest = rest[:n-1]
		for len(rest) > 0 && auxiliaries[rest[len(rest)-1]] {
			rest = rest[:len(rest)-1]
		}
		if len(rest) > 0 {
			return rest, false
		}
	}
	return nil, false
}

// saidClause is what the question words w ("what did X say (that) Y")
// put after their first verb of saying, past a "that": Y, maybe empty;
// false for a question of no such form.
func saidClause(w []string) ([]string, bool) {
	if len(w) < 2 || w[0] != "what" {
		return nil, false
	}
	for i := 1; i+1 < len(w); i++ {
		if lexicon.IsSayingVerb(w[i]) {
			rest := w[i+1:]
			if rest[0] == "that" {
				rest = rest[1:]
			}
			return rest, true
		}
	}
	return nil, false
}

// saidStranded reports whether the question words w ("what did X say
// Y") put a clause of three words or more after their verb of saying,
// past a "that" (saidClause), that ends on a stranded preposition ("the
// guarantees are the key *to*", "the fund was *for*"): the clause asks for
// that preposition's object. A clause a preposition opens ("say about the
// fund") is the topic of what was said, none.
func saidStranded(w []string) bool {
	if len(w) < 5 || !strandedPreps[w[len(w)-1]] {
		return false
	}
	rest, ok := saidClause(w)
	return ok && len(rest) >= 3 && !prepositions[rest[0]]
}

// saidPart reports whether span found of text is the part of a reported
// clause a question asks for, as saidGap cuts them: with subject, its
// subject, which a finite verb follows past white space, commas and
// quotation marks where none ends it ("“land options” *will* be …");
// else its predicate, which a finite verb opens ("*had* kept the water
// out"). The verb is one no noun is spelt as (pastOrAuxiliary, not the
// present's "-s": "support", "talks" may be nouns).
func saidPart(text string, found span, subject bool) bool {
	if found.end <= found.start || found.end > len(text) {
		return false
	}
	finite := pastOrAuxiliary
	first, _ := nextWord(text[found.start:found.end])
	if !subject {
		return finite(first)
	}
	next, _ := nextWord(strings.TrimLeft(text[found.end:], " ,\"”’"))
	return !finite(first) && finite(next) && !finite(lastWord(text[found.start:found.end]))
}

// doForms are the forms of "do" that stand for a predicate asked about
// ("what did she say the wall *did*").
var doForms = wordSet("do does did done")

// reportedVerb is the byte offset in text of the finite verb (tensedVerb)
// of its span r, a reported clause opening on its subject, outside
// quotation marks (read in the whole text: r may open past one),
// after its first word: past the verb of a relative clause that follows
// a noun with no "that" ("the wall *the town finished* in 2021 had
// kept …": a determiner or a subject pronoun right after a word that is
// no function word opens it, but not a phrase of time, "the costs *this
// winter* would rise": timePhrase); -1 for none. head is where the
// subject's own words end: where the first such relative clause opens
// ("the wall | the town finished …"), else at the verb.
func reportedVerb(text string, r span) (verb, head int) {
	clause := text[r.start:r.end]
	words := wordSpans(clause)
	contact := false
	head = -1
	for i := 1; i < len(words); i++ {
		w := strings.ToLower(clause[words[i][0]:words[i][1]])
		before := strings.ToLower(clause[words[i-1][0]:words[i-1][1]])
		if (articles[w] || determiners[w] || speakerPronouns[w]) && !lexicon.IsFunctionWord(before) && !tensedVerb(before) && !timePhrase(clause[words[i][0]:]) {
			contact = true
			if head < 0 {
				head = r.start + words[i][0]
			}
			continue
		}
		if withinQuotes(text, r.start+words[i][0]) || !tensedVerb(w) {
			continue
		}
		if contact {
			contact = false // the relative clause's own verb
			continue
		}
		if verb = r.start + words[i][0]; head < 0 {
			head = verb
		}
		return verb, head
	}
	return -1, -1
}

// holdsAll reports whether text holds every term of want (analysed, as
// termSet reads text).
func (e *Engine) holdsAll(text string, want []index.Token) bool {
	terms := e.termSet(text)
	for _, t := range want {
		if !terms[t.Term] {
			return false
		}
	}
	return true
}

// trimQuoteMarks is s of text without the white space, commas and
// quotation marks that open and close it ("“land options” ").
func trimQuoteMarks(text string, s span) span {
	t := text[s.start:s.end]
	l := strings.TrimLeft(t, "\"“‘ ")
	s.start += len(t) - len(l)
	s.end = s.start + len(strings.TrimRight(l, "\"”’ ,"))
	return s
}

// speakerPronouns are the subject pronouns by which news prose carries a
// person named before it as the one who speaks.
var speakerPronouns = pronounSet(lexicon.PersonPronouns)

// withinQuotes reports whether the byte at of text stands inside a
// quotation: after more opening curly marks than closing ones, or after
// an odd number of straight double quotes.
func withinQuotes(text string, at int) bool {
	before := text[:at]
	return quoteDepth(before) > 0 || strings.Count(before, `"`)%2 == 1
}

// namedBeforeSaying reports whether the span s of text is only names set
// off after the question's words and followed by a verb of saying, a
// participle too (", adding …"; a passive one opens a second aside before
// the speaker's verb, ", cited by local media, said …", which
// reportedSpeech reads past): the
// speaker named in apposition ("the bus company, *Wendline Buses*, said
// it would …"), or the speaker's description so set off after their name
// ("Ana Petrak, *the port's engineer*, said …": appositionAfter, after a
// name and holding no verb), not what was said ("By Friday, *the ferries
// will run again*, said …").
func namedBeforeSaying(text string, s span) bool {
	k := commaBefore(text, s.start)
	described := k >= 0 && appositionAfter(", "+text[s.start:]) > 0 && nameEnds(text[:k]) && !verbWhereRead(text[s.start:s.end])
	if !described && !namesOnly(text[s.start:s.end]) {
		return false
	}
	w, _ := sayingVerbNext(strings.TrimLeftFunc(text[s.end:], func(r rune) bool { return r == ',' || unicode.IsSpace(r) }))
	return w != ""
}

// verbWhereRead reports whether text holds a verb as read where it
// stands: an auxiliary, a verb in the past, or a word mostly used as a
// verb where English puts no noun (readAsVerb: not after a determiner, a
// possessive or an adjective, "the harbour's *pilot*", "the county's
// *flood* officer", nor in its base form after a singular noun of a
// phrase they open, "the lake's ferry *pilot*"), or any verb's base form
// right after the plural that ends such a phrase, as a plural subject's
// verb agrees ("the ferry crews *walk* out", though "walk" is mostly a
// noun); a possessive is no verb (hasVerb, with each word read after the
// one before it).
func verbWhereRead(text string) bool {
	phrase := false // a noun phrase opened and not yet ended on a plural
	return anyWordAfter(text, func(w, before string) bool {
		agrees := phrase && pluralNoun(before) && baseVerbForm(w)
		phrase = articles[before] || determiners[before] || possessives[before] || nounPossessive(before) || phrase && before != "" && !strings.HasSuffix(before, "s")
		compound := phrase && lexicon.IsVerbBase(w) // "the lake's ferry *pilot*": a plural's subject takes the base form, "the ferries *stop*"
		return !endsGenitive(w) && (auxiliaries[w] || agrees || readAsVerb(w, before) && !compound || !lexicon.IsVerb(w) && pastVerb(w))
	})
}

// baseVerbForm reports whether w (lower case) may be a verb's base form:
// not an "-s", "-ing" or past form, nor a function word, and a verb by
// verbs.txt or by WordNet's troponyms of its verb sense, which words
// mostly used as nouns have too ("walk", "dock").
func baseVerbForm(w string) bool {
	if pluralNoun(w) || strings.HasSuffix(w, "ing") || pastVerb(w) || lexicon.IsFunctionWord(w) {
		return false
	}
	return lexicon.IsVerbBase(w) || len(lexicon.Related(w, lexicon.Troponym)) > 0
}

// commaBefore is where the comma stands that sets off the words at byte
// at of text, read back past the white space between (a space, two, a
// no-break space: the passage as written); -1 when no comma and at least
// one space stand right before at.
func commaBefore(text string, at int) int {
	i := at
	for i > 0 {
		sp, n := spaceBefore(text, i)
		if !sp {
			break
		}
		i -= n
	}
	if i == at || i == 0 || text[i-1] != ',' {
		return -1
	}
	return i - 1
}

// nameEnds reports whether before, the text up to a comma, ends on a
// name: a run of a name's words after the last mark (nameWordAt,
// capitalised words and a particle between two) whose first is no
// function word ("Ana Petrak", "Ana de Souza", not the fronted "By
// Friday" or "In Kessby").
func nameEnds(before string) bool {
	words := strings.Fields(before[afterLastMark(before, ",;:()—“”\""):])
	word := func(k int) string { return words[k] }
	first := ""
	for k := len(words) - 1; k >= 0 && nameWordAt(word, len(words), k); k-- {
		first = words[k]
	}
	return first != "" && !lexicon.IsFunctionWord(strings.ToLower(first))
}

// namesSpeaker reports whether text holds the name of the one person a
// "what did X say" question's X is ("Patricio Olave" for "the senator").
func (e *Engine) namesSpeaker(q *question, text string) bool {
	return e.speakerAt(q, text) >= 0
}

// speakerAt is where in text the name (its last word) of the one person a
// "what did X say" question's X is first stands, or -1.
func (e *Engine) speakerAt(q *question, text string) int {
	name := strings.Fields(e.titledName(q.speaker))
	if len(name) == 0 {
		return -1
	}
	last := unpossessed(name[len(name)-1])
	for _, w := range wordSpans(text) {
		if word := text[w[0]:w[1]]; (isCapital(word) || !isCapital(last)) && strings.EqualFold(unpossessed(word), last) {
			return w[0] // as a whole word, and a name as a word written as one: not "the rivers" for Rivers, nor "forward" for Ward; "the bus company" as it is
		}
	}
	// the name spelled another way ("Zelenskyy", "Zelensky"): the
	// passage's first word the index takes for the same term
	want := e.analyze(last)
	for _, t := range e.analyze(text) {
		if !isCapital(text[t.Start:t.End]) {
			continue // a name's, not a common noun's ("the river" is no "Rivers")
		}
		if slices.ContainsFunc(want, func(w index.Token) bool { return w.Term == t.Term && !e.titles[w.Term] }) {
			return t.Start
		}
	}
	return -1
}

// reportedSpeech is, in a passage with no quotation of the speaker a "what
// did X say" question asks about, what the passage reports X saying: the
// clause after X's verb of saying ("Senator Patricio Olave, who sits on
// …, *called for an independent inquiry*"; "said" and "that" left out),
// not X's name or title; empty when X has no verb of saying there.
func (e *Engine) reportedSpeech(q *question, c *cand) span {
	text := c.p.Text
	_, v := e.speakerSaying(q, text)
	if v < 0 {
		return span{}
	}
	if t := thatTaken(text, v); t > v {
		v = t // "told *delegates* that …": the clause, not whom it was told to
	}
	s := reportedClause(text, v)
	if n := wordCount(text[s.start:s.end]); n < 2 {
		return span{}
	}
	return cutBeforePhrase(text, s, maxShortWords)
}

// afterThatTaken reports whether byte i of text opens the clause a verb
// of saying before it takes through a "that" after whom it was said to
// (thatTaken: "told delegates that *slow money would …*"; not after a
// preposition, "told reporters on Monday that …").
func afterThatTaken(text string, i int) bool {
	v := sayingBefore(text, i, thatReach+1) // (the word right before i is the "that")
	if v < 0 {
		return false
	}
	t := thatTaken(text, v)
	return t > v && strings.TrimSpace(text[t:i]) == ""
}

// sayingBefore is where the nearest verb of saying among the last reach
// words before byte i of text starts; -1 where none of them is one
// (afterThatTaken, which then reads its thatTaken; toldThat needs the one
// word right before i, whole, and reads it with lastWordAt).
func sayingBefore(text string, i, reach int) int {
	words := wordSpans(text[:i])
	for k := len(words) - 1; k >= 0 && k >= len(words)-reach; k-- {
		if v := words[k][0]; lexicon.IsSayingVerb(strings.ToLower(text[v:words[k][1]])) {
			return v
		}
	}
	return -1
}

// thatTakenWhole reports whether span s of text is the whole clause a
// verb of saying takes through a "that" after whom it was said to
// (afterThatTaken), as reportedSpeech cuts it: not a part of it, which
// the phrase around it completes.
func thatTakenWhole(text string, s span) bool {
	if s.end <= s.start || s.end > len(text) || !afterThatTaken(text, s.start) {
		return false
	}
	r := reportedClause(text, s.start)
	return s.end >= r.end || s.end == cutBeforePhrase(text, r, maxShortWords).end
}

// toldThat is where the clause opens that a verb of saying right before
// byte i of text takes through a "that" after the words at i ("told *MPs
// that* …": thatTaken); -1 where no verb of saying stands right before i
// or it takes no such "that".
func toldThat(text string, i int) int {
	before := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	v, end := lastWordAt(before, len(before))
	if len(before) == i || v < 0 || end != len(before) || !lexicon.IsSayingVerb(strings.ToLower(before[v:])) {
		return -1
	}
	if t := thatTaken(text, v); t > i {
		return t
	}
	return -1
}

// thatTaken is where the clause opens that the verb of saying at byte v of
// text takes through a "that" after whom it was said to ("told
// *delegates* that …", "assured *residents* that …"): past that "that",
// where it stands within thatReach words of the verb and the words
// between hold no mark, no tensed verb (pastOrAuxiliary: "delegates" is no verb
// there) and no preposition but one of a time word ("told reporters *on
// Monday* that …"); v where there is none.
func thatTaken(text string, v int) int {
	words := wordSpans(text[v:])
	for k := 1; k < min(len(words), thatReach+1); k++ {
		w := text[v+words[k][0] : v+words[k][1]]
		if strings.ContainsAny(text[v+words[k-1][1]:v+words[k][0]], ",;:.!?“”\"()—") {
			return v
		}
		if strings.EqualFold(w, "that") {
			if k == 1 {
				return v
			}
			return v + words[k][1]
		}
		if getFold(prepositions, w) && k+1 < len(words) && timeWord(strings.ToLower(text[v+words[k+1][0]:v+words[k+1][1]])) {
			k++ // a time, "told reporters *on Monday* that …", takes no "that"
			continue
		}
		if pastOrAuxiliary(w) || getFold(prepositions, w) {
			return v // (a preposition's noun may take the "that": "referring to Russian demands that …")
		}
	}
	return v
}

// speakerSaying is where in text the one a "what did X say" question's X
// is first named (speakerAt) and where the verb of saying after it whose
// subject X is stands, within reportReach words: not a relative clause's
// verb ("…, who said …" is another's, or says of X), nor a passive
// participle ("…, cited by local media, said …"); -1 for either where
// there is none.
func (e *Engine) speakerSaying(q *question, text string) (int, int) {
	at := e.speakerAt(q, text)
	if at < 0 {
		return -1, -1
	}
	words := wordSpans(text[at:])
	asides := relativeClauses(text)
	for _, w := range words[1:min(len(words), reportReach)] {
		word := text[at+w[0] : at+w[1]]
		if isCapital(word) || !lexicon.IsSayingVerb(strings.ToLower(word)) || within(asides, at+w[0]) || passiveAfter(text[at+w[1]:]) {
			continue
		}
		return at, at + w[0]
	}
	return at, -1
}

// saidBeforeSpeaker is, where span s of text is (in) an attribution that
// closes its sentence after a comma ("*If a judge grants a review, work
// could be delayed by up to a year*, council officials said."), the
// speaker a "what did X say" question asks about its subject and no tensed
// verb in it but the verb of saying (speakerSaying), the words before that
// comma from the sentence's start (their main clause, after the last
// comma, where the whole runs past a short answer): what was said, not
// that it was; empty for none. A quotation so placed ("…,” X said") is quoteIn's: a closing
// quotation mark before the comma leaves it.
func (e *Engine) saidBeforeSpeaker(q *question, text string, s span) span {
	at, v := e.speakerSaying(q, text)
	if v < 0 || s.end <= s.start || s.start < 0 {
		return span{}
	}
	vEnd := v + wordSpans(text[v:])[0][1]
	end := vEnd + attributionTail(text[vEnd:])
	if end < vEnd {
		return span{} // the verb does not close the sentence
	}
	comma := strings.LastIndex(text[:at], ",")
	if comma < 0 || s.start < comma || s.end > end {
		return span{}
	}
	for _, w := range wordSpans(text[comma+1 : v]) {
		if pastOrAuxiliary(text[comma+1+w[0] : comma+1+w[1]]) {
			return span{}
		}
	}
	if strings.ContainsAny(text[comma:v], ".!?;“”\"") {
		return span{}
	}
	from := sentenceStartBefore(text, comma)
	r := span{from, comma}
	if wordCount(text[r.start:r.end]) < 2 || strings.ContainsAny(text[r.start:r.end], "“”\"") {
		return span{}
	}
	if k := strings.LastIndex(text[r.start:r.end], ", "); k >= 0 && wordsOver(text[r.start:r.end], maxShortWords) {
		// too long for a short answer: the main clause after a fronted
		// one ("If a judge grants a review, *work could be delayed by up
		// to a year*"), where it says something of its own
		if main := (span{r.start + k + 2, r.end}); wordCount(text[main.start:main.end]) >= 3 && !wordsOver(text[main.start:main.end], maxShortWords) {
			return main
		}
	}
	return r
}

// attributionTail is how many bytes of rest, the text after an
// attribution's verb of saying, stand before its sentence's stop as a
// phrase a preposition opens, with no mark and no tensed verb in it ("said
// *on Monday*.", "said *in a statement*."): it closes the attribution as
// the verb would; 0 where the stop (or the text's end) follows the verb
// at once, -1 where anything else follows it.
func attributionTail(rest string) int {
	t := strings.TrimLeftFunc(rest, unicode.IsSpace)
	if t == "" || strings.HasPrefix(t, ".") {
		return 0
	}
	stop := strings.Index(t, ".")
	if stop < 0 {
		stop = len(t)
	}
	words := strings.Fields(t[:stop])
	if !getFold(prepositions, words[0]) || strings.ContainsAny(t[:stop], ",;:!?“”\"()—") {
		return -1
	}
	for _, w := range words[1:] {
		if pastOrAuxiliary(w) {
			return -1
		}
	}
	return len(rest) - len(t) + len(strings.TrimRightFunc(t[:stop], unicode.IsSpace))
}

// inSpeakerSubject reports whether span s of text stands in the subject
// of the verb of saying whose speaker a "what did X say" question asks
// about (speakerSaying): between the start of the sentence that names X
// and that verb, where those words hold no tensed verb outside a
// relative clause, so that they are X's name, title and description,
// not what X said ("Ingrid Sævik, regional director … at the UN *Office
// for … Humanitarian Affairs* (OCHA), told delegates that …" for "what
// did the un say": an organisation speaks through the one it describes).
func (e *Engine) inSpeakerSubject(q *question, text string, s span) bool {
	at, v := e.speakerSaying(q, text)
	if v < 0 || s.end <= s.start || s.end > v {
		return false
	}
	from := sentenceStartBefore(text, at)
	if s.start < from {
		return false
	}
	asides := relativeClauses(text)
	for _, a := range asidesOpenedBy(text[from:v], " who ", " which ") { // (and one no comma opens, in the subject: "the mayor *who opened the bridge*, told")
		asides = append(asides, span{from + a.start, from + a.end})
	}
	for _, w := range wordSpans(text[from:v]) {
		if !within(asides, from+w[0]) && pastOrAuxiliary(text[from+w[0]:from+w[1]]) {
			return false
		}
	}
	return true
}

// afterSaying reports whether a verb of saying (and "that") stands right
// before byte i of text.
func afterSaying(text string, i int) bool {
	before := lastFieldsLower(text[:i], 2)
	if n := len(before); n > 0 && before[n-1] == "that" {
		before = before[:n-1]
	}
	return len(before) > 0 && lexicon.IsSayingVerb(before[len(before)-1])
}

// reportedClause is the clause reported after the verb of saying at i
// of text: as clauseFrom, but whole past its own auxiliary ("said *the
// town had received a fraction of the help*"), which has a subject of its
// own and is no second clause, and past a relative clause set off by
// commas where the clause's own verb follows it (subjectAside: "said *the
// road, which was built in 1960, would be clear*").
func reportedClause(text string, i int) span {
	s := trimLead(text, span{i, len(text)})
	rest := text[s.start:]
	end := clauseBreak(rest, 0)
	for {
		close, ok := subjectAside(rest, end)
		if !ok {
			break
		}
		end = clauseBreak(rest, close+1)
	}
	return span{s.start, s.start + len(trimEnd(rest[:end]))}
}

// clauseBreak is where the reported clause rest, read from byte at on,
// ends: at its first clause stop (clauseStops, " - "), or rest's end.
func clauseBreak(rest string, at int) int {
	end := len(rest)
	for _, stop := range append(slices.Clip(clauseStops), " - ") {
		if stop == " which " {
			continue // "said the talks had determined *which* countries would lead": what was said asks it; ", which" stops at its comma
		}
		if j := nextBreak(rest, at, stop); j >= 0 && j < end {
			end = j
		}
	}
	return end
}

// subjectAside reports whether an aside set off by commas opens at byte
// at of text and a finite verb follows its closing comma (tensedVerb:
// ", would be clear"), so that it stands between a clause's subject and
// its verb; and where that comma is. The aside is a relative clause
// (relativeClauses: ", which was built in 1960,") or an apposition, a
// noun phrase an article or a possessive opens, holding no tensed verb,
// after a subject holding none either (", the oldest in the county,").
// An aside that runs to the text's end, or that another clause follows
// (", and …"), is none.
func subjectAside(text string, at int) (int, bool) {
	close := -1
	for _, a := range relativeClauses(text) {
		if a.start == at && a.end < len(text) {
			close = a.end
		}
	}
	if close < 0 && strings.HasPrefix(text[at:], ", ") {
		if j := strings.Index(text[at+2:], ", "); j > 0 {
			inner := text[at+2 : at+2+j]
			first, _ := nextWord(inner)
			first = strings.ToLower(first)
			if wordCount(inner) > 1 && (articles[first] || possessives[first]) &&
				!slices.ContainsFunc(strings.Fields(inner), tensedVerb) && !slices.ContainsFunc(strings.Fields(text[:at]), tensedVerb) {
				close = at + 2 + j
			}
		}
	}
	if close < 0 {
		return 0, false
	}
	next, _ := nextWord(strings.TrimLeftFunc(text[close+1:], unicode.IsSpace))
	return close, tensedVerb(next)
}

// tensedVerb reports whether the word w (marks trimmed, any case) can be
// a clause's finite verb: an auxiliary, a modal, a form of "be", a verb
// in the past or in the present's third person ("would", "was", "died",
// "remains"). It is the passages' reader of a tensed verb; finiteVerbIn
// is narrower on purpose (a verb of an infinitive's object is none), and
// clause.go's finiteVerb reads a question's verb, which a question gives
// in its base form ("did the port *close*").
func tensedVerb(w string) bool {
	return pastOrAuxiliary(w) || presentVerb(strings.ToLower(strings.Trim(w, ".,;:!?")))
}

// pastOrAuxiliary reports whether the word w (marks trimmed, any case) is
// a tensed verb that no plural noun looks like: an auxiliary or a modal
// (auxiliaries holds both), a form of "be", or a verb in the past
// ("were", "would", "died"); tensedVerb without the present's third
// person, whose "-s" a plural noun has too ("tugs", "cuts").
func pastOrAuxiliary(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,;:!?"))
	return auxiliaries[w] || beForms[w] || pastVerb(w)
}

// cutBeforePhrase returns s cut to at most n words: where it runs longer,
// before the last preposition that leaves at least minCutWords of it
// ("the statement showed renewed unity between Europe and the US | on
// helping Ukraine"), else after its n-th word, or before a figure whose
// multiple or unit that word would cut off (cutsFigure). The cut ends on no
// opening quotation mark ("would reopen “as they said …": "would reopen")
// and opens no quotation it does not close where minCutWords words stand
// before it (quoteCut).
func cutBeforePhrase(text string, s span, n int) span {
	words := wordSpans(text[s.start:s.end])
	if len(words) <= n {
		return s
	}
	for i := n; i >= minCutWords; i-- {
		if getFold(prepositions, text[s.start+words[i][0]:s.start+words[i][1]]) {
			return quoteCut(text, span{s.start, s.start + words[i][0]})
		}
	}
	for n > minCutWords && cutsFigure(text, s.start+words[n-1][1]) {
		n-- // (never between a figure and its unit: "would cost $4.2 | million")
	}
	return quoteCut(text, span{s.start, s.start + words[n-1][1]})
}

// quoteCut is the cut c of a clause with the marks a cut leaves trimmed
// from its end (a comma, a dash, an opening quotation mark), and, where
// c opens a quotation that runs on past it (not one it ends at the close
// of: "“one of the strongest we have seen"), cut before that quotation
// (what the speaker is quoted saying is given whole or not at all) where
// minCutWords words stay before it.
func quoteCut(text string, c span) span {
	c.end = c.start + len(strings.TrimRight(text[c.start:c.end], " ,;:—–-“"))
	if strings.HasSuffix(text[c.start:c.end], ` "`) {
		c.end = c.start + len(strings.TrimRight(text[c.start:c.end], ` "`))
	}
	if !withinQuotes(text, c.end) || withinQuotes(text, c.start) || atQuoteClose(text[c.end:]) {
		return c
	}
	open := max(strings.LastIndex(text[c.start:c.end], "“"), strings.LastIndex(text[c.start:c.end], `"`))
	if open < 0 {
		return c
	}
	before := strings.TrimRight(text[c.start:c.start+open], " ,;:—–-")
	if wordCount(before) < minCutWords {
		return c
	}
	return span{c.start, c.start + len(before)}
}

// minCutWords is the fewest words cutBeforePhrase leaves of a clause.
const minCutWords = 4

// reportReach is how many words after a speaker's name reportedSpeech
// looks for the verb of saying: past an apposition ("Calama Mayor Julio
// Quispe, who has slept on a camp bed in a municipal office beside the
// stadium since Tuesday, said …").
const reportReach = 28

// spanOther is extractSpan for the kinds with no span of their own:
// what, why, how and yes/no.
func (e *Engine) spanOther(q *question, c *cand, anchors []span) span {
	if q.kind == KindYesNo {
		return span{} // yes or no is for the passage to say, not a phrase cut from it
	}
	if q.naming {
		if s := e.quotedName(q, c); s.end > s.start {
			return s
		}
		if s, ok := e.namedAs(q, c); ok {
			return s
		}
	}
	if q.figure != "" {
		if s := e.spanFigure(q, c, anchors); s.end > s.start {
			return s // "what share of members voted yes": "78% of the union's members"
		}
	}
	if q.passive != "" {
		if s := passiveSubject(q, c); s.end > s.start {
			return s
		}
	}
	if q.active != "" {
		if s := activeSubject(q, c); s.end > s.start {
			return s // "what forced rescuers to pull back": "a magnitude 5.9 aftershock"
		}
	}
	if q.head != "" {
		// "which operation …": the name that goes with the noun asked about
		if s, ok := e.headName(q, c); ok {
			return s
		}
	}
	if s := e.focusKind(q, c); s.end > s.start {
		return s // "what equipment did the teams bring": "listening devices, thermal cameras and …"
	}
	if s := e.kindInstance(q, c); s.end > s.start {
		return s // "what pay rise do the dockers want": "a 9% pay rise spread over two years"
	}
	if s := e.deed(q, c); s.end > s.start {
		return s // "what will the uk and france do": "will establish military hubs across Ukraine …"
	}
	// a preposition's object within a dozen words; a longer one, the
	// clause cuts better
	if s := e.prepObject(q, c, anchors); s.end > s.start && wordCount(c.p.Text[s.start:s.end]) <= maxShortWords {
		return s
	}
	if s := e.objectList(q, c); s.end > s.start {
		return s // "what are people throwing in the dumpsters": "carpets, drywall, mattresses and fridges"
	}
	return e.clause(q, c, anchors)
}

// onlyQuestionWords reports whether every word of s is one of the
// question's own.
func (e *Engine) onlyQuestionWords(q *question, s string) bool {
	for _, t := range e.analyze(s) {
		if !q.has(t.Term) {
			return false
		}
	}
	return true
}

// modifiersStart is where the words that qualify the noun at byte at of
// text begin ("*listening* devices", "*legally binding* security
// guarantees"): back to a function word, a mark, a name or a verb; a
// word in -ing qualifies unless a form of "be" or a name stands before
// it ("are *seeking* guarantees"), one in -ed after an article ("the
// *armed* forces", not "Merz *demanded* binding guarantees").
func modifiersStart(text string, at int) int {
	start := at
	for {
		before := strings.TrimRight(text[:start], " ")
		w := lastWord(before)
		lw := strings.ToLower(w)
		if w == "" || len(before) == len(text[:start]) || !strings.HasSuffix(before, w) || lexicon.IsFunctionWord(lw) || prepositions[lw] || isCapital(w) || !isLetters(strings.ReplaceAll(w, "-", "")) {
			break // (a word a mark ends, "strong,": the phrase starts after it; a figure counts, "212 ships", and qualifies none)
		}
		if pastVerb(lw) || lexicon.IsVerb(lw) && !strings.HasSuffix(lw, "ly") {
			prevWord := lastWord(strings.TrimRight(before[:len(before)-len(w)], " "))
			prev := strings.ToLower(prevWord)
			participle := strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") && articles[prev]
			if !participle || auxiliaries[prev] || beForms[prev] || isCapital(prevWord) && !lexicon.IsFunctionWord(prev) {
				break // (but "the *armed* forces")
			}
		}
		start = len(before) - len(w)
	}
	return start
}

// appositionOf is the name a description at s of text stands after, set
// off by a comma ("Pieter Hoekstra, the salvage master for …"; "its
// finance director, Rune Kallevik" the other way round is a title before
// the name), and whether there is one.
func (e *Engine) appositionOf(text string, s span) (span, bool) {
	before := text[:s.start]
	if !strings.HasSuffix(before, ", ") || !startsArticle(text[s.start:s.end]) {
		return span{}, false
	}
	for _, n := range e.names(before) {
		if n.end == len(before)-2 && e.personLike(before[n.start:n.end]) {
			return n, true
		}
	}
	return span{}, false
}

// appositionAround is the description set off by a comma, opened by an
// article, that holds s in its clause (", the salvage master for Van
// Oord Wreck & Tow"), and whether there is one.
func appositionAround(text string, s span) (span, bool) {
	i := strings.LastIndex(text[:s.start], ", ")
	if i < 0 || strings.ContainsAny(text[i+2:s.start], ",;:") || !startsArticle(text[i+2:]) {
		return span{}, false
	}
	end := len(text)
	if k := strings.IndexAny(text[s.end:], ",;:"); k >= 0 {
		end = s.end + k
	}
	return span{i + 2, len(strings.TrimRight(text[:end], ". "))}, true
}

// holdsQuestion reports whether text holds every term of the question
// (holdsTerms of them all); none where the question has none.
func (e *Engine) holdsQuestion(q *question, text string) bool {
	if len(q.terms) == 0 {
		return false
	}
	toks := e.analyze(text)
	for i := range q.terms {
		if !termStands(q, toks, i) {
			return false
		}
	}
	return true
}

// startsArticle reports whether s opens with an article ("the salvage
// master", "a local engineer").
func startsArticle(s string) bool {
	w, _ := nextWord(s)
	return getFold(articles, w)
}

// doAuxiliaries are the auxiliaries a "what will X do" question opens with.
var doAuxiliaries = wordSet("will would did does do can could should might must")

// deed answers "what will X do", "what did X do": the predicate the
// passage gives right after X (past the rest of its noun phrase and an
// apposition: predicateStart), a verb or an auxiliary first ("Starmer said
// the UK and France “will establish military hubs …”"), up to its
// clause's end and at most maxShortWords words; empty when the passage
// gives none there.
func (e *Engine) deed(q *question, c *cand) span {
	w := q.words
	k := slices.Index(w, "do")
	if len(w) < 4 || w[0] != "what" || !doAuxiliaries[w[1]] || k < 3 {
		return span{}
	}
	subject := w[2:k]
	for _, x := range subject {
		if x == "to" || lexicon.IsVerb(x) && !e.isName(x) {
			return span{} // "what did the coalition sign up to do": another verb's deed
		}
	}
	end := -1 // where the passage's last word of the subject ends
	c.lookUp(q)
	for _, th := range c.hits {
		tok := c.toks[th.k]
		for _, h := range th.hs {
			if slices.Contains(subject, strings.ToLower(q.terms[h.i].word)) || slices.Contains(subject, strings.ToLower(q.terms[h.i].typed)) {
				end = max(end, tok.End)
			}
		}
	}
	if end < 0 {
		return span{}
	}
	text := c.p.Text
	start := predicateStart(text, end)
	if start < 0 {
		return span{}
	}
	stop := len(text)
	if i := strings.IndexAny(text[start:], ".;”\""); i >= 0 {
		stop = start + i
	}
	words := wordSpans(text[start:stop])
	if len(words) < 2 {
		return span{}
	}
	words = words[:min(len(words), maxShortWords)]
	return span{start, start + words[len(words)-1][1]}
}

// subjectReach is how many words of the passage's subject, past the
// last one the question gives, predicateStart skips to reach its verb.
const subjectReach = 2

// appositionReach is the most words of an apposition, set off by commas,
// predicateStart skips between a subject and its verb.
const appositionReach = 6

// predicateStart is where the predicate of a subject whose word ends at
// byte end of text begins: its verb or auxiliary, right after it, or
// after the rest of the subject's noun phrase — up to subjectReach words
// that are no verb ("A *bakery* in the airport's arrivals *hall* gave
// away …", where the question asks "what did the bakery in arrivals
// do") — and after an apposition set off by commas (", Crumb & Co,");
// -1 when no verb follows there.
func predicateStart(text string, end int) int {
	verbAt := func(at int) int {
		start := at + len(text[at:]) - len(strings.TrimLeft(text[at:], " “\"‘'"))
		first, _ := nextWord(text[start:])
		if first == "" || !auxiliaries[first] && !lexicon.IsVerb(first) {
			return -1
		}
		return start
	}
	at := end
	for k := 0; ; k++ {
		if s := verbAt(at); s >= 0 {
			return s
		}
		rest := text[at:]
		if strings.HasPrefix(rest, ", ") {
			// an apposition: ", Crumb & Co," then the verb
			i := strings.Index(rest[2:], ",")
			if i < 0 || wordCount(rest[2:2+i]) > appositionReach || strings.ContainsAny(rest[2:2+i], ";:.“\"") || holdsVerb(rest[2:2+i]) {
				return -1 // (", which opened in 1990,": a clause of its own)
			}
			return verbAt(at + 2 + i + 1)
		}
		if k == subjectReach || !strings.HasPrefix(rest, " ") {
			return -1
		}
		w, _ := typedWord(rest) // (as typed: "Board" read where it stands, not at a later "board")
		lw := strings.ToLower(w)
		if w == "" || !isLetters(w) || lexicon.IsFunctionWord(lw) || prepositions[lw] || lexicon.IsVerb(lw) || pastVerb(lw) {
			return -1
		}
		at += len(rest) - len(strings.TrimLeft(rest, " “\"‘'")) + len(w) // (typedWord's word opens past those marks)
	}
}

// holdsVerb reports whether s holds a word in lower case that is mostly
// a verb or in the past tense, or a relative pronoun: a clause, where an
// apposition is a noun phrase ("a local man", "Crumb & Co").
func holdsVerb(s string) bool {
	return anyWord(s, ",()", func(w string) bool {
		return relativePronouns[w] || w != "" && !isCapital(w) && (lexicon.IsVerb(w) || pastVerb(w))
	})
}

// focusKind answers a "what X" question whose X the passage does not use
// with the noun phrase the passage gives of that kind, a plural noun
// GloVe puts nearest X (at soft matching's least similarity or nearer),
// with the list it stands in: "listening devices, thermal cameras and
// concrete-cutting saws" for "what equipment did the foreign teams bring".
// Empty when the passage uses X itself (the clause after it answers), or
// no noun of it is that near; but "what kind of X" is answered by X with
// the words that qualify it ("legally binding security guarantees"),
// where the passage gives it some.
func (e *Engine) focusKind(q *question, c *cand) span {
	if q.focus == "" || hasTerm(c.toks, q.focus) && !q.asksKind {
		return span{}
	}
	var focus string
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.term == q.focus {
			focus = strings.ToLower(t.word)
		}
	}
	text := c.p.Text
	best, bestSim := span{}, float32(softMin)
	for _, tok := range c.toks {
		w := strings.ToLower(text[tok.Start:tok.End])
		if tok.Term == q.focus {
			if from := modifiersStart(text, tok.Start); from < tok.Start && bestSim < 1 && !e.onlyQuestionWords(q, text[from:tok.Start]) {
				best, bestSim = span{from, tok.End}, 1 // "legally binding security guarantees" for "what kind of guarantees"
			}
			continue
		}
		if !pluralNoun(w) || q.has(tok.Term) {
			continue
		}
		if sim, ok := lexicon.Default().Similarity(focus, w); ok && bestSim < 1 && sim >= bestSim {
			best, bestSim = span{tok.Start, tok.End}, sim
		}
	}
	if best.end <= best.start {
		return span{}
	}
	start := min(best.start, modifiersStart(text, best.start))
	end := max(listEnd(text, start), best.end)
	if n := wordCount(text[start:end]); n > maxShortWords {
		end = best.end
	}
	return span{start, end}
}

// objectList answers a question that asks for the object of its verb
// ("what are people throwing in the dumpsters", "what can you get at the
// centres": "what", an auxiliary, then its subject and verb) with the
// list of three things or more the passage gives first after the
// question's words, none a name nor the question's own words: what a
// verb is done to, listed, is the thing asked ("filling with carpets,
// drywall, mattresses and fridges"; "help people with applications,
// cleaning kits and counselling", not the places "in Brackenford,
// Ashcombe and Port Lisle"). A pair of things nearer is the object
// rather ("supplying forces with equipment and training and back them up
// with air, land and sea support"): then, as pairs are no lists to trust,
// empty. "what did they do" asks for a deed and "what is X", "what would
// it remain" for what X is, not an object. "who will Elland meet" asks so
// too, where the passage names no one ("police, bus operators and the
// hospital"). Empty when no such list fits a short answer.
func (e *Engine) objectList(q *question, c *cand) span {
	w := q.words
	i := slices.Index(w, "what")
	if q.kind == KindWho {
		i = slices.IndexFunc(w, func(x string) bool { return x == "who" || x == "whom" })
	}
	if i < 0 || i+3 >= len(w) {
		return span{}
	}
	if w[i+1] == "else" {
		i++
	}
	if !auxiliaries[w[i+1]] {
		return span{}
	}
	verb := false
	for _, x := range w[i+2:] {
		if linkingVerbs[x] {
			return span{}
		}
		verb = verb || lexicon.IsVerb(x) && !auxiliaries[x]
	}
	anchors := e.anchors(q, c)
	if !verb || len(anchors) == 0 {
		return span{}
	}
	text := c.p.Text
	for _, co := range coordinations(text) {
		if co.all.start < anchors[0].end {
			continue
		}
		if len(co.items) == 2 && strings.HasSuffix(strings.TrimRight(text[:co.items[1].start], " "), ", and") {
			continue // "along the worst-hit streets, and they were filling with …": two clauses
		}
		if last := lastBefore(anchors, co.all.start); contrastRE.MatchString(text[last:co.all.start]) {
			return span{} // "France said its military would remain the defense line, but allies aim to bolster it through training, …": what the question says is before the contrast
		}
		all := co.all
		marked := verbMarkerBefore(text[:all.start])
		if first := strings.Fields(text[all.start:co.items[0].end]); len(first) > 1 && lexicon.IsVerbBase(strings.ToLower(first[0])) && marked {
			// "to collect medicine, documents and pets", "leave and take
			// their medicine, …": the verb the list is the object of is
			// no item of it; but "supply problems, bad weather and late
			// permits" opens on a noun that is spelled as a verb too
			all.start = co.items[0].start + len(first[0]) + 1
		}
		ok := true
		for k, it := range co.items {
			if k == 0 {
				it.start = all.start
			}
			t := text[it.start:it.end]
			words := strings.Fields(t)
			ok = ok && len(words) <= listItemWords+1 && !e.isName(t) && !slices.ContainsFunc(e.analyze(t), func(tok index.Token) bool { return q.has(tok.Term) })
			// "assign responsibility, and propose remedies": verbs' clauses;
			// but a first item no "to" or "and" precedes opens on a noun
			// ("on supply problems, …")
			ok = ok && !(len(words) > 1 && lexicon.IsVerbBase(strings.ToLower(words[0])) && (k > 0 || marked))
		}
		if !ok {
			continue
		}
		if len(co.items) < 3 || wordCount(text[all.start:all.end]) > maxShortWords {
			return span{}
		}
		return all
	}
	return span{}
}

// verbMarkerBefore reports whether the text before a list ends in "to"
// or "and", where a verb's base form opens the words after ("to collect
// medicine", "leave and take their papers"), not a noun spelled alike.
func verbMarkerBefore(before string) bool {
	w := strings.ToLower(lastWord(strings.TrimRight(before, " ")))
	return w == "to" || w == "and"
}

// lastBefore is where the last of anchors that ends by at ends.
func lastBefore(anchors []span, at int) int {
	end := 0
	for _, a := range anchors {
		if a.end <= at {
			end = max(end, a.end)
		}
	}
	return end
}

// contrasts are the words that open a clause set against the one before
// it, which a yes/no's window keeps (keyWords); not "while", as often a
// time as a contrast ("while Croatia and Poland said …" opens on the
// clause's subject).
var contrasts = wordSet("but yet although though whereas")

// contrastRE is a conjunction that opens a clause set against the one
// before it: what follows says something else than what that clause said
// (contrasts, and "while").
var contrastRE = regexp.MustCompile(`(?i)\b(?:` + strings.Join(slices.Sorted(maps.Keys(contrasts)), "|") + `|while)\b`)

// linkingVerbs ask, after "what" and an auxiliary, for what the subject
// is or does ("what is X", "what would it remain", "what did they do"),
// not for an object of theirs.
var linkingVerbs = wordSet("be been being become became remain remained seem seemed look sound mean means do")

// strandedPreps are the prepositions a question may end on, leaving what
// it asks for as their object ("what is the fund *for*", "what were they
// talking *about*"): a closed class of English.
var strandedPreps = map[string]bool{"for": true, "about": true, "with": true, "to": true, "from": true, "on": true, "against": true, "into": true, "of": true, "at": true, "by": true, "over": true}

// prepReach is how many words may stand between the question's words in
// a passage and the preposition that takes what is asked for ("fund of
// 900 billion pesos (about $950 million) *for*").
const prepReach = 8

// prepObject answers a question that ends on a preposition with what the
// passage puts after that preposition, close after the question's last
// word before it (or, where the passage lacks that word, after any of the
// question's words): "what is the emergency fund for" is answered
// "shelter, water and the first stage of reconstruction" by "an emergency
// fund of 900 billion pesos … for shelter, water and the first stage of
// reconstruction". A list that opens there is taken whole. Empty when no
// such preposition follows.
func (e *Engine) prepObject(q *question, c *cand, anchors []span) span {
	if len(q.words) < 3 || !strandedPreps[q.words[len(q.words)-1]] || len(q.terms) == 0 {
		return span{}
	}
	text := c.p.Text
	last := q.terms[len(q.terms)-1]
	var own []span // where the word before the preposition stands
	for _, tok := range c.toks {
		if tok.Term == last.term || slices.Contains(last.alts, tok.Term) {
			own = append(own, span{tok.Start, tok.End})
		}
	}
	if len(own) > 0 {
		anchors = own
	}
	if len(anchors) == 0 {
		return span{}
	}
	prep := " " + q.words[len(q.words)-1] + " "
	lower := lowerASCII(text) // offsets in lower are offsets in text
	for i := range uses(lower, prep) {
		at := i + len(prep)
		near := false
		for _, a := range anchors {
			near = near || a.end <= at && wordCount(text[a.end:at]) <= prepReach+1
		}
		if !near {
			continue
		}
		s := trimLead(text, span{at, len(text)})
		if m := numberRE.FindStringIndex(text[at-len(prep)+1:]); m != nil && m[0] == 0 {
			continue // "about three hours", "over 400": a quantity, no object
		}
		if end := listEnd(text, s.start); end > s.start && wordCount(text[s.start:end]) <= maxShortWords {
			return span{s.start, end} // "shelter, water and the first stage of reconstruction"
		}
		if end := s.start + clauseStop(text[s.start:], true); end > s.start {
			return span{s.start, s.start + len(trimEnd(text[s.start:end]))} // a long list's first item
		}
	}
	return span{}
}

// listEnd is where a list that opens at start of text ends ("shelter,
// water and the first stage of reconstruction, and said …": after
// "reconstruction"; "diplomacy, politics, and battlefield realities"):
// short items between commas, the last opened by or holding "and" or
// "or"; start when no list opens there (", and" right after the first
// item joins a clause).
func listEnd(text string, start int) int {
	return listEndWithin(text, start, maxShortWords)
}

// listEndWithin is listEnd, its last item cut where a phrase of its own
// opens when the whole list is longer than most words.
func listEndWithin(text string, start, most int) int {
	pos := start + clauseStop(text[start:], true)
	for k := 0; k < 8 && pos < len(text) && text[pos] == ','; k++ {
		rest := text[pos+1:]
		seg := rest[:clauseStop(rest, true)]
		if cut := contactClauseAt(seg); cut > 0 {
			if saysWho(strings.Fields(seg[cut:])) {
				break // "… and Reuters | they said (on Monday)": who said it, a clause, no item
			}
			seg = seg[:cut] // "and the salvage costs | it paid", "the fees | it says it owed": the last item ends before its relative clause
		}
		n := wordCount(seg)
		if n == 0 || n > 8 || saysIn(seg) {
			break // "…, officials in Santiago and Lima said": a clause, no item
		}
		segStart := pos + 1
		pos += 1 + len(seg)
		t := strings.TrimSpace(seg)
		opens := strings.HasPrefix(t, "and ") || strings.HasPrefix(t, "or ")
		if opens && k == 0 {
			break // "robust, and Starmer said …": a clause joined, no list
		}
		if opens || strings.Contains(t, " and ") || strings.Contains(t, " or ") {
			// a list too long for a short answer: its last item ends where
			// a phrase of its own opens ("food and psychological support |
			// for the worst-affected families"); a short one stays whole
			// ("water and access to clean water")
			if cut := lastItemEnd(seg); cut > 0 && wordCount(text[start:pos]) > most {
				pos = segStart + cut
			}
			return start + len(trimEnd(text[start:pos]))
		}
	}
	return start
}

// saysWho reports whether the words of a contact clause (contactClauseAt)
// say who said the list, a pronoun and a verb of saying reporting no
// clause after it ("… and Reuters *they said* (on Monday)"), not a
// relative clause that reports what was said of the item, whose clause
// opens on a subject pronoun, "that", or an auxiliary or past form with
// the item its subject ("the fees it says *it* owed", "… it says *were*
// owed": final re-read 25C F3, 25D F2).
func saysWho(f []string) bool {
	if len(f) < 2 || !lexicon.IsSayingVerb(sayWord(f[1])) {
		return false
	}
	if len(f) == 2 {
		return true
	}
	w := sayWord(f[2])
	return !clausePronouns[w] && w != "that" && !isAux(w) && !pastForm(w)
}

// contactClauseAt is where, in a list's last segment seg ("repairs to the
// bank and the salvage costs it paid"), a relative clause with its "that"
// left out opens after the item "and" or "or" begins: a subject pronoun
// (clausePronouns) right after a word that is no function word and no
// past form of a verb that is no noun too (pastForm, knownNoun), nor a
// past form standing right after the conjunction, no determiner before it
// ("and left *it*"; a noun that is also a verb keeps its clause, "and cash
// *it* raised", and so, unread, does a base verb there, "and take it"), so a noun ("costs *it* paid", not
// "loaded *it*": the verb's object); 0 when none does.
func contactClauseAt(seg string) int {
	at := strings.Index(seg, " and ")
	if o := strings.Index(seg, " or "); at < 0 || o >= 0 && o < at {
		at = o
	}
	if at < 0 {
		return 0
	}
	words := wordSpans(seg[at:])
	for k := 2; k < len(words); k++ {
		w := strings.ToLower(seg[at+words[k][0] : at+words[k][1]])
		prev := strings.ToLower(seg[at+words[k-1][0] : at+words[k-1][1]])
		if clausePronouns[w] && !lexicon.IsFunctionWord(prev) && !conjunctions[prev] && seg[at+words[k-1][1]:at+words[k][0]] == " " &&
			!(pastForm(prev) && !knownNoun(prev)) && !(k == 2 && (pastForm(prev) || verbInflection(prev))) && clauseGoesOn(seg[at:], words, k) {
			return at + words[k-1][1]
		}
	}
	return 0
}

// clauseGoesOn reports whether the subject pronoun at words[k] of text
// (spans, wordSpans) may open a clause: after a noun phrase a determiner
// or a possessive opens ("the (new) reforms *they back*", a verb spelled
// as a particle; "the cash *they*, in turn, raised", a comma cutting the
// clause), or with a word after it that may be its verb, no preposition
// nor particle, which a verb's object has after it ("and loads *it on*
// the bank", "and loads *it up*"), nor the text's end ("and ships *it*,
// officials said"). A relative word after the noun ("the trucks *that*
// carry it up", "those *who*"; not a determiner after another opener,
// "all *that* cash") opens a clause of its own, whose verb the pronoun
// may follow as its object: the walk back to an opener stops there.
func clauseGoesOn(text string, words [][2]int, k int) bool {
	for j := k - 2; j >= 1; j-- {
		d := strings.ToLower(text[words[j][0]:words[j][1]])
		if j > 1 && relativeWordSet[d] && !(determiners[d] && opensNounPhrase(strings.ToLower(text[words[j-1][0]:words[j-1][1]]))) {
			break // "the trucks *that* carry it", "those *who* carry it": the relative clause holds the pronoun
		}
		if opensNounPhrase(d) {
			return true
		}
	}
	if k+1 >= len(words) {
		return false
	}
	next := strings.ToLower(text[words[k+1][0]:words[k+1][1]])
	return !prepositions[next] && !particles[next]
}

// lastItemEnd returns where the last item of a list ends in its segment
// seg ("food and psychological support for the worst-affected families"):
// at the first preposition other than "of" after its "and" or "or", or 0
// when none follows.
func lastItemEnd(seg string) int {
	at := strings.Index(seg, " and ")
	if o := strings.Index(seg, " or "); at < 0 || o >= 0 && o < at {
		at = o
	}
	if at < 0 {
		at = 0
	}
	for i := at + 1; i < len(seg); {
		j := strings.IndexByte(seg[i:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
		w, _, _ := strings.Cut(seg[i:], " ")
		if w != "of" && prepositions[w] { // in lower case: "Doctors Without Borders" runs on
			return i - 1
		}
	}
	return 0
}

// saysIn reports whether a stretch of text holds a verb of saying
// (lexicon.IsSayingVerb): a clause of its own, no item of a list.
func saysIn(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if lexicon.IsSayingVerb(sayWord(w)) {
			return true
		}
	}
	return false
}

// sayWord is a word of a list's segment as saysWho and saysIn read it for
// a verb of saying: lower case, without the marks around it ("said!",
// "“said”").
func sayWord(w string) string {
	return strings.ToLower(strings.Trim(w, ".,;:!?\"“”’"))
}

// anchors are the byte offsets in the passage of the matched question
// terms: where a term stands itself, its synonyms do not count.
func (e *Engine) anchors(q *question, c *cand) []span {
	var out []span
	for _, tok := range c.toks {
		for i := range q.terms {
			t := &q.terms[i]
			// (whether the term itself stands is asked only of a synonym
			// found, seldom: no set of the passage's terms is built for it)
			if tok.Term == t.term || slices.Contains(t.alts, tok.Term) && !hasTerm(c.toks, t.term) {
				out = append(out, span{tok.Start, tok.End})
				break
			}
		}
	}
	return out
}

// verbAnchors are where a candidate holds the question's last word that
// is not a name, if a verb ("sleeping", "landed"), or an irregular form
// of it ("slept" for "sleep", which verbs.txt does not list, the noun
// being commoner: irregularVerbOf): the anchor a place phrase right after
// it answers "where" from. A question that goes on past its verb
// ("treating the hurt at the main clinic") is anchored at the last of its
// words that is a verb, not opened by an article or possessive.
func verbAnchors(q *question, c *cand) []span {
	v := q.verb()
	if v == nil {
		return nil
	}
	w := strings.ToLower(v.word)
	verb := finiteVerb(w) || strings.HasSuffix(w, "ing")
	for i := len(q.terms) - 1; !verb && i >= 0; i-- {
		// the question's last word is no verb ("where were medics
		// treating the hurt *at the main clinic*"): the last word
		// before it that is one, no article nor possessive opening it
		// ("the hurt")
		x := strings.ToLower(q.terms[i].word)
		if k := slices.Index(q.words, x); !q.terms[i].entity && k > 0 && (finiteVerb(x) || strings.HasSuffix(x, "ing")) && !articles[q.words[k-1]] && !possessives[q.words[k-1]] {
			v, w, verb = &q.terms[i], x, true
		}
	}
	var out []span
	for _, tok := range c.toks {
		if verb && tok.Term == v.term || irregularVerbOf(c.p.Text[tok.Start:tok.End], w) {
			out = append(out, span{tok.Start, tok.End})
		}
	}
	return out
}

// irregularVerbOf reports whether a passage's word is an irregular form
// of the question's word w (lower case) as a verb: one WordNet's exception
// lists give w as the base of (lexicon.Inflected: "slept" of "sleep"),
// not w's irregular plural ("feet" of "foot").
func irregularVerbOf(word, w string) bool {
	if !lowerWord(word) || word == w || !slices.Contains(lexicon.Inflected(word), w) {
		return false
	}
	return !lexicon.IsSingularOf(w, word)
}

// nearest returns the candidate span closest to the anchors (the earliest
// on a tie), or an empty span.
func nearest(spans, anchors []span) span {
	best, bestD := span{}, -1
	for _, s := range spans {
		d := 1 << 30
		for _, a := range anchors {
			switch {
			case a.end <= s.start:
				d = min(d, s.start-a.end)
			case a.start >= s.end:
				d = min(d, a.start-s.end)
			default:
				d = 0
			}
		}
		if len(anchors) == 0 {
			d = s.start
		}
		if bestD < 0 || d < bestD {
			best, bestD = s, d
		}
	}
	return best
}

// trimmed drops, from the front of each name span, the words the question
// already says and titles ("French President Emmanuel Macron" asked as "the
// French president" answers "Emmanuel Macron").
func (e *Engine) trimmed(q *question, c *cand, spans []span) []span {
	var out []span
	for _, s := range spans {
		sub := c.p.Text[s.start:s.end]
		toks := e.analyze(sub)
		strip := func(places bool) int {
			k := 0
			for k < len(toks)-1 && (q.has(toks[k].Term) || e.titles[toks[k].Term] || places && e.isPlace(sub[toks[k].Start:toks[k].End])) {
				k++
			}
			return k
		}
		k := strip(true)
		if k < len(toks) && e.isPlace(sub[toks[k].Start:]) {
			k = strip(false) // "Croatia and the Czech Republic" is places all through
		}
		if k > 0 {
			s.start += toks[k].Start
		}
		out = append(out, s)
	}
	return out
}

// wholeWords widens a span that starts or ends inside a hyphenated word
// to the whole word: "Coalition" of "U.S.-Ukraine-Coalition" is no answer,
// the compound is; so is a figure cut at its comma ("3" of "3,500").
func wholeWords(text string, s span) span {
	s = wholeFigure(text, s)
	// a word's last character: a letter, a digit, or the period of
	// initials ("U.S.-Ukraine")
	endsWord := func(i int) bool {
		return letterOrDigit(text[:i], false) || i > 0 && text[i-1] == '.' && letterOrDigit(text[:i-1], false)
	}
	for {
		h, n := utf8.DecodeLastRuneInString(text[:s.start])
		if !hyphen(h) || !endsWord(s.start-n) {
			break
		}
		s.start -= n
		for endsWord(s.start) {
			_, n := utf8.DecodeLastRuneInString(text[:s.start])
			s.start -= n
		}
	}
	for {
		h, n := utf8.DecodeRuneInString(text[s.end:])
		if !hyphen(h) || !letterOrDigit(text[s.end+n:], true) {
			break
		}
		s.end += n
		for letterOrDigit(text[s.end:], true) {
			_, n := utf8.DecodeRuneInString(text[s.end:])
			s.end += n
		}
	}
	return s
}

// wholeFigure widens a span that starts or ends inside a figure written
// with commas or a decimal point ("1,500", "5.9") to the whole figure.
func wholeFigure(text string, s span) span {
	digit := func(i int) bool { return i >= 0 && i < len(text) && isDigit(text[i]) }
	inFigure := func(i int) bool {
		return (text[i] == ',' || text[i] == '.' || text[i] == ':') && digit(i-1) && digit(i+1)
	}
	for s.start > 0 {
		if digit(s.start-1) && digit(s.start) {
			s.start--
		} else if inFigure(s.start-1) && digit(s.start) {
			s.start -= 2
		} else {
			break
		}
	}
	for s.end < len(text) {
		if digit(s.end-1) && digit(s.end) {
			s.end++
		} else if inFigure(s.end) {
			s.end += 2
		} else {
			break
		}
	}
	return s
}

// hyphen reports whether r joins the parts of a compound word: the hyphen
// and the non-breaking hyphen.
func hyphen(r rune) bool { return r == '-' || r == '‑' }

// letterOrDigit reports whether the first rune of s (the last, when
// !first) is a letter or a digit.
func letterOrDigit(s string, first bool) bool {
	var r rune
	if first {
		r, _ = utf8.DecodeRuneInString(s)
	} else {
		r, _ = utf8.DecodeLastRuneInString(s)
	}
	return s != "" && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// withHead extends a span that ends on a word that only modifies a noun
// to that noun: a compound adjective ("four-year" war, "US-led" force) or
// the adjective of a people ("British, French, German, and Ukrainian"
// security advisers). Alone, such a word answers nothing. The noun is the
// lower-case words right after it, at most maxHeadWords, up to a function
// word, a verb of saying or in the past, a compound (taken whole or not at
// all) or a clause break. A verb in the present it cannot tell from a
// noun ("the four-year war ends").
func withHead(text string, s span) span {
	last := lastWord(text[s.start:s.end])
	if !modifierOnly(last) || !strings.HasSuffix(text[s.start:s.end], last) {
		return s
	}
	end := s.end
	for n := 0; n < maxHeadWords && strings.HasPrefix(text[end:], " "); n++ {
		rest := text[end+1:]
		k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
		if k < 0 {
			k = len(rest)
		}
		w := rest[:k]
		if w == "" || isCapital(w) || lexicon.IsFunctionWord(w) || lexicon.IsSayingVerb(w) || pastVerb(w) || strings.HasSuffix(w, "ly") || !lexicon.IsWord(w) {
			break // not "Ukrainian officials *say*"
		}
		if whole := wholeWords(rest, span{0, k}); whole.end > k {
			break // "peace-keeping": the compound whole, or none of it
		}
		end += 1 + k
		if k < len(rest) && rest[k] != ' ' {
			break // "security advisers." : the noun phrase ends with the clause
		}
	}
	if end == s.end {
		return s
	}
	return span{s.start, end}
}

// maxHeadWords is how many words withHead adds at most: a noun and the
// noun before it ("security advisers").
const maxHeadWords = 2

// modifierOnly reports whether w can only modify a noun: a compound
// adjective whose last part is a lower-case word ("four-year",
// "long-range", "US-led"), or a people's adjective ("Ukrainian").
func modifierOnly(w string) bool {
	if i := strings.LastIndexFunc(w, hyphen); i > 0 && i < len(w)-1 {
		_, n := utf8.DecodeRuneInString(w[i:])
		tail := w[i+n:]
		return isLetters(tail) && !isCapital(tail) && !strings.HasSuffix(tail, "s")
	}
	return isDemonym(w) && !strings.HasSuffix(w, "s") // "Ukrainians" are people, not a modifier
}

// extendNoun extends a number with the noun after it: "35" → "35 countries".
func extendNoun(text string, s span) span {
	rest := text[s.end:]
	words := 0
	end := s.end
	i := 0
	for words < 3 {
		j := i
		for j < len(rest) && rest[j] == ' ' {
			j++
		}
		k := j
		for k < len(rest) {
			r, n := utf8.DecodeRuneInString(rest[k:])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			k += n
		}
		if k == j || strings.Trim(rest[j:k], "-") == "" {
			break // no word, or a dash standing alone
		}
		w := strings.ToLower(rest[j:k])
		if stopish[w] || lexicon.IsFunctionWord(w) {
			break
		}
		if pastForm(w) && !(words == 0 && nounAfter(rest[k:])) {
			break // "35 countries", not "35 countries met"; but "100 *oiled* birds"
		}
		end = s.end + k
		i = k
		words++
	}
	start := s.start
	if r, n := utf8.DecodeLastRuneInString(text[:start]); strings.ContainsRune("$€£¥", r) {
		start -= n // "$150 million": the currency is part of the figure
		for start > 0 && text[start-1] >= 'A' && text[start-1] <= 'Z' {
			start-- // "US$75 million", "HK$"
		}
	}
	return span{start, end}
}

// nounAfter reports whether rest opens on a word of substance, as a noun
// after an adjective does ("oiled *birds*"), not on a function word or a
// mark ("died *in* the quake", "died."), a name, a day or an adverb.
func nounAfter(rest string) bool {
	w, _ := typedWord(rest)
	lw := strings.ToLower(w)
	return w != "" && !isCapital(w) && isLetters(w) && !lexicon.IsFunctionWord(lw) && !stopish[lw] && strings.HasPrefix(rest, " ") && !dateRE.MatchString(lw) && !strings.HasSuffix(lw, "ly")
	// (not "100 died *Tuesday*", "12 killed *yesterday*", "freed *early*")
}

var stopish = wordSet("of the a an and or to in on at for by with from that which who as is are was were be been it its their this these those than but would will could")

// contentFirst is a short answer cut short after a speaker's attribution
// ("Tocopilla Mayor Verónica Alvial said the town had received a
// fraction") as what was said, the attribution left to the passage it is
// quoted from: from past "said" or "says", or past the "that" a verb of
// saying takes within a few words ("warned that", "said after the meeting
// that"), as far as a short answer's words and the sentence allow ("the
// town had received a fraction of the help sent to Calama"). The short
// answer as it is when it is whole to its sentence's end, when it does not
// open with a speaker (names and titles, "the mayor", a group of people by
// WordNet, "the union", a pronoun) and such a
// verb, or when what was said is under three words.
func contentFirst(text, short string) string {
	at := strings.Index(text, short)
	if at < 0 {
		return short
	}
	end := at + len(short)
	if rest := strings.TrimLeft(text[end:], " ”’\""); rest == "" || strings.ContainsAny(rest[:1], ".;!?") {
		return short // whole to its sentence's end: nothing cut to make room for
	}
	words := strings.Fields(short)
	// verb, the verb of saying's place among the words; from, where it
	// ends in text, read on the text itself (not on the words re-joined
	// by single spaces: the passage may hold a double space, a tab or a
	// no-break one)
	verb, from := -1, at
	for i, w := range words[:min(len(words), attributionWords+1)] {
		lw := strings.ToLower(w)
		from += strings.Index(text[from:], w) + len(w)
		if i > 0 && lexicon.IsSayingVerb(lw) {
			verb = i
			break
		}
		speaker := pronounSubjects[lw] && i == 0 || lw == "the" && i == 0 || lexicon.IsPersonNoun(lw) || lexicon.IsGroupNoun(lw) ||
			isCapital(w) && !lexicon.IsFunctionWord(lw)
		if !speaker {
			return short // not a speaker's name or title before it: "As Carney noted …", "a promise that …"
		}
	}
	if verb < 0 {
		return short
	}
	after := strings.Fields(text[from:])
	that, thatEnd := -1, from
	for k, w := range after[:min(len(after), thatReach)] {
		thatEnd += strings.Index(text[thatEnd:], w) + len(w)
		if strings.EqualFold(w, "that") {
			that = k
			break
		}
		if strings.ContainsAny(w, ",;:.“”\"") {
			break
		}
		if w[0] >= '0' && w[0] <= '9' && (k == 0 || !getFold(timePreps, after[k-1])) {
			// "said about 850 lorries that normally collect …": a
			// figure after the verb, no date or time of the saying
			// ("said on 5 May that"), opens what was said, and a
			// "that" after it is its noun's (relative), not the verb's
			break
		}
	}
	switch lw := strings.ToLower(words[verb]); {
	case that >= 0:
		from = thatEnd
	case lw != "said" && lw != "says":
		return short // "thanked donors but said …": a deed, not what was said
	}
	stop, n := from, 0
	for w := range strings.FieldsSeq(text[from:]) {
		if n == maxShortWords {
			break
		}
		stop += strings.Index(text[stop:], w) + len(w)
		n++
		if strings.ContainsAny(w[len(w)-1:], ".;!?") {
			break
		}
	}
	if n < 3 {
		return short
	}
	if stop > end && !strings.ContainsAny(text[stop-1:stop], ".;!?") {
		// cut short past the short answer's end: a clause joined there
		// would be left half-said ("… in 2024 because it would", "… in
		// September but would"), and what was said ends before it
		// (a relative or reported clause, "which countries would …",
		// "that normally collect …", says what is said, not another deed;
		// after "and" it is a second one, "…, and that people")
		for _, j := range joinsAt(text[:stop], max(end, from)) {
			if !relativeWord(text[j[0]+1:]) {
				stop = min(stop, j[0])
			} else if w := strings.ToLower(lastWord(text[:j[0]])); conjunctions[w] {
				stop = min(stop, j[0]-len(w))
			}
		}
	}
	if s := shortText(text[from:stop]); s != "" {
		// (cut in its turn: what the cut leaves waiting goes, "…
		// since Sunday, but that")
		if t := trimJoin(trimCutDangling(text, s)); t != "" {
			return t
		}
		return s
	}
	return short
}

// attributionWords is how many words a speaker's attribution may take
// before its verb of saying ("Tocopilla Mayor Verónica Alvial said");
// thatReach how far after the verb its "that" may stand ("said after the
// meeting that").
const (
	attributionWords = 6
	thatReach        = 5
)

// pronounSubjects may stand for a speaker: the subject pronouns but
// "you".
var pronounSubjects = pronounSet(lexicon.SpeakerPronouns)

// withTimeVerb widens phrase s of text, shown around the time at bare that
// answers "when", to the left as far as the verb the time is said of: the
// last past form (or verb after a modal, an auxiliary or "to"; no word
// written as a name) before the time in its clause, with the auxiliaries
// before it ("*pulled* the 229-metre vessel
// free at 1:15 a.m.", "*would be made* within 10 days", not "the 229-metre
// vessel free at 1:15 a.m."). A time answers with the deed it dates; where
// the whole would run past a short answer's words, the phrase ends with the
// time. A participle or a relative clause set off by a comma is shown with
// the noun it qualifies (antecedent): "The Valdane Canal, which opened in
// 1911", "the dam's warning sirens, installed in 1978". s as it is when
// its start holds the verb already, or none stands before the time in its
// clause. A time that opens a timeline's entry, before a colon, is shown
// with the whole entry where it is short ("Thursday, 9:40 p.m.: Sentaro
// identifies the update as the cause").
func withTimeVerb(text string, bare, s span) span {
	if entry := strings.TrimRight(text, " ."); strings.TrimSpace(text[:bare.start]) == "" && strings.HasPrefix(text[bare.end:], ":") && wordCount(entry) <= maxShortWords {
		// a timeline's entry ("Thursday, 9:40 p.m.: Sentaro identifies
		// the update as the cause"): the time with what it dates
		return span{bare.start, len(entry)}
	}
	cl := clauseAround(text, bare, clauseMarks)
	if s.start <= cl.start {
		return s
	}
	words := wordStarts(text[cl.start:bare.start])
	verb := -1
	for i := len(words) - 1; i >= 0; i-- {
		at := cl.start + words[i]
		raw := strings.Trim(firstWord(text[at:]), ",;:.\"“”'’")
		if i > 0 && isCapital(raw) {
			continue // a name ("Mohammed Ahmed", "United"): no verb of the clause
		}
		w := strings.ToLower(raw)
		prev := ""
		if i > 0 {
			prev = strings.ToLower(firstWord(text[cl.start+words[i-1]:]))
		}
		if pastForm(w) || (auxiliaries[prev] || prev == "to") && lexicon.IsVerb(w) && !auxiliaries[w] {
			verb = i
			break
		}
	}
	if verb < 0 {
		return s
	}
	from := verb
	for from > 0 && verbGroup[strings.ToLower(firstWord(text[cl.start+words[from-1]:]))] {
		from-- // "would be made"
	}
	start := cl.start + words[from]
	if verb == 0 || from == 1 && relativeWord(text[cl.start+words[0]:]) {
		// a participle or a relative clause set off by commas: with the
		// noun it qualifies
		if a := antecedent(text, cl.start); a < cl.start {
			start = a // (none: the clause's own first word, not the space before it)
		}
	}
	if start >= s.start {
		return s
	}
	if wordCount(text[start:s.end]) <= maxShortWords {
		return span{start, s.end}
	}
	if wordCount(text[start:bare.end]) <= maxShortWords {
		return span{start, bare.end}
	}
	return s
}

// antecedent is where the noun phrase starts that a clause starting at at
// of text qualifies, set off by a comma ("*The Valdane Canal*, which
// opened in 1911", "Roy said that *the dam's warning sirens*, installed
// in 1978, …"): the words before the comma back to a mark, a verb's word
// (a past form, an auxiliary, a verb of saying) or "that", at most five,
// the first a name's or a determiner's ("the", "its"); at itself when
// there is none. The clause names no subject of its own: the noun before
// it is what it speaks of.
func antecedent(text string, at int) int {
	comma := strings.LastIndex(text[:at], ",")
	if comma < 0 || strings.TrimSpace(text[comma+1:at]) != "" {
		return at
	}
	from := afterLastMark(text[:comma], clauseMarks+".!?")
	if seg := text[from:comma]; strings.HasSuffix(strings.TrimRight(text[:from], " "), ",") && (strings.Contains(seg, " and ") || strings.Contains(seg, " or ") || namesOnly(strings.ReplaceAll(seg, " & ", " and "))) {
		return at // a list's last item or a name in apposition, set off by commas ("in York, Leeds and Hull, reopened", "The bakery, Crumb & Co, opened"): no noun the clause qualifies; after a fronted phrase ("In Leeds, the council, which met") there is one
	}
	starts := wordStarts(text[from:comma])
	first := 0
	for i := len(starts) - 1; i >= 0; i-- {
		w := strings.ToLower(strings.Trim(firstWord(text[from+starts[i]:]), "\"“”'’"))
		if pastForm(w) || verbGroup[w] || lexicon.IsSayingVerb(w) || w == "that" {
			first = i + 1
			break
		}
	}
	if first >= len(starts) || len(starts)-first > 5 {
		return at
	}
	head := firstWord(text[from+starts[first]:])
	if w := strings.ToLower(head); !articles[w] && !possessives[w] && (head == "" || !unicode.IsUpper([]rune(head)[0])) {
		return at
	}
	return from + starts[first]
}

// relativeWord reports whether s opens with a relative pronoun ("which",
// "who", "that").
func relativeWord(s string) bool {
	return relativePronouns[strings.ToLower(firstWord(s))]
}

// relativePronouns open a relative clause.
var relativePronouns = wordSet("which who that")

// verbGroup are the words that stand before a verb in its group: the
// auxiliaries, the forms of "be", and "not".
var verbGroup = wordSet(strings.Join(lexicon.Auxiliaries(), " ") + " be been being not")

// countedShort is the short answer short to a "how many" that names
// what it counts, n of them listed as names in the passage: headed by
// their count ("2: Croatia and the Czech Republic said they would not
// deploy troops"), within maxShortWords with it. Where the count would
// take it past them: the names alone, then namesOf's reading of them in
// the words the count leaves (namesOfList: titles kept where they fit,
// else dropped, "3: Donald Tusk, Emmanuel Macron and Giorgia Meloni");
// where none fits, the answer's first dozen words with the count, cut as
// a caption's are (trimDangling).
func countedShort(n int, short, names string, namesOf func(list string, budget int) string) string {
	head := strconv.Itoa(n) + ": "
	for _, s := range []string{short, names, namesOf(names, maxShortWords-wordCount(head))} {
		if s != "" && wordCount(head+s) <= maxShortWords {
			return head + s
		}
	}
	if wordsOver(head+short, maxShortWords) {
		return trimDangling(firstWords(head+short, maxShortWords))
	}
	return head + short
}

// withWholeList is short, a short answer cut from text, opened at the
// start of the list at span list where short starts inside it, past its
// first items: a list too long for a short answer with what follows it
// loses its first names when cut ("Lars Holm and Dutch Prime Minister
// Anna Visser refused …" of three leaders), and a "how many" counts them
// all. short as it is otherwise.
func withWholeList(text string, list span, short string) string {
	if short == "" || list.start < 0 || list.end > len(text) || list.end-list.start < 2 {
		return short
	}
	at := strings.Index(text[list.start+1:], short)
	if at < 0 {
		return short
	}
	at += list.start + 1
	if at >= list.end {
		return short
	}
	return text[list.start : at+len(short)]
}

// maxAge is the greatest number withAgedName reads as a person's age: no
// one has been recorded older than 122, so a larger number set off after a
// name is a year or a count ("Berg, 2019", "Berg, 1500"), never an age.
const maxAge = 125

// withAgedName widens span s of text, a bare number set off by commas
// (or by a comma and the sentence's end) right after a person's name,
// over that name: the number is the person's age, and the name is what
// says so ("Gerald Comeau, 77, who has lived …" is "Gerald Comeau, 77",
// not "77"). A number past maxAge is none ("written by Jonas Berg,
// 2019."). Otherwise s.
func (e *Engine) withAgedName(text string, s span) span {
	if s.end <= s.start || s.end > len(text) || strings.Trim(text[s.start:s.end], "0123456789") != "" {
		return s
	}
	k := commaBefore(text, s.start)
	if k < 0 {
		return s
	}
	if age, err := strconv.Atoi(text[s.start:s.end]); err != nil || age > maxAge {
		return s
	}
	if rest := text[s.end:]; !strings.HasPrefix(rest, ",") && rest != "." && !strings.HasPrefix(rest, ". ") {
		return s // (set off by a comma after it, or ending the sentence: "said Brandt, 51.")
	}
	before := text[:k]
	for _, n := range e.names(before) {
		if n.end == len(before) && e.personLike(before[n.start:n.end]) {
			return span{n.start, s.end}
		}
	}
	return s
}

// describesOnly reports whether span s of text only names or describes
// someone: names alone ("Save Wend Meadows"), or words within the
// description set off after a person's name ("Kenji Morimoto, *the
// Japanese team leader*, said …"). Such words say who; they answer no
// "how".
func (e *Engine) describesOnly(text string, s span) bool {
	if namesOnly(text[s.start:s.end]) {
		return true
	}
	a, ok := appositionAround(text, s)
	if !ok {
		return false
	}
	_, ok = e.appositionOf(text, a)
	return ok
}

// attributionOnly reports whether short is only an attribution: one verb
// of saying (saidWords) and the one it is said by, names or a personal
// pronoun, and nothing else ("Nwosu said", "said Venning", "she added");
// a day's or a month's name is none ("he said Monday").
// Such words tell who spoke, not what was said.
func attributionOnly(short string) bool {
	saying, by := false, false
	for w := range strings.FieldsSeq(short) {
		w = strings.Trim(w, ",.;:’'\"“”")
		switch lw := strings.ToLower(w); {
		case w == "":
		case saidSet[lw] && !saying:
			saying = true
		case isCapital(w) && !lexicon.IsTimeName(lw) || personalSubjects[lw]:
			by = true // (not a time's name: "he said Monday" tells when)
		default:
			return false
		}
	}
	return saying && by
}

// withItemLabel widens span s of text, a figure right after the label
// that opens a list's item ("United States: $150 million, mostly …"),
// over that label: the item gives the figure as the label's, and the
// label, names alone, is what says whose it is. Otherwise s.
func withItemLabel(text string, s span) span {
	i := strings.Index(text, ": ")
	if i < 0 || s.start != i+len(": ") || s.end <= s.start || !labelled(text) || !namesOnly(text[:i]) {
		return s
	}
	return span{0, s.end}
}
