// The articles a question names: by outlet, date, author, dateline or headline; "which articles quote X".

package qa

import (
	"context"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// namedArticles are the articles a question speaks of: those of an outlet
// it names; else the one whose headline and text hold the question's words
// best, when one does clearly; else every article. A word counts three
// times its weight in an article's headline or standfirst, twice in its
// opening, once elsewhere in it; the articles holding a word are looked up
// (Engine.heads, the index's postings), not read: what remains per question
// is a pass over the articles' scores, not over their text.
func (e *Engine) namedArticles(q *question, words []string, keep ...func(*corpus.Article) bool) []*corpus.Article {
	if byOutlet := e.byOutlet(q); len(byOutlet) > 0 {
		return byOutlet
	}
	if dated := e.byDate(q); len(dated) > 0 {
		return dated // "the article dated Jan 7"
	}
	if by := e.byAuthorName(q); len(by) > 0 {
		return by // "valentina rojas story": the article by her
	}
	if by := e.byDateline(words); len(by) > 0 {
		return by // "the article datelined paris": the one filed from there
	}
	kept := func(a *corpus.Article) bool { return len(keep) == 0 || keep[0](a) }
	heads := e.heads
	score := map[*corpus.Article]float64{}
	for kt := range q.terms {
		t := &q.terms[kt]
		if metaWord(t.word) {
			continue // a word that asks for a field, not the story's
		}
		in := map[*corpus.Article]float64{}
		for _, a := range e.bodyArticles(t.term) {
			in[a] = 1
		}
		for _, i := range heads.opening[t.term] {
			in[e.c.Articles[i]] = 2 // what a story is called by
		}
		for _, i := range heads.title[t.term] {
			in[e.c.Articles[i]] = 3 // by its headline most of all ("the pledge article")
		}
		for a, w := range in {
			score[a] += w * t.idf
		}
	}
	// the best scored article and the runner-up's score, the earliest
	// first among equals
	var first *corpus.Article
	best, next := -1.0, -1.0
	n := 0
	for _, a := range e.c.Articles {
		if !kept(a) {
			continue // it does not state what is asked: not the one meant
		}
		n++
		switch s := score[a]; {
		case s > best:
			next = best
			first, best = a, s
		case s > next:
			next = s
		}
	}
	if n == 1 || n > 1 && best > 0 && best >= 1.3*next {
		return []*corpus.Article{first}
	}
	return e.c.Articles
}

// headTerms are, for each analysed term, the articles (by position in the
// corpus) whose headline or standfirst holds it (title) and whose opening
// does (opening): built with the engine, read by namedArticles.
type headTerms struct {
	title, opening map[string][]int
}

// newHeadTerms builds headTerms. It analyses through the index directly,
// not through the memo: at 10 000 articles the headlines and openings would
// fill it and push out what questions use.
func (e *Engine) newHeadTerms() *headTerms {
	h := &headTerms{title: map[string][]int{}, opening: map[string][]int{}}
	for i, a := range e.c.Articles {
		title := map[string]bool{}
		for _, t := range e.s.Analyze(a.Headline + " " + a.Standfirst) {
			if !title[t.Term] {
				title[t.Term] = true
				h.title[t.Term] = append(h.title[t.Term], i)
			}
		}
		opening := map[string]bool{}
		texts := []string{slugWords(a)}
		for _, p := range openingPassages(a) {
			texts = append(texts, p.Text)
		}
		for _, text := range texts {
			for _, t := range e.s.Analyze(text) {
				if !opening[t.Term] {
					opening[t.Term] = true
					h.opening[t.Term] = append(h.opening[t.Term], i)
				}
			}
		}
	}
	return h
}

// slugWords are the words of an article's identifier and of the last part
// of its address, as a newsroom names a story ("canal-blockage-cost"): what
// the story is called by, as its opening is, though its headline may not
// say it ("the cost article"). An identifier of no words gives none.
func slugWords(a *corpus.Article) string {
	slug := a.ID
	u, _, _ := strings.Cut(a.URL, "?") // (a feed's tracking query, "?utm_source=rss", names nothing: final re-read RM5)
	u, _, _ = strings.Cut(u, "#")
	if u = strings.TrimRight(u, "/"); u != "" {
		last := u[strings.LastIndex(u, "/")+1:]
		slug += " " + strings.TrimSuffix(last, path.Ext(last)) // (nor its extension, ".html")
	}
	return strings.NewReplacer("-", " ", "_", " ", ".", " ").Replace(slug)
}

// bodyArticles are the articles whose passages hold term, from the index:
// none for a term in more than maxSynonymDF passages, too common to tell
// one story from another.
func (e *Engine) bodyArticles(term string) []*corpus.Article {
	df := e.s.DocFreq(term)
	if df == 0 || df > maxSynonymDF {
		return nil
	}
	// the term alone, not its synonyms; a search's only failure is a
	// closed index, which leaves the headline and opening to tell
	hits, err := e.s.Search(context.Background(), index.Query{Terms: []string{term}, Size: df, Synonyms: map[string][]string{}})
	if err != nil {
		return nil
	}
	var out []*corpus.Article
	seen := map[string]bool{}
	for _, h := range hits {
		if !seen[h.Article] {
			seen[h.Article] = true
			if a := e.c.Article(h.Article); a != nil {
				out = append(out, a)
			}
		}
	}
	return out
}

// openingPassages are an article's headline, standfirst and first body
// paragraph (not its captions or bullets).
func openingPassages(a *corpus.Article) []corpus.Passage {
	var out []corpus.Passage
	first := -1
	for _, p := range a.Passages {
		switch {
		case p.Kind == corpus.KindHeadline || p.Kind == corpus.KindStandfirst:
		case p.Kind == corpus.KindBody && (first < 0 || p.Block == first):
			first = p.Block
		default:
			continue
		}
		out = append(out, p)
	}
	return out
}

// states reports whether an article states a field, so that a question
// about it can only mean such an article.
func (e *Engine) states(a *corpus.Article, field string) bool {
	switch field {
	case "subheads":
		for _, p := range a.Passages {
			if p.Kind == corpus.KindSubhead {
				return true
			}
		}
		return false
	case "photo":
		for _, p := range a.Passages {
			if p.Kind == corpus.KindCaption {
				return true
			}
		}
		return false
	}
	v, _ := e.articleFact(a, field)
	return v != ""
}

// byOutlet are the articles of the outlets a question names: most of an
// outlet's words (as analysed, or a near spelling: "atacama courrier") in
// the question.
func (e *Engine) byOutlet(q *question) []*corpus.Article {
	return e.outletsNamed(q, false)
}

// outletsNamed returns the articles of the outlets q names: in one word as
// it was read (q.outlets), else by the words of the outlet's name among
// the question's terms: every one of them when whole, else at least half
// of them, synonyms counted.
func (e *Engine) outletsNamed(q *question, whole bool) []*corpus.Article {
	if len(q.outlets) > 0 {
		return q.outlets // named in one word, found as the question was read
	}
	terms := map[string]bool{}
	for kt := range q.terms {
		t := &q.terms[kt]
		terms[t.term] = true
		if !whole {
			for _, a := range t.alts {
				terms[a] = true
			}
		}
	}
	// a word the articles also use in their text (a place they report
	// from) names an outlet in part only where the question speaks of
	// articles ("the castelmoor piece"), not of what happened there
	// ("trains between brennport and castelmoor")
	articleCue := slices.Contains(q.words, "according") || slices.Contains(q.words, "per")
	if at, _ := findCue(q.words, "meta-article"); at >= 0 {
		articleCue = true
	}
	// the articles whose outlet's name holds a word of the question, in
	// their order: the others name none (read from outletTerms, not by
	// analysing every article's outlet for each question)
	var cands []int
	for t := range terms {
		cands = append(cands, e.outletTerms[t]...)
	}
	slices.Sort(cands)
	var out []*corpus.Article
	for _, i := range slices.Compact(cands) {
		a := e.c.Articles[i]
		ot := e.analyze(a.Outlet)
		got, inText := 0, true
		for _, t := range ot {
			if terms[t.Term] {
				got++
				inText = inText && e.s.DocFreq(t.Term) > 0
			}
		}
		if !whole && got < len(ot) && inText && !articleCue {
			continue
		}
		if len(ot) > 0 && (whole && got == len(ot) || !whole && got > 0 && 2*got >= len(ot)) {
			out = append(out, a)
		}
	}
	return out
}

// describesArticle reports whether a question about an article has words
// besides those asking for its fields: words that would say which article.
func (e *Engine) describesArticle(q *question) bool {
	for kt := range q.terms {
		t := &q.terms[kt]
		if !t.unknown && !metaWord(t.word) && !getFold(fillerWords, t.word) && !e.eventWord(*t) {
			return true
		}
	}
	return false
}

// byDate are the articles published on a day the question names ("jan 7",
// "7 January", "March 12").
func (e *Engine) byDate(q *question) []*corpus.Article {
	var out []*corpus.Article
	for _, s := range e.find(anyCaseDateRE, q.text) {
		for _, a := range e.c.Articles {
			t, err := time.Parse("2006-01-02", a.Published)
			if err != nil {
				continue
			}
			said := strings.ToLower(q.text[s.start:s.end])
			day := strconv.Itoa(t.Day())
			month := strings.ToLower(t.Month().String()[:3])
			if strings.Contains(said, month) && slices.Contains(strings.FieldsFunc(said, notDigit), day) {
				out = append(out, a)
			}
		}
	}
	return out
}

// anyCaseDateRE is dateRE in any case: "jan 7" as typed in chat.
var anyCaseDateRE = regexp.MustCompile("(?i)" + dateRE.String())

func notDigit(r rune) bool { return r < '0' || r > '9' }

// byAuthorName returns the articles by an author the question names by
// every word it has of a name ("valentina rojas story", "the rojas
// piece"): none when a word of the question that names an author is also
// a word of the articles' text ("who", "will" …), which is no name typed.
func (e *Engine) byAuthorName(q *question) []*corpus.Article {
	var out []*corpus.Article
	for _, w := range q.words {
		by := e.authorsCalled(w)
		if len(by) == 0 || lexicon.IsFunctionWord(w) {
			continue
		}
		for _, a := range by {
			if !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// byDateline are the articles a question names by the place of their
// dateline, right after its cue ("the article *datelined paris*", "the
// story *filed from santiago*"): a reader names an article by where it was
// filed as by who wrote it. None when words name no article's place so.
func (e *Engine) byDateline(words []string) []*corpus.Article {
	at, n := findCue(words, "meta-dateline")
	if at < 0 {
		return nil
	}
	rest := pastPlacePrepositions(words[at+n:]) // "filed from", "datelined in"
	var out []*corpus.Article
	for _, a := range e.c.Articles {
		place, _ := e.articleFact(a, "dateline")
		pw := chatWords(strings.SplitN(place, ",", 2)[0]) // "SANTIAGO", not its country
		if len(pw) > 0 && len(rest) >= len(pw) && slices.Equal(rest[:len(pw)], pw) {
			out = append(out, a)
		}
	}
	return out
}

// metaCues maps each one-word cue of kinds.txt's meta sections (a field
// of metaFields, "article" or "only") to the sections it cues: how a
// question names an article and its parts ("article", "headline",
// "byline", "photo").
var metaCues = func() map[string][]string {
	m := map[string][]string{}
	for _, f := range append(slices.Clone(metaFields), "article", "only") {
		for _, p := range cueLists["meta-"+f] {
			if len(p) == 1 {
				m[p[0]] = append(m[p[0]], f)
			}
		}
	}
	return m
}()

// metaWord reports whether a word only asks for an article's fact.
func metaWord(w string) bool {
	w = strings.ToLower(w)
	// (and what an article did with its story, "which outlets *covered*
	// the quake", says nothing of which story)
	return len(metaCues[w]) > 0 || photoCredit.MatchString(w) || storyVerbs[w]
}

// storyVerbs are the forms of articleVerbs that are verbs only: "talks",
// "report" or "focus" may name what a story is about ("the talks
// article").
var storyVerbs = wordSet("covered mentioned mentions reported discussed discusses described describes")

// articleByHeadline is the one article a question names by the words
// before an article noun ("how does the *pledge* article frame …", "per the
// *us joins uk and france* piece"), those of its headline above all
// (namedArticles), or nil: none named so, or no one article stands out.
func (e *Engine) articleByHeadline(q *question) *corpus.Article {
	if len(q.outlets) > 0 || len(e.c.Articles) < 2 {
		return nil
	}
	words := q.words
	for i, w := range words {
		if !articleWords[w] || i == 0 {
			continue
		}
		from := i
		for from > 0 && i-from < maxNamingWords && !determiners[words[from-1]] {
			from--
		}
		if from == i || from == 0 || !determiners[words[from-1]] {
			continue // "which article …", "article" with no words naming it
		}
		nq := e.analyse(strings.Join(words[from:i], " "))
		if len(nq.terms) == 0 {
			continue
		}
		if arts := e.namedArticles(&nq, nq.words); len(arts) == 1 {
			return arts[0]
		}
	}
	return nil
}

// maxNamingWords is the most words that name an article before its noun
// ("the us joins uk and france article").
const maxNamingWords = 7

var determiners = wordSet("the that this")

// articlesAnswer answers a question that asks which article says
// something ("which article mentions Greenland", "what story says the US
// will lead monitoring") with the names of the articles that support the
// answer, as their citations name them (corpus.Article.Title): all of them
// when that fits a short answer, else the first, unless the question asks
// for articles in the plural.
func (e *Engine) articlesAnswer(ctx context.Context, q *question, ans *Answer) {
	if q.asksTopic && !q.asksArticles {
		e.topicArticle(q, ans)
	}
	quoted := "" // who the article quotes, where the question gave a title
	if q.asksQuoted {
		var ok bool
		if quoted, ok = e.quotedIn(q, ans); !ok {
			// no article gives their words, however many name them
			ans.Answered, ans.Short, ans.bare, ans.Sources, ans.Verdict = false, "", "", nil, ""
			return
		}
	} else if q.countsArticles {
		// "how many articles mention the kremlin": those that say it, each
		// counted once, not those that say what the best passage says
		ans.Sources = e.mentioning(q, ans.Sources)
	} else if q.asksArticles {
		// "which articles mention tocopilla": every article a passage
		// found holds the names asked about in, not only those that
		// agree with the first
		for _, h := range ans.Passages {
			if id := h.Article.ID; !slices.Contains(ans.Sources, id) && e.holdsNames(q, h.Text) {
				ans.Sources = append(ans.Sources, id)
			}
		}
	}
	var names []string
	for _, id := range ans.Sources {
		if a := e.c.Article(id); a != nil {
			names = append(names, shortTitle(a.Title()))
		}
	}
	if len(names) == 0 {
		return
	}
	short := joinItems(names)
	if q.countsArticles {
		// "how many articles mention greenland": the number, and which
		short = strconv.Itoa(len(names)) + ": " + short
		if wordCount(short) > maxShortWords {
			short = strconv.Itoa(len(names))
		}
	}
	if wordCount(short) > maxShortWords {
		short = ""
		if n := names[0]; !q.asksArticles && wordCount(n) <= maxShortWords {
			short = n
		} else if q.asksArticles && !q.countsArticles && !q.asksQuoted && len(names) > 1 && len(ans.Passages) > 0 {
			short = e.articlesMention(ctx, q, ans) // "which articles mention greenland": how many, and the mention
		}
	}
	if len(names) == 1 && short != "" && !q.countsArticles && !q.asksQuoted && len(ans.Passages) > 0 && ans.Passages[0].Article.ID == ans.Sources[0] {
		short = e.withMention(q, short, ans.Passages[0]) // "which article mentions Kostroma": the article and where it does
	}
	if len(names) == 1 && short != "" && quoted != "" {
		// "which piece quotes the tocopilla mayor": the article, and whom
		if a := e.c.Article(ans.Sources[0]); a != nil {
			short = namedWith(short, a, quoted)
		}
	}
	ans.Short, ans.bare, ans.Verdict = short, "", ""
	for i := range ans.Passages {
		ans.Passages[i].Marks = nil // the names stand in no sentence
	}
}

// quotedIn answers "which articles quote X": the articles that carry a
// quotation X is the speaker of, each cited by the sentence that quotes
// them ("flanked by President Trump's son-in-law Jared Kushner" names
// him but quotes someone else), led by the sentence before where only
// that one names the speaker (quotingHit).
// X is a name, or a title the articles describe one person by ("the
// tocopilla mayor", "the mayor of tocopilla": titleAsked); speaker is the
// name of the one person quoted where the reader did not give it, else "".
// It reports false, leaving the answer as it is, when the question names
// no one whose words an article gives.
func (e *Engine) quotedIn(q *question, ans *Answer) (speaker string, ok bool) {
	var people []int
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.entity {
			people = append(people, e.whoIs(t.word)...)
		}
	}
	if len(people) == 0 {
		people = e.whoIs(e.titleAsked(q)) // "the tocopilla mayor": whom the articles describe so
	}
	var hits []Hit
	var sources []string
	for _, r := range e.quotationsBy(people) {
		for _, c := range r.Citations {
			if slices.Contains(sources, c.Article.ID) {
				continue
			}
			for _, p := range c.Article.Passages {
				if strings.Contains(c.Sentence, p.Text) || strings.Contains(p.Text, c.Sentence) {
					hits = append(hits, e.quotingHit(c.Article, p, r.Speaker))
					sources = append(sources, c.Article.ID)
					if speaker == "" {
						speaker = r.Speaker
					}
					break
				}
			}
		}
	}
	if len(sources) == 0 {
		return "", false
	}
	ans.Sources, ans.Passages = sources, hits[:min(len(hits), MaxPassages)]
	if len(people) > 1 || e.namesSurname(q, speaker) {
		speaker = "" // several quoted, or one the reader named
	}
	return speaker, true
}

// namesSurname reports whether q gives the surname of name (the last of
// its analysed words), in one of its spellings: the reader named the
// person, and needs no telling who it is.
func (e *Engine) namesSurname(q *question, name string) bool {
	surname := e.surname(name)
	if surname == "" {
		return false
	}
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.term == surname || slices.Contains(t.spellings, surname) {
			return true
		}
	}
	return false
}

// quotingHit cites sentence p of article a as the one that quotes
// speaker: led by the sentence before, of its kind, where p does not name
// them and that one does ("Tocopilla Mayor Verónica Alvial said … ¶ “We
// are a small town, and we feel forgotten."), so that the citation shows
// who speaks; p alone where it names them, where the sentence before does
// not, or where the two do not fit together (showPair). A speaker is
// named by the last of their name's analysed words, their surname.
func (e *Engine) quotingHit(a *corpus.Article, p corpus.Passage, speaker string) Hit {
	h := Hit{Article: a, Text: p.Text, Score: 1}
	if surname := e.surname(speaker); surname != "" && p.Seq > 0 && p.Seq < len(a.Passages) {
		prev := a.Passages[p.Seq-1]
		if prev.Kind == p.Kind && !hasTerm(e.analyze(p.Text), surname) && hasTerm(e.analyze(prev.Text), surname) && showPair(&h, a, prev, p) {
			return h
		}
	}
	h.Passages = []corpus.Passage{p}
	return h
}

// titleAsked is the words of q that describe a person by title, as the
// articles do ("Tocopilla Mayor Verónica Alvial", "the interior
// minister"): its titles, with the places and the names beside them, in
// the question's order ("the mayor of tocopilla": "mayor tocopilla"); ""
// when q gives no title, since a place alone describes no one.
func (e *Engine) titleAsked(q *question) string {
	var words []string
	titled := false
	for kt := range q.terms {
		t := &q.terms[kt]
		switch {
		case e.titles[t.term] || e.qix.people.isTitle(t.term):
			titled = true
			words = append(words, t.word)
		case t.entity || e.isPlace(t.word) || isDemonym(t.word):
			words = append(words, t.word)
		}
	}
	if !titled {
		return ""
	}
	return strings.Join(words, " ")
}

// shortTitle is a title that names its article within a short answer:
// whole, or, when longer, its part before the first comma, colon,
// semicolon or dash ("US Joins UK and France in Major Ukraine Security
// Pledge, But Putin Absent": the article that begins so), or before a
// subordinate clause ("Chile quake toll climbs to 351" as Arancibia faces
// questions …), else what it says first (leadingPart); the citation gives
// it whole.
func shortTitle(t string) string {
	if wordCount(t) <= maxShortWords {
		return t
	}
	if i := strings.IndexAny(t, ",:;—–"); i > 0 {
		if head := strings.TrimSpace(t[:i]); wordCount(head) >= 3 && wordCount(head) <= maxShortWords {
			return head
		}
	}
	words := strings.Fields(t)
	for i := minCutWords; i < min(len(words), maxShortWords+1); i++ {
		if getFold(subordinators, words[i]) {
			return strings.Join(words[:i], " ") // "Ferry and free shuttle buses laid on" (as Caswell Bridge closure turns …)
		}
	}
	return leadingPart(t)
}

// termHeld reports whether toks hold the question's term t, as written
// or as one of its other forms (alts).
func termHeld(toks []index.Token, t *qterm) bool {
	return hasTerm(toks, t.term) || slices.ContainsFunc(t.alts, func(a string) bool { return hasTerm(toks, a) })
}

// holdsNames reports whether text holds every name the question gives
// (any of its words when it gives none).
func (e *Engine) holdsNames(q *question, text string) bool {
	toks := e.analyze(text)
	named, any := false, false
	for kt := range q.terms {
		t := &q.terms[kt]
		held := termHeld(toks, t)
		if t.entity {
			named = true
			if !held {
				return false
			}
		}
		any = any || held
	}
	return named || any
}

// mentioning are the articles whose passages hold what the question names
// (its names, or with none its words), each in one of its spellings, in
// the order of first (the answer's sources) and then the corpus's.
func (e *Engine) mentioning(q *question, first []string) []string {
	var terms []qterm
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.entity {
			terms = append(terms, *t)
		}
	}
	if len(terms) == 0 {
		for kt := range q.terms {
			t := &q.terms[kt]
			if !getFold(articleVerbs, t.word) {
				terms = append(terms, *t) // "talk about drones": drones
			}
		}
	}
	var in map[string]bool
	for _, t := range terms {
		has := map[string]bool{}
		for _, term := range append([]string{t.term}, t.alts...) {
			for _, a := range e.bodyArticles(term) {
				has[a.ID] = true
			}
		}
		if in == nil {
			in = has
			continue
		}
		for id := range in {
			if !has[id] {
				delete(in, id)
			}
		}
	}
	var out []string
	for _, id := range first {
		if in[id] {
			out = append(out, id)
		}
	}
	for _, a := range e.c.Articles {
		if in[a.ID] && !slices.Contains(out, a.ID) {
			out = append(out, a.ID)
		}
	}
	return out
}

// topicArticle puts first, for "which story is about X", the article
// whose story X is (namedArticles: by its headline and opening most of
// all), where one stands out, quoting its best passage among the answer's
// or else its opening: a passage that mentions X in another story is not
// what the story is about.
func (e *Engine) topicArticle(q *question, ans *Answer) {
	arts := e.namedArticles(q, q.words)
	if len(arts) != 1 || len(ans.Sources) > 0 && ans.Sources[0] == arts[0].ID {
		return
	}
	a := arts[0]
	h := Hit{}
	for i, p := range ans.Passages {
		if p.Article == a {
			h = p
			ans.Passages = append(ans.Passages[:i:i], ans.Passages[i+1:]...)
			break
		}
	}
	if h.Article == nil {
		open := openingPassages(a)
		if len(open) == 0 {
			return
		}
		h = Hit{Article: a, Text: open[0].Text, Passages: []corpus.Passage{open[0]}, Score: 1}
	}
	ans.Passages = append([]Hit{h}, ans.Passages...)
	if len(ans.Passages) > MaxPassages {
		ans.Passages = ans.Passages[:MaxPassages]
	}
	ans.Sources = append([]string{a.ID}, slices.DeleteFunc(ans.Sources, func(id string) bool { return id == a.ID })...)
}
