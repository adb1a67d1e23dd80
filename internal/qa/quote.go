// Quote: finding quotations by their words, their speaker or both, and scoring a look-up.

package qa

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// MaxQuotes bounds how many quotations Quote returns.
const MaxQuotes = 10

// MatchThreshold is the word score (see quoteScore) a quotation needs to
// be a match for a look-up. Below it, Quote returns only the nearest one
// or two, labelled Near. Chosen on the development look-ups: see the
// README's "Quotation look-ups, measured".
const MatchThreshold = 0.5

// maxNear is how many quotations a look-up that matches none shows as the
// nearest.
const maxNear = 2

// passageKey names a passage: its article and sequence number.
type passageKey struct {
	article string
	seq     int
}

// Quote finds quotations by their words, their speaker, or both, best
// first. words may be any part of the quotation as remembered: words left
// out, added, misspelled or changed, and the speaker's name or title among
// them ("merz textbook solutions"); speaker any name, spelling or title of
// the speaker. Every quotation is scored; those that come close enough are
// returned with their scores. When none does, the nearest one or two are
// returned with Near set. An unknown speaker finds nothing: no error.
func (e *Engine) Quote(ctx context.Context, words, speaker string) (res []QuoteResult, err error) {
	defer func() {
		if r := recover(); r != nil { // a bug must not take the program down
			res, err = nil, fmt.Errorf("qa: quote: internal error: %v", r)
		}
	}()
	if strings.TrimSpace(words) != "" {
		if words, err = validate(words); err != nil {
			return nil, err
		}
	}
	if strings.TrimSpace(speaker) != "" {
		if speaker, err = validate(speaker); err != nil {
			return nil, err
		}
	}
	if words == "" && speaker == "" {
		return nil, inputErrorf("give words of the quotation, a speaker, or both")
	}
	toks := e.analyze(words)
	if words != "" && len(toks) == 0 {
		return nil, inputErrorf("the words have nothing to search for (only common words or punctuation)")
	}
	var only []int // the people the speaker given means
	if speaker != "" {
		if only = e.whoIs(speaker); len(only) == 0 {
			return nil, ctx.Err()
		}
	}
	l := e.lookup(words, toks)
	if l.words == 0 {
		// the words only name someone: their quotations
		people := only
		if people == nil {
			people = l.people
		}
		return e.quotationsBy(people), ctx.Err()
	}
	res = e.ranked(l, only)
	for i := range res {
		if !res[i].Near {
			res[i].Unlike = negationUnlike(words, res[i].Text)
		}
	}
	return res, ctx.Err()
}

// negationUnlike is the negation that stands in one of the words looked up
// and the stretch of the quotation they match but not in the other: the
// quotation's words from the first looked-up word to the last, in order,
// and the word before ("These are *not* just words" for "these are just
// words", "*Not* everyone is ready"); "" when none does, or the words are
// not found in order.
func negationUnlike(words, quote string) string {
	look := strings.Fields(strings.ToLower(strings.Map(keepWordRune, words)))
	text := strings.Fields(strings.ToLower(strings.Map(keepWordRune, quote)))
	var content []string
	for _, w := range look {
		if !negationWord(w) {
			content = append(content, w)
		}
	}
	if len(content) == 0 {
		return ""
	}
	// the shortest stretch of the quotation holding the content words in
	// order, each within a few words of the one before
	best := []string(nil)
	for start := range text {
		if text[start] != content[0] {
			continue
		}
		k, end := 1, start
		for i := start + 1; i < len(text) && k < len(content) && i-end <= negationGap; i++ {
			if text[i] == content[k] {
				k, end = k+1, i
			}
		}
		if k == len(content) && (best == nil || end+1-start < len(best)) {
			best = text[max(0, start-1) : end+1] // and the word before: "*Not* everyone is ready"
		}
	}
	if best == nil {
		return ""
	}
	for _, w := range best {
		if negationWord(w) && !slices.Contains(look, w) {
			return w
		}
	}
	for _, w := range look {
		if negationWord(w) && !slices.Contains(best, w) {
			return w
		}
	}
	return ""
}

// negationGap is how many words of a quotation may stand between two
// looked-up words for them to be one stretch.
const negationGap = 3

// negationWord reports whether w (lower case, as keepWordRune leaves it)
// negates: "not", "no", "never", "nor", or a contraction in "n't".
func negationWord(w string) bool {
	switch w {
	case "not", "no", "never", "nor":
		return true
	}
	return strings.HasSuffix(w, "n't") // (keepWordRune writes every apostrophe so)
}

// quotationsBy lists the quotations of people, fullest first.
func (e *Engine) quotationsBy(people []int) []QuoteResult {
	var out []QuoteResult
	for _, p := range people {
		for _, i := range e.qix.bySpeaker[p] {
			o := &e.quotes[i]
			out = append(out, QuoteResult{Text: o.text, Speaker: o.speaker, Citations: o.citations, Score: 1, words: 1})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Text) > len(out[j].Text) })
	return out
}

// ranked scores the quotations for look-up l (of people only, when only
// is given) and returns the matches, best first, or the nearest misses.
func (e *Engine) ranked(l lookup, only []int) []QuoteResult {
	allowed := func(o *quoteEntry) bool {
		if only == nil {
			return true
		}
		for _, p := range only {
			if e.qix.people.list[p].name == o.speaker {
				return true
			}
		}
		return false
	}
	type scored struct {
		entry, variant int
		words, total   float64
	}
	best := map[int]scored{}
	var order []int
	consider := func(d int) {
		doc := &e.qix.docs[d]
		o := &e.quotes[doc.entry]
		if !allowed(o) {
			return
		}
		w := e.quoteScore(l, doc)
		total := w
		if l.names(e, o.speaker) {
			total += speakerBonus
		}
		if o.speaker == "" {
			total -= unattributedCost
		}
		s, seen := best[doc.entry]
		if !seen {
			order = append(order, doc.entry)
		}
		if !seen || total > s.total {
			best[doc.entry] = scored{doc.entry, doc.variant, w, total}
		}
	}
	for _, d := range l.candidates(e) {
		consider(d)
	}
	for _, p := range append(append([]int(nil), only...), l.people...) {
		for _, i := range e.qix.bySpeaker[p] {
			for _, d := range e.qix.docsOf[i] {
				consider(d)
			}
		}
	}
	list := make([]scored, 0, len(order))
	for _, i := range order {
		list = append(list, best[i])
	}
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].total != list[j].total {
			return list[i].total > list[j].total
		}
		return len(e.quotes[list[i].entry].citations) > len(e.quotes[list[j].entry].citations)
	})
	var out []QuoteResult
	near := !slices.ContainsFunc(list, func(s scored) bool { return s.words >= MatchThreshold })
	for _, s := range list {
		if len(out) == MaxQuotes || near && len(out) == maxNear {
			break
		}
		if !near && s.words < MatchThreshold {
			continue // not a match, though its speaker is named
		}
		if near && s.total <= 0 && only == nil {
			// (with a speaker given, their nearest quotations show whom
			// the name was taken for)
			break
		}
		o := &e.quotes[s.entry]
		v := o.variants[s.variant]
		out = append(out, QuoteResult{Text: v.text, Speaker: o.speaker, Citations: citationsFirst(o.citations, v.articles),
			Score: s.total, Near: near, words: s.words})
	}
	return out
}

// citationsFirst orders citations with those of the given articles (the
// wording shown) first.
func citationsFirst(cs []QuoteCitation, articles []string) []QuoteCitation {
	out := make([]QuoteCitation, 0, len(cs))
	for _, c := range cs {
		if slices.Contains(articles, c.Article.ID) {
			out = append(out, c)
		}
	}
	for _, c := range cs {
		if !slices.Contains(articles, c.Article.ID) {
			out = append(out, c)
		}
	}
	return out
}

// lookup is a look-up by words, analysed: the people it names and the
// words to search for, with what each may match.
type lookup struct {
	people []int
	terms  []lookTerm
	words  int // terms that name no one
}

// lookTerm is one searched word: its weight (idf) and the terms it
// matches, each with how much a match counts (1 for the word itself).
type lookTerm struct {
	weight float64
	alts   map[string]float64
	// altOrder are alts' keys, sorted: the order they are tried in, so
	// that ties fall the same way on every run (a map's order is random)
	altOrder []string
	speakers []int // the people the word names: their quotations match it
}

// names reports whether the look-up names speaker.
func (l lookup) names(e *Engine, speaker string) bool {
	for _, p := range l.people {
		if e.qix.people.list[p].name == speaker {
			return true
		}
	}
	return false
}

// candidates are the documents holding at least one of the look-up's
// terms or their alternatives, in the wording or around it. A term that
// over maxCandidateDocs documents hold finds no candidates (at 10 000
// articles "security" stands around thousands of quotations): the look-up's
// rarer words find them, and it still counts in their scores; unless all
// its words are that common.
func (l lookup) candidates(e *Engine) []int {
	seen := map[int]bool{}
	var out []int
	for _, common := range []bool{false, true} {
		for kt := range l.terms {
			t := &l.terms[kt]
			for _, alt := range t.altOrder {
				docs := e.qix.byTerm[alt]
				if len(docs) > maxCandidateDocs != common {
					continue
				}
				for _, d := range docs {
					if !seen[d] {
						seen[d] = true
						out = append(out, d)
					}
				}
			}
		}
		if len(out) > 0 {
			break
		}
	}
	sort.Ints(out)
	return out
}

// maxCandidateDocs is how many documents a term may stand in and still
// gather candidates.
const maxCandidateDocs = 500

// The weights of a quotation's score: each a named feature.
const (
	synonymMatch     = 0.7  // a synonym the vocabulary gives
	prefixMatch      = 0.6  // one word the start of the other ("bath", "bathtub")
	contextMatch     = 0.4  // a word in the sentence around the quotation, not in it
	orderBonus       = 0.2  // the words in the order typed, at most
	speakerBonus     = 0.2  // the look-up names the speaker (beside the name's own weight)
	unattributedCost = 0.03 // no speaker known: a name in quotation marks, a phrase
	bm25K1           = 1.2
	bm25B            = 0.2 // length counts little: a remembered fragment of a long quotation is still it
	minPrefix        = 4   // letters a prefix match needs
)

// lookup analyses a look-up's words: each word gets its weight and what
// it may match: itself, its synonyms, the corpus's spelling if no article
// has it, and the quotations' words it begins or that begin it. A word
// that names someone (see mentions) matches their quotations as well as
// itself; the verbs of saying that go with a name ("merz said") are left
// out.
func (e *Engine) lookup(words string, toks []index.Token) lookup {
	var l lookup
	var named [][]int
	l.people, named = e.mentions(words, toks)
	n := float64(max(e.s.Docs(), 1))
	respelled := 0
	for k, t := range toks {
		if len(l.people) > 0 && lexicon.IsSayingVerb(strings.ToLower(words[t.Start:t.End])) {
			continue // "zelensky said …"
		}
		if e.s.DocFreq(t.Term) == 0 {
			expanded, ok := e.uncontracted(words[t.Start:t.End])
			if ok && expanded == "" {
				continue // "we'll", "it's": common words only
			}
			if ok {
				t.Term = expanded // "couldn't": "not"
			}
		}
		lt := lookTerm{alts: map[string]float64{t.Term: 1}, speakers: named[k]}
		if named[k] == nil {
			l.words++
		}
		df := e.s.DocFreq(t.Term)
		word := words[t.Start:t.End]
		if df == 0 && named[k] == nil && respelled < maxRespelled {
			respelled++ // a few, whatever is typed
			for alt, m := range e.quoteSpellings(word) {
				lt.alts[alt] = m
				df = max(df, e.s.DocFreq(alt))
			}
		}
		for _, s := range e.s.Synonyms(t.Term) {
			if _, ok := lt.alts[s]; !ok {
				lt.alts[s] = synonymMatch
			}
		}
		if named[k] == nil {
			for _, v := range e.prefixed(t.Term) {
				if _, ok := lt.alts[v]; !ok {
					lt.alts[v] = prefixMatch
				}
			}
		}
		if named[k] == nil && e.s.DocFreq(t.Term) == 0 {
			// a word no article uses: said another way ("huge" for
			// "big"); a word the articles use elsewhere is meant as itself
			for v, sim := range e.softly(word) {
				if m := softMatch * sim; m > lt.alts[v] {
					lt.alts[v] = m
				}
			}
		}
		lt.weight = idf(n, float64(df))
		for alt := range lt.alts {
			lt.altOrder = append(lt.altOrder, alt)
		}
		sort.Strings(lt.altOrder)
		l.terms = append(l.terms, lt)
	}
	return l
}

// clitics are the English contractions and what they stand for.
var clitics = strings.NewReplacer("n't", " not", "n’t", " not", "'ll", " will", "’ll", " will", "'re", " are", "’re", " are",
	"'ve", " have", "’ve", " have", "'d", " would", "’d", " would", "'m", " am", "’m", " am", "'s", " is", "’s", " is")

// uncontracted analyses a contracted word as its two words ("we'll": "we
// will"): the last analysed term, or "" when both are common words. ok is
// false for a word without a contraction.
func (e *Engine) uncontracted(word string) (term string, ok bool) {
	if !strings.ContainsAny(word, "'’") {
		return "", false
	}
	toks := e.analyze(clitics.Replace(strings.ToLower(word)))
	if len(toks) == 0 {
		return "", true
	}
	return toks[len(toks)-1].Term, true
}

// maxRespelled is how many words of a look-up may be respelled.
const maxRespelled = 3

// prefixed returns the quotations' terms that term begins or that begin
// it, of minPrefix letters or more: "bath" and "bathtub".
func (e *Engine) prefixed(term string) []string {
	if len(term) < minPrefix {
		return nil
	}
	var out []string
	// the terms term begins stand together in the sorted vocabulary
	v := e.qix.vocab
	for i := sort.SearchStrings(v, term); i < len(v) && strings.HasPrefix(v[i], term); i++ {
		if v[i] != term {
			out = append(out, v[i])
		}
	}
	for k := minPrefix; k < len(term); k++ {
		if e.qix.inText[term[:k]] {
			out = append(out, term[:k])
		}
	}
	return out
}

// quoteScore is how well a wording matches a look-up, about 0 to 1.2: the
// BM25 weight of the look-up's words it holds (each counted as its match
// counts: a synonym, a respelling, a prefix; a word only in the sentence
// around it at contextMatch), as a share of the look-up's full weight, plus
// orderBonus for the words standing in the order typed.
func (e *Engine) quoteScore(l lookup, d *quoteDoc) float64 {
	total, got := 0.0, 0.0
	pos := make([]int, 0, len(l.terms))
	dl := float64(len(d.terms))
	for kt := range l.terms {
		t := &l.terms[kt]
		total += t.weight
		best, at := 0.0, -1
		if d.person >= 0 && slices.Contains(t.speakers, d.person) {
			best = 1 // the look-up names who said it
		}
		for _, alt := range t.altOrder {
			m := t.alts[alt]
			if tf := d.tf[alt]; tf > 0 {
				f := float64(tf) * (bm25K1 + 1) / (float64(tf) + bm25K1*(1-bm25B+bm25B*dl/max(e.qix.avgLen, 1)))
				if m*f > best {
					best, at = m*f, firstIndex(d.terms, alt)
				}
			} else if d.context[alt] && m*contextMatch > best {
				best, at = m*contextMatch, -1
			}
		}
		got += t.weight * best
		if at >= 0 {
			pos = append(pos, at)
		}
	}
	if total == 0 {
		return 0
	}
	score := got / total
	if n := len(l.terms); n > 1 {
		if run := increasingRun(pos); run > 1 {
			score += orderBonus * float64(run-1) / float64(n-1)
		}
	}
	return score
}

func firstIndex(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// increasingRun is the length of the longest increasing subsequence of pos:
// how many of the words stand in the order typed.
func increasingRun(pos []int) int {
	var tails []int
	for _, p := range pos {
		i := sort.SearchInts(tails, p)
		if i == len(tails) {
			tails = append(tails, p)
		} else {
			tails[i] = p
		}
	}
	return len(tails)
}
