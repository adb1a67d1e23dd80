// Evidence: how surely the best candidate answers, and its features.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// evidence is how surely the best candidate answers the question rather
// than being only near it: the weighted sum of its evidence features,
// below 0 when the articles do not say.
func (e *Engine) evidence(q *question, top *cand) float64 {
	f := e.evidenceFeatures(q, top)
	return dot(e.w.Evidence[:], f[:])
}

// evidenceFeatures are the signals evidence weighs.
func (e *Engine) evidenceFeatures(q *question, top *cand) [nEvidenceFeatures]float64 {
	var total, unknown float64
	wordedVerbs := verbsOnlyUnknown(q)
	var passageWords []string
	var nearIn []float64 // each unknown term's soft weight, or nearness in the best passage (passageNear)
	for kt := range q.terms {
		t := &q.terms[kt]
		w := evidenceWeight(*t)
		if t.unknown {
			w *= unknownScale(q, *t, wordedVerbs) // likely the asker's wording
			// and less where the articles say it in other words (GloVe's
			// neighbours among theirs, soft matching): "nabbed" for
			// "arrested" is the asker's wording, not another subject;
			// and where the best passage itself says it nearly so
			// (passageNear: "grandkids" for its "grandchildren")
			if nearIn == nil {
				passageWords, nearIn = wordsOf(lower(top.p.Text)), make([]float64, len(q.terms))
			}
			nearIn[kt] = max(t.near(), passageNear(*t, passageWords))
			if nearIn[kt] < 1 && e.saidOtherwiseIn(*t, top) {
				nearIn[kt] = 1
			}
			unknown += w * (1 - nearIn[kt])
		}
		total += w
	}
	var f [nEvidenceFeatures]float64
	f[eBias] = 1
	f[eCoverage] = top.cov
	f[eAnswerType] = top.typeOK
	exact := e.exactTerms(q, top)
	f[eExactShare] = float64(exact) / float64(max(len(q.terms), 1))
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.entity {
			// a question that names nothing holds its names vacuously:
			// that is no evidence
			f[eNames], f[eNamed] = top.entShare, 1
			break
		}
	}
	f[eProximity] = top.feat[fProximity]
	f[eFutureUnmet] = b2f(futureUnmet(q, top) || e.datesDone(q, top))
	f[eUnknownShare] = unknown / max(total, 1e-9)
	f[eSoftOnly] = b2f(exact == 0)
	f[eSemantic] = top.feat[fSemantic]
	// a near miss lacks one word of substance ("how many *tents*", "the
	// *governor* of"): the weightiest word the passage does not match
	var heaviest, missing float64
	for i, t := range q.terms {
		w := evidenceWeight(t)
		heaviest = max(heaviest, w)
		if i < len(top.match) && top.match[i] == 0 {
			missing = max(missing, w)
		}
	}
	f[eMissingMax] = missing / max(heaviest, 1e-9)
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.unknown && t.term == q.focusMod && !t.entity && q.kind != KindWho {
			// "the best *pizza* place": a kind of the noun asked about
			// that no article speaks of ("euro" is not "European")
			f[eFocusUnknown] = 1 - nearIn[kt]
		}
		if t.unknown && t.term == q.focus && !meansPerson(strings.ToLower(t.word)) && !focusListed(q, top.p.Text) && !slices.ContainsFunc(t.soft, func(a termAlt) bool { return hasTerm(top.toks, a.term) }) {
			// "which hotel …", "what is the budget …": what is asked for
			// is something no article speaks of, unless in other words
			// ("kids" for the articles' "children"), and not at all
			// where the best passage says it so ("whats the *job* of the
			// old lady": "… who was *working* the night shift"); but
			// "which us *guy*" asks for a person, whatever word it takes
			f[eFocusUnknown] = focusUnknown(q, nearIn[kt])
		}
	}
	f[eTypeMissing] = b2f(specOf(q.kind).needsType && top.typeOK == 0) // "when", "how many" and no date or number
	if q.kind == KindHowMany {
		// a number, but not of what is asked about (1), or of it but not
		// of what the question says of it (0.5)
		f[eCountMissing] = min(1, 2*(1-top.typeOK))
		if e.sumOfOther(q, top) {
			f[eCountMissing] = 1
		}
	}
	return f
}

// sumOfOther reports whether a question asks for a sum of money
// (asksMoney: "how much did the tents at the stadium cost") and the best
// passage says nothing the question says, in no word of it nor of its
// synonyms (question.has), at most words GloVe puts near them: "The UN
// launched a flash appeal for $310 million to pay for six months of
// shelter". A sum is said of what its sentence names, and a sentence that
// names nothing asked about gives the sum of something else; a passage
// that holds one sum is as near to a "how much" question as any other. The
// ranking is left as it is: its answer type sees the sum, and a passage
// ranked first by it that names what is asked answers ("the cost had
// risen by £190 million" for "how much will a tram ticket cost" is the
// decline's to weigh, not this).
func (e *Engine) sumOfOther(q *question, top *cand) bool {
	if !asksMoney(q) || !slices.ContainsFunc(q.terms, func(t qterm) bool { return !moneyWords[strings.ToLower(t.word)] }) {
		// (a question that names nothing but the money, "how much did it
		// cost", asks of what its context names: no passage can fail to
		// name it: final read FH6)
		return false
	}
	for _, tok := range top.toks {
		if q.has(tok.Term) {
			return false
		}
	}
	return true
}

// focusUnknown is the focus_unknown evidence of the noun a question asks
// about, a word no article uses that the best passage does not say in
// other words either, whose nearest word in the articles or the passage
// (passageNear) has soft weight near: 1 less near, and half of
// that where the articles say it in other words (knownNear: "fix" where
// they write "repair"). What is asked about is then something the
// coverage speaks of, and the best passage's words for it may be others
// again ("what fix did the consultants propose": "bolting extra steel
// plates across the welds"); a noun nothing in the articles is near
// ("hotel", "weather") counts in full, and so does the noun of a "which"
// question, which asks for a thing of its kind by name (namesOfKind): a
// passage that does not speak of the kind names none of it ("which
// company owns the mines", where the articles say "firm" elsewhere).
func focusUnknown(q *question, near float64) float64 {
	f := 1 - near
	if near >= knownNear && (len(q.words) == 0 || q.words[0] != "which") {
		f *= saidOtherwiseShare
	}
	return f
}

// saidOtherwiseShare is how much of focus_unknown counts for a noun the
// articles say in other words (focusUnknown).
const saidOtherwiseShare = 0.5

// askerVerbShare is how much of its weight a verb no article uses keeps
// in the unknown share where the question's other words are the
// articles' (verbsOnlyUnknown).
const askerVerbShare = 0.5

// knownNear is the soft weight (qterm.near) at which a word no article
// uses counts as theirs in other words: a similarity of 0.625.
const knownNear = 0.5

// unknownScale is how much of its evidence weight a word no article uses
// (t) counts with: half, as likely the asker's wording; half of that
// again for a verb where the question's other words are the articles'
// (wordedVerbs, verbsOnlyUnknown), and not the noun asked about.
func unknownScale(q *question, t qterm, wordedVerbs bool) float64 {
	if wordedVerbs && t.term != q.focus && usedAsVerb(q, t) {
		return askerVerbShare / 2
	}
	return 0.5
}

// verbsOnlyUnknown reports whether the only words of a question that no
// article uses, nor says in other words (knownNear), are verbs (WordNet's,
// lexicon.IsVerb): "what time did it *plow* into the bank", "why wont
// they just *yank* it out". What the question asks about is the
// articles'; the verb is the asker's wording of what a passage tells
// ("struck the bank"), as often informal, so it counts less against the
// passage than a subject no article speaks of ("who *won* the *champions
// league* final": a league no article names).
func verbsOnlyUnknown(q *question) bool {
	return !slices.ContainsFunc(q.terms, func(t qterm) bool {
		return unsaid(t) && !usedAsVerb(q, t)
	})
}

// usedAsVerb reports whether a question's word is a verb (WordNet's,
// lexicon.IsVerb) where it stands: not after a word that opens or
// modifies a noun phrase (opensOrModifies: a determiner, a possessive, an
// adjective that is no adverb too) or a number, where English nouns stand
// ("did *the fix* hold", "did the *new gear* arrive": WordNet has "fix"
// and "gear" as verbs too), nor after an adjective that is an adverb too
// right after a word that opens a noun phrase ("did the *fast fix*
// hold"); after an adverb it is the verb still ("does the ferry *still
// sail*", "did the general *still deny*").
func usedAsVerb(q *question, t qterm) bool {
	w := strings.ToLower(t.word)
	if !lexicon.IsVerb(w) {
		return false
	}
	if at := slices.Index(q.words, w); at > 0 {
		prev := q.words[at-1]
		if opensOrModifies(prev) || wordHoldsNumber(prev) {
			return false
		}
		if at > 1 && lexicon.IsAdjective(prev) && opensNounPhrase(q.words[at-2]) {
			return false
		}
	}
	return true
}

// listsThings reports whether text lists things of the kind a question's
// general noun names: two items of a list or more whose nouns are of its
// class (nounClass) and near it in meaning at all (GloVe, alignFloor).
// "what *gear* did the teams bring" is answered by "listening devices,
// thermal cameras and concrete-cutting saws", though no article says
// "gear": the list's items, not the noun, say what it is; "which *hotel*"
// by no list of devices, nor "which *parties*" by "trucks and cranes".
func listsThings(focus, text string) bool {
	k := nounClass(focus)
	if k < 0 {
		return false
	}
	anchor := lexicon.Default().Anchor(focus) // looked up once, not once an item
	for _, co := range coordinations(text) {
		n := 0
		for _, it := range co.items {
			head := strings.ToLower(itemHead(text[it.start:it.end]))
			if sim, ok := anchor.Similarity(head); ok && sim >= alignFloor && nounClass(head) == k {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// nounClass is the class of a noun by its commonest sense (WordNet's,
// nouns.txt): 1 a thing, 2 a text, 3 an event, 0 none of them ("party",
// "organisations"); -1 for a verb's base form of none ("get"), no noun.
func nounClass(w string) int {
	switch {
	case lexicon.IsPhysicalNoun(w):
		return 1
	case lexicon.IsTextNoun(w):
		return 2
	case lexicon.IsEventNoun(w):
		return 3
	case lexicon.IsVerbBase(w):
		return -1
	}
	return 0
}

// focusListed reports whether text lists things of the kind the noun a
// question asks about names, a noun no article uses (listsThings): "what
// gear did the teams bring", where no article says "gear".
func focusListed(q *question, text string) bool {
	i := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.focus })
	return i >= 0 && q.terms[i].unknown && listsThings(strings.ToLower(q.terms[i].word), text)
}

// focusListedKind is focusListed for a noun asked about whose class
// WordNet gives (nounClass above 0: a thing, a text, an event), as rank's
// answer type: "what *gear* …" is answered by the passage that lists
// gloves, boots and masks. A noun of none of them ("party", "budget")
// finds some list of near nouns of none in most passages ("organisations",
// "support"), which says nothing of what is asked.
func focusListedKind(q *question, text string) bool {
	i := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.focus })
	return i >= 0 && q.terms[i].unknown && nounClass(strings.ToLower(q.terms[i].word)) > 0 && focusListed(q, text)
}

// evidenceWeight is how much a question word weighs as evidence: its
// rarity in the articles, times its rarity in English for a word that is
// no name ("anyone", "later" say little whatever the articles hold).
func evidenceWeight(t qterm) float64 {
	if t.entity {
		return t.idf
	}
	return t.idf * specificity(strings.ToLower(t.word))
}

// exactTerms counts the question's terms a passage holds as they are, or
// in another form of the word (derivedForm: the asker's "apology" where
// the passage says "apologised", as the ranking's derived matches do).
func (e *Engine) exactTerms(q *question, c *cand) int {
	n := 0
	for kt := range q.terms {
		t := &q.terms[kt]
		if hasTerm(c.toks, t.term) || derivedInPassage(c, t.term) {
			n++
		}
	}
	return n
}

// derivedInPassage reports whether a passage holds another form of a
// question's word (derivedForm: "apologised" for the asker's "apology").
func derivedInPassage(c *cand, term string) bool {
	for _, tok := range c.toks {
		if tok.Term != term && derivedForm(tok.Term, term) {
			return true
		}
	}
	return false
}

// passageNear is the soft weight (as qterm.near's: softScale times the
// similarity) of the word of a passage (words, lower case) nearest in
// meaning to question term t, a word no article uses, where it stands at
// passageSimilarity or nearer by GloVe, else 0. Soft matching looks
// for a word's neighbours across the articles and takes only the nearest
// (softMin); in the one passage that answers, a looser paraphrase is the
// asker's wording of what it says ("grandkids" for "grandchildren" at
// 0.59, "peak" for "highest" at 0.65).
func passageNear(t qterm, words []string) float64 {
	word, emb := strings.ToLower(t.word), lexicon.Default()
	if r, ok := emb.Rank(word); !ok || r < softCommon {
		return 0
	}
	best := float32(0)
	a := emb.Anchor(word) // looked up once, not once a passage word
	for _, w := range words {
		if r, ok := emb.Rank(w); !ok || r < softCommon || w == word {
			continue
		}
		if sim, ok := a.Similarity(w); ok {
			best = max(best, sim)
		}
	}
	if best < passageSimilarity {
		return 0
	}
	return softScale * float64(best)
}

// passageSimilarity is the least GloVe similarity at which a word of the
// best passage says a question's unknown word in other words
// (passageNear).
const passageSimilarity = 0.55

// saidOtherwiseIn reports whether the best passage holds a WordNet synonym
// of t, a word no article uses (lexicon.Synonyms: the words of its
// commonest sense; and an adjective's similar ones, "huge" for "big"), as
// the articles write them in lower case: "what are the local kids up to"
// of "The children are selling coffee …". The asker's word is then the
// passage's in other words, not a word of another subject, and counts as
// the passage's own in the unknown share. Synonyms only: GloVe's
// neighbours are as often words of the same topic as words for the same
// thing ("player" for "football", "fruit" for "food"), which a passage on
// another subject holds too; and a verb's particular ways (its troponyms)
// are other deeds, which a word of another sense matches ("fish" for
// "grab", where the passage's fish is cargo).
func (e *Engine) saidOtherwiseIn(t qterm, top *cand) bool {
	w := strings.ToLower(t.word)
	syn := e.loweredSynonymTerms(append(lexicon.Synonyms(w), lexicon.Related(w, lexicon.Similar)...))
	return slices.ContainsFunc(syn, func(a termAlt) bool { return hasTerm(top.toks, a.term) })
}
