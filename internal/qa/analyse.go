// Analysing a question into weighted terms.

package qa

import (
	"cmp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// bareName reads a name alone with a question mark ("kestrel analytics?",
// "sentaro??") as "what is X": chat asks what a name is by typing it. The
// words must all be ones the articles write only with a capital, a name
// of theirs, two to four of them (a single word alone is as often the
// topic of a follow-up: "and kessby?").
func (e *Engine) bareName(text string) string {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, "?") {
		return ""
	}
	t = strings.TrimRight(t, "?! ")
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		if !isLetters(w) || e.vocab.capital[lw] == "" || e.vocab.lower[lw] > 0 {
			return ""
		}
	}
	return "what is " + t
}

// describedSpeaker is the one person the articles describe by every word
// of the speaker of a "what did X say" question given as someone's
// relation ("Trump's son in law": Kushner, "Jared Kushner, President
// Trump's son-in-law"), by their surname as the articles write it; ""
// otherwise.
func (e *Engine) describedSpeaker(speaker string) string {
	// of a person's possessive only: "the German chancellor", "Kiev's
	// president" are titles, read as such (whoIs, describes)
	i := strings.Index(speaker, "'s ")
	if j := strings.Index(speaker, "’s "); i < 0 || j >= 0 && j < i {
		i = j
	}
	if i < 0 {
		return ""
	}
	owner := lastWord(speaker[:i])
	if ot := e.analyze(owner); len(ot) != 1 || e.people[ot[0].Term] == nil || e.isPlace(owner) {
		return ""
	}
	toks := e.analyze(speaker)
	if len(toks) < 2 {
		return ""
	}
	found := ""
	for surname, d := range e.people {
		if slices.ContainsFunc(toks, func(t index.Token) bool { return t.Term == surname }) {
			continue // one the speaker names: "Trump" is not "Trump's son in law"
		}
		if !slices.ContainsFunc(toks, func(t index.Token) bool { return !d[t.Term] }) {
			if found != "" {
				return "" // describes two
			}
			found = surname
		}
	}
	if found == "" {
		return ""
	}
	if name := e.vocab.capital[found]; name != "" {
		return name
	}
	// a surname the index stems ("Reyes": "rey"): the capitalised word of
	// the articles that analyses to it, the first in order
	name := ""
	for w, c := range e.vocab.capital {
		if t := e.analyze(w); len(t) == 1 && t[0].Term == found && (name == "" || c < name) {
			name = c
		}
	}
	return name
}

// countNearest is the least GloVe similarity of the articles' word a
// counted noun none of them uses is read as.
const countNearest = 0.5

// vagueNouns stand for whatever is meant (kinds.txt).
var vagueNouns = cueSet("vague-noun-words")

// analyse turns a validated question into terms with weights, in steps
// each later one reads the earlier ones' results of: its wording read
// (reworded), its kind (readKind), what it asks for (readFocus,
// readAsked, readVoice), the asker's frame (readReport), its terms
// (readTerms, finishTerms), then what its kind asks of them (readCounted,
// readDateVerb, readRole, readJob, readDoesDo, readDefines, readLocates).
func (e *Engine) analyse(text string) question {
	typed := text
	text, corrected, forms := e.reworded(text)
	q := question{text: text, typed: typed, words: chatWords(text), vec: sentenceVector(text, e.common), corrected: corrected, countVerb: -1, dateVerb: -1}
	q.future = asksFuture(&q)
	q.grades = gradesQuestion(&q)
	text = countryUS(text)
	framing := map[string]bool{} // "which *article mentions* …": the form of the question
	e.readKind(&q, text, framing)
	toks := e.s.Analyze(text) // not remembered: questions are many and varied
	// its words in lower case, as typed: split once for the readings below
	lower := strings.Fields(strings.ToLower(text))
	e.readFocus(&q, text, toks, lower)
	e.readAsked(&q, text)
	e.readVoice(&q, lower)
	// an outlet named in several words is a source, as one of one word is
	// ("what did the andes wire piece say"), no word of the answer
	outletAt, outletArts := e.outletTokens(toks)
	if len(outletArts) > 0 {
		q.outlets = outletArts
	}
	present := readReport(&q, text)
	e.readTerms(&q, text, toks, forms, framing, outletAt, present)
	e.finishTerms(&q)
	e.readCounted(&q, text)
	q.readDateVerb()
	e.readRole(&q)
	e.readJob(&q)
	readDoesDo(&q)
	e.readDefines(&q)
	e.readLocates(&q)
	q.described, q.alikeTitles = e.describedOf(&q)
	if q.countsArticles {
		// "how many articles mention greenland": found as "which
		// articles …" are (its words read as "how many" reads them), then
		// counted
		q.kind, q.asksArticles, q.counted, q.countVerb = KindWhat, true, nil, -1
	}
	q.body = e.bodySpeaker(&q) // (its kind as read at last)
	q.free = newFreeMemo(q.terms, q.words)
	return q
}

// reworded reads the question as typed into the question it asks: its
// spelling mended (reading), and a chat form rewritten as the question
// it stands for; corrected reports whether the words changed.
func (e *Engine) reworded(text string) (_ string, corrected bool, forms map[string]wordForm) {
	text, corrected, forms = e.reading(text)
	text = afterGistCue(text)
	if t := definitionAfter(text); t != "" {
		text, corrected = t, true // "ocha = ?", "refugio andino is what exactly", "flyfair who"
	} else if t := e.bareName(text); t != "" {
		text, corrected = t, true // "kestrel analytics?"
	} else if t := trailingAsk(text); t != "" {
		text, corrected = t, true // "total aftershocks since tuesday?? how many"
	}
	if t := stanceAsked(text); t != "" {
		text, corrected = t, true // "what did kushner make of the meeting": what Kushner said about it
	}
	if c := asCount(text); c != "" {
		text, corrected = c, true // "what's the vote count": "how many vote"
	}
	if strings.Contains(text, "'s ") || strings.Contains(text, "’s ") {
		// (a relation of a person is possessive: no second reading of
		// most questions)
		if k, speaker := classify(countryUS(text)); k == KindSaid && speaker != "" {
			if name := e.describedSpeaker(speaker); name != "" {
				// "what did trumps son in law say": what Kushner said, read so
				text, corrected = strings.Replace(text, speaker, name, 1), true
			}
		}
	}
	return text, corrected, forms
}

// readKind reads the question's kind and speaker (classify) and what the
// kind asks besides: a rate, an extent, a measure, an article. It puts in
// framing the words that frame a question about articles ("which *article
// mentions* …"), the form of the question, no word of its content.
func (e *Engine) readKind(q *question, text string, framing map[string]bool) {
	q.kind, q.speaker = classify(text)
	q.rate = q.kind == KindHowMany && asksRate(q)
	q.stranded = q.kind == KindSaid && saidStranded(q.words)
	if at := articleAsked(q.words); at >= 0 {
		q.asksArticle, q.asksArticles = true, strings.HasSuffix(q.words[at], "s")
		q.asksTopic = at+1 < len(q.words) && topicVerbs[q.words[at+1]] || at+2 < len(q.words) && q.words[at+2] == "about"
		q.asksQuoted = at+1 < len(q.words) && quoteVerbs[q.words[at+1]] // "which articles quote kushner"
		framing[q.words[at]], framing[q.words[at+1]] = true, true
		q.countsArticles = q.kind == KindHowMany
	}
	q.extent = asksExtent(q.words)
	if w := q.words; q.kind == KindHowMany && len(w) > 1 && w[0] == "how" {
		q.measure = measureOf(w[1]) // "how deep": a figure with its unit
	}
	if q.kind == KindSaid && e.articleSpeaks(q.speaker) {
		// "what does the first article say the deal hinges on": an article
		// says it in its own words, not in a quotation of someone
		q.kind, q.speaker = KindWhat, ""
	}
}

// readFocus reads the noun the question asks for: its head after "which"
// or "what", its focus (focusOf, or a bare or known noun of a "what"
// question) and the word that modifies the focus.
func (e *Engine) readFocus(q *question, text string, toks []index.Token, lowered []string) {
	if w := lowered; len(w) > 1 && (w[0] == "which" || w[0] == "what") && len(toks) > 0 && !auxiliaries[w[1]] && !getPassive[w[1]] {
		q.head = toks[0].Term
	}
	q.focus = focusOf(text, toks)
	if q.head != "" && q.focus != "" {
		// "which shipping *line* …": the head of a compound right after
		// "which" is its last noun, not "shipping" (a noun past a verb,
		// "which one calls starmer *keir*", is none of it)
		// nor a verb after the noun, which focusOf may take for the
		// focus: "which firm *runs* the trams", "which ship *struck* the
		// bank" ask for a firm, a ship
		for i := 1; i < min(len(toks), 3) && toks[i].Position == toks[i-1].Position+1; i++ {
			w := strings.ToLower(text[toks[i].Start:toks[i].End])
			next, _ := nextWord(text[toks[i].End:])
			if toks[i].Term == q.focus && !presentVerb(w) && !pastVerb(w) && !nounOpeners[next] {
				q.head = q.focus
			}
		}
	}
	if q.focus == "" && q.kind == KindWhat {
		q.focus = e.bareNounFocus(q.words, toks) // "latest death toll?": the noun asked about
	}
	if q.focus == "" && q.kind == KindWhat {
		q.focus = e.knownNounFocus(q.words, toks) // "anyone know a good pizza place": a place
	}
	if q.asksArticle && len(toks) > 0 && q.focus == toks[0].Term {
		q.focus = "" // "which article …" asks for an article, and the articles are known
	}
	for _, t := range toks {
		if t.Term == q.focus && getFold(vagueNouns, text[t.Start:t.End]) {
			q.focus = "" // "what stuff did they go over": no kind of answer named
			break
		}
	}
	for i := 1; i < len(toks) && q.focus != ""; i++ {
		if toks[i].Term == q.focus && toks[i-1].Position+1 == toks[i].Position {
			if w := strings.ToLower(text[toks[i-1].Start:toks[i-1].End]); !lexicon.IsFunctionWord(w) && !adjectiveLike(w) && !e.isNumberWord(w) {
				q.focusMod = toks[i-1].Term
			}
			break
		}
	}
}

// readAsked reads what shape of answer the question's form asks for: a
// place within a place ("where in paris"), a name ("what is it
// called"), a figure ("what share of …").
func (e *Engine) readAsked(q *question, text string) {
	if w := q.words; q.kind == KindWhere && len(w) > 2 && w[0] == "where" && w[1] == "in" && (e.isPlace(w[2]) || e.vocab.capital[w[2]] != "") {
		q.within = true // "where in paris was it held"
	}
	if w := strings.Fields(strings.ToLower(strings.TrimRight(text, "?!. "))); len(w) > 2 && (w[0] == "what" || w[0] == "whats" || w[0] == "what's" || w[0] == "what’s") {
		last := w[len(w)-1]
		q.naming = last == "called" || last == "named" || last == "dubbed" || w[len(w)-2] == "known" && last == "as"
	}
	if q.kind == KindWhat && !q.naming {
		q.figure = figureAsked(text, q.words) // "what share of members …": a percentage
	}
	if w := q.words; q.kind == KindSaid && len(w) > 2 && w[0] == "what" {
		// "what did the minister say the number of injured was": what
		// was said is a figure
		q.figure = cmp.Or(figureBefore(w[2:]), moneyVerbIn(w[2:]))
	}
}

// readVoice reads the verb whose subject a "what" question asks for: an
// active verb's ("what *caused* the collapse") or a passive's ("what was
// *set* aside").
func (e *Engine) readVoice(q *question, lowered []string) {
	if w := activeVerb(q.words); w != "" {
		// "what *sparked* a firm rebuke", "what *caused* the collapse",
		// "what could *weaken* the deal": what did it is the verb's
		// subject ("what happened" asks of an event)
		if t := e.s.Analyze(w); len(t) == 1 {
			q.active = t[0].Term
		}
	}
	if w := lowered; len(w) > 2 && w[0] == "what" {
		// "what was *set* aside …", "what topic got *set* aside …", "what
		// has been *agreed*": the answer is the passive's subject
		for i := 1; i <= 2 && i+1 < len(w); i++ {
			if !copulas[w[i]] && !getPassive[w[i]] && w[i] != "has" && w[i] != "have" {
				if auxiliaries[w[i]] || stopLike[w[i]] {
					break
				}
				continue // the noun asked about: "what *topic* got …"
			}
			v := w[i+1]
			if (w[i] == "has" || w[i] == "have") && v == "been" && i+2 < len(w) {
				v = w[i+2]
			} else if w[i] == "has" || w[i] == "have" {
				break // "what has X done": active
			}
			if pastVerb(v) || participles[v] {
				if t := e.s.Analyze(v); len(t) == 1 {
					q.passive = t[0].Term
				}
			}
			break
		}
	}
}

// readReport reads which report the question asks of (the earliest, the
// latest), whether of a state again or an outcome, and returns the spans
// of the question's text that are the asker's time or frame ("right
// now", "is it true that"), no words of its content.
func readReport(q *question, text string) [][2]int {
	var present [][2]int
	if q.kind == KindHowMany {
		// "how many were sick *at first*": which report of the count, no
		// word of what it counts ("initially expected to be represented"
		// is a word of what a "who" question asks)
		present = cueSpans(text, "present", "earliest-report", "final-report")
	} else {
		present = presentSpans(text)
	}
	if at, _ := findCue(q.words, "earliest-report"); at >= 0 {
		q.report = earliestReport
	} else if at, _ := findCue(q.words, "latest-report"); at >= 0 || len(present) > 0 {
		q.report = latestReport
	} else if at, _ := findCue(q.words, "final-report"); at >= 0 {
		q.report = latestReport
	}
	if at, _ := findCue(q.words, "state-again"); at >= 0 {
		q.stateAgain = true // "is the ferry running again": as it is now
	}
	if at, _ := findCue(q.words, "outcome-report"); at >= 0 && outcomeVerb(q, at) {
		q.outcome = true // "how did the strike end": as it came out
	}
	// "is it true that …", "true or false": the asker's frame for a claim,
	// no word of it (kinds.txt [claim-frame])
	return append(present, cueSpans(text, "claim-frame", "idiom")...) // "why did it break *in the first place*"
}

// finishTerms drops the terms that only say how something was said,
// marks each term's alignment and title, indexes them, and reads the
// article the question names by order or headline.
func (e *Engine) finishTerms(q *question) {
	if adverbs := speechAdverbs(q); len(adverbs) > 0 {
		// "did merz *ever* say …": whether or how X said it, no word of
		// what X said, which the passage and the verdict's clause must hold
		q.terms = slices.DeleteFunc(q.terms, func(t qterm) bool { return !t.entity && slices.Contains(adverbs, strings.ToLower(t.word)) })
	}
	for i := range q.terms {
		q.terms[i].meaning = aligns(&q.terms[i])
		q.terms[i].title = !q.terms[i].entity && e.titleWord(q.terms[i].word, q.terms[i].term)
	}
	q.indexTerms()
	if len(q.outlets) == 0 {
		// "who contributed reporting to the first article": by when it
		// came out, not by "first" in a headline
		q.named = e.articleByOrder(q.words)
	}
	if q.named == nil {
		q.named = e.articleByHeadline(q) // the words naming it are searched for too: they may be the topic
	}
}

// readCounted reads what a "how many" question counts, and the verb said
// of it when it counts people.
func (e *Engine) readCounted(q *question, text string) {
	if q.kind != KindHowMany || q.measure != "" {
		return
	}
	q.counted, q.countVerb = countedNoun(text, q.terms)
	if c := q.counted; c != nil && c.unknown && len(c.soft) == 0 && c.vec != nil {
		// "how many riders": a noun no article uses, nor a word near
		// it by soft matching's bar, counts as the articles' word
		// nearest it, if near at all ("passengers", 0.53)
		if near := e.soft.nearestFrom(strings.ToLower(c.word), c.vec, countNearest); len(near) > 0 {
			c.alts, c.soft = append(c.alts, near[0].term), append(c.soft, near[0])
			q.indexTerms()
		}
	}
	if q.counted != nil && !meansPerson(strings.ToLower(q.counted.word)) {
		// "how many people died": of people, the numbers a passage
		// gives are of many things they do; of "powers" or
		// "countries", what the question says is often paraphrased
		q.countVerb = -1
	}
}

// readDateVerb reads the first verb of a "when" question's words ("when
// did the power *come* back on"): what a date must be said of.
func (q *question) readDateVerb() {
	if q.kind != KindWhen {
		return
	}
	for i, t := range q.terms {
		if w := strings.ToLower(t.word); !t.entity && (lexicon.IsVerb(w) || pastVerb(w)) && !q.afterNounMarker(w) && !nounForm(w) {
			q.dateVerb = i
			break
		}
	}
}

// readRole reads whether a "who" question asks who holds a role ("who is
// the health minister"), with the nouns that qualify its title; if not,
// the name it asks for and whether it asks who leads.
func (e *Engine) readRole(q *question) {
	if q.kind == KindWho && len(q.terms) > 0 {
		q.role = false
		hasTitle, others := false, false
		for kt := range q.terms {
			t := &q.terms[kt]
			switch {
			case e.roleWord(*t):
				hasTitle = true
			case e.isPlace(t.word) || isDemonym(t.word) || countryWord(t.word) || t.entity && e.isPlace(strings.TrimSuffix(t.word, "s")) || getFold(whereNouns, t.word) || t.unknown && !t.entity:
				// a place, "frances" for "France's" too, or a word for one
				// ("the governor of the Antofagasta *region*")
			case getFold(roleTime, t.word):
				// "the current president": when, not which office
			case !t.entity && (e.beforeTitle(q.words, t.word) || e.ofTitle(q.words, t.word)):
				// "health minister", "army chief", "the leader of the
				// council": a noun that qualifies the title is part of
				// the role
				q.roleMods = append(q.roleMods, t.term)
			default:
				others = true
			}
		}
		q.role = hasTitle && !others
	}
	if q.kind == KindWho && !q.role {
		q.nameOf, q.nameWord = e.nameOf(q.words)
		if at, _ := findCue(q.words, "lead-question"); at >= 0 {
			q.leads = true
		}
	}
}

// readJob reads a "what" question that asks a named person's job
// ("what's Carney's job", "what is Witkoff's role") as "who": who he is,
// by what the articles call him.
func (e *Engine) readJob(q *question) {
	if q.kind != KindWhat || len(q.terms) < 2 || !getFold(roleNouns, q.terms[len(q.terms)-1].word) {
		return
	}
	named := true
	for _, t := range q.terms[:len(q.terms)-1] {
		named = named && t.entity
	}
	if named {
		q.kind, q.terms, q.asksJob = KindWho, q.terms[:len(q.terms)-1], true
		q.indexTerms()
	}
}

// readDoesDo reads "what does Kieran Doyle do (for the council)" as
// "who is Kieran Doyle": his work, who he is by what the articles call
// him ("The council's head of structures, Kieran Doyle"); "what did he
// do" asks for a deed.
func readDoesDo(q *question) {
	if q.kind != KindWhat {
		return
	}
	at := doesDoAt(q.words)
	if at <= 0 {
		return
	}
	asked := q.words[2:at]
	var named []qterm
	for kt := range q.terms {
		t := &q.terms[kt]
		if slices.Contains(asked, strings.ToLower(t.word)) {
			named = append(named, *t)
		}
	}
	nameOnly := len(named) == len(asked) // every word between "does" and "do" the name's: not "what is X going to do"
	if nameOnly && len(named) > 1 && !slices.ContainsFunc(named, func(t qterm) bool { return !t.entity }) {
		// (a full name, a person's: "what does SkyDesk do" asks what
		// a system does)
		q.kind, q.terms = KindWho, named
		q.indexTerms()
	}
}

// readDefines reads whether a "who" question names someone ("who is
// Jared Kushner?") rather than a role ("who is the Canadian PM?"),
// dropping the chat's filler ("who even is Kushner"), which names no one
// and is no part of what is asked.
func (e *Engine) readDefines(q *question) {
	if q.kind != KindWho || len(q.terms) == 0 {
		return
	}
	q.defines = true
	var names []qterm
	for kt := range q.terms {
		t := &q.terms[kt]
		if !t.entity && getFold(fillerWords, t.word) {
			continue
		}
		names = append(names, *t)
		q.defines = q.defines && t.entity && !e.titles[t.term] && e.roleTerms(t.word, t.term) == nil && !e.isPlace(t.word) && !isDemonym(t.word)
	}
	if q.defines = q.defines && len(names) > 0; q.defines && len(names) < len(q.terms) {
		q.terms = names
		q.indexTerms()
	}
}

// readLocates reads whether a "where" question asks where a place itself
// lies ("where is Calama"), which the articles say in an apposition
// ("Calama, a city … on the edge of the Atacama Desert"), not where
// something happened in it.
func (e *Engine) readLocates(q *question) {
	if q.kind == KindWhere && len(q.terms) == 1 && q.terms[0].entity && e.isPlace(q.terms[0].word) && len(q.words) > 1 && (copulas[q.words[1]] || q.words[0] == "where's" || q.words[0] == "wheres") {
		q.locates = true
	}
}
