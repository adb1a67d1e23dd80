// The engine: its construction and the Ask pipeline.

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
	if a, ok := e.answerByKind(ctx, &q); ok {
		return a, nil
	}
	if eq, ok := e.asEvent(&q); ok {
		q = eq // "when did it happen": the event the articles report
		ans.Question, ans.Typed, ans.Kind = q.text, text, q.kind
	}
	if len(q.terms) == 0 {
		return ans, inputErrorf("the question has only common words (such as \"what\" or \"the\"); ask about something the articles might cover")
	}
	room, _ := e.rooms.Get().(*rankRoom)
	if room == nil {
		room = &rankRoom{}
	}
	defer e.rooms.Put(room) // (no candidate outlives the question: the answer holds copies of their passages)
	cands, err := e.candidates(ctx, &q, room)
	if err != nil {
		return ans, err
	}
	if len(cands) == 0 {
		return ans, nil
	}
	ans.Answered = e.abstention(&q, cands, weighEvidence) == "" && !e.undefined(ctx, &q)
	var found span // where in the top passage the short answer was cut
	if ans.Answered {
		ans.Short, found = e.extractAt(&q, cands[0])
	}
	ans.Passages = e.shownPassages(cands, ans.Short)
	// the names or kinds that count what a "how many" asks where no number
	// does ("Croatia and the Czech Republic", "air, land, and sea domains")
	var enum span
	enumN := 0
	if ans.Answered && q.kind == KindHowMany {
		enum, enumN = e.enumeration(&q, cands[0].p.Text)
	}
	if ans.Answered {
		e.shapeShort(ctx, &q, cands, &ans, found, enum, enumN)
	}
	e.refineKind(&q, cands, &ans) // kinds.go: verdicts, reasons, whole lists, definitions
	e.questionWords(&q, cands, &ans)
	e.settleShort(&q, &ans)
	trimShort(&q, &ans)
	e.wholeShort(&q, &ans)
	e.countedAnswer(&q, cands, &ans, enum, enumN)
	if ans.Answered && asksDeed(&q) && ans.Verdict == "" && len(ans.Items) == 0 && namesOnly(cmp.Or(ans.bare, ans.Short)) {
		e.withDeed(&ans, cands[0].p.Text)
	}
	if neighbours {
		e.withNeighbour(&ans, cands)
	}
	e.withPerson(&q, cands, &ans)
	if q.asksArticle && ans.Answered {
		e.articlesAnswer(ctx, &q, &ans) // "which article mentions Greenland": the articles, by name
	}
	return ans, nil
}

// answerByKind is the answer to a question its kind answers before the
// question's passages are ranked (an article's topic or byline, an
// overview, a definition, the articles' own facts; an overview or a
// definition searches for itself); ok reports whether q is one.
func (e *Engine) answerByKind(ctx context.Context, q *question) (Answer, bool) {
	if a, ok := e.articleTopic(q); ok {
		return a, true // "what did amit chaudhary write about": its headline and opening
	}
	if a, ok := e.byline(q); ok {
		return a, true
	}
	if a, ok := e.byKind(ctx, q); ok {
		return a, true // overviews and the articles' own facts (kinds.go)
	}
	return Answer{}, false
}

// candidates are the passages that may answer q, ranked, kept in room.
func (e *Engine) candidates(ctx context.Context, q *question, room *rankRoom) ([]*cand, error) {
	hits, err := e.s.Search(ctx, e.query(q))
	if err != nil {
		return nil, fmt.Errorf("qa: ask: %w", err)
	}
	hits = e.candidateHits(q, hits)
	cands := e.rankNearIn(q, hits, e.nearPassages(q, hits), room)
	cands = e.reorderKind(q, cands) // kinds.go: a reason, a settling sentence first
	return cands, nil
}

// shownPassages are the passages shown with an answer, the top one with
// its short answer marked, none shown twice.
func (e *Engine) shownPassages(cands []*cand, short string) []Hit {
	passages := make([]Hit, 0, min(len(cands), MaxPassages)) // (room for all at once: grown a hit at a time it was made five times)
	for i, c := range cands {
		if len(passages) == MaxPassages {
			break
		}
		h := e.hit(c)
		if i == 0 && short != "" {
			if at := strings.Index(h.Text, short); at >= 0 {
				h.Marks = [][2]int{{at, at + len(short)}}
			}
		}
		if shown(passages, h) {
			continue // a sentence shown already, alone or with the one before it
		}
		passages = append(passages, h)
	}
	return passages
}

// shapeShort shows an answered question's short answer in the phrase
// that says what it is, with its sources, differences and title.
func (e *Engine) shapeShort(ctx context.Context, q *question, cands []*cand, ans *Answer, found, enum span, enumN int) {
	ans.Sources, ans.Differences = e.corroborate(q, e.withFigure(ctx, q, cands, ans.Short), ans.Short)
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
	if ans.Short != "" && !listed && (!namesOnly(ans.Short) || q.kind == KindWhen || q.kind == KindWhere || names) && !q.defines && !(q.asksKind && e.focusKind(q, cands[0]) == found) && !(q.locates && cands[0].typeOK == 1) && !q.event && !(q.active != "" && activeSubject(q, cands[0]) == found) && !reportedAnswer(q, cands[0], found) && !e.durationOfAskedVerb(q, cands[0], found) && !e.asideAnswer(q, cands[0], found) {
		// the bare figure, date or words in the phrase that says what
		// they are, where they were found; names answer alone, but
		// one name with its title, and a place or a day ("Friday",
		// "Antofagasta") is shown where it stands ("would fall sharply
		// after Friday", "agreed to meet again in Antofagasta in June")
		at, ok := e.inPhrase(ans, q, cands[0], found, names)
		if ok && q.kind == KindSaid {
			if r := e.saidContent(q, cands[0].p.Text, at); r != at {
				showDeed(ans, cands[0].p.Text[r.start:r.end]) // "… but cautioned": what was said, not that it was
			} else {
				governed(ans, cands[0].p.Text, at)
			}
		}
		if ok && q.kind == KindWhat {
			if r := e.framedAsked(q, cands[0].p.Text, at); r.end > r.start {
				showDeed(ans, cands[0].p.Text[r.start:r.end]) // "As X noted …, *the process carries …*": not the frame
			}
		}
	} else if ans.Short != "" && namesOnly(ans.Short) && !strings.ContainsAny(ans.Short, ",") && !strings.Contains(ans.Short, " and ") {
		// one name, with the title the passage gives it right before
		// it ("Interior Minister Tomás Villagra")
		withTitle(ans, cands[0].p.Text, found)
	}
}

// settleShort puts in the short answer what settles the question where
// it holds what was said of it, the question's own words, or what a
// "not" is set against.
func (e *Engine) settleShort(q *question, ans *Answer) {
	if ans.Answered && ans.Short != "" && len(ans.Passages) > 0 {
		n := maxShortWords
		if ans.Verdict != "" {
			n-- // (the verdict takes a word of the line: "Yes: …")
		}
		if s := e.saidSettles(q, ans.Passages[0].Text, ans.Short, n); s != "" {
			setShort(ans, s) // "did X say anything": what X said, not that X said it
		}
	}
	if ans.Answered && ans.Short != "" && ans.Verdict == "" && len(ans.Passages) > 0 && !q.event && e.echoes(q, ans.Short) {
		// "what did zelensky mean by not everyone is ready": not the
		// question's own words back, but what the sentence goes on to say
		// (the event's words are the articles', not the question's: "where
		// was it" is answered by the place among them)
		setShort(ans, e.afterEcho(q, ans.Passages[0].Text, ans.Short))
	}
	if ans.Short != "" && ans.Verdict == "" && len(ans.Items) == 0 && len(ans.Passages) > 0 && !asksYesNo(q) {
		if t := butInstead(ans.Passages[0].Text, ans.Short); t != ans.Short {
			setShort(ans, t) // "was not a “make or break” moment *but a pivotal step forward*"
		}
	}
}

// trimShort trims the joining words and the cut conjuncts that end a
// short answer, and a word left dangling where it was cut
// (trimCutDangling), and takes in a conjunct cut off on its right.
func trimShort(q *question, ans *Answer) {
	if ans.Short != "" && ans.Verdict == "" && len(ans.Items) == 0 {
		trim := trimJoin
		if first, _, _ := strings.Cut(ans.Short, " "); asksYesNo(q) && contrasts[strings.ToLower(first)] {
			// a yes/no keeps the contrast that opens its window: "*but*
			// has avoided specifics" settles it (keyWords keeps it); a
			// conjunction ending it still goes
			trim = trimTrailingJoin
		}
		if t := trim(ans.Short); t != ans.Short && t != "" && len(ans.Passages) > 0 {
			setShort(ans, t) // "has yet to comment on the Paris meeting and"
		}
		if len(ans.Passages) > 0 {
			if t := trimCutConjunct(ans.Passages[0].Text, ans.Short); t != ans.Short {
				setShort(ans, t) // "…, triggering massive explosions, and struck"
			}
			if t := trimCutDangling(ans.Passages[0].Text, ans.Short); t != ans.Short {
				setShort(ans, t) // "… since Tuesday for news of", "… revived proposal for the"
			}
			text := ans.Passages[0].Text
			if at := strings.Index(text, ans.Short); at >= 0 {
				if s := withRightConjunct(text, span{at, at + len(ans.Short)}); s.end > at+len(ans.Short) {
					setShort(ans, text[s.start:s.end]) // "… containers of fruit, meat and fish"
				}
			}
		}
	}
}

// wholeShort makes a short answer whole: its degree, its noun, its
// infinitive, its names, its content before its speaker, its closing
// quote; names alone for a list too long, its first items for a line.
func (e *Engine) wholeShort(q *question, ans *Answer) {
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
	if ans.Short != "" && ans.Verdict == "" && len(ans.Items) == 0 && len(ans.Passages) > 0 && q.kind != KindSaid && q.kind != KindWho && !asksWhoSaid(q) {
		if s := contentFirst(ans.Passages[0].Text, ans.Short); s != ans.Short {
			setShort(ans, s) // "the town had received a fraction of the help sent", not "Tocopilla Mayor Verónica Alvial said the town had received a fraction"
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
}

// countedAnswer gives a "how many" answered by the names or kinds it
// counts as the phrase and the count.
func (e *Engine) countedAnswer(q *question, cands []*cand, ans *Answer, enum span, enumN int) {
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
}

// withPerson gives a "who" answer the person in full, with what the
// article says they are, and a leader's, a list's and a "what" or
// "which" answer the words around them.
func (e *Engine) withPerson(q *question, cands []*cand, ans *Answer) {
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
	if ans.Answered && asksLeader(q) && ans.Verdict == "" && len(ans.Items) == 0 && ans.Short != "" {
		withLeading(ans)
	}
	if ans.Answered && (q.kind == KindWho && len(ans.Items) == 0 || asksWhatWhich(q) && !q.asksArticle) && ans.Verdict == "" && ans.Short != "" {
		withIncluding(ans)
	}
	if ans.Answered && ans.Short != "" && ans.Verdict == "" && len(ans.Passages) > 0 && asksWhatWhich(q) && !q.asksArticle && !q.stranded {
		// (not "what did X say Y is the key to": the object asked for
		// alone, the question's words being its own clause)
		// "which countries offered rescue teams": "Argentina, Peru and
		// Bolivia *offered*", with the question's words next to it
		text := ans.Passages[0].Text
		if at := onlyWholeUse(text, ans.Short); at >= 0 {
			if s := e.withQuestionWords(q, text, span{at, at + len(ans.Short)}); s.end-s.start > len(ans.Short) {
				showDeed(ans, text[s.start:s.end]) // the same answer: what was found stays its bare form (a follow-up's "that")
			}
		}
	}
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
