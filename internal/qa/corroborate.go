// Corroboration: articles that support the answer, or give it differently.

package qa

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/corpus"
)

// corroborate lists the articles that support the answer (the top passage's
// first) and notes where articles give a different figure or date.
func (e *Engine) corroborate(q *question, cands []*cand, short string) ([]string, []string) {
	top := cands[0]
	sources := []string{top.a.ID}
	var diffs []string
	differs := map[string]bool{}
	var differing []*corpus.Article
	want := e.terms(short)
	for _, c := range cands[1:] {
		if slices.Contains(sources, c.a.ID) || differs[c.a.ID] || c.entShare < top.entShare {
			continue
		}
		if c.cov >= 0.5*top.cov && e.supports(c, want, top) {
			sources = append(sources, c.a.ID)
			continue
		}
		// a figure or date for the same thing, put differently elsewhere:
		// "representatives of 35 countries" / "more than 35 officials"
		if specOf(q.kind).figure {
			if other := e.differently(q, c, short, top); other != "" {
				diffs = append(diffs, dated(c.a, top.a)+": “"+other+"”")
				differs[c.a.ID] = true
				differing = append(differing, c.a)
			}
		}
	}
	if len(diffs) > 0 {
		diffs = append([]string{dated(top.a, differing...) + ": “" + short + "”"}, diffs...)
	}
	return sources, diffs
}

// dated is an article's title, with the day it was published where it
// and another differ in that day: figures that differ by date are most
// often a count that has moved on ("more than 120 aftershocks" on the 10th,
// "more than 400" on the 11th), which the reader should see.
func dated(a *corpus.Article, others ...*corpus.Article) string {
	for _, o := range others {
		if a.Published != "" && o.Published != "" && o.Published != a.Published {
			return a.Title() + " (" + a.Published + ")"
		}
	}
	return a.Title()
}

// differently returns how a candidate from another article gives the
// answer's figure otherwise: the same number counting something else or
// qualified ("more than 35 officials" against "35 countries"), or another
// figure in a passage that matches the question nearly as well.
func (e *Engine) differently(q *question, c *cand, short string, top *cand) string {
	other := e.otherFigure(q, c, short, top)
	if other == "" {
		return ""
	}
	otherNumber := numberIn(other) != numberIn(short)
	switch {
	case e.incrementOf(other) != e.incrementOf(short):
		return "" // "1,500 more troops" adds to "3,500 soldiers": no other count
	case ratioPart(c.p.Text, other):
		return "" // "nine out of every ten homes": a share, no count of homes
	case otherNumber && !e.saysAsMuch(q, c.p.Text, other, top.p.Text, short):
		// the other's clause lacks a word of the question the answer's
		// holds, in any form: "announce the recount result on Thursday,
		// June 11" is no other day of "the recount would begin on Monday,
		// June 8" for "when does the recount start"
		return ""
	case otherNumber && e.askedIn(q, c.p.Text, other) < e.askedIn(q, top.p.Text, short):
		// the answer's clause says more of what is asked than the
		// other's: "about 4,200 people sleep on the pitch" is no other
		// count of "71 were still missing", "two nuclear powers" none of
		// "35 coalition countries"
		return ""
	}
	return other
}

// saysAsMuch reports whether the clause around other in text holds every
// question word, in any form the question matches (a synonym, a word near
// in meaning), that the clause around short in shortText holds.
func (e *Engine) saysAsMuch(q *question, text, other, shortText, short string) bool {
	want := e.clauseTerms(q, shortText, short)
	got := e.clauseTerms(q, text, other)
	for i := range want {
		if !got[i] {
			return false
		}
	}
	return true
}

// clauseTerms are the question terms, by index, that words of the clause
// around figure in text match (question.lookup); none when figure is not
// in text.
func (e *Engine) clauseTerms(q *question, text, figure string) map[int]bool {
	out := map[int]bool{}
	for _, tok := range e.analyze(figureClause(text, figure)) {
		for _, h := range q.lookup[tok.Term] {
			out[h.i] = true
		}
	}
	return out
}

// figureClause is the part of text around figure that no sentenceMarks
// cut off; "" when figure is not in text.
func figureClause(text, figure string) string {
	at := strings.Index(text, figure)
	if at < 0 {
		return ""
	}
	cl := clauseAround(text, span{at, at + len(figure)}, sentenceMarks)
	return text[cl.start:cl.end]
}

// ratioPart reports whether figure stands in text as a term of a ratio:
// after "every", "per" or "out of" ("nine out of every *ten homes*", "two
// *per* cent"), or before "out of" ("*nine* out of every ten").
func ratioPart(text, figure string) bool {
	at := strings.Index(text, figure)
	if at < 0 {
		return false
	}
	before := strings.ToLower(strings.TrimSpace(text[:at]))
	after := strings.ToLower(strings.TrimSpace(text[at+len(figure):]))
	for _, w := range []string{" every", " per", " out of", " in"} {
		if strings.HasSuffix(" "+before, w) && (w != " in" || strings.HasSuffix(before, "one in")) {
			return true
		}
	}
	return strings.HasPrefix(after, "out of ")
}

// sentenceMarks cut a sentence into parts that say different things; a
// comma does not ("…, about 280 kilometres to the north" is the felt
// distance of the sentence before the comma).
const sentenceMarks = ";:()—"

// askedIn is how many of the question's terms stand in the part of text
// around figure that no sentenceMarks cut off (0 when figure is not in
// text).
func (e *Engine) askedIn(q *question, text, figure string) int {
	seen := map[int]bool{}
	for _, tok := range e.analyze(figureClause(text, figure)) {
		if i := slices.IndexFunc(q.terms, func(t qterm) bool { return t.spelledBy(tok.Term) }); i >= 0 {
			seen[i] = true
		}
	}
	return len(seen)
}

// incrementRE is a figure said as an addition, or of others than one
// named: "1,500 more troops", "another 200", "an additional 40", "Denmark
// and six other European powers".
var incrementRE = regexp.MustCompile(`(?i)(?:\d[\d,.]*|\b(?:` + smallNumbers + `))(?:\s+\w+)?\s+(?:more|additional|extra|other)\b|\b(?:another|additional|extra)\s+\d`)

// increment reports whether s gives its figure as an addition.
func increment(s string) bool { return incrementRE.MatchString(s) }

// otherFigure is differently before an addition is told from a total.
func (e *Engine) otherFigure(q *question, c *cand, short string, top *cand) string {
	value, ok := e.figureOf(short)
	if q.kind == KindHowMany && ok && c.cov >= sameSubject*top.cov {
		// the same figure counting something else, in a passage about
		// the same thing ("41 countries" at the donors' conference is no
		// other count of "41 operations"; "1,500 more troops" no other
		// report of "$1.3 billion")
		for _, s := range e.find(numberRE, c.p.Text) {
			n := extendNoun(c.p.Text, s)
			other := c.p.Text[n.start:n.end]
			if v, ok := e.figureOf(other); ok && v == value && !strings.EqualFold(other, short) && !e.sameCount(other, short) {
				return other
			}
		}
	}
	if other := e.laterCount(q, c, top, short); other != "" {
		return other
	}
	if c.cov >= 0.7*top.cov && c.typeOK >= 1 && top.typeOK >= 1 {
		// both give the kind of figure asked for, of what is asked (a
		// number that counts something else, "about 215 kilometres" for
		// the injured, differs from nothing); dates differ only where both
		// give a day of the month ("on Tuesday" is no other date than
		// "6 January 2026"), and another ("Jan. 6" is 6 January)
		if other := e.extract(q, c); other != "" && !strings.EqualFold(other, short) && (q.kind != KindWhen || numberIn(other) != "" && numberIn(short) != "" && !sameDate(other, short)) && !e.sameCount(other, short) {
			return other
		}
	}
	return ""
}

// preferLatest puts first, for "how many" of a deed ("how many died"), a
// later article's count of the same deed in place of an earlier one the
// ranking put first: the toll has moved on, and the earlier figure is then
// shown as what an earlier report said (Answer.Differences). A question
// that pins its count to a time ("on the first day", "initially", a date)
// keeps the ranking's order.
func (e *Engine) preferLatest(q *question, cands []*cand) []*cand {
	if q.kind != KindHowMany || q.countVerb < 0 || len(cands) < 2 || e.pinsTime(q) || len(q.outlets) > 0 || q.named != nil {
		return cands // (nor when the question names its source: "according to the andes wire")
	}
	top := cands[0]
	if top.typeOK < 1 || top.a.Published == "" {
		return cands
	}
	short := e.extract(q, top)
	if short == "" {
		return cands
	}
	best := 0
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if c.a.Published <= cands[best].a.Published {
			continue
		}
		if other := e.laterCount(q, c, top, short); other != "" && !e.incrementOf(other) {
			best = i + 1
		}
	}
	if best == 0 {
		return cands
	}
	return toFront(cands, best)
}

// laterCount is a later report of a count of the same deed as short,
// top's figure: c's figure, where c's article came out after top's, c
// matches a good part as much of the question, both give the kind of
// figure asked for, and c's figure is another number said in the
// question's own verb or a word for it ("the death toll … has risen to
// 351" under "how many ppl died", after "214 people had been confirmed
// dead"), though it matches less of the question: a count that has moved
// on; "" for anything else.
func (e *Engine) laterCount(q *question, c, top *cand, short string) string {
	if q.kind != KindHowMany || q.countVerb < 0 || top.a.Published == "" || c.a.Published <= top.a.Published ||
		c.cov < sameSubject*top.cov || c.typeOK < 1 || top.typeOK < 1 {
		return ""
	}
	other := e.extract(q, c)
	if other == "" || e.sameCount(other, short) || numberIn(other) == numberIn(short) {
		return ""
	}
	if at := strings.Index(c.p.Text, other); at >= 0 && e.doneHere(q, c.p.Text, span{at, at + len(other)}) == 2 {
		return other
	}
	return ""
}

// pinsTime reports whether a question pins what it asks to a time: a date
// or a word of kinds.txt's [time-scope-words].
func (e *Engine) pinsTime(q *question) bool {
	if dateRE.MatchString(q.text) {
		return true
	}
	for _, w := range q.words {
		if timeScope[w] {
			return true
		}
	}
	return false
}

var timeScope = cueSet("time-scope-words") // kinds.txt

// sameSubject is the least share of the top passage's coverage of the
// question another passage must have for the same number in it to be
// another report of the answer: "more than 35 officials" in a sentence on
// the coalition (0.3 and more of the top's), not "41 countries" in one on
// the donors' conference under "how many operations" (none).
const sameSubject = 0.3

// sameCount reports whether two figures are one count in other words: the
// same value, and every word of the one's noun in the other or the same
// noun last ("35 countries", "35 coalition countries"; "72-member
// Japanese team", "72-member rescue team").
func (e *Engine) sameCount(a, b string) bool {
	va, ok := e.figureOf(a)
	if vb, okb := e.figureOf(b); !ok || !okb || va != vb {
		return false
	}
	if countedHead(afterNumber(a)) == "" || countedHead(afterNumber(b)) == "" {
		return true // "351" and "351 people", "3,500 soldiers" and "3,500 already": one names nothing else counted
	}
	ta, tb := e.analyze(strings.Map(keepLetters, a)), e.analyze(strings.Map(keepLetters, b))
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	if ta[len(ta)-1].Term == tb[len(tb)-1].Term {
		return true
	}
	sa, sb := e.termSet(strings.Map(keepLetters, a)), e.termSet(strings.Map(keepLetters, b))
	return subset(sa, sb) || subset(sb, sa)
}

// afterNumber is what follows the first number in s, all of s for a
// number in words.
func afterNumber(s string) string {
	start := strings.IndexAny(s, "0123456789")
	if start < 0 {
		return s // a number in words ("two nuclear powers"): its noun follows it
	}
	end := start
	for end < len(s) && strings.IndexByte("0123456789,.", s[end]) >= 0 {
		end++
	}
	return s[end:]
}

// keepLetters keeps a figure's words, not its digits: the number is
// compared apart.
func keepLetters(r rune) rune {
	if unicode.IsDigit(r) {
		return ' '
	}
	return r
}

// numberIn returns the first run of digits in s.
func numberIn(s string) string {
	start := strings.IndexAny(s, "0123456789")
	if start < 0 {
		return ""
	}
	end := start
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	return s[start:end]
}

// supports reports whether a candidate says what the top one says: it
// holds every word of the short answer, or, with no short answer, matches
// the question nearly as well.
func (e *Engine) supports(c *cand, want map[string]bool, top *cand) bool {
	if len(want) == 0 {
		return c.cov >= 0.8*top.cov
	}
	for t := range want {
		if !hasTerm(c.toks, t) && !hasTerm(c.prevToks, t) {
			return false
		}
	}
	return true
}
