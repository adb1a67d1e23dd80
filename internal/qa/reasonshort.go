// The short answer to "why" or "how": the reason clause cut to size.

package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// withReasonNext joins to the top passage of a why or how question the
// sentence next to it in its paragraph when that one gives the reason (or
// means) the top one lacks, or when the top one is too short to say more
// than a stance ("Aid groups were less convinced."): the answer spans
// both. It reports the candidate to extract from and whether it joined.
func (e *Engine) withReasonNext(q *question, c *cand, h *Hit) (*cand, bool) {
	joinedNext := len(h.Passages) == 2 && h.Passages[0].Seq == c.p.Seq // the passage goes on into the next sentence already (hit)
	r, ok := e.reasonOf(q, c)
	if ok && r.strong || len(h.Passages) != 1 && !joinedNext {
		return c, false
	}
	// a weak cue right after the question's words ("failed *when a
	// towline snapped*") gives their reason
	end := questionEnd(q, c)
	weak := ok && r.start >= end && wordCount(c.p.Text[end:r.start]) == 0
	short := stanceAlone(c.p.Text)
	for _, seq := range []int{c.p.Seq + 1, c.p.Seq - 1} {
		if seq < 0 || seq >= len(c.a.Passages) {
			continue
		}
		n := c.a.Passages[seq]
		// the same paragraph; or, after a short paragraph of its own
		// ("Germany signalled a more cautious stance."), the next one,
		// which says what it means
		alone := short && seq == c.p.Seq+1 && (c.p.Seq == 0 || c.a.Passages[c.p.Seq-1].Block != c.p.Block)
		if n.Block != c.p.Block && !alone || n.Kind != c.p.Kind {
			continue
		}
		nr, ok := reasonIn(n.Text, q.kind, 0)
		if weak && !(ok && nr.strong) {
			// the top passage gives a reason by a weak cue, where the
			// question's words are ("failed *when a towline snapped*"):
			// only a strong one next to it says more ("after dredgers had
			// removed …" is of the attempt that worked)
			continue
		}
		// a next sentence that goes on about the same subject ("She was
		// dehydrated …") says how it went, as a short stance's next one
		// says why, and a quotation's next sentence in the paragraph says
		// more of what the speaker means ("… we are treating it as
		// serious," Hartmann said. "There are nesting birds …"). Not
		// goesOn: a sentence that only takes up a noun of the top one
		// is not joined as its reason or means, and one that opens a
		// quotation is (the speaker going on)
		goesOn := seq == c.p.Seq+1 && (short || (opensWithAnaphor(n.Text) || opensQuote(n.Text)) && n.Block == c.p.Block)
		if !ok && !goesOn {
			continue
		}
		first, last := inOrder(c.p, n)
		if !showPair(h, c.a, first, last) {
			continue
		}
		nc := &cand{a: c.a, p: n, toks: e.analyze(n.Text)}
		return nc, true
	}
	return c, false
}

// reasonShort is the short answer to a why or how question: the reason
// (or means) clause of the top passage, at most maxShortWords words;
// predicate when it is instead what the one asked about did (a "how"
// question no means answers).
func (e *Engine) reasonShort(q *question, c *cand) (short string, predicate, ok bool) {
	r := reasonSpan{}
	if a, found := e.passiveAgent(q, c); found {
		r, ok = reasonSpan{a, true}, true
	} else {
		r, ok = e.reasonOf(q, c)
	}
	if q.kind == KindHow && !ok {
		// no means said: the plan stated, for "how will they …" (the
		// UK and France "*will establish military hubs across Ukraine*")
		if p, found := e.planShort(q, c); found {
			r, ok, predicate = reasonSpan{p, false}, true, true
		}
	}
	if q.kind == KindHow && !ok {
		// no means said: what the one asked about did ("how did Zelensky
		// react": "expressed satisfaction over the outcome")
		if p, found := e.subjectPredicate(q, c); found {
			r, ok, predicate = reasonSpan{e.pastEcho(q, c, p), false}, true, true
		}
	}
	if q.kind == KindWhy && !ok {
		// no reason said: of two deeds "and" joins, the one the question
		// does not already say
		if f, _, found := e.freshPredicate(q, c); found {
			r, ok, predicate = reasonSpan{f, false}, true, true
		} else if d, found := e.askedDeed(q, c); found {
			r, ok, predicate = reasonSpan{d, false}, true, true
		} else if w, found := e.speakersReason(q, c); found {
			r, ok, predicate = reasonSpan{w, false}, true, true
		}
	}
	if !ok {
		return "", false, false
	}
	if q.kind == KindHow && !predicate {
		r.start = throughPlaceVerb(c.p.Text, r.start)
		r.start = withVerb(c.p.Text, r.start)
	}
	s, ok := shortOf(c.p.Text, pastQuestionWords(q, c, r.span))
	return s, predicate, ok
}

// pastQuestionWords cuts from the front of a clause too long for a short
// answer the words up to the last of the question's own that leaves a
// few after it: what the question already says is least of the answer,
// and what follows it is what the clause adds ("because many homeowners
// on the *river* | had been unable to buy it at an affordable price" for
// "why do so few people on the river have flood cover"). A clause that
// fits a short answer is left whole.
func pastQuestionWords(q *question, c *cand, s span) span {
	text := c.p.Text
	if wordCount(text[s.start:s.end]) <= maxShortWords {
		return s
	}
	r := pastQuestionWordsIn(q, c, s)
	if q.kind == KindWhy && wordCount(text[r.start:r.end]) > maxShortWords {
		if p, ok := reasonPredicate(text, r); ok {
			return p
		}
		if p, ok := reasonPredicate(text, s); ok {
			return p // (the cut made the clause no clause with a subject: "that patients …")
		}
	}
	return r
}

// reasonPredicate is, for a reason clause too long for a short answer
// that has a subject of its own ("after *the reservoir behind it* rose to
// within 60 centimetres of the top of the dam"; "so *it* could act as …"),
// its predicate: from the clause's finite verb (an auxiliary or a past
// form) to its end, where that fits a short answer. English puts what a
// clause adds at its end (end focus): the cue only says a reason follows,
// and the subject is most often what the passage has already named, so
// the first dozen words would keep those and lose the end, which says
// what happened to it. The subject opens on a pronoun, a determiner, a
// name or a bare noun ("so that *patients* are not left waiting"), and
// holds no comma; a verb never follows an article or a
// possessive ("a hundred", "its wounded": no verb).
func reasonPredicate(text string, s span) (span, bool) {
	clause, _ := pastReasonCue(text[s.start:s.end])
	lower := lowerASCII(clause)
	words := strings.Fields(lower)
	if len(words) < 2 {
		return span{}, false
	}
	first := strings.Trim(words[0], "“”\"‘’'")
	if !subjectOpeners[first] && !clauseSubjects[first] && !quantityWords[first] && !isCapital(strings.TrimLeft(clause, "“\"‘'")) && (lexicon.IsFunctionWord(first) || !nounForm(first)) {
		return span{}, false
	}
	at := 0 // byte offset of word k in clause
	for k, w := range words {
		j := strings.Index(lower[at:], w)
		at += j
		if k > 0 {
			prev := words[k-1]
			if strings.ContainsAny(prev, ",;:()—–") {
				return span{}, false // the subject ends at no mark: a clause before it
			}
			if (auxiliaries[w] || pastForm(w)) && !articles[prev] && !possessives[prev] {
				if embedsClause(words[:k]) {
					// the verb is a relative clause's in the subject ("the
					// company that built the dam", "the candidate he had
					// beaten"), not the clause's own
					return span{}, false
				}
				rest := clause[at:]
				if n := wordCount(rest); n <= maxShortWords && n >= minCutWords {
					return span{s.end - len(rest), s.end}, true
				}
				return span{}, false
			}
		}
		at += len(w)
	}
	return span{}, false
}

// embedsClause reports whether a word of the subject words (past its
// first) opens a clause inside it: a relative word ("that", "which",
// "who") or a subject pronoun, not after a preposition ("behind it"),
// whose clause's verb the subject's noun is the object of ("the rival
// candidate *he* had beaten").
func embedsClause(words []string) bool {
	for j := 1; j < len(words); j++ {
		w := strings.Trim(words[j], "“”\"‘’'")
		if relativeWordSet[w] || clausePronouns[w] && !prepositions[words[j-1]] {
			return true
		}
	}
	return false
}

// clausePronouns are English's clause pronouns (lexicon.ClausePronouns).
var clausePronouns = pronounSet(lexicon.ClausePronouns)

// pastQuestionWordsIn is pastQuestionWords for a clause too long for a
// short answer, before reasonPredicate.
func pastQuestionWordsIn(q *question, c *cand, s span) span {
	text := c.p.Text
	if q.kind == KindWhy {
		if rest, ok := pastReasonCue(text[s.start:s.end]); ok && wordCount(rest) <= maxShortWords && wordCount(rest) >= minCutWords {
			return span{s.end - len(rest), s.end}
		}
	}
	cut := -1
	for _, tok := range c.toks {
		if tok.Start < s.start || tok.End > s.end || !q.hardHit(tok.Term) {
			continue // (a word only near one of the question's in meaning is none of them)
		}
		rest := strings.TrimLeft(text[tok.End:s.end], " ,;:”’\"")
		if first, _ := nextWord(rest); wordCount(rest) < minCutWords || prepositions[first] || first == "of" || first == "and" || first == "or" {
			continue // what follows opens on a phrase or an item of the question's word's, no clause of its own
		}
		cut = s.end - len(rest)
	}
	if cut < 0 {
		// none of the question's words in it: without its article where
		// that makes it fit ("*key to ensuring that* … a surrender"),
		// else the clause that "that" opens within it is what it says
		// ("the key to ensuring *that a peace agreement can never mean a
		// Ukrainian surrender* and …")
		if first, rest := nextWord(text[s.start:s.end]); articles[first] && wordCount(rest) <= maxShortWords {
			return span{pastSpaces(text, s.end-len(rest), s.end), s.end}
		}
		for _, m := range thatRE.FindAllStringIndex(text[s.start:s.end], -1) {
			if rest := text[s.start+m[1] : s.end]; wordCount(rest) >= minCutWords {
				return span{s.start + m[0] + 1, s.end}
			}
		}
		return s
	}
	return span{cut, s.end}
}

// thatRE is "that" opening a clause, with the space before it.
var thatRE = regexp.MustCompile(` that\b`)

// shortOf is span s of text as a short answer: its first maxShortWords
// words, without a mark left dangling at their end or a quotation mark
// left open; false where that is no text of the passage as it stands
// (white space other than one space between words) or is empty.
func shortOf(text string, s span) (string, bool) {
	words := strings.Fields(text[s.start:s.end])
	if len(words) > maxShortWords {
		words = words[:maxShortWords]
	}
	short := strings.TrimRight(strings.Join(words, " "), " ,;:")
	if unbalanced(short) {
		short = strings.Trim(short, "“”\" ")
	}
	if short == "" || !strings.Contains(text, short) || unbalanced(short) {
		return "", false
	}
	return short, true
}

// subjectPredicate is what the passage says the question's subject (its
// first name, with the names coordinated with it: "France and the United
// Kingdom") did: the words after the subject's name up to the end of their
// clause, from an adverb or a verb ("separately committed to sending troops
// to Ukraine", "expressed satisfaction over the outcome"), or an empty span.
func (e *Engine) subjectPredicate(q *question, c *cand) (span, bool) {
	subject := -1
	for i, t := range q.terms {
		if t.entity {
			subject = i
			break
		}
	}
	text := c.p.Text
	if subject < 0 {
		// a name typed in lower case ("how did skylane help out"): the
		// question's word the passage writes as a name
		names := e.names(text)
		for _, tok := range c.toks {
			if ix := q.lookup[tok.Term]; len(ix) > 0 && !ix[0].soft && slices.ContainsFunc(names, func(n span) bool { return n.start <= tok.Start && tok.End <= n.end }) {
				subject = ix[0].i
				break
			}
		}
	}
	if subject < 0 {
		return span{}, false
	}
	for _, tok := range c.toks {
		if !q.stands(tok.Term, subject) || isDemonym(text[tok.Start:tok.End]) {
			continue // "German forces": the people's adjective modifies another subject
		}
		end := tok.End
		// the rest of the name and names coordinated with it
		for {
			rest := text[end:]
			w, after := nextWord(rest)
			if w == "and" || w == "&" {
				if n, _ := nextWord(after); n != "" && (isCapital(strings.TrimSpace(after)) || n == "the") {
					end += len(rest) - len(after)
					continue
				}
			}
			if r := strings.TrimLeft(rest, " "); r != "" && r != rest && isCapital(r) || w == "the" && isCapital(strings.TrimSpace(after)) {
				end += len(rest) - len(after)
				continue
			}
			break
		}
		if strings.ContainsAny(text[tok.End:end], ",;:.—–()") {
			continue // the names end at a clause break
		}
		if len(q.words) < 2 || !beForms[q.words[1]] || slices.ContainsFunc(q.words[2:], func(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ing") }) {
			// past what is said of the name to what it did ("how did
			// Skylane help", "how is Skylane helping": "Skylane, a
			// low-cost rival, put on …"); asked how it is ("how is
			// Greenland described"), what is said of it is the answer
			end += appositionAfter(text[end:])
		}
		if !strings.HasPrefix(text[end:], " ") {
			continue // the predicate follows the name, no clause break between
		}
		start := end + 1
		w, after := nextWord(text[start:])
		if w == "" || isCapital(text[start:]) {
			continue
		}
		verb := w
		if strings.HasSuffix(w, "ly") {
			verb, _ = nextWord(after) // "separately committed"
		}
		if !pastVerb(verb) && !auxiliaries[verb] || lexicon.IsSayingVerb(verb) {
			continue // a verb of saying opens what was said, not what was done
		}
		s := span{start, start + clauseEnd(text[start:])}
		if n := wordCount(text[s.start:s.end]); n >= 2 {
			return s, true
		}
	}
	return span{}, false
}

// toldWhen reports whether the reason r found in text is only the time
// of a telling: a weak cue right after a verb of saying ("…," Hartmann
// said *after visiting the site by boat*; "she told reporters as she
// left") says when the words were said, not why what they say is so.
func toldWhen(text string, r reasonSpan) bool {
	if r.strong {
		return false
	}
	before, _ := precedingWord(text, r.start)
	if before == "" {
		return false
	}
	w := strings.ToLower(strings.Trim(before, ",;"))
	return lexicon.IsSayingVerb(w) && !strings.HasSuffix(before, ",")
}

// firstClauseEnd is where the first clause of s ends (sentenceClauseEnd), or,
// where that runs past a short answer, where "and" opens a second clause
// on a subject pronoun of its own ("There are nesting birds on this
// stretch of the canal | and we will not accept …").
func firstClauseEnd(s string) int {
	end := sentenceClauseEnd(s)
	if wordCount(s[:end]) <= maxShortWords {
		return end
	}
	for i := range uses(s[:end], " and ") {
		if first, _ := nextWord(s[i+len(" and "):]); getFold(clauseSubjects, first) {
			return len(trimEnd(s[:i]))
		}
	}
	return end
}

// sentenceClauseEnd is clauseEnd for s that opens a sentence (or a
// clause) on its subject: its verb's auxiliary ("the town *had* been
// warned", "they would *have* been blamed") and "not" are of the clause,
// where after a question's words they may open a clause of its own.
func sentenceClauseEnd(s string) int {
	return clauseEndOver(s, clauseStops)
}

// butClause widens the first clause of text, which ends at end, over the
// clause ", but" joins on to it, which says what the speaker holds against
// the first ("The ships can wait, but the factories at the other end
// cannot"): the start and end of both where they make a short answer, of
// the second alone where only it does, and of the first clause (0, end)
// where no "but" follows it or the second makes none. A "but" with no
// comma joins a second predicate of the same subject where a tensed verb
// follows it, and says the same ("forces could join to monitor a
// ceasefire *but would be based in a neighbouring country*"); before
// anything else it joins words, "not one but two".
func butClause(text string, end int) (int, int) {
	rest, ok := strings.CutPrefix(text[end:], ", but ")
	if !ok {
		rest, ok = strings.CutPrefix(text[end:], " but ")
		if next, _ := nextWord(rest); !ok || !pastOrAuxiliary(next) {
			return 0, end
		}
	}
	start := len(text) - len(rest)
	last := start + firstClauseEnd(rest)
	switch {
	case wordCount(text[start:last]) < reasonMinWords:
		return 0, end
	case wordCount(text[:last]) <= maxShortWords:
		return 0, last
	default:
		return start, last
	}
}

// stanceFollow is what the sentence after a stance says of why, as a
// short answer: its first clause ("Nights in the desert are brutal in
// winter"), or, after a stance alone (a sentence of a few words: "Aid
// groups were less convinced."), where that clause is only a speaker's
// name set off by commas ("Ana Ruiz, head of the tenants' group, said
// rents had doubled"), the clause the speaker is reported saying ("rents
// had doubled"). "" where that is over a short answer's words.
func stanceFollow(text string, stance bool) string {
	text = text[mainAfterFronted(text):]
	if end := firstClauseEnd(text); wordCount(text[:end]) >= reasonMinWords {
		start, end := butClause(text, end)
		if wordCount(text[start:end]) > maxShortWords {
			if s := reportedFirst(text); s.end > s.start {
				start, end = s.start, s.end
			}
		}
		return shortText(text[start:end])
	}
	if s := saidAfterName(text, stance); s.end > s.start {
		return shortText(text[s.start:s.end])
	}
	return ""
}

// reportedFirst is, of a sentence whose first clause is too long for a
// short answer, the clause its first verb of saying reports, up to where
// "and that" reports a second one ("Its leader said *the fees had
// doubled since 2020* and that …"), where that holds reasonMinWords
// words or more; empty otherwise.
func reportedFirst(text string) span {
	at, ok := firstSaidClause(text)
	if !ok {
		return span{}
	}
	s := reportedClause(text, at)
	if i := strings.Index(text[s.start:s.end], andThat); i >= 0 {
		s.end = s.start + i
	}
	if wordCount(text[s.start:s.end]) < reasonMinWords {
		return span{}
	}
	return s
}

// mainAfterFronted is where the main clause of text begins, where text
// opens on a subordinate clause of condition, time or concession set off
// by a comma ("If the rain had stopped, | they would have been blamed
// …"): of a sentence that says why, the main clause says what follows
// from the condition, and the condition is only its frame. 0 where text
// opens on none, or on a cue of a reason ("Because …", "As …"), whose
// clause is the reason itself.
func mainAfterFronted(text string) int {
	first, _ := nextWord(text)
	if first == "" || causeCues[first] {
		return 0
	}
	words := spaceWords(text, 0, len(text))
	if k := frontedClauseEnd(text, words); k > 0 {
		return words[k+1].start
	}
	return 0
}

// causeCues are the one-word cues of a reason, strong or weak (kinds.txt
// [reason], [reason-weak]).
var causeCues = union(cueSet("reason"), cueSet("reason-weak"))
