// The outlets the articles state, and "who wrote the article": bylines.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// outlets maps the analysed name of each outlet the articles state
// ("newslook" for Newslooks) to the articles it published: a question that
// names one ("according to Newslooks") asks about those articles, and the
// name is no word to look for in their sentences.
type outlets map[string][]*corpus.Article

func (e *Engine) readOutlets() (outlets, []outletName, map[string][]int) {
	out := outlets{}
	var names []outletName
	byTerm := map[string][]int{}
	for i, a := range e.c.Articles {
		if a.Outlet == "" {
			continue
		}
		var terms []string
		for _, t := range e.analyze(a.Outlet) {
			terms = append(terms, t.Term)
			if l := byTerm[t.Term]; len(l) == 0 || l[len(l)-1] != i {
				byTerm[t.Term] = append(l, i)
			}
		}
		switch {
		case len(terms) == 1: // "Newslooks", "The Guardian": one word once analysed
			out[terms[0]] = append(out[terms[0]], a)
		case len(terms) > 1:
			i := slices.IndexFunc(names, func(n outletName) bool { return slices.Equal(n.terms, terms) })
			if i < 0 {
				names = append(names, outletName{terms: terms})
				i = len(names) - 1
			}
			names[i].arts = append(names[i].arts, a)
		}
	}
	return out, names, byTerm
}

// outletName is an outlet named in several words, as analysed, and the
// articles it published.
type outletName struct {
	terms []string
	arts  []*corpus.Article
}

// outletTokens are the indexes of toks that name an outlet in several
// words ("the andes wire piece"), and the articles of the outlets named.
func (e *Engine) outletTokens(toks []index.Token) (map[int]bool, []*corpus.Article) {
	var at map[int]bool
	var arts []*corpus.Article
	for _, o := range e.outletNames {
		for k := 0; k+len(o.terms) <= len(toks); k++ {
			match := true
			for j, t := range o.terms {
				match = match && toks[k+j].Term == t
			}
			if !match {
				continue
			}
			if at == nil {
				at = map[int]bool{}
			}
			for j := range o.terms {
				at[k+j] = true
			}
			arts = append(arts, o.arts...)
		}
	}
	return at, arts
}

// fromOutlet reports whether a passage's article is one the question's
// outlet published; true when the question names none.
func (q *question) fromOutlet(a *corpus.Article) bool {
	if q.named != nil && len(q.outlets) == 0 {
		return a == q.named // "per the pledge article"; an outlet named outright comes first
	}
	if len(q.outlets) == 0 {
		return true
	}
	for _, o := range q.outlets {
		if o == a {
			return true
		}
	}
	return false
}

// asksAuthor reports whether a question asks who wrote an article.
func asksAuthor(text string) bool {
	w := " " + strings.ToLower(text) + " "
	if !strings.HasPrefix(strings.TrimSpace(w), "who") {
		return false
	}
	for _, v := range []string{" wrote ", " written ", " authored ", " byline ", " writer ", " author "} {
		if strings.Contains(w, v) {
			return true
		}
	}
	return false
}

// namesArticle reports whether a question asks about an article as such
// ("the Newslooks article", "this piece on the summit"), and names no one
// and nothing else: "who wrote the letter to Putin" and "who wrote the
// Reuters article" (an outlet no article states) are not asking for a
// byline here.
func namesArticle(q *question) bool {
	article := len(q.outlets) > 0
	for w := range strings.FieldsSeq(strings.ToLower(q.text)) {
		article = article || articleWords[strings.Trim(w, "?!.,")]
	}
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.entity {
			return false
		}
	}
	return article
}

// articleWords point to an article as such where a question names no one:
// the article nouns, and words that elsewhere may name a source ("the
// report") or a part of an article ("the byline").
var articleWords = wordSet(articleNounList + " report column byline coverage")

// byline answers "who wrote the Newslooks article?" from what the article
// states about itself: its author, quoting its headline (or first
// sentence). It answers only when the question points to one article with
// an author: by its outlet, or because only one article states one.
func (e *Engine) byline(q *question) (Answer, bool) {
	if newest, oldest := asksByDate(q.words); newest != oldest {
		return Answer{}, false // "who wrote the newest article": which one that is, metaanswer.go tells
	}
	if !asksAuthor(q.text) || !namesArticle(q) || len(q.outlets) == 0 && e.describesArticle(q) {
		return Answer{}, false // "who wrote the talks article": which one, metaanswer.go tells
	}
	cands := q.outlets
	if len(cands) == 0 {
		cands = e.c.Articles
	}
	var found *corpus.Article
	for _, a := range cands {
		if a.Author == "" || len(a.Passages) == 0 {
			continue
		}
		if found != nil {
			return Answer{}, false // several authors: which article is meant is not clear
		}
		found = a
	}
	if found == nil {
		return Answer{}, false
	}
	return Answer{
		Question: q.text, Kind: q.kind, Answered: true, Short: found.Author,
		Passages: []Hit{bylineHit(found, found.Author)}, // the byline as the article states it (metaanswer.go)
		Sources:  []string{found.ID},
	}, true
}

// outletOnly returns the articles of the one outlet whose name holds the
// word w (lower case; term, analysed), as written, where no article's text
// uses it: a word of a name of several words that names the outlet alone
// ("tidende" of "Ostrhaven Tidende"; not "ostrhaven", a place the articles
// report from, nor "even", which only shares its stem with "Evening").
func (e *Engine) outletOnly(term, w string) []*corpus.Article {
	idx := e.outletTerms[term]
	if len(idx) == 0 || lexicon.IsFunctionWord(w) || e.s.DocFreq(term) > 0 {
		return nil
	}
	outlet := e.c.Articles[idx[0]].Outlet
	var out []*corpus.Article
	for _, i := range idx {
		a := e.c.Articles[i]
		if a.Outlet != outlet || !slices.ContainsFunc(strings.Fields(a.Outlet), func(o string) bool { return strings.EqualFold(o, w) }) {
			return nil // a word of two outlets' names names neither
		}
		out = append(out, a)
	}
	return out
}
