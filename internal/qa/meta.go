package qa

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/summitbot/summitbot/corpus"
)

// KindMeta is a question about an article itself: its outlet, author,
// date, dateline, headline, link or photo credits.
const KindMeta Kind = "article facts"

// metaFields are the facts an article may state about itself, in the order
// a question's words are checked for them.
var metaFields = []string{"photo", "standfirst", "subheads", "headline", "link", "dateline", "author", "outlet", "published"}

// metaField says which fact of an article a question asks for, or "".
func metaField(words []string, outletNamed func() bool) string {
	if !slices.ContainsFunc(words, func(w string) bool { return metaStarts[w] }) {
		return "" // no word that opens a field's cue: the common case, cheaply
	}
	article := false
	if at, _ := findCue(words, "meta-article"); at >= 0 {
		article = true
	}
	only := false
	if at, _ := findCue(words, "meta-only"); at >= 0 {
		only = true
	}
	for _, f := range metaFields {
		if at, _ := findCue(words, "meta-"+f); at < 0 {
			continue
		}
		switch {
		case f == "photo" && slices.ContainsFunc(words, photoCredit.MatchString):
			return f // "who took the pictures of …": credits, article or not
		case article || only || outletNamed():
			return f
		}
	}
	return ""
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
func (e *Engine) meta(q question) (Answer, bool) {
	words := chatWords(q.text)
	field := metaField(words, func() bool { return len(e.byOutlet(q)) > 0 })
	if field == "" {
		return Answer{}, false
	}
	ans := Answer{Question: q.text, Kind: KindMeta}
	for _, t := range q.terms {
		if t.unknown && t.entity {
			return ans, true // "the Guardian article": an outlet no article states
		}
	}
	arts := e.namedArticles(q, words)
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
		return e.subheads(arts, ans), true
	case "headline":
		if len(arts) != 1 {
			// "which article has Putin in its headline": the headlines
			// that hold the question's other words
			if with := e.headlinesWith(q); len(with) > 0 {
				arts = with
			}
		}
	}
	var shorts []string
	for _, a := range arts {
		v, h := e.articleFact(a, field)
		if v == "" {
			continue
		}
		shorts = append(shorts, v)
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
	if len(strings.Fields(ans.Short)) > maxShortWords && !strings.HasPrefix(ans.Short, "http") {
		ans.Short = "" // a long headline: the passage quotes it
	}
	return ans, true
}

// namedArticles are the articles a question speaks of: those of an outlet
// it names; else the one whose headline and text hold the question's words
// best, when one does clearly; else every article.
func (e *Engine) namedArticles(q question, words []string, keep ...func(*corpus.Article) bool) []*corpus.Article {
	if byOutlet := e.byOutlet(q); len(byOutlet) > 0 {
		return byOutlet
	}
	if dated := e.byDate(q); len(dated) > 0 {
		return dated // "the article dated Jan 7"
	}
	// the question's own words, less those that ask for a field
	type scored struct {
		a     *corpus.Article
		score float64
	}
	var best []scored
	for _, a := range e.c.Articles {
		if len(keep) > 0 && !keep[0](a) {
			continue // it does not state what is asked: not the one meant
		}
		head := e.opening(a) // what a story is called by
		body := map[string]bool{}
		for _, t := range e.analyze(a.Text) {
			body[t.Term] = true
		}
		s := 0.0
		for _, t := range q.terms {
			if metaWord(t.word) {
				continue
			}
			switch {
			case head[t.term]:
				s += 2 * t.idf
			case body[t.term]:
				s += t.idf
			}
		}
		best = append(best, scored{a, s})
	}
	sort.SliceStable(best, func(i, j int) bool { return best[i].score > best[j].score })
	if len(best) == 1 || len(best) > 1 && best[0].score > 0 && best[0].score >= 1.3*best[1].score {
		return []*corpus.Article{best[0].a}
	}
	return e.c.Articles
}

// opening is the analysed terms of an article's headline, standfirst and
// first body paragraph (not its captions or bullets).
func (e *Engine) opening(a *corpus.Article) map[string]bool {
	out := map[string]bool{}
	first := -1
	for _, p := range a.Passages {
		switch {
		case p.Kind == corpus.KindHeadline || p.Kind == corpus.KindStandfirst:
		case p.Kind == corpus.KindBody && (first < 0 || p.Block == first):
			first = p.Block
		default:
			continue
		}
		for _, t := range e.analyze(p.Text) {
			out[t.Term] = true
		}
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
func (e *Engine) byOutlet(q question) []*corpus.Article {
	if len(q.outlets) > 0 {
		return q.outlets // named in one word, found as the question was read
	}
	terms := map[string]bool{}
	for _, t := range q.terms {
		terms[t.term] = true
		for _, a := range t.alts {
			terms[a] = true
		}
	}
	var out []*corpus.Article
	for _, a := range e.c.Articles {
		ot := e.analyze(a.Outlet)
		got := 0
		for _, t := range ot {
			if terms[t.Term] {
				got++
			}
		}
		if len(ot) > 0 && got > 0 && 2*got >= len(ot) {
			out = append(out, a)
		}
	}
	return out
}

// describesArticle reports whether a question about an article has words
// besides those asking for its fields: words that would say which article.
func (e *Engine) describesArticle(q question) bool {
	for _, t := range q.terms {
		if !t.unknown && !metaWord(t.word) && !fillerWords[strings.ToLower(t.word)] && !e.eventWord(t) {
			return true
		}
	}
	return false
}

// byDate are the articles published on a day the question names ("jan 7",
// "7 January", "March 12").
func (e *Engine) byDate(q question) []*corpus.Article {
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

// metaWord reports whether a word only asks for an article's fact.
func metaWord(w string) bool {
	w = strings.ToLower(w)
	for _, f := range append(metaFields, "article", "only") {
		for _, p := range cueLists["meta-"+f] {
			if len(p) == 1 && p[0] == w {
				return true
			}
		}
	}
	return photoCredit.MatchString(w)
}

// headlinesWith are the articles whose headline or standfirst holds every
// content word of the question; all articles with a headline when the
// question gives none.
func (e *Engine) headlinesWith(q question) []*corpus.Article {
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
		for _, t := range q.terms {
			if !metaWord(t.word) && !e.eventWord(t) {
				ok = ok && head[t.term]
			}
		}
		if ok {
			out = append(out, a)
		}
	}
	return out
}

// articleFact is one fact of an article as it states it, and the passage
// to quote for it; "" when the article does not state it.
func (e *Engine) articleFact(a *corpus.Article, field string) (string, Hit) {
	switch field {
	case "author":
		return a.Author, factsHit(a)
	case "outlet":
		return a.Outlet, factsHit(a)
	case "published":
		return longDate(a.Published), factsHit(a)
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
	case "dateline":
		for _, p := range a.Passages {
			if p.Kind != corpus.KindBody {
				continue
			}
			if m := datelineRE.FindStringSubmatch(p.Text); m != nil {
				return m[1], Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text, Marks: [][2]int{{0, len(m[1])}}, Score: 1}
			}
			break
		}
	}
	return "", Hit{}
}

// datelineRE is a wire-style dateline opening a story: the place in
// capitals (and its country), then perhaps a date and the outlet, then a
// dash: "CALAMA, Chile (Andes Wire) —", "SANTIAGO, March 12 (Relief
// Monitor) -".
var datelineRE = regexp.MustCompile(`^([A-Z][A-Z.'’ -]*[A-Z](?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*)?)(?:, [A-Z][a-z]+\.? \d{1,2})?(?: \([^)]*\))? [—–-] `)

// subheads answers with the section subheads of the articles asked about,
// each a passage; "does not say" when they have none.
func (e *Engine) subheads(arts []*corpus.Article, ans Answer) Answer {
	if len(arts) != 1 {
		return ans // which article's sections is not clear
	}
	for _, p := range arts[0].Passages {
		if p.Kind != corpus.KindSubhead || len(ans.Passages) == MaxPassages {
			continue
		}
		ans.Items = append(ans.Items, Item{Text: p.Text, Passage: len(ans.Passages)})
		ans.Passages = append(ans.Passages, Hit{Article: arts[0], Passages: []corpus.Passage{p}, Text: p.Text, Score: 1})
	}
	if len(ans.Passages) > 0 {
		ans.Answered = true
		ans.Sources = []string{arts[0].ID}
	}
	return ans
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
	var by []string
	if a.Outlet != "" {
		by = append(by, a.Outlet)
	}
	if a.Author != "" {
		by = append(by, "by "+a.Author)
	}
	if a.Published != "" {
		by = append(by, "published "+longDate(a.Published))
	}
	if len(by) > 0 {
		parts = append(parts, strings.Join(by, ", "))
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

// longDate writes a YYYY-MM-DD date out ("10 March 2026"); other text is
// returned as it is.
func longDate(d string) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.Format("2 January 2006")
}

// creditRE is the photo credit closing a caption: "(AP Photo/Michel
// Euler)", "(Yoan Valat, Pool photo via AP)".
var creditRE = regexp.MustCompile(`\(([^()]+)\)\s*$`)

// photoCredits answers "who took the photos …" from the credits of the
// captions of the articles asked about, the captions that hold the
// question's other words first.
func (e *Engine) photoCredits(q question, arts []*corpus.Article, ans Answer) Answer {
	type capt struct {
		h     Hit
		who   string
		score float64
	}
	var caps []capt
	for _, a := range arts {
		for _, p := range a.Passages {
			if p.Kind != corpus.KindCaption {
				continue
			}
			m := creditRE.FindStringSubmatch(p.Text)
			if m == nil {
				continue
			}
			who := creditedName(m[1])
			if who == "" {
				continue
			}
			toks := map[string]bool{}
			for _, t := range e.analyze(p.Text) {
				toks[t.Term] = true
			}
			s := 0.0
			for _, t := range q.terms {
				if toks[t.term] && !metaWord(t.word) {
					s += t.idf
				}
			}
			at := strings.Index(p.Text, who)
			caps = append(caps, capt{Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text, Marks: [][2]int{{at, at + len(who)}}, Score: s}, who, s})
		}
	}
	if len(caps) == 0 {
		return ans
	}
	sort.SliceStable(caps, func(i, j int) bool { return caps[i].score > caps[j].score })
	var names []string
	seen := map[string]bool{}
	for _, c := range caps {
		if c.score < caps[0].score && len(names) > 0 {
			break // captions of other scenes
		}
		if !seen[c.who] {
			seen[c.who] = true
			names = append(names, c.who)
			ans.Items = append(ans.Items, Item{Text: c.who, Passage: len(ans.Passages)})
		}
		ans.Passages = append(ans.Passages, c.h)
		if !slices.Contains(ans.Sources, c.h.Article.ID) {
			ans.Sources = append(ans.Sources, c.h.Article.ID)
		}
		if len(ans.Passages) == MaxPassages {
			break
		}
	}
	ans.Answered = true
	ans.Short = joinItems(names)
	return ans
}

// creditedName is the person a photo credit names: "AP Photo/Michel Euler"
// → Michel Euler, "Yoan Valat, Pool photo via AP" → Yoan Valat.
func creditedName(credit string) string {
	if i := strings.LastIndexByte(credit, '/'); i >= 0 {
		credit = credit[i+1:]
	}
	if i := strings.IndexByte(credit, ','); i >= 0 {
		credit = credit[:i]
	}
	credit = strings.TrimSpace(credit)
	if len(strings.Fields(credit)) < 2 || !isCapital(credit) || strings.Contains(strings.ToLower(credit), "photo") {
		return ""
	}
	return credit
}

// joinItems writes a list as people do: "A", "A and B", "A, B and C".
func joinItems(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
