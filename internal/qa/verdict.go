// Yes/no verdicts: whether a candidate settles a yes/no question, and the speaker a question asks of.

package qa

import (
	"iter"
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// A verdict is "Yes" or "No" for a yes/no question, given only where a
// sentence settles it: it holds the question's words (its names all, most
// of the rest) in one clause and states them plainly ("Yes") or denies
// them with an explicit negation ("No"). A hedged sentence ("could",
// "reportedly") or one that only speaks of the subject gives none: then the
// passage answers alone, and nothing is guessed.
const (
	verdictYes = "Yes"
	verdictNo  = "No"
	// verdictCover is how much of the question's weight the settling
	// clause must hold
	verdictCover = 0.75
)

// asksYesNo reports whether a question asks yes or no: it opens with an
// auxiliary verb ("did …", "is …") or a chat form of one ("isnt …").
func asksYesNo(q *question) bool {
	w := q.words
	if choice(w) {
		return false // "is the force european or american": which, not whether
	}
	if q.kind == KindYesNo {
		return true
	}
	return len(w) > 1 && yesNoLead[w[0]]
}

var (
	topicPrepositions = cueSet("topic-prepositions")
	yesNoLead         = cueSet("yesno-lead")
	yesNoTail         = cueSet("yesno-tail")
)

// askedSpeaker is X of a yes/no question whether X said something ("did
// Russia say anything", "has Merz commented"): the words between the
// opening auxiliary and a verb of saying, at most maxSpeakerWords, less
// the verb that takes the verb of saying, as whySpeaker reads it
// (catenativeStart: "did Merz go on to say …", "did Merz keep saying …"),
// else the one word before a "to" before the verb and the "to" ("was Merz
// right to say …"); "" for any other question,
// and for one whose verb of saying is a deed done to someone
// (saidToPerson: "did Rubio call Zelensky") or done to X ("was Corvell
// asked"). It depends on the question's words and terms alone and is read
// once (question.reads: verdict asks it of every candidate).
func askedSpeaker(q *question) string {
	return q.askedSpeakerRead().who
}

// speechAdverbs are the adverbs between the speaker askedSpeaker reads
// and the verb of saying ("did merz *ever* say", "has fenwray *actually*
// commented"): they say whether or how the words were said, as an
// auxiliary does, and no passage need hold them. A negation is not one:
// "did X *not* say Y" asks of a denial, and stays a term.
func speechAdverbs(q *question) []string {
	return q.askedSpeakerRead().adverbs // (none where no speaker is read: readAskedSpeaker)
}

// askedSpeakerRead is readAskedSpeaker(q), read once per question (reads).
func (q *question) askedSpeakerRead() *questionReads {
	r := q.reads()
	if !r.whoRead {
		r.who, r.adverbs = readAskedSpeaker(q)
		r.whoRead = true
	}
	return r
}

// readAskedSpeaker is askedSpeaker read afresh, with the adverbs cut
// from its end (speakerWords).
func readAskedSpeaker(q *question) (string, []string) {
	words := q.words
	if len(words) < 3 || !auxiliaries[words[0]] && !yesNoLead[words[0]] {
		return "", nil
	}
	for i := 2; i < len(words) && i <= maxSpeakerWords+3; i++ {
		if !sayingAt(words, i) {
			continue
		}
		toVerb := words[i-1] == "to"                            // "is X going to say", "was X right to say": no passive
		j := catenativeStart(words, i, doAuxiliaries[words[0]]) // "did X go on to say", "did X keep saying"
		if toVerb && j == i {
			j = i - 2 // less the word before "to" and "to": "was X right to say"
		}
		x := words[1:max(j, 1)]
		n := speakerWords(x)
		x, adverbs := x[:n], x[n:] // "did merz *ever* say"
		// a negation is no adverb of how it was said but what the
		// question asks: "did X *not* say Y" is asked of a denial
		adverbs = slices.DeleteFunc(slices.Clone(adverbs), negationWord)
		if len(x) > maxSpeakerWords {
			continue // (past the window, as many words read as speaker)
		}
		if beForms[words[0]] && !toVerb && (pastVerb(words[i]) || participles[words[i]]) || saidToPerson(q, i) {
			return "", nil // passive: X was spoken to, or X spoke to someone
		}
		return strings.Join(x, " "), adverbs
	}
	return "", nil
}

// sayingAt reports whether words[i] is a verb of saying
// (lexicon.IsSayingVerb), or the verb of a phrasal verb WordNet gives a
// verb of saying as the synonym of, its particle after it ("did X *talk*
// about Y", "talk of": speak; lexicon.PhrasalSynonyms; not "talk over",
// whose synonym "discuss" is no verb of saying), unless a word that opens
// a noun phrase stands before it, where it is a noun ("did the *talks*
// about X fail"; after "the official", a noun too, it is the verb).
func sayingAt(words []string, i int) bool {
	if lexicon.IsSayingVerb(words[i]) {
		return true
	}
	if i+1 >= len(words) || !lexicon.IsVerb(words[i]) || i > 0 && opensNounPhrase(words[i-1]) {
		return false
	}
	syn, n := lexicon.PhrasalSynonymsN(words[i], words[i+1:])
	return n == 1 && slices.ContainsFunc(syn, lexicon.IsSayingVerb)
}

// speakerWords is how many of x, the words of a question from its
// speaker's first up to its verb of saying, are the speaker's: less the
// adverbs at their end, which say whether or how the words were said and
// are of neither ("did merz *ever* say", "what has the envoy *publicly*
// said", "did fenwray *not* say"); one at least. None is cut right after
// a determiner, where it is the phrase's head ("the *right*"), nor one the
// name list holds (lexicon.IsName). (After an adjective it is cut still:
// "the official", "the general" are nouns too, and "did the official
// *ever* say" asks of the official; "the far right" is read as "the far".)
func speakerWords(x []string) int {
	n := len(x)
	for n > 1 && lexicon.IsAdverb(x[n-1]) && !lexicon.IsName(x[n-1]) && !opensNounPhrase(x[n-2]) {
		n--
	}
	return n
}

// maxSpeakerWords is the most words readAskedSpeaker reads as X, the
// speaker a yes/no question asks about ("did *the harbour master's
// deputy* say …"): a longer run before a verb of saying is no noun
// phrase of one speaker but a clause.
const maxSpeakerWords = 4

// saidToPerson reports whether the verb of saying at q.words[i] has a
// person as its object and nothing after it but a yes/no tag, a word of
// time or a phrase of when (a preposition of kinds.txt's
// [time-scope-words] and its noun phrase: "did Rubio call Zelensky
// *during the summit*", "has she thanked the firefighters yet"): a call,
// a thanks or a question put to someone, a deed, not the words a passage
// must quote. A clause or a topic after the person, the phrase of when
// or not ("… told Zelensky *that* …", "… asked him after the talks
// *about* …"; a "that" right after the time preposition is a determiner,
// no clause: "… during *that* gale"), a topic in place of the person
// (after a preposition of kinds.txt's [topic-prepositions]: "comment *on*
// Greenland", "speak *of* Tarrant"),
// or an object that is no person ("say *anything*"), keeps it a question
// of what was said. A numeral before the person stands as "the" does
// ("call the *two* skippers"), and a phrase of time's word says when only
// where the phrase stands (saysWhenAt: the first "two" of "call the two
// skippers two days ago" is no word of time).
func saidToPerson(q *question, i int) bool {
	person, end, when := false, false, false
	prev := ""
	for k, w := range q.words[i+1:] {
		switch {
		case w == "about" || topicPrepositions[w] && !person && !when:
			return false // a topic: "… about the pontoons", "comment on greenland", "speak of tarrant"
		case when && (w == "that" && !timeScope[prev] || relativeOpeners[w] && w != "when" && w != "that" || lexicon.IsSayingVerb(w)):
			return false // a clause after the phrase of when: "… during the storm that …" ("during that gale": a determiner)
		case when:
			// the phrase of when's words: "… during *the storm*"
		case person && prepositions[w] && timeScope[w]:
			when = true // "… during the summit", "… after the talks": when, not what was said
		case end && yesNoTail[w] || namesTime(w) || saysWhenAt(q.timePhrases(), q.words, i+1+k) || w == "or" || person && lexicon.IsAdverb(w):
			end = true // "… yesterday", "… last week", "… yet or nah"
		case end:
			return false
		case objectPronouns[w] && w != "it" || lexicon.IsPersonNoun(w) || lexicon.IsName(w) || names(q, w):
			person = true
		case !person && wordIsNumber(w):
			// a numeral before the person, as "the" stands: "call the *two* skippers"
		case person || !lexicon.IsFunctionWord(w) || lexicon.IsQuantifier(w) || objectPronouns[w]:
			return false // "zelensky *a* liar", "anything", "it"
		}
		prev = w
	}
	return person
}

// names reports whether words of the question hold one of its names
// ("russia" in "did russia say …"); "anyone", "they" or "officials" name
// no one whose words a passage must give.
func names(q *question, words string) bool {
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.entity && slices.Contains(strings.Fields(words), strings.ToLower(t.word)) {
			return true
		}
	}
	return false
}

// namedSubject reports whether the passage holds who as the subject of a
// verb of saying, a denial between them allowed: "Russia has yet to
// comment", "the Kremlin has not said".
func (e *Engine) namedSubject(c *cand, who string) bool {
	want := e.analyze(who)
	if len(want) == 0 {
		return false
	}
	for k, tok := range c.toks {
		if tok.Term != want[len(want)-1].Term {
			continue
		}
		for _, next := range c.toks[k+1 : min(len(c.toks), k+5)] {
			w := c.p.Text[next.Start:next.End]
			if lexicon.IsSayingVerb(strings.ToLower(w)) {
				return true
			}
			if isCapital(w) || strings.ContainsAny(c.p.Text[tok.End:next.Start], ",;:—") {
				break // another's name, or another clause: "… from Russia, Macron said"
			}
		}
	}
	return false
}

// choice reports whether a question's words ask which of two things: a
// word of substance follows its last "or" ("… or american"), not
// only a chat tag ("… or not", "… or nah").
func choice(words []string) bool {
	for i := len(words) - 2; i > 0; i-- {
		if words[i] != "or" {
			continue
		}
		for _, w := range words[i+1:] {
			if !yesNoTail[w] && !lexicon.IsFunctionWord(w) {
				return true
			}
		}
		return false
	}
	return false
}

var (
	negationCues = cueLists["negation"]
	// subjectNegators open a clause whose predicate they deny ("None of
	// the crew were hurt", "Nobody was arrested"): closed class of English
	subjectNegators = wordSet("none nobody neither")
	hedgeWords      = cueSet("hedge")
	denialWords     = cueSet("denial")
)

// compact reports whether the question's words stand close together in a
// clause: matched words at most about three positions apart on average, as
// in a sentence that says what the question asks.
func compact(q *question, c *cand, clause span) bool {
	first, last, n := -1, -1, 0
	for _, t := range c.toks {
		if t.Start < clause.start || t.End > clause.end || len(q.lookup[t.Term]) == 0 {
			continue
		}
		if first < 0 {
			first = t.Position
		}
		last = t.Position
		n++
	}
	return n > 0 && last-first+1 <= 3*n+2
}

// verbBeforeSubject reports whether, for a question "did X VERB …" (an
// auxiliary, its subject, then its first verb), the clause has the verb
// before every word of the subject: then the verb is not said of it.
func (e *Engine) verbBeforeSubject(q *question, c *cand, clause span) bool {
	if len(q.words) < 3 || !auxiliaries[q.words[0]] {
		return false
	}
	subject := map[int]bool{}
	verb := -1
	for i, t := range q.terms {
		w := strings.ToLower(t.word)
		if !t.entity && (lexicon.IsVerb(w) || pastVerb(w)) {
			verb = i
			break
		}
		subject[i] = true
	}
	if verb < 0 || len(subject) == 0 {
		return false
	}
	firstSubject, firstVerb := -1, -1
	c.lookUp(q)
	for _, th := range c.hits {
		tok := c.toks[th.k]
		if tok.Start < clause.start || tok.End > clause.end {
			continue
		}
		for _, h := range th.hs {
			switch {
			case subject[h.i] && firstSubject < 0:
				firstSubject = tok.Position
			case h.i == verb && firstVerb < 0:
				firstVerb = tok.Position
			}
		}
	}
	return firstVerb >= 0 && firstSubject >= 0 && firstVerb < firstSubject
}

// negatedWord reports whether w is an English word made negative by
// "un" before another word of four letters or more ("unsafe", "unable",
// "unfit"; not "unit", "until", "union").
func negatedWord(w string) bool {
	base, ok := strings.CutPrefix(w, "un")
	return ok && len(base) >= 4 && lexicon.IsWord(base) && !lexicon.IsName(base)
}

// verdict says what a candidate settles about a yes/no question, with the
// words that settle it (the clause), or "" when it settles nothing.
func (e *Engine) verdict(q *question, c *cand) (string, span) {
	if c.cov < verdictCover || !c.entOK || c.feat[fAsksQuestion] > 0 {
		return "", span{} // nor does a sentence that asks ("How will the Kremlin respond …?") settle anything
	}
	if who := askedSpeaker(q); who != "" && names(q, who) && !e.speaks(q, who, c) && !e.namedSubject(c, who) {
		return "", span{} // "did Russia say anything": settled by what Russia says, not by what is said of it
	}
	clause := e.matchedClause(q, c)
	if clause.end <= clause.start {
		return "", span{}
	}
	if !e.clauseHolds(q, c, clause) {
		return "", span{}
	}
	text := c.p.Text[clause.start:clause.end]
	cased := strings.Fields(strings.Map(keepWordRune, text))
	words := strings.Fields(strings.ToLower(strings.Map(keepWordRune, text)))
	if !framesHeld(q, words) {
		// "is the uk sending *more* troops *than* france": "the United
		// Kingdom separately committed to sending troops" compares
		// nothing; "were *other* airlines' flights cancelled": "the
		// airline cancelled 640 flights" is the one asked past
		return "", span{}
	}
	first, last := e.askedRange(q, words)
	if first < 0 {
		return "", span{}
	}
	ofSaying := sayingTermAsked(q)
	if !e.statedPlainly(q, words, cased, first, last, ofSaying) {
		return "", span{}
	}
	if !compact(q, c, clause) {
		return "", span{} // the question's words scattered: another statement
	}
	if e.verbBeforeSubject(q, c, clause) {
		// "did the levee hold": "residents *holding* a banner that read
		// “Fix the *levee*”" holds both words, but says nothing of the
		// levee holding
		return "", span{}
	}
	negated := e.clauseDenies(q, words, ofSaying)
	if negated == q.deniesInContent() {
		return verdictYes, clause
	}
	return verdictNo, clause
}

// clauseHolds reports whether a candidate's clause alone holds the
// question: its names, its every word and most of its weight, its
// particles, and more than names or one word of substance; words inside
// a relative clause or a comparison of it count for nothing, and a
// question of anyone ("did anyone …") wants a person near its verb.
func (e *Engine) clauseHolds(q *question, c *cand, clause span) bool {
	// the clause alone must hold the question: its names and most weight
	total, got := 0.0, 0.0
	match := make([]float64, len(q.terms))
	asides := relativeClauses(c.p.Text)
	if !holdsAny(q.words, comparisonWords) {
		// nor in what the clause compares its subject with, where the
		// question compares nothing: "asking for a £5 million
		// compensation fund, *similar to the one set up in Edinburgh*"
		// says nothing of the Edinburgh fund's size
		asides = append(asides, comparisons(c.p.Text)...)
	}
	for k, t := range c.toks {
		if t.Start < clause.start || t.End > clause.end || within(asides, t.Start) {
			continue
		}
		for _, h := range q.lookup[t.Term] {
			if modifierOf(c.p.Text, c.toks, k, q.terms[h.i].word) || h.soft {
				// what GloVe puts near a word shares its contexts, not its
				// meaning: "everyone" does not state "happy", nor "leader"
				// "summit"
				continue
			}
			match[h.i] = max(match[h.i], h.w)
		}
	}
	content, named, said := 0, false, false
	for i, t := range q.terms {
		if getFold(fillerWords, t.word) {
			continue // "gonna", "really": chat, not what is asked
		}
		content++
		named = named || t.entity
		said = said || !t.entity
		if match[i] == 0 && (!t.unknown || !lightWord(strings.ToLower(t.word)) && !describesNamed(q, i)) && !lexicon.IsSayingVerb(strings.ToLower(t.word)) {
			// every word of the question must stand in the clause that
			// settles it: "Putin's intentions remain unclear" says nothing
			// of his being *at the summit*, "Tap water … has been cut"
			// nothing of its *working*; nor can a clause settle what the
			// articles have no word for ("41 oiled birds had been taken to
			// a rescue centre" says nothing of their *surviving*), but for
			// the commonest words, which chat leans on for little ("did
			// zelensky *get* to meet macron", "did some ships just *go*
			// around"), and for a noun for a person after a name, which
			// says who is meant, not what is asked ("did the gaudet
			// *lady* cancel her insurance") ("did X say": who says it is
			// the speaker's, checked above)
			return false
		}
		total += t.idf
		got += match[i] * t.idf
	}
	if total == 0 || got/total < verdictCover {
		return false
	}
	if asksOfAnyone(q.words) && !e.personNearVerb(q, c, clause) {
		// "was anyone killed": "Okafor said the slopes … are covered in
		// lodgepole pine killed by mountain pine beetle" says nothing of
		// anyone killed
		return false
	}
	if !e.particlesHeld(q, c, clause) {
		// "did russia show up": "Russian aggression shows no signs of
		// slowing" says nothing of its showing up
		return false
	}
	if !said {
		// "was putin there", "was rubio there": names alone say nothing
		// of what is asked of them; a sentence that names them ("Putin's
		// intentions remain unclear") settles nothing
		return false
	}
	if content < 2 && !named && !slices.ContainsFunc(q.words, func(w string) bool { return indefinites[w] }) {
		// "was it a success", "is the war over": one word of substance
		// and no name; a sentence that holds the one word settles little
		// ("would be essential to the success …"). "was there a summit"
		// goes unsettled too: the price of not guessing
		return false
	}
	return true
}

// askedRange is where the first and the last of the question's words
// stand among a clause's words, -1 for none.
func (e *Engine) askedRange(q *question, words []string) (first, last int) {
	// around the question's words, from a few before the first to just
	// after the last: where a hedge or a denial would bear on them
	first, last = -1, -1
	for i, w := range words {
		if e.asksWithin(q, words[i:i+1]) || e.namesWithin(q, w) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// sayingTermAsked reports whether the question asks of a saying ("did
// Russia say anything"): a verb of saying among its terms (asksSaying
// reads its words instead). A denial of any saying then bears on it ("has
// yet to *comment*", "*declined to* comment"), whichever verb of saying
// the passage uses.
func sayingTermAsked(q *question) bool {
	for kt := range q.terms {
		if lexicon.IsSayingVerb(strings.ToLower(q.terms[kt].word)) {
			return true
		}
	}
	return false
}

// deniesSaying reports whether clause word i denies any saying
// ("declined to comment").
func deniesSaying(words []string, i int) bool {
	return denialWords[words[i]] && i+2 < len(words) && words[i+1] == "to" && lexicon.IsSayingVerb(words[i+2])
}

// statedPlainly reports whether a clause states what it says of the
// question's words plainly: not as what is meant to happen, was denied,
// is hedged, or as a quality denied; and, for a question of saying, by a
// verb of saying.
func (e *Engine) statedPlainly(q *question, words, cased []string, first, last int, ofSaying bool) bool {
	for i := first; i <= last; i++ {
		// "efforts *to end* the war": what is meant to happen, not what
		// did; the question's word right after "to", no article between
		if i > 1 && words[i-1] == "to" && !strings.HasSuffix(words[i], "ing") && !e.asksWithin(q, words[i-2:i-1]) &&
			!endsNegation(words[:i]) && e.asksWithin(q, words[i:i+1]) && !e.namesWithin(q, words[i]) {
			// not "committed *to sending*": "to" before a gerund, or after
			// the question's own verb, is a preposition
			return false
		}
	}
	from := max(0, first-3)
	for k := first - 1; k >= max(0, first-5); k-- {
		if words[k] != "that" {
			continue
		}
		// a clause that says what was denied: "rejected suggestions that
		// the rescue had been slow" states no slowness, nor its absence
		for _, w := range words[max(0, k-3):k] {
			if denialWords[w] && !q.asked(w) {
				return false
			}
		}
		break
	}
	if ofSaying && !slices.ContainsFunc(words, lexicon.IsSayingVerb) {
		// "has the shipowner said anything": "The shipowner voted
		// against" says what it did, not what it said
		return false
	}
	for i, w := range words[from:min(len(words), last+2)] {
		if w == "would" && reported(cased[max(0, from+i-4):from+i]) {
			continue // "said Chile would pay": a plan reported, not a hedge
		}
		if hedgeWords[w] || denialWords[w] && !q.asked(w) && !(ofSaying && deniesSaying(words, from+i)) {
			return false // "could", "reportedly", "absent": not settled plainly
		}
	}
	for _, w := range words {
		if negatedWord(w) && !q.asked(w) {
			// "Drinking water … has been declared *unsafe*" does not say
			// yes to "can you drink the tap water": the clause denies a
			// quality the question does not name
			return false
		}
	}
	return true
}

// clauseDenies reports whether a clause denies what the question asks: a
// denial of saying, the other side taken, a negation bearing on the
// question's words, a subject that denies.
func (e *Engine) clauseDenies(q *question, words []string, ofSaying bool) bool {
	negated := false
	for i := range words {
		if ofSaying && deniesSaying(words, i) {
			negated = true // "which declined to comment": no saying
		}
		if i > 0 && sideTaken(q.words, words[i]) && e.sameVerb(words[i-1], sideVerb(q.words)) {
			// "did the conservatives vote *for* it": "The Conservative
			// and Independent groups voted *against*", the other side,
			// right after the verb the question takes its side with (not
			// "voted for the tram, against the advice of officers")
			negated = true
		}
		neg := strings.HasSuffix(words[i], "n't") && !q.asked(words[i])
		n := 1
		for _, cue := range negationCues {
			// (a cue of several words is the question's own only where
			// the question says all of it: "has russia said anything
			// *yet*" asks no "yet to")
			if i+len(cue) <= len(words) && equalWords(words[i:i+len(cue)], cue) && (len(cue) > 1 && !containsWords(q.words, cue) || len(cue) == 1 && !q.asked(words[i])) {
				neg, n = true, len(cue)
			}
		}
		// the denial must bear on what is asked: a word of the question
		// within the next few ("would not deploy troops"), not on another
		// verb of the sentence ("occupies … and has not signalled …")
		after := words[i+n : min(len(words), i+n+4)]
		if neg && (e.asksWithin(q, after) || ofSaying && len(after) > 0 && lexicon.IsSayingVerb(after[0])) {
			negated = true
		}
		if i == 0 && subjectNegators[words[0]] && e.asksWithin(q, words[1:]) {
			// "None of the 22 crew members … were hurt": a subject that
			// denies denies its predicate, however far it stands
			negated = true
		}
	}
	return negated
}

// describesNamed reports whether question term i is a noun for a person
// right after a name of the question ("the gaudet *lady*", "the
// witkoff *guy*"): the name says whom it means.
func describesNamed(q *question, i int) bool {
	if i == 0 || !q.terms[i-1].entity || !lexicon.IsPersonNoun(strings.ToLower(q.terms[i].word)) {
		return false
	}
	k := slices.Index(q.words, strings.ToLower(q.terms[i].word))
	return k > 0 && strings.EqualFold(q.words[k-1], q.terms[i-1].word)
}

// sideVerb is the word right before the side a question's words take
// ("vote" of "did they vote for it"), or "".
func sideVerb(question []string) string {
	for k := 1; k < len(question); k++ {
		if question[k] == "for" || question[k] == "against" {
			return question[k-1]
		}
	}
	return ""
}

// sideTaken reports whether w, a clause's word, is the side opposite the
// one a question's words take ("for" against "against"): a closed pair of
// English.
func sideTaken(question []string, w string) bool {
	switch w {
	case "against":
		return slices.Contains(question, "for") && !slices.Contains(question, "against")
	case "for":
		return slices.Contains(question, "against") && !slices.Contains(question, "for")
	}
	return false
}

// lightWord reports whether w (lower case) is among the commonest words of
// English, which a question may lean on without asking anything by them
// (softCommon: nor are they matched softly).
func lightWord(w string) bool {
	r, ok := lexicon.Default().Rank(w)
	return ok && r < softCommon
}

// endsNegation reports whether words end on a negation cue ("has *yet
// to*"): what follows is denied, which the verdict reads as "no".
func endsNegation(words []string) bool {
	for _, cue := range negationCues {
		if n := len(cue); n <= len(words) && equalWords(words[len(words)-n:], cue) {
			return true
		}
	}
	return false
}

// relativeClauses are the spans of text's relative clauses set off by
// commas (", who has led talks with Russia,"): they say something of a
// name, not what its sentence states, so their words settle nothing.
func relativeClauses(text string) []span {
	return asidesOpenedBy(text, ", who ", ", which ", ", whose ", ", where ")
}

// asidesOpenedBy are the spans of text from each of openers to the next
// comma, or the end.
func asidesOpenedBy(text string, openers ...string) []span {
	var out []span
	for _, op := range openers {
		for start := range uses(text, op) {
			end := len(text)
			if j := strings.Index(text[start+len(op):], ", "); j >= 0 {
				end = start + len(op) + j
			}
			out = append(out, span{start, end})
		}
	}
	return out
}

// comparisonWords are the words a question compares by.
var comparisonWords = []string{"than", "similar", "unlike", "compared", "like"}

// comparisons are the spans of text that say what something is compared
// with, from the comparison's opening words to the next comma or the end:
// "similar to the one set up in Edinburgh", "than a year earlier".
func comparisons(text string) []span {
	return asidesOpenedBy(text, " similar to ", " than ", " unlike ", " compared with ", " compared to ")
}

// within reports whether byte offset at lies in one of spans.
func within(spans []span, at int) bool {
	for _, s := range spans {
		if at >= s.start && at < s.end {
			return true
		}
	}
	return false
}

// modifierOf reports whether the k-th of a passage's tokens stands as the
// singular of question word qw ("schools") before another noun it
// qualifies ("the regional government has opened two *school* gyms"):
// English makes a noun a modifier in the singular, so the passage speaks
// of the gyms, not of the schools asked about.
func modifierOf(text string, toks []index.Token, k int, qw string) bool {
	if k+1 >= len(toks) {
		return false
	}
	w, next := text[toks[k].Start:toks[k].End], toks[k+1]
	lq := strings.ToLower(qw)
	if !strings.EqualFold(w+"s", lq) && !strings.EqualFold(w+"es", lq) {
		return false // not the singular of the question's plural
	}
	if strings.TrimSpace(text[toks[k].End:next.Start]) != "" || next.Position != toks[k].Position+1 {
		return false // a mark or a stop word between: no compound
	}
	nw := text[next.Start:next.End]
	return nw == strings.ToLower(nw) && !pastVerb(nw) && !auxiliaries[nw] && !strings.HasSuffix(nw, "ing") && lexicon.IsWord(nw)
}

// reported reports whether words (as written) hold a verb of saying:
// "would" after it is the future of what was said. A capitalised word is
// a name, not a verb: "the United States would" reports nothing; nor is a
// word after a determiner ("a promise that …").
func reported(words []string) bool {
	for i, w := range words {
		if !isCapital(w) && lexicon.IsSayingVerb(w) && (i == 0 || !getFold(nounOpeners, words[i-1])) {
			return true
		}
	}
	return false
}

// nounOpeners open a noun phrase (articles, demonstratives, possessives):
// after one, a verb of saying is a noun
// ("a promise that Washington would commit …": a promise, not one made).
var nounOpeners = wordSet("a an the this that these those his her its their our my your")

// namesWithin reports whether a word is one of the question's names.
func (e *Engine) namesWithin(q *question, w string) bool {
	for _, t := range e.analyze(w) {
		for _, h := range q.lookup[t.Term] {
			if q.terms[h.i].entity {
				return true
			}
		}
	}
	return false
}

// asksWithin reports whether one of words is a word of the question (a
// name aside).
func (e *Engine) asksWithin(q *question, words []string) bool {
	for _, w := range words {
		for _, t := range e.analyze(w) {
			for _, h := range q.lookup[t.Term] {
				if !q.terms[h.i].entity {
					return true
				}
			}
		}
	}
	return false
}

// keepWordRune keeps letters, digits and apostrophes; the rest becomes
// space.
func keepWordRune(r rune) rune {
	switch {
	case r == '\'' || r == '’':
		return '\''
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r > 127 && r != '“' && r != '”' && r != '—' && r != '–' && r != '‘':
		return r
	}
	return ' '
}

// asked reports whether a passage word is one the question asks about
// itself: "did they refuse" matched by "would not" is the question's own
// denial, not one of it.
func (q *question) asked(word string) bool {
	for kt := range q.terms {
		t := &q.terms[kt]
		if strings.EqualFold(t.word, word) {
			return true
		}
		if word == "not" || word == "no" || word == "never" {
			for _, alt := range t.alts {
				if alt == word {
					return true
				}
			}
		}
	}
	return false
}

// deniesInContent reports whether the question itself asks about a denial
// past its opening verb ("did they agree *not* to …"); "isn't he …" asks
// the same as "is he …". A denial that is a word of the question's content
// (asked: "did Croatia *not* deploy troops") is matched by the passage's
// own, which the verdict then does not count as a denial: it is no denial
// of what is asked either.
func (q *question) deniesInContent() bool {
	words := q.words
	for i, w := range words {
		if i == 0 {
			continue
		}
		if words[i-1] == "or" && yesNoTail[w] {
			return false // "… or not": the chat tag that asks whether, no denial
		}
		if (w == "not" || w == "never" || strings.HasSuffix(w, "n't")) && !q.asked(w) {
			return true
		}
	}
	return false
}

// matchedClause is the clause of a candidate holding most of the
// question's weight: the sentence cut at clause boundaries.
func (e *Engine) matchedClause(q *question, c *cand) span {
	text := c.p.Text
	var cuts []int
	for _, sep := range []string{"; ", ", but ", " but ", ", while ", " while ", " — ", " – ", ", although ", ", though ", ", as "} {
		for i := range uses(text, sep) {
			cuts = append(cuts, i)
		}
	}
	if first, _ := nextWord(text); subordinators[first] {
		// "While an Anglo-French pledge … was anticipated, the US …": the
		// opening clause ends at its comma
		if i := strings.Index(text, ", "); i > 0 {
			cuts = append(cuts, i)
		}
	}
	cuts = append(cuts, 0, len(text))
	sortInts(cuts)
	best, bestW := span{}, -1.0
	for k := 0; k+1 < len(cuts); k++ {
		s := span{cuts[k], cuts[k+1]}
		w := 0.0
		seen := map[int]bool{}
		for _, t := range c.toks {
			if t.Start < s.start || t.End > s.end {
				continue
			}
			for _, h := range q.lookup[t.Term] {
				if !seen[h.i] {
					seen[h.i] = true
					w += q.terms[h.i].idf * h.w
				}
			}
		}
		if w > bestW {
			best, bestW = s, w
		}
	}
	return best
}

// subordinators open a subordinate clause, which a comma closes before
// the main one (openers, in clause.go, are the wider class of words that
// may open anything before a subject, prepositions among them).
var subordinators = wordSet("while although though as because if when after before since whereas unless")

// clauseSubordinators are the subordinators and "until", which opens a
// clause of time as they do but is left out of subordinators for its
// commoner use as a preposition ("until Friday"): what reads a clause
// the question subordinates reads it too.
var clauseSubordinators = wordSet("while although though as because if when after before since whereas unless until")

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// verdictMargin is how far below the first candidate's score one that
// settles a yes/no question may stand and still be moved ahead of it: 0.15
// of a typical first score (about 1.3), as a difference, which a feature
// every candidate shares alike does not move (a ratio of scores did).
const verdictMargin = 0.2

// preferVerdict moves ahead, for a question of "other" things
// (otherNoun), a candidate that speaks of them (saysOther) over a top that
// does not; then, among candidates that match the question
// nearly as well as the first (verdictMargin), one that settles it when
// the first does not; failing one, among those as close
// (outcomeMargin), one that tells what came of the question's subject in
// other words (tellsOutcome), when the first does not.
func (e *Engine) preferVerdict(q *question, cands []*cand) []*cand {
	if !asksYesNo(q) || len(cands) < 2 {
		return cands
	}
	top := cands[0]
	if n := otherNoun(q); n >= 0 && !saysOther(q, top, n) && !slices.ContainsFunc(cands, func(c *cand) bool { return follows(c, top) && saysOther(q, c, n) }) {
		// "were other airlines grounded too": a passage on the one
		// airline grounded says nothing of the others; one that speaks
		// of "other airlines" and names what the question names does,
		// however little else it shares (but not past a top shown with
		// the sentence after it that speaks of them)
		if i := slices.IndexFunc(cands, func(c *cand) bool { return c.entOK && saysOther(q, c, n) }); i > 0 {
			return toFront(cands, i)
		}
	}
	if v, _ := e.verdict(q, top); v != "" {
		return cands
	}
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if top.score-c.score > verdictMargin {
			break
		}
		if v, _ := e.verdict(q, c); v != "" {
			return toFront(cands, i+1)
		}
	}
	if e.tellsOutcome(q, top) {
		return cands
	}
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if top.score-c.score > outcomeMargin {
			break
		}
		if e.tellsOutcome(q, c) {
			return toFront(cands, i+1)
		}
	}
	return cands
}

// outcomeMargin is how far below the first candidate's score one that
// tells what came of a yes/no question's subject may stand and still be
// moved ahead of it, where no candidate settles the question.
const outcomeMargin = 0.2

// subjectOpens is how many words may stand before the question's subject
// where a sentence opens on it ("A *first* attempt", "The *copper*
// mines").
const subjectOpens = 3

// tellsOutcome reports whether a candidate's sentence opens on the subject
// of a yes/no question (one of the question's first two words of
// substance, or their synonyms, within its first words) and goes on to
// deny something of it or say it failed, stopped or was refused (a
// negation or denial cue the question does not use), or that it went on
// or came back ("continued", "reopened": goingOnWords): "did the copper
// mines keep running" is settled by "Copper mines around the city
// suspended work", "did the first try at refloating it work" by "A first
// attempt on Friday evening failed", in other words than the question's.
// News states an outcome so, its subject first; a sentence that names the
// subject further in speaks mostly of something else.
func (e *Engine) tellsOutcome(q *question, c *cand) bool {
	if len(q.terms) < 2 || c.feat[fAsksQuestion] > 0 {
		return false
	}
	text := c.p.Text
	body := max(datelineEnd(text), 0) // past a dateline
	// the sentence's clause, or one that a verb of saying opens ("Okoro
	// said *the street would never be fully closed*")
	for _, from := range append([]int{body}, reportedClauses(text[body:], body)...) {
		if e.outcomeFrom(q, c, from) {
			return true
		}
	}
	return false
}

// reportedClauses are the byte offsets (from base) in text where a clause
// that a verb of saying opens starts (saidClauses).
func reportedClauses(text string, base int) []int {
	var out []int
	for _, clause := range saidClauses(text) {
		out = append(out, base+clause)
	}
	return out
}

// saidClauses yields each verb of saying in text, lower-cased, with the
// byte offset where the clause it opens starts: after the verb, or after
// the "that" right after it ("Okoro said | the street …", "said that |
// the street …"). Words are nextWord's, split at spaces.
func saidClauses(text string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		at := 0
		for at < len(text) {
			w, rest := nextWord(text[at:])
			if w == "" || len(rest) >= len(text)-at {
				return
			}
			at = len(text) - len(rest)
			if !lexicon.IsSayingVerb(w) {
				continue
			}
			clause := at
			if that, more := nextWord(rest); that == "that" {
				clause = len(text) - len(more)
			}
			if !yield(w, clause) {
				return
			}
		}
	}
}

// firstSaidClause is the first clause saidClauses yields: where the clause
// of text's first verb of saying starts, and false where text has none.
func firstSaidClause(text string) (int, bool) {
	for _, clause := range saidClauses(text) {
		return clause, true
	}
	return 0, false
}

// outcomeFrom is tellsOutcome of the clause of c that starts at byte body.
func (e *Engine) outcomeFrom(q *question, c *cand, body int) bool {
	text := c.p.Text
	// the subject: the question's first two words of substance (the
	// second by a word near in meaning too where it follows the first in
	// the sentence: "first *attempt*"), and no other noun of the same
	// phrase: "Copper mines …" is no answer of "copper prices"
	subjectEnd, denied := -1, false
	for _, t := range c.toks {
		if t.Start < body {
			continue
		}
		first, second := q.standsAs(t.Term, 0), q.standsAs(t.Term, 1) || subjectEnd >= 0 && q.stands(t.Term, 1)
		if wordCount(text[body:t.Start]) > subjectOpens || !first && !second {
			if subjectEnd >= 0 && t.Start == subjectEnd+1 && text[subjectEnd] == ' ' && continuesPhrase(text[t.Start:t.End]) {
				return false // the phrase goes on to a noun the question does not have
			}
			break // only the subject's words, and words of no substance, open the sentence
		}
		if subjectEnd < 0 {
			opener, _ := nextWord(text[body:])
			denied = getFold(subjectNegators, opener) // "*None* of its other customers were affected"
		}
		subjectEnd = t.End
	}
	if subjectEnd < 0 {
		return false
	}
	if denied {
		return true
	}
	var words []string
	for _, f := range strings.Fields(text[subjectEnd:]) {
		w := strings.ToLower(strings.Trim(f, ".,;:!?“”\"‘’'()"))
		if len(words) == outcomeWithin || w == "and" || lexicon.IsSayingVerb(w) {
			break // the subject's own predicate, not what it says
		}
		words = append(words, w)
		if strings.ContainsAny(f, ",;:—") {
			break
		}
	}
	for k, w := range words {
		if (denialWords[w] || goingOnWords[w]) && !q.asked(w) {
			return true
		}
		for _, cue := range negationCues {
			if prepositions[cue[0]] {
				continue // "ferries *without* lifeboats were inspected": it qualifies a noun, no outcome
			}
			if n := len(cue); k+n <= len(words) && equalWords(words[k:k+n], cue) && !q.asked(cue[0]) {
				return true
			}
		}
	}
	return false
}

// goingOnWords are the verbs that tell whether something went on or came
// back (kinds.txt outcome-words): an outcome as a denial is.
var goingOnWords = cueSet("outcome-words")

// continuesPhrase reports whether a word right after a noun goes on with
// its noun phrase ("copper *prices*"), as a past verb, an auxiliary, a
// preposition or another word of no substance does not ("mines *around*
// the city", "mines *closed*", "ferries *were*"). A word that may be a
// noun or a present verb ("cranes", "mines") is read as a noun: after a
// noun, English more often compounds; but not a verb of outcome ("buses
// *continue* to run").
func continuesPhrase(word string) bool {
	w := strings.ToLower(word)
	return !pastVerb(w) && !auxiliaries[w] && !prepositions[w] && !lexicon.IsFunctionWord(w) && !goingOnWords[w]
}

// outcomeWithin is how many words after its subject a sentence that tells
// an outcome says it in: the subject's own verb phrase ("Copper mines
// around the city *suspended*"), not a word further on.
const outcomeWithin = 6

// particlesHeld reports whether, for each verb of a yes/no question that
// its particle follows ("show up", "give up", "break down"), the clause
// has the verb with the same particle after it: a phrasal verb means other
// than its verb alone, and the verb alone settles nothing of it.
func (e *Engine) particlesHeld(q *question, c *cand, clause span) bool {
	for i, t := range q.terms {
		w := strings.ToLower(t.word)
		at := slices.Index(q.words, w)
		if t.entity || at < 0 || at+1 >= len(q.words) || !particles[q.words[at+1]] || !(lexicon.IsVerb(w) || pastVerb(w)) {
			continue
		}
		particle, held := q.words[at+1], false
		for _, tok := range c.toks {
			if tok.Start < clause.start || tok.End > clause.end || !q.stands(tok.Term, i) {
				continue
			}
			if next, _ := nextWord(c.p.Text[tok.End:]); next == particle {
				held = true
			}
		}
		if !held {
			return false
		}
	}
	return true
}

// framesHeld reports whether a clause's words (lower case) hold each
// comparison or alterity of the question: a question that compares with
// something it names ("more troops *than france*") or asks of others than
// the ones named ("other", "another", "else") is settled only by a clause
// that does too, whatever its other words; a closed class of English. A
// "than" before a quantity ("after more than a day") compares with no one.
func framesHeld(q *question, clause []string) bool {
	for k, w := range q.words {
		if w != "than" {
			continue
		}
		next := q.words[k+1:]
		for len(next) > 0 && articles[next[0]] {
			next = next[1:]
		}
		if len(next) > 0 && slices.ContainsFunc(q.terms, func(t qterm) bool { return t.entity && strings.EqualFold(t.word, next[0]) }) && !slices.Contains(clause, "than") {
			return false
		}
	}
	alterity := []string{"other", "others", "another", "else"}
	return !holdsAny(q.words, alterity) || holdsAny(clause, alterity)
}

// holdsAny reports whether words hold any of set.
func holdsAny(words, set []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(set, w) })
}

// particles are the adverbs that make a phrasal verb of the verb before
// them: a closed class of English.
var particles = wordSet("up out off down over away back")

// personIndefinites are the indefinite pronouns that stand for people.
var personIndefinites = wordSet("anyone anybody someone somebody everyone everybody nobody")

// asksOfAnyone reports whether a question's words ask of people it does
// not name ("was anyone killed", "did somebody see it").
func asksOfAnyone(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return personIndefinites[w] })
}

// personNearVerb reports whether, within the clause, a person stands
// within personReach words of the question's verb: a noun for one
// ("people", "firefighters") or someone's name, not a speaker's ("Okafor
// said …"). With no verb of the question in the clause, any person in it.
func (e *Engine) personNearVerb(q *question, c *cand, clause span) bool {
	text := c.p.Text
	from, to := clause.start, clause.end
	if v, ok := e.verbAt(q, c); ok && v.start >= clause.start && v.end <= clause.end {
		from, to = wordsBack(text, v.start, personReach, clause.start), wordsOn(text, v.end, personReach, clause.end)
	}
	part := text[from:to]
	for w := range strings.FieldsSeq(strings.ToLower(part)) {
		if lexicon.IsPersonNoun(strings.Trim(w, ".,;:“”\"'’()")) {
			return true
		}
	}
	for _, n := range e.names(part) {
		if name := part[n.start:n.end]; e.personLike(name) && !e.isPlace(name) && !speaking(part, n) {
			return true
		}
	}
	return false
}

// personReach is how many words from the question's verb a person it is
// said of may stand ("351 people" after "killed").
const personReach = 4

// wordsBack is the byte n words before at in text, not before floor;
// wordsOn the byte n words after at, not past ceil.
func wordsBack(text string, at, n, floor int) int {
	for ; n > 0 && at > floor; n-- {
		i := strings.LastIndexByte(strings.TrimRight(text[floor:at], " "), ' ')
		if i < 0 {
			return floor
		}
		at = floor + i
	}
	return max(at, floor)
}

func wordsOn(text string, at, n, ceil int) int {
	for ; n > 0 && at < ceil; n-- {
		rest := strings.TrimLeft(text[at:ceil], " ")
		i := strings.IndexByte(rest, ' ')
		if i < 0 {
			return ceil
		}
		at = ceil - len(rest) + i
	}
	return min(at, ceil)
}

// otherNoun is the index of the question's term for what "other" picks
// out ("were *other airlines* grounded", "did any other sentaro
// *customers* get hit"): the first word of no name within two words after
// "other", past a count ("the other two *drivers*"); -1 where the
// question says no "other" of Xs: none in "each other" (a reciprocal) or
// "other than" (an exception), which ask of no other Xs. English "other
// X" asks of the Xs but the one named or in mind, so what is said of that
// one answers nothing.
func otherNoun(q *question) int {
	at := slices.Index(q.words, "other")
	if at < 0 || at > 0 && q.words[at-1] == "each" || at+1 < len(q.words) && q.words[at+1] == "than" {
		return -1
	}
	for _, w := range q.words[at+1 : min(len(q.words), at+3)] {
		if countWordRE.MatchString(w) {
			continue
		}
		if i := slices.IndexFunc(q.terms, func(t qterm) bool { return !t.entity && strings.EqualFold(t.word, w) }); i >= 0 {
			return i
		}
	}
	return -1
}

// countWordRE is a figure or a number word ("two", "12"), which counts
// the noun after it.
var countWordRE = regexp.MustCompile(`(?i)^(?:\d[\d.,]*|` + numberWords + `)$`)

// otherLookBack bounds the bytes saysOther reads before a term for
// "other": two words and their marks.
const otherLookBack = 24

// saysOther reports whether a candidate's passage holds question term n
// (as typed or by a synonym) with "other" or "others" among the two words
// before it: "Flights by *other airlines* …", "None of its *other
// customers* …".
func saysOther(q *question, c *cand, n int) bool {
	text := c.p.Text
	for _, tok := range c.toks {
		if !q.standsAs(tok.Term, n) {
			continue
		}
		from := max(0, tok.Start-otherLookBack)
		if from > 0 && text[from-1] != ' ' {
			// start at a word's start: a window cut inside "brothers"
			// would read "others"
			if k := strings.IndexByte(text[from:tok.Start], ' '); k >= 0 {
				from += k
			} else {
				from = tok.Start
			}
		}
		for _, w := range lastFieldsLower(strings.Map(keepWordRune, text[from:tok.Start]), 2) {
			if w == "other" || w == "others" {
				return true
			}
		}
	}
	return false
}
