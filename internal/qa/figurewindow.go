// The window a figure's answer is shown in: the words of the question's count around the figure.

package qa

import (
	"strings"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// askedFigureWindow is where a figure's answer stands shown, for a
// question that asks a count or a measure: the shown phrase s (inClause,
// which widens the bare figure alike on both sides without seeing the
// question) moved, within the figure's clause, to the window of at most
// maxShortWords words that holds the figure and more of the question's
// words than s holds ("had rescued 63 people from flooded homes *and
// cars* …" for "how many people were rescued from homes and cars", not
// "Firefighters and volunteers with boats had rescued 63 people from
// flooded homes"): the words the question says its count of are what
// tie the figure to it. Of the windows that hold as much, the one that
// keeps most of s; a window neither opens nor closes on a function word
// (an article may open it: "a one-off payment of €500 …"), opens in the
// figure's own clause, keeps the words s shows on either side of the
// figure and closes where a phrase may (see below). s stands where no
// window holds more.
func (e *Engine) askedFigureWindow(q *question, c *cand, bare, s span) span {
	text := c.p.Text
	from, to := between(text, bare, clauseBreaks)
	if from > bare.start || to < bare.end {
		return s
	}
	words, weight, termAt, matched := weighedWords(q, text, c.toks, span{from, to})
	if !matched {
		return s
	}
	held := make([]float64, len(q.terms))
	holds := func(lo, hi int) float64 { return heldWeight(weight, termAt, held, lo, hi) }
	wordsInside := func(w span) (lo, hi int) { // the words of words inside w
		lo, hi = -1, -1
		for k, x := range words {
			if x[0] >= w.start && x[1] <= w.end {
				if lo < 0 {
					lo = k
				}
				hi = k
			}
		}
		return lo, hi
	}
	sLo, sHi := wordsInside(s)
	bLo, bHi := wordsInside(bare)
	if bLo < 0 {
		return s
	}
	base := 0.0
	if sLo >= 0 {
		base = holds(sLo, sHi)
	}
	loose := func(k int, opens bool) bool {
		w := spanWord(text, words, k)
		return lexicon.IsFunctionWord(w) && w != "not" && w != "no" && !(opens && articles[w])
	}
	// the window opens in the figure's own clause: not before a verb of
	// saying ("Villagra said | 2,460 people …") nor before the word that
	// opens a clause the figure stands in ("the chamber estimated *that*
	// …", "a kitchen … *that* serves about 12,000 meals")
	first := 0
	for k := bLo - 1; k >= 0; k-- {
		if w := spanWord(text, words, k); lexicon.IsSayingVerb(w) || relativeWordSet[w] {
			first = k + 1
			break
		}
	}
	// and it closes where a phrase may close, or at the clause's end: not
	// inside a figure ("for six | months"), a noun phrase ("fully booked
	// by Thursday | evening"), nor before the "of" that ties what follows
	// to its noun ("for a third | of the price"). phraseEndsAt closes
	// only before a preposition, a joining word or a mark, and none of
	// those is a unit or a multiple (TestPhraseEndsAtNoFigureCut), so it
	// cuts no figure from its unit; nor is "of" (preposition-words leaves
	// it out), but it closes at any mark ("3.5 “tonnes” | of fish")
	closes := func(hi int) bool {
		if hi == len(words)-1 {
			return true
		}
		end := words[hi][1]
		return phraseEndsAt(text[:to], end) && spanWord(text, words, hi+1) != "of" && !figurePair(text, words, hi)
	}
	// nor does it give up the word on either side of the figure that s
	// shows with it: the verb or preposition that says what the figure
	// is ("had *drafted in* 350 office employees", "about €38 million
	// *for* each day", "rose by up to 15% *once* lines opened")
	keepLeft, keepRight := sLo >= 0 && sLo < bLo, sHi > bHi
	best, bestLo, bestHi, bestKept := base, -1, -1, -1
	last := bLo
	if keepLeft {
		last = bLo - 1
	}
	for lo := max(first, bHi-maxShortWords+1); lo <= last; lo++ {
		if loose(lo, true) {
			continue
		}
		firstHi := bHi
		if keepRight {
			firstHi = bHi + 1
		}
		for hi := firstHi; hi < len(words) && hi-lo < maxShortWords; hi++ {
			if loose(hi, false) || !closes(hi) {
				continue
			}
			got := holds(lo, hi)
			kept := 0
			if sLo >= 0 {
				kept = max(0, min(hi, sHi)-max(lo, sLo)+1)
			}
			if got > best+1e-9 || bestLo >= 0 && got > best-1e-9 && kept > bestKept {
				best, bestLo, bestHi, bestKept = got, lo, hi, kept
			}
		}
	}
	if bestLo < 0 {
		return s
	}
	shown := windowText(text, words, bestLo, bestHi)
	start := words[bestLo][0] // windowText opens on that word: its trim takes no letter or digit
	if unbalanced(shown) || !strings.HasPrefix(text[start:], shown) {
		return s
	}
	// a mark glued to the first word that opens a figure ("€45", "$4.2")
	// is the figure's own
	for start > from {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !strings.ContainsRune("$€£¥", r) {
			break
		}
		start -= n
	}
	return span{start, words[bestLo][0] + len(shown)}
}

// figurePair reports whether words[hi] of text is a figure that "and",
// "or" or "to" joins to the figure after it: a range or pair of figures
// ("between 2020 | and 2024", "from 10 | to 12"), which a window does
// not cut.
func figurePair(text string, words [][2]int, hi int) bool {
	digit := func(k int) bool { return strings.ContainsAny(text[words[k][0]:words[k][1]], "0123456789") }
	if hi+2 >= len(words) || !digit(hi) || !digit(hi+2) {
		return false
	}
	switch spanWord(text, words, hi+1) {
	case "and", "or", "to":
		return true
	}
	return false
}
