// "What" questions that ask for a figure by their noun (share, money, count): the figure's span.

package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// The kinds of figure a "what" question may ask for by its noun
// (figureAsked).
const (
	figurePercent = "percent" // "what share of members voted yes": "78%"
	figureMoney   = "money"   // "what was the cost of the wall": "$4.2 million"
	figureCount   = "count"   // "what is the latest number": any figure
)

var (
	figurePercentNouns = cueSet("figure-percent-words")
	// a figure of money is asked by a noun or a verb of [money-words]
	// ("what was the *cost*", "what did it *cost*"), as "how much" is
	figureMoneyNouns = union(moneyWords, cueSet("price-words"))
	otherSenseMoney  = cueSet("other-sense-money-words")
	// whatPercentRE is "what %" and "what per cent", whose sign chatWords
	// drops
	whatPercentRE = regexp.MustCompile(`(?i)\bwhat\s*(?:%|per ?cent\b)`)
)

// figureAsked is the kind of figure a "what" question asks for by the
// noun it asks about (kinds.txt [figure-percent-words], [money-words],
// [price-words], [tally]): the noun right after "what" or "which"
// (and a copula and an article: "what is the total cost of …"), past up
// to three words that qualify it ("what's the *maximum* fine"), the last
// such noun of the run deciding ("total cost": money); or a verb of
// paying after "what" and an auxiliary ("what did the wall *cost* to
// build", "what is the airline *charging*"). A figure noun that itself
// qualifies a noun after it names no figure ("what cost savings"), nor
// does a verb of paying followed by "for" ("what did they pay for": the
// thing bought). "" for any other question.
func figureAsked(text string, words []string) string {
	if whatPercentRE.MatchString(text) {
		return figurePercent
	}
	if len(words) < 2 || words[0] != "what" && words[0] != "which" {
		return ""
	}
	i := 1
	if copulas[words[i]] || words[i] == "r" {
		i++
	}
	if i < len(words) && articles[words[i]] {
		i++
	}
	kind := ""
noun:
	for n := 0; i < len(words) && n < 4; i, n = i+1, n+1 {
		w := words[i]
		switch {
		case figurePercentNouns[w]:
			kind = figurePercent
		case figureMoneyNouns[w] && !strings.HasSuffix(w, "ing") && !pastVerb(w):
			kind = figureMoney // a noun: "charging", "paid" are verbs, read below
		case tallies[w]:
			kind = figureCount
		case lexicon.IsFunctionWord(w) || auxiliaries[w] || copulas[w]:
			if kind == figureMoney && otherSenseMoney[words[i-1]] && (auxiliaries[w] || copulas[w]) && i+1 < len(words) {
				// "what bill did parliament pass", "what charges did
				// the police bring": a noun of another sense, the
				// object of the question's own verb, asks which one,
				// a sum only if that verb pays ("what bill are they
				// charging"); "what fine did the court impose" asks a
				// sum
				return moneyVerbIn(words[i+1:])
			}
			break noun
		case kind != "":
			return "" // "what cost savings": the noun after is asked about
		}
	}
	if kind != "" || words[0] != "what" || !auxiliaries[words[1]] && words[1] != "r" {
		return kind
	}
	if k := figureBefore(words[2:]); k != "" {
		return k
	}
	return moneyVerbIn(words[2:])
}

// moneyVerbIn is figureMoney where words hold a verb of paying
// ([money-words]: "the wall *cost* to build", "a diverted ship *costs*
// extra", "charging passengers"), else "". A money word after a
// determiner is a noun ("the *pay* offer", "the *charges* against him");
// one followed by an English word of content, no adjective nor person,
// takes it as object in another sense ("*pay* tribute", "*pay*
// attention"); "paid for", "spent on" ask the thing bought.
func moneyVerbIn(words []string) string {
	for j, w := range words {
		if !moneyWords[w] || j > 0 && (nounOpeners[words[j-1]] || articles[words[j-1]]) {
			continue
		}
		if j+1 == len(words) {
			return figureMoney
		}
		if next := words[j+1]; next != "for" && next != "on" && (lexicon.IsFunctionWord(next) || prepositions[next] || lexicon.IsAdjective(next) || lexicon.IsPersonNoun(next) || !lexicon.IsWord(next)) {
			return figureMoney // "charging *passengers*", "charging *northjet* ppl": whom, then the sum
		}
	}
	return ""
}

// figureTail are kinds.txt [figure-tail]: a question that closes on one
// asks what a thing comes to.
var figureTail = cueStarts["figure-tail"]

// figureBefore is the kind of figure a "what" question's words after its
// auxiliary ask for when they close on what a figure noun comes to ("the
// total claims to be", "the number of injured was"): a form of "be" closing
// them with the noun among the four words before it, or a phrase of
// [figure-tail] closing them ("will the damage come to": any figure, or
// the noun's kind); "" else.
func figureBefore(words []string) string {
	n := len(words)
	if n < 2 {
		return ""
	}
	if k := slices.IndexFunc(words[max(0, n-4):], func(w string) bool { return prepositions[w] }); k > 0 && n > 4 {
		// "the number of injured was *on thursday*": a time or place
		// the figure is of closes the question
		if at := max(0, n-4) + k; beForms[words[at-1]] || copulas[words[at-1]] {
			n = at
		}
	}
	tail := false
	last := words[n-1]
	switch {
	case beForms[last] || copulas[last]:
		n--
	default:
		for k := 1; k <= 4 && k <= n; k++ {
			if slices.ContainsFunc(figureTail.phrasesAt(words[n-k]), func(p []string) bool { return slices.Equal(p, words[n-k:]) }) {
				n, tail = n-k, true
				break
			}
		}
		if !tail {
			return ""
		}
	}
	for i := n - 1; i >= max(0, n-4); i-- {
		switch w := words[i]; {
		case figurePercentNouns[w]:
			return figurePercent
		case figureMoneyNouns[w]:
			return figureMoney
		case tallies[w]:
			return figureCount
		}
	}
	if tail {
		return figureCount
	}
	return ""
}

// figureOfKind reports whether the number at s of text is a figure of
// the kind a "what" question asks for: a percentage or a share ("78%",
// "a third"), a sum of money ("$4.2 million", "900 billion pesos"), or
// any figure but a year for a count.
func figureOfKind(kind, text string, s span) bool {
	if yearRE.MatchString(text[s.start:s.end]) {
		return false
	}
	switch kind {
	case figurePercent:
		return percentAfter(text[s.end:]) || shareRE.MatchString(text[s.start:s.end])
	case figureMoney:
		return money(text, s)
	}
	return true
}

// figuresAsked are the figures of the kind q asks for in text, the
// question's own figures left out.
func (e *Engine) figuresAsked(q *question, text string) []span {
	var out []span
	for _, s := range e.freeSpans(q, text, e.find(numberRE, text)) {
		if figureOfKind(q.figure, text, s) {
			out = append(out, s)
		}
	}
	return out
}

// spanFigure is extractSpan for a "what" question that asks for a figure
// (figureAsked): of the passage's figures of that kind, the one whose
// clause holds most of the question's words, nearest them, with what
// completes it (completeFigure), the whole of the percentage's "of"
// phrase ("78% of the union's members", "up to 4% of their annual
// turnover"), and the figure noun's phrase right before it, which says
// what the figure is ("a fixed fare of €99", "at a cost of $4.2
// million"). Empty when the passage holds no such figure.
func (e *Engine) spanFigure(q *question, c *cand, anchors []span) span {
	text := c.p.Text
	figs := e.figuresAsked(q, text)
	if len(figs) == 0 {
		return span{}
	}
	for i, s := range figs {
		if q.figure == figurePercent {
			figs[i] = percentOf(text, s)
		} else {
			figs[i] = extendNoun(text, s)
		}
	}
	s := completeFigure(text, nearestInClause(text, figs, anchors))
	s.start = figureNounBefore(text, s.start)
	return s
}

// percentOf extends the percentage at s over its sign and the "of" phrase
// after it, to the first word that is neither a content word nor one that
// runs a noun phrase on (an article, a possessive, "and"), nor a past
// form but one that qualifies a noun after it: "78% of the Port and
// Transport Workers' Union members" (before "who voted"), "64% of the
// *registered* voters".
func percentOf(text string, s span) span {
	rest := text[s.end:]
	end := s.end
	for _, sign := range []string{"%", " percent", " per cent"} {
		if len(rest) >= len(sign) && strings.EqualFold(rest[:len(sign)], sign) {
			end += len(sign)
			rest = rest[len(sign):]
			break
		}
	}
	if !strings.HasPrefix(rest, " of ") {
		return span{s.start, end}
	}
	at, last := end+len(" of"), end
	for n := 0; n < maxShortWords; n++ {
		from := at
		for from < len(text) && text[from] == ' ' {
			from++
		}
		to := from
		for to < len(text) && text[to] != ' ' {
			to++
		}
		w := text[from:to]
		bare := strings.TrimRight(w, ".,;:")
		lw := strings.ToLower(strings.TrimRight(bare, "'’"))
		if lw == "" || lexicon.IsFunctionWord(lw) && !articles[lw] && !possessives[lw] && lw != "and" || pastForm(lw) && !isCapital(bare) && !nounAfter(text[to:]) {
			break // "who voted", "backed the deal": the phrase has ended
		}
		at = to
		if !articles[lw] && !possessives[lw] && lw != "and" {
			last = from + len(bare)
		}
		if bare != w {
			break // a mark ends the phrase
		}
	}
	return span{s.start, max(end, last)}
}

// figureNounBefore is where a figure at start begins with the noun phrase
// of a figure noun that stands before it with "of" ("a fixed fare of
// €99", "at a cost of $4.2 million"), and the preposition before that
// phrase; start itself where none does.
func figureNounBefore(text string, start int) int {
	before, ok := strings.CutSuffix(text[:start], " of ")
	if !ok {
		return start
	}
	noun := strings.ToLower(lastWord(before))
	if !strings.HasSuffix(strings.ToLower(before), noun) || !figureMoneyNouns[noun] && !figurePercentNouns[noun] && !tallies[noun] {
		return start
	}
	from := modifiersStart(text, max(0, len(before)-len(noun)))
	if w := strings.ToLower(lastWord(strings.TrimRight(text[:from], " "))); articles[w] {
		from = len(strings.TrimRight(text[:from], " ")) - len(w)
		if p := strings.ToLower(lastWord(strings.TrimRight(text[:from], " "))); prepositions[p] {
			from = len(strings.TrimRight(text[:from], " ")) - len(p)
		}
	}
	return from
}

// union is a new set of the words of sets.
func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}
