// "What X" answers by focus kind, verb object and stranded preposition; where a list ends.

package qa

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// focusKind answers a "what X" question whose X the passage does not use
// with the noun phrase the passage gives of that kind, a plural noun
// GloVe puts nearest X (at soft matching's least similarity or nearer),
// with the list it stands in: "listening devices, thermal cameras and
// concrete-cutting saws" for "what equipment did the foreign teams bring".
// Empty when the passage uses X itself (the clause after it answers), or
// no noun of it is that near; but "what kind of X" is answered by X with
// the words that qualify it ("legally binding security guarantees"),
// where the passage gives it some.
func (e *Engine) focusKind(q *question, c *cand) span {
	if q.focus == "" || hasTerm(c.toks, q.focus) && !q.asksKind {
		return span{}
	}
	var focus string
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.term == q.focus {
			focus = strings.ToLower(t.word)
		}
	}
	text := c.p.Text
	best, bestSim := span{}, float32(softMin)
	for _, tok := range c.toks {
		w := strings.ToLower(text[tok.Start:tok.End])
		if tok.Term == q.focus {
			if from := modifiersStart(text, tok.Start); from < tok.Start && bestSim < 1 && !e.onlyQuestionWords(q, text[from:tok.Start]) {
				best, bestSim = span{from, tok.End}, 1 // "legally binding security guarantees" for "what kind of guarantees"
			}
			continue
		}
		if !pluralNoun(w) || q.has(tok.Term) {
			continue
		}
		if sim, ok := lexicon.Default().Similarity(focus, w); ok && bestSim < 1 && sim >= bestSim {
			best, bestSim = span{tok.Start, tok.End}, sim
		}
	}
	if best.end <= best.start {
		return span{}
	}
	start := min(best.start, modifiersStart(text, best.start))
	end := max(listEnd(text, start), best.end)
	if n := wordCount(text[start:end]); n > maxShortWords {
		end = best.end
	}
	return span{start, end}
}

// objectList answers a question that asks for the object of its verb
// ("what are people throwing in the dumpsters", "what can you get at the
// centres": "what", an auxiliary, then its subject and verb) with the
// list of three things or more the passage gives first after the
// question's words, none a name nor the question's own words: what a
// verb is done to, listed, is the thing asked ("filling with carpets,
// drywall, mattresses and fridges"; "help people with applications,
// cleaning kits and counselling", not the places "in Brackenford,
// Ashcombe and Port Lisle"). A pair of things nearer is the object
// rather ("supplying forces with equipment and training and back them up
// with air, land and sea support"): then, as pairs are no lists to trust,
// empty. "what did they do" asks for a deed and "what is X", "what would
// it remain" for what X is, not an object. "who will Elland meet" asks so
// too, where the passage names no one ("police, bus operators and the
// hospital"). Empty when no such list fits a short answer.
func (e *Engine) objectList(q *question, c *cand) span {
	w := q.words
	i := slices.Index(w, "what")
	if q.kind == KindWho {
		i = slices.IndexFunc(w, func(x string) bool { return x == "who" || x == "whom" })
	}
	if i < 0 || i+3 >= len(w) {
		return span{}
	}
	if w[i+1] == "else" {
		i++
	}
	if !auxiliaries[w[i+1]] {
		return span{}
	}
	verb := false
	for _, x := range w[i+2:] {
		if linkingVerbs[x] {
			return span{}
		}
		verb = verb || lexicon.IsVerb(x) && !auxiliaries[x]
	}
	anchors := e.anchors(q, c)
	if !verb || len(anchors) == 0 {
		return span{}
	}
	text := c.p.Text
	for _, co := range coordinations(text) {
		if co.all.start < anchors[0].end {
			continue
		}
		if len(co.items) == 2 && strings.HasSuffix(strings.TrimRight(text[:co.items[1].start], " "), ", and") {
			continue // "along the worst-hit streets, and they were filling with …": two clauses
		}
		if last := lastBefore(anchors, co.all.start); contrastRE.MatchString(text[last:co.all.start]) {
			return span{} // "France said its military would remain the defense line, but allies aim to bolster it through training, …": what the question says is before the contrast
		}
		all := co.all
		marked := verbMarkerBefore(text[:all.start])
		if first := strings.Fields(text[all.start:co.items[0].end]); len(first) > 1 && lexicon.IsVerbBase(strings.ToLower(first[0])) && marked {
			// "to collect medicine, documents and pets", "leave and take
			// their medicine, …": the verb the list is the object of is
			// no item of it; but "supply problems, bad weather and late
			// permits" opens on a noun that is spelled as a verb too
			all.start = co.items[0].start + len(first[0]) + 1
		}
		ok := true
		for k, it := range co.items {
			if k == 0 {
				it.start = all.start
			}
			t := text[it.start:it.end]
			words := strings.Fields(t)
			ok = ok && len(words) <= listItemWords+1 && !e.isName(t) && !slices.ContainsFunc(e.analyze(t), func(tok index.Token) bool { return q.has(tok.Term) })
			// "assign responsibility, and propose remedies": verbs' clauses;
			// but a first item no "to" or "and" precedes opens on a noun
			// ("on supply problems, …")
			ok = ok && !(len(words) > 1 && lexicon.IsVerbBase(strings.ToLower(words[0])) && (k > 0 || marked))
		}
		if !ok {
			continue
		}
		if len(co.items) < 3 || wordCount(text[all.start:all.end]) > maxShortWords {
			return span{}
		}
		return all
	}
	return span{}
}

// verbMarkerBefore reports whether the text before a list ends in "to"
// or "and", where a verb's base form opens the words after ("to collect
// medicine", "leave and take their papers"), not a noun spelled alike.
func verbMarkerBefore(before string) bool {
	w := strings.ToLower(lastWord(strings.TrimRight(before, " ")))
	return w == "to" || w == "and"
}

// lastBefore is where the last of anchors that ends by at ends.
func lastBefore(anchors []span, at int) int {
	end := 0
	for _, a := range anchors {
		if a.end <= at {
			end = max(end, a.end)
		}
	}
	return end
}

// contrasts are the words that open a clause set against the one before
// it, which a yes/no's window keeps (keyWords); not "while", as often a
// time as a contrast ("while Croatia and Poland said …" opens on the
// clause's subject).
var contrasts = wordSet("but yet although though whereas")

// contrastRE is a conjunction that opens a clause set against the one
// before it: what follows says something else than what that clause said
// (contrasts, and "while").
var contrastRE = regexp.MustCompile(`(?i)\b(?:` + strings.Join(slices.Sorted(maps.Keys(contrasts)), "|") + `|while)\b`)

// linkingVerbs ask, after "what" and an auxiliary, for what the subject
// is or does ("what is X", "what would it remain", "what did they do"),
// not for an object of theirs.
var linkingVerbs = wordSet("be been being become became remain remained seem seemed look sound mean means do")

// strandedPreps are the prepositions a question may end on, leaving what
// it asks for as their object ("what is the fund *for*", "what were they
// talking *about*"): a closed class of English.
var strandedPreps = map[string]bool{"for": true, "about": true, "with": true, "to": true, "from": true, "on": true, "against": true, "into": true, "of": true, "at": true, "by": true, "over": true}

// prepReach is how many words may stand between the question's words in
// a passage and the preposition that takes what is asked for ("fund of
// 900 billion pesos (about $950 million) *for*").
const prepReach = 8

// prepObject answers a question that ends on a preposition with what the
// passage puts after that preposition, close after the question's last
// word before it (or, where the passage lacks that word, after any of the
// question's words): "what is the emergency fund for" is answered
// "shelter, water and the first stage of reconstruction" by "an emergency
// fund of 900 billion pesos … for shelter, water and the first stage of
// reconstruction". A list that opens there is taken whole. Empty when no
// such preposition follows.
func (e *Engine) prepObject(q *question, c *cand, anchors []span) span {
	if len(q.words) < 3 || !strandedPreps[q.words[len(q.words)-1]] || len(q.terms) == 0 {
		return span{}
	}
	text := c.p.Text
	last := q.terms[len(q.terms)-1]
	var own []span // where the word before the preposition stands
	for _, tok := range c.toks {
		if tok.Term == last.term || slices.Contains(last.alts, tok.Term) {
			own = append(own, span{tok.Start, tok.End})
		}
	}
	if len(own) > 0 {
		anchors = own
	}
	if len(anchors) == 0 {
		return span{}
	}
	prep := " " + q.words[len(q.words)-1] + " "
	lower := lowerASCII(text) // offsets in lower are offsets in text
	for i := range uses(lower, prep) {
		at := i + len(prep)
		near := false
		for _, a := range anchors {
			near = near || a.end <= at && wordCount(text[a.end:at]) <= prepReach+1
		}
		if !near {
			continue
		}
		s := trimLead(text, span{at, len(text)})
		if m := numberRE.FindStringIndex(text[at-len(prep)+1:]); m != nil && m[0] == 0 {
			continue // "about three hours", "over 400": a quantity, no object
		}
		if end := listEnd(text, s.start); end > s.start && wordCount(text[s.start:end]) <= maxShortWords {
			return span{s.start, end} // "shelter, water and the first stage of reconstruction"
		}
		if end := s.start + clauseStop(text[s.start:], true); end > s.start {
			return span{s.start, s.start + len(trimEnd(text[s.start:end]))} // a long list's first item
		}
	}
	return span{}
}

// listEnd is where a list that opens at start of text ends ("shelter,
// water and the first stage of reconstruction, and said …": after
// "reconstruction"; "diplomacy, politics, and battlefield realities"):
// short items between commas, the last opened by or holding "and" or
// "or"; start when no list opens there (", and" right after the first
// item joins a clause).
func listEnd(text string, start int) int {
	return listEndWithin(text, start, maxShortWords)
}

// listEndWithin is listEnd, its last item cut where a phrase of its own
// opens when the whole list is longer than most words.
func listEndWithin(text string, start, most int) int {
	pos := start + clauseStop(text[start:], true)
	for k := 0; k < 8 && pos < len(text) && text[pos] == ','; k++ {
		rest := text[pos+1:]
		seg := rest[:clauseStop(rest, true)]
		if cut := contactClauseAt(seg); cut > 0 {
			if saysWho(strings.Fields(seg[cut:])) {
				break // "… and Reuters | they said (on Monday)": who said it, a clause, no item
			}
			seg = seg[:cut] // "and the salvage costs | it paid", "the fees | it says it owed": the last item ends before its relative clause
		}
		n := wordCount(seg)
		if n == 0 || n > 8 || saysIn(seg) {
			break // "…, officials in Santiago and Lima said": a clause, no item
		}
		segStart := pos + 1
		pos += 1 + len(seg)
		t := strings.TrimSpace(seg)
		opens := strings.HasPrefix(t, "and ") || strings.HasPrefix(t, "or ")
		if opens && k == 0 {
			break // "robust, and Starmer said …": a clause joined, no list
		}
		if opens || strings.Contains(t, " and ") || strings.Contains(t, " or ") {
			// a list too long for a short answer: its last item ends where
			// a phrase of its own opens ("food and psychological support |
			// for the worst-affected families"); a short one stays whole
			// ("water and access to clean water")
			if cut := lastItemEnd(seg); cut > 0 && wordCount(text[start:pos]) > most {
				pos = segStart + cut
			}
			return start + len(trimEnd(text[start:pos]))
		}
	}
	return start
}

// saysWho reports whether the words of a contact clause (contactClauseAt)
// say who said the list, a pronoun and a verb of saying reporting no
// clause after it ("… and Reuters *they said* (on Monday)"), not a
// relative clause that reports what was said of the item, whose clause
// opens on a subject pronoun, "that", or an auxiliary or past form with
// the item its subject ("the fees it says *it* owed", "… it says *were*
// owed": final re-read 25C F3, 25D F2).
func saysWho(f []string) bool {
	if len(f) < 2 || !lexicon.IsSayingVerb(sayWord(f[1])) {
		return false
	}
	if len(f) == 2 {
		return true
	}
	w := sayWord(f[2])
	return !clausePronouns[w] && w != "that" && !isAux(w) && !pastForm(w)
}

// contactClauseAt is where, in a list's last segment seg ("repairs to the
// bank and the salvage costs it paid"), a relative clause with its "that"
// left out opens after the item "and" or "or" begins: a subject pronoun
// (clausePronouns) right after a word that is no function word and no
// past form of a verb that is no noun too (pastForm, knownNoun), nor a
// past form standing right after the conjunction, no determiner before it
// ("and left *it*"; a noun that is also a verb keeps its clause, "and cash
// *it* raised", and so, unread, does a base verb there, "and take it"), so a noun ("costs *it* paid", not
// "loaded *it*": the verb's object); 0 when none does.
func contactClauseAt(seg string) int {
	at := strings.Index(seg, " and ")
	if o := strings.Index(seg, " or "); at < 0 || o >= 0 && o < at {
		at = o
	}
	if at < 0 {
		return 0
	}
	words := wordSpans(seg[at:])
	for k := 2; k < len(words); k++ {
		w := strings.ToLower(seg[at+words[k][0] : at+words[k][1]])
		prev := strings.ToLower(seg[at+words[k-1][0] : at+words[k-1][1]])
		if clausePronouns[w] && !lexicon.IsFunctionWord(prev) && !conjunctions[prev] && seg[at+words[k-1][1]:at+words[k][0]] == " " &&
			!(pastForm(prev) && !knownNoun(prev)) && !(k == 2 && (pastForm(prev) || verbInflection(prev))) && clauseGoesOn(seg[at:], words, k) {
			return at + words[k-1][1]
		}
	}
	return 0
}

// clauseGoesOn reports whether the subject pronoun at words[k] of text
// (spans, wordSpans) may open a clause: after a noun phrase a determiner
// or a possessive opens ("the (new) reforms *they back*", a verb spelled
// as a particle; "the cash *they*, in turn, raised", a comma cutting the
// clause), or with a word after it that may be its verb, no preposition
// nor particle, which a verb's object has after it ("and loads *it on*
// the bank", "and loads *it up*"), nor the text's end ("and ships *it*,
// officials said"). A relative word after the noun ("the trucks *that*
// carry it up", "those *who*"; not a determiner after another opener,
// "all *that* cash") opens a clause of its own, whose verb the pronoun
// may follow as its object: the walk back to an opener stops there.
func clauseGoesOn(text string, words [][2]int, k int) bool {
	for j := k - 2; j >= 1; j-- {
		d := strings.ToLower(text[words[j][0]:words[j][1]])
		if j > 1 && relativeWordSet[d] && !(determiners[d] && opensNounPhrase(strings.ToLower(text[words[j-1][0]:words[j-1][1]]))) {
			break // "the trucks *that* carry it", "those *who* carry it": the relative clause holds the pronoun
		}
		if opensNounPhrase(d) {
			return true
		}
	}
	if k+1 >= len(words) {
		return false
	}
	next := strings.ToLower(text[words[k+1][0]:words[k+1][1]])
	return !prepositions[next] && !particles[next]
}

// lastItemEnd returns where the last item of a list ends in its segment
// seg ("food and psychological support for the worst-affected families"):
// at the first preposition other than "of" after its "and" or "or", or 0
// when none follows.
func lastItemEnd(seg string) int {
	at := strings.Index(seg, " and ")
	if o := strings.Index(seg, " or "); at < 0 || o >= 0 && o < at {
		at = o
	}
	if at < 0 {
		at = 0
	}
	for i := at + 1; i < len(seg); {
		j := strings.IndexByte(seg[i:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
		w, _, _ := strings.Cut(seg[i:], " ")
		if w != "of" && prepositions[w] { // in lower case: "Doctors Without Borders" runs on
			return i - 1
		}
	}
	return 0
}

// saysIn reports whether a stretch of text holds a verb of saying
// (lexicon.IsSayingVerb): a clause of its own, no item of a list.
func saysIn(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if lexicon.IsSayingVerb(sayWord(w)) {
			return true
		}
	}
	return false
}

// sayWord is a word of a list's segment as saysWho and saysIn read it for
// a verb of saying: lower case, without the marks around it ("said!",
// "“said”").
func sayWord(w string) string {
	return strings.ToLower(strings.Trim(w, ".,;:!?\"“”’"))
}
