// How a question typed on a chat is read before it is analysed: chat words
// expanded, misspellings corrected against what the articles say, and the
// capitals of names put back.

package qa

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// vocab is what the articles' own words say about spelling and case.
type vocab struct {
	count map[string]int // lower-case word → occurrences in the articles
	// capital is a word's usual written form when the articles capitalise
	// it where no sentence starts ("UK", "Macron"); absent otherwise
	capital map[string]string
	// pairs maps two lower-case words the articles write as one name,
	// both capitalised ("mark carney"), to the first as written ("Mark"):
	// a common word that is part of a name ("mark", "rose") takes its
	// capital where the question has the name's next word after it
	pairs map[string]string
	// pairOnly are the English words the articles capitalise only as a
	// word of a name of two or more ("Lady Marian", "Castle Street",
	// "Harwick Chamber of Commerce"): a question's word is that name only
	// with the name's next word after it or its word before
	pairOnly map[string]bool
	// ofNames are the names of the form "X of Y" the articles write,
	// lower case ("chamber of commerce"): the words of such a name take
	// their capitals where the question has it whole
	ofNames map[string]bool
	// nameNext lists, for the first word of such a pair, the words after
	// it (nameAfter looks through these, not through every word)
	nameNext map[string][]string
	// namePrev lists, for the second word of such a pair, the pairs'
	// first words (nameBefore looks through these; reading looks up no
	// pair for a word with none)
	namePrev map[string][]string
	byLen    map[int][]string // the words by length in runes, sorted, for corrections
	// lower counts the times the articles write a word in lower case
	lower map[string]int
	// bigrams counts the articles' pairs of adjacent words, lower case:
	// the context a slip is read in ("heads of stat": "of state"); after
	// lists the words that follow a word in minContextPairs of them or
	// more, the commonest pair first
	bigrams map[string]int
	after   map[string][]string
}

// newVocab counts the words of every passage.
func newVocab(c *corpus.Corpus) vocab {
	v := vocab{count: map[string]int{}, capital: map[string]string{}, pairs: map[string]string{}, bigrams: map[string]int{}, pairOnly: map[string]bool{}, ofNames: map[string]bool{}}
	upper := map[string]map[string]int{} // lower → capitalised forms → count
	lower := map[string]int{}            // lower → lower-case occurrences
	inName := map[string]int{}           // lower → mid-sentence capitalised occurrences next to another word of a name
	for _, a := range c.Articles {
		for _, w := range words(a.Outlet + " " + a.Author) {
			// the names of who published and wrote it are words a
			// question may misspell ("the atacama courrier") though no
			// passage holds them
			v.count[strings.ToLower(w)]++
		}
		for _, p := range a.Passages {
			ws := words(p.Text)
			opens := 0 // the word that opens the sentence: past a dateline ("KESSBY, May 9 (…) - Salvage crews …")
			if d := datelineEnd(p.Text); d > 0 {
				opens = len(words(p.Text[:d]))
			}
			titled := heading(p.Kind) && titleCase(p.Text)
			for i := 0; i+1 < len(ws) && !titled; i++ {
				if i+2 < len(ws) && ws[i+1] == "of" && isCapital(ws[i]) && isCapital(ws[i+2]) && !lexicon.IsFunctionWord(strings.ToLower(ws[i])) {
					v.ofNames[index.Fold(strings.ToLower(ws[i]+" of "+ws[i+2]))] = true // "Chamber of Commerce"
				}
				if isCapital(ws[i]) && isCapital(ws[i+1]) && !lexicon.IsFunctionWord(strings.ToLower(ws[i])) && strings.Contains(p.Text, ws[i]+" "+ws[i+1]) {
					key := strings.ToLower(ws[i] + " " + ws[i+1])
					v.pairs[key] = ws[i]
					if f := index.Fold(key); f != key {
						v.pairs[f] = ws[i] // "hector choque" typed for Héctor Choque
					}
				}
			}
			for i, w := range ws {
				lw := strings.ToLower(w)
				v.count[lw]++
				if i > 0 {
					v.bigrams[strings.ToLower(ws[i-1])+" "+lw]++
				}
				if strings.Contains(lw, "-") {
					// the parts of a compound are the articles' words
					// too: "11-kilometre" says "kilometre", which a
					// question's "km" is near in meaning
					for _, part := range strings.Split(lw, "-") {
						if part != "" {
							v.count[part]++
						}
					}
				}
				if base, ok := strings.CutSuffix(lw, "'s"); ok {
					v.count[base]++
					w = w[:len(w)-2]
					lw = base
				}
				r, _ := utf8.DecodeRuneInString(w)
				switch {
				case !unicode.IsUpper(r):
					lower[lw]++
				case titled:
					// a heading in title case capitalises every word
					// ("… Security Protocols and Troop Commitments"):
					// its capitals say nothing of names
				case i != opens: // a sentence's first word is capitalised anyway
					if upper[lw] == nil {
						upper[lw] = map[string]int{}
					}
					upper[lw][w]++
					if nameNeighbour(ws, i, opens) {
						inName[lw]++
					}
				}
			}
		}
	}
	for lw, forms := range upper {
		best, n, total := "", 0, 0
		for f, k := range forms {
			total += k
			if k > n || k == n && f < best {
				best, n = f, k
			}
		}
		// mostly capitalised mid-sentence: a name, or a word of one (an
		// English word capitalised only as a word of a name of two or
		// more is pairOnly)
		if total >= 1 && float64(total) >= capitalShare*float64(total+lower[lw]) {
			if inName[lw] >= total && lexicon.IsWord(lw) && !lexicon.IsName(lw) {
				v.pairOnly[lw] = true
			}
			v.capital[lw] = best
			if f := index.Fold(lw); f != lw {
				if _, taken := v.capital[f]; !taken {
					v.capital[f] = best // "hector" typed for Héctor
				}
			}
		}
	}
	v.lower = lower
	v.byLen = map[int][]string{}
	for w := range v.count {
		n := utf8.RuneCountInString(w)
		v.byLen[n] = append(v.byLen[n], w)
	}
	meta := metaWords()
	v.nameNext, v.namePrev = map[string][]string{}, map[string][]string{}
	for key := range v.pairs {
		first, next, _ := strings.Cut(key, " ")
		if v.count[next] > 0 || slices.Contains(meta, next) { // a word of byLen
			v.nameNext[first] = append(v.nameNext[first], next)
		}
		v.namePrev[next] = append(v.namePrev[next], first)
	}
	for _, firsts := range v.namePrev {
		slices.Sort(firsts) // map order is random; readings are not
	}
	for _, w := range meta {
		if v.count[w] == 0 {
			// the words of questions about the articles themselves
			// ("the pledge article", "the headline") are words a question
			// may misspell ("artical") though no passage holds them: a
			// correction may reach them, and nothing else counts them
			n := utf8.RuneCountInString(w)
			v.byLen[n] = append(v.byLen[n], w)
		}
	}
	for _, list := range v.byLen {
		sort.Strings(list)
	}
	v.after = map[string][]string{}
	for pair, n := range v.bigrams {
		if first, second, ok := strings.Cut(pair, " "); ok && n >= minContextPairs {
			v.after[first] = append(v.after[first], second)
		}
	}
	for first, list := range v.after {
		sort.Slice(list, func(i, j int) bool {
			ni, nj := v.bigrams[first+" "+list[i]], v.bigrams[first+" "+list[j]]
			return ni > nj || ni == nj && list[i] < list[j] // map order is random; readings are not
		})
	}
	return v
}

// capitalShare is the share of a word's mid-sentence occurrences that must
// be capitalised for a lower-case question word to be read as a name.
const capitalShare = 0.8

// words splits text into words as wordSpans does, with curly apostrophes
// made straight ("Trump's", "non-frontline").
func words(text string) []string {
	spans := wordSpans(text)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = strings.ReplaceAll(text[s[0]:s[1]], "’", "'")
	}
	return out
}

func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// prepare reads a question as its asker meant it: chat words expanded
// (lexicon.Normalize), each word no article and no English dictionary
// knows corrected to the likeliest word of the articles, and lower-case
// words the articles write as names given their capitals back.
func (e *Engine) prepare(text string) string {
	read, _, _ := e.reading(text)
	return read
}

// A wordForm is how one word of a question's reading came to be: the word
// as typed ("abt", "stramer"), and after chat normalisation ("about",
// "stramer"); the reading itself holds it corrected ("Starmer").
type wordForm struct {
	typed, normalised string
}

// reading is prepare's reading of text; whether it corrected a word (not
// only expanded chat words or restored capitals), when the asker is told
// how the question was read; and how each word of the reading (lower case)
// was typed and normalised.
func (e *Engine) reading(text string) (string, bool, map[string]wordForm) {
	if shouted(text) {
		// "WHO REFUSED TO DEPLOY TROOPS???": capitals that say nothing of
		// names ("WHO" is no organisation here); the articles' own
		// capitals come back as for any word typed in lower case
		text = strings.ToLower(text)
	}
	norm := lexicon.Normalize(text)
	if strings.IndexFunc(norm, wordRune) < 0 {
		return text, false, nil // only chat noise: leave it to be declined as typed
	}
	norm = e.closedCompounds(norm)
	// the typed word each normalised word comes from: itself, or the chat
	// word it expands ("about" from "abt", "did" and "not" from "didnt")
	typedSpans := wordSpans(text)
	typedOf := make(map[string]string, len(typedSpans)) // (sized once: grown a word at a time, it is built again and again)
	for _, s := range typedSpans {
		w := text[s[0]:s[1]]
		typedOf[strings.ToLower(w)] = w
		if r, ok := lexicon.ChatRewrite(w); ok {
			for _, x := range wordSpans(r) {
				typedOf[strings.ToLower(r[x[0]:x[1]])] = w
			}
		}
	}
	spans := wordSpans(norm)
	forms := make(map[string]wordForm, len(spans))
	// form records how read came to be; lowNorm is normalised in lower
	// case, and the result read's (each word is lowered once, not again
	// for each map it keys)
	form := func(read, normalised, lowNorm string) string {
		typed, ok := typedOf[lowNorm]
		if !ok {
			typed = normalised
		}
		lowRead := lowNorm
		if read != normalised {
			lowRead = strings.ToLower(read)
		}
		forms[lowRead] = wordForm{typed: typed, normalised: normalised}
		return lowRead
	}
	strange := 0
	for _, span := range spans {
		if lw := strings.ToLower(norm[span[0]:span[1]]); len(lw) > 1 && e.vocab.count[lw] == 0 && !known(lw) {
			strange++
		}
	}
	correct := 2*strange <= len(spans) // mostly strange words: another language, not slips
	var b strings.Builder
	last := 0
	corrected := false
	prevRead, prev2Read := "", "" // the words before as read: "garath price" is read after "Gareth"
	prevLow := ""                 // prevRead in lower case
	// the next word respelt, when a pair was looked up: not respelt twice
	nextRead, nextAt := "", -1
	for k, span := range spans {
		w := norm[span[0]:span[1]]
		lw := strings.ToLower(w) // (once a word)
		r := nextRead
		if nextAt != k {
			r = e.respell(w, correct)
		}
		if r == w && correct && k > 0 {
			r = e.inContext(prevLow, w)
		}
		if r == w && w == lw && k+1 < len(spans) && norm[span[1]:spans[k+1][0]] == " " {
			// "mark carney": a common word the articles write as the
			// first of a name with the next one
			next := e.respell(norm[spans[k+1][0]:spans[k+1][1]], correct)
			nextRead, nextAt = next, k+1
			// (most words are the second of no name the articles write:
			// no pair is made up and looked up for them)
			if nf := index.Fold(strings.ToLower(next)); len(e.vocab.namePrev[nf]) > 0 {
				if first, ok := e.vocab.pairs[index.Fold(strings.ToLower(w+" "+next))]; ok {
					r = first
				} else if first := e.nameBefore(lw, nf); first != "" {
					r = first // "marten visser": Maarten Visser, a slip that makes an English word
				}
			}
		}
		if r != w && e.vocab.pairOnly[lw] && !e.nameGoesOn(lw, spans, norm, k) && !e.nameCameBefore(lw, prevRead, prev2Read) {
			r = w // "the police lady": no Lady Marian
		}
		prevLow = form(r, w, lw)
		prevRead, prev2Read = r, prevRead
		if r != w {
			b.WriteString(norm[last:span[0]])
			b.WriteString(r)
			last = span[1]
			corrected = corrected || !strings.EqualFold(plainApostrophes(r), plainApostrophes(w))
		}
	}
	if last == 0 {
		return norm, false, forms
	}
	b.WriteString(norm[last:])
	return b.String(), corrected, forms
}

// nameNeighbour reports whether ws[i], capitalised, stands next to
// another capitalised word of a name: the word after it, or the word
// before it (the sentence's first too, but for a function word: "The"),
// or across "of", before or after it ("Chamber of Commerce").
func nameNeighbour(ws []string, i, opens int) bool {
	capital := func(j int) bool {
		return j >= opens && j < len(ws) && isCapital(ws[j]) && !lexicon.IsFunctionWord(strings.ToLower(ws[j]))
	}
	return capital(i+1) || capital(i-1) || i >= 2 && ws[i-1] == "of" && capital(i-2) || i+2 < len(ws) && ws[i+1] == "of" && capital(i+2)
}

// nameCameBefore reports whether the word read before lw, prev, makes
// with it a name the articles write ("harwick chamber"), or is the "of"
// of one, prev2 before it ("chamber of commerce").
func (e *Engine) nameCameBefore(lw, prev, prev2 string) bool {
	lp := strings.ToLower(prev)
	if lp == "of" {
		return e.vocab.ofNames[index.Fold(strings.ToLower(prev2))+" of "+lw]
	}
	_, ok := e.vocab.pairs[lp+" "+lw]
	return ok
}

// nameGoesOn reports whether the k-th word of norm (spans), lw, goes on
// into a name the articles write with it first: the name's next word,
// cut short or one slip off, follows it ("lady marian", "castle st").
func (e *Engine) nameGoesOn(lw string, spans [][2]int, norm string, k int) bool {
	if k+1 >= len(spans) {
		return false
	}
	next := index.Fold(strings.ToLower(norm[spans[k+1][0]:spans[k+1][1]]))
	if _, ok := e.vocab.pairs[lw+" "+next]; ok {
		return true
	}
	if next == "of" && k+2 < len(spans) && e.vocab.ofNames[lw+" of "+index.Fold(strings.ToLower(norm[spans[k+2][0]:spans[k+2][1]]))] {
		return true // "chamber of commerce": the Chamber of Commerce
	}
	return e.truncatedAfter(lw, next) != "" || e.nameAfter(lw, next) != ""
}

// inContext reads a word the articles never use, though English has it,
// as the articles' word one slip from it where the word before makes a
// pair with that one the articles keep writing, and none with the typed
// word: a noisy channel whose language model is the articles' pairs of
// words ("heads of stat" is "heads of state": "of state" stands in them,
// "stat" nowhere). Else the word as typed.
func (e *Engine) inContext(prev, w string) string {
	lw := strings.ToLower(w)
	if strings.IndexFunc(lw, unicode.IsDigit) >= 0 {
		return w
	}
	if next := e.nameAfter(prev, lw); next != "" {
		// (even a word the articles use elsewhere: "gareth price" is
		// Gareth Pryce, whatever they say of prices)
		return e.respell(next, false)
	}
	if e.vocab.count[lw] > 0 {
		return w
	}
	if next := e.truncatedAfter(prev, lw); next != "" {
		return e.respell(next, false) // "castle st": Castle Street
	}
	if utf8.RuneCountInString(lw) < minSpellLen {
		return w
	}
	best := "" // the commonest word after prev one slip from the typed one
	n := len(lw)
	for _, next := range e.vocab.after[prev] {
		if d := len(next) - n; d < -1 || d > 1 {
			continue // more than one slip apart by length alone
		}
		if oneEdit(lw, next) {
			best = next
			break
		}
	}
	if best == "" {
		return w
	}
	if r, ok := lexicon.Default().Rank(lw); ok && !typoLikelier(r, best) {
		// a word of English as typed is kept unless the articles' word
		// is far commoner, as for any slip ("stat", rank 24 084, for
		// "state", 75; not "send", 1 433, for "end", 137): without the
		// pair, a rare real word is never read as another
		return w
	}
	return e.respell(best, false)
}

// truncatedAfter is the one word the articles keep writing after prev
// (in minContextPairs pairs or more) that lw begins, lw being of two
// letters or more, a word they never use and no common word of English: a
// word cut short as chat cuts it ("castle st" for Castle Street, "new
// zeal" for New Zealand), or "" where none or several are.
func (e *Engine) truncatedAfter(prev, lw string) string {
	if utf8.RuneCountInString(lw) < 2 || commonWord(lw) || lexicon.IsFunctionWord(lw) || e.vocab.capital[prev] == "" {
		return "" // "minister so worried" is no Minister Sofie; and only a name's next word is cut short so
	}
	found := ""
	for _, next := range e.vocab.after[prev] {
		if len(next) > len(lw) && strings.HasPrefix(next, lw) {
			if found != "" {
				return ""
			}
			found = next
		}
	}
	return found
}

// nameAfter is the one word the articles write as a name's next part
// after prev ("voss" after "helena", for Helena Voss) one slip from lw, or
// "": after the first part of a name, what follows is its surname, however
// short and whatever English word the slip makes ("helena vos", "gareth
// price"), for the words that can follow are few. A word neither English
// nor the articles' is read, further, as the one such surname that opens
// on its first three letters within half its letters' edits, spelt as it
// sounds ("claire boudro": Boudreau).
func (e *Engine) nameAfter(prev, lw string) string {
	n := utf8.RuneCountInString(lw)
	if e.vocab.capital[prev] == "" || n < minNameSlipLen || commonWord(prev) {
		return "" // (not after a title the articles capitalise: "prime ministers")
	}
	nexts := e.vocab.nameNext[prev]
	found, several := onlyOne(nexts, func(next string) bool { return !commonWord(next) && oneEdit(lw, next) })
	if found == "" && !several && e.vocab.count[lw] == 0 && !known(lw) {
		// a word neither English nor the articles', spelt as it sounds:
		// the one name's next part that opens on its first three letters,
		// within half its letters' edits ("claire boudro": Claire
		// Boudreau, three edits, where "eau" sounds "o")
		found, _ = onlyOne(nexts, func(next string) bool {
			return !commonWord(next) && sameOpening(lw, next, 3) && editDistance(lw, next) <= max(2, n/2)
		})
	}
	return found
}

// onlyOne returns the one word of words that ok holds for, and whether
// it holds for more than one (then "": two names alike, no telling which).
func onlyOne(words []string, ok func(string) bool) (string, bool) {
	found := ""
	for _, w := range words {
		if !ok(w) {
			continue
		}
		if found != "" && found != w {
			return "", true
		}
		found = w
	}
	return found, false
}

// sameOpening reports whether a and b open on the same k letters.
func sameOpening(a, b string, k int) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= k && len(rb) >= k && string(ra[:k]) == string(rb[:k])
}

// nameBefore is the one word the articles write as a name's first part
// before next ("maarten" before "visser") one slip from lw, as written
// ("Maarten"), or "": before a surname the articles write, a word one slip
// from that name's first part is read as it, whatever English word the
// slip makes ("marten visser"), for the words that can stand there are few.
func (e *Engine) nameBefore(lw, next string) string {
	if utf8.RuneCountInString(lw) < minNameSlipLen || e.vocab.capital[next] == "" || commonWord(next) {
		return ""
	}
	found, _ := onlyOne(e.vocab.namePrev[next], func(first string) bool { return oneEdit(lw, first) })
	if found == "" {
		return ""
	}
	return e.vocab.pairs[found+" "+next]
}

// minNameSlipLen is the shortest word read as a name's next part one slip
// away: of two letters, a slip makes any other.
const minNameSlipLen = 3

// minContextPairs is how often the articles must write a pair of words
// for a slip to be read as its second word after its first.
const minContextPairs = 2

func wordRune(r rune) bool {
	if r < 0x80 {
		// (ASCII's letters and digits are these alone: told without the
		// Unicode tables, for most of every text, and inlined)
		return asciiWordRunes[r]
	}
	return wideWordRune(r)
}

// asciiWordRunes tells ASCII's letters and digits, for wordRune.
var asciiWordRunes = func() (t [0x80]bool) {
	for r := range t {
		t[r] = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return t
}()

// wideWordRune is wordRune beyond ASCII.
func wideWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordSpans returns the byte spans of the words of s: letters and digits,
// with apostrophes and hyphens inside a word kept, and a figure's comma or
// decimal point ("3,500", "5.9").
func wordSpans(s string) [][2]int {
	out := make([][2]int, 0, strings.Count(s, " ")+1) // (about a word a space: one allocation, not one a doubling)
	start := -1
	for i, r := range s {
		if wordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue // (a mark between words: nothing to end)
		}
		// a mark inside a word: an apostrophe or hyphen before a word's
		// letter, a figure's comma or point between digits (asked only
		// of a mark, most runes being letters)
		inner := (r == '\'' || r == '’' || r == '-') && i+utf8.RuneLen(r) < len(s) && wordByte(s[i+utf8.RuneLen(r)]) ||
			(r == ',' || r == '.') && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1]) // "3,500", "2.5"
		if !inner {
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// truecaseRank: a word among the commonest of English is written as
// typed, though the articles capitalise it before names ("President
// Macron"); rarer ones take the articles' capitals ("starmer", "nato").
const truecaseRank = 2000

// minSpellLen is the shortest word corrected: an edit of a shorter one
// makes another word as often as it mends a slip.
const minSpellLen = 4

// respell returns the word as the articles would write it: corrected (if
// correct) when neither the articles nor the general dictionary know it, capitalised when
// typed in lower case and the articles write it as a name.
func (e *Engine) respell(w string, correct bool) string {
	plain := plainApostrophes(w) // "o’neill" is typed in lower case as "o'neill" is
	lw := strings.ToLower(plain)
	if strings.IndexFunc(lw, unicode.IsDigit) >= 0 {
		return w
	}
	typedLower := lw == plain
	if base, ok := strings.CutSuffix(lw, "s"); ok && e.vocab.count[lw] == 0 && typedLower && !strings.HasSuffix(base, "s") {
		// ("donbass" is a spelling of Donbas, not its possessive: a name
		// ending in s takes an apostrophe alone or is written double; and
		// "europeans" are people, a demonym's plural)
		// "antonias last name": a name's possessive, its apostrophe left
		// out, though the bare plural be English too ("chiles
		// president", "trumps envoy"): the articles never write it, and
		// write the name capitalised
		// (but "presidents", "prime ministers": a title's plural, though
		// the articles capitalise the title before names)
		// (nor "roads": "Road" is capitalised in "Sorrel Creek Road", but
		// is among the commonest words of English, truecaseRank, as no
		// name on its own is)
		if c, name := e.vocab.capital[base]; name && len(base) > 2 && !isDemonym(c) && !e.titleWord(base, termOf(e, base)) && !commonEnglish(base) {
			return c + "'s"
		}
	}
	if correct && e.vocab.count[lw] == 0 && !known(lw) {
		if fix := e.correct(lw); fix != "" {
			lw = fix
			typedLower = true // take the articles' case for the corrected word
		}
	} else if correct && e.vocab.count[lw] == 0 && !isCapital(w) {
		// (not a word typed with a capital: a name the asker means, "York Minster")
		if fix := e.slipOf(lw); fix != "" {
			lw = fix
			typedLower = true
		}
	}
	if !typedLower {
		return w
	}
	if commonEnglish(lw) {
		return lw // a common word (a title, "president"), whatever the articles' capitals
	}
	if c, ok := e.vocab.capital[lw]; ok {
		return c
	}
	if base, ok := strings.CutSuffix(lw, "'s"); ok {
		if c, ok := e.vocab.capital[base]; ok {
			return c + "'s"
		}
	}
	return lw
}

// slipOfKnown returns the articles' word a rare word of English (lw,
// which the articles never use) was likely typed for, or "": one slip
// away (an edit), far commoner in English (typoLikelier: a hundred times)
// and near it in meaning by GloVe (minTypoSimilarity), as a slip shares
// its word's contexts: "minster" (27 000th) for the articles' "minister"
// (122nd, capitalised before names but a word of English), not "troupe"
// for "troops", nor "mayer" for "mayor" (neither near in meaning); not a
// name of the articles', nor a word of five letters or fewer. A word of
// its own the asker may mean is kept: every test must hold.
func (e *Engine) slipOfKnown(lw string) string {
	if utf8.RuneCountInString(lw) <= 5 {
		return "" // a short word one edit from another is as often a word of its own
	}
	r, ok := lexicon.Default().Rank(lw)
	if !ok {
		return ""
	}
	best, d := e.vocab.nearest(lw, 1)
	if best == "" || d != 1 || !typoLikelier(r, best) || e.vocab.capital[best] != "" && !commonEnglish(best) {
		return ""
	}
	if sim, ok := lexicon.Default().Similarity(lw, best); !ok || sim < minTypoSimilarity {
		return ""
	}
	return best
}

// commonEnglish reports whether lw is among the commonest words of
// English (truecaseRank).
func commonEnglish(lw string) bool {
	r, ok := lexicon.Default().Rank(lw)
	return ok && r < truecaseRank
}

// known reports whether a word is English (lexicon.IsWord, SCOWL's list),
// or the possessive of such a word.
func known(lw string) bool {
	if lexicon.IsWord(lw) {
		return true
	}
	base, ok := strings.CutSuffix(lw, "'s")
	return ok && lexicon.IsWord(base)
}

// correct returns the likeliest word the asker meant by lw, a word neither
// the articles nor the dictionary know, or "": the articles' word nearest
// in edits (one edit for words of up to five letters, two for longer ones),
// the most frequent among equals; failing that, a dictionary word one edit
// away.
func (e *Engine) correct(lw string) string {
	n := utf8.RuneCountInString(lw)
	if n < minSpellLen {
		return ""
	}
	maxDist := 1
	if n > 5 {
		maxDist = 2
	}
	best, bestDist := e.vocab.nearest(lw, maxDist)
	if r, web := lexicon.Default().Rank(lw); web {
		// GloVe has the word: a misspelling common on the web
		// ("officals") or a name the articles lack ("orban"); a
		// misspelling shares its word's contexts, a name does not, and
		// is far rarer than the word it misspells
		if best != "" {
			if sim, ok := lexicon.Default().Similarity(lw, best); ok && sim >= minTypoSimilarity {
				return best
			}
			if bestDist == 1 && e.vocab.capital[best] == "" {
				if g, tier := generalFixTier(lw); slipBeats(lw, best, g, tier) && typoLikelier(r, g) {
					return g // "goin": going, a letter left out, not the articles' "join" mistyped
				}
			}
			if bestDist == 1 && typoLikelier(r, best) {
				return best // "officals": one slip from the articles' word, far commoner
			}
			if bestDist == 1 && e.vocab.count[best] >= topicalCount && utf8.RuneCountInString(lw) > 5 {
				return best // "summitt": one slip from a word the articles keep using, though GloVe knows a Summitt
			}
			if _, inGloVe := lexicon.Default().Rank(best); !inGloVe && e.vocab.capital[best] != "" {
				return best // a name newer than GloVe ("zelinsky" for Zelensky)
			}
			if bestDist == 1 && rarerName(r, best) && e.vocab.capital[best] != "" {
				return best // names to names: a rarer name one slip from the articles' ("mertz" for Merz)
			}
		}
		if g := generalFix(lw); g != "" && typoLikelier(r, g) {
			if best != "" && bestDist <= editDistance(lw, g) {
				return best // a slip, and the articles have a word as near: "courrier" for their Courier, not "courtier"
			}
			return g // "offical": one slip from a word of English far commoner
		}
		return ""
	}
	if best != "" && bestDist <= 1 {
		g, tier := generalFixTier(lw)
		if !sameFirst(lw, best) && g != "" && sameFirst(lw, g) {
			return g // "arested": arrested, not the articles' "rested" (typists seldom slip on a word's first letter)
		}
		if slipBeats(lw, best, g, tier) && e.vocab.capital[best] == "" {
			return g // "happend": happened, not the articles' "happen" (but names to names)
		}
		return best
	}
	if g := generalFix(lw); g != "" {
		return g
	}
	return best
}

// sameFirst reports whether a and b start with the same letter: typists
// seldom miss a word's first.
func sameFirst(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	return ra == rb
}

// longer reports whether a is one letter longer than the typed word (of
// n runes) and b is not.
func longer(a, b string, n int) bool {
	return utf8.RuneCountInString(a) == n+1 && utf8.RuneCountInString(b) != n+1
}

// typoLikelier reports whether a word GloVe ranks at rank is likelier a
// slip for best, one edit away, than a word of its own: as a noisy
// channel weighs it, when best is typoOdds times as frequent (by Zipf's
// law, ranks that far apart) the odds of one slip in a word are outweighed.
// "officals" (rank 66 489) is "officials" (129); "orban" (31 732) is not
// "urban" (2 089), nor "usgs" "uses".
func typoLikelier(rank int, best string) bool {
	rb, ok := lexicon.Default().Rank(best)
	return ok && float64(rank) >= typoOdds*float64(rb+1)
}

// rarerName reports whether best, a word GloVe ranks above the typed
// word's rank, is a name rather than a word of English: the typed word,
// itself no English word, is then likelier a slip for the name the
// articles use than another person's name, which the asker would not
// bring to this coverage.
func rarerName(rank int, best string) bool {
	rb, ok := lexicon.Default().Rank(best)
	return ok && rb < rank && !lexicon.IsWord(best)
}

// topicalCount is how often the articles must use a word for a typed
// word one slip from it to be read as that word, though GloVe knows the
// typed one (a rare name, "Summitt"): what the coverage keeps speaking of
// is what the asker means.
const topicalCount = 10

// typoOdds is how many times commoner a word must be than what was typed
// for a typed word GloVe knows to be read as a slip for it: about the odds
// against a slip in a word typed on a keyboard (one in a hundred).
const typoOdds = 100

// minTypoSimilarity is the least GloVe similarity between a word GloVe
// knows and the articles' word it is corrected to.
const minTypoSimilarity = 0.5

// nearest returns the articles' word fewest edits from lw, at most maxDist,
// the most frequent among equals, and its distance; "" when none is.
func (v vocab) nearest(lw string, maxDist int) (string, int) {
	n := utf8.RuneCountInString(lw)
	best, bestDist := "", maxDist+1
	var bufA, bufB [editWordLen]rune
	var bytesA, bytesB [editWordLen]byte
	ra, ba := runesInto(bufA[:0], lw), append(bytesA[:0], lw...)
	ascii := len(lw) == n
	for l := n - maxDist; l <= n+maxDist; l++ {
		for _, w := range v.byLen[l] {
			if maxDist <= 1 && n >= 3 && l >= 3 && !keepsAnEnd(lw, w) {
				continue // more than one edit apart
			}
			var d int
			if ascii && len(w) == l {
				// both ASCII (each rune a byte): their bytes, copied,
				// not their runes, decoded
				d = editRunesWithin(ba, append(bytesB[:0], w...), maxDist)
			} else {
				d = editRunesWithin(ra, runesInto(bufB[:0], w), maxDist)
			}
			if d > maxDist || d == 2 && !sameFirst(lw, w) {
				continue // two slips and the first letter: another word, likelier
			}
			// among equals one edit away, a word the typist left a
			// letter out of ("wher": where, not when); then the most
			// frequent
			if d < bestDist || d == bestDist && d == 1 && longer(w, best, n) || d == bestDist && (d != 1 || longer(w, best, n) == longer(best, w, n)) && v.count[w] > v.count[best] {
				best, bestDist = w, d
			}
		}
	}
	return best, bestDist
}

// keepsAnEnd reports whether a and b, both of three runes or more, share
// their first byte or their last: two such words no more than one edit
// apart do (an edit at one end, or two runes swapped there, leaves the
// other end as it was), so nearest skips, unmeasured, the many words of
// the articles that share neither with a typed word.
func keepsAnEnd(a, b string) bool { return a[0] == b[0] || a[len(a)-1] == b[len(b)-1] }

// generalFix returns the English word one edit from lw that the asker
// likeliest meant, or "": a letter left out or two swapped first, the
// commonest slips at a keyboard, then one mistyped, then one too many;
// the most frequent (by GloVe's rank) among them.
func generalFix(lw string) string {
	g, _ := generalFixTier(lw)
	return g
}

// generalFixTier is generalFix with the tier of its slip (slipTier).
func generalFixTier(lw string) (string, int) {
	rs := []rune(lw)
	const letters = "abcdefghijklmnopqrstuvwxyz"
	tiers := [3][]string{}
	for i := 0; i <= len(rs); i++ {
		for _, l := range letters {
			tiers[0] = append(tiers[0], string(rs[:i])+string(l)+string(rs[i:])) // a letter left out
		}
		if i+1 < len(rs) {
			t := append([]rune(nil), rs...)
			t[i], t[i+1] = t[i+1], t[i]
			tiers[0] = append(tiers[0], string(t)) // two swapped
		}
		if i < len(rs) {
			for _, l := range letters {
				if l != rs[i] {
					tiers[1] = append(tiers[1], string(rs[:i])+string(l)+string(rs[i+1:])) // one mistyped
				}
			}
			tiers[2] = append(tiers[2], string(rs[:i])+string(rs[i+1:])) // one too many
		}
	}
	for tier, cands := range tiers {
		best, bestRank := "", -1
		for _, c := range cands {
			if !lexicon.IsWord(c) {
				continue
			}
			if r, ok := lexicon.Default().Rank(c); ok && r < maxFixRank && (bestRank < 0 || r < bestRank) {
				best, bestRank = c, r
			}
		}
		if best != "" {
			return best, tier
		}
	}
	return "", len(tiers)
}

// slipTier ranks the slip that makes typed of word, one edit apart, as
// generalFix's tiers do: 0 for a letter left out or two swapped, 1 for
// one mistyped, 2 for one too many; 3 when they are not one slip apart.
func slipTier(typed, word string) int {
	t, w := []rune(typed), []rune(word)
	switch {
	case len(w) == len(t)+1:
		return 0
	case len(w) == len(t)-1:
		return 2
	case len(w) != len(t):
		return 3
	}
	var diff []int
	for i := range t {
		if t[i] != w[i] {
			diff = append(diff, i)
		}
	}
	switch {
	case len(diff) == 1:
		return 1
	case len(diff) == 2 && diff[1] == diff[0]+1 && t[diff[0]] == w[diff[1]] && t[diff[1]] == w[diff[0]]:
		return 0
	}
	return 3
}

// slipBeats reports whether English's word g, one slip of the given tier
// from lw (generalFixTier), is made by a commoner kind of slip than the
// one that makes lw of the articles' word best ("peice" is "piece" with
// two letters swapped before it is "peace" mistyped; "finaly" is
// "finally" with a letter left out before it is "final" with one too
// many).
func slipBeats(lw, best, g string, tier int) bool {
	// (typists seldom slip on a word's first letter: "traw" is "tram",
	// not "straw")
	return g != "" && g != best && tier < slipTier(lw, best) && (sameFirst(lw, g) || !sameFirst(lw, best))
}

// maxFixRank bounds how rare in English a word a general correction
// reaches may be: a typed word one slip from only a rare word ("rutte",
// a name GloVe's table lacks, from "rutted", rank 53 099) is likelier a
// name the table lacks than a slip (Zipf: a word that rare is typed
// less often than names are).
const maxFixRank = 20000

// isDigit reports whether byte b is an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// metaWords are the one-word cues of kinds.txt's meta sections that are
// words of letters (metaCues): how a question names an article and its
// parts ("article", "headline", "byline", "photo").
func metaWords() []string {
	var out []string
	for w := range metaCues {
		if isLetters(w) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// shouted reports whether text is typed all in capitals, three words or
// more of them: the asker's caps lock, not a run of acronyms.
func shouted(text string) bool {
	words := 0
	for w := range strings.FieldsSeq(text) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return words >= 3 && strings.IndexFunc(text, unicode.IsLower) < 0 && strings.IndexFunc(text, unicode.IsUpper) >= 0
}

// closedCompounds writes as one word two words of text that the articles
// write closed up, where they use one of the two words not at all: "was
// it a cyber attack" is read with the articles' "cyberattack". English
// writes many compounds open or closed alike ("data base", "database");
// where the articles use both words on their own, the two are read as
// typed. Function words and words of one or two letters join nothing
// ("any one", "in to" are read as typed).
func (e *Engine) closedCompounds(text string) string {
	spans := wordSpans(text)
	var b strings.Builder
	last := 0
	for k := 0; k+1 < len(spans); k++ {
		a, c := spans[k], spans[k+1]
		if text[a[1]:c[0]] != " " {
			continue
		}
		first, second := strings.ToLower(text[a[0]:a[1]]), strings.ToLower(text[c[0]:c[1]])
		if len(first) < 3 || len(second) < 3 || lexicon.IsFunctionWord(first) || lexicon.IsFunctionWord(second) {
			continue
		}
		if e.vocab.count[first+second] == 0 || e.vocab.count[first] > 0 && e.vocab.count[second] > 0 {
			continue
		}
		b.WriteString(text[last:a[1]])
		b.WriteString(text[c[0]:c[1]])
		last = c[1]
		k++
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}
