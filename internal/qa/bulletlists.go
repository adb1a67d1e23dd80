// "Which article has a bullet list": the list table.

package qa

import (
	"strings"
	"sync"

	"github.com/summitbot/summitbot/corpus"
)

// listedIn answers "which article has a bullet list of who pledged what":
// the article whose bulleted list, with the sentence that introduces it
// (introduces: it ends in a colon) and the subhead over them, holds the
// most of the words that describe the list asked for (listDescription:
// after the cue, "a list of *who pledged what*"), by idf, cited by that
// sentence and named with it, up to its colon ("Relief Monitor: The
// largest commitments announced at the conference were"); where the
// question describes no list, every article that has one. It reports false for any other question, for one
// asked where no article has a list, and for a list described that none
// holds.
func (e *Engine) listedIn(q *question) (Answer, bool) {
	if !whichArticles(q.words) {
		return Answer{}, false
	}
	at, n := findCue(q.words, "meta-bullets")
	if at < 0 {
		return Answer{}, false
	}
	describing := e.listDescription(q, at+n)
	var hits []Hit
	var scores []float64 // each hit's, an article's best list
	for _, l := range e.lists.of(e) {
		a, i := e.c.Articles[l.art], int(l.seq)
		p := a.Passages[i]
		text := p.Text
		for _, b := range bulletRun(a, p) {
			text += " " + b.Text
		}
		for j := i - 1; j >= 0 && j >= i-subheadReach; j-- {
			if a.Passages[j].Kind == corpus.KindSubhead {
				text += " " + a.Passages[j].Text // "What was pledged", over the list
			}
		}
		toks := e.analyze(text)
		score := 0.0
		for _, kt := range describing {
			if t := &q.terms[kt]; termHeld(toks, t) {
				score += t.idf
			}
		}
		h := Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text, Score: 1}
		if n := len(hits); n > 0 && hits[n-1].Article == a {
			if score > scores[n-1] {
				hits[n-1], scores[n-1] = h, score // an article's lists: its best cited
			}
			continue
		}
		hits, scores = append(hits, h), append(scores, score)
	}
	best := -1
	for i, sc := range scores {
		if sc > 0 && (best < 0 || sc > scores[best]) {
			best = i
		}
	}
	ans := Answer{Question: q.text, Kind: KindMeta}
	if len(hits) == 0 {
		return Answer{}, false
	}
	if best >= 0 {
		hits = hits[best : best+1]
	} else if len(describing) > 0 {
		return Answer{}, false // "a list of the flood victims": a list described that none holds
	}
	ans, names := citingEach(ans, hits)
	if len(names) == 1 {
		h := hits[0]
		names[0] = namedWith(names[0], h.Article, strings.TrimSuffix(strings.TrimSpace(h.Text), ":"))
	}
	return articlesNamed(ans, names), true
}

// listTable is every passage of the engine's articles that introduces a
// run of bullets (introduces), in the articles' order: read once, on the
// first "which article has a bullet list" (of), not every passage of
// every article walked again for each such question (26 ms a question
// at 10 000 articles).
type listTable struct {
	once sync.Once
	at   []passageAt
}

// of is the table over e's articles, read on its first use.
func (t *listTable) of(e *Engine) []passageAt {
	t.once.Do(func() {
		for i, a := range e.c.Articles {
			for k := range a.Passages {
				if introduces(a, k) {
					t.at = append(t.at, passageAt{int32(i), int32(k)})
				}
			}
		}
	})
	return t.at
}

// subheadReach is how many passages above the sentence that introduces a
// list a subhead may stand and still be the list's: the subhead itself
// right above it, or one with a sentence of lead-in between ("## What was
// pledged ¶ Donors met on Monday. ¶ They pledged:"); further up, a
// subhead heads the section, not the list.
const subheadReach = 2

// bulletCueText is the text of the [meta-bullets] cues' words ("bullet",
// "points", "list"), in one text, for their analysed forms (analysed
// once, at New: Engine.bulletCues).
var bulletCueText = func() string {
	var cues []string
	for _, p := range cueLists["meta-bullets"] {
		cues = append(cues, p...)
	}
	return strings.Join(cues, " ")
}()

// listDescription are the indexes of q's terms that say what list it asks
// for: those of its words from end on (end: where its [meta-bullets] cue
// ends, "a list of *the flood victims*", "bullet points *about the
// cranes*"), less meta words, words of the event and the cues' own words
// in any of their forms ("bullet list of …": "list"). Words before the
// cue ask the question ("which article *uses* bullet points") and
// describe no list.
func (e *Engine) listDescription(q *question, end int) []int {
	if end >= len(q.words) {
		return nil
	}
	after := e.analyze(strings.Join(q.words[end:], " "))
	var out []int
	for kt := range q.terms {
		t := &q.terms[kt]
		if hasTerm(after, t.term) && !metaWord(t.word) && !e.eventWord(*t) && !termHeld(e.bulletCues, t) {
			out = append(out, kt)
		}
	}
	return out
}
