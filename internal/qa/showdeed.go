// Showing a "who" answer with its deed or the body it leads.

package qa

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// withDeed shows a who-answer, a name (with its title) that opens a
// clause, with what the clause says the person did, up to a short
// answer's length: "Foreign Minister Ignacio Rebolledo opened an
// international donors’ conference" for "who kicked off the donors
// conference", so the answer says why it answers. In the question's own
// verb too ("who opened the conference"): the deed is then the passage's
// sentence answering it, with what the passage says beyond the question
// ("… on Thursday"), and a reader checks the name against it; where the
// passage says nothing beyond, the deed only echoes the question ("Macron
// hosted the talks" for "who hosted the talks"), which still shows the
// name in the clause that answers.
func (e *Engine) withDeed(ans *Answer, text string) {
	at := onlyUse(text, ans.Short)
	if at < 0 {
		return
	}
	if !subjectAt(text[:at]) {
		e.withDeedBefore(ans, text, at)
		return // "to help *Chile* recover", "the *Corvina Star* is moved": not the clause's subject
	}
	end := at + len(ans.Short)
	rest := text[end:]
	lead := ""
	if r, ok := strings.CutPrefix(rest, ", who "); ok {
		lead, rest = ", who ", r // "Commander Rodrigo Fuenzalida, who heads …"
	} else if r, ok := strings.CutPrefix(rest, " "); ok {
		lead, rest = " ", r
	} else {
		return
	}
	first, _ := nextWord(rest)
	if lexicon.IsSayingVerb(first) || lead == " " && !(lexicon.IsVerb(first) || pastVerb(first) || auxiliaries[first]) {
		// the name does not open the clause's deed ("Witkoff and …",
		// "Macron's …"), or only says something ("Meloni stressed that
		// …"): a deed asked about is no saying
		return
	}
	k := deedClauseEnd(rest)
	words := strings.Fields(rest[:k])
	room := maxShortWords - wordCount(ans.Short) - wordCount(lead)
	if room < 1 || len(words) == 0 {
		return
	}
	if len(words) > room {
		words = words[:room]
		// a relative clause the cut would open and not finish is left
		// out whole ("signed a declaration of intent", not "… of intent
		// that foresees"): one after the verb's object, which a
		// determiner opens; right after the verb, "that" opens what is
		// decided or said ("decided that the skippers …"), no relative
		if j := slices.IndexFunc(words[1:], func(w string) bool { return relativeWordSet[strings.ToLower(w)] }); j >= 0 &&
			slices.ContainsFunc(words[1:j+1], func(w string) bool { return nounOpeners[strings.ToLower(w)] }) {
			words = words[:j+1]
		}
	}
	deed := ans.Short + lead + strings.Join(words, " ")
	deed = trimCutDangling(text, deed)
	if !strings.Contains(text, deed) || deed == ans.Short {
		return
	}
	showDeed(ans, deed)
}

// deedClauseEnd is where the clause that opens rest ends: at its first mark
// (comma, semicolon, colon, bracket, dash, quotation mark) or the end of
// its sentence (sentenceEnds: not the stop of "St. Ives" or "Acme Co."),
// else at the end of rest less a closing stop and quotation marks, where
// that stop is no abbreviation's ("Washington D.C." keeps it).
func deedClauseEnd(rest string) int {
	k := strings.IndexAny(rest, ",;:()—“\"")
	stop := k
	if stop < 0 {
		stop = len(rest)
	}
	if i := sentenceEndIn(rest, 0, stop); i >= 0 {
		return i
	}
	if k >= 0 {
		return k
	}
	t := strings.TrimRight(rest, " ”\"’")
	if u := strings.TrimSuffix(t, "."); u != t && !ownsPeriod(lastWord(u)) {
		t = strings.TrimRight(u, " ”\"’")
	}
	return len(t)
}

// showDeed makes deed, the name with what it did, the short answer,
// marked in the top passage; the name alone stays the bare answer, for
// claims.
func showDeed(ans *Answer, deed string) {
	if ans.bare == "" {
		ans.bare = ans.Short
	}
	ans.Short = deed
	if len(ans.Passages) > 0 {
		ans.Passages[0].Marks = markOf(ans.Passages[0].Text, deed)
	}
}

// asksDeed reports whether a who-question asks who did something ("who
// kicked off the donors conference"), not who someone is ("whos the
// german chancellor", "who runs the council") nor who said something: a
// verb of its own, not a form of "be" or "have".
func asksDeed(q *question) bool {
	if q.kind != KindWho || q.defines || q.role || q.leads || q.asksJob || q.nameOf != "" || asksWhoSaid(q) {
		return false
	}
	for kt := range q.terms {
		t := &q.terms[kt]
		w := strings.ToLower(t.word)
		if !t.entity && !auxiliaries[w] && (lexicon.IsVerb(w) || pastVerb(w)) {
			return true
		}
	}
	return false
}

// subjectAt reports whether what follows before (the text before it)
// opens a clause: the sentence's start, or a mark or a conjunction
// before it ("In Santiago, …", "… and Britain …").
func subjectAt(before string) bool {
	b := strings.TrimRight(before, " ")
	if r, _ := utf8.DecodeLastRuneInString(b); b == "" || strings.ContainsRune(",;:—“\"(", r) {
		return true
	}
	w := strings.ToLower(lastWord(b))
	return subordinators[w] || conjunctions[w]
}

// placedRole is where the apposition after a name, from end to to in
// text, ends without the prepositional phrase that places its role ("for
// Latin America …", "at the University of …"), when it has one after
// two words or more; to when it has none.
func placedRole(text string, end, to int) int {
	words := wordSpans(text[end:to])
	for i := 2; i < len(words); i++ {
		w := strings.ToLower(text[end+words[i][0] : end+words[i][1]])
		if prepositions[w] && w != "of" {
			return end + words[i-1][1]
		}
	}
	return to
}

// withDeedBefore shows a who-answer that is the object of its clause's
// verb with that verb, from it to the name ("met privately with Macron"
// for "who did zelensky sit down with"), where the verb, the question's
// own or another, stands within a few words before the name and no mark
// stands between.
func (e *Engine) withDeedBefore(ans *Answer, text string, at int) {
	before := text[:at]
	words := wordSpans(before)
	for k := len(words) - 1; k >= 0 && k >= len(words)-objectReach; k-- {
		if strings.ContainsAny(before[words[k][1]:], ",;:—()“”\"") {
			return
		}
		w := strings.ToLower(before[words[k][0]:words[k][1]])
		if !pastVerb(w) || auxiliaries[w] || lexicon.IsSayingVerb(w) {
			continue // (a verb in the past: "met", "led by"; not a noun a verb's form may spell, "talks with")
		}
		deed := text[words[k][0]:e.conjunctEnd(text, at+len(ans.Short))]
		if wordCount(deed) > maxShortWords {
			deed = text[words[k][0] : at+len(ans.Short)]
		}
		if wordCount(deed) > maxShortWords {
			return
		}
		showDeed(ans, deed)
		return
	}
}

// conjunctEnd is where a name ending at byte end of text ends together
// with the one "and" joins to it, where that conjunct is a noun phrase
// ending on a name and its clause ends there: "led by Trump adviser Steve
// Witkoff *and the president’s son-in-law Jared Kushner*." Both are the
// verb's; the first alone says half of who did it. end itself where no
// such conjunct follows ("met Macron and signed …": a second clause).
func (e *Engine) conjunctEnd(text string, end int) int {
	rest, ok := strings.CutPrefix(text[end:], " and ")
	if !ok {
		return end
	}
	conj := strings.TrimRight(rest[:deedClauseEnd(rest)], " ") // "… Lars Holm (a veteran)": the space before the mark
	names := e.names(conj)
	if len(names) == 0 || names[len(names)-1].end != len(conj) {
		return end
	}
	for w := range strings.FieldsSeq(conj[:names[len(names)-1].start]) {
		if lw := strings.ToLower(w); w == lw && (auxiliaries[lw] || phraseVerb(lw)) {
			return end // "and then met Jared Kushner": a deed of its own
		}
	}
	return end + len(" and ") + len(conj)
}

// objectReach is how many words before a name its verb may stand.
const objectReach = 4

// withLeading shows the answer to "who runs X" (asksLeader) with the words
// by which the passage makes its person the leader, where they stand right
// next to it: a passive's "led by" before it ([lead-before]: "the inquiry
// would be *led by* Frances Oduya") or a relative clause after it
// ([lead-after]: "Commander Rodrigo Fuenzalida*, who heads* the team", up
// to the clause's end), so that the answer says why it answers. An
// apposition in the answer gives up its place phrase ("a former chief
// engineer *at the national roads agency*", placedRole) to keep it short;
// the answer stays as it is where the whole still would not fit. It reads
// the passage the answer is given from (its first, which showDeed marks),
// not the top candidate's sentence: that passage may join the sentence
// before or after it, or be cut (Engine.hit), or be another's (a list's).
func withLeading(ans *Answer) {
	text, at := shownAt(ans)
	if at < 0 {
		return
	}
	start, end := at, at+len(ans.Short)
	lower := lowerASCII(text)
	before := strings.TrimSuffix(lower[:at], " ")
	grown := false
	for _, cue := range leadBefore {
		if strings.HasSuffix(before, " "+cue) {
			if leadDenied(text, len(before)-len(cue), end) {
				return
			}
			start, grown = len(before)-len(cue), true
			break
		}
	}
	if !grown {
		name := ans.Short
		if k := strings.Index(name, ", "); k >= 0 {
			name = name[:k] // the name, before its apposition
		}
		nameEnd := at + len(name)
		rest, ok := strings.CutPrefix(lower[nameEnd:], ", ")
		if !ok {
			return
		}
		for _, cue := range leadAfter {
			if strings.HasPrefix(rest, cue+" ") {
				k := deedClauseEnd(text[nameEnd+len(", "):]) // text, not lower: sentenceEnds reads capitals
				start, end, grown = at, nameEnd+len(", ")+k, true
				break
			}
		}
	}
	if !grown {
		return
	}
	shown := text[start:end]
	if wordsOver(shown, maxShortWords) {
		// the apposition without its place phrase
		if k := strings.Index(text[at:end], ", "); k >= 0 && start < at {
			if cut := placedRole(text, at+k, end); cut < end {
				shown = text[start:cut]
			}
		}
	}
	if wordsOver(shown, maxShortWords) {
		return
	}
	showDeed(ans, shown)
}

// leadDenied reports whether the passive cue at byte cue of text, before
// the name that ends at byte end, does not make the name the leader: its
// clause is negated ("would *not* be led by"), or the name only owns the
// leader ("led by Tom Hale*'s* deputy") or shares the lead ("run by Tom
// Hale *and* Ann Ray's office").
func leadDenied(text string, cue, end int) bool {
	from := max(afterLastMark(text[:cue], ",;:—()"), sentenceOpening(text, 0, cue))
	if negRE.MatchString(text[from:cue]) {
		return true
	}
	after := text[end:]
	return strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") || strings.HasPrefix(after, " and ")
}

// withIncluding shows an answer to "who" (one name or several, no list
// of items), "what" or "which" that the passage lists after "including"
// with that word: "*including* Witkoff and Jared Kushner", "*including*
// tankers, vans and two buses" say they are some of
// those asked about, not all; without the word the answer would read as
// all there are. Where the whole stays a short answer. (One rule for
// every kind: withQuestionWords, after it, widens what it shows.) It reads
// the passage the answer is given from, as withLeading does.
func withIncluding(ans *Answer) {
	text, at := shownAt(ans)
	if at < 0 {
		return
	}
	from := includingBefore(text, at)
	if from < 0 {
		return
	}
	shown := text[from : at+len(ans.Short)]
	if wordsOver(shown, maxShortWords) {
		return
	}
	showDeed(ans, shown)
}

// includingBefore is where the word "including" (in any case) that stands
// right before byte at of text begins, as a whole word (no letter or
// figure before it); -1 where it does not. It reads the bytes of text as they are, so
// that a letter whose lower case is shorter ("İ") cannot shift the cut.
func includingBefore(text string, at int) int {
	const w = "including "
	from := at - len(w)
	if from < 0 || !strings.EqualFold(text[from:at], w) {
		return -1
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:from]); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return -1
	}
	return from
}
