// Phrase and clause bounds around a span: inClause, phraseAround, clauseAround and the breaks they stop at.

package qa

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// Where a stretch of a sentence ends: clauseBreaks are the punctuation
// between its clauses; phraseBreaks add the words that join clauses.
var (
	clauseBreaks = []string{",", ";", ":", " — ", " – ", " - ", "—", "(", ")"}
	phraseBreaks = append(slices.Clip(clauseBreaks), " that ", " and ", " but ", " while ", " which ", " who ", " whereas ", " although ", " though ", " because ")
)

// phraseAround widens span s of text to the phrase that holds it, between
// the nearest phrase breaks, when that phrase is short enough to be a
// short answer; otherwise s stays as it is.
func phraseAround(text string, s span) span {
	start, end := between(text, s, phraseBreaks)
	for start < s.start && text[start] == ' ' {
		start++
	}
	for _, rel := range relativeWords {
		// "where representatives of 35 countries …": the relative word
		// joins the phrase to the sentence, and is no part of it
		if start+len(rel) <= s.start && strings.EqualFold(text[start:start+len(rel)], rel) {
			start += len(rel)
			break
		}
	}
	start = min(start, s.start)
	end = max(end, s.end)
	// trailing punctuation goes, but not a period of the answer's own
	// ("5 p.m.", "the U.S."), nor the mark that closes a quotation the
	// phrase opens ('as "incredible."')
	// (trimmed with the answer's own words, so that an abbreviation the
	// answer ends in, "the U.S", keeps its period)
	p := text[start:max(start+len(trimStops(text[start:end], " .”\"’")), s.end)]
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		open := strings.Count(p, q[0])
		if q[0] == q[1] {
			open %= 2
		} else {
			open -= strings.Count(p, q[1])
		}
		// the closing mark only where the trimmed tail held it
		// ('as "incredible."'), never one further on
		if open > 0 {
			if i := strings.Index(text[start+len(p):end], q[1]); i >= 0 {
				p = text[start : start+len(p)+i+len(q[1])]
			}
		}
	}
	if n := wordCount(p); n > maxShortWords || n <= wordCount(text[s.start:s.end]) {
		return s
	}
	if unbalanced(p) {
		return s
	}
	return span{start, start + len(p)}
}

// inClause widens span s of text, alike on both sides, to at most n
// words without crossing a clause break: a bare answer ("Friday",
// "binding commitments") says more with the words around it ("would fall
// sharply after Friday", "must still finalise “binding commitments”"), and
// a short answer may run to n words. Past a word that joins phrases ("and",
// "that", "who") it takes the phrase that follows whole or not at all:
// "food and water by truck", never "and has given".
func inClause(text string, s span, n int) span {
	from, to := between(text, s, clauseBreaks)
	// a span that already reaches the sentence's stop ("at 4 p.m.") is
	// the clause's end and stays; the right side may take an
	// abbreviation's own period at that end, never the sentence's
	if from > s.start || min(to, len(strings.TrimRight(text, " .!?"))) < s.end {
		return s
	}
	to = min(to, len(trimStops(text, " .!?")))
	// a mark glued to the answer's first word ('“Coalition') opens it, as
	// a glued mark on the right closes it: no word of its own to count
	if t := strings.TrimRight(text[from:s.start], openingMarks); t == "" || strings.HasSuffix(t, " ") {
		s.start = from + len(t)
	}
	lseg, rseg := text[from:s.start], text[s.end:to]
	joins := joinsAt(text[:to], from)
	var left, right []int // how many words the left side may take, the right; nearest first
	starts := wordStarts(lseg)
	for i := len(starts) - 1; i >= 0; i-- {
		a := from + starts[i]
		whole := true
		for _, j := range joins {
			if j[0] >= a-1 && j[0] < s.start {
				whole = false // a joining word between a and s: not at a
			}
		}
		if i == 0 || whole || slices.ContainsFunc(joins, func(j [2]int) bool { return j[1] == a }) {
			left = append(left, len(starts)-i)
		}
	}
	ends := wordEnds(rseg)
	glued := 0 // the bytes of such a mark
	if len(ends) > 0 && !strings.HasPrefix(rseg, " ") && !strings.ContainsFunc(rseg[:ends[0]], wideWordRune) {
		// a mark glued to the answer's last word ('commitments”',
		// 'U.S.') ends that word; it is no word of its own to count
		glued = ends[0]
		rseg = rseg[ends[0]:]
		ends = wordEnds(rseg)
	}
	for i, e := range ends {
		e += s.end + glued
		whole := true
		for _, j := range joins {
			if j[0] >= s.end && j[0] < e {
				whole = false
			}
		}
		if i < len(ends)-1 && cutsFigure(text, e) {
			continue // "$4.2 | million": no figure without its multiple or unit
		}
		if i == len(ends)-1 || whole || slices.ContainsFunc(joins, func(j [2]int) bool { return j[0] == e }) {
			right = append(right, i+1)
		}
	}
	budget := n - wordCount(text[s.start:s.end])
	l, r := 0, 0   // words taken on each side
	li, ri := 0, 0 // the next stop of each side, in left and right
	for {
		lc, rc := -1, -1 // what the next whole step costs on each side
		if li < len(left) {
			lc = left[li] - l
		}
		if ri < len(right) {
			rc = right[ri] - r
		}
		switch {
		case lc > 0 && lc <= budget && (rc <= 0 || rc > budget || l <= r):
			l, budget, li = l+lc, budget-lc, li+1
		case rc > 0 && rc <= budget:
			r, budget, ri = r+rc, budget-rc, ri+1
		default:
			if k := len(ends) - r; k > 0 && k <= maxClauseTail && k <= l {
				// the clause ends a word or two past the right side: the
				// left gives up as many of its farthest words, whatever
				// they are (inClause does not see the question; it only
				// keeps the left side on a phrase's start), as news says
				// the new after the verb
				l, r = phraseStartLeft(text, from, starts, l-k), len(ends)
			} else if r < len(ends) && !phraseEndsAt(text[:to], s.end+glued+endAt(ends, r)) {
				// the right side stops inside a phrase ("until at
				// least"): words from the left go to finish it, when a
				// few do, and the left side starts no half phrase
				for k := 1; k <= maxShift && k <= l && r+k <= len(ends); k++ {
					if !slices.Contains(right, r+k) || !phraseEndsAt(text[:to], s.end+glued+ends[r+k-1]) {
						continue
					}
					l, r = phraseStartLeft(text, from, starts, l-k), r+k
					break
				}
			}
			// the left side does not open on "of", which ties what
			// follows to the noun before it ("a city *of about 190,000
			// people*")
			// (right before the answer, it takes the noun's phrase, back
			// to its article, where the right side can give up as many
			// words: "*a city of* about 190,000 people")
			if l == 1 && opensOnOf(text, from+starts[len(starts)-l]) {
				if k := headBefore(text, from, starts, len(starts)-l); k > 0 && k <= r {
					l, r = l+k, r-k
					for r > 0 && (!slices.Contains(right, r) || !phraseEndsAt(text[:to], s.end+glued+ends[r-1])) {
						r-- // (nor does the right side end in a half phrase: "on the edge")
					}
				}
			}
			for l > 0 && opensOnOf(text, from+starts[len(starts)-l]) {
				l--
			}
			// a quotation it would cut open ("at a summit of the
			// “Coalition of the"), or words past n (a word a quotation
			// mark stands in counts as one), cost words from the right,
			// then the left, until none is
			for ; ; r-- {
				out := s
				end := s.end + glued
				if l > 0 {
					out.start = from + starts[len(starts)-l]
				}
				if r > 0 {
					end += ends[r-1]
				}
				if end > s.end {
					out.end = max(s.end, s.start+len(trimStops(text[s.start:end], ".")))
					out.end = max(s.end, out.start+len(withoutOuterClose(text[out.start:out.end])))
				}
				if t := shortText(text[out.start:out.end]); t != "" && wordCount(t) <= n || r == 0 && l == 0 {
					return withOpeningArticle(text, from, out, n)
				}
				if r == 0 {
					l, r = l-1, 1 // (r-- follows)
				}
			}
		}
	}
}

// withOpeningArticle widens s, a span inClause cut from text (its clause
// starting at from), over the article that opens the noun phrase s starts
// inside, right before it or before one modifier (modifierWord: "*the*
// 1.8-kilometre flood wall", "*a one-off* payment of €500"): a span that
// starts after its article is half a phrase (phraseStartsAt). It does so
// only within the clause and where the whole still fits n words;
// otherwise s stays as it is.
func withOpeningArticle(text string, from int, s span, n int) span {
	if s.start <= from {
		return s
	}
	at := s.start
	for k := 0; k < 2; k++ {
		a, b := lastWordAt(text, at)
		if a < from || b != at-1 || text[b] != ' ' {
			return s
		}
		w := text[a:b]
		if articles[strings.ToLower(w)] {
			if t := shortText(text[a:s.end]); t != "" && wordCount(t) <= n {
				return span{a, s.end}
			}
			return s
		}
		if k > 0 || !modifierWord(w) {
			return s
		}
		at = a
	}
	return s
}

// maxClauseTail is how many words past its right side inClause finishes
// a clause with, taken from the left side: a word or two ("back *to
// normal*") finish the clause; more would be a phrase of its own, and
// would cost the left side more than the clause's end is worth.
const maxClauseTail = 2

// cutsFigure reports whether i of text, where a word ends, parts a figure
// from the multiple or unit after it ("$4.2 | million", "40 |
// centimetres").
func cutsFigure(text string, i int) bool {
	w := strings.TrimLeft(lastWord(text[:i]), "$€£¥(")
	if w == "" || !isDigit(w[0]) || !strings.HasPrefix(text[i:], " ") {
		return false
	}
	return multiplierRE.MatchString(text[i:]) || isUnitWord(strings.ToLower(firstWord(text[i:])))
}

// phraseStartLeft is how many of the left side's words (their starts in
// starts, from from in text) inClause keeps, at most nl, so that the
// left side opens on a phrase's start, not after its article or
// preposition.
func phraseStartLeft(text string, from int, starts []int, nl int) int {
	for nl > 0 && !phraseStartsAt(text, from+starts[len(starts)-nl]) {
		nl--
	}
	return nl
}

// openingMarks are the marks that open a quotation or an aside, glued to
// the word after them.
const openingMarks = "“‘\"'("

// trimStops is strings.TrimRight(s, cutset) but for the period of an
// abbreviation s ends in, which is the word's own, not the sentence's
// ("from 3 p.m.", "the U.S."): that period stays, what follows it goes.
func trimStops(s, cutset string) string {
	t := strings.TrimRight(s, cutset)
	if rest := s[len(t):]; strings.HasPrefix(rest, ".") && ownsPeriod(lastWord(t)) {
		return t + "."
	}
	return t
}

// ownsPeriod reports whether w, the last word before a period, is an
// abbreviation whose own period that is: a dotted one ("U.S", "p.m") or
// one lexicon lists, written with a capital ("Jan", "Co"). A figure or a
// lone letter ("until about 9.", "Plan B.") and a listed word in lower
// case, which is also an ordinary word ("it would mar.", "a sales
// rep."), leave the period to the sentence.
func ownsPeriod(w string) bool {
	return abbreviationRE.MatchString(w) || utf8.RuneCountInString(w) > 1 && isCapital(w) && lexicon.IsAbbreviation(w)
}

// withoutOuterClose is s without the quotation mark that ends it, and
// the stop before that, where the mark closes a quotation opened before s
// ('at least a week before berths are back to normal."' for a quotation
// that opens on "We expect"): the answer is part of the quotation, not a
// quotation. A mark that closes one s opens stays ('for its "readiness."').
func withoutOuterClose(s string) string {
	for _, mark := range []string{"\"", "”"} {
		t, ok := strings.CutSuffix(s, mark)
		if !ok {
			continue
		}
		opened := quoteDepth(t) > 0
		if mark == "\"" {
			opened = straightOpen(t)
		}
		if !opened {
			return trimStops(t, " .,!?")
		}
	}
	return s
}

// straightOpen reports whether s leaves a straight quotation open: a
// mark at its start or after a space or bracket opens one, any other
// closes the one open (or one opened before s). It is not withinQuotes'
// parity, which needs the passage from its start: within an answer alone
// parity takes 'the deal" backed by a "backstop' for a closed pair.
func straightOpen(s string) bool {
	depth := 0
	for i := range len(s) {
		if s[i] != '"' {
			continue
		}
		if i == 0 || s[i-1] == ' ' || s[i-1] == '(' {
			depth++
		} else if depth > 0 {
			depth--
		}
	}
	return depth > 0
}

// widened is span s of text in the words of its clause (inClause, up to
// maxShortWords), or s where those make no short answer.
func widened(text string, s span) span {
	if w := inClause(text, s, maxShortWords); w != s && shortText(text[w.start:w.end]) != "" {
		return w
	}
	return s
}

// maxShift is how many words inClause moves from the left side of a
// short answer to the right to finish the phrase it stops in.
const maxShift = 4

// endAt is where the first r words of ends end (0 for none).
func endAt(ends []int, r int) int {
	if r == 0 {
		return 0
	}
	return ends[r-1]
}

// phraseEndsAt reports whether a phrase can end at i of text: at its end,
// or before a preposition, a word that joins phrases, or a mark.
func phraseEndsAt(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], " ")
	if rest == "" || !strings.HasPrefix(text[i:], " ") {
		return true
	}
	w := strings.ToLower(firstWord(rest))
	if w == "" {
		return true // a mark or a figure's sign
	}
	return prepositions[w] || slices.Contains(joinWords, " "+w+" ") || w == "or"
}

// phraseStartsAt reports whether a phrase can start at i of text: not
// right after an article, a preposition or "of" ("a *city* of", "the
// first time"), which would leave it half a phrase.
func phraseStartsAt(text string, i int) bool {
	w := strings.ToLower(lastWord(strings.TrimRight(text[:i], " ")))
	return !prepositions[w] && !articles[w] && w != "of" && w != "to"
}

// headBefore is how many words before the i-th of starts (word starts
// from from in text) make the noun phrase "of" at i ties to, back to its
// article ("*a city* of", "*an average* of"): at most ofHeadWords of
// them, none but the first an article, a preposition or a figure; 0
// where no article opens them.
func headBefore(text string, from int, starts []int, i int) int {
	for k := 1; k <= ofHeadWords && i-k >= 0; k++ {
		w, _ := nextWord(text[from+starts[i-k]:])
		if articles[w] {
			return k
		}
		if w == "" || prepositions[w] || isDigit(w[0]) || !isLetters(w) {
			return 0
		}
	}
	return 0
}

// ofHeadWords is how many words headBefore reads back: an article, an
// adjective and a noun.
const ofHeadWords = 3

// opensOnOf reports whether the word at i of text is "of".
func opensOnOf(text string, i int) bool {
	w, _ := nextWord(text[i:])
	return strings.EqualFold(w, "of")
}

// joinWords are the words that join phrases (phraseBreaks less the
// clause breaks), with a space either side.
var joinWords = phraseBreaks[len(clauseBreaks):]

// joinsAt returns where the words that join phrases stand in text from
// on: the space before each and the start of the word after it. "and"
// joins phrases when a verb follows it ("and has given", "and establish
// measures"); before a noun it joins a pair ("food and water"), one phrase.
func joinsAt(text string, from int) [][2]int {
	var out [][2]int
	for _, b := range joinWords {
		for k := range uses(text[from:], b) {
			at := from + k
			i := at + len(b)
			if b == " and " {
				next := strings.ToLower(firstWord(text[i:]))
				figure := next != "" && isDigit(next[0]) && numberThenVerb(text[i:])
				if !lexicon.IsVerb(next) && !auxiliaries[next] && !beForms[next] && !pastVerb(next) && !figure {
					continue
				}
			}
			out = append(out, [2]int{at, at + len(b)})
		}
	}
	return out
}

// numberThenVerb reports whether s opens with a figure and then a tensed
// verb no plural noun looks like (pastOrAuxiliary): "71 were still
// missing" after "injured and" is a clause of its own, not a pair
// ("2,460 and 71"); "3 tugs" is a pair, though "tugs" reads as the
// present of "tug" (tensedVerb would take it).
func numberThenVerb(s string) bool {
	f := strings.Fields(s)
	return len(f) >= 2 && pastOrAuxiliary(f[1])
}

// firstWord is the first word of s, letters and digits only.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " “\"'‘(")
	k := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
	if k < 0 {
		return s
	}
	return s[:k]
}

// wordStarts are where the words of s start; wordEnds, where they end.
func wordStarts(s string) []int {
	var out []int
	for i := range s {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			out = append(out, i)
		}
	}
	return out
}

func wordEnds(s string) []int {
	var out []int
	// over bytes, not runes: a word may end in a multi-byte one ("café",
	// 'normal.”'), whose last byte is not where a rune starts
	for i := range len(s) {
		if s[i] != ' ' && (i == len(s)-1 || s[i+1] == ' ') {
			out = append(out, i+1)
		}
	}
	return out
}

// between is where the stretch of text around span s that no break
// interrupts starts and ends: just past the last break before s, at the
// first after it (a comma between digits is none).
func between(text string, s span, breaks []string) (start, end int) {
	start, end = 0, len(text)
	for _, b := range breaks {
		// (a break counts only if it ends past the nearest found yet:
		// the search back need not go further)
		if i := lastBreak(text, max(0, start-len(b)+1), s.start, b); i >= 0 && i+len(b) > start {
			start = i + len(b)
		}
		if i := nextBreak(text, s.end, b); i >= 0 && i < end {
			end = i
		}
	}
	return start, end
}

// relativeWords open a relative clause, with the space after them.
var relativeWords = []string{"where ", "which ", "who ", "whom ", "whose ", "that "}

// relativeWordSet is relativeWords as words, without their spaces.
var relativeWordSet = wordSet(strings.Join(relativeWords, ""))

// lastBreak returns where the last break b stands in text between from
// and at, or -1; a comma between digits ("1,500") is no break.
func lastBreak(text string, from, at int, b string) int {
	last := strings.LastIndex
	if len(b) == 1 {
		last = lastIndexOneByte // (a mark of one byte found by its byte, as Index does; LastIndex hashes)
	}
	for i := last(text[from:at], b); i >= 0; i = last(text[from:from+i], b) {
		if !digitComma(text, from+i, b) {
			return from + i
		}
	}
	return -1
}

// lastIndexOneByte is strings.LastIndex for b of one byte.
func lastIndexOneByte(s, b string) int { return strings.LastIndexByte(s, b[0]) }

// nextBreak returns where the first break b stands in text from at on,
// or -1; a comma between digits is no break.
func nextBreak(text string, at int, b string) int {
	if at > len(text) {
		return -1
	}
	for j := range uses(text[at:], b) {
		if !digitComma(text, at+j, b) {
			return at + j
		}
	}
	return -1
}

// digitComma reports whether break b at i of text is a comma inside a
// figure ("1,500", "3,500") or a colon inside a time ("4:52 a.m."):
// between digits, no break.
func digitComma(text string, i int, b string) bool {
	return (b == "," || b == ":") && i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1])
}

// danglingWords cannot end a phrase: articles, prepositions,
// conjunctions, auxiliaries and possessives (a closed class of
// English), which a cut at a clause break can leave last. Not the modals:
// "will" and "might" are nouns too ("political will").
var danglingWords = wordSet("and or but nor of to the a an in on at for with over by from about into onto as than " +
	"had has have was were is are be been its their our your " +
	"during despite amid amidst among amongst via per versus until till toward towards upon unlike except " +
	"while whereas although though because unless whether")

// beForms are the forms of "be": after one, a preposition ends the phrase
// as a particle ("the war is over", "what the fuss was about").
var beForms = wordSet("is are was were be been being am")

// clauseMarks are the marks that close a clause around a figure or a name.
const clauseMarks = ",;:()—"

// clauseAround is the clause of text around span s: from just past the
// last of marks before it to the first after it.
func clauseAround(text string, s span, marks string) span {
	to := len(text)
	if i := indexAny(text[s.end:], marks); i >= 0 {
		to = s.end + i
	}
	return span{afterLastMark(text[:s.start], marks), to}
}
