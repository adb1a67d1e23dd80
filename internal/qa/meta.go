// Questions about an article itself: which fact, which article by date or part.

package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
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
			if i == 0 || !nounSlot(words[i-1]) && !endsGenitive(words[i-1]) {
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
