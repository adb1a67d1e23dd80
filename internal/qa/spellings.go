// "Which article spells it X": spelling questions and the spelling table.

package qa

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// spellVerb is the verb of "which article spells it zelenskiy", in any of
// its forms (lexicon.VerbBase: spells, spelled, spelt, spelling).
const spellVerb = "spell"

// spellingAnswer answers "which article spells it zelenskiy", "which one
// spells kyiv the old way, kiev": the articles whose text holds the
// spelling asked for as a word of a name (addSpellings), letter for
// letter (case aside), each cited by its first sentence that does so,
// marked there; one is named with the spelling as it writes it ("Allies
// near a framework…: Zelenskiy"). A spelling is a word after the verb,
// not a function word, that some article holds as a name and not every
// one does (a spelling tells articles apart). After "spells it" it is the
// word next, not a function word ("spells it as …"), whatever follows
// ("spells it tiflis rather than tbilisi": "it" is the name spelt);
// failing that, the last such word, but not the word right after the
// verb where more words than function words follow it (read as the name
// being spelt: "spells kyiv the old way"). After "spells it X" (X no
// letter alone, oneLetter: in "spells it e.g. tiflis" the fallback reads
// tiflis) there is no such fallback: the last word is then most often the spelling ruled out
// ("spells it kyiv instead of tbilisi"), so a spelling X no article tells
// apart is declined, unless X is an adverb or adjective saying how it is
// spelt ("spells it differently, tiflis"); no word after a contrast cue
// ("instead of", spellContrast), nor in the phrase a word of difference
// and the preposition of what it differs from open ("differently from
// the others", "other than", "unlike": differs), up to the end of its
// part of the question (phraseParts: a comma, dash, full stop …) or an
// "as" (not "such as", "spelt as": asWithin) or "but" (spellable:
// "differently from the others, tiflis" and "differently from tbilisi -
// tiflis" still give tiflis), is the spelling, nor, in "spells X differently from …", X, the
// name spelt, every word of it ("spells the name tbilisi differently
// …"). The spelling is read as
// typed (q.typed, chat words expanded; where the verb itself is
// misspelt, each word's term as typed, typedForm, in the part of the
// question it was typed in, partsAlong), not as respelled to
// the articles' nearest one: "spells it tbilissi" asks for no article's
// spelling. A "spells it …" question is always answered here or
// declined ("spells it not tiflis", nothing left to spell), never handed
// on to the other readers, which would answer with the passage of the
// spelling ruled out. It reports false for any other question, and for a
// "spells X …" one whose spelling no article holds.
func (e *Engine) spellingAnswer(q *question) (Answer, bool) {
	if !whichArticles(q.words) {
		return Answer{}, false
	}
	isSpell := func(w string) bool { b, ok := lexicon.VerbBase(w); return ok && b == spellVerb }
	typed := lexicon.Normalize(q.typed)
	words := chatWords(typed)
	parts := phraseParts(typed, words)
	at := slices.IndexFunc(words, isSpell)
	if at < 0 {
		// the verb itself respelled ("spels"): the words as read, each
		// after it as its term was typed, in the part it was typed in
		at = slices.IndexFunc(q.words, isSpell)
		if at < 0 {
			return Answer{}, false
		}
		typedWords, typedParts := words, parts
		words = slices.Clone(q.words)
		for i, from := at+1, 0; i < len(words); i++ {
			words[i], from = typedForm(q, words[i], from)
		}
		parts = partsAlong(words, typedWords, typedParts)
	}
	// what a contrast cue or a word of difference rules out is never the
	// spelling (spellable)
	var partsAfter []int
	if parts != nil {
		partsAfter = parts[at+1:]
	}
	kept, cue, differ := spellable(words[at+1:], partsAfter)
	words = append(slices.Clip(words[:at+1]), kept...)
	ans := Answer{Question: q.text, Kind: KindMeta}
	spellsIt := at+1 < len(words) && words[at+1] == "it"
	if spellsIt && at+2 < len(words) && !lexicon.IsFunctionWord(words[at+2]) && !oneLetter(words[at+2]) {
		if a, ok := e.spelling(words[at+2], ans); ok {
			return a, true
		}
		if w := words[at+2]; endsGenitive(w) {
			// "spells it zelensky's": the name the possessive is of
			if a, ok := e.spelling(w[:strings.LastIndexAny(w, "'’")], ans); ok {
				return a, true
			}
		}
		if w := words[at+2]; !lexicon.IsAdverb(w) && !lexicon.IsAdjective(w) {
			return ans, true // a spelling no article writes, or every one does: declined
		}
		// "spells it differently, tiflis": how it is spelt, the spelling after
		spelt := slices.IndexFunc(words[at+3:], func(w string) bool { return !lexicon.IsFunctionWord(w) })
		if spelt < 0 {
			return ans, true // nothing after it (or after it only what is ruled out): declined
		}
	}
	// the word right after the verb, where the question goes on past it,
	// is the name being spelt, not the spelling: "spells kyiv the old way"
	// asks for kyiv's other spelling
	named := at + 1
	if named+1 >= len(words) || words[named] == "it" || !slices.ContainsFunc(words[named+1:], func(w string) bool { return !lexicon.IsFunctionWord(w) }) {
		named = -1
	}
	nameEnd := at + 1 // (the words before it, past the verb, are the name spelt)
	if differ && cue > 0 && words[at+1] != "it" {
		// "spells tbilisi differently from the others", "spells the name
		// tbilisi differently …": every word between the verb and the
		// word of difference is the name spelt, and the spelling asked of
		// it differs; none of them is that
		nameEnd = at + 1 + cue
	}
	for i := len(words) - 1; i > at; i-- {
		if lexicon.IsFunctionWord(words[i]) || i == named || i < nameEnd {
			continue
		}
		if a, ok := e.spelling(words[i], ans); ok {
			return a, true
		}
	}
	if spellsIt {
		return ans, true // "spells it …" with no spelling that tells articles apart: declined
	}
	return Answer{}, false
}

// spellable is words (those after a spelling question's verb) without
// what they rule out as the spelling, and the index in words of the first
// cue that rules out, -1 where none does, differ true where that cue is a
// word of difference. After a contrast cue ("instead of", spellContrast)
// every word is ruled out but those after a "but" that sets a spelling
// against it ("not tbilisi but tiflis"). A word of difference and the
// preposition of what it differs from ("differently from", "unlike":
// differs) rule out only the phrase they open, up to the end of its part
// of the question (parts: phraseParts, nil where not known) or an "as"
// that is no part of it (asWithin: not "such as", "spelt as") or "but"
// ("differently from the others, tiflis", "unlike tbilisi, as tiflis",
// "differently from tbilisi as tiflis"); the words after it are read
// again as words after the verb.
func spellable(words []string, parts []int) (kept []string, cue int, differ bool) {
	cue = slices.IndexFunc(words, func(w string) bool { return spellContrast[w] })
	if d := differs(words); d >= 0 && (cue < 0 || d < cue) {
		cue, differ = d, true
	}
	if cue < 0 {
		return words, -1, false
	}
	kept = slices.Clip(words[:cue])
	if !differ {
		if but := slices.Index(words[cue:], "but"); but >= 0 {
			// "spells it not tbilisi but tiflis": what "but" sets against it
			kept = append(kept, words[cue+but+1:]...)
		}
		return kept, cue, false
	}
	for i := cue + 1; i < len(words); i++ {
		next := i // where the words read again start
		switch {
		case words[i] == "as" && !asWithin(words, i) || words[i] == "but":
			next = i + 1
		case parts != nil && parts[i] != parts[cue]:
		default:
			continue
		}
		var restParts []int
		if parts != nil {
			restParts = parts[next:]
		}
		rest, _, _ := spellable(words[next:], restParts)
		return append(kept, rest...), cue, true
	}
	return kept, cue, true
}

// asWithin reports whether the "as" at words[i] goes on with the phrase
// before it, not ending it: an "as" of a phrase of kinds.txt
// [as-within] ("places such as tbilisi", "tbilisi as well as tiflis"),
// or one after a verb's past form or -ing form that an auxiliary or a
// pronoun stands before, saying how a thing is written ("the way it is
// spelt as tbilisi", "it written as"), not after a name or noun
// ("differently from tbilisi as tiflis"), nor a place or noun in -ing
// ("differently from reading as redding").
func asWithin(words []string, i int) bool {
	for _, p := range cueLists["as-within"] {
		for k, w := range p {
			if w == "as" && i-k >= 0 && i-k+len(p) <= len(words) && slices.Equal(words[i-k:i-k+len(p)], p) {
				return true
			}
		}
	}
	if i == 0 {
		return false
	}
	w := words[i-1]
	return i >= 2 && (isAux(words[i-2]) || pronoun(words[i-2])) && lexicon.IsVerb(w) && (pastForm(w) || participle(w))
}

// vowelless reports whether w, a word typed before a full stop, is of
// ASCII letters and has no vowel letter ("mt", "ft", "vs"): no word
// English reads, an abbreviation whose stop belongs to it ("differently
// from mt. everest"); not a number ("in 2023."), nor a word of another
// script or of letters beyond ASCII ("київ.", "łódź."), whose stop ends
// the part.
func vowelless(w string) bool {
	w = strings.ToLower(w)
	return w != "" && !strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) && !strings.ContainsAny(w, "aeiouy")
}

// phraseParts numbers each of words, chatWords of text, by the part of
// text it stands in, the parts divided where a question's phrase ends
// (partBreak: a comma, colon, semicolon, bracket, dash, full stop, "!",
// "?", "/" or ellipsis; "spells it differently from the others, tiflis":
// 0 up to "others", 1 for "tiflis"); nil where the parts' words are not
// words (a ";" inside a word, which chatWords keeps).
func phraseParts(text string, words []string) []int {
	parts := make([]int, 0, len(words))
	var read []string
	for i, part := range textParts(text) {
		w := chatWords(part)
		read = append(read, w...)
		for range w {
			parts = append(parts, i)
		}
	}
	if !slices.Equal(read, words) {
		return nil
	}
	return parts
}

// partsAlong numbers each of words by the part (parts: phraseParts) of
// the word of typed it was read from, where the words were read from
// typed with some respelled ("which article spels it …" read as
// "spells"): each word is found in typed after the last found, in order;
// one not found there (a respelling) stands in the part of the typed
// word next after the last found. Nil where parts is nil.
func partsAlong(words, typed []string, parts []int) []int {
	if len(parts) == 0 {
		return nil
	}
	out := make([]int, len(words))
	j := 0 // the next word of typed not yet found
	for i, w := range words {
		if k := slices.Index(typed[j:], w); k >= 0 {
			j += k + 1
			out[i] = parts[j-1]
			continue
		}
		out[i] = parts[min(j, len(parts)-1)]
	}
	return out
}

// textParts is text divided at each partBreak, the marks left out.
func textParts(text string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(text); {
		if n := partBreak(text, i); n > 0 {
			parts = append(parts, text[start:i])
			i += n
			start = i
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return append(parts, text[start:])
}

// partBreak is the length in bytes of the mark at byte i of text where it
// ends a phrase, 0 where none does: a comma, colon, semicolon, bracket,
// "!", "?", "/", a dash as typed ("—", "–", or ASCII hyphens doubled or
// with a space beside them: "tbilisi - tiflis", "tbilisi -- tiflis", not
// the hyphen of "well-known"), an ellipsis ("…", "..."), and a full stop
// with a space or the end after it that no abbreviation owns (stopEnds:
// "the others. tiflis", not "e.g. tiflis", "the u.s. spelling" or "2.5").
func partBreak(text string, i int) int {
	r, size := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == '/' && lexicon.IsFunctionWord(strings.ToLower(lastWord(text[:i]))) && lexicon.IsFunctionWord(strings.ToLower(firstWord(text[i+1:]))):
		return 0 // "and/or", "either/or": one word
	case strings.ContainsRune(",:;()[]—–…!?/", r):
		return size
	case r == '-' || r == '.':
		n := len(text[i:]) - len(strings.TrimLeft(text[i:], string(r)))
		if n > 1 {
			return n // "--", "..."
		}
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+1:])
		spaceAfter := i+1 == len(text) || unicode.IsSpace(after)
		if r == '-' && (spaceAfter || i == 0 || unicode.IsSpace(before)) {
			return 1
		}
		if r == '.' && spaceAfter && stopEnds(text, i, text[i+1:]) && !vowelless(lastWord(text[:i])) {
			return 1
		}
	}
	return 0
}

// spellContrast are the words after which a question names the spelling
// it rules out ("spells it kyiv *instead of* tbilisi"; kinds.txt).
var spellContrast = cueSet("spell-contrast-words")

// likeness are the words of likeness whose opposites are the words of
// difference, and differencePrepositions the prepositions before what a
// thing differs from (kinds.txt).
var (
	likeness               = cueSet("likeness-words")
	differencePrepositions = cueSet("difference-preposition-words")
)

// differs is the index in words of the first word of difference that
// opens what the words set apart ("differently from tbilisi", "other than
// tbilisi", "unlike tbilisi"): a word WordNet gives as the opposite of a
// word of likeness, or an adverb in -ly of one ("differently"), followed
// by a preposition of what it differs from, or itself a preposition
// ("unlike") followed by any word, or a word of difference, a noun it
// modifies and such a preposition ("a different way from tbilisi"); -1
// where none does. A word of difference otherwise says how a thing is
// ("spells it differently, tiflis").
func differs(words []string) int {
	for i, w := range words[:max(0, len(words)-1)] {
		if !isDifference(w) {
			continue
		}
		if differencePrepositions[words[i+1]] || prepositions[w] {
			return i
		}
		if i+2 < len(words) && differencePrepositions[words[i+2]] && modifiable(words[i+1]) {
			// the thing that differs between ("in a different way from
			// tbilisi", "a different spelling to")
			return i
		}
	}
	return -1
}

// modifiable reports whether w may be the noun a word of difference
// modifies: a word of the dictionary (lexicon.IsWord), not a function
// word, an adverb or a name (a spelling such as "tiflis" is none).
func modifiable(w string) bool {
	return lexicon.IsWord(w) && !lexicon.IsName(w) && !lexicon.IsFunctionWord(w) && !lexicon.IsAdverb(w)
}

// isDifference reports whether w is a word of difference: the opposite
// of a word of likeness (lexicon.Opposite), or an adverb made of one with
// -ly.
func isDifference(w string) bool {
	if base, ok := strings.CutSuffix(w, "ly"); ok && lexicon.IsAdverb(w) {
		w = base
	}
	for like := range likeness {
		if lexicon.Opposite(w, like) {
			return true
		}
	}
	return false
}

// typedForm is a question's word w (of q.words) as its term was typed,
// chat words expanded (qterm.normalised), not as respelled to the
// articles' nearest spelling: the first term from q.terms[from] on that
// reads w, and the index past it, where the next word's term is looked
// for (a respelled word and its spelling both read "tbilisi"); w itself
// and from where no term reads it.
func typedForm(q *question, w string, from int) (string, int) {
	for i := from; i < len(q.terms); i++ {
		if t := q.terms[i]; strings.EqualFold(t.word, w) && t.normalised != "" {
			return strings.ToLower(t.normalised), i + 1
		}
	}
	return w, from
}

// oneLetter reports whether w is a letter alone, which spells no name: an
// abbreviation's ("e.g.", "U.S.") or an initial's.
func oneLetter(w string) bool { return utf8.RuneCountInString(w) == 1 }

// spelling is ans answered with the articles that write w as a word of a
// name (e.spellings), each cited by its first sentence that does so, w
// marked there; false where none does or every one does, which tells no
// article apart, and for a word of one letter, which spells no name
// ("s" of "U.S.").
func (e *Engine) spelling(w string, ans Answer) (Answer, bool) {
	if utf8.RuneCountInString(w) < 2 {
		return Answer{}, false
	}
	found := e.spellings.of(e)[foldKey(w)]
	if len(found) == 0 || len(found) == len(e.c.Articles) {
		return Answer{}, false
	}
	hits := make([]Hit, len(found))
	for i, f := range found {
		a := e.c.Articles[f.article]
		p := a.Passages[f.passage]
		hits[i] = Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text, Marks: [][2]int{{f.start, f.end}}, Score: 1}
	}
	ans, names := citingEach(ans, hits)
	if len(names) == 1 {
		m := hits[0].Marks[0]
		names[0] = namedWith(names[0], hits[0].Article, hits[0].Text[m[0]:m[1]])
	}
	return articlesNamed(ans, names), true
}

// spellingTable is, for each word of a name any of the engine's articles
// writes (by foldKey), where each article first writes it, in the order
// of the articles: read once, on the first spelling asked (of), not every
// article again for each question and word.
type spellingTable struct {
	once sync.Once
	at   map[string][]spellingAt
}

// A spellingAt is where an article first writes a word of a name: the
// article's and the passage's indexes and the word's byte span.
type spellingAt struct {
	article, passage int
	start, end       int
}

// of is the table over e's articles, read on its first use.
func (t *spellingTable) of(e *Engine) map[string][]spellingAt {
	t.once.Do(func() {
		t.at = map[string][]spellingAt{}
		for i, a := range e.c.Articles {
			e.addSpellings(t.at, i, a)
		}
	})
	return t.at
}

// addSpellings adds to m where article a (the engine's i-th) first writes
// each word of a name, in its headline, standfirst, subheads and text, not
// its captions (a picture's words): a word of a name is one of e.names
// (in capitals, and not only for opening a sentence: spellings asked
// about are of names, and "the old way" or "Old habits die hard" are
// not) that opens on a capital letter; a word is a run of letters and
// digits ("Kiev's" holds "Kiev", "Kievan" does not).
func (e *Engine) addSpellings(m map[string][]spellingAt, i int, a *corpus.Article) {
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	for pi, p := range a.Passages {
		if p.Kind == corpus.KindCaption {
			continue
		}
		text := p.Text
		// (namesNow, not the memo's names: every passage read once would
		// push out what questions read again)
		for _, s := range e.namesNow(text) {
			for at := s.start; at < s.end; {
				j := strings.IndexFunc(text[at:s.end], func(r rune) bool { return !notWord(r) })
				if j < 0 {
					break
				}
				start := at + j
				end := s.end
				if k := strings.IndexFunc(text[start:s.end], notWord); k >= 0 {
					end = start + k
				}
				if r, _ := utf8.DecodeRuneInString(text[start:end]); unicode.IsUpper(r) {
					k := foldKey(text[start:end])
					if have := m[k]; len(have) == 0 || have[len(have)-1].article != i {
						m[k] = append(have, spellingAt{i, pi, start, end})
					}
				}
				at = end
			}
		}
	}
}

// foldKey is s with each rune the least of those it equals in any case
// (unicode.SimpleFold's orbit): two words have the same key exactly when
// strings.EqualFold holds of them.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}
