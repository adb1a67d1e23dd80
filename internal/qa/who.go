package qa

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// placePhrase returns a phrase of place after the question's words: "in a
// neighbouring country", up to the end of its clause.
func placePhrase(text string, anchors []span) span {
	if len(anchors) == 0 {
		return span{}
	}
	at := anchors[len(anchors)-1].end
	at += durationAfter(text[at:])
	// only a preposition within a few bytes counts: the expression need
	// not run over the rest of the passage (a match that starts there
	// ends within placePrepReach bytes)
	m := placePrepAt(text[at:min(len(text), at+placePrepReach)])
	if m < 0 || m > 12 {
		return span{}
	}
	start := at + m + 1
	end := start + clauseEnd(text[start:])
	if n := wordCount(text[start:end]); n < 2 || n > 8 {
		return span{}
	}
	if f := strings.Fields(text[start:min(len(text), end+12)]); len(f) > 1 && f[1][0] >= '0' && f[1][0] <= '9' || clockRE.MatchString(text[start:end]) || dateRE.MatchString(text[start:end]) || partOfDayRE.MatchString(text[start:end]) {
		return span{} // "at 4:52 a.m.", "on Tuesday": when, not where
	}
	return span{start, end}
}

// durationAfter is the length of a "for" and its duration that open s
// after a space ("slept *for about two hours* under a staircase"), which
// stand between a verb and its place phrase; 0 for none.
func durationAfter(s string) int {
	const lead = " for "
	if !strings.HasPrefix(s, lead) {
		return 0
	}
	if m := durationRE.FindStringIndex(s[len(lead):min(len(s), len(lead)+durationReach)]); m != nil && m[0] == 0 {
		return len(lead) + m[1]
	}
	return 0
}

// durationReach is how many bytes after "for" durationAfter reads for a
// duration: its longest forms, "more than twenty-four hours", "nearly
// forty-eight hours", with room to spare (placePrepReach, a preposition's
// reach, is too short for them).
const durationReach = 40

// placePhrasePreps are the prepositions of place a passage's place phrase
// opens on (placePhrase); placePrepWords the same as a set.
var (
	placePhrasePreps = []string{"in", "at", "near", "across", "inside", "outside", "on", "under", "beneath", "behind", "beside"}
	placePrepWords   = wordSet(strings.Join(placePhrasePreps, " "))
)

// placePrepAt is where a preposition of place (placePhrasePreps) stands first in
// s between two spaces (a regular expression's \s), or -1: what the
// expression `\s(in|at|…)\s` found, read by hand (the expression cost tens
// of thousands of instructions a candidate; the tests hold the two alike).
func placePrepAt(s string) int {
	for i := 0; i < len(s); i++ {
		if !reSpace(s[i]) {
			continue
		}
		j := i + 1
		for j < len(s) && !reSpace(s[j]) {
			j++
		}
		if j < len(s) && placePrepWords[s[i+1:j]] {
			return i
		}
	}
	return -1
}

// reSpace reports whether b is a regular expression's \s: [\t\n\f\r ].
func reSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// placePrepReach is how far placePhrase looks for placePrepAt: a match
// starting 12 bytes on at most, and its longest ("\toutside ").
const placePrepReach = 12 + len(" outside ")

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

// passiveByRE is a verb group and its "by" right after a noun, its
// subject: " would be led by ", " was chaired by ", " has been run by ";
// passiveBy tells the passive's participle.
var passiveByRE = regexp.MustCompile(`^ ((?:(?:will|would|could|should|may|might|must|is|was|are|were|has|have|had|be|been|being|to) ){1,3})(\pL+) by `)

// passiveBy reports whether text opens with a passive verb group and its
// "by" (passiveByRE): the word before "by" a past participle ("led",
// "chaired", "chosen"), or a verb whose participle is its base after a
// passive's auxiliary ("been run"); not "was not by choice", "is in by".
func passiveBy(text string) bool {
	m := passiveByRE.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	w := strings.ToLower(m[2])
	return pastForm(w) || participles[w] || lexicon.IsVerbBase(w) && passiveAux(" "+strings.TrimSpace(m[1]))
}

// holdsQuestionVerb reports whether c's passage has the question's verb
// (verbAt).
func (e *Engine) holdsQuestionVerb(q *question, c *cand) bool {
	_, ok := e.verbAt(q, c)
	return ok
}

// verbAt is where the passage has the question's first verb (of saying
// only where it asks who said something), as written or by a synonym (not
// by a word near in meaning), and whether it does.
func (e *Engine) verbAt(q *question, c *cand) (span, bool) {
	saying := asksSaying(q)
	verb := slices.IndexFunc(q.terms, func(t qterm) bool {
		w := strings.ToLower(t.word)
		return !t.entity && (pastVerb(w) || lexicon.IsVerb(w)) && (saying || !lexicon.IsSayingVerb(w))
	})
	if verb < 0 {
		return span{}, false
	}
	asked := strings.ToLower(q.terms[verb].word)
	c.lookUp(q) // (only the words that match a term can be the verb)
	for _, th := range c.hits {
		tok := c.toks[th.k]
		if !slices.ContainsFunc(th.hs, func(h termHit) bool { return h.i == verb && !h.soft }) {
			continue
		}
		// as a verb: in the question's form, or both in the past; not a
		// noun of the same stem ("a firm rebuke" for "rebuked")
		if w := strings.ToLower(c.p.Text[tok.Start:tok.End]); w == asked || pastVerb(w) && pastVerb(asked) {
			return span{tok.Start, tok.End}, true
		}
	}
	return span{}, false
}

// unnamedDoer is the subject of the verb at v in c's passage, where the
// verb has an object, when it names no one ("*Salvage crews* freed the
// bulk carrier Corvina Star"):
// the words of the verb's clause before it (past a dateline and a
// relative word), when they are a few, hold no name, open with no
// adverbial and do not only point back (a pronoun, "the latter"); an
// empty span otherwise.
func (e *Engine) unnamedDoer(c *cand, v span) span {
	text := c.p.Text
	next, rest := nextWord(text[v.end:])
	if particles[next] {
		next, _ = nextWord(rest) // "shut down the computer systems"
	}
	if next == "" || prepositions[next] {
		return span{} // "The pledges came on Tuesday": no deed done to anything, no doer asked for
	}
	s, ok := subjectBefore(text, v.start, doerWords, false)
	if !ok {
		return span{}
	}
	body := text[s.start:s.end]
	if last := strings.ToLower(lastWord(body)); strings.HasSuffix(last, "ly") || lexicon.IsFunctionWord(last) {
		return span{} // "then", "jointly": no one doing anything
	}
	for i, w := range strings.Fields(strings.ToLower(body)) {
		if w = strings.Trim(w, ".,;:“”\"'’"); pastVerb(w) || i > 0 && articles[w] {
			return span{} // "The plan drew a firm rebuke from …": the verb is a noun here, its doer after it
		}
	}
	if len(e.names(body)) > 0 {
		return span{} // a name: the names' own reading finds it
	}
	return s
}

// clauseStart is where the clause of the word at byte at of text starts:
// past the last clause mark, dateline or subordinating word before it
// ("… on Sunday morning, five days after | a ransomware attack shut
// down …").
func clauseStart(text string, at int) int {
	before := text[:at]
	start := max(0, datelineEnd(text))
	if i := strings.LastIndexAny(before, ",;:—("); i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:]) // "—" is three bytes
		start = max(start, i+n)
	}
	lower := strings.ToLower(before)
	for sub := range subordinators {
		if i := strings.LastIndex(lower, " "+sub+" "); i >= 0 && i+len(sub)+2 > start {
			start = i + len(sub) + 2
		}
	}
	return start
}

// doerWords is how many words an unnamed doer may take ("Salvage crews",
// "Army engineers", "Municipal workers in Tocopilla").
const doerWords = 6

// appositionFree leaves out of the name groups before a question's verb
// at verb those that stand in an apposition to an earlier one: "Rafael
// Duarte, the World Bank's vice president for Latin America and the
// Caribbean, defended …" has Duarte for its subject, not Latin America. A
// group is in one when a comma opens the words between it and the group
// before, and another closes it before the verb.
func appositionFree(text string, groups []span, verb int) []span {
	out := groups[:1]
	for _, g := range groups[1:] {
		between := strings.TrimSpace(text[out[len(out)-1].end:g.start])
		if strings.HasPrefix(between, ",") && g.end <= verb && strings.Contains(text[g.end:verb], ",") {
			continue
		}
		out = append(out, g)
	}
	return out
}

// nounPhrase is the noun phrase that opens span s of text: s up to a
// preposition other than "of" (in lower case), a comma or a dash ("Macron *at* the Élysée
// Palace" → "Macron").
func nounPhrase(text string, s span) span {
	end := s.start
	for i := s.start; i < s.end; {
		for i < s.end && text[i] == ' ' {
			i++
		}
		j := i
		for j < s.end && text[j] != ' ' {
			j++
		}
		w := text[i:j]
		if i > s.start && (prepositions[w] || w == "–" || w == "—" || w == "-") {
			// a lower-case preposition: "Reporters Without Borders" runs on
			break
		}
		end = j
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") {
			end = j - 1
			break
		}
		i = j
	}
	if end <= s.start {
		return s
	}
	return span{s.start, end}
}

var prepositions = cueSet("preposition-words") // kinds.txt

// asksSubject reports whether a "who" question asks who did something
// ("who praised Starmer?"), not whom ("who did Macron meet?") or who
// someone is ("who is the French president?").
func (q *question) asksSubject() bool {
	w := strings.Fields(strings.ToLower(q.text) + " x")
	return !auxiliaries[w[1]]
}

// preferDescription puts first, for "who is X?", the candidate among
// those that match the question about as well (rivals) that describes X in
// the most words: "German Chancellor" over a bare "Chancellor", "US
// President" over "President". The passages all name X; the fullest
// description is the most specific. X's own name, which a description may
// hold ("Seismologist Felipe Cárdenas of the University of Chile"), counts
// for nothing.
func (e *Engine) preferDescription(q *question, cands []*cand) []*cand {
	if !q.defines || len(cands) < 2 {
		return cands
	}
	top := cands[0]
	best, most := 0, 0
	for i, c := range cands[:min(len(cands), MaxPassages)] {
		if i > 0 && !rivals(c, top) {
			continue
		}
		if s := e.description(q, c); s.end > s.start {
			desc := c.p.Text[s.start:s.end]
			words := wordCount(desc)
			n := words
			for _, t := range e.analyze(desc) {
				if q.has(t.Term) {
					n-- // X's own name, which some descriptions hold, describes nothing
				}
			}
			if n > most && words <= maxShortWords {
				best, most = i, n
			}
		}
	}
	if best == 0 {
		return cands
	}
	return toFront(cands, best)
}

// rivals reports whether candidate c matches the question about as well as
// top: nearly its score and coverage, and every name top has.
func rivals(c, top *cand) bool {
	return scoresNear(c, top) && c.cov >= 0.8*top.cov
}

// scoresNear reports whether c scores nearly as well as top (0.8 of it)
// and names what it names where top does: rivals without the share of
// the question's words, which headlineRival leaves out.
func scoresNear(c, top *cand) bool {
	return c.score >= 0.8*top.score && (c.entOK || !top.entOK)
}

// withName widens a description d of the name at n of text to hold the
// name too, as the passage writes them together ("Ruth Penhallow, chief
// operating officer of the Marrowby Airport Authority", "Kestrel's chief
// analyst, Tomasz Wierzbicki"), where that fits a short answer: the asker
// sees who is meant, spelt right. A question for the job alone ("whats
// her job") gets the same: the role as the passage writes it with the
// name ("Its chief executive, Natalie Ferris").
func withName(text string, n, d span) span {
	w := span{min(n.start, d.start), max(n.end, d.end)}
	if wordCount(text[w.start:w.end]) > maxShortWords {
		return d
	}
	return w
}

// description answers "who is X?" with what the passage calls X: a title
// standing with the name ("Canadian Prime Minister Mark Carney"), words
// before it ("the president’s son-in-law Jared Kushner") or an apposition
// after it ("Jared Kushner, President Trump's son-in-law").
func (e *Engine) description(q *question, c *cand) span {
	text := c.p.Text
	for _, n := range e.names(text) {
		name := text[n.start:n.end]
		if !e.mentionsEntity(q, name) {
			continue
		}
		// a title within the name's own run of capitals ("Sir" alone is none)
		t := e.trimmedTitles(name)
		title := strings.TrimRight(name[:t], " ")
		for {
			// "British Prime Minister Sir": an honorific goes with the name, not the title
			i := strings.LastIndexByte(title, ' ')
			if i < 0 || !lexicon.IsHonorific(title[i+1:]) {
				break
			}
			title = title[:i]
		}
		if t > 0 && !lexicon.IsHonorific(title) || titleStart(text, n.start) < n.start {
			if d := relativeAfter(text, n); d.end > d.start {
				// "Commander Rodrigo Fuenzalida, who heads Chile's
				// national urban search and rescue team": the relative
				// clause says who he is, where a title says only his rank
				if w := (span{titleStart(text, n.start), d.end}); wordCount(text[w.start:w.end]) <= maxShortWords {
					return w
				}
				return d
			}
		}
		if t > 0 && !lexicon.IsHonorific(title) {
			if d := e.appositionBefore(text, n); d.end > d.start {
				// "NATO’s top commander, U.S. Gen. Alexus G. Grynkewich": both,
				// and the name, as for a title alone (below)
				return span{d.start, n.end}
			}
			if m := orgAfterRE.FindStringIndex(text[n.end:]); m != nil {
				// "Seismologist Felipe Cárdenas of the University of
				// Chile": the title is of the body named after the name
				return span{n.start, n.end + m[1]}
			}
			// the title with the name it stands in, whole: "German
			// Chancellor Friedrich Merz" for "who is Merz", as the
			// articles write it
			return span{n.start, n.end}
		}
		if ts := titleStart(text, n.start); ts < n.start {
			// "Council leader Aisha Brannigan, whose Labour group …": the
			// title the passage gives before the name says who she is
			return span{ts, n.end}
		}
		// an apposition: ", …," or " – … –"
		after := text[n.end:]
		for _, open := range []string{", ", " – ", " — ", " (", " - "} {
			if strings.HasPrefix(after, open) {
				body := after[len(open):]
				first, _, _ := strings.Cut(body, " ")
				if isCapital(first) && !e.titles[termOf(e, first)] || first == "and" || first == "or" {
					continue // "Macron, Starmer, and Merz …": a list of names, not a description
				}
				if pastVerb(first) || lexicon.IsSayingVerb(first) || getFold(auxiliaries, first) {
					continue // "Elena Marchetti, called the pledge …", "Antonia, was carried out …": the sentence goes on, no apposition
				}
				st := n.end + len(open)
				if age := ageApposition(body); open == ", " && age > 0 {
					// "Héctor Choque, 44, who drives an ore truck at one of
					// the copper mines, said …": past the age, the
					// relative clause says who he is
					rel := body[age:]
					if j := strings.Index(rel, ", "); strings.HasPrefix(rel, "who ") && j > 0 && wordCount(rel[:j]) <= maxShortWords {
						return withName(text, n, span{st + age, st + age + j})
					}
				}
				end := clauseEnd(body)
				if art, _ := nextWord(body); art == "a" || art == "an" || art == "the" {
					for wordCount(body[:end]) > maxShortWords {
						// "a dam-safety engineer who led a review of the Kessock
						// Dam for the province in 2021": too long, it loses its
						// trailing adjuncts, a preposition's phrase at a time
						// (not "of", which completes its noun)
						i := strings.LastIndexFunc(strings.TrimRight(body[:end], " "), func(r rune) bool { return r == ' ' })
						cut := -1
						for j := i; j > 0; j = strings.LastIndexByte(body[:j], ' ') {
							if w, _ := nextWord(body[j+1:]); prepositions[w] && w != "of" {
								cut = j
								break
							}
						}
						if cut < 0 || wordCount(body[:cut]) < 3 {
							break
						}
						end = cut
					}
				}
				if w := wordCount(body[:end]); w >= 1 && w <= maxShortWords && !strings.HasPrefix(strings.ToLower(body), "who ") {
					return withName(text, n, span{st, st + end})
				}
			}
		}
		if d := e.appositionBefore(text, n); d.end > d.start {
			return withName(text, n, d)
		}
		if d := namedAs(text, n); d.end > d.start {
			return d
		}
		// lower-case words just before the name: "Trump adviser Steve Witkoff"
		from := afterLastMark(text[:n.start], ",;:(—–")
		for _, w := range []string{" by ", " and ", " with ", " including ", " as "} {
			if i := strings.LastIndex(text[:n.start], w); i >= 0 && i+len(w) > from {
				from = i + len(w)
			}
		}
		for from < n.start && text[from] == ' ' {
			from++
		}
		desc := strings.TrimSpace(text[from:n.start])
		// the noun phrase after the clause's verb: "Engineers met *flood
		// adviser* Lina Cruz"
		if ws := wordSpans(text[from:n.start]); len(ws) > 1 {
			for i := len(ws) - 2; i >= 0; i-- {
				if w := strings.ToLower(text[from+ws[i][0] : from+ws[i][1]]); pastVerb(w) || auxiliaries[w] {
					from += ws[i][1]
					desc = strings.TrimSpace(text[from:n.start])
					from = pastSpaces(text, from, n.start)
					break
				}
			}
		}
		if words := strings.Fields(desc); len(words) >= 1 && len(words) <= 6 && hasLower(desc) && nounBefore(words[len(words)-1]) {
			return span{from, n.end} // with the name, as a title is given: "Trump adviser Steve Witkoff"
		}
	}
	return span{}
}

// relativeAfter is the relative clause on a person right after name n
// ("…, who heads the rescue team,"), up to its clause's end, or an empty
// span.
func relativeAfter(text string, n span) span {
	after := text[n.end:]
	if !strings.HasPrefix(after, ", who ") {
		return span{}
	}
	st := n.end + 2
	end := clauseEnd(text[st:])
	if w := wordCount(text[st : st+end]); w < 3 || w > maxShortWords {
		return span{}
	}
	return span{st, st + end}
}

// namedAsRE is what stands between a noun phrase and the name it is given
// ("The girl, identified by firefighters only as Antonia", "a Labrador …
// named Trufa", "the stadium, known as …").
var namedAsRE = regexp.MustCompile(`(?:,? (?:named|called|dubbed|nicknamed)|,? known as|, identified(?: by [^,;]+?)?(?: only)? as) $`)

// namedAs is the noun phrase the passage gives name n by naming it
// (namedAsRE): from the start of its clause to the naming word, when that
// is a noun phrase short enough to be an answer (appositive); else empty.
func namedAs(text string, n span) span {
	m := namedAsRE.FindStringIndex(text[:n.start])
	if m == nil {
		return span{}
	}
	d := clauseOpening(text[:m[0]])
	if first, _, _ := strings.Cut(strings.ToLower(text[d.start:d.end]), " "); d.end > d.start && text[m[0]] != ',' && first != "a" && first != "an" {
		// without a comma, "named" or "called" names only after an
		// indefinite noun phrase ("a Labrador … named Trufa"); "The
		// president called Ivan Petrov" is a call
		return span{}
	}
	return d
}

// clauseOpening is the span of the words of the clause that ends text
// (after its last mark) when they are a noun phrase that may describe a
// person (appositive: "The European Union's humanitarian envoy"); else
// empty.
func clauseOpening(text string) span {
	from := afterLastMark(text, ",;:(—–")
	desc := strings.TrimSpace(text[from:])
	if !appositive(desc) {
		return span{}
	}
	st := from + strings.Index(text[from:], desc)
	return span{st, st + len(desc)}
}

// orgAfterRE is a body a title is of, named right after a name with "of":
// " of the University of Chile": capitalised words and the small words
// between them (of, for, and, the, and the joiners of names of kinds.txt:
// "de", "del"). Not "at": "at the White House" says where, not whose.
var orgAfterRE = func() *regexp.Regexp {
	small := []string{"of", "for", "and", "the"}
	for w := range nameJoiners {
		small = append(small, regexp.QuoteMeta(w))
	}
	sort.Strings(small)
	return regexp.MustCompile(`^ of (?:the )?\p{Lu}[\p{L}’'.&-]*(?: (?:(?:` + strings.Join(small, "|") + `) )*\p{Lu}[\p{L}’'.&-]*)*`)
}()

// appositionBefore is the apposition before name n of text, opening its
// clause ("The European Union's humanitarian envoy, Elena Marchetti,
// called …"), or an empty span.
func (e *Engine) appositionBefore(text string, n span) span {
	before, ok := strings.CutSuffix(text[:n.start], ", ")
	if !ok {
		return span{}
	}
	if strings.HasPrefix(text[n.end:], ",") {
		return clauseOpening(before)
	}
	if rest := strings.TrimSpace(text[n.end:]); rest != "" && rest != "." {
		return span{}
	}
	// the name ends its sentence after a verb of saying: "…,” said
	// Kestrel's chief analyst, Tomasz Wierzbicki."
	from := afterLastMark(before, ",;:(—–")
	verb, desc := nextWord(before[from:])
	if !lexicon.IsSayingVerb(strings.ToLower(verb)) {
		return span{}
	}
	desc = strings.TrimSpace(desc)
	if !appositive(desc) {
		return span{}
	}
	st := strings.LastIndex(before, desc)
	return span{st, st + len(desc)}
}

// descriptionOpeners open a noun phrase that may describe a name:
// articles and possessive determiners (closed classes of English).
var descriptionOpeners = wordSet("the a an its his her their our")

// appositive reports whether desc, standing before ", Name,", describes
// the person rather than opening the sentence otherwise: a noun phrase of
// two to maxShortWords words that opens with an article or a capital (not
// a preposition: "In the town of Tocopilla, …"), has no verb in the past
// or of saying, and ends on a lower-case noun ("humanitarian envoy").
func appositive(desc string) bool {
	words := strings.Fields(desc)
	if len(words) < 2 || len(words) > maxShortWords {
		return false
	}
	first, last := strings.ToLower(words[0]), words[len(words)-1]
	if !descriptionOpeners[first] && !isCapital(words[0]) || prepositions[first] {
		return false // (a possessive determiner opens one too: "its finance director, Rune Kallevik")
	}
	if isCapital(last) || !nounBefore(last) {
		return false
	}
	for _, w := range words[1:] {
		if lw := strings.ToLower(strings.Trim(w, ",;:“”\"'")); pastVerb(lw) || lexicon.IsSayingVerb(lw) {
			return false
		}
	}
	return true
}

// nounBefore reports whether the word just before a name can end a
// description of it ("adviser", "son-in-law"), not a verb or a particle
// ("praising", "met", "with").
func nounBefore(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ",;:“”\"'"))
	return !stopish[lw] && !strings.HasSuffix(lw, "ing") && !strings.HasSuffix(lw, "ed") && lw != "said" && lw != "says"
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// trimmedTitles returns how many bytes of a name are titles and places
// before the person's own name ("Canadian Prime Minister " of "Canadian
// Prime Minister Mark Carney"), or 0. The words before a title that are
// no title themselves qualify it ("Interior Minister Tomás Villagra"); a
// place's one-word name right before a lone surname is a first name.
func (e *Engine) trimmedTitles(name string) int {
	toks := e.analyze(name)
	// a title of a question's or only of an article's ("Tocopilla *Mayor*
	// Verónica Alvial"): here it stands in an article
	title := func(t index.Token) bool { return e.titleWord(name[t.Start:t.End], t.Term) }
	k := 0
	for k < len(toks)-1 && (title(toks[k]) || e.isPlace(name[toks[k].Start:toks[k].End]) || isDemonym(name[toks[k].Start:toks[k].End])) {
		k++
	}
	if len(toks) == 2 && k == 1 && !isDemonym(name[toks[0].Start:toks[0].End]) && surnameWord(name[toks[1].Start:toks[1].End]) {
		// a place or a nationality before a name qualifies a title
		// after it ("Tocopilla Mayor", "Canadian Prime Minister"); one
		// word of a place's name right before a lone surname is a first
		// name, "Sofia Lind", "Georgia Hale" (a place before a word
		// English writes in lower case, "Tillard Valley", or before a
		// body's name of more words, "Ashcombe Regional High School",
		// stays a place, and a nationality is no first name, "Italian
		// Meloni"; a title, "Mayor Lind", the loop below finds again)
		k = 0
	}
	for j := len(toks) - 2; j >= k; j-- {
		if title(toks[j]) {
			k = j + 1
			break
		}
	}
	if k == 0 {
		return 0
	}
	return toks[k].Start
}

// surnameWord reports whether w may be a surname: no English word, or
// one English writes capitalised ("Hale", "Meijer"; not "Valley").
func surnameWord(w string) bool {
	return !bodyWord(w)
}

// isDemonym reports whether a capitalised word is a nationality:
// "Canadian", "French", "Argentine": a word made of a country's name
// (lexicon.IsCountryWord), or an English word (surnames are not: Meloni,
// Grynkewich) that ends as nationalities do ("European"), and no place
// itself.
func isDemonym(w string) bool {
	lw := strings.ToLower(w)
	if lw == "" || !isCapital(w) || gazetteerWords()[lw] {
		return false
	}
	if lexicon.IsCountryWord(lw) {
		return true // "Argentine", "Dutch": the words countries-list and WordNet give
	}
	if !lexicon.IsWord(lw) {
		return false
	}
	for _, suf := range []string{"an", "ish", "ese", "ian", "i", "ch"} {
		if strings.HasSuffix(lw, suf) && len(lw) > 4 {
			return true
		}
	}
	return false
}

// wantsPerson reports whether a "who" question asks for a person by a
// title or a word for people ("which US *envoy*", "which *official*"), where
// a country is no answer. Remembered for the question (recall): typeWho
// asks it for every candidate.
func (e *Engine) wantsPerson(q *question) bool {
	return recall(q, func(m *freeMemo) *remembered[bool] { return &m.person }, func() bool {
		if q.wantsCountry() {
			return false // "which country said it would help with its navy"
		}
		for kt := range q.terms {
			t := &q.terms[kt]
			if !t.entity && (e.titles[t.term] || meansPerson(strings.ToLower(t.word))) {
				return true
			}
		}
		return false
	})
}

// meansPerson reports whether a noun names a person: by WordNet, whose
// commonest sense of it is a person ("girl", "victim", "guy", "people";
// not "team", "country", "thing"). (GloVe, near "person", "woman" or
// "man", was asked of words no dictionary has; of the 80 000 words of the
// embedded table, none that WordNet and the dictionary lack stands that
// near, so it is asked no more. GloVe alone took "thing", "good" and
// "every" for people.)
func meansPerson(w string) bool {
	return lexicon.IsPersonNoun(w)
}

// isCity reports whether a place's name means a city more than a country
// to GloVe ("Paris", "Kyiv", "Moscow"; not "Russia", "Croatia"), which
// answers no "which countries". A name GloVe does not know is no city.
func isCity(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	if len(w) != 1 {
		return false // "Czech Republic", "United States"
	}
	emb := lexicon.Default()
	city, ok1 := emb.Similarity(w[0], "city")
	country, ok2 := emb.Similarity(w[0], "country")
	return ok1 && ok2 && city > country
}

// wantsCountry reports whether a "who" question asks for countries rather
// than people ("which country", "which nations").
func (q *question) wantsCountry() bool {
	return recall(q, func(m *freeMemo) *remembered[bool] { return &m.country }, func() bool {
		for kt := range q.terms {
			t := &q.terms[kt]
			if strings.HasSuffix(strings.ToLower(t.word), "al") {
				continue // "national", stemmed "nation", is no noun for a country
			}
			if t.term == "state" {
				if i := slices.Index(q.words, strings.ToLower(t.word)); i > 0 && q.words[i-1] == "of" {
					continue // "secretary of state", "heads of state": a title's words, no country asked for
				}
			}
			if t.term == "countri" || t.term == "nation" || t.term == "state" || slices.Contains(t.alts, "countri") {
				return true
			}
		}
		return false
	})
}

// officeWords make a title another office (kinds.txt [office-words]).
var officeWords = slices.Sorted(maps.Keys(cueSet("office-words")))

// titled finds a name the question describes by a title or origin that
// stands with it: "Polish Prime Minister Donald Tusk" for "who attended
// from Poland", trimmed to the name.
func (e *Engine) titled(q *question, c *cand, names, anchors []span) (span, bool) {
	var cands []span
	for _, s := range names {
		t := e.trimmed(q, c, []span{s})[0]
		if cut := e.trimmedTitles(c.p.Text[s.start:s.end]); cut > 0 && s.start+cut > t.start && !e.namesOrigin(q) {
			// "Transport Minister Priya Raman" for "who is the minister":
			// the titles at its front, with the words that qualify them,
			// not only the question's (where the question gives an origin,
			// "the italian pm", the name must come with it: "Polish Prime
			// Minister Donald Tusk" is none)
			t.start = s.start + cut
		}
		lead := e.terms(c.p.Text[s.start:t.start])
		for _, w := range e.titlesBefore(c.p.Text, s.start) {
			lead[w] = true // "Russian leader Vladimir Putin", "US envoy Steve Witkoff"
		}
		if after := c.p.Text[s.end:]; strings.HasPrefix(after, ", the ") || strings.HasPrefix(after, ", a ") {
			// an apposition: "Kenji Morimoto, the Japanese team leader,"
			body := after[2:]
			if end := clauseEnd(body); wordCount(body[:end]) <= 6 {
				for w := range e.terms(body[:end]) {
					lead[w] = true
				}
			} else if d := e.descriptionAfter(c.p.Text, s); d.end > d.start {
				// a longer one up to its first preposition: "Maja
				// Lindgren, a professor of information systems at …"
				for w := range e.terms(c.p.Text[d.start:d.end]) {
					lead[w] = true
				}
			}
		}
		if e.ofKindAsked(q, c.p.Text, s) {
			// "which scientist explained …": "Seismologist Felipe
			// Cárdenas", a kind of scientist by WordNet, the kind-word
			// taken into the name's span dropped (a title before the
			// name, "Chilean geologist Ana María Soto", leaves the name
			// whole)
			if f := strings.Fields(c.p.Text[t.start:s.end]); t.start == s.start && len(f) > 2 && lexicon.IsPersonNoun(strings.ToLower(f[0])) {
				at := t.start + strings.Index(c.p.Text[t.start:], f[0]) + len(f[0])
				t.start = at + len(c.p.Text[at:]) - len(strings.TrimLeftFunc(c.p.Text[at:], unicode.IsSpace))
			}
			cands = append(cands, t)
			continue
		}
		if len(lead) == 0 {
			continue
		}
		if q.role {
			// every title the question gives: "foreign minister" is not "minister"
			all := true
			for kqt := range q.terms {
				qt := &q.terms[kqt]
				if (e.roleWord(*qt) || slices.Contains(q.roleMods, qt.term)) && !lead[qt.term] && !(e.roleWord(*qt) && slices.ContainsFunc(e.alike(qt.term), func(a string) bool { return lead[a] })) {
					all = false // (a title that is a kind of the one asked for will do: "Prime Minister" for "leader")
				}
			}
			if e.otherOfficeIn(q, func(term string) bool { return lead[term] }) {
				all = false // "Deputy council leader" is not the council leader asked for
			}
			if all {
				cands = append(cands, t)
			}
			continue
		}
		for tok := range lead {
			if q.has(tok) {
				cands = append(cands, t)
				break
			}
		}
	}
	if len(cands) == 0 {
		return span{}, false
	}
	return nearest(cands, anchors), true
}

// ofKindAsked reports whether the name at n of text is described as a kind
// of the person a question asks for by a noun that is no title of its own
// ("which *scientist* explained …"): by a title before it, or the noun
// for a person that opens it capitalised ("Seismologist Felipe Cárdenas of
// the University of Chile", a kind of scientist by WordNet,
// lexicon.IsKindOf). The noun itself is not looked for: the titles the
// question gives are (titled).
func (e *Engine) ofKindAsked(q *question, text string, n span) bool {
	_, kinds := e.titleRunBefore(text, n.start)
	if f := strings.Fields(text[n.start:n.end]); len(f) > 2 && lexicon.IsPersonNoun(strings.ToLower(f[0])) {
		kinds = append(kinds, strings.ToLower(f[0]))
	}
	return len(kinds) > 0 && slices.ContainsFunc(q.terms, func(qt qterm) bool {
		lw := strings.ToLower(qt.word)
		return !qt.entity && !e.titles[qt.term] && meansPerson(lw) && slices.ContainsFunc(kinds, func(k string) bool { return k != lw && lexicon.IsKindOf(k, lw) })
	})
}

// namesOrigin reports whether a question names a place or a nationality.
func (e *Engine) namesOrigin(q *question) bool {
	for kt := range q.terms {
		t := &q.terms[kt]
		if e.isPlace(t.word) || isDemonym(t.word) || lexicon.IsCountryWord(strings.ToLower(t.word)) || countryWord(t.word) {
			return true
		}
	}
	return false
}

// patient answers a passive "who" question ("who was captured", "who got
// arrested") with the name the passage gives what the verb was done to:
// after the verb's noun and its "of" ("the capture of Nicolás Maduro"),
// or right after the verb said actively ("troops captured Maduro"). A
// passive in the passage ("Maduro was captured") is the subject's, which
// the nearest name finds anyway.
func (e *Engine) patient(q *question, c *cand) span {
	if !passiveAsked(q) {
		return span{}
	}
	verb := e.analyze(q.words[2])
	if len(verb) != 1 {
		return span{}
	}
	text := c.p.Text
	for _, tok := range c.toks {
		if tok.Term != verb[0].Term {
			continue
		}
		after := strings.TrimLeft(text[tok.End:], " ")
		if of, ok := strings.CutPrefix(after, "of "); ok {
			after = strings.TrimPrefix(of, "the ")
		}
		at := len(text) - len(after)
		for _, n := range e.names(text) {
			if n.start == at && e.personLike(text[n.start:n.end]) {
				return n
			}
		}
	}
	return span{}
}

// headName answers "which NOUN …" with the name beside that noun in the
// passage: "operation in Venezuela".
func (e *Engine) headName(q *question, c *cand) (span, bool) {
	text := c.p.Text
	for _, tok := range c.toks {
		if tok.Term != q.head {
			continue
		}
		for _, n := range e.freeSpans(q, text, e.names(text)) {
			gap := ""
			switch {
			case n.start >= tok.End:
				gap = text[tok.End:n.start]
				if wordCount(gap) <= 2 {
					return span{tok.Start, n.end}, true
				}
			case n.end <= tok.Start:
				gap = text[n.end:tok.Start]
				if wordCount(gap) <= 1 {
					return span{n.start, tok.End}, true
				}
				name := text[n.start:n.end]
				if w := strings.Fields(strings.TrimPrefix(gap, ",")); strings.HasPrefix(gap, ", ") && len(w) >= 1 && len(w) <= 3 && (w[0] == "a" || w[0] == "an" || w[0] == "the") && !commonWord(strings.ToLower(name)) {
					return n, true // "Greenland, a recent flashpoint": the noun in apposition to the name
				}
			}
		}
	}
	return span{}, false
}

// photographer answers "who took the photo …" with the name a caption's
// credit gives, in any agency's form: "(AP Photo/Thomas Padilla)",
// "(Yoan Valat, Pool photo via AP)" (creditRE, creditedName).
func (e *Engine) photographer(q *question, text string) span {
	if !q.has(e.photographTerm()) && (!q.has("photo") || !q.has("took") && !q.has("taken") && !q.has("shot") && !q.has("credit")) {
		return span{} // "who took the photo", "who photographed …", not "who was in the photo"
	}
	m := creditRE.FindStringSubmatchIndex(text)
	if m == nil {
		return span{}
	}
	name := creditedName(text[m[2]:m[3]])
	if name == "" {
		return span{}
	}
	at := strings.LastIndex(text[:m[3]], name)
	if at < m[2] {
		return span{}
	}
	return span{at, at + len(name)}
}

// photographTerm is "photographed" and "photographer" as analysed: the
// verb and the noun of taking a photo.
func (e *Engine) photographTerm() string {
	if t := e.analyze("photographed"); len(t) == 1 {
		return t[0].Term
	}
	return ""
}

// nameOf returns the noun whose name a question asks for, analysed and as
// typed ("what is the X called" asks it too): the
// last word after "name of" before a verb, a preposition or a relative
// ("what's the name of Calama's main *hospital*", "… of the *church* that
// lost its tower"); "" when the question asks no name.
func (e *Engine) nameOf(words []string) (string, string) {
	at := slices.Index(words, "name")
	if at < 0 {
		at = slices.Index(words, "names") // "whats the names of the taxi drivers daughters"
	}
	if at > 0 && at+1 == len(words) && possessive(words[at-1]) {
		// "the lil girls name", "the dog's name": the noun before, its
		// possessive (its apostrophe often left out)
		head := unpossessed(words[at-1])
		if head == words[at-1] {
			head = singularOf(strings.TrimRight(head, "'’")) // "girls", "girls'"
		}
		return termOf(e, head), head
	}
	if n := len(words); n >= 3 && strings.TrimRight(words[n-1], "?!.") == "called" && (words[0] == "what" || words[0] == "whats" || words[0] == "what's") {
		// "whats the stadium called": the name of the noun before
		if head := unpossessed(words[n-2]); !lexicon.IsFunctionWord(head) && !auxiliaries[head] {
			return termOf(e, head), head
		}
	}
	if at < 0 || at+2 >= len(words) || words[at+1] != "of" {
		return "", ""
	}
	head := ""
	rest := words[at+2:]
	for i, w := range rest {
		if w == "the" || w == "a" || w == "an" || w == "this" || i == 0 && w == "that" {
			continue
		}
		if auxiliaries[w] || stopLike[w] || prepositions[w] || lexicon.IsFunctionWord(w) || i > 0 && pastVerb(w) || strings.ContainsAny(w, "'’") && !strings.HasSuffix(w, "s") || i > 0 && (relativeOpeners[w] || relativeOpeners[unpossessed(w)] && w != unpossessed(w)) {
			break // "that lost its tower", "they rescued", "in Europe", "they're using", "where bodies were found"
		}
		if head != "" && i+1 < len(rest) && pastVerb(rest[i+1]) {
			break // "the stadium *families* slept in": the subject of a clause that describes it
		}
		head = w
	}
	if head == "" {
		return "", ""
	}
	head = unpossessed(head)
	return termOf(e, head), head
}

// namedAs is, for "what is the X called", the name a passage gives X as
// nameFor finds it for "what's the name of X" ("the Zorros del Desierto
// stadium"), where no quotation names it.
func (e *Engine) namedAs(q *question, c *cand) (span, bool) {
	if q.nameOf != "" {
		return span{}, false // (a who question's, looked for already)
	}
	nq := *q
	nq.nameOf, nq.nameWord = e.nameOf(q.words)
	if nq.nameOf == "" {
		return span{}, false
	}
	return e.nameFor(&nq, c)
}

// nameFor finds the name a passage gives the noun a "name of X" question
// asks about: a name the question does not give, near that noun, that
// names no other kind of thing ("El Loa airport", "the Atacama Desert" for
// a hospital; but "the Zorros del Desierto stadium" for a stadium), is no
// known place unless a place is asked for, and is a person's where a
// person is ("the girl, identified … as Antonia").
func (e *Engine) nameFor(q *question, c *cand) (span, bool) {
	text := c.p.Text
	kinds := e.sameKind(q)
	var heads []index.Token
	for _, tok := range c.toks {
		if slices.Contains(kinds, tok.Term) && !ownerAt(text, tok.Start, tok.End) {
			heads = append(heads, tok)
		}
	}
	person := meansPerson(q.nameWord)
	var found []span
	for _, n := range e.freeSpans(q, text, e.names(text)) {
		name := text[n.start:n.end]
		near := false
		for _, h := range heads {
			lo, hi := min(h.End, n.end), max(h.Start, n.start)
			// the noun within the name ("the Carlos Cisternas Hospital") is
			// as near as can be
			near = near || lo > hi || wordCount(text[lo:hi]) <= nameReach
		}
		if lw := strings.ToLower(name); !near || notPeople[lw] || !strings.Contains(name, " ") && (isDemonym(name) || lexicon.IsWord(lw) && !lexicon.IsName(lw)) {
			continue // a day, a nationality ("the Spanish team"), a word capitalised to open a sentence ("Rescuers"): no one's name
		}
		if apposed(text, n, heads) {
			// "The Corvina Star, a 229-metre vessel", "the vessel
			// Northern Dawn": the passage says what the name names,
			// whatever its last word means
			found = append(found, n)
			continue
		}
		// the kind of thing the name names: its own last word ("Desert"),
		// or the noun right after it ("El Loa airport")
		kind := ""
		if f := strings.Fields(name); len(f) > 1 && commonWord(strings.ToLower(f[len(f)-1])) {
			kind = f[len(f)-1]
		}
		if person && e.personLike(name) {
			kind = "" // "Daniel Fox" is a person's name, whatever "fox" means
			if after := e.nounAfter(text, n); after != "" && !meansPerson(after) {
				continue // "the Orchard Lane care home": a home's name, no woman's
			}
		} else if after := e.nounAfter(text, n); after != "" {
			// a noun that ends the phrase ("El Loa airport, where …",
			// "the Orchard Lane care home"), not a verb that goes on
			// ("Trufa found four people")
			kind = after
		}
		switch {
		case kind != "" && slices.Contains(kinds, termOf(e, kind)):
			// "El Loa airport" for the airport's name
		case kind != "", e.isPlace(name) && !whereNouns[q.nameWord], person && (!e.personLike(name) || e.namesThing(name)):
			continue
		case locatedAt(text, n.start) && !whereNouns[q.nameWord]:
			continue // "donors in Santiago", "in central Calama": where, not what it is called
		case !person && (speaking(text, n) || attributedTo(text, n)):
			continue // "… in this stadium,” said Quispe", "according to the shipping consultancy Kestrel Analytics": who spoke is no thing's name
		case !person && ledBy(text, n.start, "by"):
			continue // "The ship is insured by the Nordic Shipowners' Mutual": who acts on it is no name of it
		}
		found = append(found, n)
	}
	if len(found) == 0 {
		return span{}, false
	}
	var at []span
	for _, h := range heads {
		at = append(at, span{h.Start, h.End})
	}
	return nearest(found, at), true
}

// apposed reports whether name n of text stands in apposition to one of
// the nouns heads: the noun in a phrase right after it, set off by a comma
// and an article ("The Corvina Star, a 229-metre vessel"), or right before
// it after an article ("the vessel Northern Dawn").
func apposed(text string, n span, heads []index.Token) bool {
	for _, h := range heads {
		if w := text[h.Start:h.End]; possessiveAt(text, h.End) || endsGenitive(w) {
			continue // "Thessaly Maritime, the ship's owner": the owner's name, not the ship's
		}
		if h.Start >= n.end {
			between := text[n.end:h.Start]
			f := strings.Fields(between)
			if strings.HasPrefix(between, ", ") && len(f) >= 2 && (f[1] == "a" || f[1] == "an" || f[1] == "the") && !strings.ContainsAny(between[1:], ",;.") && len(f) <= nameReach {
				return true
			}
		}
		if h.End <= n.start && strings.TrimSpace(text[h.End:n.start]) == "" {
			if before, _ := precedingWord(text, h.Start); before != "" && lexicon.IsFunctionWord(strings.ToLower(before)) {
				return true // "the vessel Northern Dawn", "its tanker Maria"
			}
		}
	}
	return false
}

// sameKind are the analysed words a passage may call the thing a "name
// of X" question asks about: X, its synonyms and spellings, and the
// articles' words GloVe puts as near as another word for it ("vessel" for
// "ship", "village" for "town"; sameKindSim).
func (e *Engine) sameKind(q *question) []string {
	kinds := []string{q.nameOf}
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.term != q.nameOf {
			continue
		}
		kinds = append(kinds, t.alts...)
		for _, a := range t.soft {
			if a.w >= softScale*sameKindSim {
				kinds = append(kinds, a.term)
			}
		}
	}
	return kinds
}

// sameKindSim is the least GloVe similarity at which two nouns name the
// same kind of thing ("ship" and "vessel" 0.92, "boat" 0.83), above
// softMin's related words ("ship" and "cargo" 0.79, "crew" 0.74).
const sameKindSim = 0.8

// nounAfter is the lower-case noun right after name n of text that says
// what it names ("El Loa airport", "the Orchard Lane care home": home),
// or "".
func (e *Engine) nounAfter(text string, n span) string {
	rest := text[n.end:]
	if !strings.HasPrefix(rest, " ") || isCapital(strings.TrimSpace(rest)) {
		return ""
	}
	next, after := nextWord(rest)
	then, after2 := nextWord(after)
	third, _ := nextWord(after2)
	noun := func(w string) bool {
		return isLetters(w) && !lexicon.IsFunctionWord(w) && !pastVerb(w) && !lexicon.IsVerb(w)
	}
	ends := strings.HasSuffix(next, ".") || strings.HasPrefix(strings.TrimLeft(rest, " "), next+",") // "El Loa airport, where …"
	next, then = strings.TrimRight(next, "."), strings.TrimRight(then, ".")
	switch {
	case !noun(next):
		return ""
	case ends || then == "" || lexicon.IsFunctionWord(then) || pastVerb(then):
		return next
	case noun(then) && !isCapital(strings.TrimSpace(after)) && (third == "" || lexicon.IsFunctionWord(third) || pastVerb(third) || strings.HasPrefix(strings.TrimLeft(after, " "), then+",") || strings.HasPrefix(strings.TrimLeft(after, " "), then+".")):
		return then // "the Orchard Lane care home": a home
	}
	return ""
}

// relativeOpeners open a clause that describes the noun before them ("the
// village *where* bodies were found").
var relativeOpeners = wordSet("where which who whom whose when that")

// nameReach is how many words may stand between a noun and the name that
// gives it ("The girl, identified by firefighters only as Antonia").
const nameReach = 6

// locatedAt reports whether the name at byte at of text is where
// something is: a locative preposition one or two words before it ("in
// Santiago", "in central Calama").
func locatedAt(text string, at int) bool {
	return prepBefore(text, at, placePreps)
}

// prepBefore reports whether one of preps stands one or two words before
// byte at of text.
func prepBefore(text string, at int, preps map[string]bool) bool {
	for _, w := range lastFieldsLower(text[:at], 2) {
		if preps[strings.Trim(w, ",;:“”\"'")] {
			return true
		}
	}
	return false
}

// namesCountry reports whether a name is a country's, or countries'
// joined ("Anglo-French", "Franco-German"): a place that is no city, or
// a compound whose last part is a people's or a country's name.
func (e *Engine) namesCountry(w string) bool {
	if e.isPlace(w) && !isCity(w) {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) {
		last := w[i+1:]
		return isDemonym(last) || e.isPlace(last) && !isCity(last)
	}
	return false
}

// sceneAt reports whether the name at byte at of text is the scene of
// what the sentence tells: "in", "at", "near", "inside" or "outside" one or
// two words before it. Not "from", "to" or "into": a rebuke *from* Denmark,
// a letter *to* Merz name who gives and who gets.
func sceneAt(text string, at int) bool {
	// the last two words before at, and a third when there is one: the
	// first word of the text is read in any case
	before, first := lastFields(text[:at], 3), 0
	if len(before) == 3 {
		before, first = before[1:], -1
	}
	for i := len(before) - 1; i >= 0; i-- {
		w := before[i]
		if placePreps[w] || i == first && getFold(placePreps, w) {
			return w != "from" && w != "to" && w != "into"
		}
		if strings.ContainsAny(w, ",;:“”\"()") || isCapital(w) {
			return false // "the top general in Europe, *Alexus Grynkewich*": another phrase
		}
	}
	return false
}

// attributive reports whether the place named at n qualifies the common
// noun after it: "the *Paris* meeting", "the *Venezuela* operation"; not a
// subject before its verb ("the *Kremlin* has …", "*Russia* rejected …"),
// nor one before an adverb ("the *United Kingdom* separately committed"),
// nor one before a noun for people, whom it names ("the *US* envoys had
// joined": the US's envoys did). The word after it is a noun when it is
// no verb, or an "-ing" form (after "the Paris", "meeting" is no finite
// verb).
func attributive(text string, n span) bool {
	after := text[n.end:]
	if !strings.HasPrefix(after, " ") {
		return false // "the Kremlin’s …", "the Élysée, …"
	}
	next, _ := nextWord(after)
	next = strings.TrimRight(next, ",;:.")
	if next == "" || !isLetters(next) || isCapital(next) || lexicon.IsFunctionWord(next) || strings.HasSuffix(next, "ly") {
		return false // "the United Kingdom separately committed"
	}
	if lexicon.IsPersonNoun(strings.ToLower(next)) {
		return false // "the US envoys had joined": the people it names did it
	}
	return !lexicon.IsVerb(next) || strings.HasSuffix(next, "ing")
}

// possessiveAt reports whether a name ending at end of text is in the
// possessive: "’s" or "'s" and a space follow ("President Trump's
// son-in-law", "Chile’s rescue team").
func possessiveAt(text string, end int) bool {
	after := text[end:]
	return strings.HasPrefix(after, "’s ") || strings.HasPrefix(after, "'s ")
}

// ownerAt reports whether the word at text[start:end] is a possessive,
// "the pilots' association", "the ship's owner": it qualifies the noun it
// owns, and a name beside that is the owned thing's ("Lars Egede, a
// spokesman for the pilots' association" names no pilot). The word's
// token holds its "'s" ("pilot's"); a bare apostrophe after it is a plural
// possessive only after an "s" and when no opening quote stands earlier in
// the clause, where it closes the quote ("a new ‘harbour patrol’ Seawatch").
func ownerAt(text string, start, end int) bool {
	w := text[start:end]
	if endsGenitive(w) || possessiveAt(text, end) {
		return true
	}
	after := text[end:]
	if !strings.HasPrefix(after, "' ") && !strings.HasPrefix(after, "’ ") || !strings.HasSuffix(w, "s") {
		return false
	}
	clause := text[strings.LastIndexAny(text[:start], ".;:!?")+1 : start]
	return !strings.Contains(clause, "‘") && !strings.Contains(" "+clause, " '")
}

// endsGenitive reports whether the word w ends in the possessive's "'s"
// (straight or curly apostrophe): "pilot's", "Tidewell’s".
func endsGenitive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// placePreps are the prepositions before a name that say where something
// is; narrower than frame.go's locatives, which also take the scene-setting
// "on", "for", "with", "of".
var placePreps = wordSet("in at near from to into outside inside")

// possessive reports whether w may be a noun's possessive, its apostrophe
// typed or not: spelt as a plural ("girls": pluralNoun, which leaves out
// "its", "his", "this"), a plural's own with its bare apostrophe
// ("girls'", "pilots’"), or with the genitive's "'s" on a word that is no
// function word ("girl's", "dog’s"; "it's", "that's", "what's" are "is").
func possessive(w string) bool {
	if plural := strings.TrimRight(w, "'’"); plural != w {
		return pluralNoun(plural)
	}
	owner := unpossessed(w)
	return pluralNoun(w) || owner != w && owner != "" && !lexicon.IsFunctionWord(owner)
}

// singularOf returns the singular of w, a plural (pluralNoun): the first
// lexicon.Singulars reads of it that is a word of the dictionary
// ("ladies" → lady, "churches" → church, "girls" → girl), else w less its
// "-s".
func singularOf(w string) string {
	for s := range lexicon.Singulars(w) {
		if s != w && lexicon.IsWord(s) {
			return s
		}
	}
	return strings.TrimSuffix(w, "s")
}

// whoReach is how many words may stand between a name and the nearest
// word of the question for the name to be who it asks about.
const whoReach = 15

// passiveAsked reports whether a "who" question asks whom a deed was done
// to, in the passive: "who was captured", "who got rescued".
func passiveAsked(q *question) bool {
	w := q.words
	return len(w) >= 3 && w[0] == "who" && (copulas[w[1]] || getPassive[w[1]]) && (pastVerb(w[2]) || participles[w[2]])
}

// actsAfter reports whether name n of text (with the names coordinated
// with it) is the subject of a verb in the active voice right after it
// ("Argentina, Peru and Bolivia offered …"): one who did something.
func actsAfter(text string, n span) bool {
	rest := text[n.end:]
	if m := coordinatedNamesRE.FindStringIndex(rest); m != nil {
		rest = rest[m[1]:] // "Argentina, Peru and Bolivia offered …": past the names with it
	}
	next, _ := nextWord(rest)
	next = strings.ToLower(strings.Trim(next, ",;:.“”\"'"))
	return next != "" && (pastVerb(next) || lexicon.IsSayingVerb(next)) && !participles[next] && !copulas[next] && !getPassive[next]
}

// coordinatedNamesRE are the names coordinated after a name: ", Peru and
// Bolivia".
var coordinatedNamesRE = regexp.MustCompile(`^(?:(?:,| and|, and| or) [A-Z][\pL'’.-]*(?: [A-Z][\pL'’.-]*)*)+`)

// ledBy reports whether the name at byte at of text stands right after
// word, or word and an article: "to" names whom a deed went to ("the
// help sent to Calama"), "by" a passive's doer ("insured by the Nordic
// Shipowners' Mutual").
func ledBy(text string, at int, word string) bool {
	before := lastFieldsLower(text[:at], 2)
	n := len(before)
	return n > 0 && before[n-1] == word || n > 1 && articles[before[n-1]] && before[n-2] == word
}

// attributedTo reports whether name n of text is the source a passage
// cites with "according to" a few words before it ("…, according to the
// ship's owner, Piraeus-based Thessaly Maritime"): who says it, not who
// did it.
func attributedTo(text string, n span) bool {
	before := strings.ToLower(text[:n.start])
	i := strings.LastIndex(before, "according to ")
	return i >= 0 && wordCount(before[i:]) <= attributionReach && !strings.ContainsAny(before[i:], ".;")
}

// attributionReach is how many words "according to" and what stands
// between it and the name it cites may run to.
const attributionReach = 7

// saysOfItself reports whether the name at n of text, followed by a verb
// of saying, says something of itself: the clause it reports opens on a
// pronoun ("Belgium said it would support …", "Croatia and the Czech
// Republic said they would not deploy troops"), who is the name.
func saysOfItself(text string, n span) bool {
	after := firstFieldsLower(text[n.end:], 3)
	if len(after) < 2 || !lexicon.IsSayingVerb(strings.Trim(after[0], ",;:.“”\"'")) {
		return false
	}
	next := strings.Trim(after[1], ",;:“”\"'")
	if next == "that" && len(after) > 2 {
		next = strings.Trim(after[2], ",;:“”\"'")
	}
	return selfPronouns[next]
}

// selfPronouns open a clause a speaker reports of itself.
var selfPronouns = pronounSet(lexicon.SpeakerPronouns, "its", "their", "his", "her", "our")

// inDateline reports whether name n of text stands in the wire-style
// dateline that opens it ("KESSBY, May 9 (Coastline Press Agency) -"):
// the place the story was filed from and its outlet, who did nothing in
// it.
func inDateline(text string, n span) bool {
	return n.end <= datelineEnd(text)
}

// asksSaying reports whether a question asks who said something: a verb
// of saying among its words ("who said", "who announced", "who warned").
func asksSaying(q *question) bool {
	return slices.ContainsFunc(q.words, lexicon.IsSayingVerb)
}

// allAfter reports whether every span of spans starts at or after at, and
// there is one.
func allAfter(spans []span, at int) bool {
	for _, s := range spans {
		if s.start < at {
			return false
		}
	}
	return len(spans) > 0
}

// speaking reports whether the name at n of text says something: a verb
// of saying right before it ("said Quispe") or right after it ("Quispe
// said"); not one that demands or opposes a deed, its verb followed by
// "for" or "against" ("Colm Durrant called for Kallberg to appear …",
// "warned against …"), which is what the name did, no words it reports.
func speaking(text string, n span) bool {
	before, _ := precedingWord(text, n.start)
	after := firstFields(text[n.end:], 2)
	return before != "" && lexicon.IsSayingVerb(strings.ToLower(strings.Trim(before, ",;:“”\"'"))) ||
		len(after) > 0 && lexicon.IsSayingVerb(strings.ToLower(strings.Trim(after[0], ",;:.“”\"'"))) && !(len(after) > 1 && (after[1] == "for" || after[1] == "against"))
}

// relativeAntecedent is, where the question's words stand mostly in a
// relative clause about a person ("Witkoff, who has led talks with Russia,
// said that Trump …"), the name the clause is about, right before its
// ", who": what the clause says is said of that one, not of a name
// elsewhere in the sentence. ok is false when there is none, or the
// question names that one itself.
func (e *Engine) relativeAntecedent(q *question, text string, names, anchors []span) (span, bool) {
	for _, r := range relativeClauses(text) {
		if !strings.HasPrefix(text[r.start:], ", who ") {
			continue
		}
		inside, outside := 0, 0
		for _, a := range anchors {
			if a.start >= r.start && a.end <= r.end {
				inside++
			} else {
				outside++
			}
		}
		if inside == 0 || inside < outside {
			continue
		}
		for _, n := range names {
			if n.end == r.start && !e.mentionsEntity(q, text[n.start:n.end]) {
				return n, true
			}
		}
	}
	return span{}, false
}

// modifiesNext reports whether name n of text stands before a lower-case
// title that the next name follows ("Trump adviser Steve Witkoff",
// "Kremlin spokesman Dmitry Peskov"): it says whose the title is, and
// names no one asked for.
func (e *Engine) modifiesNext(text string, n span, rest []span) bool {
	if len(rest) == 0 {
		return false
	}
	between := strings.Fields(text[n.end:rest[0].start])
	if len(between) != 1 || !isLetters(between[0]) || isCapital(between[0]) {
		return false
	}
	w := strings.ToLower(between[0])
	t := e.analyze(w)
	return len(t) == 1 && e.titleWord(w, t[0].Term)
}

// ageApposition is the length of an age in apposition that opens s ("44,
// who drives …"), with its comma and space; 0 when s opens with none.
func ageApposition(s string) int {
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || !strings.HasPrefix(s[i:], ", ") {
		return 0
	}
	return i + 2
}
