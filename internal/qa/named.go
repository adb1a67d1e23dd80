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
		title := map[string]bool{}
		for _, t := range e.analyze(a.Headline + " " + a.Standfirst) {
			title[t.Term] = true // by its headline most of all ("the pledge article")
		}
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
			case title[t.term]:
				s += 3 * t.idf
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

// articleByHeadline is the one article a question names by the words
// before an article noun ("how does the *pledge* article frame …", "per the
// *us joins uk and france* piece"), those of its headline above all
// (namedArticles), or nil: none named so, or no one article stands out.
func (e *Engine) articleByHeadline(q question) *corpus.Article {
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
		if arts := e.namedArticles(nq, nq.words); len(arts) == 1 {
			return arts[0]
		}
	}
	return nil
}

// maxNamingWords is the most words that name an article before its noun
// ("the us joins uk and france article").
const maxNamingWords = 7

var determiners = wordSet("the that this")
