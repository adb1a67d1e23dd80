// The memo: re-ranking's repeated readings (analysis, names, figures, places) remembered.

package qa

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// memoLimit bounds each memo table; a full table starts afresh, so memory
// stays bounded whatever is asked.
const memoLimit = 1 << 15

// memo remembers what re-ranking computes again and again for the same
// passages and names: their analysis, their names, their dates and numbers,
// whether a name is a place. Safe for concurrent use.
type memo struct {
	mu     sync.RWMutex
	tokens map[string][]index.Token
	spans  map[spanKey][]span
	place  map[string]bool
	lead   map[string]map[string]bool
	head   map[string]map[string]bool // headlineTerms
	vec    map[string][]float32
	soft   map[string][]termAlt
	who    map[string][]int // whoIs: the people a typed name means
	words  map[string][]wordVec
	near   map[nearKey]float32     // align: a question word's nearest meaning in a passage
	figure map[string]figureOK     // figureOf: the value of the first figure in a passage's words
	names  map[string][]span       // names: a text's names, sentence openers that are none left out
	incr   map[string]bool         // incrementOf: whether a figure is said as an addition
	lower  map[string]string       // lowerText: an article's text in lower case
	asciiP map[string]string       // asciiLowerPassage: a passage's ASCII letters lowered
	facts  map[string]passageFacts // factsOf: a passage's facts, where New read none ahead
	person map[string]bool         // personLike: whether a name may be a person's
	// nameFacts: what freeNow reads of a name, whatever the question
	nameFacts map[string]*nameFacts
	// dateline: the analysed place of an article's dateline (datelinePlace)
	dateline map[string][]index.Token
	acting   map[string]bool // actingOf: whether a place's name may be a party that acts
	thing    map[string]bool // namesThing: whether a name is a thing's
	// nameHead: the noun after a name where its article first writes it
	// (nameHeadOf), by article ID and name
	nameHead map[nameHeadKey]string
	// related: a question's verb's WordNet relatives the articles use
	// (usedRelatedAlts)
	related map[string][]termAlt
	// weak: the articles' words nearest a word at weakMin (weakAlts)
	weak    map[string][]termAlt
	number  map[string]bool   // holdsNumber: whether a word holds a number (numberRE)
	figWord map[string]bool   // isNumberWord: whether a word is a number whole (numberRE)
	slip    map[string]string // slipOf: the articles' word a rare word of English was typed for
	// located: a passage's names and which stand where a place does
	// (locatedFactsOf)
	located map[string]locatedFacts
	figures map[string]figureFacts // figureFactsOf: a passage's numbers, years and capacities
	counted map[string]string      // countedHeadOf: the plural noun a number's words are headed by
	subject map[string]int         // subjectEnd: where a sentence's subject ends
	actors  map[string]actorsFacts // actorOf: a passage's names, as a "who" reads them
	enums   map[string][]enumRun   // enumRuns: a passage's runs of names that may be an enumeration
}

// figureOK is figure's result: a value, and whether there is one.
type figureOK struct {
	v  float64
	ok bool
}

// figureOf is figure(s), remembered: otherFigure and sameCount read the
// figures of the passages' numbers, and of the answer's, again for every
// candidate and every question a number answers.
func (e *Engine) figureOf(s string) (float64, bool) {
	r := get(&e.memo.mu, e.memo.figure, s, func() figureOK {
		v, ok := figure(s)
		return figureOK{v, ok}
	})
	return r.v, r.ok
}

// actingOf is actingPlace(name), remembered: typeWhoAny asks it of the
// places of candidate after candidate, and it asks the gazetteer and the
// embeddings.
func (e *Engine) actingOf(name string) bool {
	return get(&e.memo.mu, e.memo.acting, name, func() bool { return actingPlace(name) })
}

// incrementOf is increment(s), remembered: differently asks it of the
// answer's figure and of a candidate's for every candidate, and of the
// same figures of the passages for every question a number answers.
func (e *Engine) incrementOf(s string) bool {
	return get(&e.memo.mu, e.memo.incr, s, func() bool { return increment(s) })
}

// holdsNumber is numberRE.MatchString(w), remembered: analyse asks it of
// the word before each of a question's verbs (readAsVerbWith), the same
// few words question after question, and the expression, large and
// unanchored, costs some twenty thousand instructions on a word.
func (e *Engine) holdsNumber(w string) bool {
	return get(&e.memo.mu, e.memo.number, w, func() bool { return wordHoldsNumber(w) })
}

// wordHoldsNumber is numberRE.MatchString(w), read without the
// expression, which costs some microseconds even on a short word, where
// w is ASCII letters alone (a question's word most often is): numberRE
// opens at a word's edge (\b) and closes at one or at "%", there is no
// edge inside such a word, and what it matches without a digit, a space
// or a hyphen is one of numberWords, so it matches the whole word, one of
// numberWordSet, or nothing. Any other word is read by the expression.
func wordHoldsNumber(w string) bool {
	if !asciiLetters(w) {
		return numberRE.MatchString(w)
	}
	return getFold(numberWordSet, w)
}

// wordIsNumber is numberRE.FindString(w) == w, read without the
// expression where w is ASCII letters alone, as wordHoldsNumber reads
// it: a match in such a word is the whole word, one of numberWordSet.
// The empty word, which the expression's empty find equals, and any
// other word are read by the expression.
func wordIsNumber(w string) bool {
	if w == "" || !asciiLetters(w) {
		return numberRE.FindString(w) == w
	}
	return getFold(numberWordSet, w)
}

// asciiLetters reports whether w is ASCII letters alone ("" is).
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// numberWordSet are the words numberWords matches, in lower case, read
// from the expression itself (finiteStrings).
var numberWordSet = func() map[string]bool {
	re, err := syntax.Parse(numberWords, syntax.Perl)
	if err != nil {
		panic(err)
	}
	words, ok := finiteStrings(re)
	if !ok {
		panic("numberWords: not a finite set of words")
	}
	out := map[string]bool{}
	for _, w := range words {
		out[strings.ToLower(w)] = true
	}
	return out
}()

// finiteStrings are all the strings re matches, where re is literals,
// classes of a few characters, concatenations, alternations and optional
// parts alone; ok false for any other expression.
func finiteStrings(re *syntax.Regexp) (out []string, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 64 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		return out, true
	case syntax.OpCapture:
		return finiteStrings(re.Sub[0])
	case syntax.OpQuest:
		out, ok = finiteStrings(re.Sub[0])
		return append(out, ""), ok
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, ok := finiteStrings(sub)
			if !ok {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, true
	case syntax.OpConcat:
		out = []string{""}
		for _, sub := range re.Sub {
			s, ok := finiteStrings(sub)
			if !ok {
				return nil, false
			}
			var next []string
			for _, a := range out {
				for _, b := range s {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// isNumberWord is numberRE.FindString(w) == w (wordIsNumber),
// remembered: analyse asks it of the word before the noun a question asks
// for (a number there is no modifier of the noun: "which *two* ships").
func (e *Engine) isNumberWord(w string) bool {
	return get(&e.memo.mu, e.memo.figWord, w, func() bool { return wordIsNumber(w) })
}

// slipOf is slipOfKnown(lw), remembered: respell asks it of a question's
// rare word of English each time the word is asked, and its search of
// the articles' words one edit away costs some twenty thousand
// instructions.
func (e *Engine) slipOf(lw string) string {
	return get(&e.memo.mu, e.memo.slip, lw, func() string { return e.slipOfKnown(lw) })
}

// nameHeadKey keys nameHeadOf's memo: an article's ID and a name, lower
// case, as a pair (no key string built for each look-up).
type nameHeadKey struct{ article, name string }

type spanKey struct {
	re   *regexp.Regexp // nil for names
	text string
}

func newMemo() *memo {
	return &memo{tokens: map[string][]index.Token{}, spans: map[spanKey][]span{}, place: map[string]bool{}, lead: map[string]map[string]bool{}, head: map[string]map[string]bool{}, vec: map[string][]float32{}, soft: map[string][]termAlt{}, who: map[string][]int{}, words: map[string][]wordVec{}, near: map[nearKey]float32{}, figure: map[string]figureOK{}, names: map[string][]span{}, incr: map[string]bool{}, lower: map[string]string{}, asciiP: map[string]string{}, facts: map[string]passageFacts{}, person: map[string]bool{}, nameFacts: map[string]*nameFacts{}, dateline: map[string][]index.Token{}, acting: map[string]bool{}, thing: map[string]bool{}, nameHead: map[nameHeadKey]string{}, related: map[string][]termAlt{}, weak: map[string][]termAlt{}, number: map[string]bool{}, figWord: map[string]bool{}, slip: map[string]string{}, located: map[string]locatedFacts{}, figures: map[string]figureFacts{}, counted: map[string]string{}, subject: map[string]int{}, actors: map[string]actorsFacts{}, enums: map[string][]enumRun{}}
}

// get returns m[k], computing and storing it when absent.
func get[K comparable, V any](mu *sync.RWMutex, m map[K]V, k K, compute func() V) V {
	mu.RLock()
	v, ok := m[k]
	mu.RUnlock()
	if ok {
		return v
	}
	v = compute()
	mu.Lock()
	if len(m) >= memoLimit {
		clear(m)
	}
	m[k] = v
	mu.Unlock()
	return v
}

// analyze is the index's analysis of text, remembered. Callers must not
// modify the result.
func (e *Engine) analyze(text string) []index.Token {
	return get(&e.memo.mu, e.memo.tokens, text, func() []index.Token { return e.s.Analyze(text) })
}

// names are the runs of capitalised words of text, remembered; a
// sentence's first word in capitals is no name where the articles write it
// in lower case and never as a name ("Crews from five countries dig …").
func (e *Engine) names(text string) []span {
	if e.vocab.capital == nil {
		// (New reads names before it knows the articles' words, which
		// tell an opening word from a name: not remembered then)
		return e.namesNow(text)
	}
	return get(&e.memo.mu, e.memo.names, text, func() []span { return e.namesNow(text) })
}

// namesNow is names, computed.
func (e *Engine) namesNow(text string) []span {
	all := nameSpans(text)
	out := all[:0:0]
	for _, s := range all {
		if !e.openingWord(text, s) {
			out = append(out, s)
		}
	}
	return out
}

// openingWord reports whether span s of text is one word opening a
// sentence, in capitals only for that: a word the articles also write in
// lower case, or an English word that is no one's name ("None of the 22
// crew members …", "Eleven tugs pulled …"), that they never capitalise
// mid-sentence, and no place.
func (e *Engine) openingWord(text string, s span) bool {
	if s.start != 0 && !sentenceStart(text, s.start) && s.start != datelineEnd(text) {
		return false // (the first word past a dateline opens its sentence: "KESSBY, May 9 (…) - Salvage crews …")
	}
	w := text[s.start:s.end]
	lw := strings.ToLower(w)
	return !strings.Contains(w, " ") && (e.vocab.lower[lw] > 0 || lexicon.IsWord(lw) && !lexicon.IsName(lw)) && e.vocab.capital[lw] == "" && !e.isPlace(w)
}

// find is re's matches in text, remembered.
func (e *Engine) find(re *regexp.Regexp, text string) []span {
	return get(&e.memo.mu, e.memo.spans, spanKey{re, text}, func() []span { return findAll(re, text) })
}

// findKept is e.find(re, text) less the matches drop reports. e.find's
// slice is the memo's, shared by every later reader, so it is never
// filtered in place: where drop keeps every match the memo's slice comes
// back, read only as e.find's is, clipped so that an append copies; else
// a new one.
func (e *Engine) findKept(re *regexp.Regexp, text string, drop func(span) bool) []span {
	all := e.find(re, text)
	i := slices.IndexFunc(all, drop)
	if i < 0 {
		return slices.Clip(all)
	}
	out := append(make([]span, 0, len(all)-1), all[:i]...)
	for _, s := range all[i+1:] {
		if !drop(s) {
			out = append(out, s)
		}
	}
	return out
}

// isPlace reports whether a name is a known place, remembered.
func (e *Engine) isPlace(name string) bool {
	return get(&e.memo.mu, e.memo.place, name, func() bool { return e.places.has(name) })
}

// headlineTerms are the analysed words of an article's headline: what
// the story is about, the subject a sentence opening on "It", "Its",
// "They" or "Their" most often speaks of.
func (e *Engine) headlineTerms(a *corpus.Article) map[string]bool {
	return get(&e.memo.mu, e.memo.head, a.ID, func() map[string]bool {
		out := map[string]bool{}
		for _, t := range e.analyze(a.Headline) {
			out[t.Term] = true
		}
		return out
	})
}

// asciiLowerPassage is a passage's text with its ASCII letters lowered
// (lowerASCII), remembered: byte for byte text's, so an offset found in
// it is one of text (strings.ToLower's copy is not: "İ" lowers to a
// shorter "i", "Ⱥ" to a longer "ⱥ"); equative finds its "as ADJ as" in it.
func (e *Engine) asciiLowerPassage(text string) string {
	return get(&e.memo.mu, e.memo.asciiP, text, func() string { return lowerASCII(text) })
}

// lowerText is an article's whole text in lower case, remembered:
// callsByHead looks for a name in it for every candidate of the story
// that calls something by a name's noun.
func (e *Engine) lowerText(a *corpus.Article) string {
	return get(&e.memo.mu, e.memo.lower, a.ID, func() string { return strings.ToLower(a.Text) })
}

// readLeads maps each analysed term of the articles' openings (lead) to
// the articles whose opening holds it, by index, ascending: how many
// articles open on a word is then one look-up, not a walk through every
// article for each question.
func (e *Engine) readLeads() map[string][]int {
	out := map[string][]int{}
	for i, a := range e.c.Articles {
		for t := range e.lead(a) {
			out[t] = append(out[t], i)
		}
	}
	return out
}

// lead is the set of analysed terms of an article's opening: its headline,
// standfirst and first paragraph, where a news story says who, where and
// when once before its later sentences speak of "the talks". Remembered.
func (e *Engine) lead(a *corpus.Article) map[string]bool {
	return get(&e.memo.mu, e.memo.lead, a.ID, func() map[string]bool {
		out := map[string]bool{}
		first := -1
		for _, p := range a.Passages {
			if p.Kind == corpus.KindBody {
				if first >= 0 && p.Block != first {
					break
				}
				first = p.Block
			}
			for _, t := range e.analyze(p.Text) {
				out[t.Term] = true
			}
		}
		return out
	})
}
