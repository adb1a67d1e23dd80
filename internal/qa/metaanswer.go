// Answering a question about an article's own facts.

package qa

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/summitbot/summitbot/corpus"
)

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
