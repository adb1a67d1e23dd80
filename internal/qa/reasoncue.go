// Which uses of a reason cue give a reason: purposes, means, phrasal verbs.

package qa

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// reasonCue rules out the uses of a cue word that give no reason: "as
// well as", "such as", "as strong as", "has given", "the following", "by
// Tuesday" (a means is "by" and a verb in -ing).
func reasonCue(text, lower string, i int, phrase string) bool {
	prev := lastWord(lower[:i])
	next, _ := nextWord(lower[i+len(phrase):])
	switch phrase {
	case "as":
		return afterComma(lower, i) && !asNot[next]
	case "fear", "fears", "feared":
		// "fear that …", "fear they will …": the clause feared, not the
		// noun ("fear of flooding", "the fears")
		return next == "that" || clauseSubjects[next] && !articles[prev] && !possessives[prev]
	case "given":
		return !auxiliaries[prev] && prev != "been" && prev != "be" && prev != "has" && prev != "have"
	case "due to":
		// "is due to begin": a schedule, not a cause ("due to the storm")
		return !(beForms[prev] && lexicon.IsVerbBase(strings.TrimRight(next, ",;:.!?”\"’")))
	case "following":
		return prev != "the"
	case "by":
		// "by bolting extra plates", and "by" before a bare singular
		// noun, no article, which names a means or a manner ("by boat",
		// "by torchlight", "by hand"), not an agent ("by firefighters"),
		// a time ("by midnight", "by Tuesday"), a figure ("by 30%", "by
		// £190 million", "by more than …") or a name
		rest := strings.TrimSpace(text[i+len(phrase):])
		if strings.HasSuffix(next, "ing") {
			return true
		}
		noun := strings.TrimRight(next, ",;:.!?”\"’")
		first, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, "“‘\"'"))
		if noun == "" || !unicode.IsLower(first) || lexicon.IsFunctionWord(noun) || byNot[noun] || timeWord(noun) || clockWords[noun] || meansPerson(noun) {
			// (nor a noun WordNet gives for a person, an agent: "rescued by
			// a fisherman"; group nouns, "by police", it does not list)
			return false
		}
		// the bare noun's phrase, up to a break or a preposition: no
		// plural in it ("by foreign troops" is an agent)
		restWords := strings.Fields(rest)
		for _, w := range restWords[:min(3, len(restWords))] {
			t := strings.TrimRight(w, ",;:.!?”\"’")
			if prepositions[t] || stopLike[t] || t == "and" || t == "or" || t == "but" {
				break
			}
			if pluralNoun(strings.ToLower(t)) {
				return false // (but "by bus", "by census" are singular)
			}
			if t != w {
				break
			}
		}
		return true
	case "through":
		// "through UN agencies", not a time: "kept vigil through the
		// cold desert night", "through Friday"
		w := strings.Fields(lower[i+len(phrase):])
		for k := 0; k < min(len(w), 4); k++ {
			t := strings.TrimRight(w[k], ",;:.!?”\"’")
			if timeWord(t) {
				return false
			}
			if t != w[k] || k > 0 && (prepositions[t] || stopLike[t]) {
				break
			}
		}
		return true
	case "with":
		// "with listening devices", not "with Witkoff referring …"; nor
		// after people no verb takes as its object, whom it gives what
		// they have or their company ("volunteers *with boats* had
		// rescued …", "leaders *with senior US officials*"), no
		// instrument of a deed ("help people with applications" is one)
		if meansPerson(prev) {
			// the word before prev, whatever marks stand between
			// ("rescued volunteers, with boats")
			if at := strings.LastIndex(lower[:i], prev); at >= 0 && !lexicon.IsVerb(lastWord(lower[:at])) {
				return false
			}
		}
		return !isCapital(strings.TrimSpace(text[i+len(phrase):]))
	case "to":
		// "gathered to firm up …": the purpose of what was done; set off
		// by a comma, before a verb, the purpose of the clause before it
		// ("night-time work where possible, to protect daytime trade");
		// not after the passive of a verb that takes an object and an
		// infinitive ("were allowed to pass", "was expected to reopen")
		return phrasalPurpose(lower, i) || thingPurpose(lower, i) || commaPurpose(lower, i) || pastVerb(prev) && !infinitiveVerbs[prev] && !lexicon.TakesObjectInfinitive(prev) && !strings.HasSuffix(next, "ing") && !stopLike[next] && !isCapital(strings.TrimSpace(text[i+len(phrase):]))
	case "for":
		// "for safety reasons", "for that reason": not "for Ukraine", nor
		// "asked for the reasons behind the closure" ("reasons" ends the
		// phrase: a mark, the text's end or a conjunction after it)
		w := strings.Fields(lower[i+len(phrase):])
		for k := 0; k < min(len(w), 4); k++ {
			if t := strings.TrimRight(w[k], ",;:.!?”\"’"); t == "reason" || t == "reasons" {
				return t != w[k] || k+1 == len(w) || w[k+1] == "and" || w[k+1] == "but" || w[k+1] == "or"
			}
			if strings.ContainsAny(w[k], ",;:.!?") {
				return false
			}
		}
		return false
	case "since", "after":
		// "since Wednesday", "after midnight", "since 2019", "after the
		// weekend": a time, no cause ("since the update failed" is one);
		// nor "after" a span of time ("two days after the vote", "shortly
		// after"), which dates an event by another
		if phrase == "after" && (timeUnit(strings.TrimSuffix(prev, "s")) || prev == "shortly" || prev == "soon" || prev == "long") {
			return false
		}
		w := strings.Fields(lower[i+len(phrase):])
		for k := 0; k < min(len(w), 3); k++ {
			t := strings.TrimRight(w[k], ",;:.!?”\"’")
			if timeWord(t) && !countsSomething(t, w, k) || clockWords[t] {
				return false
			}
			if t != w[k] || t != "the" && t != "last" && t != "early" && t != "late" {
				break
			}
		}
		return true
	case "so":
		// a purpose with its own subject, opened by a pronoun or a
		// determiner, and a modal: "so *it could* act as …", "so *the
		// families can* return" (not "so far", "so fast nobody could", nor
		// a result: "so residents will need …")
		w := strings.Fields(lower[i+len(phrase):])
		if len(w) == 0 || !subjectOpeners[w[0]] {
			return false
		}
		for k := 1; k < min(len(w), 4); k++ {
			if strings.ContainsAny(w[k-1], ",;:.!?") {
				return false
			}
			if purposeModals[w[k]] {
				return true
			}
		}
		return false
	}
	return true
}

// throughPlaceVerb is where the means at start of text begins when it is
// "through" a thing with extent, a way through a place, not a means
// ("through UN agencies"): the deed done through it is the means, from its
// verb up to three words back ("Army engineers then *cut a channel* through
// the rock"); otherwise start.
func throughPlaceVerb(text string, start int) int {
	rest := strings.Fields(text[start:])
	if len(rest) < 2 || !strings.EqualFold(rest[0], "through") || !lexicon.IsPhysicalNoun(phraseHead(rest[1:])) {
		return start
	}
	return deedBefore(text, start, 3, func(w string) bool { return lexicon.IsVerb(w) || pastVerb(w) })
}

// withVerb is where the means at start of text begins when "with" or
// "using" opens it: a means of that kind is the instrument of a deed, and
// the deed done with it is the means asked for, from its verb up to four
// words back ("*back them up* with air, land and sea support"); otherwise
// start.
func withVerb(text string, start int) int {
	if first, _ := nextWord(text[start:]); first != "with" && first != "using" {
		return start
	}
	return deedBefore(text, start, 4, func(w string) bool {
		lw := strings.ToLower(w)
		return lexicon.IsVerbBase(lw) || pastForm(lw) || len(lw) > 4 && strings.HasSuffix(lw, "ing")
	})
}

// deedBefore is where the deed begins that the phrase at start of text
// goes with: the farthest word back, up to reach words within its clause
// (not past a mark, a name or a conjunction, which joins another deed),
// that verb says is a verb; start where none is.
func deedBefore(text string, start, reach int, verb func(w string) bool) int {
	from, at := start, start
	for k := 0; k < reach; k++ {
		before := strings.TrimRight(text[:at], " ")
		w := lastWord(before)
		if w == "" || endsInMark(before, ",;:.!?”\"’") {
			break
		}
		at = len(before) - len(w)
		if at < 0 || !strings.EqualFold(text[at:len(before)], w) || isCapital(w) || w == "and" || w == "or" {
			break
		}
		if verb(w) {
			from = at
		}
	}
	return from
}

// phraseHead is the last word of the noun phrase words open, up to four
// words, ended by a mark, a preposition, a function word or "and": "the
// collapsed *blocks*" of "the collapsed blocks of flats".
func phraseHead(words []string) string {
	head := ""
	for k := 0; k < min(len(words), 4); k++ {
		t := strings.TrimRight(words[k], ",;:.!?”\"’")
		if k > 0 && (prepositions[t] || stopLike[t] || t == "and" || t == "or" || lexicon.IsFunctionWord(t)) {
			break
		}
		head = t
		if t != words[k] {
			break
		}
	}
	return head
}

var (
	asNot = cueSet("as-not-words") // kinds.txt
	byNot = cueSet("by-not-words") // kinds.txt
)

// phrasalParticles are the adverb particles of English's phrasal verbs
// ("set *aside*", "brought *in*"), a closed class.
// ("went *back* to work" is a direction, no purpose: not among them)
var phrasalParticles = wordSet("up out off down over away aside in")

// countsSomething reports whether the word t at w[k], a figure, counts or
// measures the word after it rather than naming a time: "after *40*
// people died", "after the *5.9* aftershock", not "since 2019", "after
// 3:40am", "after 6 January".
func countsSomething(t string, w []string, k int) bool {
	if t == "" || t[0] < '0' || t[0] > '9' || strings.Contains(t, ":") || t != w[k] || k+1 >= len(w) {
		return false
	}
	next := strings.TrimRight(w[k+1], ",;:.!?”\"’")
	switch next {
	case "am", "pm", "a.m", "p.m", "a.m.", "p.m.":
		return false
	}
	return !lexicon.IsFunctionWord(next) && !timeWord(next) && !clockWords[next] && !timeUnit(strings.TrimSuffix(next, "s")) // "after 12 hours" is a time
}

// afterComma reports whether a comma stands right before text[i:].
func afterComma(text string, i int) bool {
	return strings.HasSuffix(strings.TrimRight(text[:i], " "), ",")
}

// phrasalPurpose reports whether the "to" at lower[i:] opens an infinitive
// of purpose after a phrasal verb in the past: "was set aside *to maintain
// focus*", "were brought in to remove …" (not "turned out to be").
func phrasalPurpose(lower string, i int) bool {
	before := strings.TrimRight(lower[:i], " ")
	prev := lastWord(before)
	next, _ := nextWord(lower[i+len("to"):])
	return phrasalParticles[prev] && strings.HasSuffix(before, prev) && pastVerb(lastWord(before[:len(before)-len(prev)])) &&
		next != "be" && next != "have" && lexicon.IsVerbBase(next) // not "turned out to have been worse"
}

// thingPurpose reports whether "to" at i of lower, after a noun whose
// commonest sense is a thing with extent (lexicon.IsPhysicalNoun:
// "backstops", "pumps", "barriers") and before a verb's base form, opens
// the purpose the thing serves ("real backstops *to make sure* this will
// not happen again"): a concrete noun takes no infinitive of its own, as
// "a plan to", "a decision to", "the right to" do.
func thingPurpose(lower string, i int) bool {
	prev := lastWord(lower[:i])
	next, _ := nextWord(lower[i+len("to"):])
	head := strings.TrimRight(lower[:i], " ")
	if !strings.HasSuffix(head, prev) || lexicon.IsFunctionWord(prev) || !objectNoun(prev, lastWord(head[:len(head)-len(prev)])) || !lexicon.IsPhysicalNoun(prev) ||
		next == "be" || next == "have" || !lexicon.IsVerbBase(next) {
		return false
	}
	// the noun is no object of a verb that takes one and an infinitive of
	// what it is made, let or asked to do ("forcing the county to delay",
	// "told the crews to leave", "forced the city's temporary flood
	// barriers to close", "allowed the buses to pass", "expected the
	// bridge to reopen"): the causative verbs of reason-cause,
	// infinitiveVerbs and WordNet's verbs of an object and an infinitive
	// (lexicon.TakesObjectInfinitive, in a verb's form) before the noun
	// phrase, which its words, articles and possessives make up, a
	// function word ("and", "that") and a mark end. Only the first word
	// in a verb's form met walking back, whatever its tense, is the verb
	// that takes the noun phrase ("coach drivers stack sandbags to protect
	// …", "press crews stack …": "stack" takes the noun, "coach" and
	// "press" name the drivers and crews), unless an article or
	// possessive stands between it and the noun
	clause := lower[afterLastMark(lower[:i], ",;:—()"):i]
	before := lastFields(clause, thingPhraseReach+1)
	verbSeen := false
	for k := len(before) - 2; k >= 0; k-- {
		w := strings.Trim(before[k], "“”\"'’‘")
		if !verbSeen && (infinitiveVerbs[w] || causeVerbs[w] || !nounForm(w) && lexicon.TakesObjectInfinitive(w)) {
			return false
		}
		if lexicon.IsFunctionWord(w) && !articles[w] && !possessives[w] {
			break
		}
		// an article or possessive opens the noun phrase: a word in a
		// verb's form after it was one of the phrase's ("told the fire
		// engines", "ordered the rescue boats")
		verbSeen = (verbSeen || !nounForm(w)) && !articles[w] && !possessives[w]
	}
	return true
}

// objectNoun reports whether w, a word of a passage (lower case, as the
// word before it, before), is a noun where it stands: no verb form
// (nounForm), or a form a noun shares with a verb ("pumps", "trucks"; not
// one in the past) where English puts a noun: after a verb's form, whose
// object it is ("used *pumps*", "drove *trucks*"), or where readAsVerb
// reads no verb (after a determiner, a possessive, an adjective, a number
// or a preposition: "the city's *pumps*"), not after a noun or a pronoun,
// whose verb it is ("the crew *pumps*").
func objectNoun(w, before string) bool {
	if nounForm(w) {
		return true
	}
	if pastVerb(w) || before == "" {
		return false
	}
	return !nounForm(before) && !lexicon.IsFunctionWord(before) || !readAsVerb(w, before)
}

// causeVerbs are [reason-cause]'s one-word cues, the causative verbs
// ("forcing the county to delay").
var causeVerbs = cueSet("reason-cause")

// thingPhraseReach is the most words thingPurpose reads back before its
// noun for the verb whose object the noun phrase is.
const thingPhraseReach = 6

// commaPurpose reports whether the "to" at lower[i:] opens an infinitive
// of purpose set off by a comma: "to" and a verb's base form ("…, to
// protect daytime trade"), not a passive ("…, to be led by …").
func commaPurpose(lower string, i int) bool {
	next, _ := nextWord(lower[i+len("to"):])
	return afterComma(lower, i) && next != "be" && lexicon.IsVerbBase(next)
}

// purposeModals are the modal verbs of a purpose clause (English's closed
// class, less "must" and "shall", which order, and "will", which foretells
// a result); subjectOpeners are the pronouns and determiners a purpose's
// subject may open with (closed classes too).
var (
	purposeModals  = wordSet("can could would might may")
	subjectOpeners = pronounSet(lexicon.ClausePronouns, "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those")
)
