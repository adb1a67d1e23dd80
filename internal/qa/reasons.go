// Reasons and means: finding the clause that says why or how.

package qa

import (
	"slices"
	"strings"
	"unicode"

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

// infinitiveVerbs are the verbs of asking and telling, whose complement
// is a to-infinitive of what was asked ("were asked to sign"): the "to"
// after one opens no purpose. Those of telling are kinds.txt's
// [infinitive-words], the ones lexicon.TakesObjectInfinitive, read beside
// this, lacks ("told"), those of asking [asking-verb-words] (requestVerbs).
var infinitiveVerbs = union(cueSet("infinitive-words"), requestVerbs)
