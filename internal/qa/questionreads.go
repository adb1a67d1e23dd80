// Readings of a question's words: titles, article nouns, speakers, outcome and causative verbs.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// capitalTerms returns, for a country's capital (lexicon.CapitalOf), the
// analysed words of its country's names that the articles use; nil for a
// word that is no capital.
func (e *Engine) capitalTerms(lw string) []string {
	country := lexicon.CapitalOf(unpossessed(lw))
	if country == "" {
		return nil
	}
	var out []string
	for _, w := range append([]string{country}, lexicon.CountryWords(country)...) {
		// names of one term only: "New Zealand" is not "new"
		if t := e.analyze(w); len(t) == 1 && e.s.DocFreq(t[0].Term) > 0 && !slices.Contains(out, t[0].Term) {
			out = append(out, t[0].Term)
		}
	}
	return out
}

// roleWord reports whether a question word is a title, of either kind:
// in a "who" question every title names a role ("who is the mayor of
// Paris"), not only those that are titles in any question (titles.txt).
func (e *Engine) roleWord(t qterm) bool {
	return e.titleWord(t.word, t.term)
}

// titleWord reports whether a word (with its analysed term) is a title:
// one of the articles' titles or of titles.txt.
func (e *Engine) titleWord(word, term string) bool {
	return e.titles[term] || lexicon.IsTitle(strings.ToLower(word))
}

var roleTime = cueSet("role-time-words") // kinds.txt

// genericPeople are the nouns of people in general, whom a count by its
// verb counts ("how many people died": the death toll): closed class.
var genericPeople = wordSet("people persons person individuals humans folks")

// endsNounPhrase reports whether rest, what follows a noun, ends its
// phrase: nothing, a function word or a verb ("the paris thing", "the
// stuff they agreed"), not another noun ("a kind gesture").
func endsNounPhrase(rest string) bool {
	next, _ := nextWord(rest)
	return next == "" || lexicon.IsFunctionWord(next) || lexicon.IsVerb(next)
}

// ofTitle reports whether word is what a title in the question's words is
// of: "council" in "who is the leader of the council".
func (e *Engine) ofTitle(words []string, word string) bool {
	lw := strings.ToLower(word)
	for i, w := range words {
		if w != lw || i < 2 {
			continue
		}
		k := i - 1
		if words[k] == "the" && k > 1 {
			k--
		}
		return words[k] == "of" && e.titleWord(words[k-1], termOf(e, words[k-1]))
	}
	return false
}

// beforeTitle reports whether word stands right before a title in the
// question's words ("health" in "who is the health minister").
func (e *Engine) beforeTitle(words []string, word string) bool {
	lw := strings.ToLower(word)
	for i, w := range words[:max(len(words)-1, 0)] {
		if w == lw {
			next := words[i+1]
			return e.titleWord(next, termOf(e, next))
		}
	}
	return false
}

// articleSpeaks reports whether the X of a "what did X say" question is an
// article or an outlet ("the pledge article", "newslooks", "reuters'
// story"), not a person.
func (e *Engine) articleSpeaks(speaker string) bool {
	for _, w := range chatWords(speaker) {
		if articleNouns[w] {
			return true
		}
	}
	toks := e.analyze(speaker)
	for _, t := range toks {
		// an outlet's name, as an outlet is told from a word (as analyse
		// does): capitalised, or a word no article uses
		if w := speaker[t.Start:t.End]; len(e.outlets[t.Term]) > 0 && (isCapital(w) || e.s.DocFreq(t.Term) == 0) {
			return true
		}
	}
	_, arts := e.outletTokens(toks) // or named in several words: "the pacific ledger"
	return len(arts) > 0
}

// articleAsked is where in words the article noun of a question asking
// which article says something stands ("which article mentions …", "what
// story says …", "which news articles cover …"), its verb right after it;
// -1 when the question asks no such thing ("which story did he tell",
// "what pieces of equipment").
func articleAsked(words []string) int {
	from := 1
	if len(words) > 3 && words[0] == "how" && words[1] == "many" {
		from = 2 // "how many articles mention greenland": which, counted
	} else if len(words) < 3 || words[0] != "which" && words[0] != "what" {
		return -1
	}
	if from+2 < len(words) && words[from] == "of" && determiners[words[from+1]] {
		from += 2 // "which of the articles …", "how many of the stories …"
	}
	for i := from; i < min(from+2, len(words)-1); i++ {
		if articleNouns[words[i]] {
			if articleVerbs[words[i+1]] || i+2 < len(words) && (beForms[words[i+1]] && words[i+2] == "about" || phrasalMention[words[i+1]] == words[i+2]) {
				return i // "which article mentions …", "which story is about …", "which piece brings up …"
			}
			return -1
		}
	}
	return -1
}

// phrasalMention are the verbs that say "mention" with their particle
// ("which article brings up mark carney", "refers to"), each with it.
var phrasalMention = map[string]string{"bring": "up", "brings": "up", "brought": "up", "refer": "to", "refers": "to", "referred": "to"}

// kindNouns make, after "what" or "which" and before "of", the question
// word: "what kind of guarantees" asks what guarantees.
var kindNouns = wordSet("kind kinds sort sorts type types")

// wh reports whether the words before end on "what" or "which".
func wh(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	return len(f) > 0 && (f[len(f)-1] == "what" || f[len(f)-1] == "which")
}

// roleNouns ask, after a name, for what the person is: "what's Carney's
// *job*" (a closed class of English nouns for a post).
var roleNouns = wordSet("job role title position post occupation profession")

// articleVerbs say what an article does with what it reports ("which
// article *mentions* …"): the form of a question asking which article.
var articleVerbs = wordSet("mention mentions mentioned cover covers covered say says said talk talks talked report reports reported discuss discusses discussed describe describes described focus focuses focused quote quotes quoted cite cites cited name names named feature features featured")

// quoteVerbs ask which articles give someone's words.
var quoteVerbs = wordSet("quote quotes quoted cite cites cited")

// topicVerbs say what an article is about, not what it mentions.
var topicVerbs = wordSet("focus focuses focused")

// articleNouns name an article ("the pledge article"), not a person or a
// source quoted in one ("sources close to …", "the report's authors").
var articleNouns = wordSet(articleNounList)

const articleNounList = "article articles piece pieces story stories"

// ofWhenNoun reports whether text (a question up to a word) ends on a
// noun of time and "of" ("what day of the …", "what time of …"): the noun
// after it only says which kind of time is asked.
func ofWhenNoun(text string) bool {
	w := strings.Fields(strings.ToLower(text))
	if n := len(w); n >= 2 && w[n-1] == "the" {
		w = w[:n-1]
	}
	n := len(w)
	return n >= 2 && w[n-1] == "of" && whenNouns[w[n-2]]
}

// outcomeVerb reports whether the outcome word at q.words[at] is the
// question's verb: not the noun after a determiner ("who spoke at *the
// end* of the summit"; but "what happened in the end" is "finally"), and
// not in a question that asks a place, a person or a time ("*where* did the
// march end").
func outcomeVerb(q *question, at int) bool {
	switch q.kind {
	case KindWhere, KindWho, KindWhen:
		return false
	}
	if at == 0 {
		return true
	}
	prev := strings.ToLower(q.words[at-1])
	if nounOpeners[prev] || articles[prev] {
		return prev == "the" && at >= 2 && strings.ToLower(q.words[at-2]) == "in"
	}
	return true
}

// causativeGet reports whether w is "get" made causative by an object
// pronoun and a word after it ("get it free", "got them out", "getting
// her home"): the verb only says it was brought about, and what was is
// the word after the pronoun ("freed", "out"). That word is a particle,
// an adjective or a participle that ends the phrase; not a preposition
// ("get them *from*"), nor a word opening a second object ("get them *new*
// homes", "get them *the* papers").
func causativeGet(w, after string) bool {
	if !getForms[w] {
		return false
	}
	obj, rest := nextWord(after)
	if !objectPronouns[strings.Trim(obj, ",.?!")] {
		return false
	}
	next, rest := nextWord(rest)
	next = strings.Trim(next, ",.?!")
	switch {
	case next == "":
		return false
	case particles[next] || phrasalParticles[next] || next == "home":
		return true
	case prepositions[next] || nounOpeners[next]:
		return false
	case lexicon.IsAdjective(next):
		// an adjective before a noun opens an object: "new homes"
		w2 := strings.ToLower(firstWord(rest))
		return w2 == "" || lexicon.IsFunctionWord(w2)
	}
	return true
}

var (
	getForms       = wordSet("get gets got gotten getting")
	objectPronouns = wordSet("it them him her us me everyone everybody") // a closed class
)

// describedSpeaker reports whether lw, a word of the speaker a "what did X
// say" question names, describes a person rather than names one: a noun
// for a person (WordNet) no one in the articles is called (unnamed), after
// other words ("washingtons *guy*", "the *officer*") or plural ("ppl"). A
// bare singular one is a surname as often ("what did *smith* say",
// "baker", "hunter") and stays a name.
func describedSpeaker(speaker, lw string, unnamed bool) bool {
	if !unnamed || !lexicon.IsPersonNoun(lw) {
		return false
	}
	if len(strings.Fields(speaker)) > 1 {
		return true
	}
	for _, b := range lexicon.Inflected(lw) {
		if b != lw && lexicon.IsPersonNoun(b) {
			return true // "people" → "person"
		}
	}
	// "people", the plural of "person" WordNet's exception lists leave out
	return lw == "people" || strings.HasSuffix(lw, "s") && lexicon.IsPersonNoun(strings.TrimSuffix(lw, "s"))
}

// doesDoAt is where the "do" of "what does X do" stands in a question's
// words (its first after X), X one word or more, with nothing after it but a
// preposition's phrase ("what does Kieran Doyle do for the council"):
// present and simple, the question asks for X's work, the way "what do
// you do" does; -1 for other questions ("what did X do", "what does X
// do about it" are deeds).
func doesDoAt(words []string) int {
	if len(words) >= 4 && words[0] == "what" && words[1] == "is" && words[len(words)-1] == "do" {
		return len(words) - 1 // "whats greta vollan do": chat for "what does she do"
	}
	if len(words) < 4 || words[0] != "what" || words[1] != "does" && words[1] != "do" {
		return -1
	}
	for k := 3; k < len(words); k++ {
		if words[k] != "do" {
			continue
		}
		if k+1 == len(words) || (words[k+1] == "for" || words[k+1] == "at") {
			return k
		}
		return -1
	}
	return -1
}

// modifiesNext reports whether words[i], a noun, qualifies the noun
// right after it, the head of the phrase the question asks about: a word
// of substance (no function word, verb or auxiliary) then an auxiliary
// or a copula ("what *country* flag is …", "which *city* council has …").
func modifiesNext(words []string, i int) bool {
	if i+2 >= len(words) {
		return false
	}
	next := words[i+1]
	return !stopLike[next] && !auxiliaries[next] && !lexicon.IsFunctionWord(next) && !pastForm(next) && !lexicon.IsVerb(next) && !progressive(next) && !isAdverb(next) &&
		(auxiliaries[words[i+2]] || copulas[words[i+2]])
}

// saidNounOpeners are the quantifiers before which a verb of saying is a
// noun ("no say", "any say", "more say"), and "final", as in "the final
// say" (determiners and possessives are nounOpeners): a closed class.
var saidNounOpeners = wordSet("no any more some much little final")

// regrouped is a whole number of four digits or more (lw) as the articles
// write it where they write it grouped otherwise and never as typed:
// without the commas that group its thousands ("2500") where they write
// them ("$2,500"), or with them where they do not; else "". A figure is
// the same figure whichever way it is grouped, and English writes it both
// ways (news prose most often with commas, a chat without).
func (e *Engine) regrouped(lw string) string {
	bare := strings.ReplaceAll(lw, ",", "")
	if len(bare) < 4 || e.vocab.count[lw] > 0 || strings.ContainsFunc(bare, func(r rune) bool { return r < '0' || r > '9' }) {
		return ""
	}
	grouped := bare[:(len(bare)-1)%3+1]
	for i := len(grouped); i < len(bare); i += 3 {
		grouped += "," + bare[i:i+3]
	}
	for _, form := range []string{grouped, bare} {
		if form != lw && e.vocab.count[form] > 0 {
			return form
		}
	}
	return ""
}

// bodySpeaker reports whether a "what did X say" question names X as a
// body or a country ("the Kremlin", "Russia"), which speaks through
// whoever speaks for it (anyoneOf).
func (e *Engine) bodySpeaker(q *question) bool {
	if q.kind != KindSaid || lexicon.IsPersonNoun(strings.ToLower(lastWord(q.speaker))) {
		return false // "what did people say": people at large, any passage's
	}
	return names(q, strings.ToLower(q.speaker)) && e.anyoneOf(q.speaker)
}
