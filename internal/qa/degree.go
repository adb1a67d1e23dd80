// Questions of degree ("how bad"): the figure's clause as the short answer; where sentences end.

package qa

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// degreeShort is the short answer to a question of degree ("how bad did
// trade get", "how bad is the drive": asksDegree) from the top passage c:
// the clause that holds a figure measuring something (measureFigure),
// English's surest answer to how much of a quality there was. Of several
// such clauses the one holding most of the question's own words. A clause
// too long for a short answer is cut at its constituents, never inside a
// figure: before a clause that a subordinator opens after the figure
// ("… fallen by a fifth | when the street was dug up …"), after a verb of
// saying before it ("The mayor said | some streets … had lost nine out of
// every ten homes"), and then from the verb whose object or complement
// the figure is ("*took up to 80 minutes*"). False where the passage
// holds no such figure: the short answer found otherwise stands.
func (e *Engine) degreeShort(q *question, c *cand) (string, bool) {
	if q.kind != KindHow || !asksDegree(q) || c.p.Kind != corpus.KindBody || timeDegreeWords[q.words[1]] {
		// ("how deep", "how much", "how old" ask for a number, the
		// figure alone: KindHowMany's; "how soon" a time, not a
		// measure: [time-degree-words])
		return "", false
	}
	text := c.p.Text
	var fig, cl span
	hits := -1
	for _, m := range e.find(numberRE, text) { // (remembered per passage)
		f := wholeToken(text, withCurrency(text, m))
		if !measureFigure(text, f) {
			continue
		}
		around := inSentence(text, clauseAround(text, f, clauseMarks), f)
		if describesName(text, around) {
			continue // "Ashcombe, *a town of about 6,400 people*,": what the name is, no degree
		}
		n := 0
		for _, tok := range c.toks {
			if tok.Start >= around.start && tok.End <= around.end && q.hardHit(tok.Term) {
				n++
			}
		}
		if n > hits || n == hits && around == cl && strings.HasPrefix(text[fig.end:], "-") {
			// the first figure of a clause ("had lost *nine* out of
			// every ten homes"), but not one joined to its noun by a
			// hyphen where another follows: that one qualifies a noun
			// ("a 15-minute drive … took up to *80 minutes*")
			fig, cl, hits = f, around, n
		}
	}
	if hits < 0 {
		return "", false
	}
	s := span{cl.start, cl.start + len(trimEnd(text[cl.start:cl.end]))}
	if s.start > fig.start || s.end < fig.end {
		return "", false // (a clause's marks inside the figure: none to cut around)
	}
	if wordCount(text[s.start:s.end]) > maxShortWords {
		if i := subordinateAfter(text[fig.end:s.end]); i >= 0 {
			s.end = fig.end + i
		}
	}
	if at := saidFrom(text, s.start, fig.start); at > s.start {
		s.start = at // what was said, not who said it
	}
	if wordCount(text[s.start:s.end]) > maxShortWords {
		from := deedBefore(text, fig.start, 3, func(w string) bool {
			lw := strings.ToLower(w)
			return auxiliaries[lw] || pastForm(lw) || irregularVerbForm(lw)
		})
		if from <= s.start || from == fig.start {
			// no verb: the figure's phrase, with the determiner or
			// preposition that opens it ("*every* 20 minutes")
			from = fig.start
			if w := lastWord(text[:from]); lexicon.IsFunctionWord(strings.ToLower(w)) && !auxiliaries[strings.ToLower(w)] && strings.HasSuffix(strings.TrimRight(text[:from], " "), w) {
				from = len(strings.TrimRight(text[:from], " ")) - len(w)
			}
		}
		s.start = max(s.start, from)
	}
	s.start = pastSpaces(text, s.start, s.end)
	short, ok := shortOf(text, s)
	if !ok || !strings.Contains(short, text[fig.start:fig.end]) {
		return "", false // the figure cut off: no measure left
	}
	return short, true
}

// measureFigure reports whether the figure numberRE finds at f in text
// measures something: not a year, a day of a date nor a clock time
// (dateOrClock), nor "one" alone ("one of the strongest"), nor a count
// after "the" or a possessive, which names again things already counted
// ("the three towns"), save a measure joined to its noun by a hyphen
// ("the 72-member team").
func measureFigure(text string, f span) bool {
	fields := strings.Fields(text[f.start:f.end])
	last := strings.ToLower(fields[len(fields)-1])
	if yearRE.MatchString(last) || last == "one" || dateOrClock(text, f.start, f.end) || clockOrDay(text, last, f) {
		return false
	}
	if len(fields) == 1 && !strings.HasPrefix(text[f.end:], "-") {
		if d := wordBefore(text, f); articles[d] && d != "a" && d != "an" || possessives[d] {
			return false
		}
	}
	return true
}

// clockOrDay reports whether the figure at f of text, its last token
// tok (lower case), is a time of day or a day that dateOrClock, reading
// only the word after a figure, misses: a clock with its letters glued
// to it ("9.30am", "10pm"; not "1.5hrs", a duration), a 24-hour clock
// after a preposition of time and before no unit ("since 14.30 on
// Monday", not "by 2.50 percent" nor "at 10.50 a share"), the first day
// of a range of days ("from *12* to 15 March", "between *3* and 4
// April", "from 12 to 15 May": dayAndMonth's day and month, not "30
// march") or the second year of a span ("2025-*26*").
func clockOrDay(text, tok string, f span) bool {
	if clockFigureRE.MatchString(tok) {
		return true
	}
	before := wordBefore(text, f)
	if bareClockRE.MatchString(tok) && timePrepositions[before] {
		if next, _ := nextWord(text[f.end:]); next == "" || lexicon.IsFunctionWord(next) && !rateWords[strings.ToLower(next)] {
			return true
		}
	}
	if m := dayRangeNextRE.FindStringSubmatch(text[f.end:]); m != nil {
		after, _ := typedWord(text[f.end+len(m[0]):])
		if dayAndMonth(tok, m[1], strings.Trim(after, ".,;:")) {
			return true
		}
	}
	return yearSpanRE.MatchString(text[:f.start])
}

var (
	// clockFigureRE is a figure that is a time of day by the letters
	// glued to it or the word right after it: "3 p.m.", "9.30am", "10 PM".
	clockFigureRE  = regexp.MustCompile(`(?i)^\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\b`)
	bareClockRE    = regexp.MustCompile(`^(?:[01]?\d|2[0-3])[.:][0-5]\d$`)
	dayRangeNextRE = regexp.MustCompile(`^(?:\s+(?:to|and|until|till)\s+|\s*[-–]\s*)\d{1,2}(?:st|nd|rd|th)?\s+(\pL+\.?)`)
	yearSpanRE     = regexp.MustCompile(`\b(?:19|20)\d\d[-–/]$`)
	// timePrepositions put a clock time after them ("at 14.30")
	timePrepositions = wordSet("at until till since before after")
	// rateWords after a figure make it a rate ("at 10.50 *a* share",
	// "12.50 *per* tonne"), no clock time
	rateWords = wordSet("a an per")
)

// describesName reports whether clause cl of text is an apposition or a
// relative clause set after a name (appositionAfter: "Ashcombe*, a town of
// about 6,400 people,*", "Kemp*, who has run a bakery at number 42,*"):
// what the name is, not what happened to it.
func describesName(text string, cl span) bool {
	if cl.start < 1 || text[cl.start-1] != ',' || appositionAfter(text[cl.start-1:]) == 0 {
		return false
	}
	return isCapital(lastWord(text[:cl.start-1]))
}

// subordinateAfter is the byte offset in s of the first word that opens a
// subordinate clause ("when", "because", "which": closed classes of
// English), -1 for none: what such a clause says happens around the
// measure, not the measure.
func subordinateAfter(s string) int {
	lower := lowerASCII(s)
	best := -1
	for w := range measureClauseOpeners {
		if i := strings.Index(lower, " "+w+" "); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best > 0 {
		// the joint before a second clause goes with it: "five years |
		// and that …"
		if t := strings.TrimRight(lower[:best], " ,"); strings.HasSuffix(t, " and") || strings.HasSuffix(t, " or") {
			best = strings.LastIndex(t, " ")
		}
	}
	return best
}

// timeDegreeWords ask a point in time after "how" (kinds.txt).
var timeDegreeWords = cueSet("time-degree-words")

// measureClauseOpeners open a subordinate, relative or reported clause
// (closed classes of English): subordinators but phraseOpeners, and the
// relative words.
var measureClauseOpeners = func() map[string]bool {
	m := union(relativeWordSet) // ("that", of reported speech too, is among them)
	for w := range subordinators {
		if !phraseOpeners[w] {
			m[w] = true
		}
	}
	return m
}()

// phraseOpeners are the subordinators that as often open a phrase
// ("before nightfall", "as a result", "if needed").
var phraseOpeners = wordSet("as if after before since")

// saidFrom is where the words said begin in text, after the last verb
// of saying between from and to, and after a "that" right after it
// ("The mayor said | some streets …"); from where there is none.
func saidFrom(text string, from, to int) int {
	at := from
	for w, clause := range saidClauses(text[from:to]) {
		if pastForm(w) || strings.HasSuffix(w, "s") {
			at = from + clause
		}
	}
	return at
}

// inSentence is the part of clause cl of text in the sentence of the
// figure at f: clauseAround stops at marks within a sentence, not at its
// full stops ("… for 90 days. | Speaking …"; sentenceEnds).
func inSentence(text string, cl, f span) span {
	cl.start = sentenceOpening(text, cl.start, min(f.start, cl.end-1)+1)
	if i := sentenceEndIn(text, max(f.start, cl.start), cl.end-1); i >= 0 {
		cl.end = i + 1
	}
	return cl
}

// sentenceNext is where the text after the mark at byte i of text goes
// on: past closing quotation marks and one space or line break
// ("stayed.” | Then"); -1 where no space follows.
func sentenceNext(text string, i int) int {
	j := i + 1
	for j < len(text) {
		if strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’") {
			j += 3
			continue
		}
		if text[j] == '"' || text[j] == '\'' {
			j++
			continue
		}
		break
	}
	if j+1 > len(text) || text[j] != ' ' && text[j] != '\n' {
		return -1
	}
	return j + 1
}

// sentenceEnds reports whether the mark at byte i of text ends a
// sentence: a full stop, "?" or "!" with a space (past closing quotation
// marks: "stayed.” Then") and a capital or a quotation mark after it,
// where the word a full stop ends is no abbreviation, dotted ("3 p.m. on Friday", "Washington D.C. resumed")
// or of lexicon's list ("St. Ives", "Mr. Kemp"), nor a single letter
// ("Alexus G. Grynkewich"). A point inside a figure ("2.5") has no
// space after it.
func sentenceEnds(text string, i int) bool {
	j := sentenceNext(text, i)
	if j < 0 || !stopEnds(text, i, text[j:]) {
		return false
	}
	rest := text[j:]
	return isCapital(rest) || opensQuote(rest)
}

// stopEnds reports whether the mark at byte i of text can end a
// sentence: "?", "!", or a full stop that no abbreviation owns
// (abbreviated, given next, the text after it): sentenceEnds and
// sentenceStart read stops alike.
func stopEnds(text string, i int, next string) bool {
	switch text[i] {
	case '?', '!':
		return true
	case '.':
		return !abbreviated(lastWord(text[:i]), next)
	}
	return false
}

// abbreviated reports whether the word w, before a full stop and the
// text next after it, is one whose stop belongs to it: dotted ("p.m",
// "D.C"), of lexicon's list ("St", "Mr"; "No" before a figure only,
// lexicon.IsAbbreviationBefore) or a single capital letter, an initial
// ("G"), as the corpus's sentence splitter reads one; a lone figure or
// lower-case letter ("rose to 7. Rescuers") ends its sentence. An opening
// bracket, quotation mark or closed dash before w, the last in it, is no
// part of it ("(Gen. Ruiz)", "“Mr. Smith”", "commander—Gen. Ruiz",
// "D'A. Smith": A), as the splitter reads it (lexicon.WordOpeners).
func abbreviated(w, next string) bool {
	w = lexicon.PastOpeners(w)
	return abbreviationRE.MatchString(w) || lexicon.IsAbbreviationBefore(w, next) || initialLetter(w)
}

// initialLetter reports whether w is one capital letter, an initial.
func initialLetter(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size > 0 && size == len(w) && unicode.IsUpper(r)
}

// sentenceOpening is where the sentence that holds byte end of text
// begins, at or after from and not past end (sentenceEnds).
func sentenceOpening(text string, from, end int) int {
	for i := end - 2; i >= from; i-- {
		if j := sentenceNext(text, i); j >= 0 && j <= end && sentenceEnds(text, i) {
			return j
		}
	}
	return from
}

// sentenceEndIn is the byte of the first mark in text[from:to] that ends
// a sentence (sentenceEnds), or -1 where none does.
func sentenceEndIn(text string, from, to int) int {
	for i := from; i < to; i++ {
		if sentenceEnds(text, i) {
			return i
		}
	}
	return -1
}

// withCurrency widens figure f of text over the sign of a currency right
// before it ("*€*150", "*US$*2 million"), which numberRE leaves out.
func withCurrency(text string, f span) span {
	r, size := utf8.DecodeLastRuneInString(text[:f.start])
	if !unicode.Is(unicode.Sc, r) {
		return f
	}
	f.start -= size
	for f.start > 0 && text[f.start-1] >= 'A' && text[f.start-1] <= 'Z' {
		f.start-- // "US$"
	}
	return f
}

// wholeToken widens figure f of text to the end of the token it stands
// in, so that no answer cuts inside it: letters and digits glued to it
// ("€1.5*m*", "5*km*"), and a point or a comma with a digit after it.
func wholeToken(text string, f span) span {
	for f.end < len(text) {
		r, size := utf8.DecodeRuneInString(text[f.end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' {
			f.end += size
			continue
		}
		if (r == '.' || r == ',') && f.end+1 < len(text) && text[f.end+1] >= '0' && text[f.end+1] <= '9' {
			f.end++
			continue
		}
		break
	}
	return f
}
