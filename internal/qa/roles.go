// Roles and leaders: the people a role's words describe, and who heads what.

package qa

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// maxDescriptionWords is the most words a description of a person is read
// to (what a leader leads, an apposition before "led by", a role's noun
// phrase): a short answer's length (maxShortWords), past which a run of
// words is a clause, not a description.
const maxDescriptionWords = maxShortWords

// roleTerms returns, for a word (analysed as term) that is an acronym of
// a person's title the lexicon knows (WordNet's: "ceo", chief executive
// officer; "cfo"), the
// analysed words a description must hold to give that title: all of the
// expansion's, but for one of three words or more not its last, the
// general noun the articles leave off ("KCT's chief executive, Henrik
// Adema"); nil for any other word, and for a surname the articles give
// ("Mina Po" is no petty officer) and for a word the articles' people
// are described by as written (their own title: "Labour MP Jane Dorrit"
// is no military policeman). A title's expansion ends on a noun for a
// person ("officer", "minister").
func (e *Engine) roleTerms(w, term string) []string {
	if _, named := e.people[term]; named || len(e.describedBy[term]) > 0 {
		return nil
	}
	for _, full := range lexicon.Acronym(strings.ToLower(w)) {
		if len(full) < 2 || !lexicon.IsPersonNoun(full[len(full)-1]) {
			continue
		}
		if len(full) >= 3 {
			full = full[:len(full)-1]
		}
		var terms []string
		for _, t := range e.analyze(strings.Join(full, " ")) {
			terms = append(terms, t.Term)
		}
		return terms
	}
	return nil
}

// rolePeople returns the quoted people whose descriptions hold every one
// of terms (roleTerms), sorted.
func (qp *quotedPeople) rolePeople(terms []string) []int {
	if len(terms) == 0 {
		return nil
	}
	var out []int
	for _, i := range qp.byDesc[terms[0]] {
		if !slices.ContainsFunc(terms[1:], func(t string) bool { return !qp.list[i].desc[t] }) {
			out = append(out, i)
		}
	}
	return out
}

// leadClauseAfter is what the person of name n of text leads by a
// relative clause right after the name: the object of a verb of leading
// (kinds.txt [lead-words], in the sense of leading, leadsHere) in the
// present, past any adverbs before it (pastAdverbs: "who also heads")
// ("Rodrigo Fuenzalida, who heads Chile’s national urban search
// and rescue team", "Lorraine Kemp, who has run a bakery at number 42")
// up to its first preposition or mark; else an empty span. Not a past
// role ("who led the team in 2010"), and not a plural object ("who has
// led talks with Russia"): acts, or many things, not a body one heads.
func leadClauseAfter(text string, n span) span {
	at := n.end + len(", who ")
	if !strings.HasPrefix(text[n.end:], ", who ") {
		return span{}
	}
	clause := lowerASCII(text[at:])
	if end := strings.IndexAny(clause, ",;:.()—–\"“”"); end >= 0 {
		clause = clause[:end]
	}
	words := strings.Fields(clause)
	k := pastAdverbs(words, 0) // "who *also* heads", "who *currently* runs"
	perfect := k < len(words) && (words[k] == "has" || words[k] == "have")
	if perfect {
		k = pastAdverbs(words, k+1) // "who has run a bakery", "who has *long* run"
	}
	if k >= len(words) || !leadingWords[words[k]] || !leadsHere(words, k) {
		return span{}
	}
	if present := strings.HasSuffix(words[k], "s") || strings.HasSuffix(words[k], "ing"); perfect == present {
		return span{} // "who heads", "who has headed"; not "who led"
	}
	obj := words[k+1:]
	for i, w := range obj {
		if getFold(prepositions, w) {
			obj = obj[:i]
			break
		}
	}
	if len(obj) == 0 || len(obj) > maxDescriptionWords {
		return span{}
	}
	if last := obj[len(obj)-1]; singularOf(last) != last && lexicon.IsWord(singularOf(last)) || !nounBefore(last) {
		return span{} // "talks", "efforts"; a clause that goes on ("runs it well")
	}
	// the object as written: from its first word to the end of its last
	// (lowerASCII keeps every byte where it was)
	from := 0
	for _, w := range words[:k+2] {
		from += strings.Index(clause[from:], w) + len(w)
	}
	from -= len(obj[0])
	to := from
	for _, w := range obj {
		to += strings.Index(clause[to:], w) + len(w)
	}
	return span{at + from, at + to}
}

// pastAdverbs is the index of the first word of words from i on that is
// no adverb (lexicon.IsAdverb: "also", "currently", "now"), or that is
// one that negates (negationWord: "who *no* longer runs", "who has *never*
// run") or places the act at an earlier time (earlierTime: "who has
// *previously* led"): a reader of a verb reads past the others to it,
// and stops at these, which are no verb of leading, so no current role
// is read through them.
func pastAdverbs(words []string, i int) int {
	for i < len(words) && lexicon.IsAdverb(words[i]) && !negationWord(words[i]) && !earlierTime(words[i]) {
		i++
	}
	return i
}

// pastTime is the head of WordNet's cluster of adjectives of an earlier
// time, whose similar adjectives are "former", "previous", "erstwhile",
// "onetime" (lexicon.Similar).
const pastTime = "past"

// newTime is the head of WordNet's cluster of adjectives of what is new
// ("fresh", "newfound", "recent"): an adjective of pastTime's cluster
// whose commonest sense is one of these ("recent", of the immediate past)
// places an act near now.
const newTime = "new"

// earlierTime reports whether adverb w is an adjective of pastTime's
// cluster in -ly ("formerly", "previously"): an act so placed is over.
// Not one whose commonest sense is similar to newTime ("who has
// *recently* headed the union" heads it still).
func earlierTime(w string) bool {
	adj, ok := strings.CutSuffix(w, "ly")
	if !ok {
		return false
	}
	similar := lexicon.Related(adj, lexicon.Similar)
	return adj == pastTime ||
		slices.Contains(lexicon.Related(pastTime, lexicon.Similar), adj) && !slices.Contains(similar, newTime) ||
		slices.Contains(similar, pastTime)
}

// leaderTitles are the nouns for whoever is in charge of a thing, by no
// particular office: kinds.txt [lead-nouns] ("head", "chair", "leader")
// and the question titles WordNet gives as kinds both of leader and of
// higher-up ("chief"; not "president", an office). One who heads a team
// is its head, its chief, its leader.
var leaderTitles = sync.OnceValue(func() []string {
	var out []string
	for w := range leadNouns {
		out = append(out, w)
	}
	for _, w := range lexicon.QuestionTitles() {
		if lexicon.IsKindOf(w, "leader") && lexicon.IsKindOf(w, "higher-up") && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
})

// leaderTerms are leaderTitles analysed: "head", "chief", "leader" and
// "chair" stand for each other in a role ("the head of the tokyo squad"
// is the Japanese team leader).
func (e *Engine) leaderTerms() []string {
	var out []string
	for _, w := range leaderTitles() {
		for _, t := range e.analyze(w) {
			out = append(out, t.Term)
		}
	}
	return out
}

// leadBy is how a person heads something, gathered over every mention
// of them (describeName): body is set where a title of leading is written
// in their description ("Council leader", "the team's chair") or what a
// clause says they lead is a body of people (ledBody: "who heads the
// rescue squad"); things holds the analysed words of what they lead that
// is no body ("who has run a *bakery*", "the flood *inquiry* would be
// led by"). A head, chief, leader or chair by such a thing alone is so
// only of it: "who is the chair" does not mean the baker, "the head of
// the bakery" does (pairedLeader).
type leadBy struct {
	body   bool
	things map[string]bool
}

// noteLead records in e.leaders how the person of surname heads something
// by one mention of them (describeName): by a title of leading written
// in their description (written), or by what a clause says they lead
// (led), whose words things are when it is no body (nil for a body).
func (e *Engine) noteLead(surname string, written, led bool, things []string) {
	if !written && !led {
		return
	}
	l := e.leaders[surname]
	if l == nil {
		l = &leadBy{}
		e.leaders[surname] = l
	}
	if written || things == nil {
		l.body = true
		return
	}
	if l.things == nil {
		l.things = map[string]bool{}
	}
	for _, t := range things {
		l.things[t] = true
	}
}

// ledBody reports whether a thing led, as written ("the county's
// swift-water rescue squad", "a bakery"), is a body of people: its last
// word, singular, an English noun one of whose common senses is a group
// of people by WordNet (lexicon.IsGroupNoun: "team", "squad", "council",
// "union", "unit"; not "bakery", "café" or "inquiry"), or a name, its last word
// capitalised as written (isCapital) and, lower-cased, no common noun
// (knownNoun: "Oxfam"): a name whose head is a common noun is a body by
// that noun alone ("the Harlow Town *Council*"), as one written lower
// case is; "the Rose *Bakery*" is a bakery, "the Crown *Inquiry*" an
// inquiry. Its head is a head, chief, leader of no more particular thing.
func ledBody(thing string) bool {
	last := unpossessed(lastWord(thing))
	w := strings.ToLower(last)
	return w != "" && (isCapital(last) && !knownNoun(w) || lexicon.IsGroupNoun(w))
}

// pairedLeader reports whether the person of surname is a head, chief,
// leader or chair only by leading things that are no body (leadBy), none
// of whose words is among the question's role words role (its nouns and
// their near words): "who is the chair" is not the baker; "the bakery
// boss" is.
func (e *Engine) pairedLeader(surname string, role []string) bool {
	l := e.leaders[surname]
	if l == nil || l.body || len(l.things) == 0 {
		return false
	}
	return !slices.ContainsFunc(role, func(t string) bool { return l.things[t] })
}

// isLeaderTerm reports whether analysed term is one of leaderTerms.
func (e *Engine) isLeaderTerm(term string) bool {
	return slices.Contains(e.leaderTerms(), term)
}

// roleWords returns a role's analysed words terms that are no leader
// title (leader), each followed by the words near gives for it (by its
// index in terms; nil for none): what a head, chief or leader the role
// asks for is of ("the *bakery* boss", "the head of the *inquiry*").
// describedOf (who-is questions) and the quotation look-up (whoIs, by
// ledWords) both read a leader title's role so. The result is never nil:
// mentions reads nil as "not read yet".
func roleWords(terms []string, near func(k int) []string, leader func(string) bool) []string {
	out := []string{}
	for k, t := range terms {
		if !leader(t) {
			out = append(out, t)
			if near != nil {
				out = append(out, near(k)...)
			}
		}
	}
	return out
}

// nearWords returns the question's analysed words with their synonyms
// and the articles' words nearest in meaning (qterm.alts, qterm.soft): what
// a thing led may be called in it ("investigation" for the inquiry).
func (q *question) nearWords() []string {
	var out []string
	for _, t := range q.terms {
		out = append(out, t.term)
		out = append(out, t.alts...)
		for _, a := range t.soft {
			out = append(out, a.term)
		}
	}
	return out
}

// exactly is the word a role's term stands for in a description when
// only its own does: itself.
func exactly(term string) []string { return []string{term} }

// roleNear returns the analysed words that describe someone (by
// describes) and mean nearly what a question's noun of a role means, word
// analysed as term: its WordNet synonyms, and the articles' words GloVe
// puts within soft matching's least similarity of it (softAlts: "team"
// for "squad", "inquiry" for "investigation"); no title, since titles
// all stand near each other there ("ambassador" 0.58 from "minister"),
// and not term itself; nil for none. A thing's kind (WordNet's physical
// nouns) is said by its own word only: GloVe puts other kinds near it (a
// "truck" 0.71 from a "taxi", a "ship" 0.67 from a "ferry"), where a
// group's or a deed's near words say the same ("squad" 0.78 from "team",
// "relief" 0.73 from "humanitarian").
func (e *Engine) roleNear(word, term string, describes func(string) bool) []string {
	lw := strings.ToLower(word)
	if lexicon.IsPhysicalNoun(lw) {
		return nil
	}
	var out []string
	add := func(t string) {
		if t != term && !e.titles[t] && describes(t) && !slices.Contains(out, t) {
			if w, ok := e.titleWords[t]; !ok || !e.titleWord(w, t) && !e.isPlace(w) && !isDemonym(w) && !lexicon.IsPhysicalNoun(w) {
				out = append(out, t)
			}
		}
	}
	for _, s := range lexicon.Synonyms(lw) {
		if ts := e.analyze(s); len(ts) == 1 {
			add(ts[0].Term)
		}
	}
	vec, _ := lexicon.Default().Vector(lw)
	for _, a := range e.softAlts(qterm{term: term, word: word, vec: vec}, nil, false) {
		if a.w >= softScale*softMin {
			add(a.term)
		}
	}
	return out
}

// leadSubjectBefore is what the person of name n of text leads by a
// passive of leading before the name (kinds.txt [lead-before]), right
// before it or before a short apposition to it: its subject ("the
// *inquiry* would be led by Frances Oduya", "its *inquiry* would be led
// by its deputy chair, Margit Sollen"), a noun phrase back from its
// singular noun past the function words between them, to the first
// function word or mark; else an empty span. Not a plural ("talks
// lasting 19 hours, led by …": acts, or many things), and not across a
// mark.
func leadSubjectBefore(text string, n span) span {
	before := lowerASCII(text[:n.start])
	at := -1
	for _, p := range leadBefore {
		i := strings.LastIndex(before, " "+p+" ")
		if i < 0 {
			continue
		}
		ap := before[i+len(p)+2:]
		if ap != "" {
			// "led by its deputy chair, Margit Sollen"
			desc, ok := strings.CutSuffix(ap, ", ")
			if !ok || desc == "" || indexAny(desc, ",;:.()—–\"“”") >= 0 || len(strings.Fields(desc)) > maxDescriptionWords {
				continue
			}
		}
		at = max(at, i)
	}
	if at < 0 {
		return span{}
	}
	from := afterLastMark(before[:at], ",;:.()—–\"“”")
	words := strings.Fields(before[from:at])
	k := len(words) - 1
	for k >= 0 && (auxiliaries[words[k]] || beForms[words[k]]) {
		k-- // "would be", "has been"
	}
	if k < 0 || k == len(words)-1 {
		return span{} // "that led by", or no auxiliary: "talks led by"
	}
	head := unpossessed(words[k])
	if head != words[k] || lexicon.IsFunctionWord(head) || !nounBefore(head) || singularOf(head) != head && lexicon.IsWord(singularOf(head)) {
		return span{}
	}
	first := k
	for first > 0 && k-first+1 < maxDescriptionWords && !lexicon.IsFunctionWord(words[first-1]) && !descriptionOpeners[words[first-1]] {
		first--
	}
	// the words as written: lowerASCII keeps every byte where it was
	start := from
	for _, w := range words[:first] {
		start += strings.Index(before[start:], w) + len(w)
	}
	start += strings.Index(before[start:], words[first])
	end := start
	for _, w := range words[first : k+1] {
		end += strings.Index(before[end:], w) + len(w)
	}
	return span{start, end}
}

// whenOrWhere reports whether question word w, before a title or in
// what it is of, may say when the title is held rather than what it is
// of: a word of roleTime ("current", "interim"). An adjective in general
// does not ("foreign", "national", "senior" make another office of the
// title), nor does a place: "the tokyo team leader" is the Japanese one.
func whenOrWhere(w string) bool {
	return getFold(roleTime, w)
}

// sameOffice reports whether question or passage word w says when or
// where a title is held (whenOrWhere) and leaves it the same office:
// "the *current* minister" is the minister, and so is "the *interim*
// minister", whose office word (officeWords) says only that it is held
// for a while (forATime); "the *former* minister" is another.
func sameOffice(w string) bool {
	return whenOrWhere(w) && !slices.Contains(otherOfficeWords(), w)
}

// otherOfficeWords are the office words (officeWords) that make another
// office of a title: all but those that say only that it is held for a
// while (forATime), the one rule sameOffice and otherOfficeIn read. Each
// word's answer is fixed, so WordNet is asked once, not on each call.
var otherOfficeWords = sync.OnceValue(func() []string {
	return slices.DeleteFunc(slices.Clone(officeWords), forATime)
})

// heldForATime is the head of WordNet's cluster of adjectives that say
// a thing lasts only a while, whose similar adjectives are "interim",
// "acting", "makeshift", "transitory" (lexicon.Similar).
const heldForATime = "temporary"

// forATime reports whether w is an adjective WordNet reads as similar to
// heldForATime: a title so qualified is held now, for a while ("the
// *acting* minister"), not by a past holder ("former") nor of another rank
// ("deputy").
func forATime(w string) bool {
	return slices.Contains(lexicon.Related(w, lexicon.Similar), heldForATime)
}

// describesSomeone reports whether analysed word term describes anyone
// the articles name: a person (describedBy) or a quoted speaker, by the
// title the quotation gives (quotedPeople.byDesc). Neither table holds
// the other: the readers of a question's role (roleNoun) and of who
// speaks (whoIsBy) pass over a word of when a title is held that
// describes no one by this one reading ("Paul Voss, the *future* party
// leader" makes "future" a description in both).
func (e *Engine) describesSomeone(term string) bool {
	return len(e.describedBy[term]) > 0 || len(e.qix.people.byDesc[term]) > 0
}

// roleNoun reads question word w, analysed as term, as a noun a role is
// of. skip is true for a word of when or where it is held (whenOrWhere)
// that describes no one (describesSomeone): it is passed over ("the
// *current* harbour chief"). Else alts are the words of nearly its
// meaning that describe someone (roleNear), and known is false where
// neither term nor they describe anyone the articles name: then the role
// is not known.
func (e *Engine) roleNoun(w, term string) (alts []string, skip, known bool) {
	if !e.describesSomeone(term) && whenOrWhere(w) {
		return nil, true, false
	}
	describes := func(t string) bool { return len(e.describedBy[t]) > 0 }
	alts = e.roleNear(w, term, describes)
	return alts, false, describes(term) || len(alts) > 0
}

// runningRole reads a question's noun for a person followed by a verb of
// leading in -ing, past any adverbs before it, and its object ("the woman
// *running the investigation*", "the guy heading the rescue team", "the
// man now leading the inquiry") as the role of the
// object's head (leaderTitles) and returns the surnames of the people
// described so, by the object's nouns or words of nearly their meaning
// (roleNear: "inquiry" for "investigation"), and true; false where the
// question has no such phrase. Its nouns must describe someone: else no
// one is guessed.
func (e *Engine) runningRole(q *question) ([]string, bool) {
	w := q.words
	at := -1
	for i := 0; i+2 < len(w); i++ {
		if !meansPerson(w[i]) {
			continue
		}
		j := pastAdverbs(w, i+1) // "the man *now* leading"
		if j+1 < len(w) && leadingWords[w[j]] && strings.HasSuffix(w[j], "ing") && leadsHere(w, j) {
			at = j + 1
			break
		}
	}
	if at < 0 {
		return nil, false
	}
	if descriptionOpeners[w[at]] {
		at++
	}
	leaders := e.leaderTerms()
	if len(leaders) == 0 {
		return nil, false
	}
	titled := []string{leaders[0]}
	near := map[string][]string{leaders[0]: leaders}
	for i := at; i < len(w) && i-at < maxDescriptionWords && !lexicon.IsFunctionWord(w[i]) && knownNoun(w[i]); i++ {
		ts := e.analyze(unpossessed(w[i]))
		if len(ts) != 1 || meansPerson(w[i]) {
			break
		}
		alts, skip, known := e.roleNoun(w[i], ts[0].Term)
		if skip {
			continue // "the woman running the *current* inquiry"
		}
		if !known {
			return nil, true // what no one is said to lead
		}
		titled = append(titled, ts[0].Term)
		near[ts[0].Term] = alts
	}
	if len(titled) == 1 {
		return nil, false
	}
	out := e.describedAs(titled, nil, func(t string) []string { return append([]string{t}, near[t]...) })
	if len(out) > maxDescribed {
		return nil, true
	}
	sort.Strings(out)
	return out, true
}
