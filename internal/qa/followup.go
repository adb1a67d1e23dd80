// Follow-ups: AskAfter and Resolve, reading a question in the context of the ones before it.

package qa

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// maxPrevious bounds how many previous questions AskAfter reads: a thread's
// recent questions, oldest first.
const maxPrevious = 5

// AskAfter answers a question asked after others (oldest first): an
// elliptical follow-up ("and germany?", "what about the uk", "who else",
// "why?", "when was that", "did he say anything else", "how many?") is read
// with the last question's frame, replacing or adding what it names; a
// question that stands on its own is answered on its own. The Answer's
// Question is the question as read, and Typed the follow-up as typed when it
// was read differently. With no previous question it is Ask.
func (e *Engine) AskAfter(ctx context.Context, question string, previous ...string) (ans Answer, err error) {
	defer func() {
		if r := recover(); r != nil {
			ans, err = Answer{Question: question}, fmt.Errorf("qa: ask after: internal error: %v", r)
		}
	}()
	text, err := validate(question)
	if err != nil {
		return Answer{Question: question}, err
	}
	var prev []string
	for _, p := range previous {
		if p, err := validate(p); err == nil {
			prev = append(prev, p)
		}
	}
	if len(prev) > maxPrevious {
		prev = prev[len(prev)-maxPrevious:]
	}
	words := talkWords(text) // (read once, for small talk and a task)
	if len(prev) == 0 || smallTalkOf(text, words) != "" {
		return e.Ask(ctx, text) // (and "thanks!" after an answer thanks, asking nothing of it)
	}
	if q := e.analyse(text); asksTask(&q, words) {
		return e.Ask(ctx, text) // "write me a poem" after an answer: a task, no follow-up
	}
	// each previous question is read in the light of the one before it, so
	// that "and germany?" then "why?" keeps the thread's subject
	cur := reading{text: prev[0]}
	for _, p := range prev[1:] {
		cur = e.resolve(ctx, cur.text, p)
	}
	r := e.resolve(ctx, cur.text, text)
	if r.text != text {
		r.text = fit(unchat(r.text), MaxQuestionBytes)
	}
	ans, err = e.Ask(ctx, r.text)
	if err != nil {
		return ans, err
	}
	if r.besides != nil {
		ans = e.passOver(ans, r.besides)
	}
	if r.text != text && r.besides == nil {
		// read in context, the first passage may say nothing of what the
		// follow-up newly asks ("how much has been covered" after "how big
		// is the appeal"): a passage below it that does comes first
		fresh := e.freshTerms(text, cur.text)
		ans = e.promote(ans, func(h Hit) bool { return e.speaksTo(h, fresh) })
	}
	if r.text != text {
		ans.Typed = text
	}
	return ans, nil
}

// freshTerms are the terms of the words a follow-up adds to the previous
// question, both read with their chat spellings as words
// (lexicon.Normalize), as resolve reads them: "how many ppl could it
// take" adds "people"; none for a person pronoun.
func (e *Engine) freshTerms(followUp, prev string) []string {
	followUp, prev = lexicon.Normalize(followUp), lexicon.Normalize(prev)
	had := map[string]bool{}
	for _, t := range e.analyze(prev) {
		had[t.Term] = true
	}
	var fresh []string
	for _, t := range e.analyze(followUp) {
		if !had[t.Term] && !getFold(personPronouns, followUp[t.Start:t.End]) {
			fresh = append(fresh, t.Term)
		}
	}
	return fresh
}

// speaksTo reports whether a passage holds a term the follow-up adds to
// the previous question (fresh, freshTerms'), or the follow-up adds none.
func (e *Engine) speaksTo(h Hit, fresh []string) bool {
	if len(fresh) == 0 {
		return true
	}
	toks := e.analyze(h.Text)
	for _, t := range fresh {
		if hasTerm(toks, t) || synonymIn(e, toks, t) {
			return true
		}
	}
	return false
}

// Resolve returns the question a follow-up asks when read after previous
// (oldest first): what AskAfter answers.
func (e *Engine) Resolve(ctx context.Context, question string, previous ...string) string {
	text, err := validate(question)
	if err != nil {
		return question
	}
	r := reading{}
	for _, p := range previous {
		if p, err := validate(p); err == nil {
			if r.text == "" {
				r.text = p
			} else {
				r = e.resolve(ctx, r.text, p)
			}
		}
	}
	if r.text == "" {
		return text
	}
	return e.resolve(ctx, r.text, text).text
}

// boundWithin reports whether the group pronoun at words[i] ("they")
// stands in a subordinate clause (one a subordinator or "until" opens)
// whose main clause, before it, names a plural noun it can stand for: "how
// much did strikers get while they were out". A pronoun is free in its own
// clause, so a plural of that clause ("how much did the dockers pay them")
// is no referent.
func boundWithin(words []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if lw := lower(words[j]); clauseSubordinators[lw] {
			return slices.ContainsFunc(words[:j], func(w string) bool {
				lw := lower(w)
				// a plural's shape, not a verb's or an adverb's
				// ("what happens to the ferry when they …", "always")
				return pluralNoun(lw) && !presentVerb(lw) && !lexicon.IsAdverb(lw) || irregularPersonPlural(lw)
			})
		}
	}
	return false
}

// existentialSubject is the noun phrase an existential question asks is
// ("is there a ferry while the bridge is shut": "a ferry"), to a
// subordinator or relative word, or "" where prev is no such question.
func existentialSubject(pf qframe) string {
	if !copulas[lower(pf.aux)] || len(pf.rest) < 2 || lower(pf.rest[0]) != "there" {
		return ""
	}
	var np []string
	for _, w := range pf.rest[1:] {
		if lw := lower(w); clauseSubordinators[lw] || relativeWordSet[lw] {
			break
		}
		np = append(np, w)
	}
	if len(np) == 0 || indefinites[lower(np[0])] {
		return "" // "is there anything the council can do": no thing said to exist, as for an object
	}
	return strings.Join(np, " ")
}

// nounPhraseLike reports whether a short answer reads as a noun phrase a
// pronoun can stand for: a few words, no mark, no auxiliary, modal,
// pronoun or past form of a verb (a clause's marks; a clause in the
// present, "the levy costs too much", passes), and no word of time, which
// any figure is taken for ("the 2019 accord" is refused: a clause answer
// is filled as before, so a refusal costs nothing: final read FI6).
func nounPhraseLike(s string) bool {
	if s == "" || wordCount(s) > 6 || strings.ContainsAny(s, ",;:\"“”") {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		lw := lower(strings.Trim(w, ".!?'’"))
		if auxiliaries[lw] || modals[lw] || pronouns[lw] || personPronouns[lw] || pastVerb(lw) || timeWord(lw) {
			return false
		}
	}
	return true
}

// adjectiveAsked reports whether a follow-up's one word of substance after
// its verb, as the articles spell it (prepare: "hesitent" as "hesitant"),
// is an English adjective ("who else was hesitant"): a predicate of its own.
func (e *Engine) adjectiveAsked(f string) bool {
	var content []string
	for _, w := range frameOf(wordsOf(e.prepare(f))).rest {
		if lw := lower(w); !elseWords[lw] && !moreWords[lw] && !fillers[lw] && !stopLike[lw] && len(e.analyze(w)) > 0 {
			content = append(content, lw)
		}
	}
	return len(content) == 1 && lexicon.IsAdjective(content[0])
}

// carriedVerb is, for a question's words after its question word, the
// index of its clause's verb ("countries *attended* the summit", "how many
// *attended* …"; none in a noun phrase, "the tap water situation"): the
// index in words of the first that is a past form or a
// verb (a verb's base only past the first word), not where a determiner or
// an adjective before it makes it a noun ("the *attempt*", "a long
// *wait*"); -1 for none.
func carriedVerb(words []string) int {
	for i, w := range words {
		lw := lower(w)
		if i > 0 && nounSlot(words[i-1]) {
			continue
		}
		if pastVerb(lw) || irregularVerbForm(lw) || i > 0 && lexicon.IsVerb(lw) && !stopLike[lw] {
			return i
		}
	}
	return -1
}

// itAfterCount is what a thing's pronoun (anaphor) stands for after a
// count whose words after the question word are carried, v the index of
// their verb (carriedVerb):
// the mass "how much" measures, else the object of the clause's verb
// less a phrasal verb's own words; the pronoun itself where that is
// nothing, opens on a preposition or ends on a plural (pluralNoun:
// resolve).
func itAfterCount(pf qframe, carried []string, v int, anaphor string) []string {
	if lowerIn(pf.qw, "much") && len(pf.noun()) > 0 {
		return slices.Clone(pf.noun()) // "how much *aid* went to ukraine"
	}
	obj := carried[v+1:]
	switch {
	case len(obj) > 1 && prepositions[lower(obj[0])] && nounOpeners[lower(obj[1])]:
		obj = obj[1:] // "agreed to *the declaration*", "died in *the quake*"
	case len(obj) > 0 && !prepositions[lower(obj[0])]:
		// a phrasal verb's own words are no object ("took part")
		if _, n := lexicon.PhrasalSynonymsN(lower(carried[v]), lowerAll(obj)); n > 0 {
			obj = obj[n:]
			if len(obj) > 0 && prepositions[lower(obj[0])] {
				obj = obj[1:] // "took part *in* the talks": the phrasal verb's object
			}
		}
	}
	head := len(obj) - 1
	if p := slices.IndexFunc(obj, func(w string) bool { return prepositions[lower(w)] }); p > 0 {
		head = p - 1
	}
	if len(obj) == 0 || prepositions[lower(obj[0])] || !nounOpeners[lower(obj[0])] && pluralNoun(lower(obj[head])) {
		return []string{anaphor}
	}
	return obj
}

// namesIn reports whether words name what name does, in any of its
// spellings ("the us" names the U.S.).
func (e *Engine) namesIn(words []string, name string) bool {
	want := e.analyze(name)
	if len(want) == 0 {
		return false
	}
	for _, t := range e.analyze(strings.Join(words, " ")) {
		if t.Term == want[len(want)-1].Term {
			return true
		}
	}
	return false
}

// objectOf is the object of a question's verb, from its words after the
// question word: "the declaration of intent" of "signed the declaration of
// intent"; "" when the first word is no verb or nothing follows it.
func objectOf(rest []string) string {
	if len(rest) < 2 {
		return ""
	}
	if v := lower(rest[0]); !pastVerb(v) && !lexicon.IsVerb(v) {
		return ""
	}
	return strings.Join(rest[1:], " ")
}

// objectAfterVerb is the object of a yes/no question's verb, from its
// words after the auxiliary: "a rescue team" of "japan send a rescue
// team"; "" when no verb follows its first word or nothing follows it.
func objectAfterVerb(rest []string) string {
	subj := 0
	for subj < len(rest) && articles[lower(rest[subj])] {
		subj++ // "the us sign …": the subject's own word
	}
	verb := subj + 1 // the word after the subject, as English puts it ("did japan send")
	found := false
	for i := subj + 2; i+1 < len(rest); i++ {
		if articles[lower(rest[i])] {
			// an article after the subject and a verb opens the object,
			// whatever the verb ("did the rescue crew use a drone": "use"
			// is no verb by WordNet's counts, "crew" no subject's end)
			verb, found = i-1, true
			break
		}
	}
	for i := subj + 1; !found && i+1 < len(rest); i++ {
		if v := lower(rest[i]); pastVerb(v) || lexicon.IsVerb(v) {
			verb = i // past a subject of several words ("did the world bank give …")
			break
		}
	}
	if verb+1 >= len(rest) {
		return ""
	}
	return strings.Join(rest[verb+1:], " ")
}

// saidBy turns a "what did X say about Y" question into "what did X say":
// what else X said need not be about Y. Other questions are kept.
func saidBy(q string) string {
	k, speaker := classify(q)
	if k != KindSaid || speaker == "" {
		return q
	}
	return "what did " + speaker + " say"
}

// previous answers the previous question, for its answer's names.
func (e *Engine) previous(ctx context.Context, prev string) *Answer {
	a, err := e.Ask(ctx, prev)
	if err != nil {
		return &Answer{}
	}
	return &a
}

// passOver makes the best passage that does not give the previous answer
// the answer ("who else …"): the previous answer's names or its passage.
func (e *Engine) passOver(ans Answer, prev *Answer) Answer {
	if prev == nil || len(ans.Passages) == 0 {
		return ans
	}
	var old []index.Token
	if prev.found() != "" {
		old = e.analyze(prev.found())
	}
	var oldText string
	if len(prev.Passages) > 0 {
		oldText = prev.Passages[0].Text
	}
	gives := func(h Hit) bool {
		if h.Text == oldText {
			return true
		}
		if len(old) == 0 {
			return false
		}
		toks := e.analyze(h.Text)
		for _, t := range old {
			if !e.titles[t.Term] && !hasTerm(toks, t.Term) {
				return false
			}
		}
		return true
	}
	return e.promote(ans, func(h Hit) bool { return !gives(h) })
}

// promote makes the first passage for which ok holds the answer, if the
// first does not: its short answer re-extracted, its article the source.
func (e *Engine) promote(ans Answer, ok func(Hit) bool) Answer {
	if len(ans.Passages) == 0 || ok(ans.Passages[0]) {
		return ans
	}
	for i, h := range ans.Passages[1:] {
		if !ok(h) || len(h.Passages) == 0 {
			continue
		}
		q := e.analyse(ans.Question)
		cands := e.rank(&q, []index.Hit{{Article: h.Article.ID, Seq: h.Passages[len(h.Passages)-1].Seq, Score: h.Score}})
		if len(cands) == 0 {
			continue
		}
		out := ans
		out.Passages = append([]Hit{h}, slices.Delete(slices.Clone(ans.Passages), i+1, i+2)...)
		out.Passages[0].Marks = nil
		if !ans.Answered {
			out.Items = toFrontItems(ans.Items, i+1)
			return out // the nearest miss past the previous answer
		}
		// a new short answer, the promoted passage's alone: the items the
		// old one joined, and its whole list, are not its
		out.Items, out.whole, out.bare = nil, "", ""
		out.Short = e.extract(&q, cands[0])
		if out.Short != "" {
			if at := strings.Index(h.Text, out.Short); at >= 0 {
				out.Passages[0].Marks = [][2]int{{at, at + len(out.Short)}}
			}
		}
		out.Sources = []string{h.Article.ID}
		out.Differences = nil
		return out
	}
	return ans
}

// toFrontItems cites items anew after the passage at k has moved to the
// front of the passages they cite: it is now the first, the ones before
// it one further on.
func toFrontItems(items []Item, k int) []Item {
	if len(items) == 0 {
		return nil
	}
	out := slices.Clone(items)
	for i, it := range out {
		switch {
		case it.Passage == k:
			out[i].Passage = 0
		case it.Passage < k:
			out[i].Passage++
		}
	}
	return out
}

// fit cuts a question read in context to n bytes, at a word where there is
// one, never inside a character: the previous question may have used up
// the room.
func fit(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimSpace(s[:cut])
}

// sameVerb reports whether two words are one verb, as analysed ("refuse",
// "refused").
func (e *Engine) sameVerb(a, b string) bool {
	ta, tb := e.analyze(a), e.analyze(b)
	return len(ta) == 1 && len(tb) == 1 && ta[0].Term == tb[0].Term
}

// asksWhatNameIs reports whether a question asks who or what a name is
// ("who is Merz?", "what is NATO"): a whole question, though the previous
// one named the same ("what did Merz say?"); "when did Merz?" is not.
func (e *Engine) asksWhatNameIs(f qframe, w string) bool {
	if len(f.qw) != 1 || f.qw[0] != "who" && f.qw[0] != "what" || !copulas[lower(f.aux)] {
		return false
	}
	toks := e.analyze(w)
	return len(toks) > 0 && (isCapital(w) || e.isPlace(w) || e.people[toks[0].Term] != nil || e.vocab.capital[lower(w)] != "")
}

// ownNounPhrase reports whether a question asks, with its question word
// and verb, of a noun phrase of its own that an article opens ("where was
// the epicentre", "when did the talks start"): a whole question, however
// few its words of substance, read on its own.
func ownNounPhrase(f qframe) bool {
	if len(f.qw) == 0 || f.aux == "" {
		return false
	}
	for i := 0; i+1 < len(f.rest); i++ {
		if lw := lower(f.rest[i]); (lw == "the" || lw == "a" || lw == "an") && !stopLike[lower(f.rest[i+1])] && !thingAnaphors[lower(f.rest[i+1])] {
			return true
		}
	}
	return false
}

// figureKinds are the kinds of question whose answer is a figure, a time,
// a place or a reason: no thing a later "it" may stand for.
var figureKinds = map[Kind]bool{KindHowMany: true, KindHowLong: true, KindWhen: true, KindWhere: true, KindWhy: true, KindHow: true}

// subjectOf is what a question asks about after its verb, up to the next
// verb: "the canal" of "how long is the canal", "the quake" of "how strong
// was the quake"; "" when it opens with a verb or a name stands alone.
func subjectOf(f qframe) string {
	rest := f.rest
	if f.aux == "" {
		// "how strong was the quake": the frame took no verb after "how"
		if i := slices.IndexFunc(rest, func(w string) bool { return isAux(lower(w)) }); i >= 0 {
			rest = rest[i+1:]
		}
	}
	var out []string
	for i, w := range rest {
		lw := lower(w)
		// (a word after a determiner or an adjective is a noun where
		// another word follows it; the last is the verb: "the average fall")
		noun := len(out) > 0 && nounSlot(out[len(out)-1]) && i+1 < len(rest)
		if pastVerb(lw) || (lexicon.IsVerb(lw) || ingVerb(lw)) && len(out) > 0 && !noun || stopLike[lw] && len(out) > 0 && lw != "of" {
			break
		}
		out = append(out, w)
	}
	if len(out) == 0 || len(out) == 1 && (lower(out[0]) == "the" || lower(out[0]) == "a") {
		return ""
	}
	return strings.Join(out, " ")
}

// amountOfDeed is the thing a "how much" question of a deed asks the
// amount of, its subject's: the mass it measures ("the eu aid" of "how much
// aid did the eu pledge") or, with none, the deed's verb as a noun, where
// English has one (WordNet: "the eu pledge" of "how much did the eu
// pledge", "the tram cost" of "how much did the tram cost"); "" for
// another question, a copula's ("how much is the tram": its subject is the
// thing) or a verb no noun spells ("how much did the eu send").
func amountOfDeed(pf qframe) string {
	if !lowerIn(pf.qw, "much") || pf.aux == "" || copulas[lower(pf.aux)] {
		return ""
	}
	subj := subjectOf(pf)
	n := len(strings.Fields(subj))
	if subj == "" || n >= len(pf.rest) {
		return ""
	}
	if mass := pf.noun(); len(mass) > 0 {
		return subj + " " + strings.Join(mass, " ")
	}
	if verb := lower(pf.rest[n]); lexicon.KinOf(verb) != nil {
		return subj + " " + verb
	}
	return ""
}

// sourceWords ask where an answer comes from: every answer cites its
// articles, so a follow-up of these alone asks the previous question again.
var sourceWords = wordSet("source sources link links citation citations cite proof ref refs")

// nounSlot reports whether the word after w is a noun whatever else it
// may be: w is a determiner or an adjective ("the *attempt*", "the first
// *attempt*", "a long *wait*"; lexicon.IsAdjective).
func nounSlot(w string) bool {
	return nounSlotLower(lower(w))
}

// nounSlotLower is nounSlot of a word already in lower case (lower).
func nounSlotLower(lw string) bool {
	return nounOpeners[lw] || lexicon.IsAdjective(lw)
}

// ingVerb reports whether w, a word in -ing, is a form of an English verb
// ("going", "sending"): the verb that ends a subject ("is the harwick tram
// *going* to cost": the tram).
func ingVerb(w string) bool {
	if !strings.HasSuffix(w, "ing") {
		return false
	}
	b, ok := lexicon.VerbBase(w)
	return ok && b != w
}

// onlySourceAsked reports whether a follow-up's words ask only for the
// source ("source?", "link pls", "whats the source").
func onlySourceAsked(words []string) bool {
	return onlyAsked(words, sourceWords, func(lw string) bool {
		return questionWords[lw] || lw == "whats" || lw == "what's"
	})
}

// onlyAsked reports whether words hold one of cues and, besides, only
// fillers, stop words, auxiliaries, "please" and the words also allows.
func onlyAsked(words []string, cues map[string]bool, also func(string) bool) bool {
	asked := false
	for _, w := range words {
		lw := lower(strings.Trim(w, "?!.,"))
		switch {
		case cues[lw]:
			asked = true
		case fillers[lw] || stopLike[lw] || auxiliaries[lw] || lw == "pls" || lw == "please" || also(lw):
		default:
			return false
		}
	}
	return asked
}

var (
	moreWords    = cueSet("more-words")
	requestWords = cueSet("request-words")
)

// onlyMoreAsked reports whether a follow-up asks only for more of the
// previous answer: a more-word, with request words, fillers and the like
// around it (kinds.txt [more-words], [request-words]).
func onlyMoreAsked(words []string) bool {
	return onlyAsked(words, moreWords, func(lw string) bool { return requestWords[lw] })
}

// timeWord reports whether w names a time: a day, a month by its whole
// name or abbreviation (monthOf: "june", "sept."; not "mayor", "marine"),
// a part of a day or of a year ("tuesday", "morning", "weekend"), a year,
// or a number ("in 2019", "by the 15th"): "and in port lisle?" is a place.
// "may" too (lowerMonth).
func timeWord(w string) bool {
	return timeScope[w] || timeNouns[w] || lowerMonth(w) || isYear(w) || w != "" && w[0] >= '0' && w[0] <= '9'
}

// lowerMonth reports whether w, a lower-cased word alone, names a month
// (monthOf), "may" too: alone it cannot tell the month from the modal
// (monthOf, which reads the words around it, can). timeWord reads every
// "may" so, as it always did, for its callers skip or keep time words
// ("since may", "by may", "and in may?"); a caller that may meet the modal
// must ask mayMonth with the words around it.
func lowerMonth(w string) bool { return monthOf(w) != "" || letterHead(w) == "may" }

// saysWhen reports whether the word w (lower case) of a question, whose
// words are words, says when: a word of time (timeWord), or a word of a
// phrase of time the date and duration readers find in its text (phrases:
// timePhraseWords) wherever w stands in words (saysWhenAt: "the *two*
// skippers" is no word of "two days ago"), or of the asker's time
// (chatTimePhrase: "last night"). A w that words lack is read by the
// phrases' words alone.
func saysWhen(phrases [][]string, words []string, w string) bool {
	if timeWord(w) || chatTimePhrase(words, w) {
		return true
	}
	found := false
	for k, v := range words {
		if !strings.EqualFold(strings.Trim(v, "?!.,"), w) {
			continue
		}
		if !saysWhenAt(phrases, words, k) {
			return false
		}
		found = true
	}
	return found || slices.ContainsFunc(phrases, func(p []string) bool {
		return slices.ContainsFunc(p, func(f string) bool { return strings.EqualFold(f, w) })
	})
}

// saysWhenAt reports whether words[k] says when: a word of time
// (timeWord), of the asker's time (chatTimePhrase), or one of a phrase of
// time's words where the phrase stands in words. A phrase words do not
// hold as a run (read otherwise than typed) holds any word of its own.
func saysWhenAt(phrases [][]string, words []string, k int) bool {
	w := strings.Trim(words[k], "?!.,")
	if timeWord(w) || chatTimePhrase(words, w) {
		return true
	}
	for _, p := range phrases {
		at := phraseStarts(p, words)
		if len(at) == 0 && slices.ContainsFunc(p, func(f string) bool { return strings.EqualFold(f, w) }) {
			return true
		}
		for _, s := range at {
			if s <= k && k < s+len(p) {
				return true
			}
		}
	}
	return false
}

// phraseStarts are where p's words stand in words as a run.
func phraseStarts(p, words []string) []int {
	var at []int
	for s := 0; len(p) > 0 && s+len(p) <= len(words); s++ {
		run := true
		for j, f := range p {
			if !strings.EqualFold(strings.Trim(words[s+j], "?!.,"), f) {
				run = false
				break
			}
		}
		if run {
			at = append(at, s)
		}
	}
	return at
}

// timePhraseWords are the phrases of time the date and duration readers
// find in text (dateRE: "last week", "two days ago"; durationRE: "over
// *three* days", "the past month"), each as its words trimmed of marks.
func timePhraseWords(text string) [][]string {
	var out [][]string
	for _, re := range []*regexp.Regexp{dateRE, durationRE} {
		for _, m := range re.FindAllString(text, -1) {
			var p []string
			for _, f := range strings.Fields(m) {
				p = append(p, strings.Trim(f, "?!.,"))
			}
			if len(p) > 0 {
				out = append(out, p)
			}
		}
	}
	return out
}

// timePhrases is timePhraseWords of the question's text, read once.
func (q *question) timePhrases() [][]string {
	if !q.timeRead {
		q.timeWords, q.timeRead = timePhraseWords(q.text), true
	}
	return q.timeWords
}

// timeNouns are the parts of a day and of a year, which "in" opens as it
// opens places ("in the morning", "in summer").
var timeNouns = wordSet("morning afternoon evening night weekend spring summer autumn fall winter")

// timePreps open a phrase of time a follow-up adds to the previous
// question ("and on tuesday?", "what about in june").
var timePreps = wordSet("on in during after before by since until")

// withTime puts the phrase of time t in question q: in place of a phrase
// q gives with the same preposition and a day, a month or another word of
// time (kinds.txt [time-scope-words]: "on monday" for "on tuesday"), else
// at its end.
func withTime(q, t string) string {
	tw := strings.Fields(t)
	qw := strings.Fields(strings.TrimRight(q, "?!. "))
	for i := 0; i+1 < len(qw); i++ {
		if w := lower(strings.Trim(qw[i+1], "?,.")); lower(qw[i]) == lower(tw[0]) && (timeScope[w] || lowerMonth(w)) {
			return strings.Join(slices.Concat(qw[:i], tw, qw[i+2:]), " ")
		}
	}
	return strings.Join(qw, " ") + " " + t
}

// placeAnswer is the place that answered a "where" question, when it is a
// few words ("Elysee Palace"), else "".
func placeAnswer(a *Answer) string {
	if !a.Answered || a.found() == "" || wordCount(a.found()) > 6 {
		return ""
	}
	return a.found()
}

// existentialThere reports whether "there" at i of a follow-up's words
// after its auxiliary aux says that something is, not where: before a
// form of "be" or an auxiliary ("there was no deal", "there will be
// talks"), or opening the words after a form of "be" or a modal with a
// word after it ("is there a deal", "will there be talks"); "who else
// was there" ends on it, "was putin there" has its subject before it
// (final re-read RJ J9).
func existentialThere(aux string, rest []string, i int) bool {
	if i+1 >= len(rest) {
		return false
	}
	next := lower(rest[i+1])
	if beForms[next] || auxiliaries[next] {
		return true
	}
	a := lower(aux)
	// (what opens a noun phrase, "a", "any", "no", or a noun; not an
	// adverb or a time, "who was there today", "too", nor a preposition:
	// final re-read RN1)
	return i == 0 && (beForms[a] || auxiliaries[a]) && (opensNounPhrase(next) || !lexicon.IsAdverb(next) && !prepositions[next])
}

// describedOwn is the thing a person's description, the previous "who"
// question's answer, makes theirs: the phrase from the nearest determiner
// before noun to noun, within one noun compound, noun not its head ("the
// Japanese team" of "Kenji Morimoto, the Japanese team leader": the
// leader of that team, so "his team" is it); "" when the description has
// no such phrase (the possessive is then the person's name: "Hector
// Choque's family"), when noun heads the description ("the team leader"
// is the person, no thing of theirs), when a mark, a possessive or a word
// of function (a preposition, a relative) stands between the
// determiner and noun ("the head of Spain's rescue team" is the person,
// "the mayor, whose team …" a clause), or when the previous question did
// not ask who.
func (e *Engine) describedOwn(prev string, answer func() *Answer, noun string) string {
	if k, _ := classify(prev); k != KindWho {
		return ""
	}
	a := answer()
	if !a.Answered {
		return ""
	}
	words := strings.Fields(a.found())
	for j, w := range words {
		bare := strings.TrimRight(w, ",.;:")
		if !strings.EqualFold(bare, noun) {
			continue
		}
		if bare != w || j == len(words)-1 {
			return "" // noun heads the description: the person
		}
		for k := j - 1; k >= 0; k-- {
			d := lower(words[k])
			if articles[d] {
				return strings.Join(words[k:j], " ") + " " + noun
			}
			if strings.ContainsAny(d, ",;:'’") || lexicon.IsFunctionWord(d) {
				return ""
			}
		}
		return ""
	}
	return ""
}

// tellsDeed reports whether an answer is a clause, a subject and its verb
// ("mayor opened the town hall as a shelter"), not a noun phrase or a list
// of them: after its first word, a form of "be" or a modal, or a verb in
// the past that its object, a preposition or the answer's end follows
// ("opened *the* …", "held *three* blankets", "arrived *on* Monday"). A
// past participle before its noun qualifies it and makes no clause
// ("three *injured* firefighters", "*bottled* water", "the *flooded*
// Westgate underpass"), as ownVerb, which reads any past form, would have
// it.
func tellsDeed(answer string) bool {
	words := strings.Fields(answer)
	for i, w := range clauseWords(words) {
		if beForms[w] || modal(w) {
			return true
		}
		if !pastForm(w) || strings.HasSuffix(words[i], ",") {
			continue
		}
		if i+1 == len(words) {
			return true
		}
		next := strings.ToLower(strings.Trim(words[i+1], ",.;:\"“”"))
		if nounOpeners[next] || prepositions[next] || numberWordSet[next] || next != "" && isDigit(next[0]) {
			return true
		}
	}
	return false
}

// deedObject is what an answer that tells a deed (tellsDeed) did it to:
// the noun phrase its past verb's object opens (no form of "be"'s
// complement), to a preposition, a relative word, a mark or its end ("the Westgate sports centre" of "mayor opened the Westgate
// sports centre as a shelter"), where that reads as a noun phrase
// (nounPhraseLike); "" for any other answer.
func deedObject(answer string) string {
	if !tellsDeed(answer) {
		return ""
	}
	words := strings.Fields(answer)
	for i, w := range clauseWords(words) {
		if i+1 == len(words) {
			break // (the last word: no object after it)
		}
		if beForms[lower(w)] || !pastForm(w) || strings.HasSuffix(words[i], ",") {
			continue
		}
		next := lower(strings.Trim(words[i+1], ",.;:\"“”"))
		if !nounOpeners[next] {
			continue // no object follows: "arrived *on* Monday", "held three …" (a figure is no thing)
		}
		var np []string
		for _, v := range words[i+1:] {
			v = strings.TrimLeft(v, "\"“") // a mark that opens a quotation ends nothing
			bare := strings.Trim(v, ",.;:\"“”")
			if lb := lower(bare); len(np) > 0 && (prepositions[lb] || relativeWordSet[lb] || weekdays[lb] || timeNouns[lb] || chatTimeWords[lb] || lb == "yesterday") {
				break // nor a time after it: "opened the old library yesterday"
			}
			np = append(np, bare)
			if bare != v {
				break // a mark ends it
			}
		}
		if s := strings.Join(np, " "); len(np) > 1 && nounPhraseLike(s) {
			return s
		}
		return ""
	}
	return ""
}
