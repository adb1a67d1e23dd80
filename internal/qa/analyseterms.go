// Reading a question's words into its terms.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// readTerms reads the question's words into its terms, in order: each
// word of its content once, not the words of its form or frame
// (asksForm, notContent) nor an outlet's (termOutlet), read as a name or
// not (newTerm), with the articles' words for it (termAlts, termSoft),
// weighted by how few passages have it. Each step is given the word in
// lower case (lw), lower-cased once here.
func (e *Engine) readTerms(q *question, text string, toks []index.Token, forms map[string]wordForm, framing map[string]bool, outletAt map[int]bool, present [][2]int) {
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
		if asksForm(q, text, toks, k, lw, initial, present, framing) {
			continue
		}
		if seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		if e.termOutlet(q, t, word, lw) {
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
		if notContent(q, text, t, word, lw) {
			continue
		}
		qt := e.newTerm(q, text, toks, k, lw, forms, initial)
		df := e.termAlts(&qt, text, t, lw)
		e.termSoft(&qt, text, t, lw, df)
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
}

// asksForm reports whether the question's word toks[k] is of its form,
// not its content: the future's "going", an indefinite standing for the
// answer, a passive's auxiliary, the asker's time or frame (present), a
// question word's noun ("what *kind* of"), the words framing a question
// about articles (each once), a "when" question's noun of time, an
// opening request ("*list* the …").
func asksForm(q *question, text string, toks []index.Token, k int, lw string, initial bool, present [][2]int, framing map[string]bool) bool {
	t := toks[k]
	if lw == "going" && futureGoing(text[t.End:]) {
		return true // "how is X *going* to help": the future, as "will" is (a later "go" still counts)
	}
	if indefinites[lw] {
		return true // "did *anyone* find …": stands for the answer, names nothing
	}
	if getPassive[lw] && k+1 < len(toks) && pastVerb(strings.ToLower(text[toks[k+1].Start:toks[k+1].End])) {
		return true // "how many *got* hurt", "who got arrested": the passive's auxiliary, as "were" is
	}
	if slices.ContainsFunc(present, func(s [2]int) bool { return t.Start >= s[0] && t.End <= s[1] }) {
		return true // "how many died *right now*": the asker's time (kinds.txt [present])
	}
	if kindNouns[lw] && strings.HasPrefix(strings.ToLower(text[t.End:]), " of ") && wh(text[:t.Start]) {
		q.asksKind = true
		return true // "what *kind* of guarantees": the question word, "what guarantees"
	}
	if framing[lw] {
		delete(framing, lw) // once: "which article talks about the *talks*"
		return true
	}
	if q.kind == KindWhen && whenNouns[lw] && ofWhenNoun(text[:t.Start]) {
		return true // "what day of the *week*": the form of the question, as "what day"
	}
	if initial && imperatives[lw] && len(q.words) > 0 && q.words[0] == lw {
		return true // "*list* the countries that …", "*give* me the …": the request, not its content
	}
	return false
}

// termOutlet reports whether the question's word names an outlet, and
// reads it as the question's source (q.outlets), no word of the answer.
func (e *Engine) termOutlet(q *question, t index.Token, word, lw string) bool {
	if arts := e.outlets[t.Term]; len(arts) > 0 && (isCapital(word) || e.s.DocFreq(t.Term) == 0) {
		q.outlets = arts // a source, not a word of the answer
		return true
	}
	if arts := e.outletOnly(t.Term, lw); len(arts) > 0 {
		q.outlets = arts // "the tidende article": a word only an outlet's name uses, the outlet
		return true
	}
	return false
}

// notContent reports whether the question's word says nothing of what is
// asked: a causative "get", a word of its kind's form ("how many"), chat
// filler, a vague noun standing for whatever is meant.
func notContent(q *question, text string, t index.Token, word, lw string) bool {
	if causativeGet(lw, text[t.End:]) {
		return true // "did they *get* it free": the word after its object says what was done
	}
	if formWords[q.kind][lw] && !(lw == "long" && asksLength(q.words)) || lw == "according" {
		return true // "how many", "what did X say": the form of the question, not its content
	}
	if fillerWords[lw] && !isCapital(word) {
		return true // "why did they collapse *tho*", "so what did he *actually* say": chat filler, no word of what is asked
	}
	if vagueNouns[lw] && endsNounPhrase(text[t.End:]) && !wh(text[:t.Start]) {
		// "the paris *thing*", "the security *stuff* they agreed":
		// it stands for whatever is meant, and matches nothing
		// ("really", "sure"); but after "what" it may be the verb
		// ("what *matters* most"), and before a noun an adjective
		// ("a *kind* gesture")
		return true
	}
	return false
}

// newTerm reads the question's word toks[k] as a term: as typed, its
// vector, and whether it is a name (the speaker, a capitalised word, a
// person or place the articles name, a name English capitalises, no
// title), a setting, a name with its head noun. Of a "who" question it
// reads whether the answer is plural too.
func (e *Engine) newTerm(q *question, text string, toks []index.Token, k int, lw string, forms map[string]wordForm, initial bool) qterm {
	t := toks[k]
	word := text[t.Start:t.End]
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
	return qt
}

// termAlts fills the term's alternatives (the index's synonyms and, of a
// word no passage has, the articles' spelling, inflection, acronym,
// capital or near word for it) and returns how many passages have the
// term or its best alternative.
func (e *Engine) termAlts(qt *qterm, text string, t index.Token, lw string) int {
	word := qt.word
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
	return df
}

// termSoft fills the term's particle and its soft and weak matches: the
// articles' words for nearly the same thing, or for the same figure.
func (e *Engine) termSoft(qt *qterm, text string, t index.Token, lw string, df int) {
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
		qt.soft = e.softAlts(*qt, qt.alts, qt.particle == "" && readAsVerbWith(lw, before, e.holdsNumber))
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
		qt.weak = e.weakAlts(*qt)
	}
}
