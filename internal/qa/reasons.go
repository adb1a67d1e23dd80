package qa

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// A reason or a means, found in a passage: the words that say why or how.
type reasonSpan struct {
	span
	strong bool // opened by a cue that only gives reasons (or means)
}

// asksReason reports whether a question asks why, or how something is or
// was done (not how many, how long, how much, how old, nor how bad or how
// safe something is: a degree, no means).
func asksReason(q *question) bool {
	return q.kind == KindWhy || q.kind == KindHow && !asksDegree(q)
}

// asksDegree reports whether a "how" question asks how much of a quality
// something has: "how bad was the quake", "how safe is the water" ("how"
// and a word that is neither an auxiliary, a verb nor a preposition).
func asksDegree(q *question) bool {
	w := q.words
	if len(w) < 3 || w[0] != "how" || auxiliaries[w[1]] || prepositions[w[1]] || lexicon.IsFunctionWord(w[1]) {
		return false
	}
	return nounForm(w[1])
}

// reasonIn finds the clause of text that gives a reason (for "why") or a
// means or manner (for "how"): opened by a cue of kinds.txt, up to the end
// of its clause. After a question's words it is preferred to before them,
// a strong cue to a weak one; at is where the question's words end in
// text, and words (when given) where the question's words stand in it.
func reasonIn(text string, kind Kind, at int, words ...span) (reasonSpan, bool) {
	strongList, weakList := "reason", "reason-weak"
	if kind == KindHow {
		strongList, weakList = "means", "means-weak"
	}
	lower := lowerASCII(text) // offsets in lower are offsets in text
	best, found := reasonSpan{}, false
	for _, list := range []string{strongList, weakList} {
		for _, cue := range cueLists[list] {
			phrase := strings.Join(cue, " ")
			for from := 0; from < len(lower); {
				i := strings.Index(lower[from:], phrase)
				if i < 0 {
					break
				}
				i += from
				from = i + len(phrase)
				if !wordAt(lower, i, i+len(phrase)) || !reasonCue(text, lower, i, phrase) {
					continue
				}
				end := i + len(phrase)
				end += reasonEnd(text[end:])
				for _, co := range coordinations(text) {
					// "through intelligence, advanced weapons, and
					// training": a list the cue opens, whole
					if co.all.start >= i+len(phrase) && co.all.start < end && co.all.end > end {
						end = co.all.end
					}
				}
				end = i + len(strings.TrimRight(text[i:end], " .”\"’"))
				if wordCount(text[i:end]) < 2 {
					continue
				}
				// a purpose set off by a comma is one for sure ("…, to
				// protect daytime trade"), as "in order to" is
				r := reasonSpan{span{i, end}, list == strongList || phrase == "to" && (commaPurpose(lower, i) || phrasalPurpose(lower, i))}
				better := !found ||
					r.strong && !best.strong ||
					r.strong == best.strong && (r.start >= at) && (best.start < at || r.start < best.start)
				if better {
					best, found = r, true
				}
			}
		}
		if found {
			return best, true
		}
		if list == strongList && kind == KindWhy {
			if r, ok := reasonBefore(text, lower, "reason-before", len(text), nil); ok {
				return r, true
			}
			if r, ok := reasonBefore(text, lower, "reason-cause", at, words); ok {
				return r, true // a cause the verb gives, of what follows it
			}
			if r, ok := soThatCause(text, lower, words); ok {
				return r, true // "… anchored for so long | that their crews have asked …"
			}
			if r, ok := openingReason(text, at, words); ok {
				return r, true
			}
		}
	}
	return best, found
}

// reasonBefore finds a reason given before a cue of section that points
// back to it: the clause before "which would explain why …", or before a
// causative verb ("… forced rescuers to pull back") that stands before
// before (where the question's words end: the effect asked about follows
// the verb). Given the spans of the question's words, one of them must
// stand in the clause after the verb: what it caused is what is asked
// about ("the operation — which led to the capture of Maduro" gives no
// reason for "why didn't Greenland come up").
func reasonBefore(text, lower, section string, before int, words []span) (reasonSpan, bool) {
	for _, cue := range cueLists[section] {
		phrase := strings.Join(cue, " ")
		// every use of the cue before the question's words, not only the
		// first: an earlier "leaving" with no comma ("began leaving the
		// site") hides none after it
		for i := range uses(lower, phrase) {
			if before <= 0 {
				break
			}
			if r, ok := reasonBeforeAt(text, lower, phrase, i, before, words); ok {
				return r, true
			}
			if i+len(phrase) >= before {
				break // the next use would start past the question's words
			}
		}
	}
	return reasonSpan{}, false
}

// reasonBeforeAt is reasonBefore's reading of the cue phrase at i.
func reasonBeforeAt(text, lower, phrase string, i, before int, words []span) (reasonSpan, bool) {
	if i <= 0 || i >= before || !wordAt(lower, i, i+len(phrase)) {
		return reasonSpan{}, false
	}
	if next, _ := nextWord(lower[i+len(phrase):]); next == "by" || beForms[lastWord(lower[:i])] {
		return reasonSpan{}, false // "the war sparked by Russia's invasion", "was caused": the cause follows
	}
	if (strings.HasSuffix(phrase, "ing") || strings.HasPrefix(phrase, "resulting")) && !afterComma(lower, i) {
		return reasonSpan{}, false // a participle of result follows a comma ("…, forcing"); "is causing" has its cause for subject
	}
	if (phrase == "left" || phrase == "leaving") && !leftInState(lower[i+len(phrase):], phrase == "leaving") {
		return reasonSpan{}, false // "the ship left port": no cause ("leaving" is here after a comma)
	}
	if after := i + len(phrase); words != nil && !slices.ContainsFunc(words, func(w span) bool {
		return w.start >= after && w.end <= after+reasonStop(text[after:])
	}) {
		return reasonSpan{}, false
	}
	end := len(strings.TrimRight(text[:i], " ,;—–-"))
	// the cause stands before an auxiliary ("the aftershock *has*
	// forced") and a relative ("the operation — *which* led to …")
	for w := lastWord(lower[:end]); auxiliaries[w] || w == "which" || w == "that" || w == "who"; w = lastWord(lower[:end]) {
		end = len(strings.TrimRight(text[:end-len(w)], " ,;—–-"))
	}
	start := clauseStartBefore(text, end)
	if w, _ := nextWord(lower[start:end]); (w == "which" || w == "who") && start > 0 {
		// "the water treatment plant, *which flooded overnight*,
		// leaving …": the relative clause says what its antecedent
		// did; the cause is both
		if s := clauseStartBefore(text, len(strings.TrimRight(text[:start], " ,"))); wordCount(text[s:end]) <= maxShortWords {
			start = s
		}
	}
	if w, _ := nextWord(lower[start:end]); w == "and" || w == "but" {
		// "…, and the storm knocked out …": the clause, not its joining word
		start += strings.Index(lower[start:end], w) + len(w)
		start = pastSpaces(text, start, end)
	}
	if wordCount(text[start:end]) >= 2 && !opensWithAnaphor(text[start:end]) {
		return reasonSpan{span{start, end}, true}, true // not "The latter": what it points back to is elsewhere
	}
	return reasonSpan{}, false
}

// clauseStartBefore is where the clause that ends at end of text begins:
// after the last "that", comma, semicolon, dash or verb of saying before
// end that leaves it at least three words (0 when none does).
func clauseStartBefore(text string, end int) int {
	start := 0
	for _, stop := range []string{" that ", ", ", "; ", " — ", " said ", " says "} {
		if j := strings.LastIndex(text[:end], stop); j >= 0 && j+len(stop) > start && wordCount(text[j+len(stop):end]) >= 3 {
			start = j + len(stop)
		}
	}
	return start
}

// leftInState reports whether the words after "left" give its object and
// the state it was left in, a participle ("snowmelt had left *the river
// running high*"): "leave" as a causative verb, not "left port". Where
// "leaving" is a participle of result after a comma (result), "without"
// or "under" after its object gives the state too ("…, leaving thousands
// *without* power"); elsewhere it is a preposition that ends the object
// of a verb of motion ("The convoy left the port without its escort").
func leftInState(after string, result bool) bool {
	w := strings.Fields(after)
	for k := 1; k < min(len(w), 5); k++ {
		if result && k > 1 && (w[k-1] == "without" || w[k-1] == "under") {
			return true // "…, leaving thousands *without* power", "…, leaving the town *under* an advisory"
		}
		if strings.ContainsAny(w[k-1], ",;:.") || k > 1 && w[k-1] != "of" && getFold(prepositions, w[k-1]) {
			return false // "left port on Tuesday morning": a preposition ends the object
		}
		t := strings.ToLower(strings.TrimRight(w[k], ",;:.!?"))
		if len(t) > 4 && strings.HasSuffix(t, "ing") && !lexicon.IsFunctionWord(strings.ToLower(w[k-1])) {
			// a participle after its object ("the river *running*"), not a
			// noun its determiner opens ("left *the meeting*")
			return true
		}
	}
	return false
}

// openingReason finds a motive or circumstance that opens the sentence
// before the question's words, up to its comma: a participle ("*Fearing a
// sudden flood*, authorities evacuated …") or "with" ("*With the main
// hospital only partly usable*, the army set up …"). A participle of
// saying ("Speaking to reporters, …") or a preposition ("During the
// talks, …") gives none; at is where the question's words end.
func openingReason(text string, at int, words []span) (reasonSpan, bool) {
	first, afterFirst := nextWord(text)
	comma := strings.IndexByte(text, ',')
	if comma <= 0 || comma >= at || !isCapital(strings.TrimLeft(text, " “\"‘'")) {
		return reasonSpan{}, false
	}
	// a participle takes an object or a phrase ("Fearing *a* flood",
	// "Hoping *to* …"); a noun in -ing runs on into its own ("Housing
	// Minister …", "Evening prayers …")
	second, _ := nextWord(afterFirst)
	participle := len(first) > 5 && strings.HasSuffix(first, "ing") && lexicon.IsWord(first) && !lexicon.IsSayingVerb(first) && !prepositions[first] && lexicon.IsFunctionWord(second)
	if first != "with" && !participle {
		return reasonSpan{}, false
	}
	start := len(text) - len(strings.TrimLeft(text, " “\"‘'"))
	if n := wordCount(text[start:comma]); n < 3 || n > maxShortWords {
		return reasonSpan{}, false
	}
	// the opener is the circumstance of the clause after it: where it
	// holds more of the question's words than that clause, it is what is
	// asked about, no reason for it ("*With the main hospital only partly
	// usable*, the army set up a field hospital" for "why was the
	// hospital partly emptied")
	in, out := 0, 0
	for _, w := range words {
		if w.start < comma {
			in++
		} else {
			out++
		}
	}
	if in > out {
		return reasonSpan{}, false
	}
	return reasonSpan{span{start, comma}, true}, true
}

// passiveAgent answers "how was X VERBed" with who or what the passage
// says did it: the phrase of "by" right after the question's verb ("how
// will the force be led": "by European nations"; "how was Zelensky
// welcomed": "is greeted by French President Emmanuel Macron"), from the
// verb and the form of "be" before it.
func (e *Engine) passiveAgent(q *question, c *cand) (span, bool) {
	if q.kind != KindHow {
		return span{}, false
	}
	verb := ""
	for i := 1; i+1 < len(q.words); i++ {
		if beForms[q.words[i]] || getPassive[q.words[i]] {
			for _, w := range q.words[i+1:] {
				if pastVerb(w) || participles[w] {
					verb = w
				}
			}
		}
	}
	if verb == "" {
		return span{}, false
	}
	vi := termIndex(q.terms, verb)
	if vi < 0 {
		return span{}, false
	}
	text := c.p.Text
	for _, tok := range c.toks {
		if !q.stands(tok.Term, vi) || !strings.HasPrefix(text[tok.End:], " by ") {
			continue
		}
		by := tok.End + 1
		end := by + len(strings.TrimRight(text[by:by+reasonStop(text[by:])], " .”\"’"))
		if wordCount(text[by:end]) < 2 {
			continue
		}
		// from the verb, and the form of "be" before it: "is greeted by …"
		start := tok.Start
		if w := lastWord(strings.ToLower(text[:start])); beForms[w] {
			start = len(strings.TrimRight(text[:start], " ")) - len(w)
		}
		return span{start, end}, true
	}
	return span{}, false
}

// appositionAfter is how long the apposition or relative clause set off
// by commas right after a name is ("Skylane*, a low-cost rival,* put on six
// extra flights"; "…*, which backed the tram,* said"): a determiner, a
// possessive or a relative pronoun after the comma, up to the next comma,
// a few words; 0 when none stands there. The white space after the comma
// is read as written (a space, two, a no-break space: unicode.IsSpace).
func appositionAfter(s string) int {
	if !strings.HasPrefix(s, ",") {
		return 0
	}
	at := len(s) - len(strings.TrimLeftFunc(s[1:], unicode.IsSpace))
	if at == 1 {
		return 0 // no space after the comma: a figure's ("1,200")
	}
	w, _ := nextWord(strings.ToLower(s[at:]))
	if !appositionOpeners[w] {
		return 0
	}
	j := strings.Index(s[at:], ",")
	if j < 0 || wordCount(s[at:at+j]) > maxShortWords/2 {
		return 0
	}
	return at + j + 1
}

// appositionOpeners open a noun phrase set beside a name (the articles
// and the possessives) or a relative clause on it: closed classes.
var appositionOpeners = wordSet("a an the its his her their our who which")

// reasonStop is where a reason's clause ends: at a comma, a dash, a
// bracket or a conjunction that opens another clause.
func reasonStop(s string) int {
	end := len(s)
	for _, stop := range []string{",", ";", ":", " — ", " – ", "(", " but ", " while ", " although ", " though ", " and said ", " and added "} {
		i := strings.Index(s, stop)
		if stop == "," {
			i = nextBreak(s, 0, stop) // a comma inside a figure ("$1,900") ends no clause
		}
		if i >= 0 && i < end {
			end = i
		}
	}
	return end
}

// reasonEnd is where a reason's clause that s opens ends: at reasonStop,
// past a "while" of time. Where the text up to reasonStop's comma is a
// subordinate clause fronted inside the reason ("so that the people know
// that *when this ends,* it ends forever"; "because *if the dam fails,*
// the town floods"), that comma does not end the reason: a subordinator
// opens the reason or follows "that", and the words after the comma open
// on a subject pronoun or hold a verb (a main clause, not a list's next
// item); the reason then ends where that main clause does.
func reasonEnd(s string) int {
	end := reasonStop(s)
	if strings.HasPrefix(s[end:], " while ") {
		// "while" with no comma before it says when, inside the reason
		// ("so that patients are not left waiting *while crews fight
		// their way through traffic*"); set off by a comma it contrasts,
		// another clause (reasonStop stops at that comma first)
		from := end + len(" while ")
		end = from + reasonStop(s[from:])
	}
	if end >= len(s) || s[end] != ',' {
		return end
	}
	head := lowerASCII(s[:end])
	words := strings.Fields(head)
	opens := -1
	for k, w := range words {
		if subordinators[w] && (k == 0 || words[k-1] == "that") {
			opens = k
		}
	}
	if opens < 0 || len(words)-opens < 3 {
		return end
	}
	next := end + 1 + reasonStop(s[end+1:])
	if first, _ := nextWord(s[end+1 : next]); !clauseSubjects[first] && !holdsVerb(s[end+1:next]) || wordCount(s[end+1:next]) < 2 {
		return end
	}
	return next
}

// wordAt reports whether text[i:j] stands as whole words.
func wordAt(text string, i, j int) bool {
	before := i == 0 || !unicode.IsLetter(rune(text[i-1]))
	after := j >= len(text) || !unicode.IsLetter(rune(text[j]))
	return before && after
}

// infinitiveVerbs are the verbs of asking and telling, whose complement
// is a to-infinitive of what was asked ("were asked to sign"): the "to"
// after one opens no purpose. Those of telling are kinds.txt's
// [infinitive-words], the ones lexicon.TakesObjectInfinitive, read beside
// this, lacks ("told"), those of asking [asking-verb-words] (requestVerbs).
var infinitiveVerbs = union(cueSet("infinitive-words"), requestVerbs)

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

// clockWords are the times of day named by a word ("by midnight", "since
// dawn"), a closed class timeWord leaves out.
var clockWords = wordSet("midnight noon midday dawn nightfall dusk daybreak lunchtime tonight")

// timeUnit reports whether w (singular) is a unit of time, a closed class:
// "two days after", "31 hours after".
func timeUnit(w string) bool {
	switch w {
	case "second", "minute", "hour", "day", "week", "month", "year", "moment":
		return true
	}
	return false
}

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

// lastWord is the last word of s (lastWordAt) without the punctuation
// and quotation marks around it, in its own case.
func lastWord(s string) string {
	start, end := lastWordAt(s, len(s))
	if start < 0 {
		return ""
	}
	return strings.Trim(s[start:end], ",;:“”\"'’‘")
}

// reasonOf is the reason (or means) c's passage gives for what q asks, as
// reasonIn finds it, unless its words are only the question's own ("after
// Rubio drops out" for "why did rubio drop out"): that restates what is
// asked, and gives no reason for it.
// Remembered on c for q (candMemo): the reorders of "why" and "how"
// answers ask it of the same candidate again.
func (e *Engine) reasonOf(q *question, c *cand) (reasonSpan, bool) {
	f := remember(&c.reason, q, func() found[reasonSpan] {
		r, ok := reasonIn(c.p.Text, q.kind, questionEnd(q, c), questionSpans(q, c)...)
		if !ok && q.kind == KindWhy && q.negated {
			r, ok = butAfter(c.p.Text)
		}
		if !ok {
			return found[reasonSpan]{r, false}
		}
		body := c.p.Text[r.start:r.end]
		if _, rest, cut := strings.Cut(body, " "); cut && e.allQuestionWords(q, rest) {
			return found[reasonSpan]{}
		}
		if q.kind == KindHow && e.askedPath(q, c, r.start) {
			return found[reasonSpan]{}
		}
		return found[reasonSpan]{r, true}
	})
	return f.v, f.ok
}

// found is a span a rule finds, and whether it found one.
type found[T any] struct {
	v  T
	ok bool
}

// candMemo is one answer remembered on a candidate, for the question q
// (by its address: a copy of the question with other terms asks afresh).
type candMemo[T any] struct {
	q *question
	v T
}

// remember is compute's answer for q, remembered in *m: computed once per
// candidate and question. The memo is made at the first use, only for
// the candidates a rule asks about.
func remember[T any](m **candMemo[T], q *question, compute func() T) T {
	if *m != nil && (*m).q == q {
		return (*m).v
	}
	v := compute()
	*m = &candMemo[T]{q, v}
	return v
}

// askedPath reports whether the means at start of c's passage is "through"
// a thing with extent right after the question's own verb ("crews *dig
// through* collapsed blocks" for "how were neighbours digging people
// out"): the way the asked deed went, not how it was done. Through a place
// after another deed, that deed is the means ("Army engineers then cut a
// channel through the rock", throughPlaceVerb).
func (e *Engine) askedPath(q *question, c *cand, start int) bool {
	text := c.p.Text
	if throughPlaceVerb(text, start) == start {
		return false
	}
	for _, tok := range c.toks {
		if tok.End <= start && strings.TrimSpace(text[tok.End:start]) == "" {
			return q.hardHit(tok.Term)
		}
	}
	return false
}

// butAfter is the clause the first ", but" of text opens: of a deed asked why it did not work, what went against
// it ("had laid more than 40,000 sandbags since Sunday, *but that the
// water had simply gone around them*"), a weak reason; "that" after "but"
// is left out.
func butAfter(text string) (reasonSpan, bool) {
	i := strings.Index(text, ", but ")
	if i < 0 {
		return reasonSpan{}, false
	}
	start := i + len(", but ")
	if strings.HasPrefix(text[start:], "that ") {
		start += len("that ")
	}
	end := start + reasonStop(text[start:])
	end = start + len(strings.TrimRight(text[start:end], " .”\"’"))
	if wordCount(text[start:end]) < 3 {
		return reasonSpan{}, false
	}
	return reasonSpan{span{start, end}, false}, true
}

// typeReason is typeScore for "why" and "how": a passage that gives a
// reason or a means, by a cue that only gives them (1), or, for a
// question of intent, the plan it states of the subject, naming what is
// asked (0.75: "how will the board pay": "the board *would borrow £40
// million* for the new reservoir"), holds the kind of answer asked for
// more surely than one that gives none (0.5, as every passage for a kind
// with no type of its own). For a degree ("how fast was the river
// rising"), a passage with a figure that is no year (degreeFigure) holds
// it more surely (0.75).
func (e *Engine) typeReason(q *question, c *cand) float64 {
	if !asksReason(q) {
		if asksDegree(q) && e.degreeFigure(c.p.Text) {
			return 0.75
		}
		return 0.5 // "how bad was it": a degree
	}
	r, ok := e.reasonOf(q, c)
	switch {
	case ok && r.strong:
		return 1
	}
	if p, plan := e.planOf(q, c); plan && namesAsked(q, c, p) {
		return 0.75
	}
	return 0.5
}

// questionEnd is where the question's matched words end in a candidate's
// text: a reason is looked for after it first.
func questionEnd(q *question, c *cand) int {
	end := 0
	for _, tok := range c.toks {
		if len(q.lookup[tok.Term]) > 0 {
			end = max(end, tok.End)
		}
	}
	return end
}

// questionSpans are where the question's matched words stand in a
// candidate's text.
func questionSpans(q *question, c *cand) []span {
	out := []span{}
	for _, tok := range c.toks {
		if len(q.lookup[tok.Term]) > 0 {
			out = append(out, span{tok.Start, tok.End})
		}
	}
	return out
}

// preferReasons moves ahead, among the best candidates, one that gives a
// reason (or a means) over one that only names the subject, when it
// matches the question nearly as well.
func (e *Engine) preferReasons(q *question, cands []*cand) []*cand {
	if !asksReason(q) || len(cands) < 2 {
		return cands
	}
	if i := e.speakerBelow(q, cands); i > 0 {
		return toFront(cands, i)
	}
	top := cands[0]
	r, ok := e.reasonOf(q, top)
	if ok && r.strong {
		return cands
	}
	if top.p.Kind != corpus.KindBody {
		ok = false // a bullet or a caption states; the body explains
	}
	if intentAt(q) > 0 && !ok {
		// "how will they …": the plan the passage states of the subject,
		// naming what is asked about, over a top passage with no means
		if p, plan := e.planOf(q, top); !plan || !namesAsked(q, top, p) {
			for i, c := range cands[1:min(len(cands), closeLook)] {
				if p, found := e.planOf(q, c); found && namesAsked(q, c, p) && rivals(c, top) {
					return toFront(cands, i+1)
				}
			}
		}
	}
	// a strong reason first; a weak one ("after …", "gathered to …") only
	// over a passage that gives none
	for _, strong := range []bool{true, false} {
		if !strong && ok {
			break
		}
		if !strong && intentAt(q) > 0 {
			// "how are they going to …" with no strong means close: one
			// that speaks of what is to come, over a top that only says
			// what was
			if i := prospectRival(q, cands); i > 0 {
				return toFront(cands, i)
			}
		}
		for i, c := range cands[1:min(len(cands), closeLook)] {
			if !whyRival(c, top) {
				continue
			}
			if r, found := e.reasonOf(q, c); found && r.strong == strong {
				return toFront(cands, i+1)
			}
		}
	}
	// a manner "how" goes on only from a headline or standfirst with no
	// means: its few words say what happened, and the body how (the
	// block below)
	if ok || q.kind != KindWhy && !summaryLine(top.p.Kind) {
		return cands
	}
	// a top passage with no cue of a cause at all does not answer "why";
	// a close one whose strong cue stands right after one of the
	// question's words gives the cause of what is asked about, even when
	// it matches the question less well ("flights … were also *cancelled
	// because* crews could not be assigned")
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if q.kind != KindWhy || !c.entOK && top.entOK {
			continue
		}
		if r, found := e.reasonOf(q, c); found && r.strong && e.causeOfQuestionWord(q, c, r) {
			return toFront(cands, i+1)
		}
	}
	if top.p.Kind != corpus.KindBody {
		// a headline, a standfirst, a bullet or a caption states what
		// happened, and where no close passage gives a cause right after
		// the question's words the body, where it matches the question
		// nearly as well, goes on to say why (or its next sentence does:
		// withReasonNext); for "how", only after a headline or standfirst
		// (summaryLine), how it was done
		for i, c := range cands[1:min(len(cands), closeLook)] {
			if c.p.Kind == corpus.KindBody && whyRival(c, top) {
				return toFront(cands, i+1)
			}
		}
	}
	return cands
}

// headlineRival reports whether c, a passage of the article whose
// headline or standfirst top is (summaryLine), scores nearly as well as
// it: a headline says what
// happened in a few words, so it matches more of a question's words than
// the article's sentences that go on to say why ("Bridge reopens to
// buses, but drivers face a wait until late January"; "… would have to
// wait until late January, *after engineers found two more cracks*").
func headlineRival(c, top *cand) bool {
	return summaryLine(top.p.Kind) && c.a == top.a && c.p.Kind == corpus.KindBody && scoresNear(c, top)
}

// summaryLine reports whether a passage of kind k sums its article up
// above the body (its headline or standfirst): it says what happened in a
// few words, and the body goes on to say why and how.
func summaryLine(k corpus.Kind) bool {
	return k == corpus.KindHeadline || k == corpus.KindStandfirst
}

// whyRival reports whether c may go before top for "why": it rivals
// top, or top is its article's headline and c scores nearly as well.
func whyRival(c, top *cand) bool {
	return rivals(c, top) || headlineRival(c, top)
}

// causeOfQuestionWord reports whether the reason r of c's passage opens
// right after one of the question's words, with nothing or a comma
// between: "cancelled because …", "closed, after …".
func (e *Engine) causeOfQuestionWord(q *question, c *cand, r reasonSpan) bool {
	for _, tok := range c.toks {
		if tok.End > r.start || len(q.lookup[tok.Term]) == 0 {
			continue
		}
		if strings.Trim(c.p.Text[tok.End:r.start], " ,") == "" {
			return true
		}
	}
	return false
}

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

// stanceWhy is, for a why question, what c, the sentence next after the
// top one and joined on to it (withReasonNext), says of why
// (stanceFollow, with whether the top is a stance alone: stanceAlone),
// where the top gives no reason of its own, or only a cue of when it was
// said (toldWhen); "" otherwise. refineKind sets it as the short answer,
// read once (it asked stanceFollow twice).
func (e *Engine) stanceWhy(q *question, top, c *cand, joined bool) string {
	if !joined || q.kind != KindWhy || c.p.Seq != top.p.Seq+1 {
		return "" // (the cheap guards first)
	}
	if r, inTop := e.reasonOf(q, top); inTop && !toldWhen(top.p.Text, r) {
		return ""
	}
	return stanceFollow(c.p.Text, stanceAlone(top.p.Text))
}

// saidAfterName is, after a stance alone, the clause of reasonMinWords
// words or more reported after the first verb of saying of text where a
// comma stands before that verb, as commas set off a speaker's name and
// description ("Ana Ruiz, head of the tenants' group, said …"); empty
// otherwise. No name is asked for: "In the end, residents said …" is read
// too. (namedBeforeSaying, which does ask for names set off, reads fewer
// sentences: used here it would change answers.)
func saidAfterName(text string, stance bool) span {
	if !stance {
		return span{}
	}
	at, ok := firstSaidClause(text)
	if !ok || !strings.Contains(text[:at], ",") {
		return span{} // said right after a short clause: no name set off before it
	}
	if s := reportedClause(text, at); wordCount(text[s.start:s.end]) >= reasonMinWords {
		return s
	}
	return span{}
}

// reasonMinWords is the fewest words of a clause read as what a stance's
// next sentence says of why (stanceFollow): fewer ("Tal said so") say
// nothing of it.
const reasonMinWords = 4

// stanceOnlyWords is the most words of a sentence that only takes a stance
// (stanceAlone).
const stanceOnlyWords = 8

// stanceAlone reports whether the sentence text is too short to say more
// than a stance ("Aid groups were less convinced."): no more than
// stanceOnlyWords words. withReasonNext then joins the next sentence on,
// and stanceWhy reads why from it.
func stanceAlone(text string) bool {
	return wordCount(text) <= stanceOnlyWords
}

// pastReasonCue is clause without the cue of the reason or weak reason
// lists (kinds.txt) that opens it, and whether one did: the cue only
// says that a reason follows, so where the clause is a word or two too
// long for a short answer, it goes first ("because | the utility had cut
// power to flooded streets as a safety measure").
func pastReasonCue(clause string) (string, bool) {
	lower := lowerASCII(clause)
	best := 0
	for _, list := range []string{"reason", "reason-weak"} {
		for _, cue := range cueLists[list] {
			phrase := strings.Join(cue, " ")
			if len(phrase) > best && strings.HasPrefix(lower, phrase+" ") {
				best = len(phrase)
			}
		}
	}
	if best == 0 {
		return clause, false
	}
	return strings.TrimLeft(clause[best:], " "), true
}

// soThatRE is "so" and a word or two of degree, then "that": "so long
// that", "so badly damaged that" (its first word an adjective, no -ing, an adverb
// or one of quantityWords, which soThatCause checks).
var soThatRE = regexp.MustCompile(`\bso (?:[a-z-]+ ){1,2}?that `)

// quantityWords are the words of quantity "so" takes as degree ("so
// *many* ships that …"): a closed class.
var quantityWords = wordSet("many much few little")

// soThatCause finds the cause a result clause gives back to: in "Some
// vessels have been anchored for *so long that* their crews have asked
// for food", what the "that" clause says follows from the one before it,
// up to "so long". One of the question's words (words) must stand in the
// result clause, what is asked why of.
func soThatCause(text, lower string, words []span) (reasonSpan, bool) {
	for _, m := range soThatRE.FindAllStringIndex(lower, -1) {
		after := m[1]
		if m[0] == 0 || words == nil || !slices.ContainsFunc(words, func(w span) bool {
			return w.start >= after && w.end <= after+reasonStop(text[after:])
		}) {
			continue
		}
		if first, _ := nextWord(lower[m[0]+len("so "):]); strings.HasSuffix(first, "ing") || !lexicon.IsAdjective(first) && !isAdverb(first) && !quantityWords[first] {
			continue // "did so knowing that …": no degree, no result
		}
		end := m[1] - len(" that ")
		start := 0
		for _, stop := range []string{". ", "; ", ", ", " — "} {
			if j := strings.LastIndex(text[:m[0]], stop); j >= 0 && j+len(stop) > start {
				start = j + len(stop)
			}
		}
		if wordCount(text[start:end]) >= 3 && !opensWithAnaphor(text[start:end]) {
			return reasonSpan{span{start, end}, true}, true
		}
	}
	return reasonSpan{}, false
}

// prospectRival is the index of the first close rival of the top
// candidate that speaks of what is yet to come (speaksOfProspect: "KCT
// said it *expected to clear the backlog* in about ten days, with staff
// working extra shifts"), for a manner question of what is to be done
// ("how are they going to get through the waiting ships") whose top
// passage speaks of none: English tells a way not yet taken as a
// prospect, so a passage only of what was or is ("23 ships were
// waiting") says no way; 0 for none.
func prospectRival(q *question, cands []*cand) int {
	top := cands[0]
	if !prospectUnmet(q, top) {
		return 0
	}
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if rivals(c, top) && c.p.Kind == corpus.KindBody && speaksOfProspect(c.p.Text) {
			return i + 1
		}
	}
	return 0
}

// degreeFigure reports whether text holds a figure that is no year, nor a
// day of a date or a clock time ("1.7 metres in 24 hours", "nine out of
// every ten homes"): English answers how much of a quality something has
// ("how fast", "how bad": asksDegree) most surely by measuring it.
func (e *Engine) degreeFigure(text string) bool {
	for _, m := range e.find(figureRE, text) { // (remembered per passage)
		f := text[m.start:m.end]
		if strings.EqualFold(f, "one") || yearRE.MatchString(f) || dateOrClock(text, m.start, m.end) {
			continue
		}
		return true
	}
	return false
}

// dateOrClock reports whether the figure at text[start:end] is a day of a
// date ("12 March", "March 12") or a clock time ("3 p.m.", "3:40"): a
// point in time, no measure of degree.
func dateOrClock(text string, start, end int) bool {
	if strings.HasPrefix(text[end:], ":") || clockFigureRE.MatchString(text[start:]) {
		return true
	}
	day := text[start:end]
	next, rest := typedWord(text[end:])
	after, _ := typedWord(rest)
	return dayAndMonth(day, strings.Trim(next, ".,"), strings.Trim(after, ".,;:")) || dayAndMonth(day, strings.Trim(lastWord(text[:start]), ".,"), day)
}

// dayAndMonth reports whether day and month, as the passage spells them, are
// a date's day and month side by side ("12 March", "March 12"): day a
// figure that can count a month's days (one or two digits up to 31, an
// ordinal's ending allowed: "3rd"; not "2,000"), month a capitalised
// month's name or abbreviation (not the verb "march"); "May", a modal as
// often, only where mayMonth reads it as the month before after, the
// word after it ("12 May 2026", "May 12", "12 May saw", "12 May rescue
// crews", "12 May police said"; not "12 May have died", "Up to 12 May
// Leave").
func dayAndMonth(day, month, after string) bool {
	if !isCapital(month) || !dayFigure(day) {
		return false
	}
	m := strings.ToLower(strings.TrimSuffix(month, "."))
	if m != "may" {
		return monthWords[m]
	}
	return mayMonth(month, day, after)
}

// dayFigure reports whether f is a figure that can be a day of a month:
// one or two digits, 1 to 31, and an ordinal's ending at most ("9",
// "31st"; not "2,000", "45", "0").
func dayFigure(f string) bool {
	n := 0
	i := 0
	for ; i < len(f) && isDigit(f[i]); i++ {
		n = n*10 + int(f[i]-'0')
	}
	if i == 0 || i > 2 || n < 1 || n > 31 {
		return false
	}
	switch strings.ToLower(f[i:]) {
	case "", "st", "nd", "rd", "th":
		return true
	}
	return false
}

// monthNames are the months' names, lower case; not "may", a modal as
// often ("two may have died"). monthWords adds their abbreviations.
var (
	monthNames = wordSet("january february march april june july august september october november december")
	monthWords = union(monthNames, wordSet("jan feb mar apr jun jul aug sep sept oct nov dec"))
)

// freshPredicate is, of two predicates of one subject that "and" joins in
// c's passage, the one that holds none of the question's words (softly
// near ones too), where the other holds some: that one only says again
// what the question asks about, and the one beside it what the question
// does not know ("the port *was preparing for a surge of arrivals once
// the canal reopened*, and had asked dockworkers to cancel leave …" for
// "why is the port cancelling leave"; the other way round for "how is the
// port getting ready"). English often joins a deed to the deed or state
// it serves or comes of with a bare "and", no cue of cause. echo is
// the predicate that holds the question's words; false where the passage
// joins no two predicates so.
func (e *Engine) freshPredicate(q *question, c *cand) (fresh, echo span, ok bool) {
	text := c.p.Text
	for first, second := range joinedPredicates(text) {
		n1, n2 := questionWordsIn(q, c, first), questionWordsIn(q, c, second)
		switch {
		case n1 > 0 && n2 == 0:
			return second, first, true
		case n2 > 0 && n1 == 0:
			return first, second, true
		}
	}
	return span{}, span{}, false
}

// joinedPredicates yields the pairs of predicates of one subject that
// "and" joins in text, each from its finite verb (an auxiliary or a past
// form) to the end of its clause: "the port *was preparing for a surge*,
// and *had asked dockworkers to cancel leave*". The first is
// reasonPredicate's reading of the clause before the "and", so it has a
// subject of its own before its verb; the second has none (its verb right
// after the "and"). Each holds at least minCutWords words and fits a
// short answer.
func joinedPredicates(text string) func(yield func(first, second span) bool) {
	return func(yield func(first, second span) bool) {
		lower := lowerASCII(text) // offsets in lower are offsets in text
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], " and ")
			if i < 0 {
				return
			}
			i += from
			from = i + len(" and ")
			verb, _ := nextWord(lower[from:])
			if !auxiliaries[verb] && !pastForm(verb) {
				continue
			}
			second := span{from, from + clauseEnd(text[from:])}
			if n := wordCount(text[second.start:second.end]); n < minCutWords || n > maxShortWords {
				continue
			}
			end := len(strings.TrimRight(text[:i], " ,"))
			first, ok := reasonPredicate(text, span{clauseStartBefore(text, end), end})
			if ok && !yield(first, second) {
				return
			}
		}
	}
}

// questionWordsIn counts the question's matched words in c's passage
// (questionSpans) that stand within s.
func questionWordsIn(q *question, c *cand, s span) int {
	n := 0
	for _, w := range questionSpans(q, c) {
		if w.start >= s.start && w.end <= s.end {
			n++
		}
	}
	return n
}

// pastEcho is s, a deed c's passage says of the question's subject, or,
// where s only says again what the question asks about and "and" joins
// another deed to it that does not (freshPredicate), that one: how the
// subject went about what is asked.
func (e *Engine) pastEcho(q *question, c *cand, s span) span {
	if fresh, echo, ok := e.freshPredicate(q, c); ok && s.start < echo.end && echo.start < s.end {
		return fresh
	}
	return s
}

// askedDeed is, for "why were they VERBing …" where c's passage gives no
// cue of a reason, the clause of the question's verb in the passage
// (verbFrom), where it goes on past the question's words by minCutWords
// words or more: "*burning pallets in oil drums against the cold*" for
// "why were people burning pallets at the gate". With no cue, what a
// clause adds to the deed asked about (its purpose, manner or occasion)
// is what it says of why.
func (e *Engine) askedDeed(q *question, c *cand) (span, bool) {
	w := q.words
	v := progressiveAt(w)
	if v <= 0 || !beForms[w[1]] {
		return span{}, false
	}
	d, ok := e.verbFrom(q, c, w[v])
	if !ok {
		return span{}, false
	}
	last := d.start
	for _, tok := range c.toks {
		if tok.Start >= d.start && tok.End <= d.end && q.hardHit(tok.Term) {
			last = max(last, tok.End)
		}
	}
	if wordCount(c.p.Text[last:d.end]) < minCutWords {
		return span{}, false
	}
	return d, true
}

// speakersReason is, for "why does X say / think …" (whySpeakerFor) where
// c's passage gives no cue of a reason and X speaks in it, X's reason in
// X's words: of the clauses the passage's first verb of saying reports,
// or the verb of several words X is the subject of reports
// (phrasalClause: "X also pointed out that …"; reportedClause; a second
// one after "and that" or "and" and a quotation mark), the first of reasonMinWords words or more that holds
// the fewest of the question's words, where another holds more and so
// only says the question again ("Witkoff said that *"land options" will be the most
// "critical issue"* and "hopefully we will … come up with certain
// compromises …"" for "why does Witkoff think they'll need
// compromises").
func (e *Engine) speakersReason(q *question, c *cand) (span, bool) {
	whole, ok := e.whySaidClause(q, c)
	if !ok {
		return span{}, false
	}
	text := c.p.Text
	best, fewest, most := span{}, -1, 0
	for part := range reportedParts(text, whole) {
		n := questionWordsIn(q, c, part)
		most = max(most, n)
		if wordCount(text[part.start:part.end]) >= reasonMinWords && (fewest < 0 || n < fewest) {
			best, fewest = part, n
		}
	}
	if fewest < 0 || fewest == most {
		return span{}, false // no part only says the question again: nothing to choose
	}
	if r, size := utf8.DecodeLastRuneInString(text[:best.start]); r == '"' || r == '“' {
		best.start -= size // the quotation the clause opens on, with its mark
	}
	return best, true
}

// whySaidClause is, for "why does X say / think …" (whySpeakerFor), the
// clause X reports in c's passage: the one its first verb of saying
// opens where X speaks there (speaksAs), or the one the verb of several
// words X is the subject of opens (phrasalClause: "X also pointed out
// that …"); false where X does not speak there.
func (e *Engine) whySaidClause(q *question, c *cand) (span, bool) {
	who := e.whySpeakerFor(q)
	if who == nil {
		return span{}, false
	}
	at, ok := 0, false
	if e.speaksAs(who, c) {
		at, ok = firstSaidClause(c.p.Text)
	} else {
		at, ok = e.phrasalClause(who, c) // "X also pointed out that …"
	}
	if !ok {
		return span{}, false
	}
	return reportedClause(c.p.Text, at), true
}

// speakerBelow is the index of the first close candidate (closeLook)
// that scores nearly as well as the top (scoresNear, as the "why" rivals
// use) in which X, whose reason "why does X think …" asks for in X's
// words (whySpeakerFor), speaks and reports a clause of reasonMinWords
// words or more (whySaidClause), where X does not speak in the top
// (another speaks, or no one does): another person's words are no reason
// of X's ('"…," he said, flanked by X' under 'X said that if … "they have
// to know …"'), nor is narration, whether it names X or not ('The
// council met on Monday …' over 'X said …').
// It is 0 where there is none.
func (e *Engine) speakerBelow(q *question, cands []*cand) int {
	who, top := e.whySpeakerFor(q), cands[0]
	if who == nil || e.speaksAs(who, top) || e.speaksPhrasal(who, top) {
		return 0
	}
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if !scoresNear(c, top) {
			continue
		}
		if w, ok := e.whySaidClause(q, c); ok && wordCount(c.p.Text[w.start:w.end]) >= reasonMinWords {
			return i + 1
		}
	}
	return 0
}

// anotherSpeaks reports whether q asks X's reason in X's words ("why
// does X think …": whySpeakerFor), X speaks in none of the passages ps
// (speaksAs, speaksPhrasal), and in one of them another of X's name or
// kind does: X's last word, a surname or a description's noun, is the
// subject of a verb of saying or of thinking there (namedSpeaker,
// phrasalSaidAt, thinksAfter: "Peter Roy thinks …") with
// another's word right before it (namedOtherAt: "the *finance* minister
// said" for "the health minister"; "*Peter* Roy also pointed out" for
// Ingrid Roy). A bare "The minister said" may be X named again: no one
// else. What that passage reports is the other's view, not X's reason.
func (e *Engine) anotherSpeaks(q *question, ps ...*cand) bool {
	who := e.whySpeakerFor(q)
	if who == nil || len(who.want) < 2 {
		return false // (a word alone that speaks is X speaking)
	}
	for _, c := range ps {
		if e.speaksAs(who, c) || e.speaksPhrasal(who, c) {
			return false
		}
	}
	head, others := who.want[len(who.want)-1:], who.want[:len(who.want)-1]
	another := false
	for _, c := range ps {
		for _, t := range c.toks {
			if t.Term != head[0].Term {
				continue
			}
			if !e.namedOtherAt(c.p.Text, c.toks, others, t) {
				if thinksAfter(c.p.Text, t.End) {
					return false // X's own view ("Maria Lindqvist believes …"), whoever else speaks
				}
				continue
			}
			one := []index.Token{t} // (this word of the head's, not another that stands bare)
			if _, ok := phrasalSaidAt(c.p.Text, one, head); ok || e.namedSpeaker(c.p.Text, one, t.Term) {
				another = true
			} else if w, at := nameVerbAt(c.p.Text, t.End, lexicon.IsAdverb); lexicon.IsThinkingVerb(w) && clauseAfter(c.p.Text, at, true) {
				another = true // "Peter Roy thinks the depot will shut", not "Peter Roy checked the buses"
			}
		}
	}
	return another
}

// thinksAfter reports whether a verb of thinking or belief
// (lexicon.IsThinkingVerb: "thinks", "believed") stands right after the
// name's word that ends at byte end of text, past at most one adverb
// ("Peter Roy *also thinks* …"), as phrasalVerbAfter reads a verb of
// saying of several words: the one named holds a view there.
func thinksAfter(text string, end int) bool {
	w, _ := nameVerbAt(text, end, lexicon.IsAdverb)
	return lexicon.IsThinkingVerb(w)
}

// nameVerbAt is the word (lower case) right after the name's word that
// ends at byte end of text, past at most one word skip passes (an
// adverb: "Peter Roy *also* thinks"; an auxiliary too where the reader
// asks: "X *is* convinced"), and the byte its word ends at; "" where none
// stands there, the name is followed by no space.
func nameVerbAt(text string, end int, skip func(string) bool) (string, int) {
	if end >= len(text) || text[end] != ' ' {
		return "", end
	}
	words, ends := letterWords(text, end, min(len(text), end+phrasalReach))
	for i := 0; i < 2 && i < len(words); i++ {
		if !skip(words[i]) {
			return words[i], ends[i]
		}
	}
	return "", end
}

// clauseReach is how many words after a verb clauseAfter reads for the
// clause's own verb.
const clauseReach = 6

// clauseAfter reports whether a clause follows the verb that ends at byte
// end of text, before any mark that ends a clause: one opened by "that",
// or whose subject stands before an auxiliary ("thinks the depot *will*
// shut") or a verb in the present's third person where English puts a
// verb (presentVerb, readAsVerb: "thinks the depot *shuts* soon"; not
// "confirmed the cuts", nor a plural noun after a noun, "visited the
// depot *works*", "the bus *stops*": knownNoun); not a noun object
// ("checked the buses on Monday", "read the report"), nor one with a
// relative clause ("toured the depot that was built in 1958"), nor a
// clause a subordinator or another conjunction joins on ("was at the
// depot *when* it was shut", "checked the buses *and* they will shut":
// conjunctions, subordinators); where pair is set (the verb takes a
// clause: a verb of thinking or saying, one whose commonest sense takes a
// clause, lexicon.TakesClause, or an adjective right past is, are, was or were (copulas), not "has closed"),
// a conjunction between a noun and a noun phrase joins a subject of two
// ("predicts the depot *and* the garage will shut", "is convinced the
// depot *or* the garage will shut"), and elsewhere it joins a clause of
// its own ("visited the depot *and* the garage will shut"): with a
// clause the verb reports a view.
func clauseAfter(text string, end int, pair bool) bool {
	to := len(text)
	if i := strings.IndexAny(text[end:], ".,;:!?\n"); i >= 0 {
		to = end + i
	}
	words, _ := letterWords(text, end, to)
	for i, w := range words[:min(len(words), clauseReach)] {
		switch {
		case w == "that" && i == 0 || i > 0 && (isAux(w) || presentVerb(w) && readAsVerb(w, words[i-1]) && !(knownNoun(w) && knownNoun(words[i-1]))):
			return true
		case relativeWordSet[w]:
			return false // a relative clause on the object: "toured the depot *that* was built"
		case pair && conjunctions[w] && i > 0 && i+1 < len(words) && knownNoun(words[i-1]) && (opensNounPhrase(words[i+1]) || knownNoun(words[i+1])):
			// a subject of two nouns goes on: "predicts the depot *and*
			// the garage will shut"
		case conjunctions[w] || subordinators[w]:
			return false // a clause of its own, no view the verb reports
		}
	}
	return false
}

// speakerSilent reports whether q asks X's reason in X's words ("why
// does X think …": whySpeakerFor) and no one speaks in the passages ps:
// no verb of saying (firstSaidClause) and no quotation mark. Where
// someone does, it may be X named otherwise ("The minister said" for the
// education minister) or one who speaks for X (a body's officer for the
// body); where no one does and they give no cause either (the reason
// readers' last resort), what they tell of X is no view of X's.
func (e *Engine) speakerSilent(q *question, ps ...*cand) bool {
	who := e.whySpeakerFor(q)
	if who == nil {
		return false
	}
	for _, c := range ps {
		if _, ok := firstSaidClause(c.p.Text); ok || strings.ContainsAny(c.p.Text, "\"“”") || e.holdsView(who, c) {
			return false
		}
	}
	return true
}

// holdsView reports whether the one asked about (who) is told holding a
// view in c's passage, no verb of saying needed: the last of who's words
// stands before a verb of thinking or belief (thinksAfter: "X believes",
// "X expects"), or before a verb or an adjective, past an adverb or an
// auxiliary, that a clause follows (clauseAfter: "X predicts the depot
// will shut", "X is convinced the depot will shut", "X is sure …"; not
// "X was *at* the depot the council will shut"), a subject of two only
// where the verb takes a clause ("X predicts the depot and the garage
// will shut", not "X visited the depot and the garage will shut"); or X,
// or X's last word alone, is given
// as the source ("according to X", "according to Lindqvist" for Maria
// Lindqvist, "according to the minister" for the housing minister), the
// last word alone only where the passage names no other by it
// (otherOfLast: not "Peter Lindqvist toured the depot. According to
// Lindqvist, …" for Maria Lindqvist).
func (e *Engine) holdsView(who *speakerAsked, c *cand) bool {
	if len(who.want) == 0 {
		return false
	}
	first, last := who.want[0].Term, who.want[len(who.want)-1].Term
	text := c.p.Text
	for _, t := range c.toks {
		if t.Term == last {
			if thinksAfter(text, t.End) {
				return true
			}
			if w, at := nameVerbAt(text, t.End, func(w string) bool { return lexicon.IsAdverb(w) || isAux(w) }); lexicon.IsVerb(w) || lexicon.IsAdjective(w) {
				next, _ := nameVerbAt(text, t.End, lexicon.IsAdverb)
				pair := lexicon.IsThinkingVerb(w) || lexicon.IsSayingVerb(w) || lexicon.TakesClause(w) || copulas[next] && lexicon.IsAdjective(w)
				if clauseAfter(text, at, pair) {
					return true
				}
			}
		}
		if t.Term == first || t.Term == last { // (a token's offsets are the text's)
			words, _ := letterWords(text, max(0, t.Start-sourceReach), t.Start)
			if n := len(words); n > 0 && words[n-1] == "the" {
				words = words[:n-1]
			}
			if n := len(words); n >= 2 && words[n-2] == "according" && words[n-1] == "to" && (t.Term == first || !e.otherOfLast(who, c)) {
				return true
			}
		}
	}
	return false
}

// otherOfLast reports whether c's passage, or the sentence before it
// (c.prev), names another person by the last of who's words: a name or description whose word before it is
// none of who's ("Peter Lindqvist" for Maria Lindqvist, "the transport
// minister" for the housing minister: namedOtherAt), so that the last
// word alone ("according to Lindqvist") may be the other's.
func (e *Engine) otherOfLast(who *speakerAsked, c *cand) bool {
	last := who.want[len(who.want)-1]
	others := who.want[:len(who.want)-1]
	other := func(text string, toks []index.Token) bool {
		return slices.ContainsFunc(toks, func(u index.Token) bool {
			return u.Term == last.Term && e.namedOtherAt(text, toks, others, u)
		})
	}
	return other(c.p.Text, c.toks) || c.prev != nil && other(c.prev.Text, c.prevToks)
}

// sourceReach is how many bytes before a name holdsView reads for
// "according to (the)".
const sourceReach = 20

// speakerSilentReason is why the articles do not answer where the reason
// readers end in speakerSilent.
const speakerSilentReason = "no one speaks there, and no cause is given"

// viewNoCauseReason is why the articles do not answer where the reason
// readers find no cause and speakerSilent did not decline: mostly where
// the one asked about holds the view there (holdsView), but also where
// another speaks there, which refineKind does not tell apart.
const viewNoCauseReason = "the view is given there, but no cause for it"

// anotherSpeaksReason is why the articles do not answer where the reason
// readers end in anotherSpeaks (refineKind records it on the answer,
// Explain reads it there).
const anotherSpeaksReason = "another of that name or kind speaks there, not the one asked about"

// namedOtherAt reports whether the word right before t in text, with
// only spaces between (one noun phrase), opens another name or
// description than the one whose other analysed words are others: a
// capitalised word or a noun (knownNoun), no function word ("The"), no
// word of when the title is held that describes no one (sameOffice,
// describesSomeone) and none of others ("the *health* minister" is X).
// Where t stands bare ("The minister said", "Roy said") it names no one
// else.
func (e *Engine) namedOtherAt(text string, toks, others []index.Token, t index.Token) bool {
	if t.Start > len(text) {
		return false
	}
	i, end := lastWordAt(text, t.Start)
	if i < 0 || strings.TrimSpace(text[end:t.Start]) != "" || strings.ContainsAny(text[i:end], ",;:!?\"“”()") {
		return false
	}
	w := strings.ToLower(text[i:end])
	if lexicon.IsFunctionWord(w) || sameOffice(w) && !slices.ContainsFunc(toks, func(u index.Token) bool { return u.End == end && e.describesSomeone(u.Term) }) {
		// "The *current* minister said" is X again; "the *former*
		// minister" another office, and "the *future* minister" another
		// where the articles describe someone so
		return false
	}
	if slices.ContainsFunc(toks, func(u index.Token) bool {
		return u.End == end && slices.ContainsFunc(others, func(o index.Token) bool { return o.Term == u.Term })
	}) {
		return false // X's own word
	}
	return isCapital(text[i:end]) || knownNoun(w)
}

// andThat joins a second reported clause to the first ("said the fees
// had doubled *and that* …"): reportedFirst and reportedParts cut at it
// alike.
const andThat = " and that "

// reportedParts yields the parts of the reported clause s of text that
// "and that" or "and" before a quotation mark join ('said *the fees had
// doubled* and that *…*', 'said *the cost was high* and "*…*"'), in
// order; s whole where nothing joins two.
func reportedParts(text string, s span) func(yield func(span) bool) {
	return func(yield func(span) bool) {
		if s.start < 0 || s.end > len(text) || s.start >= s.end {
			return
		}
		from := s.start
		for {
			rest := text[from:s.end]
			i, skip := -1, 0
			for _, sep := range []string{andThat, " and \"", " and “"} {
				if j := strings.Index(rest, sep); j >= 0 && (i < 0 || j < i) {
					i, skip = j, len(sep)
					if !strings.HasSuffix(sep, " ") {
						skip = len(" and ") // the quotation mark stays with its quotation
					}
				}
			}
			if i < 0 {
				yield(span{from, s.end})
				return
			}
			if !yield(span{from, from + i}) {
				return
			}
			from += i + skip
		}
	}
}
