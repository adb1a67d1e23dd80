// The short answer of last resort: where no span of the kind asked for
// stands out, the dozen words of the passage that hold most of the
// question, which is where its answer usually stands.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// polarityWords is how many words before a yes/no question's words its
// key words keep: where a negation or hedge stands.
const polarityWords = 3

// negationReach is how many words before a yes/no question's words a
// negation still governs them: "given *no* indication it would accept"
// (a determiner, a noun and a pronoun and auxiliary between).
const negationReach = 5

// keyWords returns the at most n consecutive words of c's passage within
// the byte span in that match the most of the question's weight (each word
// by the idf of the question terms its tokens match, as well as they
// match), or "" for a span that matches nothing. A span of n words or
// fewer is its own short answer.
func (e *Engine) keyWords(q question, c *cand, in span, n int) string {
	text := c.p.Text
	var words [][2]int
	for _, w := range wordSpans(text) {
		if w[0] >= in.start && w[1] <= in.end {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return ""
	}
	weight := make([]float64, len(words))
	k := 0
	matched := false
	for _, tok := range c.toks {
		if tok.Start < in.start || tok.End > in.end {
			continue
		}
		for k+1 < len(words) && words[k][1] <= tok.Start {
			k++
		}
		for _, h := range q.lookup[tok.Term] {
			if w := h.w * q.terms[h.i].idf; w > weight[k] {
				weight[k] = w
				matched = true
			}
		}
	}
	if !matched {
		return ""
	}
	n = min(n, len(words))
	// a window does not open or close on a bare function word ("… a
	// full-scale invasion in"), a negation aside
	loose := func(i int) bool {
		w := strings.ToLower(strings.Trim(text[words[i][0]:words[i][1]], ` ,;:—–-“”"‘’'()`))
		return lexicon.IsFunctionWord(w) && w != "not" && w != "no"
	}
	sums := make([]float64, len(words)-n+1)
	for i := range n {
		sums[0] += weight[i]
	}
	top := sums[0]
	for i := 1; i < len(sums); i++ {
		sums[i] = sums[i-1] + weight[i+n-1] - weight[i-1]
		top = max(top, sums[i])
	}
	// of the windows that hold as much, one that closes on a word of
	// substance, and of those the last: the question's words first, then
	// what the passage says of them
	best, closes, first := 0, false, -1
	for i, sum := range sums {
		if sum < top-1e-9 {
			continue
		}
		if first < 0 {
			first = i
		}
		if c := !loose(i + n - 1); c || !closes {
			best, closes = i, c
		}
	}
	if asksYesNo(q) {
		// a yes or no turns on the words just before the question's own:
		// "*has not* signalled a willingness to compromise", "*Not*
		// everyone is ready", "*While not* officially confirmed"
		matched := best
		for matched < best+n-1 && weight[matched] == 0 {
			matched++
		}
		best = max(first, min(best, matched-polarityWords))
		for k := best + 1; k <= matched; k++ {
			if opensClause(text, words, k) {
				best = k // nor from another clause: "air force, while *Croatia* … said they would not"
			}
		}
		// a negation that governs the question's words is never left
		// out, whatever it costs at the end: "has given *no* indication
		// it would accept a settlement"
		for k := matched - 1; k >= max(0, matched-negationReach); k-- {
			if w := strings.ToLower(text[words[k][0]:words[k][1]]); k < best && negRE.MatchString(w) {
				best = k
				break
			}
		}
	}
	if best+n < len(words) && !phraseEndsAt(text, words[best+n-1][1]) {
		// the window stops inside a phrase ("have intensified in
		// recent"): it moves on to finish it, when a few words do, the
		// words it leaves hold nothing of the question nor a negation,
		// and it then opens a phrase too
		for k := 1; k <= maxShift && best+n-1+k < len(words); k++ {
			if weight[best+k-1] > 0 || negRE.MatchString(strings.ToLower(text[words[best+k-1][0]:words[best+k-1][1]])) {
				break
			}
			if phraseEndsAt(text, words[best+n-1+k][1]) && opensPhrase(text, words, best+k) {
				best += k
				break
			}
		}
	}
	last := min(best+n, len(words)) - 1 // (a yes or no's words may start the window late)
	for last > best && loose(last) {
		last--
	}
	// an article stays where it opens the words of substance after it:
	// "the mood has grown more cautious"
	article := func(i int) bool {
		w := strings.ToLower(text[words[i][0]:words[i][1]])
		return (w == "the" || w == "a" || w == "an") && i < last && !loose(i+1)
	}
	for best < last && loose(best) && !article(best) {
		best++
	}
	for {
		end := words[last][1]
		if end < len(text) && text[end] == '%' {
			end++ // "about 40%": a figure keeps its percent sign
		}
		s := strings.Trim(text[words[best][0]:end], " ,;:—–-“”\"‘’'()")
		// a dash standing alone is a field of its own: the answer is
		// counted in fields, as the scorer and the renderers count it
		if len(strings.Fields(s)) <= n || last == best {
			return s
		}
		last--
	}
}

// opensClause reports whether word i of text (words are the words' byte
// spans) opens a clause: after a semicolon, colon or dash, or after a
// comma when it is a word that joins clauses ("…, while Croatia …"); a
// comma alone, or with "and", may join a list ("air, land and sea").
func opensClause(text string, words [][2]int, i int) bool {
	if i == 0 {
		return false
	}
	between := text[words[i-1][1]:words[i][0]]
	if strings.ContainsAny(between, ";:—–") || strings.Contains(between, " - ") {
		return true
	}
	w := strings.ToLower(text[words[i][0]:words[i][1]])
	return strings.Contains(between, ",") && w != "and" && w != "or" && slices.Contains(joinWords, " "+w+" ")
}

// opensPhrase reports whether a phrase can open at word i of text (words
// are the words' byte spans): the first word, one after a word that joins
// phrases, an article, or a preposition. (Not any word after a comma:
// "air, *land* and sea" is no phrase; the check it had never fired, as
// words hold no marks, and making it fire cut lists open.)
func opensPhrase(text string, words [][2]int, i int) bool {
	if i == 0 {
		return true
	}
	prev := text[words[i-1][0]:words[i-1][1]]
	w := strings.ToLower(strings.Trim(text[words[i][0]:words[i][1]], "“\"‘("))
	return articles[w] || prepositions[w] || slices.Contains(joinWords, " "+strings.ToLower(prev)+" ")
}
