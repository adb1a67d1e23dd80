// "How" answers: a subject's state or deed, a manner, a reaction, a conveyance, "how was turnout".

package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// The forms of "how" question whose short answer is no means clause
// (reasonShort's "by …", "through …"), and where the passage says it:
//
//   - "how" with a verb of going or bringing (kinds.txt
//     [motion-verb-words]) and a word of which way ("to", "across",
//     "home") asks for the conveyance ([conveyance-words]): "by bus" with
//     the verb it goes with ("visiting the site by boat"), or the clause
//     the vehicle's noun phrase opens ("*shuttle buses ran between the
//     airport and the sports centre*");
//   - "how was <noun>" asks for the figure the passage gives of the noun
//     ("how was turnout": "*on a turnout of 84%*");
//   - "how is X doing" ([state-verb-words]: "faring", "coping") asks after
//     X's state: the adjective the passage predicates of X, or of the
//     pronoun that stands for X, with the rest of its clause ("She was
//     *dehydrated and had a broken leg*");
//   - "how is/was X VERBing" asks what X does: the passage's own form of
//     that verb and what follows it ("how were doctors treating people":
//     "*treated the injured on mattresses in the car park*"), else the
//     means the passage gives (reasonShort's), else what the passage says
//     X did ("*his family of five had shared a single tent*");
//   - "how did X react" ([reaction-verb-words]) asks what X did then: what
//     the passage says X did, X its subject ("European officials *hailed
//     the involvement of …*"); a name's deed is subjectPredicate's.
//
// howShort returns that span of c's passage, or false where the question
// has none of these forms or the passage does not say it so.
func (e *Engine) howShort(q *question, c *cand) (span, bool) {
	w := q.words
	if q.kind != KindHow || len(w) < 3 || w[0] != "how" {
		return span{}, false
	}
	text := c.p.Text
	if s, ok := e.howConveyance(q, text); ok {
		return s, true
	}
	if beForms[w[1]] {
		if s, ok := e.howFigure(q, c); ok {
			return s, true
		}
	}
	if v := progressiveAt(w); v > 0 && beForms[w[1]] {
		subject := subjectHead(q, w[2:v])
		if stateVerbs[w[v]] {
			// "how is she doing": what she is
			if s, ok := e.stateOf(q, c, subject); ok {
				return s, true
			}
			return span{}, false
		}
		// "how were doctors treating people": the passage's form of the
		// verb and what follows it; else what the subject did
		if s, ok := e.verbFrom(q, c, w[v]); ok {
			return s, true
		}
		if r, means := e.reasonOf(q, c); means && r.strong {
			return span{}, false // the means the passage gives (reasonShort)
		}
		if s, ok := e.deedOf(q, c, subject, false); ok {
			return e.pastEcho(q, c, s), true
		}
		return span{}, false
	}
	if v := reactionAt(w); v > 0 {
		// "how did European officials react": what they did or said
		if s, ok := e.deedOf(q, c, subjectHead(q, w[2:v]), true); ok {
			return s, true
		}
	} else if v := deedVerbAt(w); v > 0 {
		// "how did the strike end": the clause its ending hangs on
		if s, ok := e.resultClause(q, c, w[v]); ok {
			return s, true
		}
	}
	return span{}, false
}

var (
	stateVerbs    = cueSet("state-verb-words")    // kinds.txt
	reactionVerbs = cueSet("reaction-verb-words") // kinds.txt
	// stateCopulas say what their subject is (English's linking verbs)
	stateCopulas = wordSet("is are was were remains remained seems seemed looks looked appears appeared feels felt")
	// personalSubjects are the pronouns that stand for a subject asked
	// about in the sentence after the one that names it
	personalSubjects = pronounSet(lexicon.AskedPronouns)
)

// progressiveAt is the index in a question's words of the verb of a
// progressive "how" question ("how were doctors *treating* people",
// "how is she *doing*"): the first word in -ing after at least one of the
// subject's; 0 for none. One right after a determiner is a noun of the
// subject, not its verb ("how is the *building* holding up").
func progressiveAt(w []string) int {
	for v := 3; v < len(w); v++ {
		if len(w[v]) > 4 && strings.HasSuffix(w[v], "ing") {
			if nounOpeners[w[v-1]] {
				continue
			}
			if stateVerbs[w[v]] || lexicon.IsVerb(w[v]) || slices.ContainsFunc(append([]string{w[v]}, lexicon.RegularBases(w[v])...), lexicon.IsVerbBase) {
				return v
			}
			return 0
		}
	}
	return 0
}

// reactionAt is the index in a question's words of its verb of reacting
// ("how did Moscow *react*", kinds.txt [reaction-verb-words]), after an
// auxiliary and the subject; 0 for none.
func reactionAt(w []string) int {
	return verbAfterSubject(w, func(v int) bool { return reactionVerbs[w[v]] })
}

// verbAfterSubject is the index in a question's words of the first word
// that verb accepts after an auxiliary and at least one word of the
// subject (from the fourth word on: "how did *Moscow* react"); 0 for
// none, or where the second word is no auxiliary.
func verbAfterSubject(w []string, verb func(v int) bool) int {
	if len(w) < 4 || !auxiliaries[w[1]] {
		return 0
	}
	for v := 3; v < len(w); v++ {
		if verb(v) {
			return v
		}
	}
	return 0
}

// subjectHead is the index in q.terms of the last word of a subject's
// words (its head noun: "the ore truck drivers *family*"), or -1 when
// none of them is a term (a pronoun: "how are they coping").
func subjectHead(q *question, words []string) int {
	for i := len(words) - 1; i >= 0; i-- {
		if t := termIndex(q.terms, words[i]); t >= 0 {
			return t
		}
	}
	return -1
}

// stateOf is what c's passage says its subject is: after a linking verb
// ("was", "remains") whose subject is the question's (term subject) or a
// pronoun, an adjective ("dehydrated", "in stable condition"), to the end
// of its clause ("She was *dehydrated and had a broken leg*, but …").
func (e *Engine) stateOf(q *question, c *cand, subject int) (span, bool) {
	text := c.p.Text
	words := howWordRE.FindAllStringIndex(text, -1)
	for i := 1; i+1 < len(words); i++ {
		if !getFold(stateCopulas, text[words[i][0]:words[i][1]]) {
			continue
		}
		prev := text[words[i-1][0]:words[i-1][1]]
		if strings.TrimSpace(text[words[i-1][1]:words[i][0]]) != "" {
			continue // a mark between: the subject is no word next to it
		}
		// a pronoun only where it opens a sentence (the one after that
		// names X), and never "it" ("It was unclear when he …": no one)
		lp := strings.ToLower(prev)
		isSubject := personalSubjects[lp] && lp != "it" && sentenceStart(text, words[i-1][0])
		if !isSubject && subject >= 0 {
			for _, t := range e.analyze(prev) {
				isSubject = isSubject || q.stands(t.Term, subject)
			}
		}
		if !isSubject {
			continue
		}
		k := i + 1
		next := strings.ToLower(text[words[k][0]:words[k][1]])
		if (next == "still" || next == "in") && k+1 < len(words) {
			k++ // "still weak", "in stable condition"
		}
		if a := strings.ToLower(text[words[k][0]:words[k][1]]); !lexicon.IsAdjective(a) || a == "by" {
			continue
		}
		start := words[i+1][0]
		end := start + reasonStop(text[start:]) // (a clause joined by "and" says more of the state: "and had a broken leg")
		end = start + len(strings.TrimRight(text[start:end], " .”\"’"))
		if wordCount(text[start:end]) >= 1 {
			return span{start, end}, true
		}
	}
	return span{}, false
}

// verbFrom is where c's passage says the question's verb (typed in -ing,
// "treating"), in any form of it ("treated"), to the end of its clause:
// "*treated the injured on mattresses in the car park*".
func (e *Engine) verbFrom(q *question, c *cand, verb string) (span, bool) {
	text := c.p.Text
	for _, tok := range verbTokens(q, c, verb) {
		end := tok.Start + clauseEnd(text[tok.Start:])
		if wordCount(text[tok.Start:end]) < 3 {
			continue
		}
		start := tok.Start
		if adv := lastWord(text[:start]); strings.HasSuffix(adv, "ly") && len(adv) > 3 && !isCapital(adv) {
			if at := strings.LastIndex(text[:start], adv); at >= 0 && strings.TrimSpace(text[at+len(adv):start]) == "" {
				start = at // "*separately* committed": how, said by the adverb
			}
		}
		if subj, ok := subjectBefore(text, start, maxShortWords/2, false); ok && wordCount(text[subj.start:end]) <= maxShortWords && namesAsked(q, c, subj) {
			start = subj.start // with its doer, the question's subject: "*France and the United Kingdom* separately committed …"
			if w, rest := nextWord(text[start:]); w == "and" || w == "but" {
				start = pastSpaces(text, len(text)-len(rest), end) // ", and doctors treated …": the doer, not the joint
			}
		}
		return span{start, end}, true
	}
	return span{}, false
}

// deedOf is what c's passage says the question's subject (term subject)
// did: the predicate after the subject's noun, past a phrase of a few
// words on it ("his family *of five* had shared …") and an adverb, from
// a verb in the past, an auxiliary or a verb in -s, to the end of its
// clause. A verb of saying opens what was said, which answers only how
// someone reacted (saying).
func (e *Engine) deedOf(q *question, c *cand, subject int, saying bool) (span, bool) {
	if subject < 0 || q.terms[subject].entity {
		return span{}, false // a name's deed is subjectPredicate's (reasonshort.go)
	}
	text := c.p.Text
	for _, tok := range c.toks {
		if !q.stands(tok.Term, subject) {
			continue
		}
		at := tok.End
		if rest := text[at:]; strings.HasPrefix(rest, " of ") {
			// "family of five": a short phrase on the noun, to a verb;
			// at, the end of the word before it, read on the text
			// itself (its spaces may be doubled, a tab, a no-break one)
			phrase, end := rest[4:], 0
			for _, wd := range firstFields(phrase, 3) {
				from := end + strings.Index(phrase[end:], wd)
				if lw := strings.ToLower(wd); pastVerb(lw) || auxiliaries[lw] {
					at += 4 + end
					break
				}
				end = from + len(wd)
			}
		}
		at += appositionAfter(text[at:])
		if !strings.HasPrefix(text[at:], " ") {
			continue
		}
		start := at + 1
		verb, after := nextWord(text[start:])
		if strings.HasSuffix(verb, "ly") {
			verb, _ = nextWord(after) // "angrily rejected"
		}
		third := strings.HasSuffix(verb, "s") && lexicon.IsVerbBase(strings.TrimSuffix(verb, "s"))
		if verb == "" || isCapital(text[start:]) || !pastVerb(verb) && !auxiliaries[verb] && !third {
			continue
		}
		if lexicon.IsSayingVerb(verb) && !saying {
			continue
		}
		end := start + clauseEnd(text[start:])
		if wordCount(text[start:end]) < 2 {
			continue
		}
		if !saying {
			if m, ok := mannerParticiple(text, end); ok {
				return m, true // "gathered at the gate, *some burning pallets in oil drums*"
			}
		}
		// with the subject's noun phrase, from its determiner: "*the
		// mood* has grown more cautious"
		from := modifiersStart(text, tok.Start)
		if d := lastWord(text[:from]); d != "" && (getFold(articles, d) || getFold(possessives, d)) {
			if at := strings.LastIndex(text[:from], d); at >= 0 && strings.TrimSpace(text[at+len(d):from]) == "" {
				from = at
			}
		}
		if wordCount(text[from:end]) <= maxShortWords {
			start = from
		}
		return span{start, end}, true
	}
	return span{}, false
}

// mannerParticiple is the participial phrase that follows, after a comma,
// a clause ending at byte end of text: a verb in -ing, after a quantifier
// that takes part of the clause's subject ("some", "many", "most", "others"),
// to the end of its clause ("Several hundred strikers gathered at the gate
// from before dawn, *some burning pallets in oil drums against the
// cold*"). English sets such a phrase after the main clause to say what
// its subject did while, or by, doing so: how they did it. Not a verb of
// saying ("…, adding that …"), nor "including" (a list of the clause's).
func mannerParticiple(text string, end int) (span, bool) {
	rest := text[end:]
	if !strings.HasPrefix(rest, ", ") {
		return span{}, false
	}
	start := end + 2
	w, after := nextWord(text[start:])
	if !partQuantifiers[strings.ToLower(w)] {
		return span{}, false // (", causing delays", ", leaving thousands …": a result, no manner; ", using …" is reasonIn's means)
	}
	w, _ = nextWord(after)
	lw := strings.ToLower(w)
	base, isING := strings.CutSuffix(lw, "ing")
	verb := lexicon.IsVerb(lw) || lexicon.IsVerbBase(base) || lexicon.IsVerbBase(base+"e") || lexicon.IsWord(base+"ed") // (not the -ing word itself: "morning")
	if len(lw) <= 4 || !isING || !verb || lexicon.IsSayingVerb(lw) || lw == "including" {
		return span{}, false
	}
	stop := start + clauseEnd(text[start:])
	if wordCount(text[start:stop]) < 3 {
		return span{}, false
	}
	return span{start, stop}, true
}

// partQuantifiers take part of a subject named before them (a closed
// class of English).
var partQuantifiers = wordSet("some many most others several few")

// possessives are the possessive determiners (a closed class).
var possessives = wordSet("his her its their our my your")

// howWordRE is a word of a passage: letters, with hyphens and apostrophes
// inside.
var howWordRE = regexp.MustCompile(`\pL[\pL'’-]*`)

var (
	motionVerbs     = cueSet("motion-verb-words") // kinds.txt
	conveyanceWords = cueSet("conveyance-words")  // kinds.txt
)

// asksMotion reports whether a question's verb is one of going or
// bringing (kinds.txt [motion-verb-words]), in any form.
func asksMotion(q *question) bool {
	path := func(rest []string) bool {
		for j, p := range rest {
			if p == "to" && j+1 < len(rest) && lexicon.IsVerbBase(rest[j+1]) && !articles[rest[j+1]] {
				continue // "going to get": an infinitive's "to", no way
			}
			if j+1 < len(rest) && (p == "to" || p == "back") && lexicon.IsAdjective(rest[j+1]) && !articles[rest[j+1]] {
				continue // "return to normal", "get back to full strength": a state, no place
			}
			if p == "out" && j+2 < len(rest) && rest[j+1] == "of" && !articles[rest[j+2]] && !possessives[rest[j+2]] && !determiners[rest[j+2]] && !q.entityWord(rest[j+2]) {
				continue // "get out of control", "out of hand": no place left
			}
			if pathWords[p] {
				return true
			}
		}
		return false
	}
	for i, w := range q.words[1:] {
		for _, b := range append([]string{w}, lexicon.RegularBases(w)...) {
			if motionVerbs[b] && path(q.words[i+2:]) {
				return true
			}
		}
	}
	return false
}

// pathWords say where to or which way (closed classes: prepositions and
// adverbs of direction): a verb of going asks how only with one of them
// after it ("how did they get *to* Calama", not "how did they get the
// money").
var pathWords = wordSet("to into onto across over around home there here back from out away off up down inside")

// howConveyance answers "how did they get there" with the conveyance the
// passage names: "by bus" (with what follows it in its clause), or the
// clause the vehicle's noun phrase opens ("shuttle buses ran between the
// airport and the sports centre"); a vehicle the question itself names
// is no answer.
func (e *Engine) howConveyance(q *question, text string) (span, bool) {
	if !asksMotion(q) {
		return span{}, false
	}
	for _, m := range howWordRE.FindAllStringIndex(text, -1) {
		word := strings.ToLower(text[m[0]:m[1]])
		if !conveyanceWords[word] || q.has(word) || slicesHasAnalysed(e, q, word) {
			continue
		}
		if prev := lastWord(text[:m[0]]); strings.EqualFold(prev, "by") || strings.EqualFold(prev, "on") && !strings.HasSuffix(word, "s") {
			// "by bus", "on a ferry" is rarer than "by ferry"
			start := m[0] - len(prev) - 1
			if start < 0 || text[start:start+len(prev)] != prev {
				continue
			}
			start = verbBefore(text, start)
			end := m[1] + reasonStop(text[m[1]:])
			return span{start, start + len(strings.TrimRight(text[start:end], " .”\"’"))}, true
		}
		start := modifiersStart(text, m[0])
		for {
			// other conveyances' nouns qualify it: "*shuttle* buses",
			// "*tanker* lorries"
			prev := lastWord(text[:start])
			at := strings.LastIndex(text[:start], prev)
			if prev == "" || !conveyanceWords[prev] || at < 0 || strings.TrimSpace(text[at+len(prev):start]) != "" {
				break
			}
			start = at
		}
		end := m[0] + clauseEnd(text[m[0]:])
		if end <= m[1] {
			continue // the vehicle ends its clause: it is no subject of how they went
		}
		if !vehicleVerb(text[m[1]:]) {
			continue // "the bus station collapsed": the noun qualifies another; "the coach said": a person
		}
		if wordCount(text[start:end]) < 3 {
			continue
		}
		return span{start, end}, true
	}
	return span{}, false
}

// slicesHasAnalysed reports whether the analysed form of word is one of
// the question's terms (the question's "buses" for the passage's "bus").
func slicesHasAnalysed(e *Engine, q *question, word string) bool {
	for _, t := range e.analyze(word) {
		if q.has(t.Term) {
			return true
		}
	}
	return false
}

// howFigure answers "how was turnout" (how, a form of "be", a noun that
// ends the subject) with the figure the passage gives of the noun: "of"
// and a figure after the noun's term, from the preposition and the
// determiner before it ("on a turnout of 84%"), or the figure after "was"
// or "is" ("turnout was 84%").
func (e *Engine) howFigure(q *question, c *cand) (span, bool) {
	w := q.words
	i := 2
	for i < len(w) && (articles[w[i]] || w[i] == "its" || w[i] == "their" || w[i] == "his" || w[i] == "her") {
		i++
	}
	if i >= len(w) {
		return span{}, false
	}
	noun := w[i]
	if !nounForm(noun) || strings.HasSuffix(noun, "ing") || lexicon.IsFunctionWord(noun) {
		return span{}, false
	}
	if i+1 < len(w) && !prepositions[w[i+1]] {
		return span{}, false // "how was the ship freed": a deed, no measure
	}
	ti := termIndex(q.terms, noun)
	if ti < 0 || q.terms[ti].entity {
		return span{}, false
	}
	text := c.p.Text
	for _, tok := range c.toks {
		if !q.stands(tok.Term, ti) {
			continue
		}
		rest := text[tok.End:]
		var link string
		for _, l := range []string{" of ", " was ", " is ", " at ", " stood at ", " reached "} {
			if strings.HasPrefix(rest, l) {
				link = l
				break
			}
		}
		if link == "" {
			continue
		}
		figAt := tok.End + len(link)
		m := numberRE.FindStringIndex(text[figAt:])
		if m == nil || m[0] != 0 {
			continue
		}
		fig := completeFigure(text, span{figAt, figAt + m[1]})
		if fig.end < len(text) && text[fig.end] == '%' {
			fig.end++
		}
		if u := wordAfter(text, fig); isUnit(u) || u == "percent" || u == "per" {
			if j := strings.Index(strings.ToLower(text[fig.end:]), u); j >= 0 && j <= 2 {
				fig.end += j + len(u)
				if u == "per" {
					// "71 per cent", "per capita": "per" is half its unit
					if w := wordAfter(text, fig); w != "" {
						if k := strings.Index(text[fig.end:], w); k >= 0 && k <= 2 {
							fig.end += k + len(w)
						}
					}
				}
			}
		}
		start := tok.Start
		if link == " of " {
			// the noun phrase from its determiner, and the preposition
			// that opens it: "*on a* turnout of 84%"
			if d := lastWord(text[:start]); getFold(articles, d) {
				start = strings.LastIndex(text[:start], d)
				if p := lastWord(text[:start]); getFold(prepositions, p) {
					start = strings.LastIndex(text[:start], p)
				}
			}
		}
		return span{start, fig.end}, true
	}
	return span{}, false
}

// howIn is howShort's answer as a short answer, from the top passage, or
// else from the sentence the answer shows with it or the neighbour it
// will show with it (withNeighbour: "… was carried out on a stretcher. ¶
// She was dehydrated …"), which is then joined to the top one in h.
func (e *Engine) howIn(q *question, cands []*cand, h *Hit) (string, bool) {
	top := cands[0]
	ks := []*cand{top}
	for _, p := range h.Passages {
		if p.Seq != top.p.Seq {
			ks = append(ks, &cand{a: top.a, p: p, toks: e.analyze(p.Text)})
		}
	}
	join := -1 // which of ks is a neighbour not shown yet
	if len(h.Passages) == 1 && h.Text == top.p.Text {
		for _, c := range cands[1:] {
			if c.a == top.a && c.p.Kind == top.p.Kind && (c.p.Seq == top.p.Seq+1 || c.p.Seq == top.p.Seq-1) {
				if first, last := inOrder(top.p, c.p); fitsPair(top.a, first, last) {
					join = len(ks)
					ks = append(ks, c)
				}
				break
			}
		}
	}
	for i, k := range ks {
		s, ok := e.howShort(q, k)
		if !ok || s.end <= s.start {
			continue
		}
		s = fitAtQuestion(q, k, s)
		short, ok := shortOf(k.p.Text, s)
		if !ok {
			continue
		}
		if i == join {
			first, last := inOrder(top.p, k.p)
			showPair(h, top.a, first, last)
		}
		return short, true
	}
	return "", false
}

// verbBefore is where the verb stands that the phrase at byte at of text
// goes with, a few words back in its clause ("*visiting the site* by
// boat", "*rescued* by boat"), or at itself where none does.
func verbBefore(text string, at int) int {
	start := at
	for k := 0; k < 4; k++ {
		before := strings.TrimRight(text[:start], " ")
		w := lastWord(before)
		if w == "" || len(before) == len(text[:start]) || !strings.HasSuffix(before, w) || isCapital(w) {
			return at // a mark or a name ends the clause: no verb of it
		}
		start = len(before) - len(w)
		lw := strings.ToLower(w)
		if pastVerb(lw) || len(lw) > 4 && strings.HasSuffix(lw, "ing") || motionVerbs[lw] {
			return start
		}
	}
	return at
}

// fitAtQuestion ends a span longer than a short answer at the last of the
// question's words in it, where that leaves a few words: what runs on
// past them is least of the answer ("shuttle buses ran between the
// airport and the sports centre | every 20 minutes from 3 p.m.").
func fitAtQuestion(q *question, c *cand, s span) span {
	if wordCount(c.p.Text[s.start:s.end]) <= maxShortWords {
		return s
	}
	end := -1
	for _, tok := range c.toks {
		if tok.Start > s.start && tok.End <= s.end && len(q.lookup[tok.Term]) > 0 {
			end = tok.End
		}
	}
	if end < 0 || wordCount(c.p.Text[s.start:end]) < 3 || wordCount(c.p.Text[s.start:end]) > maxShortWords {
		return s
	}
	return span{s.start, end}
}

// namesAsked reports whether one of the question's own words (not a GloVe
// neighbour) stands in span s of c's passage.
func namesAsked(q *question, c *cand, s span) bool {
	for _, tok := range c.toks {
		if tok.Start >= s.start && tok.End <= s.end && q.hardHit(tok.Term) {
			return true
		}
	}
	return false
}

// withObjectVerb widens a "how" answer with no means that opens on a noun
// phrase (its article and modifiers included) over the verb right before
// it, whose object it is ("*cross* the River Wend on a new bridge" for "how
// does it get over the river"): the deed says how, its object alone does
// not. Past a dozen words it is cut before a phrase of its own
// (cutBeforePhrase).
func withObjectVerb(q *question, text, short string) string {
	at := strings.Index(text, short)
	if q.kind != KindHow || at <= 0 || short == "" {
		return short
	}
	start := modifiersStart(text, at)
	if d := lastWord(text[:start]); getFold(articles, d) {
		if i := strings.LastIndex(text[:start], d); i >= 0 && strings.TrimSpace(text[i+len(d):start]) == "" {
			start = i
		}
	}
	if first, _ := nextWord(text[start:]); !articles[first] && start == at {
		return short // no noun phrase opens it
	}
	from := deedBefore(text, start, 1, func(w string) bool {
		lw := strings.ToLower(w)
		return !auxiliaries[lw] && (lexicon.IsVerbBase(lw) || pastForm(lw))
	})
	if from == start {
		return short
	}
	out, ok := shortOf(text, cutBeforePhrase(text, span{from, at + len(short)}, maxShortWords))
	if !ok {
		return short
	}
	return out
}

// withPurpose widens a "how" answer with no means over the infinitive of
// purpose that a comma sets right after it in text (commaPurpose:
// "night-time work where possible*, to protect daytime trade*"), to that
// infinitive's clause end, where the whole fits a short answer: the
// purpose tells what the way was chosen for, which a question of how
// often asks too ("so they don't lose customers").
func withPurpose(q *question, text, short string) string {
	at := strings.Index(text, short)
	if q.kind != KindHow || at < 0 || short == "" {
		return short
	}
	end := at + len(short)
	rest, ok := strings.CutPrefix(text[end:], ", ")
	if !ok || !strings.HasPrefix(rest, "to ") {
		return short
	}
	to := len(text) - len(rest)
	if !commaPurpose(lowerASCII(text), to) {
		return short
	}
	if i := sentenceEndIn(rest, 0, len(rest)); i >= 0 {
		rest = rest[:i] // (a passage of two sentences: this one's; "U.S." ends none)
	}
	wide := text[at : to+clauseEnd(rest)]
	if wordCount(wide) > maxShortWords {
		return short
	}
	return wide
}

// vehicleVerb reports whether rest, the text after a vehicle's noun,
// opens on the verb that noun is the subject of ("buses *ran* between",
// "lorries now *supply*", "ferries *were* used"), past an adverb or two:
// not a verb of saying (a "coach" who said is a person), nor a noun the
// vehicle qualifies, whose own verb follows it ("the bus *station*
// collapsed"), nor a preposition ("by bus *to* …" is read apart).
func vehicleVerb(rest string) bool {
	for range 3 {
		w, after := nextWord(rest)
		w = strings.ToLower(strings.Trim(w, ",.;:"))
		next, _ := nextWord(after)
		next = strings.ToLower(strings.Trim(next, ",.;:"))
		switch {
		case w == "":
			return false
		case modal(w) || beForms[w]:
			return true
		case betweenAuxAndVerb(w, next):
			rest = after // "now", "also", "quickly": what stands between an auxiliary and its verb stands here too
			continue
		case lexicon.IsFunctionWord(w):
			return false
		case lexicon.IsSayingVerb(w):
			return false
		}
		return !pastVerb(next) && !irregularVerbForm(next) && !beForms[next] && !modal(next)
	}
	return false
}

// entityWord reports whether w, lower case, is a word of one of the
// question's names.
func (q *question) entityWord(w string) bool {
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.entity && strings.EqualFold(t.word, w) {
			return true
		}
	}
	return false
}

// intentWords, after "how" and before the question's verb, ask how
// something is to be done, a plan or an intent rather than a deed done:
// the modals of the future and of possibility and the verbs of intending
// and of duty that take "to" ("how will they", "how are they going to",
// "how does the minister want to", "how is it supposed to"), a closed
// class of English.
var intentWords = wordSet("will would can could going want wants plan plans planning intend intends supposed trying hope hoping aim aims expected")

// intentAt is the index in a manner "how" question's words of its word
// of intent (intentWords: "how is the council *going* to pay"), within
// its first few words (1 for a modal right after "how": "how *will* the
// uk …"), or 1 for "how do/does" with none ("how does the airline
// rebook": a way open to anyone, which news states as a plan, "passengers
// *would receive a text message*"); 0 for none, and for a question read
// as another kind ("how do I …" is talk to the chat).
func intentAt(q *question) int {
	w := q.words
	if q.kind != KindHow || len(w) < 3 || w[0] != "how" || asksDegree(q) {
		return 0
	}
	for k := 1; k < min(len(w), 6); k++ {
		if intentWords[w[k]] {
			return k
		}
	}
	if w[1] == "do" || w[1] == "does" {
		return 1
	}
	return 0
}

// intentSubject is the indexes in q.terms of the subject's words of a
// question of intent: between the auxiliary and the word of intent ("how
// does *the minister* want to"), or after a modal up to the verb ("how
// will *the uk and france* back ukraine"); none for a pronoun ("how are
// they going to").
func intentSubject(q *question, k int) []int {
	w := q.words
	var words []string
	if k == 1 {
		j := 3 // (a noun right after a determiner is none: "the *pay* rise")
		for j < len(w) && (!lexicon.IsVerbBase(w[j]) || articles[w[j-1]] || possessives[w[j-1]]) {
			j++
		}
		words = w[2:min(j, len(w))]
	} else if k > 2 {
		words = w[2:k]
	}
	var out []int
	for _, x := range words {
		if t := termIndex(q.terms, x); t >= 0 {
			out = append(out, t)
		}
	}
	return out
}

// planOf is the plan c's passage states of the subject of a question of
// intent (intentAt): a plan plansIn finds, with a word of the subject
// before it in its sentence, no more than planReach words before ("*The
// town* plans to ask the province to extend the wall"), or any plan when
// the question's subject is a pronoun. A plan of the question's own words
// only ("how the monitoring would work") says nothing of how.
// Remembered on c for q (candMemo).
func (e *Engine) planOf(q *question, c *cand) (span, bool) {
	k := intentAt(q)
	if k == 0 || c.p.Kind != corpus.KindBody {
		return span{}, false // (a headline or a caption states, and not in full)
	}
	f := remember(&c.plan, q, func() found[span] {
		subject := intentSubject(q, k)
		text := c.p.Text
		for _, p := range e.plansIn(q, text) {
			if len(subject) == 0 {
				return found[span]{p, true}
			}
			for _, tok := range c.toks {
				if tok.End > p.start || wordCount(text[tok.End:p.start]) > planReach || strings.ContainsAny(text[tok.End:p.start], ".;") {
					continue
				}
				if slices.ContainsFunc(subject, func(i int) bool { return q.standsAs(tok.Term, i) }) {
					return found[span]{p, true}
				}
			}
		}
		return found[span]{}
	})
	return f.v, f.ok
}

// planShort is the plan the top passage c states, as the short answer to
// a question of intent with no means in it: the plan of the subject
// (planOf), else, where the passage names the subject otherwise ("Kroon
// said she *would ask KCT to publish the business case*" for "how does
// the mayor want to …"), its first plan that names what is asked about,
// or its only plan.
func (e *Engine) planShort(q *question, c *cand) (span, bool) {
	if p, ok := e.planOf(q, c); ok {
		return p, true
	}
	if intentAt(q) == 0 && !presentProgressive(q) {
		return span{}, false
	}
	for _, p := range e.plansIn(q, c.p.Text) {
		if namesAsked(q, c, p) {
			return p, true
		}
	}
	return span{}, false
}

// presentProgressive reports whether a manner "how" question asks what
// is being done now ("how *are* they *checking* the water"): "is" or
// "are" and a verb in -ing (progressiveAt), not one of state ("how is
// she doing"). News reports work under way as what its doer said it
// would do ("The ministry said it *would test the water at six
// points*"), so a plan the passage states answers it.
func presentProgressive(q *question) bool {
	w := q.words
	if q.kind != KindHow || len(w) < 4 || w[0] != "how" || w[1] != "is" && w[1] != "are" {
		return false
	}
	v := progressiveAt(w)
	return v > 0 && !stateVerbs[w[v]]
}

// planReach is how many words a plan's verb may stand after its subject
// ("Renfield said the government would also consider …").
const planReach = 8

// planRE is a plan or an intent stated in a passage: a modal of the
// future or of condition, or a verb of planning, intending or asking
// with "to", before a verb, an adverb between ("would test", "plans to
// ask", "is to build", "would likely involve").
var planRE = regexp.MustCompile(`(?i)\b(?:will|would|'ll|’ll|plans? to|planning to|planned to|aims? to|intends? to|is to|are to|wants? to|hopes? to|proposes? to|agreed to|decided to)\s+(?:also\s+|then\s+|now\s+|first\s+|likely\s+|soon\s+|only\s+)?([a-z]+)(\s+[a-z]+)?`)

// plansIn are the plans planRE finds in text, each from its verb to the
// end of its clause: a verb's base form, not "have" nor "be" save in a
// passive ("will *be limited* to 15 km/h"): "will have 14 stops" states
// what a thing is to be, no deed. One in an indirect question ("how the
// army would be supported") states none.
func (e *Engine) plansIn(q *question, text string) []span {
	var out []span
	for _, m := range planRE.FindAllStringSubmatchIndex(text, -1) {
		v := strings.ToLower(text[m[2]:m[3]])
		if !baseAfterModal(v) || v == "have" {
			continue
		}
		if v == "be" && (m[4] < 0 || !pastForm(strings.TrimSpace(strings.ToLower(text[m[4]:m[5]])))) {
			continue
		}
		if indirectQuestion(text[:m[0]]) || relativeOrDenied(text[:m[0]]) {
			continue
		}
		end := m[2] + reasonStop(text[m[2]:])
		p := span{m[2], m[2] + len(strings.TrimRight(text[m[2]:end], " .”\"’"))}
		if e.allQuestionWords(q, text[p.start:p.end]) {
			continue // "how the monitoring would work": the question again
		}
		out = append(out, p)
	}
	return out
}

// baseAfterModal reports whether v, the word after a modal or a verb's
// "to" (planRE), is the base form of a verb there: one mostly used as a
// verb (lexicon.IsVerbBase), or a word WordNet tags mostly as a noun that
// English also uses as a verb ("would *test* the water", "will *fund*",
// "plans to *review*"), which the modal makes a verb; not a function word,
// an adverb in -ly nor an adjective ("will likely", "is to blame" stays).
func baseAfterModal(v string) bool {
	if lexicon.IsVerbBase(v) {
		return true
	}
	if lexicon.IsFunctionWord(v) || strings.HasSuffix(v, "ly") || lexicon.IsAdjective(v) || !lexicon.IsWord(v) {
		return false
	}
	// a verb's own forms in the word list: "tested", "testing"
	return lexicon.IsWord(v+"ed") || lexicon.IsWord(v+"d") && strings.HasSuffix(v, "e") || lexicon.IsWord(v+"ing")
}

// indirectQuestion reports whether the words before a modal in its
// sentence (up to planReach of them) open an indirect question with a
// wh-word or "whether" ("remained to be determined *how* the monitoring
// would work").
func indirectQuestion(before string) bool {
	if i := strings.LastIndexAny(before, ".;"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.Fields(strings.ToLower(before))
	for _, w := range words[max(0, len(words)-planReach):] {
		if indirectWords[strings.Trim(w, ",“”\"")] {
			return true
		}
	}
	return false
}

// relativeOrDenied reports whether the words before a modal make it no
// plan of a subject: a relative pronoun right before it, whose clause
// says what its noun is to do ("a route *that would avoid* the meadows"),
// or a subject denied ("*no* docker will lose his job").
func relativeOrDenied(before string) bool {
	w := strings.Fields(strings.ToLower(before))
	if len(w) == 0 {
		return false
	}
	if relatives[w[len(w)-1]] {
		return true
	}
	return slices.ContainsFunc(w[max(0, len(w)-2):], func(x string) bool { return deniers[x] })
}

// relatives are the relative pronouns and deniers the determiners and
// pronouns that deny a subject (closed classes of English).
var (
	relatives = wordSet("that which who")
	deniers   = wordSet("no nobody none nothing neither")
)

// indirectWords open an indirect question (English's wh-words and
// "whether").
var indirectWords = wordSet("how whether why what when who which")

// viewVerbs ask for a view or a feeling (kinds.txt [view-verb-words]).
var viewVerbs = cueSet("view-verb-words")

// asksView reports whether a manner "how" question asks for what someone
// said, felt or thought, or how they took something: a verb of saying,
// naming, viewing or reacting among its words ("how did X describe Y",
// "how does X feel about Y", "how did Moscow react"), whose answer a
// quotation may well be.
func asksView(q *question) bool {
	return q.hasVerb(func(w string) bool {
		return lexicon.IsSayingVerb(w) || namingVerbs[w] || viewVerbs[w] || reactionVerbs[w]
	})
}

// directSpeech reports whether a passage opens in a speaker's own words:
// on a quotation mark, or inside a quotation that began in the sentence
// before, whose first quotation mark closes it ("We need to give it water
// underneath …*,"* Hoekstra said.").
func directSpeech(text string) bool {
	if opensQuote(text) {
		return true
	}
	i := strings.IndexAny(text, "“”\"")
	if i < 0 {
		return false
	}
	if strings.HasPrefix(text[i:], "”") {
		return true
	}
	return text[i] == '"' && i > 0 && strings.ContainsRune(",.?!", rune(text[i-1])) && strings.Count(text, "\"")%2 == 1
}

// closeNarration reports whether c, a passage of narration, scores nearly
// as well as top, a quotation, though it holds fewer of the question's
// words: a quotation that repeats the question's words ("a chance of
// finding them alive") gives the speaker's stakes, no means.
func closeNarration(c, top *cand) bool {
	return scoresNear(c, top) && c.cov >= 0.5*top.cov
}

// mannerTopLacksMeans reports whether the first of cands, ranked for a
// manner "how" question that asks no view (asksView), may give way to a
// passage after it (preferNarration, preferDeedAfter): a passage of the
// body, of the form a rule moves (form of its text), that states no strong
// means (reasonOf), which answers however it is told.
func (e *Engine) mannerTopLacksMeans(q *question, cands []*cand, form func(text string) bool) bool {
	if q.kind != KindHow || !asksReason(q) || len(cands) < 2 || asksView(q) {
		return false
	}
	top := cands[0]
	if top.p.Kind != corpus.KindBody || !form(top.p.Text) {
		return false
	}
	r, ok := e.reasonOf(q, top)
	return !ok || !r.strong
}

// preferNarration puts first, for a manner "how" question ("how are the
// teams finding people", "how are they checking the water"), the best
// ranked passage of the reporter's own narration over a first passage of
// direct speech (one opening on a quotation mark), when the quotation
// gives no means and the narration scores nearly as well
// (closeNarration); a passage that opens inside a quotation begun in the
// sentence before (directSpeech) gives way only to one stating a means or
// a plan: news prose states what was done in its own words, and
// quotes a speaker for colour, the feeling or the stakes ("“No one will
// be left under the rubble …,” Arancibia said"). Not for a question that
// asks what someone said, felt or thought (asksView).
func (e *Engine) preferNarration(q *question, cands []*cand) []*cand {
	if !e.mannerTopLacksMeans(q, cands, func(text string) bool { return opensQuote(text) || directSpeech(text) }) {
		return cands
	}
	top := cands[0]
	quoted := opensQuote(top.p.Text) // (on a quotation mark: it gives way to narration that states no means too)
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if c.p.Kind != corpus.KindBody || directSpeech(c.p.Text) || !closeNarration(c, top) {
			continue
		}
		if _, means := e.reasonOf(q, c); quoted || means || len(e.plansIn(q, c.p.Text)) > 0 {
			return toFront(cands, i+1)
		}
	}
	return cands
}

// deedVerbAt is the index in a "how did/does/will X VERB" question's
// words of its verb: the first base form of a verb after an auxiliary
// and at least one word of the subject (baseAfterModal: "end" is mostly
// a noun, but a verb after "did"), not right after a determiner or a
// preposition (a noun: "how did the *strike* end", "how did the protests
// over *diesel* end"); 0 for none.
func deedVerbAt(w []string) int {
	if len(w) < 4 || w[0] != "how" || beForms[w[1]] {
		return 0
	}
	return verbAfterSubject(w, func(v int) bool {
		return baseAfterModal(w[v]) && !articles[w[v-1]] && !possessives[w[v-1]] && !prepositions[w[v-1]]
	})
}

// resultClause answers "how did X VERB" where c's passage says that verb
// of the question only in a clause of result: a participle after a comma
// ("Northjet operated its full schedule …, *ending* three days of
// cancellations") or a relative clause ("voted to accept a pay deal *that
// ends* a week-long strike"). English hangs what something brought about
// on the clause that says what was done, so that clause is how: the one
// before the comma, or for a relative clause, the one its noun stands in,
// from the last subordinator that opens it ("after *union members voted
// to accept a two-year pay deal*"), within its sentence (sentenceOpening:
// not from a figure's point nor an abbreviation's, "2.5", "D.C.").
func (e *Engine) resultClause(q *question, c *cand, verb string) (span, bool) {
	text := c.p.Text
	for _, tok := range verbTokens(q, c, verb) {
		word := strings.ToLower(text[tok.Start:tok.End])
		before := strings.TrimRight(text[:tok.Start], " ")
		end, relative := -1, false
		switch prev := strings.ToLower(lastWord(before)); {
		case strings.HasSuffix(before, ",") && strings.HasSuffix(word, "ing"):
			end = len(before) - 1
		case (prev == "that" || prev == "which") && !strings.HasSuffix(word, "ing") && strings.HasSuffix(before, prev):
			end, relative = len(strings.TrimRight(before[:len(before)-len(prev)], " ,")), true
		}
		if end <= 0 {
			continue
		}
		start := sentenceOpening(text, afterLastMark(text[:end], clauseMarks), end)
		if relative {
			// the clause the relative's noun stands in, past the last
			// subordinator that opens it
			base := start
			for _, m := range howWordRE.FindAllStringIndex(text[base:end], -1) {
				if subordinators[strings.ToLower(text[base+m[0]:base+m[1]])] {
					start = base + m[1]
				}
			}
		}
		start = pastSpaces(text, start, end)
		if start >= end || wordCount(text[start:end]) < 3 {
			continue
		}
		return span{start, end}, true
	}
	return span{}, false
}

// verbTokens are the tokens of c's passage that are the question's verb
// itself, in any form ("treated" for "treating"), not a synonym of it.
func verbTokens(q *question, c *cand, verb string) []index.Token {
	vi := termIndex(q.terms, verb)
	if vi < 0 {
		return nil
	}
	var out []index.Token
	for _, tok := range c.toks {
		if tok.Term == q.terms[vi].term {
			out = append(out, tok)
		}
	}
	return out
}
