// "Which articles did X write": the articles by an author the question names, from their bylines.

package qa

import (
	"slices"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// byAuthor answers a question that names an article's author and asks
// nothing else ("who is Diego Salinas", "what did j mansour write", "which
// articles did valentina rojas write") with the articles the author wrote,
// each by the facts it states about itself: the byline is the only place
// the articles name their authors, which no passage holds. It reports
// false for any other question: one with a word that is not the author's
// name, a question word, a function word or a word that asks for an
// article or its author.
func (e *Engine) byAuthor(q *question) (Answer, bool) {
	named := map[*corpus.Article]bool{}
	for _, w := range q.words {
		byThem := e.authorsCalled(w)
		switch {
		case len(byThem) > 0:
			for _, a := range byThem {
				named[a] = true
			}
		case collectionWords[w] || metaWord(w) && !otherField(w) || e.authorInitial(w):
		default:
			return Answer{}, false
		}
	}
	if len(named) == 0 {
		return Answer{}, false
	}
	ans := Answer{Question: q.text, Kind: KindMeta, Answered: true}
	var shorts []string
	for _, a := range e.c.Articles {
		if !named[a] || len(ans.Passages) == MaxPassages {
			continue
		}
		h := factsHit(a)
		by := cutAtWord(byline(a, false), maxPassageBytes) // the date once: the passage quoted under it gives both
		shorts = append(shorts, by)
		ans.Items = append(ans.Items, Item{Text: by, Passage: len(ans.Passages)})
		ans.Passages = append(ans.Passages, h)
		ans.Sources = append(ans.Sources, a.ID)
	}
	ans.Short = joinItems(shorts)
	if len(ans.Items) == 1 {
		ans.Items = nil
	}
	return ans, true
}

// authorsCalled returns the articles whose author's name holds w, a word
// of two letters or more ("salinas", "mansour", "lucia" for "Lucía"; not
// the initial "j").
func (e *Engine) authorsCalled(w string) []*corpus.Article {
	if len([]rune(w)) < 2 {
		return nil
	}
	return e.authors[index.Fold(w)]
}

// readAuthors maps each word of two letters or more of the articles'
// authors' names, folded, to the articles by them, and the first letter
// of every word to true.
func readAuthors(c *corpus.Corpus) (map[string][]*corpus.Article, map[string]bool) {
	words, initials := map[string][]*corpus.Article{}, map[string]bool{}
	for _, a := range c.Articles {
		for _, n := range chatWords(a.Author) {
			n = index.Fold(n)
			initials[string([]rune(n)[:1])] = true
			if len([]rune(n)) >= 2 && !slices.Contains(words[n], a) {
				words[n] = append(words[n], a)
			}
		}
	}
	return words, initials
}

// authorInitial reports whether w is one letter that opens a word of an
// author's name ("j" of "J. Mansour").
func (e *Engine) authorInitial(w string) bool {
	return len(w) == 1 && e.initials[w]
}

// otherField reports whether w asks for a fact of an article other than
// who wrote it ("what is the *headline* of valentina rojas story"): the
// article is then named by its author, and that fact is asked (metaanswer.go),
// not the articles by that author.
func otherField(w string) bool {
	return slices.ContainsFunc(getFold(metaCues, w), func(f string) bool {
		return f != "author" && f != "article" && f != "only"
	})
}
