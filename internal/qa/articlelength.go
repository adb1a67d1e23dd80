// "How long is the article": lengths in words.

package qa

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

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
