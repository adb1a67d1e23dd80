// "When" answers: the date or time, widened over its day, range and verb.

package qa

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// spanWhen is extractSpan for "when" questions.
func (e *Engine) spanWhen(q *question, c *cand, anchors []span) span {
	s := e.withRange(c.p.Text, e.spanWhenAt(q, c, anchors))
	if !asksClock(q) {
		s = e.withDay(c.p.Text, s)
	}
	return s
}

// withDay widens a time of day of text to the day written with it, right
// before or after ("Thursday, 9:40 p.m.", "9:40 p.m. on Thursday"): a
// time alone does not say when.
func (e *Engine) withDay(text string, s span) span {
	if s.end <= s.start || !clockRE.MatchString(text[s.start:s.end]) {
		return s
	}
	for _, d := range e.find(dateRE, text) {
		if d.end <= s.start {
			if between := text[d.end:s.start]; (between == ", " || between == " at ") && !clockRE.MatchString(text[d.start:d.end]) {
				return span{d.start, s.end}
			}
		} else if d.start >= s.end {
			if between := text[s.end:d.start]; (between == " " && strings.HasPrefix(text[d.start:d.end], "on ") || between == " on " || between == ", ") && !clockRE.MatchString(text[d.start:d.end]) {
				return span{s.start, d.end}
			}
		}
	}
	return s
}

// withRange widens a time or date of text to the stretch it opens ("10
// p.m." of "from 10 p.m. to 6 a.m.", "Monday" of "from Monday until
// Friday"): the time or date after "to", "until" or a dash that closes it,
// and the "from" before it.
func (e *Engine) withRange(text string, s span) span {
	if s.end <= s.start {
		return s
	}
	rest := text[s.end:]
	for _, link := range []string{" to ", " until ", " till ", "–", " – ", "-"} {
		if !strings.HasPrefix(rest, link) {
			continue
		}
		at := s.end + len(link)
		for _, re := range []*regexp.Regexp{clockRE, dateRE} {
			for _, m := range e.find(re, text) {
				if m.start == at {
					s.end = m.end
					if before := strings.TrimRight(text[:s.start], " "); strings.HasSuffix(strings.ToLower(before), "from") {
						s.start = len(before) - len("from")
					}
					return s
				}
			}
		}
	}
	return s
}

// spanWhenAt is spanWhen before a time's range is taken whole.
func (e *Engine) spanWhenAt(q *question, c *cand, anchors []span) span {
	text := c.p.Text
	if asksClock(q) {
		// "what time …": the time of day, else the part of the day, that
		// ranked the passage (typeWhen)
		if s := e.timeOfDay(text, anchors); s.end > s.start {
			return s
		}
	}
	all := e.find(dateRE, text)
	dates := e.findKept(dateRE, text, func(d span) bool { return attributiveYear(text, d) })
	if s := nearest(e.askedDeedTimes(q, text, dates), anchors); s.end > s.start {
		return s
	}
	if s := nearest(e.eventTimes(text), anchors); s.end > s.start {
		return s // "only after a peace deal with Russia is secured"
	}
	if s := nearest(all, anchors); s.end > s.start {
		return s // "Russia's 2022 invasion", where the passage gives no other time
	}
	return e.timeOfDay(text, anchors) // "shortly before noon": the time of day, where no day is said
}

// attributiveYear reports whether the date at d of text is a bare year
// that qualifies the noun after it ("Russia's *2022* full-scale
// invasion", "the *2019* strike"): it dates that noun, not the deed of its
// clause, and answers "when" only where the passage gives no other time.
func attributiveYear(text string, d span) bool {
	if !yearRE.MatchString(text[d.start:d.end]) || strings.HasPrefix(text[d.start:d.end], "in ") || getFold(timePreps, wordBefore(text, d)) {
		return false // "in 2022", "Since 2019 prices …": the year dates the clause (not "above 2019 levels")
	}
	rest := text[d.end:]
	if !strings.HasPrefix(rest, " ") {
		return false // a mark after it: the year stands alone
	}
	next := firstWord(rest)
	if next == "" || !unicode.IsLower([]rune(next)[0]) {
		return false
	}
	return (!prepositions[next] && !lexicon.IsFunctionWord(next) && !lexicon.IsVerb(next)) || lexicon.IsAdjective(next) // (an adjective: "2022 full-scale invasion")
}

// timeOfDay is the time of day in text nearest the anchors, else the part
// of the day; empty when it gives neither.
func (e *Engine) timeOfDay(text string, anchors []span) span {
	for _, re := range []*regexp.Regexp{clockRE, partOfDayRE} {
		if s := nearest(e.find(re, text), anchors); s.end > s.start {
			return s
		}
	}
	return span{}
}

// withTimeVerb widens phrase s of text, shown around the time at bare that
// answers "when", to the left as far as the verb the time is said of: the
// last past form (or verb after a modal, an auxiliary or "to"; no word
// written as a name) before the time in its clause, with the auxiliaries
// before it ("*pulled* the 229-metre vessel
// free at 1:15 a.m.", "*would be made* within 10 days", not "the 229-metre
// vessel free at 1:15 a.m."). A time answers with the deed it dates; where
// the whole would run past a short answer's words, the phrase ends with the
// time. A participle or a relative clause set off by a comma is shown with
// the noun it qualifies (antecedent): "The Valdane Canal, which opened in
// 1911", "the dam's warning sirens, installed in 1978". s as it is when
// its start holds the verb already, or none stands before the time in its
// clause. A time that opens a timeline's entry, before a colon, is shown
// with the whole entry where it is short ("Thursday, 9:40 p.m.: Sentaro
// identifies the update as the cause").
func withTimeVerb(text string, bare, s span) span {
	if entry := strings.TrimRight(text, " ."); strings.TrimSpace(text[:bare.start]) == "" && strings.HasPrefix(text[bare.end:], ":") && wordCount(entry) <= maxShortWords {
		// a timeline's entry ("Thursday, 9:40 p.m.: Sentaro identifies
		// the update as the cause"): the time with what it dates
		return span{bare.start, len(entry)}
	}
	cl := clauseAround(text, bare, clauseMarks)
	if s.start <= cl.start {
		return s
	}
	words := wordStarts(text[cl.start:bare.start])
	verb := -1
	for i := len(words) - 1; i >= 0; i-- {
		at := cl.start + words[i]
		raw := strings.Trim(firstWord(text[at:]), ",;:.\"“”'’")
		if i > 0 && isCapital(raw) {
			continue // a name ("Mohammed Ahmed", "United"): no verb of the clause
		}
		w := strings.ToLower(raw)
		prev := ""
		if i > 0 {
			prev = strings.ToLower(firstWord(text[cl.start+words[i-1]:]))
		}
		if pastForm(w) || (auxiliaries[prev] || prev == "to") && lexicon.IsVerb(w) && !auxiliaries[w] {
			verb = i
			break
		}
	}
	if verb < 0 {
		return s
	}
	from := verb
	for from > 0 && verbGroup[strings.ToLower(firstWord(text[cl.start+words[from-1]:]))] {
		from-- // "would be made"
	}
	start := cl.start + words[from]
	if verb == 0 || from == 1 && relativeWord(text[cl.start+words[0]:]) {
		// a participle or a relative clause set off by commas: with the
		// noun it qualifies
		if a := antecedent(text, cl.start); a < cl.start {
			start = a // (none: the clause's own first word, not the space before it)
		}
	}
	if start >= s.start {
		return s
	}
	if wordCount(text[start:s.end]) <= maxShortWords {
		return span{start, s.end}
	}
	if wordCount(text[start:bare.end]) <= maxShortWords {
		return span{start, bare.end}
	}
	return s
}

// antecedent is where the noun phrase starts that a clause starting at at
// of text qualifies, set off by a comma ("*The Valdane Canal*, which
// opened in 1911", "Roy said that *the dam's warning sirens*, installed
// in 1978, …"): the words before the comma back to a mark, a verb's word
// (a past form, an auxiliary, a verb of saying) or "that", at most five,
// the first a name's or a determiner's ("the", "its"); at itself when
// there is none. The clause names no subject of its own: the noun before
// it is what it speaks of.
func antecedent(text string, at int) int {
	comma := strings.LastIndex(text[:at], ",")
	if comma < 0 || strings.TrimSpace(text[comma+1:at]) != "" {
		return at
	}
	from := afterLastMark(text[:comma], clauseMarks+".!?")
	if seg := text[from:comma]; strings.HasSuffix(strings.TrimRight(text[:from], " "), ",") && (strings.Contains(seg, " and ") || strings.Contains(seg, " or ") || namesOnly(strings.ReplaceAll(seg, " & ", " and "))) {
		return at // a list's last item or a name in apposition, set off by commas ("in York, Leeds and Hull, reopened", "The bakery, Crumb & Co, opened"): no noun the clause qualifies; after a fronted phrase ("In Leeds, the council, which met") there is one
	}
	starts := wordStarts(text[from:comma])
	first := 0
	for i := len(starts) - 1; i >= 0; i-- {
		w := strings.ToLower(strings.Trim(firstWord(text[from+starts[i]:]), "\"“”'’"))
		if pastForm(w) || verbGroup[w] || lexicon.IsSayingVerb(w) || w == "that" {
			first = i + 1
			break
		}
	}
	if first >= len(starts) || len(starts)-first > 5 {
		return at
	}
	head := firstWord(text[from+starts[first]:])
	if w := strings.ToLower(head); !articles[w] && !possessives[w] && (head == "" || !unicode.IsUpper([]rune(head)[0])) {
		return at
	}
	return from + starts[first]
}

// relativeWord reports whether s opens with a relative pronoun ("which",
// "who", "that").
func relativeWord(s string) bool {
	return relativePronouns[strings.ToLower(firstWord(s))]
}

// relativePronouns open a relative clause.
var relativePronouns = wordSet("which who that")

// verbGroup are the words that stand before a verb in its group: the
// auxiliaries, the forms of "be", and "not".
var verbGroup = wordSet(strings.Join(lexicon.Auxiliaries(), " ") + " be been being not")
