// Questions of the asker's own time ("tonight", "today") about something no article names: chat.

package qa

import (
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// askersTimeUnknown reports whether a question places itself in the
// asker's time (chatTimeWords: "tonight", "today"; chatTimePhrase: "this
// weekend") and asks of a thing no article speaks of, in its words or in
// others (a noun no article uses, with no near word of theirs: knownNear;
// a noun by where it stands, askedThing): "whos winning the *game*
// tonight", "when does the *library* close today", "is the ferry *fare*
// free today". News tells what happened; a question of the asker's
// evening about something it never names is chat, off the coverage,
// however many of its common words ("winning", "close") a passage holds.
// A name is left out (a place or a body the asker names may be the
// articles' under another name).
func askersTimeUnknown(q *question) bool {
	timed, thing := false, false
	var spans [][2]int // the question's words, read on the first unknown one
	for _, t := range q.terms {
		w := strings.ToLower(t.word)
		switch {
		case askersTimeWord(q, w):
			timed = true
		case unsaid(t) && !t.entity && !lexicon.IsFunctionWord(w) && !isAux(lower(t.word)): // ("can't": an auxiliary, no thing)
			if spans == nil {
				spans = wordSpans(q.text)
			}
			thing = thing || askedThing(q, t, spans)
		}
	}
	return timed && thing
}

// askersTimeWord reports whether w (lower case), a word of the question,
// is one of the asker's time: "tonight", "today" (chatTimeWords), or of
// a phrase of it, "this *weekend*" (chatTimePhrase).
func askersTimeWord(q *question, w string) bool {
	return chatTimeWords[w] || chatTimePhrase(q.words, w)
}

// unsaid reports whether no article uses a question's word, in any
// spelling, nor a word near it in meaning (knownNear).
func unsaid(t qterm) bool {
	return t.unknown && t.near() < knownNear
}

// askedThing reports whether a question's word (its words' spans of
// q.text) is a noun where it stands: in a noun's place (nounPlace: "the
// ferry *fare*", though a verb too), but a word WordNet files as an
// adjective too only right after a determiner or an adjective, and with
// no noun after it that it says something of ("this *weather*"; "the
// pool *open*" says something of the pool, "the *new* ferry" of the
// ferry: nounFollows); or, where it stands in no such place, a word that
// is neither a verb there (usedAsVerb) nor an adjective. After the
// subject of a question opened by do or a modal the word is its verb, not
// a noun (doVerbAt): "does the ferry *sail* today", but "is the ferry
// *fare* free".
func askedThing(q *question, t qterm, spans [][2]int) bool {
	w := strings.ToLower(t.word)
	adjective := lexicon.IsAdjective(w)
	verb := false // the question's verb where it stands (doVerbAt)
	for k, s := range spans {
		if strings.ToLower(q.text[s[0]:s[1]]) != w || !nounPlace(q.text, spans, k) {
			continue
		}
		if doVerbAt(q.text, spans, k) {
			verb = true
			continue
		}
		if !adjective {
			return true
		}
		if opensOrModifies(strings.ToLower(q.text[spans[k-1][0]:spans[k-1][1]])) && !nounFollows(q.text, spans, k) {
			return true
		}
	}
	return !verb && !usedAsVerb(q, t) && !adjective
}

// nounFollows reports whether words[k] of text, an adjective, is followed
// in its phrase by the noun it says something of, past other adjectives
// that are no adverbs ("the *new* ferry", "the *big* new ferry"): a noun
// by the lexicon that is no adverb too ("this weather *today*" ends the
// phrase), or a verb's base that is no adjective, standing where a noun
// does ("the new *plan*"), not as the question's verb (doVerbAt: "does
// this weather *affect* …"). No mark may stand between.
func nounFollows(text string, words [][2]int, k int) bool {
	for i := k + 1; i < len(words); i++ {
		if strings.ContainsAny(text[words[i-1][1]:words[i][0]], phraseStops) {
			return false
		}
		n := strings.ToLower(text[words[i][0]:words[i][1]])
		switch {
		case knownNoun(n) && !lexicon.IsAdverb(n),
			lexicon.IsVerbBase(n) && !lexicon.IsAdjective(n) && !doVerbAt(text, words, i):
			return true
		case !lexicon.IsAdjective(n) || lexicon.IsAdverb(n):
			return false
		}
	}
	return false
}

// doVerbAt reports whether words[k] of text, a WordNet verb, is
// the main verb of a question opened by an auxiliary: the words before it
// back to those that open its noun phrase (opensOrModifies: the
// determiner and the adjectives after it, "does the *new* ferry *sail*")
// follow that auxiliary directly, and the word after it, if any, is no
// verb ("when does the ferry *sail* today", but "does the ferry *fare*
// rise"). After a form of "be" the word stays a noun ("is the ferry
// *fare* free") unless it is an -ing form (participle) past the head of
// that phrase, a word that opens or modifies none standing between: the
// progressive's verb, "is the ferry *sailing* today", "was the ferry
// still *sailing*", "is the company *hiring* foreign workers", unless an
// adjective that is no adverb follows it and ends the question or stands
// before an adverb or a word of time, or before "or" and another such
// adjective, "or not" or "at all", the copula's complement, "is the board
// *hearing* public today", "… public or private", "… public or not",
// "… public at all"; right after
// the determiner or an adjective it is the head itself, "is the *building*
// open".
func doVerbAt(text string, words [][2]int, k int) bool {
	word := func(i int) string { return lower(text[words[i][0]:words[i][1]]) }
	if !lexicon.IsVerb(word(k)) {
		return false
	}
	if k+1 < len(words) {
		if next := word(k + 1); lexicon.IsVerb(next) && !lexicon.IsAdverb(next) && !lexicon.IsFunctionWord(next) {
			return false
		}
	}
	// complementAfter: an adjective that is no adverb after words[i], the
	// complement of a copula whose subject words[i] ends, where it ends
	// the question or an adverb or a word of the asker's time follows it
	// ("public today"); an adjective any other word follows opens the
	// verb's object ("hiring *foreign* workers", "planning *new*
	// strikes", though no noun by the lexicon, nounFollows, follows); so
	// is one a conjunction and another such complement follow ("public
	// *or private*"), or a conjunction and "not" that end the question
	// ("public *or not*"), or a preposition and a quantifier that end it
	// ("public *at all*")
	var complementAfter func(i int) bool
	complementAfter = func(i int) bool {
		if i+1 >= len(words) || !lexicon.IsAdjective(word(i+1)) || lexicon.IsAdverb(word(i+1)) {
			return false
		}
		if i+2 == len(words) {
			return true
		}
		next := word(i + 2)
		return lexicon.IsAdverb(next) || chatTimeWords[next] || weekdays[next] ||
			i+3 < len(words) && chatTimePhrase([]string{next, word(i + 3)}, next) ||
			conjunctions[next] && (complementAfter(i+2) || i+4 == len(words) && word(i+3) == "not") ||
			i+4 == len(words) && prepositions[next] && lexicon.IsQuantifier(word(i+3))
	}
	for j := k - 1; j > 0; j-- {
		if opensOrModifies(word(j)) {
			headBefore := j < k-1 // a word past the determiner and adjectives
			for j > 1 && opensOrModifies(word(j-1)) {
				j-- // back past the phrase's adjectives to its determiner
			}
			// (a modal or "do" leaves it bare, bareVerbAux, and "have" a
			// participle, "has the ferry *sailed*": a verb still)
			b, ok := auxBase(word(j - 1))
			return ok && (!beForms[b] || headBefore && participle(word(k)) && !complementAfter(k))
		}
	}
	return false
}
