// "Which articles mention X": mention windows and the mention table.

package qa

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// withMention is the short answer to "which article mentions X" when one
// article answers: its name, then where its passage h says X, the dozen
// words together. A user asking which story mentions Kostroma wants the
// story and sight of the mention; the name alone does not show it was
// found. Where the headline leaves too few words, the outlet names the
// article, or, with no headline, fewer of its opening words; where the passage holds none of the question's words, or no
// name leaves room, the name alone is kept.
func (e *Engine) withMention(q *question, name string, h Hit) string {
	if h.Article == nil || h.Text == "" {
		return name
	}
	label := name
	if maxShortWords-wordCount(label) < minMentionWords {
		switch {
		case h.Article.Outlet != "":
			label = h.Article.Outlet
		case h.Article.Headline == "":
			label = corpus.OpeningWords(name, minNameWords) // no headline: its opening words, as few as name it in a list
		}
	}
	room := maxShortWords - wordCount(label)
	if room < minMentionWords {
		return name
	}
	kw := e.mentionWords(q, h.Text, room)
	if kw == "" || strings.Contains(label, kw) {
		return name
	}
	return label + ": " + kw
}

// mentionWords are at most n words of text around its rarest word of the
// question's (the highest idf): from the first word of the question's
// within reach before it that leaves room for a word after it (what it
// names: "15-year *term*"), so that "drones hit an arms depot in Kostroma"
// shows Kostroma, not what the sentence goes on to say of it, up to a
// comma or a paragraph's end after it; "" when text holds none of the
// question's words. A function word does not end it, nor does a stop.
func (e *Engine) mentionWords(q *question, text string, n int) string {
	kw, _ := e.mention(q, text, n)
	return kw
}

// mention is mentionWords' words, and the question's terms they match
// (by index in q.terms, each once): what a passage must hold to say the
// same thing. "" and none when text holds none of the question's words.
func (e *Engine) mention(q *question, text string, n int) (string, []int) {
	words := wordSpans(text)
	if len(words) == 0 {
		return "", nil
	}
	weight, termAt, _ := wordWeights(q, words, e.analyze(text), span{0, len(text)})
	rare := -1
	for i, w := range weight {
		if w > 0 && (rare < 0 || w > weight[rare]) {
			rare = i
		}
	}
	if rare < 0 || n <= 0 {
		return "", nil
	}
	// of the rarest word's places, the one with most of the question's
	// other words around it ("It marked the first time the US *envoys*
	// had joined", not "attended by US *envoys*" before it)
	best := windowWeight(weight, termAt, rare, n)
	for i := rare + 1; i < len(words); i++ {
		if termAt[i] == termAt[rare] && weight[i] == weight[rare] {
			if w := windowWeight(weight, termAt, i, n); w > best {
				rare, best = i, w
			}
		}
	}
	from := rare
	for i := max(0, rare-n+2); i < rare; i++ { // (a word after it kept: "15-year *term*")
		if weight[i] > 0 {
			from = i
			break
		}
	}
	if k := from - 2; k >= 0 && from == rare && n >= 4 && prepositionHead(text, words, k) {
		from = k // the word a preposition joins the name to: "*Writing on* Telegram"
	}
	to := min(len(words), from+n) // one past the last word
	for i := rare; i < to-1; i++ {
		if strings.ContainsAny(text[words[i][1]:words[i+1][0]], ",;:\n") { // (between the words: "3,500" is one; a paragraph's end too)
			to = i + 1 // the mention, not what its clause goes on to say ("Kostroma, triggering …")
			break
		}
	}
	for to > rare+1 && lexicon.IsFunctionWord(strings.ToLower(strings.Trim(text[words[to-1][0]:words[to-1][1]], ` ,;:.—–-“”"‘’'()`))) {
		to--
	}
	var terms []int
	for i := from; i < to; i++ {
		if weight[i] > 0 && !slices.Contains(terms, termAt[i]) {
			terms = append(terms, termAt[i])
		}
	}
	return strings.TrimRight(text[words[from][0]:words[to-1][1]], ` ,;:.—–-“”"‘’'(`), terms
}

// prepositionHead reports whether word k of text (its words' byte spans)
// is a word that a preposition right after it joins to the word after
// that ("*Writing* on Telegram", "depot in Kostroma"), nothing between
// them but spaces: the phrase a mention of the name stands in. Not a
// word of a name ("United *States* over Greenland": capitalised, not at
// a sentence's start), nor a preposition, determiner or auxiliary.
func prepositionHead(text string, words [][2]int, k int) bool {
	if k < 0 || k+2 >= len(words) || strings.TrimSpace(text[words[k][1]:words[k+2][0]]) != text[words[k+1][0]:words[k+1][1]] {
		return false
	}
	typed := text[words[k][0]:words[k][1]]
	head := strings.ToLower(typed)
	if typed != head && !sentenceStart(text, words[k][0]) {
		return false
	}
	return prepositions[strings.ToLower(text[words[k+1][0]:words[k+1][1]])] && !prepositions[head] && !nounOpeners[head] && !auxiliaries[head] && !getFold(articles, head)
}

// windowWeight is the question's weight the words within reach of word
// at hold, n words a mention's reach each way (as mention reads them:
// n-2 before it, n-1 after), each term once.
func windowWeight(weight []float64, termAt []int, at, n int) float64 {
	held := map[int]float64{}
	for i := max(0, at-n+2); i < min(len(weight), at+n); i++ {
		if weight[i] > held[termAt[i]] {
			held[termAt[i]] = weight[i]
		}
	}
	sum := 0.0
	for _, w := range held {
		sum += w
	}
	return sum
}

// holdsTerms reports whether text holds every one of terms (indices in
// q.terms), each in a form the question's look-up matches.
func (e *Engine) holdsTerms(q *question, text string, terms []int) bool {
	toks := e.analyze(text)
	for _, i := range terms {
		if !termStands(q, toks, i) {
			return false
		}
	}
	return true
}

// termStands reports whether toks hold the question's term i, as typed or
// as q lets it stand (q.stands: a synonym, a near word).
func termStands(q *question, toks []index.Token, i int) bool {
	return slices.ContainsFunc(toks, func(tok index.Token) bool { return q.stands(tok.Term, i) })
}

// articlesMention is the short answer to "which articles mention X" when
// their names are too many for a dozen words: how many, then where the
// first passage says X ("2 articles: Ingrid Sævik"). The articles counted,
// and left as the answer's sources and passages, are those with a passage
// that holds every word of the question's the mention shows, not every
// article that holds one of the question's names: "the coordination cell
// in Paris" is said by the two that name the cell, not the five that name
// Paris, so that the count agrees with the passages quoted; where one
// article alone holds it, that article and its mention (withMention). ""
// (the answer left as it is) when the first passage holds none of the
// question's words.
func (e *Engine) articlesMention(ctx context.Context, q *question, ans *Answer) string {
	if len(ans.Passages) == 0 {
		return ""
	}
	const head = "N articles"
	kw, terms := e.mention(q, ans.Passages[0].Text, maxShortWords-wordCount(head))
	if kw == "" {
		return ""
	}
	first := ans.Passages[0].Article
	if first == nil {
		return ""
	}
	held := e.mentionPassages(ctx, q, terms)
	arts := []*corpus.Article{first}
	for _, id := range ans.Sources {
		if a := e.c.Article(id); a != nil && !slices.Contains(arts, a) {
			arts = append(arts, a)
		}
	}
	seen := map[*corpus.Article]bool{}
	for _, a := range arts {
		seen[a] = true
	}
	for _, a := range e.mayMention(held) {
		if !seen[a] {
			arts = append(arts, a)
		}
	}
	var sources []string
	var hits []Hit
	for _, a := range arts {
		h, ok := e.mentionHit(q, a, ans.Passages, terms, held)
		if !ok {
			continue
		}
		sources = append(sources, a.ID)
		if len(hits) < MaxPassages {
			hits = append(hits, h)
		}
	}
	if len(sources) == 0 {
		return "" // (the first passage's article holds it: only where the look-up and its words disagree)
	}
	ans.Sources, ans.Passages = sources, hits
	if len(sources) == 1 {
		return e.withMention(q, shortTitle(hits[0].Article.Title()), hits[0]) // one article says it: named, as "which article" is answered
	}
	return strconv.Itoa(len(sources)) + " articles: " + kw
}

// passageAt is a passage of the engine's articles: its article's index
// in them and its number in the article.
type passageAt struct{ art, seq int32 }

// comparePassages orders passages by article, then number.
func comparePassages(a, b passageAt) int {
	return cmp.Or(cmp.Compare(a.art, b.art), cmp.Compare(a.seq, b.seq))
}

// mentionPassages are the passages of the engine's articles, in their
// order, that hold every one of terms (indices in q.terms), each in a
// form the question's look-up matches (q.lookup), as the mentionTable
// has them: what holdsTerms reports of each passage; every passage where
// terms are none. (Ask never asks with none: articlesMention calls it
// only when mention found words, and mention's terms then hold its
// rarest word's. The case is kept so that the table agrees with
// holdsTerms on every input, TestMayMention's nil row.)
func (e *Engine) mentionPassages(ctx context.Context, q *question, terms []int) []passageAt {
	var in []passageAt
	if len(terms) == 0 {
		for i, a := range e.c.Articles {
			for k := range a.Passages {
				in = append(in, passageAt{int32(i), int32(k)})
			}
		}
		return in
	}
	for n, i := range terms {
		var at []passageAt
		for form := range q.lookup {
			if q.stands(form, i) {
				at = append(at, e.wordArticles.holding(ctx, e, form)...)
			}
		}
		slices.SortFunc(at, comparePassages)
		at = slices.Compact(at)
		if n > 0 {
			at = slices.DeleteFunc(at, func(p passageAt) bool { _, ok := slices.BinarySearchFunc(in, p, comparePassages); return !ok })
		}
		in = at
	}
	return in
}

// mayMention are the articles, in the engine's order, of held (from
// mentionPassages): those with a passage that holds every one of the
// question's terms asked about.
func (e *Engine) mayMention(held []passageAt) []*corpus.Article {
	var out []*corpus.Article
	for k, p := range held {
		if k == 0 || held[k-1].art != p.art {
			out = append(out, e.c.Articles[p.art])
		}
	}
	return out
}

// termPassages is what a Searcher may do besides (an *index.Index does):
// give the passages that hold an analysed word, read from the word's
// postings, no passage analysed.
type termPassages interface {
	PassagesWith(ctx context.Context, term string) ([]index.Hit, error)
}

// mentionBudget bounds how many passages the mention table holds of the
// words asked about, all words (8 bytes each: about 8 MB); a full table
// starts afresh. The bound is about, not at most: the word that fills the
// table is held whole, so one word in more passages than the budget
// (some 200 000 articles of a common word) is held past it.
var mentionBudget = 1 << 20

// mentionTable is, for each analysed word a "which articles mention X"
// has asked about, the passages (in the articles' order) that hold it:
// read from the index's postings of the word (termPassages) on its first
// such question, not every passage of every article analysed again
// (seconds at 10 000 articles: the README's "before" figures). Over a
// searcher without postings to read, every word's, read once by walking
// the articles (all). Safe for concurrent use.
type mentionTable struct {
	mu   sync.RWMutex
	read map[string][]passageAt // the words asked about so far, from the postings
	held int                    // passages read holds

	walk sync.Once
	all  map[string][]passageAt
}

// holding is the passages (in e's articles' order) that hold the
// analysed word; none, with no walk of the articles and nothing kept,
// where ctx is done (a question given up).
func (t *mentionTable) holding(ctx context.Context, e *Engine, word string) []passageAt {
	t.mu.RLock()
	at, ok := t.read[word]
	t.mu.RUnlock()
	if ok {
		return at
	}
	if ctx.Err() != nil {
		return nil
	}
	src, ok := e.s.(termPassages)
	if !ok {
		return t.walked(e)[word]
	}
	hits, err := src.PassagesWith(ctx, word)
	if err != nil {
		if ctx.Err() != nil {
			return nil // (given up while the postings were read: no walk)
		}
		return t.walked(e)[word] // (the walk reads what the postings could not give)
	}
	at = make([]passageAt, 0, len(hits))
	for _, h := range hits {
		// (a posting of no passage of e's: none, unless e's corpus and
		// the index it searches part)
		if i, ok := e.c.Index(h.Article); ok {
			if _, ok := e.c.PassageAt(i, h.Seq); ok {
				at = append(at, passageAt{int32(i), int32(h.Seq)})
			}
		}
	}
	// (already in comparePassages' order: PassagesWith gives article id
	// then number, and corpus keeps its articles sorted by id)
	t.mu.Lock()
	defer t.mu.Unlock()
	n := max(1, len(at)) // (a word no passage holds still takes room)
	if t.read == nil || t.held+n > mentionBudget {
		t.read, t.held = map[string][]passageAt{}, 0
	}
	t.read[word] = at
	t.held += n
	return at
}

// walked is the table of every word of e's articles, read on its first
// use: each passage's words as New analysed them (e.facts), or analysed
// now, past the memo (every passage once would push out what questions
// read again).
func (t *mentionTable) walked(e *Engine) map[string][]passageAt {
	t.walk.Do(func() {
		t.all = map[string][]passageAt{}
		for i, a := range e.c.Articles {
			read := e.facts[a]
			for k, p := range a.Passages {
				var toks []index.Token
				if k < len(read) {
					toks = read[k].toks
				} else {
					toks = e.s.Analyze(p.Text)
				}
				at := passageAt{int32(i), int32(k)}
				for _, tok := range toks {
					if have := t.all[tok.Term]; len(have) == 0 || have[len(have)-1] != at {
						t.all[tok.Term] = append(have, at)
					}
				}
			}
		}
	})
	return t.all
}

// mentionHit is the passage of a that holds every one of terms: the first
// such among found (the answer's, in their order), else its first such of
// its own, of held (mentionPassages); false when none of its passages
// does.
func (e *Engine) mentionHit(q *question, a *corpus.Article, found []Hit, terms []int, held []passageAt) (Hit, bool) {
	for _, h := range found {
		if h.Article == a && e.holdsTerms(q, h.Text, terms) {
			return h, true
		}
	}
	n, ok := e.c.Index(a.ID)
	if !ok || e.c.Articles[n] != a {
		return Hit{}, false
	}
	i := int32(n)
	k, _ := slices.BinarySearchFunc(held, passageAt{i, 0}, comparePassages)
	for ; k < len(held) && held[k].art == i; k++ {
		if p := a.Passages[held[k].seq]; e.holdsTerms(q, p.Text, terms) {
			return Hit{Article: a, Passages: []corpus.Passage{p}, Text: cutAtWord(p.Text, maxPassageBytes), Score: 1}, true
		}
	}
	return Hit{}, false
}
