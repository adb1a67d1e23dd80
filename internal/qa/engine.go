package qa

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// Searcher is the full-text search Ask needs; *index.Index provides it.
type Searcher interface {
	Search(ctx context.Context, q index.Query) ([]index.Hit, error)
	Analyze(text string) []index.Token
	DocFreq(term string) int
	Docs() int
	Synonyms(term string) []string
	NearTerms(word string) []string
}

// Engine answers questions and looks up quotations in one corpus. It is
// safe for concurrent use.
type Engine struct {
	c      *corpus.Corpus
	s      Searcher
	quotes []quoteEntry    // distinct quotations, merged across articles
	qix    *quoteIndex     // how quotations are looked up
	places places          // a gazetteer, to tell places from people
	titles map[string]bool // the analysed terms of titles, which name no one (titleTerms)
	people descriptors
	// peopleMask sieves the words looked up in people (describes reads
	// every word of every candidate there)
	peopleMask *lookMask
	// titleWords maps the analysed words that describe people (people) to
	// a lower-case spelling of theirs, for their nearness in meaning to a
	// question's ("leader" to "prime minister")
	titleWords map[string]string
	// leaders holds, for each person who heads something (surname), how:
	// whether by a body or a title written (leadBy.body), and the words
	// of the things that are no body they lead (leadBy.things)
	leaders map[string]*leadBy
	// alikeTitles maps a question's titles to those of people they may
	// stand for (likeTitles)
	alikeTitles map[string][]string
	// describedBy maps each descriptor (analysed) to the surnames of the
	// people it describes
	describedBy map[string][]string
	// surnames are people's analysed surnames by first letter, for
	// matching a misspelled lower-case name
	surnames map[rune][]string
	// acronyms maps the initials of the articles' names of several words
	// ("eu") to the analysed words of those names (european, union)
	acronyms map[string][]string
	// kin maps the analysed words of a country's name to the others
	// (countryKin): "argentina" to "argentin" (vocabulary.txt's aliases
	// already make "french" and "france" one term)
	kin     map[string][]string
	outlets outlets
	// outletNames are the outlets named in several words ("Andes Wire",
	// "The Atacama Courier"), as analysed
	outletNames []outletName
	// outletTerms maps each analysed word of an outlet's name to the
	// articles (their indexes, ascending) whose outlet's name holds it
	outletTerms map[string][]int
	// authors maps each word of an article's author's name, lower case and
	// folded, to the articles by that author (authors.go); initials maps
	// the first letter of each to true
	authors  map[string][]*corpus.Article
	initials map[string]bool
	memo     *memo
	vocab    vocab // the articles' spellings, for reading questions
	soft     softTerms
	common   []float32 // the direction every text of the articles shares (sentenceVector)
	w        Weights
	heads    *headTerms                         // the articles by the words of their headlines and openings
	event    *eventMemo                         // the words of the coverage's event (eventTerms)
	facts    map[*corpus.Article][]passageFacts // what every question reads of each passage (passageFacts)
	near     *nearTable                         // every passage's vector in one table, for nearPassages
	leads    map[string][]int                   // the articles whose openings hold each term (readLeads)
	// eventDays are the openings that give their event's day in full (readEventDays)
	eventDays []index.Hit
	// wordLengths is each article's length in words (lengthInWords),
	// counted once: "which article is the longest" reads every article's.
	// Counted at New, not on first use as spellings and wordArticles are:
	// it costs little (about 174 ms at 10 000 articles, 1% of start-up;
	// re-read 10A), where the spelling table reads every passage again
	// (the mention table reads the index's postings of each word asked)
	wordLengths map[*corpus.Article]int
	// bulletCues are the [meta-bullets] cues' words analysed (bulletCueText),
	// read once for every list question's description (listDescription)
	bulletCues []index.Token
	// spellings are where each article first writes each word of a name
	// (spellingTable), read on the first "which article spells it X"
	spellings spellingTable
	// wordArticles are the passages that hold each word asked about
	// (mentionTable), read on its first "which articles mention X"
	wordArticles mentionTable
	// lists are the passages that introduce bullets (listTable), read on
	// the first "which article has a bullet list"
	lists listTable
	// rooms holds *rankRoom, the memory a question's candidates are
	// ranked in, each taken by one Ask at a time and handed back when
	// it returns
	rooms sync.Pool
}

// New returns an engine over corpus c, searched with s (an index of c).
func New(c *corpus.Corpus, s Searcher) *Engine {
	e := &Engine{c: c, s: s, memo: newMemo(), w: DefaultWeights(), event: &eventMemo{}}
	e.titles = e.titleTerms()
	e.places = e.loadPlaces()
	e.places.learnPlaces(c)
	e.titleWords = map[string]string{}
	e.leaders = map[string]*leadBy{}
	e.people, e.acronyms = e.readNames()
	e.peopleMask = maskOf(e.people)
	e.kin = e.countryKin()
	for _, d := range e.people {
		withKin(d, e.kin)
	}
	e.describedBy = map[string][]string{}
	for surname, d := range e.people {
		for t := range d {
			e.describedBy[t] = append(e.describedBy[t], surname)
		}
	}
	e.surnames = map[rune][]string{}
	for n := range e.people {
		r := []rune(n)[0]
		e.surnames[r] = append(e.surnames[r], n)
	}
	for _, list := range e.surnames {
		sort.Strings(list) // map order is random; answers are not
	}
	e.outlets, e.outletNames, e.outletTerms = e.readOutlets()
	e.authors, e.initials = readAuthors(c)
	e.heads = e.newHeadTerms()
	e.quotes = e.mergeQuotes()
	e.qix = e.quoteIndex()
	e.alikeTitles = e.likeTitles()
	e.vocab = newVocab(c)
	e.soft = e.newSoftTerms(e.vocab)
	e.common = e.soft.commonDirection(e.vocab)
	e.facts = e.readPassageFacts()
	e.leads = e.readLeads()
	e.eventDays = e.readEventDays()
	e.bulletCues = e.analyze(bulletCueText)
	e.wordLengths = make(map[*corpus.Article]int, len(c.Articles))
	for _, a := range c.Articles {
		e.wordLengths[a] = lengthInWords(a)
	}
	return e
}

// countryKin maps each analysed word of a country's names and the words
// made of them (lexicon.Countries) to the others: a person described as
// "French President" is the president of France asked about as "France's
// president", on any coverage.
func (e *Engine) countryKin() map[string][]string {
	kin := map[string][]string{}
	for _, g := range lexicon.Countries() {
		var terms []string
		for _, w := range g {
			if t := e.analyze(w); len(t) == 1 && !slices.Contains(terms, t[0].Term) {
				terms = append(terms, t[0].Term)
			}
		}
		for _, t := range terms {
			for _, u := range terms {
				if u != t && !slices.Contains(kin[t], u) {
					kin[t] = append(kin[t], u)
				}
			}
		}
	}
	return kin
}

// withKin adds to a set of descriptors the country words kin to those in
// it.
func withKin(d map[string]bool, kin map[string][]string) {
	var add []string
	for t := range d {
		add = append(add, kin[t]...)
	}
	for _, t := range add {
		d[t] = true
	}
}

// Embedded returns an engine over the articles built into the program,
// indexed in memory with the default vocabulary, and the index, to close
// when done with the engine.
func Embedded() (*Engine, io.Closer, error) {
	c, err := corpus.Embedded()
	if err != nil {
		return nil, nil, err
	}
	ix, err := index.Build(c, index.DefaultVocabulary())
	if err != nil {
		return nil, nil, err
	}
	return New(c, ix), ix, nil
}

// SetWeights sets the weights of the ranking and evidence scores (the fit
// tries many); it is not safe to call while the engine answers.
func (e *Engine) SetWeights(w Weights) { e.w = w }

// Corpus returns the articles the engine answers from.
func (e *Engine) Corpus() *corpus.Corpus { return e.c }

// candidates is how many passages bleve retrieves for re-ranking: a chat
// question's answer, paraphrased, often stands below bleve's first ten
// (fifteen raised hit1 on the training sets, refitted, as much as twenty,
// and each candidate costs its re-ranking: twenty-five, not refitted,
// changed no figure on them beyond a question or two).
const candidates = 15

// widensNet reports whether a question retrieves typedCandidates passages:
// it needs its answer's type (kindSpec.needsType: a number, a date, a
// duration, someone's words) and does not ask of the coverage's event,
// whose passages are its first day's (ofFirstEvent). (Who and where,
// which prefer a type without needing it, widened too changed nothing on
// the training and read sets, at a cost: they stay at candidates.)
func widensNet(q *question) bool {
	return specOf(q.kind).needsType && !q.event
}

// typedCandidates is how many passages a question that needs its
// answer's type retrieves (query); rank looks closely at as
// many more in proportion. Measured on the training and read sets against
// 15 (candidates): a gold passage in the first three for 4 questions
// more, 4 more answerable questions answered, 1 more unanswerable one
// declined, one answer's words lost, hit1 the same; at 20, 5 gold
// passages fewer in the first three than at 25; at 30, 3 more
// unanswerable training questions answered. It costs Ask about a tenth
// of its time (AskVsMatch): the extra hits' ids and their ranking.
const typedCandidates = 25

// Ask answers a question from the articles. An error wrapping
// ErrInvalidQuestion means the question itself could not be taken;
// otherwise, when the articles do not answer, Answered is false.
func (e *Engine) Ask(ctx context.Context, question string) (ans Answer, err error) {
	return e.ask(ctx, question, true)
}

// ask is Ask; without neighbours, the top passage is never joined to the
// sentence next to it (withNeighbour): check weighs a claim against the
// sentence that answers its question, not against its neighbour too.
func (e *Engine) ask(ctx context.Context, question string, neighbours bool) (ans Answer, err error) {
	return e.askWeighing(ctx, question, neighbours, true)
}

// askWeighing is ask; without weighEvidence, the answer is built as
// though the evidence let it through (abstention's other rules still
// decline): Explain reads there what the readers of its kind decline
// whatever the evidence (refineKind's declined).
func (e *Engine) askWeighing(ctx context.Context, question string, neighbours, weighEvidence bool) (ans Answer, err error) {
	defer func() {
		// a bug must not take the program down with it; the fuzz test
		// looks for such bugs
		if r := recover(); r != nil {
			ans, err = Answer{Question: question}, fmt.Errorf("qa: ask: internal error: %v", r)
		}
	}()
	text, err := validate(question)
	if err != nil {
		return Answer{Question: question}, err
	}
	words := talkWords(text) // (read once, for small talk and a task)
	if act := smallTalkOf(text, words); act != "" {
		return Answer{Question: text, Kind: KindSmallTalk, SmallTalk: act}, nil // "hi", "thx!", "who are you"
	}
	q := e.analyse(text)
	if asksTask(&q, words) {
		return Answer{Question: text, Kind: KindSmallTalk, SmallTalk: Task}, nil // "write me a poem": task.go
	}
	ans = Answer{Question: text, Kind: q.kind}
	if q.corrected {
		ans.Question, ans.Typed = q.text, text // "Read as: what did Starmer say"
	}
	if a, ok := e.articleTopic(&q); ok {
		return a, nil // "what did amit chaudhary write about": its headline and opening
	}
	if a, ok := e.byline(&q); ok {
		return a, nil
	}
	if a, ok := e.byKind(ctx, &q); ok {
		return a, nil // overviews and the articles' own facts (kinds.go)
	}
	if eq, ok := e.asEvent(&q); ok {
		q = eq // "when did it happen": the event the articles report
		ans.Question, ans.Typed, ans.Kind = q.text, text, q.kind
	}
	if len(q.terms) == 0 {
		return ans, inputErrorf("the question has only common words (such as \"what\" or \"the\"); ask about something the articles might cover")
	}
	hits, err := e.s.Search(ctx, e.query(&q))
	if err != nil {
		return ans, fmt.Errorf("qa: ask: %w", err)
	}
	hits = e.candidateHits(&q, hits)
	room, _ := e.rooms.Get().(*rankRoom)
	if room == nil {
		room = &rankRoom{}
	}
	defer e.rooms.Put(room) // (no candidate outlives the question: the answer holds copies of their passages)
	cands := e.rankNearIn(&q, hits, e.nearPassages(&q, hits), room)
	cands = e.reorderKind(&q, cands) // kinds.go: a reason, a settling sentence first
	if len(cands) == 0 {
		return ans, nil
	}
	ans.Answered = e.abstention(&q, cands, weighEvidence) == "" && !e.undefined(ctx, &q)
	var found span // where in the top passage the short answer was cut
	if ans.Answered {
		ans.Short, found = e.extractAt(&q, cands[0])
	}
	ans.Passages = make([]Hit, 0, min(len(cands), MaxPassages)) // (room for all at once: grown a hit at a time it was made five times)
	for i, c := range cands {
		if len(ans.Passages) == MaxPassages {
			break
		}
		h := e.hit(c)
		if i == 0 && ans.Short != "" {
			if at := strings.Index(h.Text, ans.Short); at >= 0 {
				h.Marks = [][2]int{{at, at + len(ans.Short)}}
			}
		}
		if shown(ans.Passages, h) {
			continue // a sentence shown already, alone or with the one before it
		}
		ans.Passages = append(ans.Passages, h)
	}
	// the names or kinds that count what a "how many" asks where no number
	// does ("Croatia and the Czech Republic", "air, land, and sea domains")
	var enum span
	enumN := 0
	if ans.Answered && q.kind == KindHowMany {
		enum, enumN = e.enumeration(&q, cands[0].p.Text)
	}
	if ans.Answered {
		ans.Sources, ans.Differences = e.corroborate(&q, e.withFigure(ctx, &q, cands, ans.Short), ans.Short)
		// names a "which" question asks for, two or more, with what they
		// did ("which countries declined to send troops"); "who" is
		// answered by the names alone
		names := nameList(ans.Short) && len(q.words) > 0 && (q.words[0] == "which" || q.words[0] == "what")
		listed := enumN >= 2 && cands[0].p.Text[enum.start:enum.end] == ans.Short // the list counts them, as it stands
		if listed && nameList(ans.Short) {
			// names counted say what is counted of them with the
			// predicate they are the subject of, as names a "which"
			// question asks for do ("2: Croatia and the Czech Republic
			// said they would not deploy troops")
			names, listed = true, false
		}
		if ans.Short != "" && !listed && (!namesOnly(ans.Short) || q.kind == KindWhen || q.kind == KindWhere || names) && !q.defines && !(q.asksKind && e.focusKind(&q, cands[0]) == found) && !(q.locates && cands[0].typeOK == 1) && !q.event && !(q.active != "" && activeSubject(&q, cands[0]) == found) && !reportedAnswer(&q, cands[0], found) && !e.durationOfAskedVerb(&q, cands[0], found) && !e.asideAnswer(&q, cands[0], found) {
			// the bare figure, date or words in the phrase that says what
			// they are, where they were found; names answer alone, but
			// one name with its title, and a place or a day ("Friday",
			// "Antofagasta") is shown where it stands ("would fall sharply
			// after Friday", "agreed to meet again in Antofagasta in June")
			at, ok := e.inPhrase(&ans, &q, cands[0], found, names)
			if ok && q.kind == KindSaid {
				if r := e.saidContent(&q, cands[0].p.Text, at); r != at {
					showDeed(&ans, cands[0].p.Text[r.start:r.end]) // "… but cautioned": what was said, not that it was
				} else {
					governed(&ans, cands[0].p.Text, at)
				}
			}
			if ok && q.kind == KindWhat {
				if r := e.framedAsked(&q, cands[0].p.Text, at); r.end > r.start {
					showDeed(&ans, cands[0].p.Text[r.start:r.end]) // "As X noted …, *the process carries …*": not the frame
				}
			}
		} else if ans.Short != "" && namesOnly(ans.Short) && !strings.ContainsAny(ans.Short, ",") && !strings.Contains(ans.Short, " and ") {
			// one name, with the title the passage gives it right before
			// it ("Interior Minister Tomás Villagra")
			withTitle(&ans, cands[0].p.Text, found)
		}
	}
	e.refineKind(&q, cands, &ans) // kinds.go: verdicts, reasons, whole lists, definitions
	e.questionWords(&q, cands, &ans)
	if ans.Answered && ans.Short != "" && len(ans.Passages) > 0 {
		n := maxShortWords
		if ans.Verdict != "" {
			n-- // (the verdict takes a word of the line: "Yes: …")
		}
		if s := e.saidSettles(&q, ans.Passages[0].Text, ans.Short, n); s != "" {
			setShort(&ans, s) // "did X say anything": what X said, not that X said it
		}
	}
	if ans.Answered && ans.Short != "" && ans.Verdict == "" && len(ans.Passages) > 0 && !q.event && e.echoes(&q, ans.Short) {
		// "what did zelensky mean by not everyone is ready": not the
		// question's own words back, but what the sentence goes on to say
		// (the event's words are the articles', not the question's: "where
		// was it" is answered by the place among them)
		setShort(&ans, e.afterEcho(&q, ans.Passages[0].Text, ans.Short))
	}
	if ans.Short != "" && ans.Verdict == "" && len(ans.Items) == 0 && len(ans.Passages) > 0 && !asksYesNo(&q) {
		if t := butInstead(ans.Passages[0].Text, ans.Short); t != ans.Short {
			setShort(&ans, t) // "was not a “make or break” moment *but a pivotal step forward*"
		}
	}
	if ans.Short != "" && ans.Verdict == "" && len(ans.Items) == 0 {
		trim := trimJoin
		if first, _, _ := strings.Cut(ans.Short, " "); asksYesNo(&q) && contrasts[strings.ToLower(first)] {
			// a yes/no keeps the contrast that opens its window: "*but*
			// has avoided specifics" settles it (keyWords keeps it); a
			// conjunction ending it still goes
			trim = trimTrailingJoin
		}
		if t := trim(ans.Short); t != ans.Short && t != "" && len(ans.Passages) > 0 {
			setShort(&ans, t) // "has yet to comment on the Paris meeting and"
		}
		if len(ans.Passages) > 0 {
			if t := trimCutConjunct(ans.Passages[0].Text, ans.Short); t != ans.Short {
				setShort(&ans, t) // "…, triggering massive explosions, and struck"
			}
			if t := trimCutDangling(ans.Passages[0].Text, ans.Short); t != ans.Short {
				setShort(&ans, t) // "… since Tuesday for news of", "… revived proposal for the"
			}
			text := ans.Passages[0].Text
			if at := strings.Index(text, ans.Short); at >= 0 {
				if s := withRightConjunct(text, span{at, at + len(ans.Short)}); s.end > at+len(ans.Short) {
					setShort(&ans, text[s.start:s.end]) // "… containers of fruit, meat and fish"
				}
			}
		}
	}
	if len(ans.Passages) > 0 && ans.Short != "" && ans.Verdict == "" {
		if whole := wholeDegree(ans.Passages[0].Text, ans.Short); whole != ans.Short {
			ans.Short = whole // "than 400 aftershocks": "more than 400 aftershocks"
			ans.Passages[0].Marks = markOf(ans.Passages[0].Text, whole)
		}
	}
	if len(ans.Passages) > 0 && ans.Short != "" && ans.Verdict == "" && len(ans.Items) == 0 {
		if whole := withNoun(ans.Passages[0].Text, ans.Short); whole != ans.Short {
			ans.Short = whole // "with our grandchildren's": "… our grandchildren's money"
			ans.Passages[0].Marks = markOf(ans.Passages[0].Text, whole)
		}
	}
	if len(ans.Passages) > 0 && ans.Short != "" && ans.Verdict == "" && len(ans.Items) == 0 {
		if whole := withInfinitive(ans.Passages[0].Text, ans.Short); whole != ans.Short {
			ans.Short = whole // "…, which declined": "…, which declined to comment"
			ans.Passages[0].Marks = markOf(ans.Passages[0].Text, whole)
		}
	}
	if len(ans.Passages) > 0 && ans.Short != "" {
		if whole := e.wholeNames(ans.Passages[0].Text, ans.Short); whole != ans.Short {
			ans.Short = whole // "Seismological Center placed …": "National Seismological Center placed …"
			ans.Passages[0].Marks = markOf(ans.Passages[0].Text, whole)
		}
	}
	if ans.Short != "" && ans.Verdict == "" && len(ans.Items) == 0 && len(ans.Passages) > 0 && q.kind != KindSaid && q.kind != KindWho && !asksWhoSaid(&q) {
		if s := contentFirst(ans.Passages[0].Text, ans.Short); s != ans.Short {
			setShort(&ans, s) // "the town had received a fraction of the help sent", not "Tocopilla Mayor Verónica Alvial said the town had received a fraction"
		}
	}
	if len(ans.Passages) > 0 {
		if closed := closeQuote(ans.Passages[0].Text, ans.Short); closed != ans.Short {
			ans.Short = closed
			ans.Passages[0].Marks = markOf(ans.Passages[0].Text, closed)
		}
	}
	if wordsOver(ans.Short, maxShortWords) && len(ans.Passages) > 0 {
		if names := e.namesOfList(ans.Short, maxShortWords); names != "" {
			// "Macron, Starmer, Polish Prime Minister Donald Tusk and
			// Italy’s Prime Minister Giorgia Meloni": the names fit a
			// short answer, their titles do not
			ans.Short = names
			ans.Passages[0].Marks = nil
			for _, n := range splitItems(names) {
				if at := strings.Index(ans.Passages[0].Text, n.Text); at >= 0 {
					ans.Passages[0].Marks = append(ans.Passages[0].Marks, [2]int{at, at + len(n.Text)})
				}
			}
		}
	}
	if start := shortStart(ans.Short); start != ans.Short && len(ans.Passages) > 0 {
		// a list too long for a line ("post-ceasefire monitoring;
		// continued military support to Ukraine; possible multinational
		// force deployments (on land, sea, and air); …"): its first items
		// head the answer, the passage marks it whole
		ans.whole, ans.Short = ans.Short, start
	}
	if ans.Answered && q.kind == KindHowMany && ans.Short != "" {
		if text := cands[0].p.Text; enumN >= 2 && ans.Short == text[enum.start:enum.end] {
			if a := withArticle(text, enum); a != enum {
				ans.Short = text[a.start:a.end] // "*the* French and British army chiefs": the kinds counted, as a phrase
			}
		}
		if short := withWholeList(cands[0].p.Text, enum, ans.Short); enumN >= 2 && strings.Contains(short, cands[0].p.Text[enum.start:enum.end]) {
			ans.Short = countedShort(enumN, short, cands[0].p.Text[enum.start:enum.end], e.namesOfList) // "2: Croatia and the Czech Republic", the names counted
		}
	}
	if ans.Answered && asksDeed(&q) && ans.Verdict == "" && len(ans.Items) == 0 && namesOnly(cmp.Or(ans.bare, ans.Short)) {
		e.withDeed(&ans, cands[0].p.Text)
	}
	if neighbours {
		e.withNeighbour(&ans, cands)
	}
	if ans.Answered && q.kind == KindWho && ans.Verdict == "" && len(ans.Items) == 0 {
		if full := e.firstMention(cands[0], ans.Short); full != "" {
			// a surname alone ("Cawley said …" for "who was the police
			// officer …"): the person as the article named them first, in
			// full ("*Inspector Ruth Cawley* of Tarrington Police said
			// …"); the passage keeps the surname marked
			ans.Short, ans.bare = full, ""
		} else if full := e.describedName(cands[0], ans.Short); full != "" {
			// a full name alone: with what the article says the
			// person is ("its deputy chair, Margit Sollen")
			ans.Short, ans.bare = full, ""
		} else if full := e.namedDescription(cands[0], ans.Short); full != "" {
			// a description alone: with the name it describes
			// ("Pieter Hoekstra, the salvage master for …")
			ans.Short, ans.bare = full, ""
		}
	}
	if ans.Answered && asksLeader(&q) && ans.Verdict == "" && len(ans.Items) == 0 && ans.Short != "" {
		withLeading(&ans)
	}
	if ans.Answered && (q.kind == KindWho && len(ans.Items) == 0 || asksWhatWhich(&q) && !q.asksArticle) && ans.Verdict == "" && ans.Short != "" {
		withIncluding(&ans)
	}
	if ans.Answered && ans.Short != "" && ans.Verdict == "" && len(ans.Passages) > 0 && asksWhatWhich(&q) && !q.asksArticle && !q.stranded {
		// (not "what did X say Y is the key to": the object asked for
		// alone, the question's words being its own clause)
		// "which countries offered rescue teams": "Argentina, Peru and
		// Bolivia *offered*", with the question's words next to it
		text := ans.Passages[0].Text
		if at := onlyWholeUse(text, ans.Short); at >= 0 {
			if s := e.withQuestionWords(&q, text, span{at, at + len(ans.Short)}); s.end-s.start > len(ans.Short) {
				showDeed(&ans, text[s.start:s.end]) // the same answer: what was found stays its bare form (a follow-up's "that")
			}
		}
	}
	if q.asksArticle && ans.Answered {
		e.articlesAnswer(ctx, &q, &ans) // "which article mentions Greenland": the articles, by name
	}
	return ans, nil
}

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

// namesOfList is a list of names, each with the title before it, said
// with as few titles as it takes to fit budget words (a short answer's
// dozen, less what heads it), the last names' first ("Macron, Starmer,
// Polish Prime Minister Donald Tusk and Giorgia Meloni"), down to the
// names alone ("Polish Prime Minister Donald Tusk" is "Donald Tusk"); ""
// where even those do not fit.
func (e *Engine) namesOfList(list string, budget int) string {
	for _, co := range coordinations(list) {
		if co.all.start != 0 || co.all.end != len(list) || len(co.items) < 2 {
			continue
		}
		var titled, bare []string
		for _, it := range co.items {
			item := list[it.start:it.end]
			ns := e.names(item)
			if len(ns) == 0 || ns[len(ns)-1].end != len(item) {
				return "" // an item that is no name
			}
			name := item[ns[len(ns)-1].start:]
			titled, bare = append(titled, name), append(bare, name[e.trimmedTitles(name):])
		}
		for k := len(titled) - 1; k >= 0; k-- {
			if s := shortText(joinItems(append(slices.Clone(titled[:k]), bare[k:]...))); s != "" && !wordsOver(s, budget) {
				return s
			}
		}
		return ""
	}
	return ""
}

// namesObjectOf reports whether the word before names makes them its object:
// a preposition that is never a conjunction ("teams *from* Japan and
// Peru"; not "*as* France and the UK pledged …").
func namesObjectOf(before string) bool {
	w := strings.ToLower(before)
	return prepositions[w] && !conjunctionPrepositions[w]
}

// conjunctionPrepositions are the prepositions that also open a clause
// ("as", "after", "before", "since", "until", "till").
var conjunctionPrepositions = wordSet("as after before since until till")

// shownPhrase is the phrase of text that holds the short answer at bare
// (phraseAround, widened, with its left conjuncts): where inPhrase shows
// it, and where askedDeedTimes reads a time's own clause, one chain so
// that the time chosen and the phrase shown cannot drift apart.
func shownPhrase(text string, bare span) span {
	return withLeftConjuncts(text, widened(text, phraseAround(text, bare)))
}

// inPhrase shows the short answer, cut from the span found of c's
// passage, in the phrase that holds it (phraseAround), marked there in the
// top passage; the bare answer is kept for claims (Answer.bare). names:
// the answer is names a "which" question asks for, shown with the
// predicate after them or alone. A time q, a "when" question, asks for is
// shown with the verb it dates (withTimeVerb), in the clause of its own
// time (ownTime), without an attribution where it dates a noun
// (withoutAttribution). It returns where the short answer, shown or bare,
// stands in c's passage; false when it does not stand there.
func (e *Engine) inPhrase(ans *Answer, q *question, c *cand, found span, names bool) (span, bool) {
	text := c.p.Text
	bare, ok := shortIn(text, found, ans.Short)
	if !ok {
		return span{}, false // the answer came from elsewhere (the sentence before)
	}
	s := shownPhrase(text, bare)
	if q.kind == KindHowMany {
		s = e.askedFigureWindow(q, c, bare, s)
	}
	if q.kind == KindWhen {
		s = e.whenPhrase(q, text, bare, s)
	}
	if names {
		// names listed say what is asked with what follows them, the
		// predicate they are the subject of ("Croatia and the Czech
		// Republic said they would not deploy troops"), not with the
		// words that lead to them ("including Witkoff and Jared Kushner")
		s.start = bare.start
		next, _ := nextWord(text[bare.end:])
		if s.end <= bare.end || prepositions[next] && next != "to" || namesObjectOf(lastWord(text[:bare.start])) {
			// ("Witkoff and Kushner after Rubio drops out": no
			// predicate; "teams from Japan and Peru landed …": the
			// names are no subject)
			return bare, true
		}
	}
	p := withParticle(text, s, shortText(text[s.start:s.end]))
	if p == "" || p == ans.Short {
		return bare, true
	}
	ans.bare, ans.Short = ans.Short, p
	h := &ans.Passages[0]
	h.Marks = nil
	shown, ok := span{}, false
	if i := strings.Index(text[s.start:], p); i >= 0 {
		shown, ok = span{s.start + i, s.start + i + len(p)}, true
	}
	// the passage may be led by the sentence before: mark in the last
	// sentence, where the phrase was found
	if off := len(h.Text) - len(text); ok && off >= 0 && strings.HasSuffix(h.Text, text) {
		h.Marks = [][2]int{{off + shown.start, off + shown.end}}
	}
	if h.Marks == nil {
		h.Marks = markOf(h.Text, p) // a passage cut short ("…"): where it stands, if it does
	}
	return shown, ok
}

// governed shows a "what did X say about Y" answer, standing at span at
// of text (where inPhrase showed it), that opens a prepositional phrase
// of text with the verb that governs it (withGoverningVerb).
func governed(ans *Answer, text string, at span) {
	if s := withGoverningVerb(text, at); s.start < at.start {
		showDeed(ans, text[s.start:s.end])
	}
}

// withGoverningVerb is s widened back to the verb whose prepositional
// phrase s opens ("back them up | with air, land and sea support"), where
// it stands within objectReach words before, with no mark between; cut
// before a phrase to fit a short answer.
func withGoverningVerb(text string, s span) span {
	before := text[:s.start]
	words := wordSpans(before)
	if len(words) == 0 || !namesObjectOf(before[words[len(words)-1][0]:words[len(words)-1][1]]) {
		return s
	}
	for k := len(words) - 2; k >= 0 && k >= len(words)-1-objectReach; k-- {
		if strings.ContainsAny(before[words[k][1]:], ",;:—()“”\"") {
			return s
		}
		w := strings.ToLower(before[words[k][0]:words[k][1]])
		if auxiliaries[w] || prepositions[w] || lexicon.IsSayingVerb(w) || !(lexicon.IsVerbBase(w) || pastVerb(w)) || !pastVerb(w) && nounPlace(before, words, k) {
			continue
		}
		return cutBeforePhrase(text, span{words[k][0], s.end}, maxShortWords)
	}
	return s
}

// phraseStops are the marks that end the phrase a word is read in: a
// clause's marks (clauseMarks), quotation marks and a sentence's stops
// (phraseBreaks are the strings that split a sentence into phrases).
const phraseStops = ",;:—()“”\".!?"

// nounPlace reports whether words[k] of text stands where English puts a
// noun, not a verb: right after an article, a determiner (a quantifier
// too, "each *plan*", "no *plan*": opensNounPhrase), a possessive or an
// adjective that is no adverb ("the *plan*", "their *plan*", "a new
// *plan*"; not "will still *plan*", nor after a quantifier a modal puts
// before the verb, "will each *plan*", "could not each *plan*":
// modalBefore), or after the nouns of a phrase one
// of these opened ("the relief *plan*"), with no function word, plural,
// verb in the past or mark between.
func nounPlace(text string, words [][2]int, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if strings.ContainsAny(text[words[j][1]:words[j+1][0]], phraseStops) {
			return false
		}
		b := strings.ToLower(text[words[j][0]:words[j][1]])
		if lexicon.IsQuantifier(b) && modalBefore(text, words, j) {
			return false // after a modal it floats off the subject ("will *each* help"), before the verb
		}
		if opensOrModifies(b) {
			return true
		}
		if lexicon.IsFunctionWord(b) || auxiliaries[b] || pluralNoun(b) || pastVerb(b) {
			return false
		}
	}
	return false
}

// opensOrModifies reports whether b (lower case), a word before another,
// opens a noun phrase ("the", "this") or is an adjective that is no
// adverb too ("new"): the next word stands in a noun phrase.
func opensOrModifies(b string) bool {
	return opensNounPhrase(b) || lexicon.IsAdjective(b) && !lexicon.IsAdverb(b)
}

// modalBefore reports whether an auxiliary that is no form of "be" or
// "have" (a modal, "do", "did"; bareVerbAux, so "won't", "can't",
// "cannot" too) stands before words[j] of text in its phrase, past
// adverbs, "not" too (pastBetween: "could not each", "will probably
// each", "will then all", "won't all", "did each"). An auxiliary is one as written
// in lower case: a capital mid-sentence makes the word a name ("By May
// each …", the month), and one opening a sentence asks a question whose
// subject comes after it ("Could any plan …").
func modalBefore(text string, words [][2]int, j int) bool {
	from := j // (the phrase words[j] stands in)
	for from > 0 && !strings.ContainsAny(text[words[from-1][1]:words[from][0]], phraseStops) {
		from--
	}
	ws := make([]string, j+1-from)
	for i := range ws {
		ws[i] = strings.ToLower(plainApostrophes(text[words[from+i][0]:words[from+i][1]]))
	}
	i := pastBetween(ws, len(ws)-1, -1, true)
	if i < 0 {
		return false
	}
	w := plainApostrophes(text[words[from+i][0]:words[from+i][1]])
	return w == ws[i] && bareVerbAux(w)
}

// haveForms are the forms of "have", an auxiliary but a main verb too
// before a quantifier ("they have some tents"), as "be" is (beForms).
var haveForms = wordSet("have has had")

// reportedAnswer reports whether the short answer of a "what did X say"
// question, found at span found of text, is a clause reported after a
// verb of saying ("Zelensky said *the talks had “determined” which
// countries would take the lead*"), or before ", said X" ("*The pier
// would reopen*, said D'Souza"), or the part of such a clause the
// question leaves open where it gives the rest (saidAsked: "say would be
// the most critical issue"; saidPart tells the part asked from the
// other): what was said, whole; the phrase around it would only add the
// attribution or the question's own words.
func reportedAnswer(q *question, c *cand, found span) bool {
	if q.kind != KindSaid {
		return false
	}
	text := c.p.Text
	if asked, subject := saidAsked(q.words); len(asked) > 0 && saidPart(text, found, subject) {
		return true
	}
	// spanSaid sets strandedCut only for a question that strands its
	// preposition and clears it on every other extraction, so no test of
	// q.stranded is needed here (final read FK7)
	if found.end > found.start && c.strandedCut.end > c.strandedCut.start && found.start == c.strandedCut.start {
		return true // "say the guarantees are the key to": the object of "to", as spanSaid cut it
	}
	return found.end > found.start && found.end <= len(text) && (afterSaying(text, found.start) || thatTakenWhole(text, found) || beforeSaying(text, found.end) || afterButThat(text, found.start))
}

// shortIn returns where the short answer cut from the span found of text
// stands in it; false when it stands elsewhere (the sentence before).
func shortIn(text string, found span, short string) (span, bool) {
	if found.end <= found.start || found.end > len(text) {
		return span{}, false
	}
	at := strings.Index(text[found.start:found.end], short)
	if at < 0 {
		return span{}, false
	}
	return span{found.start + at, found.start + at + len(short)}, true
}

// withTitle shows a one-name short answer, cut from the span found of
// text, with the title that stands right before it there (titleStart) and
// the apposition that follows it (appositionEnd), marked in the top
// passage; the bare name is kept for claims.
func withTitle(ans *Answer, text string, found span) {
	bare, ok := shortIn(text, found, ans.Short)
	if !ok {
		return
	}
	start := bare.start
	from := titleStart(text, start)
	end := appositionEnd(text, bare.end)
	if end == bare.end {
		end = affiliationEnd(text, bare.end)
	}
	if from == start {
		from = appositionStart(text, start, end)
	}
	if from == start && end == bare.end {
		return
	}
	p := text[from:end]
	if wordCount(p) > maxShortWords && end > bare.end {
		// an apposition too long for a short answer keeps its role, cut
		// before the phrase that places it ("Rafael Duarte, the World
		// Bank's vice president" of "… vice president for Latin America
		// and the Caribbean")
		p = text[from:placedRole(text, bare.end, end)]
	}
	if wordCount(p) > maxShortWords {
		return
	}
	ans.bare, ans.Short = ans.Short, p
	h := &ans.Passages[0]
	h.Marks = markOf(h.Text, p)
}

// appositionEnd is where a short apposition after a name at end of text
// ends (", the summit’s host", ", a 39-year-old taxi driver", ", director
// of the national disaster agency": an article, or a role and "of", then
// at most maxApposition words in all up to a comma or the sentence's end),
// or end when none follows: who someone is, said after the name.
func appositionEnd(text string, end int) int {
	rest, ok := strings.CutPrefix(text[end:], ", ")
	if !ok {
		return end
	}
	k := strings.IndexAny(rest, ",;:()—")
	if k < 0 {
		k = len(strings.TrimRight(rest, " .”\"’"))
	}
	words := strings.Fields(rest[:k])
	role := len(words) > 2 && isLetters(words[0]) && !isCapital(words[0]) && words[1] == "of" // ", director of the national disaster agency"
	if len(words) < 2 || len(words) > maxApposition || !getFold(articles, words[0]) && !role || unbalanced(rest[:k]) {
		return end
	}
	return end + 2 + k
}

// affiliationEnd is where the body a name is "of" ends, right after it
// ("Felipe Cárdenas *of the University of Chile*", "Anna Berg of Oxfam"):
// "of", an optional "the", then capitalised words, with "of", "and" or
// "for" between two of them; end when no such body follows. Whose someone
// is says who they are, as a title does.
func affiliationEnd(text string, end int) int {
	rest, ok := strings.CutPrefix(text[end:], " of ")
	if !ok {
		return end
	}
	at := end + len(" of ")
	if r, ok := strings.CutPrefix(rest, "the "); ok {
		rest, at = r, at+len("the ")
	}
	last, i, lastWord := -1, 0, ""
	for _, w := range strings.Fields(rest) {
		bare := strings.TrimRight(w, ",.;:)”\"’")
		if (bare == "of" || bare == "and" || bare == "for") && bare == w && last >= 0 {
			i = strings.Index(rest[i:], bare) + i + len(bare) // "University *of* Chile"
			continue
		}
		if !isCapital(bare) || lexicon.IsFunctionWord(strings.ToLower(bare)) {
			break
		}
		i = strings.Index(rest[i:], bare) + i + len(bare)
		last, lastWord = i, bare
		if bare != w {
			break // "Chile," "Oxfam.": the body's name ends there
		}
	}
	if last < 0 || endsGenitive(lastWord) {
		return end // none, or a possessive whose noun is no name: "Anna Berg of Britain's weather service"
	}
	return at + last
}

// appositionStart is where a description set off before the name at start
// of text begins ("The European Union's humanitarian envoy, Elena
// Marchetti, called …", "Its chairman, Jens Møller, said …"): the
// apposition opening its clause that "who is X" reads (clauseOpening), of
// at most maxApposition words, ending in a noun for a person or a title,
// the name after it set off by a comma too (end, past any apposition after
// it, is where the name's words end); or start.
func appositionStart(text string, start, end int) int {
	before, ok := strings.CutSuffix(text[:start], ", ")
	if !ok || !strings.HasPrefix(text[end:], ",") {
		return start
	}
	d := clauseOpening(before)
	if d.end <= d.start || unbalanced(before[d.start:d.end]) {
		return start
	}
	words := strings.Fields(before[d.start:d.end])
	last := strings.ToLower(strings.Trim(words[len(words)-1], "’'"))
	if len(words) > maxApposition || !lexicon.IsPersonNoun(last) && !lexicon.IsTitle(last) {
		return start
	}
	return d.start
}

// maxApposition is how many words an apposition shown with a name may have.
const maxApposition = 11

var articles = wordSet("the a an")

// titleStart is where the title before the name at start of text begins
// ("Trump adviser Steve Witkoff", "Interior Minister Tomás Villagra",
// "Secretary of State Marco Rubio"), or start when no title stands right
// before it: the words back to the first title (titles.txt, either
// section), with the capitalised words that qualify it ("Interior",
// "U.S.", "Italy's"), never past punctuation or another word.
func titleStart(text string, start int) int {
	from, i := start, start
	for i > 0 {
		j := strings.LastIndexByte(text[:i-1], ' ') + 1 // the word before, text[j:i-1]
		if i-1 < j || text[i-1] != ' ' {
			break
		}
		w := text[j : i-1]
		switch lw := strings.ToLower(strings.TrimSuffix(w, ".")); {
		case w == "" || endsWithMark(w):
			return from
		case strings.HasSuffix(w, ".") && !lexicon.IsTitle(lw) && !abbreviationRE.MatchString(strings.TrimSuffix(w, ".")):
			return from // a sentence ends there ("Santiago."), not an abbreviation ("U.S.", "Gen.")
		case notPeople[lw]:
			return from // "On Monday Interior Minister …": a day or a month qualifies no title
		case lexicon.IsTitle(lw):
			from = j // the title, and what was taken before it
		case lw == "of" && j > 0:
			// "Secretary of State": on only to a title
			k := strings.LastIndexByte(text[:j-1], ' ') + 1
			if !lexicon.IsTitle(strings.ToLower(strings.TrimSuffix(text[k:j-1], "."))) {
				return from
			}
		case isCapital(w) && !lexicon.IsFunctionWord(lw) || from == i && from != start && (modifierNoun(lw) && !pluralOpening(text, j) || lexicon.IsVerbBase(lw) && capitalBefore(text, j)):
			// a word that qualifies the title, taken only with a title
			// before it or the one it qualifies after it ("Deputy
			// council leader Tom Okoro")
			if from == start {
				return from
			}
			from = j
		default:
			return from
		}
		i = j
	}
	return from
}

// capitalBefore reports whether the word before byte j of text is
// capitalised and no function word: a noun that is also a verb stands
// inside a title's run between it and the title ("Opposition *transport*
// spokesman", "Labour *trade* spokeswoman"), not a verb taking the title
// for its object ("to *meet* Foreign Minister …"). The word must qualify
// a title as an ordinary word, a country's or a body's initials do; a
// name ("Witkoff and Kushner *meet* President …") or a plural noun
// opening the sentence ("Protesters *heckle* Prime Minister …") is the
// verb's subject.
func capitalBefore(text string, j int) bool {
	w, _ := precedingWord(text, j)
	if !isCapital(w) || endsWithMark(w) || pluralOpening(text, j) {
		return false
	}
	lw := strings.ToLower(w)
	return !lexicon.IsFunctionWord(lw) && (initials(w) || countryWord(w) || isDemonym(w) || lexicon.IsWord(lw) && !lexicon.IsName(lw))
}

// pluralOpening reports whether the word before byte j of text opens its
// sentence and is a plural noun: the subject of the word at j, a verb
// ("Protesters heckle Prime Minister …"), which no title's run holds.
func pluralOpening(text string, j int) bool {
	w, k := precedingWord(text, j)
	return k >= 0 && isCapital(w) && sentenceStart(text, k) && pluralNoun(strings.ToLower(w))
}

// precedingWord is the word before byte j of text and where it starts, or
// "" and -1.
func precedingWord(text string, j int) (string, int) {
	k, end := lastWordAt(text, j)
	if k < 0 {
		return "", -1
	}
	return text[k:end], k
}

// endsWithMark reports whether w ends with punctuation that closes a
// phrase or opens one.
func endsWithMark(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune(",;:()—–-\"“”'’", r)
}

// withFigure adds, for a "how many" answer, the passages that give the same
// number, however they frame it, so that corroboration can flag "more than
// 35 officials" against "35 countries" even where few of the question's
// words stand.
func (e *Engine) withFigure(ctx context.Context, q *question, cands []*cand, short string) []*cand {
	digits := numberIn(short)
	if q.kind != KindHowMany || digits == "" {
		return cands
	}
	hits, err := e.s.Search(ctx, index.Query{Text: digits, Size: 10})
	if err != nil {
		return cands
	}
	var extra []index.Hit
	for _, h := range hits {
		// (a walk through the candidates, not a set of them: a few dozen,
		// asked of ten hits)
		if !slices.ContainsFunc(cands, func(c *cand) bool { return c.p.Seq == h.Seq && c.a.ID == h.Article }) {
			extra = append(extra, h)
		}
	}
	return append(append([]*cand(nil), cands...), e.rank(q, extra)...)
}

// shown reports whether the passages listed already show all of h's text
// from its article: a sentence shown alone and again inside the two that
// a pronoun joins would waste a place.
func shown(hits []Hit, h Hit) bool {
	for _, o := range hits {
		if o.Article == h.Article && strings.Contains(o.Text, h.Text) {
			return true
		}
	}
	return false
}

// withFollowers adds to bleve's hits the sentence after each hit when it
// goes on in the hit's paragraph ("… the stadium has become the most
// crowded neighbourhood in Calama. About 4,200 people sleep on the
// pitch …"), when it points back to it ("He added, …", "The two held
// talks …"), or when the hit is a subhead and the sentence opens its
// section ("Foreign teams arrive" / "Specialist teams from Japan …
// landed …"): such a sentence answers through the one before, which is
// what was found. This stands in for searching every passage's preceding
// sentence, at no search cost. A follower scores three quarters of its
// hit's bleve score (measured on the training sets: half lost two right
// top passages, the paragraph's sentence before a hit added none).
func (e *Engine) withFollowers(hits []index.Hit) []index.Hit {
	out := hits
	// (a typed question's extra hits come alone: their followers changed
	// no answer of any set and cost their ranking)
	for _, h := range hits[:min(len(hits), candidates)] {
		a := e.c.Article(h.Article)
		next := h.Seq + 1
		if a == nil || next >= len(a.Passages) || holdsPassage(out, h.Article, next) {
			continue
		}
		if a.Passages[next].Block != a.Passages[h.Seq].Block && !e.factsOf(a, &a.Passages[next]).anaphor && (a.Passages[h.Seq].Kind != corpus.KindSubhead || a.Passages[next].Kind != corpus.KindBody) {
			continue
		}
		out = append(out, index.Hit{Article: h.Article, Seq: next, Score: h.Score * 3 / 4})
	}
	return out
}

// withQuoteSentences adds to the hits, after them, the other sentences of
// a quotation that one of the first candidates stands in: a quotation of
// several sentences names its speaker in one of them only ("Nobody here is
// against trams. We are against concreting over …," Hale said.), so a
// question naming the speaker finds that one, and the sentence it asks for
// stood in none of the passages retrieved. Each scores three quarters of
// its hit's bleve score, as a follower does (withFollowers).
func (e *Engine) withQuoteSentences(hits []index.Hit) []index.Hit {
	out := hits
	for _, h := range hits[:min(len(hits), candidates)] {
		a := e.c.Article(h.Article)
		if a == nil {
			continue
		}
		for i := range a.Quotes {
			ps := a.Quotes[i].Passages
			if len(ps) < 2 || !slices.Contains(ps, h.Seq) {
				continue
			}
			for _, seq := range ps {
				if seq >= 0 && seq < len(a.Passages) && !holdsPassage(out, h.Article, seq) {
					out = append(out, index.Hit{Article: h.Article, Seq: seq, Score: h.Score * 3 / 4})
				}
			}
		}
	}
	return out
}

// holdsPassage reports whether hits hold passage seq of article: a walk
// through a few dozen hits, Seq first, where a set of them (a map keyed by
// article and Seq) cost more to fill than its look-ups saved.
func holdsPassage(hits []index.Hit, article string, seq int) bool {
	for _, h := range hits {
		if h.Seq == seq && h.Article == article {
			return true
		}
	}
	return false
}

// query is the search for a question's passages: its terms as analyse
// found them (bleve need not analyse the question again), with the corpus's
// spellings of a misspelled name (found once, in analyse, through bleve's
// fuzzy term dictionary). Phrase queries are left to
// quotation look-ups: measured on the development questions they added
// nothing to Ask's ranking and doubled its search time.
func (e *Engine) query(q *question) index.Query {
	terms := make([]string, 0, len(q.terms))
	syn := make(map[string][]string, len(q.terms))
	boosts := make(map[string]float64, len(q.terms))
	// every term's synonyms are cut from one array, made once with room
	// for all (grown a synonym at a time, each term's list took a few)
	room := 0
	for kt := range q.terms {
		room += len(e.s.Synonyms(q.terms[kt].term)) + len(q.terms[kt].soft)
	}
	all := make([]string, 0, room)
	for kt := range q.terms {
		t := &q.terms[kt]
		from := len(all)
		terms = append(terms, t.term)
		if !t.entity {
			boosts[t.term] = specificity(strings.ToLower(t.word)) // "know", "actually": the asker's filler
		}
		if e.s.DocFreq(t.term) == 0 {
			terms = append(terms, t.alts...)
		}
		for _, s := range e.s.Synonyms(t.term) {
			// a synonym no passage holds finds nothing and costs a
			// look-up ("gallic" for France)
			if df := e.s.DocFreq(s); df > 0 && df <= maxSynonymDF {
				all = append(all, s)
			}
		}
		for _, a := range t.soft {
			if df := e.s.DocFreq(a.term); df > 0 && df <= maxSynonymDF {
				all = append(all, a.term)
				if e.s.DocFreq(t.term) == 0 {
					terms = append(terms, a.term) // bleve expands only what it finds
					// weighed as the word it stands for, as near as it is:
					// "thing" must not find every "really" at full weight
					if !q.asksTerm(a.term) {
						boosts[a.term] = max(boosts[a.term], a.w*specificity(strings.ToLower(t.word)))
					}
				}
			}
		}
		if own := all[from:len(all):len(all)]; len(own) > 0 {
			if had, ok := syn[t.term]; ok {
				syn[t.term] = append(had, own...) // a term asked twice: its lists, in order (had is clipped: copied)
			} else {
				syn[t.term] = own
			}
		}
	}
	terms = append(terms, q.described...)
	if q.kind == KindHowLong && len(q.terms) <= 2 {
		// "how long will the guarantees last": the passages that give a
		// duration, which the question's one or two words do not single
		// out (with more words, they do)
		for _, t := range e.analyze("years months weeks decades century") {
			terms = append(terms, t.Term)
		}
	}
	if units := askedUnits(q); len(units) > 0 {
		// "how tall is the kessock dam", "how long is the ship": the
		// passage that gives the figure may name the thing by another
		// word ("the 38-metre earth-fill dam", "a 229-metre vessel") and
		// match the question no better than any that speaks of it; the
		// units of the dimension asked find it, as durations do for
		// "how long will X last" (askedUnits)
		for _, t := range e.analyze(strings.Join(units, " ")) {
			terms = append(terms, t.Term)
		}
	}
	if q.defines {
		// "who is Macron": the passages that give him his titles
		for kt := range q.terms {
			t := &q.terms[kt]
			var desc []string
			for d := range e.people[t.term] {
				desc = append(desc, d)
			}
			sort.Strings(desc)
			terms = append(terms, desc...)
		}
	}
	size := candidates
	if widensNet(q) {
		// "how many", "when", "how long", "what did X say": the passage
		// must hold a number, a date, a duration or X's words, which the
		// question's words do not find: a wider net, which the answer
		// type sifts
		size = typedCandidates
	}
	if q.locates {
		// "where is Calama": the passage that says where the place lies
		// ("Calama, a city of about 190,000 people on the edge of the
		// Atacama Desert") matches it no better than any that names it,
		// and bleve ranks the shortest first: every passage naming it,
		// up to maxLocating
		size = min(max(size, e.s.DocFreq(q.terms[0].term)), maxLocating)
	}
	if q.within {
		// "where in paris was it held": the passage that names the
		// place inside it ("at the Elysee Palace in Paris") may match
		// the rest of the question no better than any that names
		// Paris: every passage that does, up to maxLocating
		for kt := range q.terms {
			t := &q.terms[kt]
			if t.entity && e.isPlace(t.word) {
				size = min(max(size, e.s.DocFreq(t.term)), maxLocating)
				break
			}
		}
	}
	if q.nameOf != "" {
		// "whats the ships name": the passage that names it ("The Corvina
		// Star, a 229-metre vessel") may say it in another word for it
		// and match the question no better than any other that speaks
		// of it: every passage that does, up to maxLocating
		n := 0
		for _, k := range e.sameKind(q) {
			n += e.s.DocFreq(k)
		}
		size = min(max(size, n), maxLocating)
	}
	if q.body {
		// "what has russia said": the passage where it is the subject of
		// a verb of saying ("Russia has yet to comment …") matches the
		// question no better than any that names it: every passage that
		// does, up to maxLocating
		n := 0
		for kt := range q.terms {
			t := &q.terms[kt]
			if t.entity {
				n = max(n, e.s.DocFreq(t.term))
			}
		}
		size = min(max(size, n), maxLocating)
	}
	return index.Query{Terms: terms, Size: size, Synonyms: syn, Boosts: boosts}
}

// asksTerm reports whether term is one of the question's own terms: a
// scan of the few terms, not a set built for each question (query asks it
// only of a near word standing for a term no passage holds).
func (q *question) asksTerm(term string) bool {
	for i := range q.terms {
		if q.terms[i].term == term { // (in place: a term is large to copy)
			return true
		}
	}
	return false
}

// bodySpeaker reports whether a "what did X say" question names X as a
// body or a country ("the Kremlin", "Russia"), which speaks through
// whoever speaks for it (anyoneOf).
func (e *Engine) bodySpeaker(q *question) bool {
	if q.kind != KindSaid || lexicon.IsPersonNoun(strings.ToLower(lastWord(q.speaker))) {
		return false // "what did people say": people at large, any passage's
	}
	return names(q, strings.ToLower(q.speaker)) && e.anyoneOf(q.speaker)
}

// maxLocating bounds the passages retrieved for "where is X": all that
// name X in a small coverage, the first of them in a large one.
const maxLocating = 100

// maxSynonymDF is how many passages a synonym may stand in and still be
// searched for: past it, its posting list costs more than it can find, as
// fifteen candidates are wanted and the question's own words find them (the
// re-ranking still credits the synonym where it stands). No synonym of the
// five articles comes near it; at 10 000 articles "talks" and "meeting" do.
const maxSynonymDF = 1000

// withNeighbour joins to each passage the answer shows the sentence next
// to it in its article, of its kind (body text, a caption), when the
// search found that sentence for the question too: the two say it
// together ("A striking symbol of this alignment came during the press
// conference. / The unexpected, late addition of …"), as a window of
// sentences would, rather than the one shown and the other further down
// the list, or not at all. Across a paragraph break too: news gives a
// paragraph a sentence or two, and the next goes on with the same story.
// Measured on the training sets: a neighbour among the second passage
// only found two right top passages fewer than one among the first three;
// within the paragraph only, four fewer (sixteen of the read sets');
// among the answer's ten passages only, two fewer than among every
// candidate; and joined to the top passage only, the held-out sets' right
// passages among the first three were twelve fewer. It is joined last,
// to what the answer shows: the short answer, a reason or a list is read
// from the top sentence as ranked; a passage another step chose first (a
// list's, a reason's), one cut at maxPassageBytes, and a neighbour shown
// already above are left as they are.
func (e *Engine) withNeighbour(ans *Answer, cands []*cand) {
	if len(ans.Passages) == 0 || len(cands) < 2 {
		return
	}
	for i := 0; i < len(ans.Passages); i++ {
		h := &ans.Passages[i]
		if len(h.Passages) != 1 {
			continue // joined already
		}
		p := h.Passages[0]
		if !ownPassage(h.Article, &p) || h.Text != p.Text {
			continue // not the article's own passage, or cut
		}
		if i == 0 && (h.Article != cands[0].a || p.Seq != cands[0].p.Seq) {
			continue // another passage than the top candidate's (a list's, a reason's): as chosen
		}
		for _, c := range cands {
			if c.a != h.Article || c.p.Kind != p.Kind || c.p.Seq != p.Seq+1 && c.p.Seq != p.Seq-1 {
				continue
			}
			first, last := inOrder(p, c.p)
			if c.near && c.p.Seq < p.Seq && !e.leansBack(h.Article, &last) {
				continue // found by its meaning alone, and the answer's sentence reads without it: not cited before it
			}
			if !fitsPair(h.Article, first, last) || slices.ContainsFunc(ans.Passages[:i], func(o Hit) bool { return o.Article == h.Article && strings.Contains(o.Text, c.p.Text) }) {
				continue // too long, or the neighbour shown already
			}
			shift := p.Start - first.Start
			for k := range h.Marks {
				h.Marks[k][0] += shift
				h.Marks[k][1] += shift
			}
			showPair(h, h.Article, first, last)
			rest := slices.DeleteFunc(ans.Passages[i+1:], func(o Hit) bool { return o.Article == h.Article && strings.Contains(h.Text, o.Text) })
			ans.Passages = ans.Passages[:i+1+len(rest)]
			break
		}
	}
}

// leansBack reports whether sentence p of article a cannot be read
// without the one before it: it refers back to it, opens on words that
// point back, a pronoun among them (passageFacts), or opens a quotation
// (whose speaker, unnamed in it, the sentence before may name), as rank
// reads a candidate's sentence before (cand.prev). withNeighbour joins
// the sentence before the answer's, where the meaning channel alone found
// it (nearPassages), only
// where the answer's sentence leans back on it so: sentences of one story
// are near the question by the topic they share, so such a neighbour says
// nothing of whether the two say the answer together, and joined it was
// cited before the answer's sentence ("By Monday evening, 37 ships were
// waiting …" before "Four tugboats spent the morning …"). The sentence
// after is joined as before: the answer's is still cited first (refusing
// it too cost a held-out gold passage in the first three, fitweights
// -report, nearwinX).
func (e *Engine) leansBack(a *corpus.Article, p *corpus.Passage) bool {
	f := e.factsOf(a, p)
	return f.refers || f.anaphor || opensQuote(p.Text) // (anaphor takes every opening on a pronoun)
}

// settlingNext is the sentence after the top one, as a candidate, where
// the answer shows it with the top (h) for a yes/no question the top does
// not settle, and it points back to the top ("It marked the first time the
// US envoys had joined the coalition's talks", after "… attended by US
// envoys Steve Witkoff and Jared Kushner") and holds a word of the
// question the top does not: news sets a matter out, and the sentence
// after tells what came of it; else nil. The sentence after is of the
// top's paragraph (nextInParagraph), as hit joins it on.
func (e *Engine) settlingNext(q *question, top *cand, h Hit) *cand {
	np, ok := nextInParagraph(top.a, &top.p)
	if !ok || h.Article != top.a || len(h.Passages) != 2 || h.Passages[0].Seq != top.p.Seq || h.Passages[1].Seq != np.Seq {
		return nil // not shown with the sentence after it
	}
	n := &cand{a: top.a, p: np, toks: e.factsOf(top.a, &np).toks}
	if !e.goesOn(top.a, &np, top.toks) || !addsTerm(q, top, n) {
		return nil
	}
	return n
}

// addsTerm reports whether the next sentence holds, in its own words, a
// word of the question (or a synonym) that the top does not.
func addsTerm(q *question, top, next *cand) bool {
	held := func(c *cand) []bool {
		m := make([]bool, len(q.terms))
		for _, tok := range c.toks {
			for _, h := range q.lookup[tok.Term] {
				m[h.i] = m[h.i] || !h.soft
			}
		}
		return m
	}
	a, b := held(top), held(next)
	for i := range q.terms {
		if b[i] && !a[i] {
			return true
		}
	}
	return false
}

// withDeed shows a who-answer, a name (with its title) that opens a
// clause, with what the clause says the person did, up to a short
// answer's length: "Foreign Minister Ignacio Rebolledo opened an
// international donors’ conference" for "who kicked off the donors
// conference", so the answer says why it answers. In the question's own
// verb too ("who opened the conference"): the deed is then the passage's
// sentence answering it, with what the passage says beyond the question
// ("… on Thursday"), and a reader checks the name against it; where the
// passage says nothing beyond, the deed only echoes the question ("Macron
// hosted the talks" for "who hosted the talks"), which still shows the
// name in the clause that answers.
func (e *Engine) withDeed(ans *Answer, text string) {
	at := onlyUse(text, ans.Short)
	if at < 0 {
		return
	}
	if !subjectAt(text[:at]) {
		e.withDeedBefore(ans, text, at)
		return // "to help *Chile* recover", "the *Corvina Star* is moved": not the clause's subject
	}
	end := at + len(ans.Short)
	rest := text[end:]
	lead := ""
	if r, ok := strings.CutPrefix(rest, ", who "); ok {
		lead, rest = ", who ", r // "Commander Rodrigo Fuenzalida, who heads …"
	} else if r, ok := strings.CutPrefix(rest, " "); ok {
		lead, rest = " ", r
	} else {
		return
	}
	first, _ := nextWord(rest)
	if lexicon.IsSayingVerb(first) || lead == " " && !(lexicon.IsVerb(first) || pastVerb(first) || auxiliaries[first]) {
		// the name does not open the clause's deed ("Witkoff and …",
		// "Macron's …"), or only says something ("Meloni stressed that
		// …"): a deed asked about is no saying
		return
	}
	k := deedClauseEnd(rest)
	words := strings.Fields(rest[:k])
	room := maxShortWords - wordCount(ans.Short) - wordCount(lead)
	if room < 1 || len(words) == 0 {
		return
	}
	if len(words) > room {
		words = words[:room]
		// a relative clause the cut would open and not finish is left
		// out whole ("signed a declaration of intent", not "… of intent
		// that foresees"): one after the verb's object, which a
		// determiner opens; right after the verb, "that" opens what is
		// decided or said ("decided that the skippers …"), no relative
		if j := slices.IndexFunc(words[1:], func(w string) bool { return relativeWordSet[strings.ToLower(w)] }); j >= 0 &&
			slices.ContainsFunc(words[1:j+1], func(w string) bool { return nounOpeners[strings.ToLower(w)] }) {
			words = words[:j+1]
		}
	}
	deed := ans.Short + lead + strings.Join(words, " ")
	deed = trimCutDangling(text, deed)
	if !strings.Contains(text, deed) || deed == ans.Short {
		return
	}
	showDeed(ans, deed)
}

// deedClauseEnd is where the clause that opens rest ends: at its first mark
// (comma, semicolon, colon, bracket, dash, quotation mark) or the end of
// its sentence (sentenceEnds: not the stop of "St. Ives" or "Acme Co."),
// else at the end of rest less a closing stop and quotation marks, where
// that stop is no abbreviation's ("Washington D.C." keeps it).
func deedClauseEnd(rest string) int {
	k := strings.IndexAny(rest, ",;:()—“\"")
	stop := k
	if stop < 0 {
		stop = len(rest)
	}
	if i := sentenceEndIn(rest, 0, stop); i >= 0 {
		return i
	}
	if k >= 0 {
		return k
	}
	t := strings.TrimRight(rest, " ”\"’")
	if u := strings.TrimSuffix(t, "."); u != t && !ownsPeriod(lastWord(u)) {
		t = strings.TrimRight(u, " ”\"’")
	}
	return len(t)
}

// showDeed makes deed, the name with what it did, the short answer,
// marked in the top passage; the name alone stays the bare answer, for
// claims.
func showDeed(ans *Answer, deed string) {
	if ans.bare == "" {
		ans.bare = ans.Short
	}
	ans.Short = deed
	if len(ans.Passages) > 0 {
		ans.Passages[0].Marks = markOf(ans.Passages[0].Text, deed)
	}
}

// asksDeed reports whether a who-question asks who did something ("who
// kicked off the donors conference"), not who someone is ("whos the
// german chancellor", "who runs the council") nor who said something: a
// verb of its own, not a form of "be" or "have".
func asksDeed(q *question) bool {
	if q.kind != KindWho || q.defines || q.role || q.leads || q.asksJob || q.nameOf != "" || asksWhoSaid(q) {
		return false
	}
	for kt := range q.terms {
		t := &q.terms[kt]
		w := strings.ToLower(t.word)
		if !t.entity && !auxiliaries[w] && (lexicon.IsVerb(w) || pastVerb(w)) {
			return true
		}
	}
	return false
}

// subjectAt reports whether what follows before (the text before it)
// opens a clause: the sentence's start, or a mark or a conjunction
// before it ("In Santiago, …", "… and Britain …").
func subjectAt(before string) bool {
	b := strings.TrimRight(before, " ")
	if r, _ := utf8.DecodeLastRuneInString(b); b == "" || strings.ContainsRune(",;:—“\"(", r) {
		return true
	}
	w := strings.ToLower(lastWord(b))
	return subordinators[w] || conjunctions[w]
}

// placedRole is where the apposition after a name, from end to to in
// text, ends without the prepositional phrase that places its role ("for
// Latin America …", "at the University of …"), when it has one after
// two words or more; to when it has none.
func placedRole(text string, end, to int) int {
	words := wordSpans(text[end:to])
	for i := 2; i < len(words); i++ {
		w := strings.ToLower(text[end+words[i][0] : end+words[i][1]])
		if prepositions[w] && w != "of" {
			return end + words[i-1][1]
		}
	}
	return to
}

// withDeedBefore shows a who-answer that is the object of its clause's
// verb with that verb, from it to the name ("met privately with Macron"
// for "who did zelensky sit down with"), where the verb, the question's
// own or another, stands within a few words before the name and no mark
// stands between.
func (e *Engine) withDeedBefore(ans *Answer, text string, at int) {
	before := text[:at]
	words := wordSpans(before)
	for k := len(words) - 1; k >= 0 && k >= len(words)-objectReach; k-- {
		if strings.ContainsAny(before[words[k][1]:], ",;:—()“”\"") {
			return
		}
		w := strings.ToLower(before[words[k][0]:words[k][1]])
		if !pastVerb(w) || auxiliaries[w] || lexicon.IsSayingVerb(w) {
			continue // (a verb in the past: "met", "led by"; not a noun a verb's form may spell, "talks with")
		}
		deed := text[words[k][0]:e.conjunctEnd(text, at+len(ans.Short))]
		if wordCount(deed) > maxShortWords {
			deed = text[words[k][0] : at+len(ans.Short)]
		}
		if wordCount(deed) > maxShortWords {
			return
		}
		showDeed(ans, deed)
		return
	}
}

// conjunctEnd is where a name ending at byte end of text ends together
// with the one "and" joins to it, where that conjunct is a noun phrase
// ending on a name and its clause ends there: "led by Trump adviser Steve
// Witkoff *and the president’s son-in-law Jared Kushner*." Both are the
// verb's; the first alone says half of who did it. end itself where no
// such conjunct follows ("met Macron and signed …": a second clause).
func (e *Engine) conjunctEnd(text string, end int) int {
	rest, ok := strings.CutPrefix(text[end:], " and ")
	if !ok {
		return end
	}
	conj := strings.TrimRight(rest[:deedClauseEnd(rest)], " ") // "… Lars Holm (a veteran)": the space before the mark
	names := e.names(conj)
	if len(names) == 0 || names[len(names)-1].end != len(conj) {
		return end
	}
	for w := range strings.FieldsSeq(conj[:names[len(names)-1].start]) {
		if lw := strings.ToLower(w); w == lw && (auxiliaries[lw] || phraseVerb(lw)) {
			return end // "and then met Jared Kushner": a deed of its own
		}
	}
	return end + len(" and ") + len(conj)
}

// objectReach is how many words before a name its verb may stand.
const objectReach = 4

// shortStart is s where it fits a short answer's line, else its start: the
// items of a list that fit maxShortWords less one word (the "…" that says
// more follow), cut after an item where one ends after the first few words,
// else after the words that fit; verbatim, so that it stays words of the
// passage.
func shortStart(s string) string {
	if !wordsOver(s, maxShortWords) {
		return s
	}
	ends := wordEnds(s)
	if len(ends) < maxShortWords {
		return s // words parted by other spaces than ' ' (wordCount counts any)
	}
	cut := ends[maxShortWords-2]
	for k := maxShortWords - 2; k >= minItemCut; k-- {
		if c := s[ends[k]-1]; c == ',' || c == ';' {
			cut = ends[k] - 1
			break
		}
	}
	return trimDangling(s[:cut])
}

// minItemCut is the fewest words (less one) before the item boundary
// shortStart cuts a list at.
const minItemCut = 2

// shownAt is the passage ans is given from (its first) and where in it
// its short answer stands, the only place it does (onlyUse); -1 where
// there is no passage or the short answer stands there not once.
func shownAt(ans *Answer) (string, int) {
	if len(ans.Passages) == 0 {
		return "", -1
	}
	text := ans.Passages[0].Text
	return text, onlyUse(text, ans.Short)
}

// withLeading shows the answer to "who runs X" (asksLeader) with the words
// by which the passage makes its person the leader, where they stand right
// next to it: a passive's "led by" before it ([lead-before]: "the inquiry
// would be *led by* Frances Oduya") or a relative clause after it
// ([lead-after]: "Commander Rodrigo Fuenzalida*, who heads* the team", up
// to the clause's end), so that the answer says why it answers. An
// apposition in the answer gives up its place phrase ("a former chief
// engineer *at the national roads agency*", placedRole) to keep it short;
// the answer stays as it is where the whole still would not fit. It reads
// the passage the answer is given from (its first, which showDeed marks),
// not the top candidate's sentence: that passage may join the sentence
// before or after it, or be cut (Engine.hit), or be another's (a list's).
func withLeading(ans *Answer) {
	text, at := shownAt(ans)
	if at < 0 {
		return
	}
	start, end := at, at+len(ans.Short)
	lower := lowerASCII(text)
	before := strings.TrimSuffix(lower[:at], " ")
	grown := false
	for _, cue := range leadBefore {
		if strings.HasSuffix(before, " "+cue) {
			if leadDenied(text, len(before)-len(cue), end) {
				return
			}
			start, grown = len(before)-len(cue), true
			break
		}
	}
	if !grown {
		name := ans.Short
		if k := strings.Index(name, ", "); k >= 0 {
			name = name[:k] // the name, before its apposition
		}
		nameEnd := at + len(name)
		rest, ok := strings.CutPrefix(lower[nameEnd:], ", ")
		if !ok {
			return
		}
		for _, cue := range leadAfter {
			if strings.HasPrefix(rest, cue+" ") {
				k := deedClauseEnd(text[nameEnd+len(", "):]) // text, not lower: sentenceEnds reads capitals
				start, end, grown = at, nameEnd+len(", ")+k, true
				break
			}
		}
	}
	if !grown {
		return
	}
	shown := text[start:end]
	if wordsOver(shown, maxShortWords) {
		// the apposition without its place phrase
		if k := strings.Index(text[at:end], ", "); k >= 0 && start < at {
			if cut := placedRole(text, at+k, end); cut < end {
				shown = text[start:cut]
			}
		}
	}
	if wordsOver(shown, maxShortWords) {
		return
	}
	showDeed(ans, shown)
}

// leadDenied reports whether the passive cue at byte cue of text, before
// the name that ends at byte end, does not make the name the leader: its
// clause is negated ("would *not* be led by"), or the name only owns the
// leader ("led by Tom Hale*'s* deputy") or shares the lead ("run by Tom
// Hale *and* Ann Ray's office").
func leadDenied(text string, cue, end int) bool {
	from := max(afterLastMark(text[:cue], ",;:—()"), sentenceOpening(text, 0, cue))
	if negRE.MatchString(text[from:cue]) {
		return true
	}
	after := text[end:]
	return strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") || strings.HasPrefix(after, " and ")
}

// withIncluding shows an answer to "who" (one name or several, no list
// of items), "what" or "which" that the passage lists after "including"
// with that word: "*including* Witkoff and Jared Kushner", "*including*
// tankers, vans and two buses" say they are some of
// those asked about, not all; without the word the answer would read as
// all there are. Where the whole stays a short answer. (One rule for
// every kind: withQuestionWords, after it, widens what it shows.) It reads
// the passage the answer is given from, as withLeading does.
func withIncluding(ans *Answer) {
	text, at := shownAt(ans)
	if at < 0 {
		return
	}
	from := includingBefore(text, at)
	if from < 0 {
		return
	}
	shown := text[from : at+len(ans.Short)]
	if wordsOver(shown, maxShortWords) {
		return
	}
	showDeed(ans, shown)
}

// includingBefore is where the word "including" (in any case) that stands
// right before byte at of text begins, as a whole word (no letter or
// figure before it); -1 where it does not. It reads the bytes of text as they are, so
// that a letter whose lower case is shorter ("İ") cannot shift the cut.
func includingBefore(text string, at int) int {
	const w = "including "
	from := at - len(w)
	if from < 0 || !strings.EqualFold(text[from:at], w) {
		return -1
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:from]); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return -1
	}
	return from
}

// questionWords gives an answer with no span of the kind asked for the
// words that hold the question (for a yes/no question unsettled, the
// words that bear on it, and no verdict), read from the sentence after
// the top one where that one says what of whom the top names
// (pronounNext).
func (e *Engine) questionWords(q *question, cands []*cand, ans *Answer) {
	if !ans.Answered || ans.Short != "" || ans.Verdict != "" || len(ans.Passages) == 0 || len(cands) == 0 {
		return
	}
	c := cands[0]
	from, kw := 0, "" // where the shown text c's words are marked in begins; the words, once read
	if asksYesNo(q) {
		if n := e.settlingNext(q, cands[0], ans.Passages[0]); n != nil {
			c = n
		}
	} else if n := e.pronounNext(q, c); n != nil && canJoinNext(&ans.Passages[0], n.a, n.p) {
		// the top sentence names whom it is about, the one after
		// says what of them (othersent.go): shown joined only where
		// it gives the words
		if nkw := e.keyWords(q, n, span{0, len(n.p.Text)}, maxShortWords); nkw != "" && joinNext(&ans.Passages[0], n.a, n.p) {
			dropShownBelow(ans)
			c, kw = n, nkw
			from = max(0, len(ans.Passages[0].Text)-len(n.p.Text))
		}
	}
	if kw == "" {
		kw = e.keyWords(q, c, span{0, len(c.p.Text)}, maxShortWords)
	}
	if kw != "" {
		ans.Short, ans.bare = kw, ""
		if at := strings.Index(ans.Passages[0].Text[from:], kw); at >= 0 {
			ans.Passages[0].Marks = [][2]int{{from + at, from + at + len(kw)}}
		}
	}
}
