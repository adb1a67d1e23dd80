// Questions about the articles as a whole: how many, which, newest or oldest, how many outlets.

package qa

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/summitbot/summitbot/corpus"
)

// Questions about the articles as a whole, not about one of them nor the
// news: how many there are, which they are, which came out first or last.

var (
	collectionWords = cueSet("collection-words")
	newestWords     = cueSet("collection-newest-words")
	oldestWords     = cueSet("collection-oldest-words")
)

// collection answers a question about the articles as a whole from what
// they state about themselves (factsHit): "how many articles are there"
// with their number, "which story is the newest" with the one of the
// latest date they state (none when fewer than two state one), "what r ur
// sources" with each of them. It reports false for any other question: one
// that holds a word beside an article's noun, [collection-words] and the
// superlatives, is about what the articles say.
func (e *Engine) collection(q *question) (Answer, bool) {
	at, n := findCue(q.words, "meta-article")
	outletAsked := false
	if at < 0 {
		// "which outlet published first": the articles by their outlets
		at, n = findCue(q.words, "meta-outlet")
		outletAsked = at >= 0
	}
	if at < 0 {
		// "whats the newest one": of the articles, "one" asked by when it
		// came out
		at, n = slices.Index(q.words, "one"), 1
		if newest, oldest := asksByDate(q.words); at < 0 || !newest && !oldest {
			return Answer{}, false
		}
	}
	if w := q.words; len(w) > 2 && w[len(w)-1] == "by" {
		return Answer{}, false // "whos the newslooks story by": its author (metaanswer.go)
	}
	newest, oldest, when := false, false, false
	counts := q.kind == KindHowMany || q.countsArticles // ("how many articles cover this": read as which, then counted)
	// "which articles came out on march 12": those published that day
	day := dayOfMonthRE.FindString(q.text)
	// "how many articles r from the andes wire": those of an outlet named
	outletWords := outletWords(q.outlets)
	for i, w := range q.words {
		switch {
		case i >= at && i < at+n, collectionWords[w], outletWords[w]:
		case day != "" && (monthOf(w) != "" || strings.Trim(w, ".,") == numberIn(day) || strings.Contains(day, w)):
		case w == "when" || w == "date":
			when = true // "when was the first article published": its date
		case e.namesEvent(q, w):
			// "how many articles r there abt the summit": every one is
		case newestWords[w]:
			newest = true
		case oldestWords[w]:
			oldest = true
		default:
			return Answer{}, false
		}
	}
	if outletAsked && counts && !newest && !oldest && day == "" && len(q.outlets) == 0 {
		return e.outletCount(q), true // "how many different outlets r there"
	}
	if newest && oldest || outletAsked && !newest && !oldest || when && !newest && !oldest {
		return Answer{}, false // "list all the outlets": the outlets, a fact each states (metaanswer.go)
	}
	ans := Answer{Question: q.text, Kind: KindMeta}
	arts := e.c.Articles
	if len(q.outlets) > 0 {
		arts = q.outlets
	}
	if day != "" {
		if newest || oldest || when {
			return Answer{}, false
		}
		arts = nil
		for _, a := range e.c.Articles {
			if a.Published != "" && sameDate(day, longDate(a.Published)) {
				arts = append(arts, a)
			}
		}
		if len(arts) == 0 {
			return ans, true // none the articles date that day
		}
	}
	switch {
	case newest || oldest:
		var dated []*corpus.Article
		for _, a := range arts {
			if a.Published != "" {
				dated = append(dated, a)
			}
		}
		if len(dated) < 2 {
			return ans, true // which came first, the articles do not say
		}
		sort.SliceStable(dated, func(i, j int) bool { return dated[i].Published < dated[j].Published })
		pick := dated[0]
		if newest {
			pick = dated[len(dated)-1]
		}
		h := factsHit(pick)
		ans.Answered, ans.Short = true, factsName(pick)
		switch {
		case when:
			ans.Short = datedBoth(pick.Published) // as every date of an article is given: "9 March 2026 (2026-03-09)"
		case outletAsked && pick.Outlet != "":
			ans.Short = pick.Outlet
		}
		ans.Passages, ans.Sources = []Hit{h}, []string{pick.ID}
		return ans, true
	case counts:
		ans.Answered = true
		ans.Short = strconv.Itoa(len(arts)) + " articles"
		if len(arts) == 1 {
			ans.Short = "1 article"
		}
	}
	for _, a := range arts {
		if len(ans.Passages) == MaxPassages {
			break
		}
		h := factsHit(a)
		if !counts {
			ans.Items = append(ans.Items, Item{Text: factsName(a), Passage: len(ans.Passages)})
		}
		ans.Passages = append(ans.Passages, h)
		ans.Sources = append(ans.Sources, a.ID)
	}
	if len(ans.Items) > 0 {
		names := make([]string, len(ans.Items))
		for i, it := range ans.Items {
			names[i] = it.Text
		}
		ans.Answered, ans.Short = true, joinItems(names)
	}
	return ans, true
}

// outletCount answers how many outlets the articles state they are from,
// and which: "4 outlets: The Atacama Courier, …"; the articles that state
// none are not counted.
func (e *Engine) outletCount(q *question) Answer {
	ans := Answer{Question: q.text, Kind: KindMeta}
	var names []string
	for _, a := range e.c.Articles {
		if a.Outlet == "" || slices.Contains(names, a.Outlet) {
			continue
		}
		names = append(names, a.Outlet)
		if len(ans.Passages) < MaxPassages {
			ans.Passages = append(ans.Passages, factsHit(a))
		}
		ans.Sources = append(ans.Sources, a.ID)
	}
	if len(names) == 0 {
		return ans // none states its outlet
	}
	ans.Answered = true
	ans.Short = strconv.Itoa(len(names)) + " outlets: " + joinItems(names)
	if len(names) == 1 {
		ans.Short = "1 outlet: " + names[0]
	}
	if wordCount(ans.Short) > maxShortWords {
		ans.Short = strconv.Itoa(len(names)) + " outlets"
	}
	return ans
}

// dayOfMonthRE is a day of a month as people type it, dateRE's day and
// month in any case: "march 12", "12 march", "Mar. 12th".
var dayOfMonthRE = regexp.MustCompile(`(?i)\b(?:` + monthDay + `|` + dayMonth + `)\b`)

// factsName is what names an article in its facts (factsHit): its
// headline, else its outlet, author and date, else its link or title.
func factsName(a *corpus.Article) string {
	for _, n := range []string{a.Headline, byline(a, false), a.URL} {
		if n != "" {
			return cutAtWord(n, maxPassageBytes)
		}
	}
	return cutAtWord(a.Title(), maxPassageBytes)
}

// namesEvent reports whether w, a word of q, names the event the coverage
// is about: most articles' openings use it (eventWord), of three articles
// or more.
func (e *Engine) namesEvent(q *question, w string) bool {
	if len(e.c.Articles) < 3 || metaWord(w) {
		return false // of one or two articles, every word of an opening is "most"; and "photos" asks a field
	}
	for kt := range q.terms {
		t := &q.terms[kt]
		if strings.EqualFold(t.word, w) {
			return e.eventWord(*t)
		}
	}
	return false
}

// outletWords is the set of the words of the outlets named (outlets, an
// article of each): "andes" and "wire" for the Andes Wire.
func outletWords(outlets []*corpus.Article) map[string]bool {
	named := map[string]bool{}
	for _, a := range outlets {
		for _, w := range chatWords(a.Outlet) {
			named[w] = true
		}
	}
	return named
}
