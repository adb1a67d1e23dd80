// "Who" answers: the people or countries a question asks for, and the span reader that cuts them.

package qa

import (
	"slices"
	"strings"
)

// plural reports whether a sentence opens by pointing back to several.
func plural(s string) bool {
	w := strings.Fields(strings.ToLower(s) + " x x")
	return w[0] == "they" || w[0] == "both" || w[0] == "the" && (w[1] == "two" || w[1] == "pair" || w[1] == "three")
}

// who extracts the people or countries a "who" question asks for: the
// description of someone the question names ("who is X"), a photo's
// credit, the object of a preposition the question ends on ("who is she
// waiting for"), the name a passage gives the noun of "what's the name of
// X", a name whose title the question gives ("the French president" →
// "Emmanuel Macron"), else the group of names nearest the question's
// words, else the names of the sentence before when this one says "The
// two …".
func (e *Engine) who(q *question, c *cand, anchors []span) span {
	text := c.p.Text
	if q.defines {
		return e.description(q, c)
	}
	if named, ok := e.misspeltName(q, text); ok {
		// "who is martin hail": the passage's "Martin Hale", described
		if s := e.description(named, c); s.end > s.start {
			return s
		}
	}
	if s := e.photographer(q, text); s.end > s.start {
		return s
	}
	if q.nameOf != "" {
		if s, ok := e.nameFor(q, c); ok {
			return s
		}
	}
	// "who is she waiting for", "who did he sit down with": the object of
	// the preposition the question ends on, names or not ("news of her son")
	if s := e.prepObject(q.adjunctFree(), c, anchors); s.end > s.start && wordCount(text[s.start:s.end]) <= maxShortWords {
		if listEnd(text, s.start) == s.end {
			// a list, whole, its last item up to a phrase of its own
			// however short: "Starmer, Merz and Meloni | at the Élysée"
			return span{s.start, listEndWithin(text, s.start, 0)}
		}
		return nounPhrase(text, s)
	}
	if s := e.patient(q, c); s.end > s.start {
		return s // "who got captured": "the capture of *Nicolás Maduro*"
	}
	if e.opposedStance(q, c) {
		return span{} // "… groups voted against" names no one who voted for
	}
	if len(anchors) == 0 && c.looked {
		// no word of the question as it is: the words it matches by
		// meaning ("death" for "died")
		for _, h := range c.hits {
			anchors = append(anchors, span{c.toks[h.k].Start, c.toks[h.k].End})
		}
	}
	var names []span
	saying, passive, subject := asksSaying(q), passiveAsked(q), q.asksSubject() // (once, not once a name)
	for _, n := range e.freeSpans(q, text, e.names(text)) {
		w := text[n.start:n.end]
		if getFold(notPeople, w) || e.wantsPerson(q) && e.isPlace(w) {
			continue // "On Monday, Meloni hosted …": a day is no one; "which officials": a place is no one
		}
		if sceneAt(text, n.start) {
			continue // "talks with Macron *at the Élysée Palace*", "arrived *in Calama*": where, not who
		}
		if !q.wantsCountry() && (e.isPlace(w) || e.namesCountry(w)) && attributive(text, n) {
			// "The *Paris* meeting brought together …", "senior *US*
			// officials": it qualifies the noun, which names who did it;
			// but "which countries …" asks for it ("*UK* troops")
			continue
		}
		if q.wantsCountry() && !e.namesCountry(w) {
			continue // "which countries …": Paris is no country, nor NATO, nor Macron
		}
		if !q.negated && e.actorOf(text, n).denied {
			continue // "conspicuously absent: Russian President Vladimir Putin" did not come (typeWho)
		}
		if passive && actsAfter(text, n) {
			continue // "Argentina, Peru and Bolivia offered to send rescue teams" for "who got rescued": who acted, not who it was done to
		}
		if subject && ledBy(text, n.start, "to") {
			continue // "the help sent *to Calama*" for "who sent aid": who got it, not who sent it
		}
		if inDateline(text, n) {
			continue // "KESSBY, May 9 (Coastline Press Agency) - Salvage crews freed …": where and by whom it was filed
		}
		if !saying && (speaking(text, n) && allAfter(anchors, n.end) && !saysOfItself(text, n) || attributedTo(text, n)) {
			// "Interior Minister Tomás Villagra said … 71 were still
			// missing", "…, according to the ship's owner, Piraeus-based
			// Thessaly Maritime": who says it, not who is missing
			continue
		}
		if strings.Contains(w, " ") || !isDemonym(w) || e.isPlace(w) {
			names = append(names, n) // not a lone "European"
		}
	}
	if q.report == earliestReport {
		if before, cue := plannedBefore(text, names); len(before) > 0 {
			// "who was originally meant to lead the team": "The team was
			// initially expected to be led by X, but … is now led by Y"
			names, anchors = before, []span{cue}
		}
	}
	if len(anchors) > 0 {
		// a name far from every word of the question (", as President
		// Daniela Arancibia toured the wreckage" for "who died", after "The
		// death toll … has risen to 351, the government said on Thursday")
		// is not who it asks about
		var near []span
		for _, n := range names {
			if slices.ContainsFunc(anchors, func(a span) bool {
				lo, hi := min(a.end, n.end), max(a.start, n.start)
				return lo >= hi || wordCount(text[lo:hi]) <= whoReach
			}) || e.ofKindAsked(q, text, n) {
				near = append(near, n)
			}
		}
		names = near
	}
	var heads []span
	for i, n := range names {
		// "President Trump's son-in-law Jared Kushner": the possessive
		// name describes the next one; so does a name before a title
		// and the next name ("Trump adviser Steve Witkoff")
		if (!possessiveAt(text, n.end) && !e.modifiesNext(text, n, names[i+1:])) || len(names) == 1 {
			heads = append(heads, n)
		}
	}
	names = heads
	if s, ok := e.relativeAntecedent(q, text, names, anchors); ok {
		return s // "Witkoff, who has led talks with Russia, …" for "who has been negotiating with russia"
	}
	if s, ok := e.titled(q, c, names, anchors); ok {
		if q.plural {
			// "who were the US envoys": "US envoys Steve Witkoff and
			// Jared Kushner", all of them
			for _, g := range groupNames(text, names) {
				if g.start <= s.start && s.end <= g.end {
					s.end = g.end
				}
			}
		}
		return s
	}
	if len(names) == 0 {
		return span{}
	}
	groups := e.trimmed(q, c, groupNames(text, names))
	if q.negated {
		// "which nations wouldn't deploy": the names nearest the "not"
		if neg := e.find(negRE, text); len(neg) > 0 {
			anchors = neg
		}
	}
	if last := anchors[max(len(anchors)-1, 0):]; len(last) > 0 && (strings.HasPrefix(text[last[0].end:], " by ") || passiveBy(text[last[0].end:]) && !e.holdsQuestionVerb(q, c)) {
		// "flanked by Jared Kushner", "the inquiry would be led by
		// Frances Oduya": a passive names the doer after "by" (where the
		// passage has the question's own verb, "who announced the
		// inquiry", its subject did that)
		var after []span
		for _, g := range groups {
			if g.start >= last[0].end {
				after = append(after, g)
			}
		}
		if len(after) > 0 {
			return nearest(after, last)
		}
	}
	if q.asksSubject() && len(anchors) > 0 {
		// "who refused …", "who praised Starmer": the answer is the subject,
		// before the question's words
		var before []span
		for _, g := range groups {
			if g.end <= anchors[len(anchors)-1].start {
				before = append(before, g)
			}
		}
		if v, ok := e.verbAt(q, c); ok {
			// no name before the question's verb in its clause: its
			// subject names no one ("Salvage crews freed the bulk carrier
			// Corvina Star", "… five days after a ransomware attack shut
			// down the computer systems"), and the names after it are
			// what was done to
			cs := clauseStart(text, v.start)
			if !slices.ContainsFunc(groups, func(g span) bool { return g.start >= cs && g.end <= v.start }) {
				if d := e.unnamedDoer(c, v); d.end > d.start {
					return d
				}
			}
		}
		if len(before) > 0 {
			groups = appositionFree(text, before, anchors[len(anchors)-1].start)
		}
	}
	return nearest(groups, anchors)
}

// beforeAdjunct is q read up to a preposition it strands before a phrase
// of time or another preposition's phrase, which says when or where and
// is no object of it ("who did he have talks *with* last week", "who did
// she hold discussions *with* during the summit"): what the preposition
// takes is what is asked, as where it ends the question (prepObject).
// q itself where no such preposition stands, or the question ends on it.
func beforeAdjunct(q *question) *question {
	w := q.words
	for i := len(w) - 2; i >= 2; i-- {
		if !strandedPreps[w[i]] {
			continue
		}
		rest := strings.Join(w[i+1:], " ")
		if !prepositions[w[i+1]] && (timeObjectPreps[w[i]] || !timePhrase(rest)) {
			// "who met with the mayor on *friday*": its object; an
			// earlier preposition may still be stranded before this
			// one's phrase ("who did he have talks *with* on friday")
			continue
		}
		cut := *q
		cut.words = w[:i+1]
		cut.terms = q.terms
		for len(cut.terms) > 0 {
			word := cut.terms[len(cut.terms)-1].word
			if !slices.Contains(w[i+1:], word) || slices.Contains(cut.words, word) {
				break // a word of the question before it too ("talks with during the talks")
			}
			cut.terms = cut.terms[:len(cut.terms)-1] // the adjunct's own words
		}
		return &cut
	}
	return q
}

// adjunctFree is beforeAdjunct(q), read once per question (who asks it of
// every candidate).
func (q *question) adjunctFree() *question {
	if q.cutAdjunct == nil {
		q.cutAdjunct = beforeAdjunct(q)
	}
	return q.cutAdjunct
}

// timeObjectPreps are the prepositions a phrase of time after them is
// the object of ("on Friday", "for three weeks", "over the past week"),
// no adjunct after a stranded one (beforeAdjunct).
var timeObjectPreps = wordSet("on in at by for from over")

// plannedBefore is, of names, those in text's sentence part that a word of
// the earliest state ("initially", "originally", "at first": kinds.txt
// [earliest-report]) opens and a "but" closes, and that word's span: news
// prose sets what was planned or first so against what came of it ("X
// was initially expected to attend, but Y went instead"), and a question
// of what was so at first asks for the names before the "but". None where
// the passage has no such word with a "but" after it in its sentence, or
// no name between them.
func plannedBefore(text string, names []span) ([]span, span) {
	for _, c := range cueSpans(text, "earliest-report") {
		rest := text[c[1]:]
		end := strings.IndexAny(rest, ".;")
		if end < 0 {
			end = len(rest)
		}
		but := strings.Index(rest[:end], " but ")
		if but < 0 {
			continue
		}
		from, to := clauseStart(text, c[0]), c[1]+but
		var in []span
		for _, n := range names {
			if n.start >= from && n.end <= to {
				in = append(in, n)
			}
		}
		if len(in) > 0 {
			return in, span{c[0], c[1]}
		}
	}
	return nil, span{}
}

// misspeltName reads "who is W1 W2" whose words the question does not
// take for a name ("who is martin hail", "whos hector choke") as asking
// who is the person text names with as many words, the first the same and
// each other opening on the same letter within two letters of its length
// ("Martin Hale", "Héctor Choque"): askers type a name they heard, not
// read, and a name's spelling is sure only of its first name and of its
// sounds' first letters. A copy of q that asks to define that name, and
// whether there is one (one name only).
func (e *Engine) misspeltName(q *question, text string) (*question, bool) {
	words := q.words
	switch {
	case len(words) > 2 && words[0] == "who" && copulas[words[1]]:
		words = words[2:]
	case len(words) > 1 && (words[0] == "whos" || words[0] == "who's"):
		words = words[1:]
	default:
		return nil, false
	}
	if len(words) < 2 || len(words) > 3 {
		return nil, false
	}
	asked := make([]string, len(words))
	for i, w := range words {
		t := e.analyze(w)
		if len(t) != 1 {
			return nil, false
		}
		asked[i] = t[0].Term
	}
	var found *question
	for _, n := range e.names(text) {
		name := text[n.start:n.end]
		name = name[e.trimmedTitles(name):]
		toks := e.analyze(name)
		if len(toks) != len(asked) || toks[0].Term != asked[0] || !e.personLike(name) {
			continue
		}
		same := true
		for i := 1; i < len(toks); i++ {
			a, b := asked[i], toks[i].Term
			same = same && a != "" && b != "" && a[0] == b[0] && max(len(a)-len(b), len(b)-len(a)) <= 2 &&
				editDistance(a, b) <= 2 // a slip of the articles' name, not another name ("smith" is no "Stevens")
		}
		if !same {
			continue
		}
		if found != nil && found.terms[len(found.terms)-1].term != toks[len(toks)-1].Term {
			return nil, false // two people it may be
		}
		named := *q
		named.defines, named.terms = true, nil
		for _, t := range toks {
			named.terms = append(named.terms, qterm{term: t.Term, word: name[t.Start:t.End], entity: true})
		}
		found = &named
	}
	return found, found != nil
}

// spanWho is extractSpan for "who" questions.
func (e *Engine) spanWho(q *question, c *cand, anchors []span) span {
	if s := e.who(q, c, anchors); s.end > s.start {
		return s
	}
	// no one named: the bodies listed as its verb's object ("who was
	// Elland meeting with": "police, bus operators and the hospital")
	return e.objectList(q, c)
}
