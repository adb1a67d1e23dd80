// Which articles state or lack a fact, and naming articles in an answer.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
)

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
