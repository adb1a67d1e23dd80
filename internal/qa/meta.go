package qa

import (
	"cmp"
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// KindMeta is a question about an article itself: its outlet, author,
// date, dateline, headline, link or photo credits.
const KindMeta Kind = "article facts"

// metaFields are the facts an article may state about itself, in the order
// a question's words are checked for them.
var metaFields = []string{"photo", "standfirst", "subheads", "headline", "link", "dateline", "edition", "author", "outlet", "published"}

// metaField says which fact of an article a question asks for, or "".
func metaField(words []string, outletNamed func() bool) string {
	if len(words) > 2 && words[len(words)-1] == "by" && (words[0] == "who" || words[0] == "who's") {
		if at, _ := findCue(words, "meta-article"); at >= 0 {
			return "author" // "who is the newslooks story by"
		}
	}
	if n := len(words); n > 2 && words[n-1] == "out" && (articleNouns[words[n-2]] || words[n-2] == "it") &&
		(words[0] == "when" || slices.ContainsFunc(words[:min(3, n)], func(w string) bool { return whenNouns[w] })) {
		return "published" // "when was the nordic markets journal piece out": out is published
	}
	if !slices.ContainsFunc(words, func(w string) bool { return metaStarts[w] }) {
		return "" // no word that opens a field's cue: the common case, cheaply
	}
	article := false
	if at, _ := findCue(words, "meta-article"); at >= 0 {
		article = true
	}
	if newest, oldest := asksByDate(words); newest != oldest && slices.Contains(words, "one") {
		article = true // "the headline of the first one"
	}
	for i := 1; i+1 < len(words); i++ {
		if words[i] == "one" && (words[i-1] == "the" || words[i-1] == "that") && oneOf[words[i+1]] {
			article = true // "who wrote the one about the donors"
		}
	}
	if whichArticles(words) {
		article = true // "which one has photos": an article asked for by a field it states
	}
	only := false
	if at, _ := findCue(words, "meta-only"); at >= 0 {
		only = true
	}
	found, foundAt, byPlace := "", len(words), ""
	for _, f := range metaFields {
		at, n := findCue(words, "meta-"+f)
		if at < 0 {
			continue
		}
		if f == "subheads" && underHeadline(words) {
			f = "standfirst" // "the subheading under the pledge article's headline": the line below it
		}
		if pronounArticle(words, at, n) {
			article = true // "who wrote this", "when was it published": the articles, as shown
		}
		switch {
		case f == "dateline" && filedUnder(words):
			continue // "filed under": a section, not a place
		case f == "dateline" && placeAfter(words, at+n) && byPlace == "" && (article || only || outletNamed()):
			// "who wrote the story filed from santiago": the place names
			// the story; the dateline is asked only if nothing else is.
			// Not without an article named: "how many claims were filed
			// in brackenford" asks no article's dateline
			byPlace = f
			continue
		case f == "photo" && (words[0] == "when" || slices.ContainsFunc(words[:min(3, len(words))], func(w string) bool { return whenNouns[w] })):
			return "" // "what date was the photo taken": the date its caption gives, no credit
		case f == "photo" && slices.ContainsFunc(words, photoCredit.MatchString):
			return f // "who took the pictures of …": credits, article or not
		case article || only || outletNamed() || f != "photo" && bareField(words, at, n) || f == "outlet" && asksAt(words, at) && at+n < len(words) && reportVerbs[words[at+n]] ||
			f == "author" && words[0] == "who" && at+n < len(words) && words[at+n] == "about":
			// ("which paper reported the toll": the outlet of the
			// article that did; "who wrote about the rescue": the
			// author of the article about it)
			// of two fields, the one "which" or "what" asks for:
			// "which outlet does valentina rojas write for" asks the
			// outlet, not the author "write" cues
			if found == "" || at < foundAt && asksAt(words, at) {
				found, foundAt = f, at
			}
		}
	}
	if found == "" {
		found = byPlace // "which article is datelined paris"
	}
	if found == "published" && (words[0] == "where" || words[0] == "who") {
		return "outlet" // "where was the newslooks piece published", "who published it": in which outlet, not when
	}
	return found
}

// asksWillBe reports whether words ask of what is yet to be, by a future
// auxiliary: "will", not after a determiner, an adjective or a possessive
// ("the will of the islanders", "the mayor's will" are nouns), or "going to" before a verb's base ("going
// to publish", not "going to the polls"; chat's "gonna" is read so).
func asksWillBe(words []string) bool {
	for i, w := range words {
		switch {
		case w == "will":
			if i == 0 || !nounSlot(words[i-1]) && !strings.HasSuffix(words[i-1], "'s") {
				return true
			}
		case w == "going" && i+2 < len(words) && words[i+1] == "to":
			if lexicon.IsVerbBase(words[i+2]) {
				return true
			}
		}
	}
	return false
}

// pronounArticle reports whether words speak of an article only as
// "this", "it" or "these", beside the field's cue at at (n words): "who
// wrote this", "when was it published", every other word a question word
// or a function word. Asked on its own, of the articles the bot answers
// from, not of a thing a question names.
func pronounArticle(words []string, at, n int) bool {
	pronoun := false
	for i, w := range words {
		switch {
		case i >= at && i < at+n:
		case w == "this" || w == "it" || w == "these":
			pronoun = true
		case !questionWords[w] && !auxiliaries[w] && !lexicon.IsFunctionWord(w):
			return false
		}
	}
	return pronoun
}

// placeAfter reports whether a word of content follows words[i], past a
// preposition: "datelined paris", "filed from santiago" (not "where was it
// filed", "the dateline of the pledge piece").
func placeAfter(words []string, i int) bool {
	rest := pastPlacePrepositions(words[min(i, len(words)):])
	return len(rest) > 0 && !lexicon.IsFunctionWord(rest[0]) && !questionWords[rest[0]] && !auxiliaries[rest[0]]
}

// pastPlacePrepositions is words from the first past the prepositions that
// put a place after a dateline's cue: "filed *from* santiago", "datelined
// *in* paris".
func pastPlacePrepositions(words []string) []string {
	for len(words) > 0 && (words[0] == "from" || words[0] == "in" || words[0] == "at") {
		words = words[1:]
	}
	return words
}

// passagesOf are an article's passages of kind, in order.
func passagesOf(a *corpus.Article, kind corpus.Kind) []corpus.Passage {
	var out []corpus.Passage
	for _, p := range a.Passages {
		if p.Kind == kind {
			out = append(out, p)
		}
	}
	return out
}

// reportVerbs, after "which outlet" or "which paper", say what an
// outlet does with a story: the outlet of an article is asked for.
var reportVerbs = wordSet("reported reports covered covers wrote writes ran runs published publishes broke said says")

// oneOf are the words after which "the one" is an article told by what it
// is about or where it is from: "the one about the donors", "the one from
// newslooks".
var oneOf = wordSet("about on from by with")

// byDate is, where words ask for the newest or the oldest of arts ("the
// latest article", "the first one"), that article by the publication
// dates they state; nil when words ask neither, or fewer than two of arts
// state a date.
func byDate(arts []*corpus.Article, words []string) (pick *corpus.Article, asked bool) {
	newest, oldest := asksByDate(words)
	if newest == oldest || len(arts) < 2 {
		return nil, false
	}
	var dated []*corpus.Article
	for _, a := range arts {
		if a.Published != "" {
			dated = append(dated, a)
		}
	}
	if len(dated) < 2 {
		return nil, true
	}
	pick = dated[0]
	for _, a := range dated[1:] {
		if newest && a.Published > pick.Published || oldest && a.Published < pick.Published {
			pick = a
		}
	}
	return pick, true
}

// asksByDate reports whether words pick an article by a word of the
// newest, or of the oldest (kinds.txt): one that says an article ("the
// first article", "the latest newslooks piece", "the first one") or ends
// the question ("which came out first"); not one of something else ("the
// pic of the first bus going over", "the last pier").
func asksByDate(words []string) (newest, oldest bool) {
	for i, w := range words {
		k := dateWords[w] // (one look-up a word, not three: most words are none of them)
		if (k == dateNewest || k == dateOldest) && picksArticle(words, i) {
			newest, oldest = newest || k == dateNewest, oldest || k == dateOldest
		}
		if k == dateBreak && i+1 < len(words) && (brokenNews[words[i+1]] || i+2 < len(words) && fieldDeterminers[words[i+1]] && brokenNews[words[i+2]]) {
			oldest = true // "which outlet broke the story": to break a story is to report it first
		}
	}
	return newest, oldest
}

// dateWords are newestWords, oldestWords and breakWords in one map, each
// word with its class, for asksByDate: the three lists share no word
// (a word of the newest is none of the oldest, nor a verb of breaking).
var dateWords = func() map[string]dateClass {
	m := map[string]dateClass{}
	for class, set := range map[dateClass]map[string]bool{dateNewest: newestWords, dateOldest: oldestWords, dateBreak: breakWords} {
		for w := range set {
			m[w] = class
		}
	}
	return m
}()

// dateClass is the class of a word of dateWords; a word of none is
// noDateWord.
type dateClass uint8

const (
	noDateWord dateClass = iota
	dateNewest
	dateOldest
	dateBreak
)

// breakWords and brokenNews make the idiom of reporting first: "broke the
// story", "break the news".
var (
	breakWords = wordSet("broke break breaks breaking")
	brokenNews = wordSet("story news it")
)

// picksArticle reports whether the word at i of words says which article:
// the question's last word, or one an article's noun (or "one") follows
// within articleReach words.
func picksArticle(words []string, i int) bool {
	if i == len(words)-1 {
		return true
	}
	for _, w := range words[i+1 : min(len(words), i+1+articleReach)] {
		if articleNouns[w] || reportNouns[w] {
			return true
		}
	}
	return false
}

// articleByOrder is the article a question names by when it came out, a
// word of the newest or oldest before an article's noun ("the first
// article", "the latest report"), by the dates the articles state; nil
// when it names none so, or fewer than two state a date. (A word of the
// newest or oldest ending the question, "how many were trapped at first",
// may say when, not which report.)
func (e *Engine) articleByOrder(words []string) *corpus.Article {
	for i, w := range words {
		if !newestWords[w] && !oldestWords[w] || i == len(words)-1 || !picksArticle(words, i) {
			continue
		}
		if pick, _ := byDate(e.c.Articles, words); pick != nil {
			return pick
		}
		return nil
	}
	return nil
}

// reportNouns say an article too after a word of the newest or oldest
// ("the latest report", "the first one", "the earliest coverage"),
// though elsewhere they may say something else.
var reportNouns = wordSet("one ones report reports update updates coverage post posts write-up")

// articleReach is how many words may stand between a word of the newest
// or oldest and the noun of the article it picks ("the first *newslooks*
// article", "the latest *andes wire* story").
const articleReach = 3

// asksAt reports whether the word at i of a question is the noun its
// "which" or "what" asks for: right after it, or after "the".
func asksAt(words []string, i int) bool {
	if len(words) == 0 || words[0] != "which" && words[0] != "what" {
		return false
	}
	return i == 1 || i == 2 && (words[1] == "the" || words[1] == "is" || words[1] == "was")
}

// bareField reports whether the field's cue at words[at:at+n] ends the
// question after a determiner, belonging to nothing the question names:
// "who is the author", "list all the headlines", "whats the dateline"
// ask about the articles, the bot's only texts; "the author of the plan"
// or "what did Macron write" do not, nor "who is in the photos" (what a
// photo shows is news).
func bareField(words []string, at, n int) bool {
	return at > 0 && at+n == len(words) && fieldDeterminers[words[at-1]]
}

// fieldDeterminers are the words that may stand before a field's noun
// asked about bare ("the author", "all the headlines", "their bylines"),
// or before the noun a "which of" picks from ("which of these stories").
var fieldDeterminers = wordSet("the its their these those all any each every")

// underHeadline reports whether words place what they ask for under a
// headline ("under the pledge article headline", "below the title"): the
// standfirst, whatever it is called.
func underHeadline(words []string) bool {
	for i, w := range words {
		if w != "under" && w != "below" && w != "beneath" {
			continue
		}
		for _, x := range words[i+1 : min(len(words), i+5)] {
			if x == "headline" || x == "headlines" || x == "title" {
				return true
			}
		}
	}
	return false
}

// filedUnder reports whether words say "filed under" (a section).
func filedUnder(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "filed" && words[i+1] == "under" {
			return true
		}
	}
	return false
}

// asksOutletsArticle reports whether a question asks which article an
// outlet (or an author) published and nothing else of it: "which article
// is from newslooks", "what did newslooks publish", "whats the newslooks
// article called". Its words besides the outlet's are an article noun and
// verbs at most; a name or another noun asks what the article says.
func (e *Engine) asksOutletsArticle(q *question) bool {
	if len(q.words) < 3 || q.words[0] != "which" && q.words[0] != "what" && q.words[0] != "whats" || len(e.byOutlet(q)) == 0 {
		return false
	}
	noun := false
	for kt := range q.terms {
		t := &q.terms[kt]
		w := strings.ToLower(t.word)
		switch {
		case articleNouns[w]:
			noun = true
		case t.entity || !lexicon.IsVerb(w) && !pastVerb(w):
			return false
		}
	}
	return noun || slices.Contains(q.words, "publish") || slices.Contains(q.words, "published")
}

// metaStarts are the first words of the fields' cues.
var metaStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range metaFields {
		for _, p := range cueLists["meta-"+f] {
			m[p[0]] = true
		}
	}
	return m
}()

var photoCredit = regexp.MustCompile(`^(took|taken|shot|credit|credited|credits|photographer|photographers|who|whose)$`)

// meta answers a question about an article's own facts from what the
// article states (its front matter, the credits of its captions, the
// dateline of its opening): never invented; an article that does not state
// the fact asked for is not answered. It reports false when the question
// is not about an article.
func (e *Engine) meta(q *question) (Answer, bool) {
	words := q.words
	if ans, ok := e.articleLength(q); ok {
		return ans, true // "which article is the longest", "how many words is the AP piece"
	}
	if ans, ok := e.spellingAnswer(q); ok {
		return ans, true // "which article spells it zelenskiy"
	}
	if ans, ok := e.listedIn(q); ok {
		return ans, true // "which article has a bullet list of who pledged what"
	}
	if asksWillBe(words) {
		// "when will the investigation board publish its final report":
		// what is yet to be published or written is no fact an article
		// states of itself; every article was out before it is read, so
		// the question is of the events the articles tell
		return Answer{}, false
	}
	field := metaField(words, func() bool { return len(e.byOutlet(q)) > 0 })
	if field == "" && e.asksOutletsArticle(q) {
		field = "headline" // "which article is from newslooks": the article, by its headline
	}
	if field == "" {
		return Answer{}, false
	}
	ans := Answer{Question: q.text, Kind: KindMeta}
	// "which article has Putin in its headline": the headline is asked as
	// the article's mark, not for itself
	byHeadline := slices.Contains(words, "which")
	about := field == "author" && len(words) > 0 && words[0] == "who" && slices.Contains(words, "about")
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.unknown && (t.entity || about) && !metaWord(t.word) && !getFold(fillerWords, t.word) && len(e.authorsCalled(strings.ToLower(t.word))) == 0 {
			// ("who wrote about the drone strikes", where no article
			// speaks of drones: no article is about them)
			// "the Guardian article": an outlet no article states (but
			// "URL", which English writes in capitals, asks for a field,
			// and an author's name names the article by her)
			return ans, true
		}
	}
	if whichArticles(words) && lacksField(words) && len(e.byOutlet(q)) == 0 {
		// "which article has no author", "which articles dont have a
		// headline": those that do not state it
		return e.notStating(field, ans), true
	}
	if whichArticles(words) && partKinds[field] != "" && len(e.byOutlet(q)) == 0 {
		if hits := e.partsWith(q, partKinds[field]); len(hits) > 0 {
			// "which article has a subhead called the glaring omission",
			// "which one has a photo of the search dog": those whose part
			// says it, each quoted there
			ans, names := citingEach(ans, hits)
			if len(names) == 1 {
				names[0] = e.withPart(q, names[0], hits[0], true) // the article, and the part that answered
			}
			return articlesNamed(ans, names), true
		}
	}
	if whichArticles(words) && field != "headline" && len(e.byOutlet(q)) == 0 {
		// "which of the articles has a publish date on it": those that
		// state the fact, each named, with it; "which article is
		// datelined paris": those filed from there
		arts := e.c.Articles
		if field == "dateline" {
			if by := e.byDateline(words); len(by) > 0 {
				arts = by
			}
		}
		return e.stating(arts, field, ans), true
	}
	bare := withoutCue(*q, field)
	arts := e.namedArticles(&bare, words)
	if newest, oldest := asksByDate(words); newest != oldest {
		// "the first one": first by date, no word of what it says ("only
		// the first step")
		undated := withoutDateWords(bare)
		arts = e.namedArticles(&undated, words)
	}
	if pick, asked := byDate(arts, words); pick != nil {
		arts = []*corpus.Article{pick} // "who wrote the newest article", "the headline of the first one"
	} else if asked {
		return ans, true // which is newest, fewer than two of them say
	}
	if len(arts) > 1 && len(arts) == len(e.c.Articles) {
		// no article in particular: the question's other words, if any,
		// describe one it does not name clearly enough to tell ("the
		// article about the guarantees"); with none ("who wrote the
		// article"), those that state the field are the ones meant
		if e.describesArticle(q) && field != "headline" && field != "photo" {
			return ans, true
		}
		var stating []*corpus.Article
		for _, a := range arts {
			if e.states(a, field) {
				stating = append(stating, a)
			}
		}
		if len(stating) > 0 {
			arts = stating
		}
	}
	switch field {
	case "photo":
		return e.photoCredits(q, arts, ans), true
	case "subheads":
		return e.subheads(q, arts, ans), true
	case "headline":
		if len(arts) != 1 {
			// "which article has Putin in its headline": the headlines
			// that hold the question's other words
			if with := e.headlinesWith(q); len(with) > 0 {
				arts = with
			}
		}
	}
	if field == "dateline" && slices.Contains(q.words, "dateline") && q.kind != KindWhere {
		field = "dateline-line" // "whats the dateline": the line; "where was it filed", "where is it datelined": the place
	}
	var shorts []string
	for _, a := range arts {
		v, h := e.articleFact(a, field)
		if v == "" || field == "published" && asksClock(q) && len(clockRE.FindStringIndex(v)) == 0 {
			// ("what time was it published": a day is no time of day)
			continue
		}
		shorts = append(shorts, v)
		ans.Items = append(ans.Items, Item{Text: v, Passage: len(ans.Passages)})
		ans.Passages = append(ans.Passages, h)
		ans.Sources = append(ans.Sources, a.ID)
	}
	if len(shorts) == 0 {
		for _, a := range arts {
			ans.Passages = append(ans.Passages, factsHit(a))
		}
		return ans, true // the article does not say: nothing is made up
	}
	ans.Answered = true
	ans.Short = joinItems(shorts)
	if len(ans.Items) == 1 {
		ans.Items = nil // one fact, not a gathered list
	}
	if len(shorts) == 1 && wordCount(ans.Short) > maxShortWords && !strings.HasPrefix(ans.Short, "http") {
		// a long headline: the passage quotes it (a list of outlets or
		// authors is given whole); where its words chose the article
		// ("which article has putin in the headline"), the short answer is
		// its dozen words that hold the question's ("… Security Pledge,
		// But Putin Absent")
		long := ans.Short
		ans.Short = ""
		if byHeadline {
			c := &cand{p: corpus.Passage{Text: long}, toks: e.analyze(long)}
			if kw := e.keyWords(q, c, span{0, len(long)}, maxShortWords); kw != "" {
				setShort(&ans, kw)
			}
		} else if field == "headline" || field == "standfirst" {
			setShort(&ans, leadingPart(long)) // "Valdane Canal blockage holding up €410 million of goods a day"
		}
	}
	return ans, true
}

// leadingPart is what a headline or standfirst of over maxShortWords
// words says first: its words up to the last comma, dash, colon or
// semicolon within its first dozen that leaves at least minCutWords
// ("Valdane Canal blockage holding up €410 million of goods a day, analysts
// estimate": "… of goods a day"), else, and where a subordinate clause
// opens it, its first dozen words without a word left dangling.
func leadingPart(s string) string {
	words := strings.Fields(s)
	if len(words) <= maxShortWords {
		return s
	}
	dozen := func() string {
		// without the words left waiting at the cut, whatever their case
		// (a headline's are capitals): "… Robot Cranes *That Will*"
		w := words[:maxShortWords]
		for len(w) > minCutWords {
			last := strings.ToLower(strings.Trim(w[len(w)-1], ",;:—–-'\"‘’“”"))
			if !danglingWords[last] && !cutOpeners[last] && !auxiliaries[last] {
				break
			}
			w = w[:len(w)-1]
		}
		return strings.TrimRight(strings.Join(w, " "), ",;:—–-")
	}
	if getFold(subordinators, words[0]) {
		return dozen() // "As the Tillard valley digs out, scientists warn …": the comma closes no main clause
	}
	for i := maxShortWords - 1; i >= minCutWords-1; i-- {
		if w := words[i]; strings.HasSuffix(w, ",") || strings.HasSuffix(w, ":") || strings.HasSuffix(w, ";") {
			return strings.TrimRight(strings.Join(words[:i+1], " "), ",:;")
		}
		if i+1 < len(words) && i+1 < maxShortWords && (words[i+1] == "—" || words[i+1] == "–" || words[i+1] == "-") {
			return strings.Join(words[:i+1], " ")
		}
	}
	return dozen()
}

// headlinesWith are the articles whose headline or standfirst holds every
// content word of the question; all articles with a headline when the
// question gives none.
func (e *Engine) headlinesWith(q *question) []*corpus.Article {
	var out []*corpus.Article
	for _, a := range e.c.Articles {
		if a.Headline == "" {
			continue
		}
		head := map[string]bool{}
		for _, t := range e.analyze(a.Headline + " " + a.Standfirst) {
			head[t.Term] = true
		}
		ok := true
		for kt := range q.terms {
			t := &q.terms[kt]
			if !metaWord(t.word) && !e.eventWord(*t) {
				ok = ok && head[t.term]
			}
		}
		if ok {
			out = append(out, a)
		}
	}
	return out
}

// partKinds are the passages of the fields that are parts of an article
// with words of their own, which a question may tell one by.
var partKinds = map[string]corpus.Kind{"subheads": corpus.KindSubhead, "photo": corpus.KindCaption, "standfirst": corpus.KindStandfirst}

// partsWith are the passages of kind, one an article, its first best, that
// hold the most of the question's words besides those asking for fields
// (by idf), at least half of them: the parts a question that asks which
// article has one describes. None when the question describes none.
func (e *Engine) partsWith(q *question, kind corpus.Kind) []Hit {
	total := 0.0
	var terms []qterm
	for kt := range q.terms {
		t := &q.terms[kt]
		if !metaWord(t.word) && !e.eventWord(*t) {
			terms = append(terms, *t)
			total += t.idf
		}
	}
	if len(terms) == 0 {
		return nil
	}
	var out []Hit
	best := 0.5 * total
	for _, a := range e.c.Articles {
		var top Hit
		topGot := 0.0
		for _, p := range a.Passages {
			if p.Kind != kind {
				continue
			}
			toks := e.analyze(p.Text)
			got := 0.0
			for _, t := range terms {
				if termHeld(toks, &t) {
					got += t.idf
				}
			}
			if got > topGot {
				top, topGot = Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text, Score: 1}, got
			}
		}
		switch {
		case topGot > best+1e-9:
			out, best = []Hit{top}, topGot
		case topGot >= best-1e-9 && topGot > 0:
			out = append(out, top)
		}
	}
	return out
}

// articleFact is one fact of an article as it states it, and the passage
// to quote for it; "" when the article does not state it.
func (e *Engine) articleFact(a *corpus.Article, field string) (string, Hit) {
	switch field {
	case "author":
		return a.Author, bylineHit(a, a.Author)
	case "outlet":
		if h := statedHit(a, a.Outlet); len(h.Passages) > 0 {
			return a.Outlet, h
		}
		return a.Outlet, bylineHit(a, a.Outlet)
	case "published":
		h := factsHit(a)
		if t, err := time.Parse("2006-01-02", a.Published); err == nil {
			h = statedHit(a, t.Format("January 2"), t.Format("Jan. 2"), t.Format("2 January"))
		}
		if at := strings.Index(a.Dated, a.Published); len(h.Passages) == 0 && a.Published != "" && at >= 0 {
			// stated above the text with its headline ("date 2026-01-07
			// Talks on …"): quoted as it stands, not as the line of facts
			h = Hit{Article: a, Text: a.Dated, Marks: [][2]int{{at, at + len(a.Published)}}, Score: 1}
		}
		return datedBoth(a.Published), h
	case "link":
		return a.URL, factsHit(a)
	case "headline", "standfirst":
		kind, v := corpus.KindHeadline, a.Headline
		if field == "standfirst" {
			kind, v = corpus.KindStandfirst, a.Standfirst
		}
		for _, p := range a.Passages {
			if p.Kind == kind {
				return v, Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text, Score: 1}
			}
		}
	case "edition":
		// the byline's part that names it ("Morning Edition"), quoted
		// in the byline as it stands
		for _, part := range strings.Split(a.Byline, "/ ") {
			if w := strings.Fields(strings.ToLower(part)); slices.Contains(w, "edition") {
				at := strings.Index(a.Byline, part)
				return part, Hit{Article: a, Text: a.Byline, Marks: [][2]int{{at, at + len(part)}}, Score: 1}
			}
		}
	case "dateline", "dateline-line":
		if p, m, ok := dateline(a); ok {
			end := m[3] // the place it was filed from
			if field == "dateline-line" {
				// the dateline as it stands, place, date and outlet, up to
				// its dash: "SANTIAGO, March 12 (Relief Monitor)"
				end = len(strings.TrimRight(p.Text[:m[1]], " —–-"))
			}
			return p.Text[:end], Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text, Marks: [][2]int{{0, end}}, Score: 1}
		}
		if a.Dateline != "" {
			// stated above the text: quoted from the byline that holds it,
			// as it stands, else as its own line
			text := a.Dateline
			if strings.Contains(a.Byline, a.Dateline) {
				text = a.Byline
			}
			at := strings.Index(text, a.Dateline)
			return a.Dateline, Hit{Article: a, Text: text, Marks: [][2]int{{at, at + len(a.Dateline)}}, Score: 1}
		}
	}
	return "", Hit{}
}

// bylineHit quotes the byline an article states above its text, as it
// stands, with v marked in it ("Newslooks/ WASHINGTON/ J. Mansour/ Morning
// Edition" for the author J. Mansour), when the byline holds v; else the
// line of facts.
func bylineHit(a *corpus.Article, v string) Hit {
	if at := strings.Index(a.Byline, v); v != "" && at >= 0 {
		return Hit{Article: a, Text: a.Byline, Marks: [][2]int{{at, at + len(v)}}, Score: 1}
	}
	return factsHit(a)
}

// statedHit is the passage where the article states a fact about itself
// in its own words, marked there: its dateline when that holds one of
// forms ("SANTIAGO, March 12 (Relief Monitor) -" gives the outlet and the
// date); otherwise the line of its facts (factsHit).
func statedHit(a *corpus.Article, forms ...string) Hit {
	if p, m, ok := dateline(a); ok {
		for _, f := range forms {
			// as whole words: "March 1" is not in "March 12", "AP" not in "CAPE"
			if i := strings.Index(p.Text[:m[1]], f); f != "" && i >= 0 && wordAt(p.Text, i, i+len(f)) && (i+len(f) == len(p.Text) || !unicode.IsDigit(rune(p.Text[i+len(f)]))) {
				return Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text, Marks: [][2]int{{i, i + len(f)}}, Score: 1}
			}
		}
	}
	return factsHit(a)
}

// dateline returns an article's first body passage when it opens with a
// wire-style dateline, and datelineRE's submatch indices in it.
func dateline(a *corpus.Article) (corpus.Passage, []int, bool) {
	for _, p := range a.Passages {
		if p.Kind == corpus.KindBody {
			m := datelineRE.FindStringSubmatchIndex(p.Text)
			return p, m, m != nil
		}
	}
	return corpus.Passage{}, nil, false
}

// datelineEnd is where the wire-style dateline that opens text ends, its
// dash and space included; -1 when text opens with none.
func datelineEnd(text string) int {
	if len(text) < 2 || text[0] < 'A' || text[0] > 'Z' || !datelineSecond(text[1:]) {
		return -1 // (most passages: no expression run)
	}
	if m := datelineRE.FindStringIndex(text); m != nil {
		return m[1]
	}
	return -1
}

// datelineSecond reports whether rest, a text past its first capital,
// goes on as datelineRE's place must: a capital, or a full stop, an
// apostrophe, a space or a hyphen of a place's name in capitals. A
// sentence goes on in lower case ("The", "Crews"), and is told without the
// expression.
func datelineSecond(rest string) bool {
	c := rest[0]
	return c >= 'A' && c <= 'Z' || c == '.' || c == '\'' || c == ' ' || c == '-' || strings.HasPrefix(rest, "’")
}

// datelineRE is a wire-style dateline opening a story: the place in
// capitals (and its country), then perhaps a date and the outlet, then a
// dash: "CALAMA, Chile (Andes Wire) —", "SANTIAGO, March 12 (Relief
// Monitor) -", "KESTREL FALLS, B.C. —" (a state's or province's initials).
var datelineRE = regexp.MustCompile(`^([A-Z][A-Z.'’ -]*[A-Z](?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*|, (?:[A-Z]\.){2,3})?)(?:, [A-Z][a-z]+\.? \d{1,2})?(?: \([^)]*\))? [—–-] `)

// subheads answers with the section subheads of the articles asked about,
// quoted together as the article's outline (outlineHit) and each an item,
// all of them as the short answer, as any list is; "does not say" when
// they have none.
func (e *Engine) subheads(q *question, arts []*corpus.Article, ans Answer) Answer {
	if len(arts) != 1 {
		return ans // which article's sections is not clear
	}
	heads := passagesOf(arts[0], corpus.KindSubhead)
	if h, ok := outlineHit(arts[0], heads); ok && len(h.Passages) == len(heads) {
		ans.Passages = append(ans.Passages, h)
		for _, p := range h.Passages {
			ans.Items = append(ans.Items, Item{Text: p.Text, Passage: len(ans.Passages) - 1})
		}
	} else {
		// headings too long, or too many, to quote together: each its
		// own passage
		for _, p := range heads[:min(len(heads), MaxPassages)] {
			ans.Items = append(ans.Items, Item{Text: p.Text, Passage: len(ans.Passages)})
			ans.Passages = append(ans.Passages, Hit{Article: arts[0], Passages: []corpus.Passage{p}, Text: p.Text, Score: 1})
		}
	}
	if len(ans.Passages) > 0 {
		ans.Answered = true
		ans.Sources = []string{arts[0].ID}
		texts := make([]string, len(ans.Items))
		for i, it := range ans.Items {
			texts[i] = it.Text
		}
		ans.Short = joinItems(texts)
		if q.kind == KindHowMany {
			// "how many subheads does the framework article have": the
			// sections counted, each cited
			ans.Short = strconv.Itoa(len(ans.Items)) + " sections"
			if len(ans.Items) == 1 {
				ans.Short = "1 section"
			}
			ans.Items = nil
		}
	}
	return ans
}

// outlineSep stands between the headings an outline quotes.
const outlineSep = " · "

// outlineHit quotes an article's headings together, in their order, as
// its outline: one passage that holds every one, which a list of sections
// asks for, where each apart would hold one. Each heading is verbatim;
// outlineSep stands for the text between them. The headings that fit
// within a passage's bounds, in order (a heading that holds outlineSep
// itself is left out, as it would read as two); false for none.
func outlineHit(a *corpus.Article, heads []corpus.Passage) (Hit, bool) {
	h := Hit{Article: a, Score: 1}
	for _, p := range heads {
		if strings.Contains(p.Text, strings.TrimSpace(outlineSep)) {
			continue
		}
		text := p.Text
		if h.Text != "" {
			text = h.Text + outlineSep + p.Text
		}
		if len(text) > maxPassageBytes {
			break
		}
		h.Text = text
		h.Passages = append(h.Passages, p)
	}
	return h, len(h.Passages) > 0
}

// isOutline reports whether h quotes its passages as an outline
// (outlineHit): their texts, in order, joined by outlineSep.
func isOutline(h Hit) bool {
	if len(h.Passages) < 2 {
		return false
	}
	texts := make([]string, len(h.Passages))
	for i, p := range h.Passages {
		texts[i] = p.Text
	}
	return h.Text == strings.Join(texts, outlineSep)
}

// factsHit is what an article states about itself, as one line to quote:
// its headline, outlet, author, date and link, those it states. It is the
// one Hit that quotes no sentence (its Passages are empty): the byline and
// the rest stand above an article's text, not in it.
func factsHit(a *corpus.Article) Hit {
	var parts []string
	if a.Headline != "" {
		parts = append(parts, a.Headline)
	}
	// the date written out, and as the front matter and the citation
	// give it: a reader may look for either ("2026-05-19")
	if by := byline(a, true); by != "" {
		parts = append(parts, by)
	}
	if a.URL != "" {
		parts = append(parts, a.URL)
	}
	text := strings.Join(parts, " — ")
	if text == "" {
		text = a.Title()
	}
	return Hit{Article: a, Text: cutAtWord(text, maxPassageBytes), Score: 1}
}

// byline is the part of an article's facts that gives its outlet, author
// and date, those it states: "The Pacific Ledger, by Diego Salinas,
// published 11 March 2026"; with iso, the front matter's date follows the
// date written out (" (2026-03-11)").
func byline(a *corpus.Article, iso bool) string {
	by := origin(a)
	if a.Published != "" {
		long := longDate(a.Published)
		pub := "published " + long
		if iso && long != a.Published {
			pub += " (" + a.Published + ")"
		}
		by = append(by, pub)
	}
	return strings.Join(by, ", ")
}

// origin is where an article came from, as its facts give it: its outlet
// and "by" its author, those it states.
func origin(a *corpus.Article) []string {
	var by []string
	if a.Outlet != "" {
		by = append(by, a.Outlet)
	}
	if a.Author != "" {
		by = append(by, "by "+a.Author)
	}
	return by
}

// datedBoth writes a YYYY-MM-DD date out with the date as the article
// states it after it, as its citation does ("7 January 2026
// (2026-01-07)"): the words to read, the form to search for; other text
// is returned as it is.
func datedBoth(d string) string {
	if long := longDate(d); long != d {
		return long + " (" + d + ")"
	}
	return d
}

// longDate writes a YYYY-MM-DD date out ("10 March 2026"); other text is
// returned as it is.
func longDate(d string) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.Format("2 January 2006")
}

// joinItems writes a list as people do: "A", "A and B", "A, B and C";
// "A, a; B; and C" when an item has a comma of its own.
func joinItems(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	sep, and := ", ", " and "
	for _, it := range items {
		if strings.Contains(it, ",") {
			// items with commas of their own are told apart by semicolons
			sep, and = "; ", "; and "
			break
		}
	}
	return strings.Join(items[:len(items)-1], sep) + and + items[len(items)-1]
}

// whichArticles reports whether words ask which article (or articles):
// "which article …", "which of the articles …", "which one of these
// stories …" (past "of" and any fieldDeterminers: the, these, all …),
// "what stories …", and "which one …", which, of the articles the bot
// answers from, asks for one of them; but not "which one of the <other
// noun>", nor "which one of these / all the <other noun>": a noun after
// the determiners that is no article's names what is picked.
func whichArticles(words []string) bool {
	if len(words) < 2 || words[0] != "which" && words[0] != "what" {
		return false
	}
	rest := words[1:]
	if rest[0] == "one" && len(rest) > 1 && rest[1] == "of" {
		rest = rest[1:] // "which one of the stories": as "which of the stories"
	}
	if rest[0] == "of" {
		// "of the", "of these", "of all the": what follows is what the
		// question picks one of
		j := 1
		for j+1 < len(rest) && fieldDeterminers[rest[j]] {
			j++
		}
		if j > 1 {
			rest = rest[j:]
		}
	}
	for _, w := range rest[:min(2, len(rest))] {
		if articleNouns[w] {
			return true
		}
	}
	// "which one has photos": of the articles, asked about them ("which
	// one of the ministers …", past the strip above, asks about ministers)
	return words[0] == "which" && rest[0] == "one"
}

// stating answers which of arts state a field: each that does, by its
// name, quoting the fact where it states it; none when none does.
func (e *Engine) stating(arts []*corpus.Article, field string, ans Answer) Answer {
	var names []string
	var fact string
	for _, a := range arts {
		if !e.states(a, field) || len(ans.Passages) == MaxPassages {
			continue
		}
		v, h := e.articleFact(a, field)
		fact = v
		if h.Article == nil {
			h = factsHit(a)
		}
		if kind := partKinds[field]; kind != "" {
			// "which article has pictures in it": quoted at its first
			// caption, "which one has subheads" at its outline, where
			// it has them
			parts := passagesOf(a, kind)
			if o, ok := outlineHit(a, parts); ok && kind == corpus.KindSubhead {
				h = o
			} else if len(parts) > 0 {
				h = Hit{Article: a, Passages: parts[:1], Text: parts[0].Text, Score: 1}
			}
		}
		names = append(names, a.Title())
		ans.Passages = append(ans.Passages, h)
		ans.Sources = append(ans.Sources, a.ID)
	}
	if len(names) == 1 {
		// one article has it: named, and the fact or part shown as the
		// passage quoted states it ("which of the articles has a date on
		// it": that one, and its date)
		if partKinds[field] != "" {
			names[0] = e.withPart(nil, shortTitle(names[0]), ans.Passages[0], false)
		} else if h := ans.Passages[0]; strings.Contains(h.Text, fact) || len(h.Marks) > 0 {
			if m := h.Marks; len(m) > 0 && 0 <= m[0][0] && m[0][0] < m[0][1] && m[0][1] <= len(h.Text) {
				fact = h.Text[m[0][0]:m[0][1]] // as it stands where quoted ("2026-01-07")
			}
			names[0] = namedWith(shortTitle(names[0]), h.Article, fact)
		}
	}
	return articlesNamed(ans, names)
}

// withPart is the short answer to "which article has a subhead called the
// glaring omission" or "which one has pictures" when one article answers:
// its name, then its part h quotes (partShown), so that the reader sees
// the feature asked about, not only the article. Where the part does not
// fit beside the name or its outlet, a part the question describes
// (described, q its question) is shown by its words of the question's
// (withMention), any other not at all: the name alone.
func (e *Engine) withPart(q *question, name string, h Hit, described bool) string {
	if h.Article == nil || len(h.Passages) == 0 {
		return name
	}
	if short := namedWith(name, h.Article, partShown(h.Passages[0], described)); short != name || !described {
		return short
	}
	return e.withMention(q, name, h)
}

// namedWith is an article's name, then what it shows (shown) after a colon,
// when the two fit a short answer; else the article's outlet in its name's
// place, where that fits; else the name's opening words, where at least
// minNameWords are left for them ("US Joins UK and France in Major
// Ukraine Security…: The Glaring Omission", "In a significant
// diplomatic…: The coalition's post-meeting statement outlined several key
// mechanisms"), as few as name an article in a list of them; else the
// name alone (as when shown is "").
func namedWith(name string, a *corpus.Article, shown string) string {
	if shown == "" || a == nil || strings.Contains(name, shown) {
		return name
	}
	room := maxShortWords - wordCount(shown)
	for _, label := range []string{name, a.Outlet} {
		if label != "" && wordCount(label) <= room {
			return label + ": " + shown
		}
	}
	if room >= minNameWords {
		return corpus.OpeningWords(name, room) + ": " + shown
	}
	return name
}

// partShown is how a part of an article is shown beside its name: a
// photo's caption, where the question describes no photo ("which one has
// pictures"), by its credit, which names it as a photo ("Yoan Valat, Pool
// photo via AP"); any part by its words up to a colon or a dash, where at
// least two words open it ("The Glaring Omission: Russia's Vladimir
// Putin": its title), else whole.
func partShown(p corpus.Passage, described bool) string {
	text := strings.TrimSpace(p.Text)
	if p.Kind == corpus.KindCaption && !described {
		if m := creditRE.FindStringSubmatch(text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	if i := strings.IndexAny(text, ":—–"); i > 0 {
		if head := strings.TrimSpace(text[:i]); wordCount(head) >= 2 {
			return head
		}
	}
	return text
}

// citingEach is ans citing each of hits (MaxPassages at most), one an
// article, as its passage and source, with the names of their articles
// (shortTitle), in order, for articlesNamed.
func citingEach(ans Answer, hits []Hit) (Answer, []string) {
	var names []string
	for _, h := range hits[:min(len(hits), MaxPassages)] {
		names = append(names, shortTitle(h.Article.Title()))
		ans.Passages = append(ans.Passages, h)
		ans.Sources = append(ans.Sources, h.Article.ID)
	}
	return ans, names
}

// articlesNamed answers with the articles named (their passages already
// given), their names the short answer where it is short enough; not
// answered when there are none.
func articlesNamed(ans Answer, names []string) Answer {
	if len(names) == 0 {
		return ans
	}
	ans.Answered = true
	if short := joinItems(names); wordCount(short) <= maxShortWords {
		ans.Short = short
	} else if short := joinItems(openingNames(names)); wordCount(short) <= maxShortWords {
		ans.Short = short // "The United States has backed… and In a significant diplomatic push…"
	}
	return ans
}

// minNameWords is the fewest of its opening words that name an article
// in a list of them: fewer tell too few articles apart.
const minNameWords = 4

// openingNames are names cut each to their opening words so that the list
// of them fits a short answer (beside its "and" and commas), as an
// article with no headline is named beside a mention; names as they are
// where that leaves fewer than minNameWords each.
func openingNames(names []string) []string {
	if len(names) == 0 {
		return names
	}
	each := (maxShortWords - (len(names) - 1)) / len(names)
	if each < minNameWords {
		return names
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = corpus.OpeningWords(n, each)
	}
	return out
}

// lacksField reports whether words ask for what an article lacks: "has
// no", "dont have", "without", "lacks", "missing".
func lacksField(words []string) bool {
	for i, w := range words {
		switch w {
		case "without", "lacks", "lack", "lacking", "missing":
			return true
		case "no":
			return i > 0 && (words[i-1] == "has" || words[i-1] == "have" || words[i-1] == "with")
		case "don't", "dont", "doesn't", "doesnt", "didn't", "didnt":
			return true
		}
	}
	return false
}

// notStating answers which articles do not state a field, each named by
// its citation; none when every article states it.
func (e *Engine) notStating(field string, ans Answer) Answer {
	var names []string
	for _, a := range e.c.Articles {
		if e.states(a, field) || len(ans.Passages) == MaxPassages {
			continue
		}
		names = append(names, unheadedName(a, field))
		ans.Passages = append(ans.Passages, factsHit(a))
		ans.Sources = append(ans.Sources, a.ID)
	}
	return articlesNamed(ans, names)
}

// unheadedName is what names an article that does not state field: its
// title, but, where the headline is what it lacks (its title is then its
// opening words), its outlet and author where it states them ("The
// Atacama Courier, by Valentina Rojas"), as its facts give them: a reader
// asking which article has no headline knows it by where it came from.
func unheadedName(a *corpus.Article, field string) string {
	if field != "headline" || a.Outlet == "" && a.Author == "" {
		return a.Title()
	}
	return strings.Join(origin(a), ", ")
}

// withoutDateWords is q without the words that ask for the newest or the
// oldest article.
func withoutDateWords(q question) question {
	q.terms = slices.DeleteFunc(slices.Clone(q.terms), func(t qterm) bool {
		w := strings.ToLower(t.word)
		return newestWords[w] || oldestWords[w] || w == "one"
	})
	return q
}

// withoutCue is q without the words of its field's cue ("who *covered* the
// stadium story"): they ask for the field, and say nothing of which story.
func withoutCue(q question, field string) question {
	at, n := findCue(q.words, "meta-"+field)
	if at < 0 || n < 2 {
		return q // a one-word cue is a meta word already (metaWord)
	}
	cue := q.words[at : at+n]
	terms := make([]qterm, 0, len(q.terms))
	for kt := range q.terms {
		t := &q.terms[kt]
		if !slices.Contains(cue, strings.ToLower(t.word)) {
			terms = append(terms, *t)
		}
	}
	q.terms = terms
	return q
}

// partFields are the fields that are parts of an article's page, each
// with words of its own (a standfirst, its photos): what one of them is
// "about" is what that part says, not the article's topic.
var partFields = []string{"photo", "standfirst", "subheads", "headline", "dateline"}

// articleTopic answers a question that names one article, by its outlet
// or its author, and asks what it is about ("what did amit chaudhary write
// about", "what is the kelbrook gazette article about"): its headline, and
// the opening sentence of its text, which says what it reports. It
// reports false for any other question, and for one that names several
// articles or none.
func (e *Engine) articleTopic(q *question) (Answer, bool) {
	if n := len(q.words); n < 3 || q.words[n-1] != "about" {
		return Answer{}, false
	}
	for _, f := range partFields {
		if at, _ := findCue(q.words, "meta-"+f); at >= 0 {
			return Answer{}, false // "whats the standfirst of the civic transport review piece about": what that part says
		}
	}
	named := map[*corpus.Article]bool{}
	for _, a := range q.outlets {
		named[a] = true
	}
	if len(named) == 0 {
		for _, w := range q.words {
			for _, a := range e.authorsCalled(w) {
				named[a] = true
			}
		}
	}
	if len(named) != 1 {
		return Answer{}, false
	}
	var a *corpus.Article
	for x := range named {
		a = x
	}
	for _, p := range a.Passages {
		if p.Kind != corpus.KindBody {
			continue
		}
		short := a.Headline
		if wordCount(short) > maxShortWords {
			short = ""
		}
		return Answer{
			Question: q.text, Kind: KindMeta, Answered: true, Short: short,
			Passages: []Hit{{Article: a, Passages: []corpus.Passage{p}, Text: cutAtWord(p.Text, maxPassageBytes), Score: 1}},
			Sources:  []string{a.ID},
		}, true
	}
	return Answer{}, false
}

// minMentionWords is the fewest words of what an article says that are
// worth showing beside its name: fewer show no more than the name does.
const minMentionWords = 3

// withMention is the short answer to "which article mentions X" when one
// article answers: its name, then where its passage h says X, the dozen
// words together. A user asking which story mentions Kostroma wants the
// story and sight of the mention; the name alone does not show it was
// found. Where the headline leaves too few words, the outlet names the
// article, or, with no headline, fewer of its opening words; where the passage holds none of the question's words, or no
// name leaves room, the name alone is kept.
func (e *Engine) withMention(q *question, name string, h Hit) string {
	if h.Article == nil || h.Text == "" {
		return name
	}
	label := name
	if maxShortWords-wordCount(label) < minMentionWords {
		switch {
		case h.Article.Outlet != "":
			label = h.Article.Outlet
		case h.Article.Headline == "":
			label = corpus.OpeningWords(name, minNameWords) // no headline: its opening words, as few as name it in a list
		}
	}
	room := maxShortWords - wordCount(label)
	if room < minMentionWords {
		return name
	}
	kw := e.mentionWords(q, h.Text, room)
	if kw == "" || strings.Contains(label, kw) {
		return name
	}
	return label + ": " + kw
}

// mentionWords are at most n words of text around its rarest word of the
// question's (the highest idf): from the first word of the question's
// within reach before it that leaves room for a word after it (what it
// names: "15-year *term*"), so that "drones hit an arms depot in Kostroma"
// shows Kostroma, not what the sentence goes on to say of it, up to a
// comma or a paragraph's end after it; "" when text holds none of the
// question's words. A function word does not end it, nor does a stop.
func (e *Engine) mentionWords(q *question, text string, n int) string {
	kw, _ := e.mention(q, text, n)
	return kw
}

// mention is mentionWords' words, and the question's terms they match
// (by index in q.terms, each once): what a passage must hold to say the
// same thing. "" and none when text holds none of the question's words.
func (e *Engine) mention(q *question, text string, n int) (string, []int) {
	words := wordSpans(text)
	if len(words) == 0 {
		return "", nil
	}
	weight, termAt, _ := wordWeights(q, words, e.analyze(text), span{0, len(text)})
	rare := -1
	for i, w := range weight {
		if w > 0 && (rare < 0 || w > weight[rare]) {
			rare = i
		}
	}
	if rare < 0 || n <= 0 {
		return "", nil
	}
	// of the rarest word's places, the one with most of the question's
	// other words around it ("It marked the first time the US *envoys*
	// had joined", not "attended by US *envoys*" before it)
	best := windowWeight(weight, termAt, rare, n)
	for i := rare + 1; i < len(words); i++ {
		if termAt[i] == termAt[rare] && weight[i] == weight[rare] {
			if w := windowWeight(weight, termAt, i, n); w > best {
				rare, best = i, w
			}
		}
	}
	from := rare
	for i := max(0, rare-n+2); i < rare; i++ { // (a word after it kept: "15-year *term*")
		if weight[i] > 0 {
			from = i
			break
		}
	}
	if k := from - 2; k >= 0 && from == rare && n >= 4 && prepositionHead(text, words, k) {
		from = k // the word a preposition joins the name to: "*Writing on* Telegram"
	}
	to := min(len(words), from+n) // one past the last word
	for i := rare; i < to-1; i++ {
		if strings.ContainsAny(text[words[i][1]:words[i+1][0]], ",;:\n") { // (between the words: "3,500" is one; a paragraph's end too)
			to = i + 1 // the mention, not what its clause goes on to say ("Kostroma, triggering …")
			break
		}
	}
	for to > rare+1 && lexicon.IsFunctionWord(strings.ToLower(strings.Trim(text[words[to-1][0]:words[to-1][1]], ` ,;:.—–-“”"‘’'()`))) {
		to--
	}
	var terms []int
	for i := from; i < to; i++ {
		if weight[i] > 0 && !slices.Contains(terms, termAt[i]) {
			terms = append(terms, termAt[i])
		}
	}
	return strings.TrimRight(text[words[from][0]:words[to-1][1]], ` ,;:.—–-“”"‘’'(`), terms
}

// prepositionHead reports whether word k of text (its words' byte spans)
// is a word that a preposition right after it joins to the word after
// that ("*Writing* on Telegram", "depot in Kostroma"), nothing between
// them but spaces: the phrase a mention of the name stands in. Not a
// word of a name ("United *States* over Greenland": capitalised, not at
// a sentence's start), nor a preposition, determiner or auxiliary.
func prepositionHead(text string, words [][2]int, k int) bool {
	if k < 0 || k+2 >= len(words) || strings.TrimSpace(text[words[k][1]:words[k+2][0]]) != text[words[k+1][0]:words[k+1][1]] {
		return false
	}
	typed := text[words[k][0]:words[k][1]]
	head := strings.ToLower(typed)
	if typed != head && !sentenceStart(text, words[k][0]) {
		return false
	}
	return prepositions[strings.ToLower(text[words[k+1][0]:words[k+1][1]])] && !prepositions[head] && !nounOpeners[head] && !auxiliaries[head] && !getFold(articles, head)
}

// windowWeight is the question's weight the words within reach of word
// at hold, n words a mention's reach each way (as mention reads them:
// n-2 before it, n-1 after), each term once.
func windowWeight(weight []float64, termAt []int, at, n int) float64 {
	held := map[int]float64{}
	for i := max(0, at-n+2); i < min(len(weight), at+n); i++ {
		if weight[i] > held[termAt[i]] {
			held[termAt[i]] = weight[i]
		}
	}
	sum := 0.0
	for _, w := range held {
		sum += w
	}
	return sum
}

// holdsTerms reports whether text holds every one of terms (indices in
// q.terms), each in a form the question's look-up matches.
func (e *Engine) holdsTerms(q *question, text string, terms []int) bool {
	toks := e.analyze(text)
	for _, i := range terms {
		if !termStands(q, toks, i) {
			return false
		}
	}
	return true
}

// termStands reports whether toks hold the question's term i, as typed or
// as q lets it stand (q.stands: a synonym, a near word).
func termStands(q *question, toks []index.Token, i int) bool {
	return slices.ContainsFunc(toks, func(tok index.Token) bool { return q.stands(tok.Term, i) })
}

// articlesMention is the short answer to "which articles mention X" when
// their names are too many for a dozen words: how many, then where the
// first passage says X ("2 articles: Ingrid Sævik"). The articles counted,
// and left as the answer's sources and passages, are those with a passage
// that holds every word of the question's the mention shows, not every
// article that holds one of the question's names: "the coordination cell
// in Paris" is said by the two that name the cell, not the five that name
// Paris, so that the count agrees with the passages quoted; where one
// article alone holds it, that article and its mention (withMention). ""
// (the answer left as it is) when the first passage holds none of the
// question's words.
func (e *Engine) articlesMention(ctx context.Context, q *question, ans *Answer) string {
	if len(ans.Passages) == 0 {
		return ""
	}
	const head = "N articles"
	kw, terms := e.mention(q, ans.Passages[0].Text, maxShortWords-wordCount(head))
	if kw == "" {
		return ""
	}
	first := ans.Passages[0].Article
	if first == nil {
		return ""
	}
	held := e.mentionPassages(ctx, q, terms)
	arts := []*corpus.Article{first}
	for _, id := range ans.Sources {
		if a := e.c.Article(id); a != nil && !slices.Contains(arts, a) {
			arts = append(arts, a)
		}
	}
	seen := map[*corpus.Article]bool{}
	for _, a := range arts {
		seen[a] = true
	}
	for _, a := range e.mayMention(held) {
		if !seen[a] {
			arts = append(arts, a)
		}
	}
	var sources []string
	var hits []Hit
	for _, a := range arts {
		h, ok := e.mentionHit(q, a, ans.Passages, terms, held)
		if !ok {
			continue
		}
		sources = append(sources, a.ID)
		if len(hits) < MaxPassages {
			hits = append(hits, h)
		}
	}
	if len(sources) == 0 {
		return "" // (the first passage's article holds it: only where the look-up and its words disagree)
	}
	ans.Sources, ans.Passages = sources, hits
	if len(sources) == 1 {
		return e.withMention(q, shortTitle(hits[0].Article.Title()), hits[0]) // one article says it: named, as "which article" is answered
	}
	return strconv.Itoa(len(sources)) + " articles: " + kw
}

// passageAt is a passage of the engine's articles: its article's index
// in them and its number in the article.
type passageAt struct{ art, seq int32 }

// comparePassages orders passages by article, then number.
func comparePassages(a, b passageAt) int {
	return cmp.Or(cmp.Compare(a.art, b.art), cmp.Compare(a.seq, b.seq))
}

// mentionPassages are the passages of the engine's articles, in their
// order, that hold every one of terms (indices in q.terms), each in a
// form the question's look-up matches (q.lookup), as the mentionTable
// has them: what holdsTerms reports of each passage; every passage where
// terms are none. (Ask never asks with none: articlesMention calls it
// only when mention found words, and mention's terms then hold its
// rarest word's. The case is kept so that the table agrees with
// holdsTerms on every input, TestMayMention's nil row.)
func (e *Engine) mentionPassages(ctx context.Context, q *question, terms []int) []passageAt {
	var in []passageAt
	if len(terms) == 0 {
		for i, a := range e.c.Articles {
			for k := range a.Passages {
				in = append(in, passageAt{int32(i), int32(k)})
			}
		}
		return in
	}
	for n, i := range terms {
		var at []passageAt
		for form := range q.lookup {
			if q.stands(form, i) {
				at = append(at, e.wordArticles.holding(ctx, e, form)...)
			}
		}
		slices.SortFunc(at, comparePassages)
		at = slices.Compact(at)
		if n > 0 {
			at = slices.DeleteFunc(at, func(p passageAt) bool { _, ok := slices.BinarySearchFunc(in, p, comparePassages); return !ok })
		}
		in = at
	}
	return in
}

// mayMention are the articles, in the engine's order, of held (from
// mentionPassages): those with a passage that holds every one of the
// question's terms asked about.
func (e *Engine) mayMention(held []passageAt) []*corpus.Article {
	var out []*corpus.Article
	for k, p := range held {
		if k == 0 || held[k-1].art != p.art {
			out = append(out, e.c.Articles[p.art])
		}
	}
	return out
}

// termPassages is what a Searcher may do besides (an *index.Index does):
// give the passages that hold an analysed word, read from the word's
// postings, no passage analysed.
type termPassages interface {
	PassagesWith(ctx context.Context, term string) ([]index.Hit, error)
}

// mentionBudget bounds how many passages the mention table holds of the
// words asked about, all words (8 bytes each: about 8 MB); a full table
// starts afresh. The bound is about, not at most: the word that fills the
// table is held whole, so one word in more passages than the budget
// (some 200 000 articles of a common word) is held past it.
var mentionBudget = 1 << 20

// mentionTable is, for each analysed word a "which articles mention X"
// has asked about, the passages (in the articles' order) that hold it:
// read from the index's postings of the word (termPassages) on its first
// such question, not every passage of every article analysed again
// (seconds at 10 000 articles: the README's "before" figures). Over a
// searcher without postings to read, every word's, read once by walking
// the articles (all). Safe for concurrent use.
type mentionTable struct {
	mu   sync.RWMutex
	read map[string][]passageAt // the words asked about so far, from the postings
	held int                    // passages read holds

	walk sync.Once
	all  map[string][]passageAt
}

// holding is the passages (in e's articles' order) that hold the
// analysed word; none, with no walk of the articles and nothing kept,
// where ctx is done (a question given up).
func (t *mentionTable) holding(ctx context.Context, e *Engine, word string) []passageAt {
	t.mu.RLock()
	at, ok := t.read[word]
	t.mu.RUnlock()
	if ok {
		return at
	}
	if ctx.Err() != nil {
		return nil
	}
	src, ok := e.s.(termPassages)
	if !ok {
		return t.walked(e)[word]
	}
	hits, err := src.PassagesWith(ctx, word)
	if err != nil {
		if ctx.Err() != nil {
			return nil // (given up while the postings were read: no walk)
		}
		return t.walked(e)[word] // (the walk reads what the postings could not give)
	}
	at = make([]passageAt, 0, len(hits))
	for _, h := range hits {
		// (a posting of no passage of e's: none, unless e's corpus and
		// the index it searches part)
		if i, ok := e.c.Index(h.Article); ok {
			if _, ok := e.c.PassageAt(i, h.Seq); ok {
				at = append(at, passageAt{int32(i), int32(h.Seq)})
			}
		}
	}
	// (already in comparePassages' order: PassagesWith gives article id
	// then number, and corpus keeps its articles sorted by id)
	t.mu.Lock()
	defer t.mu.Unlock()
	n := max(1, len(at)) // (a word no passage holds still takes room)
	if t.read == nil || t.held+n > mentionBudget {
		t.read, t.held = map[string][]passageAt{}, 0
	}
	t.read[word] = at
	t.held += n
	return at
}

// walked is the table of every word of e's articles, read on its first
// use: each passage's words as New analysed them (e.facts), or analysed
// now, past the memo (every passage once would push out what questions
// read again).
func (t *mentionTable) walked(e *Engine) map[string][]passageAt {
	t.walk.Do(func() {
		t.all = map[string][]passageAt{}
		for i, a := range e.c.Articles {
			read := e.facts[a]
			for k, p := range a.Passages {
				var toks []index.Token
				if k < len(read) {
					toks = read[k].toks
				} else {
					toks = e.s.Analyze(p.Text)
				}
				at := passageAt{int32(i), int32(k)}
				for _, tok := range toks {
					if have := t.all[tok.Term]; len(have) == 0 || have[len(have)-1] != at {
						t.all[tok.Term] = append(have, at)
					}
				}
			}
		}
	})
	return t.all
}

// mentionHit is the passage of a that holds every one of terms: the first
// such among found (the answer's, in their order), else its first such of
// its own, of held (mentionPassages); false when none of its passages
// does.
func (e *Engine) mentionHit(q *question, a *corpus.Article, found []Hit, terms []int, held []passageAt) (Hit, bool) {
	for _, h := range found {
		if h.Article == a && e.holdsTerms(q, h.Text, terms) {
			return h, true
		}
	}
	n, ok := e.c.Index(a.ID)
	if !ok || e.c.Articles[n] != a {
		return Hit{}, false
	}
	i := int32(n)
	k, _ := slices.BinarySearchFunc(held, passageAt{i, 0}, comparePassages)
	for ; k < len(held) && held[k].art == i; k++ {
		if p := a.Passages[held[k].seq]; e.holdsTerms(q, p.Text, terms) {
			return Hit{Article: a, Passages: []corpus.Passage{p}, Text: cutAtWord(p.Text, maxPassageBytes), Score: 1}, true
		}
	}
	return Hit{}, false
}

// longestWords and shortestWords pick an article by its length in words
// ("the longest article", "which story is shortest").
var (
	longestWords  = cueSet("meta-longest-words")
	shortestWords = cueSet("meta-shortest-words")
)

// articleLength answers how long an article is, in words, counted by
// lengthInWords from its text as the corpus holds it (once, at New:
// lengthOf), as no article states it: "which article is the longest" (or
// shortest: of an outlet's, where the question names one) with that
// article's name and length; "how many words is the cordillera post
// story", "how long is the AP article" with the length of the one article
// the question names. The short answer names the article beside its
// length ("Chile quake toll climbs to 351: 1,240 words"); the passage
// quoted is its line of facts (factsHit), since no sentence says it. It
// reports false for any other question, and declines one that names no
// one article.
func (e *Engine) articleLength(q *question) (Answer, bool) {
	words := q.words
	var arts []*corpus.Article
	longest, shortest := false, false
	for i, w := range words {
		if (longestWords[w] || shortestWords[w]) && picksArticle(words, i) && (whichArticles(words) || slices.ContainsFunc(words, func(w string) bool { return articleNouns[w] })) {
			longest, shortest = longestWords[w], shortestWords[w]
			break
		}
	}
	ans := Answer{Question: q.text, Kind: KindMeta}
	switch {
	case longest || shortest:
		arts = e.c.Articles
		if len(q.outlets) > 0 {
			arts = q.outlets // "the longest newslooks piece"
		}
		if len(arts) < 2 {
			return ans, true // which is longest, of one article or none, says nothing
		}
		pick, best := arts[0], e.lengthOf(arts[0])
		for _, a := range arts[1:] {
			if n := e.lengthOf(a); longest && n > best || shortest && n < best {
				pick, best = a, n
			}
		}
		arts = []*corpus.Article{pick}
	case lengthAsked(words, q.outlets):
		bare := withoutCue(*q, "length")
		if at, n := findCue(words, "meta-length-loose"); at >= 0 && n >= 2 {
			bare = withoutCue(bare, "length-loose")
		}
		arts = e.namedArticles(&bare, words)
		if len(arts) != 1 {
			return ans, true // no one article named: "how long is the article"
		}
	default:
		return Answer{}, false
	}
	a := arts[0]
	ans.Answered = true
	ans.Short = namedWith(shortTitle(a.Title()), a, wordsLong(e.lengthOf(a)))
	ans.Passages = []Hit{factsHit(a)}
	ans.Sources = []string{a.ID}
	return ans, true
}

// lengthAsked reports whether words ask how long an article is: a cue of
// [meta-length] ("how many words", "word count") or [meta-length-loose]
// ("how long", "length") with nothing after it but lengthWords (function
// words, the cues' own, the words of the outlet named: outlets) and then
// an article's noun; past that noun, those and the words of having or
// being ([collection-words]).
func lengthAsked(words []string, outlets []*corpus.Article) bool {
	at, n := findCue(words, "meta-length")
	strict := at >= 0
	if !strict {
		if at, n = findCue(words, "meta-length-loose"); at < 0 {
			return false
		}
	}
	named := outletWords(outlets)
	noun := -1
	for i := at + n; i < len(words); i++ {
		if articleNouns[words[i]] {
			noun = i
		}
	}
	if noun < 0 {
		return false
	}
	for _, w := range words[at+n : noun] {
		if !lengthWord(w, named, strict) {
			// "how long is the strike in the AP story": the strike's; "how
			// many words did the mayor say in the AP story": the mayor's
			return false
		}
	}
	for _, w := range words[noun+1:] {
		if !collectionWords[w] && !lengthWord(w, named, strict) {
			return false // "how many words is the article about the donors": a topic after it
		}
	}
	return true
}

// lengthCueWords are the words of the length cues ([meta-length] and
// [meta-length-loose]: "words", "long", "count").
var lengthCueWords = func() map[string]bool {
	m := map[string]bool{}
	for _, section := range []string{"meta-length", "meta-length-loose"} {
		for _, p := range cueLists[section] {
			for _, w := range p {
				m[w] = true
			}
		}
	}
	return m
}()

// lengthWord reports whether w, beside an article's noun in a question of
// its length, leaves it asked about the article: a function word, a word
// of the length cues ("how many words *long* is …", "how long *in words*
// …"), a word of the outlet named (named), and where a count in words is
// asked (strict: [meta-length]) an adverb (lexicon.IsAdverb: "how many
// words *approximately* is …"), which says nothing of what is counted.
// After "how long" an adverb may ask a time ("how long *ago* was the AP
// piece published"), and is no such word.
func lengthWord(w string, named map[string]bool, strict bool) bool {
	return lexicon.IsFunctionWord(w) || lengthCueWords[w] || named[w] || strict && lexicon.IsAdverb(w)
}

// lengthInWords is how many words an article's own text has, as the
// corpus holds it: the words of its body sentences, list items and
// subheads. Its headline and standfirst (which stand above the text), its
// captions and photo credits (which belong to a picture) and its line of
// facts are not counted, as a newsroom's word count leaves them out. A
// word is a run of text between spaces that holds a letter or a digit:
// "3,000", "well-known" and "‘We" are one word each, a dash or a bullet
// standing alone is none.
func lengthInWords(a *corpus.Article) int {
	n := 0
	for _, p := range a.Passages {
		if p.Kind != corpus.KindBody && p.Kind != corpus.KindBullet && p.Kind != corpus.KindSubhead {
			continue
		}
		for _, w := range strings.Fields(p.Text) {
			if strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
				n++
			}
		}
	}
	return n
}

// lengthOf is article a's length in words (lengthInWords), as New
// counted it for each of the engine's articles; counted now for any other.
func (e *Engine) lengthOf(a *corpus.Article) int {
	if n, ok := e.wordLengths[a]; ok {
		return n
	}
	return lengthInWords(a)
}

// wordsLong writes a length in words as people do: "1 word", "842
// words", "1,240 words".
func wordsLong(n int) string {
	if n == 1 {
		return "1 word"
	}
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 { // ('-': for any n, though lengthInWords gives none below 0)
		s = s[:i] + "," + s[i:]
	}
	return s + " words"
}

// spellVerb is the verb of "which article spells it zelenskiy", in any of
// its forms (lexicon.VerbBase: spells, spelled, spelt, spelling).
const spellVerb = "spell"

// spellingAnswer answers "which article spells it zelenskiy", "which one
// spells kyiv the old way, kiev": the articles whose text holds the
// spelling asked for as a word of a name (addSpellings), letter for
// letter (case aside), each cited by its first sentence that does so,
// marked there; one is named with the spelling as it writes it ("Allies
// near a framework…: Zelenskiy"). A spelling is a word after the verb,
// not a function word, that some article holds as a name and not every
// one does (a spelling tells articles apart). After "spells it" it is the
// word next, not a function word ("spells it as …"), whatever follows
// ("spells it tiflis rather than tbilisi": "it" is the name spelt);
// failing that, the last such word, but not the word right after the
// verb where more words than function words follow it (read as the name
// being spelt: "spells kyiv the old way"). After "spells it X" (X no
// letter alone, oneLetter: in "spells it e.g. tiflis" the fallback reads
// tiflis) there is no such fallback: the last word is then most often the spelling ruled out
// ("spells it kyiv instead of tbilisi"), so a spelling X no article tells
// apart is declined, unless X is an adverb or adjective saying how it is
// spelt ("spells it differently, tiflis"); no word after a contrast cue
// ("instead of", spellContrast), nor in the phrase a word of difference
// and the preposition of what it differs from open ("differently from
// the others", "other than", "unlike": differs), up to the end of its
// part of the question (phraseParts: a comma, dash, full stop …) or an
// "as" (not "such as", "spelt as": asWithin) or "but" (spellable:
// "differently from the others, tiflis" and "differently from tbilisi -
// tiflis" still give tiflis), is the spelling, nor, in "spells X differently from …", X, the
// name spelt, every word of it ("spells the name tbilisi differently
// …"). The spelling is read as
// typed (q.typed, chat words expanded; where the verb itself is
// misspelt, each word's term as typed, typedForm, in the part of the
// question it was typed in, partsAlong), not as respelled to
// the articles' nearest one: "spells it tbilissi" asks for no article's
// spelling. A "spells it …" question is always answered here or
// declined ("spells it not tiflis", nothing left to spell), never handed
// on to the other readers, which would answer with the passage of the
// spelling ruled out. It reports false for any other question, and for a
// "spells X …" one whose spelling no article holds.
func (e *Engine) spellingAnswer(q *question) (Answer, bool) {
	if !whichArticles(q.words) {
		return Answer{}, false
	}
	isSpell := func(w string) bool { b, ok := lexicon.VerbBase(w); return ok && b == spellVerb }
	typed := lexicon.Normalize(q.typed)
	words := chatWords(typed)
	parts := phraseParts(typed, words)
	at := slices.IndexFunc(words, isSpell)
	if at < 0 {
		// the verb itself respelled ("spels"): the words as read, each
		// after it as its term was typed, in the part it was typed in
		at = slices.IndexFunc(q.words, isSpell)
		if at < 0 {
			return Answer{}, false
		}
		typedWords, typedParts := words, parts
		words = slices.Clone(q.words)
		for i, from := at+1, 0; i < len(words); i++ {
			words[i], from = typedForm(q, words[i], from)
		}
		parts = partsAlong(words, typedWords, typedParts)
	}
	// what a contrast cue or a word of difference rules out is never the
	// spelling (spellable)
	var partsAfter []int
	if parts != nil {
		partsAfter = parts[at+1:]
	}
	kept, cue, differ := spellable(words[at+1:], partsAfter)
	words = append(slices.Clip(words[:at+1]), kept...)
	ans := Answer{Question: q.text, Kind: KindMeta}
	spellsIt := at+1 < len(words) && words[at+1] == "it"
	if spellsIt && at+2 < len(words) && !lexicon.IsFunctionWord(words[at+2]) && !oneLetter(words[at+2]) {
		if a, ok := e.spelling(words[at+2], ans); ok {
			return a, true
		}
		if w := words[at+2]; endsGenitive(w) {
			// "spells it zelensky's": the name the possessive is of
			if a, ok := e.spelling(w[:strings.LastIndexAny(w, "'’")], ans); ok {
				return a, true
			}
		}
		if w := words[at+2]; !lexicon.IsAdverb(w) && !lexicon.IsAdjective(w) {
			return ans, true // a spelling no article writes, or every one does: declined
		}
		// "spells it differently, tiflis": how it is spelt, the spelling after
		spelt := slices.IndexFunc(words[at+3:], func(w string) bool { return !lexicon.IsFunctionWord(w) })
		if spelt < 0 {
			return ans, true // nothing after it (or after it only what is ruled out): declined
		}
	}
	// the word right after the verb, where the question goes on past it,
	// is the name being spelt, not the spelling: "spells kyiv the old way"
	// asks for kyiv's other spelling
	named := at + 1
	if named+1 >= len(words) || words[named] == "it" || !slices.ContainsFunc(words[named+1:], func(w string) bool { return !lexicon.IsFunctionWord(w) }) {
		named = -1
	}
	nameEnd := at + 1 // (the words before it, past the verb, are the name spelt)
	if differ && cue > 0 && words[at+1] != "it" {
		// "spells tbilisi differently from the others", "spells the name
		// tbilisi differently …": every word between the verb and the
		// word of difference is the name spelt, and the spelling asked of
		// it differs; none of them is that
		nameEnd = at + 1 + cue
	}
	for i := len(words) - 1; i > at; i-- {
		if lexicon.IsFunctionWord(words[i]) || i == named || i < nameEnd {
			continue
		}
		if a, ok := e.spelling(words[i], ans); ok {
			return a, true
		}
	}
	if spellsIt {
		return ans, true // "spells it …" with no spelling that tells articles apart: declined
	}
	return Answer{}, false
}

// spellable is words (those after a spelling question's verb) without
// what they rule out as the spelling, and the index in words of the first
// cue that rules out, -1 where none does, differ true where that cue is a
// word of difference. After a contrast cue ("instead of", spellContrast)
// every word is ruled out but those after a "but" that sets a spelling
// against it ("not tbilisi but tiflis"). A word of difference and the
// preposition of what it differs from ("differently from", "unlike":
// differs) rule out only the phrase they open, up to the end of its part
// of the question (parts: phraseParts, nil where not known) or an "as"
// that is no part of it (asWithin: not "such as", "spelt as") or "but"
// ("differently from the others, tiflis", "unlike tbilisi, as tiflis",
// "differently from tbilisi as tiflis"); the words after it are read
// again as words after the verb.
func spellable(words []string, parts []int) (kept []string, cue int, differ bool) {
	cue = slices.IndexFunc(words, func(w string) bool { return spellContrast[w] })
	if d := differs(words); d >= 0 && (cue < 0 || d < cue) {
		cue, differ = d, true
	}
	if cue < 0 {
		return words, -1, false
	}
	kept = slices.Clip(words[:cue])
	if !differ {
		if but := slices.Index(words[cue:], "but"); but >= 0 {
			// "spells it not tbilisi but tiflis": what "but" sets against it
			kept = append(kept, words[cue+but+1:]...)
		}
		return kept, cue, false
	}
	for i := cue + 1; i < len(words); i++ {
		next := i // where the words read again start
		switch {
		case words[i] == "as" && !asWithin(words, i) || words[i] == "but":
			next = i + 1
		case parts != nil && parts[i] != parts[cue]:
		default:
			continue
		}
		var restParts []int
		if parts != nil {
			restParts = parts[next:]
		}
		rest, _, _ := spellable(words[next:], restParts)
		return append(kept, rest...), cue, true
	}
	return kept, cue, true
}

// asWithin reports whether the "as" at words[i] goes on with the phrase
// before it, not ending it: an "as" of a phrase of kinds.txt
// [as-within] ("places such as tbilisi", "tbilisi as well as tiflis"),
// or one after a verb's past form or -ing form that an auxiliary or a
// pronoun stands before, saying how a thing is written ("the way it is
// spelt as tbilisi", "it written as"), not after a name or noun
// ("differently from tbilisi as tiflis"), nor a place or noun in -ing
// ("differently from reading as redding").
func asWithin(words []string, i int) bool {
	for _, p := range cueLists["as-within"] {
		for k, w := range p {
			if w == "as" && i-k >= 0 && i-k+len(p) <= len(words) && slices.Equal(words[i-k:i-k+len(p)], p) {
				return true
			}
		}
	}
	if i == 0 {
		return false
	}
	w := words[i-1]
	return i >= 2 && (isAux(words[i-2]) || pronoun(words[i-2])) && lexicon.IsVerb(w) && (pastForm(w) || participle(w))
}

// vowelless reports whether w, a word typed before a full stop, is of
// ASCII letters and has no vowel letter ("mt", "ft", "vs"): no word
// English reads, an abbreviation whose stop belongs to it ("differently
// from mt. everest"); not a number ("in 2023."), nor a word of another
// script or of letters beyond ASCII ("київ.", "łódź."), whose stop ends
// the part.
func vowelless(w string) bool {
	w = strings.ToLower(w)
	return w != "" && !strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) && !strings.ContainsAny(w, "aeiouy")
}

// phraseParts numbers each of words, chatWords of text, by the part of
// text it stands in, the parts divided where a question's phrase ends
// (partBreak: a comma, colon, semicolon, bracket, dash, full stop, "!",
// "?", "/" or ellipsis; "spells it differently from the others, tiflis":
// 0 up to "others", 1 for "tiflis"); nil where the parts' words are not
// words (a ";" inside a word, which chatWords keeps).
func phraseParts(text string, words []string) []int {
	parts := make([]int, 0, len(words))
	var read []string
	for i, part := range textParts(text) {
		w := chatWords(part)
		read = append(read, w...)
		for range w {
			parts = append(parts, i)
		}
	}
	if !slices.Equal(read, words) {
		return nil
	}
	return parts
}

// partsAlong numbers each of words by the part (parts: phraseParts) of
// the word of typed it was read from, where the words were read from
// typed with some respelled ("which article spels it …" read as
// "spells"): each word is found in typed after the last found, in order;
// one not found there (a respelling) stands in the part of the typed
// word next after the last found. Nil where parts is nil.
func partsAlong(words, typed []string, parts []int) []int {
	if len(parts) == 0 {
		return nil
	}
	out := make([]int, len(words))
	j := 0 // the next word of typed not yet found
	for i, w := range words {
		if k := slices.Index(typed[j:], w); k >= 0 {
			j += k + 1
			out[i] = parts[j-1]
			continue
		}
		out[i] = parts[min(j, len(parts)-1)]
	}
	return out
}

// textParts is text divided at each partBreak, the marks left out.
func textParts(text string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(text); {
		if n := partBreak(text, i); n > 0 {
			parts = append(parts, text[start:i])
			i += n
			start = i
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return append(parts, text[start:])
}

// partBreak is the length in bytes of the mark at byte i of text where it
// ends a phrase, 0 where none does: a comma, colon, semicolon, bracket,
// "!", "?", "/", a dash as typed ("—", "–", or ASCII hyphens doubled or
// with a space beside them: "tbilisi - tiflis", "tbilisi -- tiflis", not
// the hyphen of "well-known"), an ellipsis ("…", "..."), and a full stop
// with a space or the end after it that no abbreviation owns (stopEnds:
// "the others. tiflis", not "e.g. tiflis", "the u.s. spelling" or "2.5").
func partBreak(text string, i int) int {
	r, size := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == '/' && lexicon.IsFunctionWord(strings.ToLower(lastWord(text[:i]))) && lexicon.IsFunctionWord(strings.ToLower(firstWord(text[i+1:]))):
		return 0 // "and/or", "either/or": one word
	case strings.ContainsRune(",:;()[]—–…!?/", r):
		return size
	case r == '-' || r == '.':
		n := len(text[i:]) - len(strings.TrimLeft(text[i:], string(r)))
		if n > 1 {
			return n // "--", "..."
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+1:])
		spaceAfter := i+1 == len(text) || unicode.IsSpace(after)
		if r == '-' && (spaceAfter || i == 0 || unicode.IsSpace(before)) {
			return 1
		}
		if r == '.' && spaceAfter && stopEnds(text, i, text[i+1:]) && !vowelless(lastWord(text[:i])) {
			return 1
		}
	}
	return 0
}

// spellContrast are the words after which a question names the spelling
// it rules out ("spells it kyiv *instead of* tbilisi"; kinds.txt).
var spellContrast = cueSet("spell-contrast-words")

// likeness are the words of likeness whose opposites are the words of
// difference, and differencePrepositions the prepositions before what a
// thing differs from (kinds.txt).
var (
	likeness               = cueSet("likeness-words")
	differencePrepositions = cueSet("difference-preposition-words")
)

// differs is the index in words of the first word of difference that
// opens what the words set apart ("differently from tbilisi", "other than
// tbilisi", "unlike tbilisi"): a word WordNet gives as the opposite of a
// word of likeness, or an adverb in -ly of one ("differently"), followed
// by a preposition of what it differs from, or itself a preposition
// ("unlike") followed by any word, or a word of difference, a noun it
// modifies and such a preposition ("a different way from tbilisi"); -1
// where none does. A word of difference otherwise says how a thing is
// ("spells it differently, tiflis").
func differs(words []string) int {
	for i, w := range words[:max(0, len(words)-1)] {
		if !isDifference(w) {
			continue
		}
		if differencePrepositions[words[i+1]] || prepositions[w] {
			return i
		}
		if i+2 < len(words) && differencePrepositions[words[i+2]] && modifiable(words[i+1]) {
			// the thing that differs between ("in a different way from
			// tbilisi", "a different spelling to")
			return i
		}
	}
	return -1
}

// modifiable reports whether w may be the noun a word of difference
// modifies: a word of the dictionary (lexicon.IsWord), not a function
// word, an adverb or a name (a spelling such as "tiflis" is none).
func modifiable(w string) bool {
	return lexicon.IsWord(w) && !lexicon.IsName(w) && !lexicon.IsFunctionWord(w) && !lexicon.IsAdverb(w)
}

// isDifference reports whether w is a word of difference: the opposite
// of a word of likeness (lexicon.Opposite), or an adverb made of one with
// -ly.
func isDifference(w string) bool {
	if base, ok := strings.CutSuffix(w, "ly"); ok && lexicon.IsAdverb(w) {
		w = base
	}
	for like := range likeness {
		if lexicon.Opposite(w, like) {
			return true
		}
	}
	return false
}

// typedForm is a question's word w (of q.words) as its term was typed,
// chat words expanded (qterm.normalised), not as respelled to the
// articles' nearest spelling: the first term from q.terms[from] on that
// reads w, and the index past it, where the next word's term is looked
// for (a respelled word and its spelling both read "tbilisi"); w itself
// and from where no term reads it.
func typedForm(q *question, w string, from int) (string, int) {
	for i := from; i < len(q.terms); i++ {
		if t := q.terms[i]; strings.EqualFold(t.word, w) && t.normalised != "" {
			return strings.ToLower(t.normalised), i + 1
		}
	}
	return w, from
}

// oneLetter reports whether w is a letter alone, which spells no name: an
// abbreviation's ("e.g.", "U.S.") or an initial's.
func oneLetter(w string) bool { return utf8.RuneCountInString(w) == 1 }

// spelling is ans answered with the articles that write w as a word of a
// name (e.spellings), each cited by its first sentence that does so, w
// marked there; false where none does or every one does, which tells no
// article apart, and for a word of one letter, which spells no name
// ("s" of "U.S.").
func (e *Engine) spelling(w string, ans Answer) (Answer, bool) {
	if utf8.RuneCountInString(w) < 2 {
		return Answer{}, false
	}
	found := e.spellings.of(e)[foldKey(w)]
	if len(found) == 0 || len(found) == len(e.c.Articles) {
		return Answer{}, false
	}
	hits := make([]Hit, len(found))
	for i, f := range found {
		a := e.c.Articles[f.article]
		p := a.Passages[f.passage]
		hits[i] = Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text, Marks: [][2]int{{f.start, f.end}}, Score: 1}
	}
	ans, names := citingEach(ans, hits)
	if len(names) == 1 {
		m := hits[0].Marks[0]
		names[0] = namedWith(names[0], hits[0].Article, hits[0].Text[m[0]:m[1]])
	}
	return articlesNamed(ans, names), true
}

// spellingTable is, for each word of a name any of the engine's articles
// writes (by foldKey), where each article first writes it, in the order
// of the articles: read once, on the first spelling asked (of), not every
// article again for each question and word.
type spellingTable struct {
	once sync.Once
	at   map[string][]spellingAt
}

// A spellingAt is where an article first writes a word of a name: the
// article's and the passage's indexes and the word's byte span.
type spellingAt struct {
	article, passage int
	start, end       int
}

// of is the table over e's articles, read on its first use.
func (t *spellingTable) of(e *Engine) map[string][]spellingAt {
	t.once.Do(func() {
		t.at = map[string][]spellingAt{}
		for i, a := range e.c.Articles {
			e.addSpellings(t.at, i, a)
		}
	})
	return t.at
}

// addSpellings adds to m where article a (the engine's i-th) first writes
// each word of a name, in its headline, standfirst, subheads and text, not
// its captions (a picture's words): a word of a name is one of e.names
// (in capitals, and not only for opening a sentence: spellings asked
// about are of names, and "the old way" or "Old habits die hard" are
// not) that opens on a capital letter; a word is a run of letters and
// digits ("Kiev's" holds "Kiev", "Kievan" does not).
func (e *Engine) addSpellings(m map[string][]spellingAt, i int, a *corpus.Article) {
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	for pi, p := range a.Passages {
		if p.Kind == corpus.KindCaption {
			continue
		}
		text := p.Text
		// (namesNow, not the memo's names: every passage read once would
		// push out what questions read again)
		for _, s := range e.namesNow(text) {
			for at := s.start; at < s.end; {
				j := strings.IndexFunc(text[at:s.end], func(r rune) bool { return !notWord(r) })
				if j < 0 {
					break
				}
				start := at + j
				end := s.end
				if k := strings.IndexFunc(text[start:s.end], notWord); k >= 0 {
					end = start + k
				}
				if r, _ := utf8.DecodeRuneInString(text[start:end]); unicode.IsUpper(r) {
					k := foldKey(text[start:end])
					if have := m[k]; len(have) == 0 || have[len(have)-1].article != i {
						m[k] = append(have, spellingAt{i, pi, start, end})
					}
				}
				at = end
			}
		}
	}
}

// foldKey is s with each rune the least of those it equals in any case
// (unicode.SimpleFold's orbit): two words have the same key exactly when
// strings.EqualFold holds of them.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

// listedIn answers "which article has a bullet list of who pledged what":
// the article whose bulleted list, with the sentence that introduces it
// (introduces: it ends in a colon) and the subhead over them, holds the
// most of the words that describe the list asked for (listDescription:
// after the cue, "a list of *who pledged what*"), by idf, cited by that
// sentence and named with it, up to its colon ("Relief Monitor: The
// largest commitments announced at the conference were"); where the
// question describes no list, every article that has one. It reports false for any other question, for one
// asked where no article has a list, and for a list described that none
// holds.
func (e *Engine) listedIn(q *question) (Answer, bool) {
	if !whichArticles(q.words) {
		return Answer{}, false
	}
	at, n := findCue(q.words, "meta-bullets")
	if at < 0 {
		return Answer{}, false
	}
	describing := e.listDescription(q, at+n)
	var hits []Hit
	var scores []float64 // each hit's, an article's best list
	for _, l := range e.lists.of(e) {
		a, i := e.c.Articles[l.art], int(l.seq)
		p := a.Passages[i]
		text := p.Text
		for _, b := range bulletRun(a, p) {
			text += " " + b.Text
		}
		for j := i - 1; j >= 0 && j >= i-subheadReach; j-- {
			if a.Passages[j].Kind == corpus.KindSubhead {
				text += " " + a.Passages[j].Text // "What was pledged", over the list
			}
		}
		toks := e.analyze(text)
		score := 0.0
		for _, kt := range describing {
			if t := &q.terms[kt]; termHeld(toks, t) {
				score += t.idf
			}
		}
		h := Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text, Score: 1}
		if n := len(hits); n > 0 && hits[n-1].Article == a {
			if score > scores[n-1] {
				hits[n-1], scores[n-1] = h, score // an article's lists: its best cited
			}
			continue
		}
		hits, scores = append(hits, h), append(scores, score)
	}
	best := -1
	for i, sc := range scores {
		if sc > 0 && (best < 0 || sc > scores[best]) {
			best = i
		}
	}
	ans := Answer{Question: q.text, Kind: KindMeta}
	if len(hits) == 0 {
		return Answer{}, false
	}
	if best >= 0 {
		hits = hits[best : best+1]
	} else if len(describing) > 0 {
		return Answer{}, false // "a list of the flood victims": a list described that none holds
	}
	ans, names := citingEach(ans, hits)
	if len(names) == 1 {
		h := hits[0]
		names[0] = namedWith(names[0], h.Article, strings.TrimSuffix(strings.TrimSpace(h.Text), ":"))
	}
	return articlesNamed(ans, names), true
}

// listTable is every passage of the engine's articles that introduces a
// run of bullets (introduces), in the articles' order: read once, on the
// first "which article has a bullet list" (of), not every passage of
// every article walked again for each such question (26 ms a question
// at 10 000 articles).
type listTable struct {
	once sync.Once
	at   []passageAt
}

// of is the table over e's articles, read on its first use.
func (t *listTable) of(e *Engine) []passageAt {
	t.once.Do(func() {
		for i, a := range e.c.Articles {
			for k := range a.Passages {
				if introduces(a, k) {
					t.at = append(t.at, passageAt{int32(i), int32(k)})
				}
			}
		}
	})
	return t.at
}

// subheadReach is how many passages above the sentence that introduces a
// list a subhead may stand and still be the list's: the subhead itself
// right above it, or one with a sentence of lead-in between ("## What was
// pledged ¶ Donors met on Monday. ¶ They pledged:"); further up, a
// subhead heads the section, not the list.
const subheadReach = 2

// bulletCueText is the text of the [meta-bullets] cues' words ("bullet",
// "points", "list"), in one text, for their analysed forms (analysed
// once, at New: Engine.bulletCues).
var bulletCueText = func() string {
	var cues []string
	for _, p := range cueLists["meta-bullets"] {
		cues = append(cues, p...)
	}
	return strings.Join(cues, " ")
}()

// listDescription are the indexes of q's terms that say what list it asks
// for: those of its words from end on (end: where its [meta-bullets] cue
// ends, "a list of *the flood victims*", "bullet points *about the
// cranes*"), less meta words, words of the event and the cues' own words
// in any of their forms ("bullet list of …": "list"). Words before the
// cue ask the question ("which article *uses* bullet points") and
// describe no list.
func (e *Engine) listDescription(q *question, end int) []int {
	if end >= len(q.words) {
		return nil
	}
	after := e.analyze(strings.Join(q.words[end:], " "))
	var out []int
	for kt := range q.terms {
		t := &q.terms[kt]
		if hasTerm(after, t.term) && !metaWord(t.word) && !e.eventWord(*t) && !termHeld(e.bulletCues, t) {
			out = append(out, kt)
		}
	}
	return out
}
