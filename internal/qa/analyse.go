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

// analyse turns a validated question into terms with weights.
func (e *Engine) analyse(text string) question {
	typed := text
	text, corrected, forms := e.reading(text)
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
	q := question{text: text, typed: typed, words: chatWords(text), vec: sentenceVector(text, e.common), corrected: corrected, countVerb: -1, dateVerb: -1}
	q.future = asksFuture(&q)
	q.grades = gradesQuestion(&q)
	text = countryUS(text)
	q.kind, q.speaker = classify(text)
	q.rate = q.kind == KindHowMany && asksRate(&q)
	q.stranded = q.kind == KindSaid && saidStranded(q.words)
	framing := map[string]bool{} // "which *article mentions* …": the form of the question
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
	toks := e.s.Analyze(text) // not remembered: questions are many and varied
	// its words in lower case, as typed: split once for the readings below
	lower := strings.Fields(strings.ToLower(text))
	if w := lower; len(w) > 1 && (w[0] == "which" || w[0] == "what") && len(toks) > 0 && !auxiliaries[w[1]] && !getPassive[w[1]] {
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
	if w := activeVerb(q.words); w != "" {
		// "what *sparked* a firm rebuke", "what *caused* the collapse",
		// "what could *weaken* the deal": what did it is the verb's
		// subject ("what happened" asks of an event)
		if t := e.s.Analyze(w); len(t) == 1 {
			q.active = t[0].Term
		}
	}
	if w := lower; len(w) > 2 && w[0] == "what" {
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
	// an outlet named in several words is a source, as one of one word is
	// ("what did the andes wire piece say"), no word of the answer
	outletAt, outletArts := e.outletTokens(toks)
	if len(outletArts) > 0 {
		q.outlets = outletArts
	}
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
	if at, _ := findCue(q.words, "outcome-report"); at >= 0 && outcomeVerb(&q, at) {
		q.outcome = true // "how did the strike end": as it came out
	}
	// "is it true that …", "true or false": the asker's frame for a claim,
	// no word of it (kinds.txt [claim-frame])
	present = append(present, cueSpans(text, "claim-frame", "idiom")...) // "why did it break *in the first place*"
	first := true
	saidForm := false // the verb of saying that makes a "what did X say" question is passed
	seen := map[string]bool{}
	n := float64(max(e.s.Docs(), 1))
	if len(toks) > 0 {
		q.terms = make([]qterm, 0, len(toks)) // (a term is large: one allocation, not one a doubling)
	}
	for k, t := range toks {
		word := text[t.Start:t.End]
		lw := strings.ToLower(word)
		if outletAt[k] {
			first = false
			continue
		}
		if yesNoTail[lw] && strings.HasSuffix(strings.TrimRight(strings.ToLower(text[:t.Start]), " "), " or") && strings.Trim(text[t.End:], " ?!.") == "" {
			continue // "… or not", "… or nah": the chat tag that asks whether, no word of its content
		}
		if negWords[lw] || strings.HasSuffix(lw, "n't") {
			q.negated = true
		}
		initial := first
		first = false
		if lw == "going" && futureGoing(text[t.End:]) {
			continue // "how is X *going* to help": the future, as "will" is (a later "go" still counts)
		}
		if indefinites[lw] {
			continue // "did *anyone* find …": stands for the answer, names nothing
		}
		if getPassive[lw] && k+1 < len(toks) && pastVerb(strings.ToLower(text[toks[k+1].Start:toks[k+1].End])) {
			continue // "how many *got* hurt", "who got arrested": the passive's auxiliary, as "were" is
		}
		if slices.ContainsFunc(present, func(s [2]int) bool { return t.Start >= s[0] && t.End <= s[1] }) {
			continue // "how many died *right now*": the asker's time (kinds.txt [present])
		}
		if kindNouns[lw] && strings.HasPrefix(strings.ToLower(text[t.End:]), " of ") && wh(text[:t.Start]) {
			q.asksKind = true
			continue // "what *kind* of guarantees": the question word, "what guarantees"
		}
		if framing[lw] {
			delete(framing, lw) // once: "which article talks about the *talks*"
			continue
		}
		if q.kind == KindWhen && whenNouns[lw] && ofWhenNoun(text[:t.Start]) {
			continue // "what day of the *week*": the form of the question, as "what day"
		}
		if initial && imperatives[lw] && len(q.words) > 0 && q.words[0] == lw {
			continue // "*list* the countries that …", "*give* me the …": the request, not its content
		}
		if seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		if arts := e.outlets[t.Term]; len(arts) > 0 && (isCapital(word) || e.s.DocFreq(t.Term) == 0) {
			q.outlets = arts // a source, not a word of the answer
			continue
		}
		if arts := e.outletOnly(t.Term, lw); len(arts) > 0 {
			q.outlets = arts // "the tidende article": a word only an outlet's name uses, the outlet
			continue
		}
		if q.naming && namingWords[lw] {
			continue // "what is the force *called*": the form of the question
		}
		if q.kind == KindSaid && lexicon.AsksForWords(lw) && !saidForm {
			saidForm = true // "what did X *say* …", but not "… are *meant* to do"
			continue
		}
		if q.measure != "" && measureOf(lw) == q.measure {
			// "how *deep*": the form of the question, and what it asks
			// about, read as the noun the articles use for it ("depth")
			if m := e.measureNoun(lw); m != "" && !seen[m] {
				seen[m] = true
				q.terms = append(q.terms, qterm{term: m, word: m, typed: word, normalised: word, idf: idf(n, float64(e.s.DocFreq(m)))})
			}
			continue
		}
		if causativeGet(lw, text[t.End:]) {
			continue // "did they *get* it free": the word after its object says what was done
		}
		if formWords[q.kind][lw] && !(lw == "long" && asksLength(q.words)) || lw == "according" {
			continue // "how many", "what did X say": the form of the question, not its content
		}
		if fillerWords[lw] && !isCapital(word) {
			continue // "why did they collapse *tho*", "so what did he *actually* say": chat filler, no word of what is asked
		}
		if vagueNouns[lw] && endsNounPhrase(text[t.End:]) && !wh(text[:t.Start]) {
			// "the paris *thing*", "the security *stuff* they agreed":
			// it stands for whatever is meant, and matches nothing
			// ("really", "sure"); but after "what" it may be the verb
			// ("what *matters* most"), and before a noun an adjective
			// ("a *kind* gesture")
			continue
		}
		qt := qterm{term: t.Term, word: word, typed: word, normalised: word, entity: isCapital(word) && !initial}
		if f, ok := forms[lw]; ok {
			qt.typed, qt.normalised = f.typed, f.normalised
		}
		qt.vec, _ = lexicon.Default().Vector(lw)
		if q.speaker != "" && strings.Contains(strings.ToLower(q.speaker), lw) && namesSpeaker(q.speaker, lw) && !describedSpeaker(q.speaker, lw, e.people[t.Term] == nil) {
			// "what did zelenskyy say": the speaker, however typed; but a
			// noun for a person no one the articles name is called, with
			// words before it or plural ("what did washingtons *guy* say",
			// "ppl"), is no name
			qt.entity = true
		}
		if q.kind == KindWho && !qt.entity && pluralNoun(lw) {
			q.plural = q.plural || strings.Contains(" were are ", " "+strings.Fields(strings.ToLower(text) + " x")[1]+" ") || whoNouns[lw]
		}
		if initial && isCapital(word) && !auxiliaries[lw] && !imperatives[lw] && !lexicon.IsFunctionWord(lw) {
			qt.entity = true // "Zelensky said what?", "Merz …"
		}
		if !qt.entity && (e.people[t.Term] != nil && !commonWord(lw) && (e.vocab.capital[lw] != "" || !lexicon.IsWord(lw)) || e.isPlace(word)) {
			// "who called starmer incredible": a name, typed in lower case;
			// not a common English word the articles also use in a name
			// ("river" of "the Loa River"), nor an English word they
			// write mostly in lower case ("steel bridges", though a
			// "Bridges Trust" be named) or never alone ("meadow", of
			// "Wend Meadows")
			qt.entity = true
		}
		if !qt.entity && lexicon.IsName(lw) && !fillerWords[lw] {
			// "did turkish rescuers …": a name English only ever
			// capitalises, typed in lower case; as it may be a chat word
			// SCOWL capitalises or a capital standing for its government,
			// the evidence weighs it
			// and no rule declines for it alone
			qt.entity, qt.lowerName = true, true
		}
		if e.titles[t.Term] {
			qt.entity = false // "the British PM": a title, capitalised or not, names no one
		}
		if qt.entity && k+1 < len(toks) && toks[k+1].Position == t.Position+1 && !isCapital(text[toks[k+1].Start:toks[k+1].End]) {
			qt.setting = e.isPlace(word)
		}
		if qt.entity && !qt.setting {
			if qt.head, qt.phrase = nameHead(text, toks, k); qt.head != "" {
				if ht := e.analyze(qt.head); len(ht) == 1 {
					qt.headTerm = ht[0].Term
				} else {
					qt.head, qt.phrase = "", ""
				}
			}
		}
		df := e.s.DocFreq(t.Term)
		qt.alts = append(qt.alts, e.s.Synonyms(t.Term)...)
		if df == 0 {
			if v := e.variantTerms(lw); len(v) > 0 {
				// "epicenter" where the articles write "epicentre"
				qt.alts = append(qt.alts, v...)
				qt.spellings = v
				df = e.bestDF(v)
			} else if infl := e.inflectedTerms(lw); len(infl) > 0 {
				// "how will violations be dealt with" where the articles
				// write "deal": one word, irregularly inflected
				qt.alts = append(qt.alts, infl...)
				qt.spellings = infl
				df = e.bestDF(infl)
			} else if full := e.acronyms[lw]; len(full) > 0 && len(lw) <= maxAcronym && (word != lw || !commonWord(lw)) {
				// "EU" for the European Union the articles name in full; a
				// common word typed in lower case is itself ("go over", not
				// the initials of "Glaring Omission")
				qt.alts = append(qt.alts, full...)
				qt.expansion = full
				df = e.bestDF(full)
				qt.entity = true
			} else if full := e.acronymTerms(lw); len(full) > 0 && (word != lw || !commonWord(lw)) {
				// "who is the ceo" where the articles name the "chief
				// executive": an English acronym (WordNet's) the
				// articles write out
				qt.alts = append(qt.alts, full...)
				df = e.bestDF(full)
			} else if gov := e.capitalTerms(lw); len(gov) > 0 && !getFold(placePreps, lastWord(text[:t.Start])) {
				// "berlin's attitude": a capital no article names stands
				// for its country's government, as Washington does; but
				// "in Lima" is the city, where nothing the articles tell
				// happened
				qt.alts = append(qt.alts, gov...)
				df = e.bestDF(gov)
				qt.entity, qt.capital = true, true
			} else if near := e.nearTerms(word); len(near) > 0 {
				qt.alts = append(qt.alts, near...)
				qt.spellings = near
				df = e.bestDF(near)
				qt.entity = qt.entity || !e.titles[t.Term] // a misspelled name ("grinkevich"), typed in lower case or not
			} else if len(qt.alts) > 0 {
				df = e.bestDF(qt.alts)
			}
		} else if full := e.acronyms[lw]; len(full) > 1 && len(lw) <= maxAcronym && initials(e.vocab.capital[lw]) && (word != lw || !commonWord(lw)) {
			// "the CAA inquiry" where a passage writes "the Civil
			// Aviation Authority": an acronym the articles use stands
			// for their name of its initials, written out, too (all
			// its words together: cover); but "tell us" is no US
			qt.expansion = full
			qt.entity = true
		}
		before := strings.ToLower(lastWord(text[:t.Start])) // the word before, read by the particle and the verb tests
		if !qt.entity && !articles[before] && !determiners[before] && !possessives[before] {
			// a word after a determiner is a noun, whose next word is
			// no particle of it: "the water *down* in the valley", "the
			// back up generator"
			qt.particle = phrasalParticle(lw, text[t.End:])
		}
		if !qt.entity && !e.titles[t.Term] {
			// the articles' words for nearly the same thing match it, but
			// a word no article uses still counts as unknown: it may be
			// paraphrase or what the articles do not cover, which the
			// evidence weighs
			// a verb alone, not one with its particle ("dug out" is no
			// "tunnel"), matches its WordNet relatives too
			qt.soft = e.softAlts(qt, qt.alts, qt.particle == "" && readAsVerbWith(lw, before, e.holdsNumber))
			if len(qt.soft) == 0 {
				// "how much is being *held up*": a verb GloVe puts
				// near no word of the articles (the commonest
				// verbs, whose meaning is in their particle) is read
				// with its particle as one verb, by its synonyms
				for _, a := range e.phrasalAlts(lw, text[t.End:]) {
					if a.term != qt.term && !slices.Contains(qt.alts, a.term) {
						qt.soft = append(qt.soft, a)
					}
				}
			}
		}
		if df == 0 && len(qt.soft) == 0 {
			if g := e.regrouped(lw); g != "" {
				// "the 2500 bucks": the articles' "$2,500", the same
				// figure grouped otherwise, said in other words
				qt.soft = []termAlt{{term: g, w: 1}}
			}
		}
		if df == 0 && len(qt.soft) == 0 && !qt.entity && !e.titles[t.Term] {
			qt.weak = e.weakAlts(qt)
		}
		if df == 0 {
			qt.unknown = true
			q.unknown = append(q.unknown, word)
			qt.idf = idf(n, 1) // a word no passage has: it matters, but matches nothing
		} else {
			qt.idf = idf(n, float64(df))
		}
		if !qt.entity {
			qt.idf *= specificity(lw)
		}
		q.terms = append(q.terms, qt)
	}
	if adverbs := speechAdverbs(&q); len(adverbs) > 0 {
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
		q.named = e.articleByHeadline(&q) // the words naming it are searched for too: they may be the topic
	}
	if q.kind == KindHowMany && q.measure == "" {
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
	if q.kind == KindWhen {
		// the first verb of the question's words ("when did the power
		// *come* back on"): what a date must be said of
		for i, t := range q.terms {
			if w := strings.ToLower(t.word); !t.entity && (lexicon.IsVerb(w) || pastVerb(w)) && !q.afterNounMarker(w) && !nounForm(w) {
				q.dateVerb = i
				break
			}
		}
	}
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
	if q.kind == KindWhat && len(q.terms) > 1 && getFold(roleNouns, q.terms[len(q.terms)-1].word) {
		// "what's Carney's job", "what is Witkoff's role": who he is, by
		// what the articles call him
		named := true
		for _, t := range q.terms[:len(q.terms)-1] {
			named = named && t.entity
		}
		if named {
			q.kind, q.terms, q.asksJob = KindWho, q.terms[:len(q.terms)-1], true
			q.indexTerms()
		}
	}
	if at := doesDoAt(q.words); q.kind == KindWhat && at > 0 {
		// "what does Kieran Doyle do (for the council)": his work, who
		// he is by what the articles call him, as "who is Kieran Doyle"
		// asks ("The council's head of structures, Kieran Doyle"); "what
		// did he do" asks for a deed
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
	if q.kind == KindWho && len(q.terms) > 0 {
		// "who is Jared Kushner?" names someone; "who is the Canadian PM?"
		// names a role; "who even is Kushner": the chat's filler names
		// no one and is no part of what is asked
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
	if q.kind == KindWhere && len(q.terms) == 1 && q.terms[0].entity && e.isPlace(q.terms[0].word) && len(q.words) > 1 && (copulas[q.words[1]] || q.words[0] == "where's" || q.words[0] == "wheres") {
		// "where is Calama": where the place itself lies, which the
		// articles say in an apposition ("Calama, a city … on the edge
		// of the Atacama Desert"), not where something happened in it
		q.locates = true
	}
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
