// People described by title and place: the descriptors of each name and whom a question describes.

package qa

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// descriptors maps each person the articles name in full (the analysed
// surname) to the words the articles describe them by where they do so:
// "Special US envoy Steve Witkoff" makes witkoff a US envoy, "British
// Prime Minister Keir Starmer" makes starmer a British prime minister. A
// later sentence says only "Witkoff, who has led talks with Russia", and
// it is that sentence "which US envoy led talks with Russia?" asks for.
type descriptors map[string]map[string]bool

// maxDescribed is how many people a question may describe by title and
// still have them searched for: past it the title says too little (at 10 000
// articles "which president" describes 1 700 people).
const maxDescribed = 5

// maxDescriptorWords is how many words before a name can describe it.
const maxDescriptorWords = 4

// likeTitles maps each analysed title a question may use that is a
// person (titles.txt's [question] section, as a noun of a person: not
// "army" or "foreign") to the titles the articles give people that are
// kinds of it, by WordNet (lexicon.IsKindOf): itself, and for "leader" the
// president, the prime minister, the chancellor and the mayor. "The UK
// leader" is the British prime minister; "the Canadian ambassador" is not
// the Canadian prime minister. (GloVe's nearness was tried first: titles
// all stand near each other there, "ambassador" 0.58 from "minister".)
func (e *Engine) likeTitles() map[string][]string {
	out := map[string][]string{}
	var given []string
	for t := range e.titleWords {
		given = append(given, t)
	}
	sort.Strings(given) // a map's order is random; the lists are not
	for _, w := range lexicon.QuestionTitles() {
		ts := e.analyze(w)
		if len(ts) != 1 || !lexicon.IsPersonNoun(w) || lexicon.IsHonorific(w) {
			continue // "army", "foreign", "top": words of titles, no person; "sir" says only how one is addressed
		}
		q := ts[0].Term
		list := []string{q}
		for _, t := range given {
			word := e.titleWords[t]
			if t == q || !e.titleWord(word, t) || lexicon.IsHonorific(word) {
				continue
			}
			// "prime minister": a minister, and so a leader
			if slices.ContainsFunc(strings.Fields(word), func(part string) bool { return lexicon.IsKindOf(part, w) }) {
				list = append(list, t)
			}
		}
		out[q] = list
	}
	return out
}

// alike returns the analysed titles question title term may stand for
// (likeTitles), or term alone.
func (e *Engine) alike(term string) []string {
	if l, ok := e.alikeTitles[term]; ok {
		return l
	}
	return []string{term}
}

// readNames reads, in one walk over every name the corpus holds, the
// descriptors of everyone it names and the acronyms of its names of
// several words (acronyms.go).
func (e *Engine) readNames() (descriptors, map[string][]string) {
	people, acronyms := descriptors{}, map[string][]string{}
	for _, a := range e.c.Articles {
		for _, p := range a.Passages {
			text := p.Text
			// title case: every word of a headline looks like a name, so
			// it describes no one, though its names have initials
			titled := p.Kind == corpus.KindHeadline || p.Kind == corpus.KindSubhead
			for _, n := range e.names(text) {
				if !titled {
					e.describeName(people, text, n)
				}
				e.addAcronym(acronyms, text[n.start:n.end])
			}
		}
	}
	for _, terms := range acronyms {
		sort.Strings(terms) // a stable query, whatever order the articles came in
	}
	return people, acronyms
}

// describeName adds what describes the name at n in text: the titles and
// places at the front of the name ("French President Emmanuel Macron") and
// the lower-case titles just before it ("US envoy Steve Witkoff").
func (e *Engine) describeName(out descriptors, text string, n span) {
	toks := e.analyze(text[n.start:n.end])
	if len(toks) == 0 {
		return // stop words only: "The"
	}
	// the titles and places at its front, with the words that qualify a
	// title ("Interior Minister", "Tocopilla Mayor", "Seismologist")
	cut := e.trimmedTitles(text[n.start:n.end])
	var desc []string
	k := 0
	for k < len(toks) && toks[k].End <= cut {
		desc = append(desc, toks[k].Term)
		e.titleWords[toks[k].Term] = strings.ToLower(text[n.start+toks[k].Start : n.start+toks[k].End])
		k++
	}
	if k == len(toks) {
		return
	}
	person := text[n.start+toks[k].Start : n.end]
	if !strings.Contains(person, " ") || !e.personLike(person) {
		return // a full name only: a surname alone may be anyone's
	}
	terms, words := e.titleRunBefore(text, n.start)
	desc = append(desc, terms...)
	for i, t := range terms {
		e.titleWords[t] = words[i] // New alone writes it
	}
	led := leadClauseAfter(text, n)
	if led == (span{}) {
		led = leadSubjectBefore(text, n) // "the inquiry would be led by Frances Oduya"
	}
	// a title of leading written ("Council leader", "the team's chair")
	// makes a head of no more particular thing
	leaders := e.leaderTerms()
	isLeader := func(t string) bool { return slices.Contains(leaders, t) }
	written := slices.ContainsFunc(desc, isLeader)
	var things []string // the words of a thing led that is no body
	if led != (span{}) {
		// "Rodrigo Fuenzalida, who heads Chile’s … rescue team": its
		// head, chief, leader ("the rescue chief"); of a thing that is
		// no body ("who has run a bakery") only with it (leadBy)
		desc = append(desc, leaders...)
		if !ledBody(text[led.start:led.end]) {
			for _, t := range e.analyze(text[led.start:led.end]) {
				things = append(things, t.Term)
			}
		}
	}
	for k, ap := range []span{e.appositionBefore(text, n), e.descriptionAfter(text, n), led} {
		// "The European Union's humanitarian envoy, Elena Marchetti, …",
		// "Kenji Morimoto, the Japanese team leader, …", "Felipe Cárdenas
		// of the University of Chile": the words describe the person, as
		// do those of what they lead
		ts := e.analyze(text[ap.start:ap.end])
		for i, t := range ts {
			word := text[ap.start+t.Start : ap.start+t.End]
			if i+1 < len(ts) && e.titleWord(word, t.Term) {
				next := text[ap.start+ts[i+1].Start : ap.start+ts[i+1].End]
				if isCapital(next) && !e.titleWord(next, ts[i+1].Term) && !e.isPlace(next) && !isDemonym(next) {
					continue // another's title: "President" of "President Trump's son-in-law"
				}
			}
			desc = append(desc, t.Term)
			e.titleWords[t.Term] = strings.ToLower(word)
			written = written || k < 2 && isLeader(t.Term) // (not of what is led)
		}
	}
	word := func(t index.Token) string { return strings.ToLower(text[n.start+t.Start : n.start+t.End]) }
	if last := word(toks[len(toks)-1]); !lexicon.IsWord(last) || lexicon.IsName(last) {
		// (a body's name has none: "Survey", "Bank" are words, not
		// surnames) the first names: "did priya concede" is answered by
		// "Raghunathan did not concede", of the Priya Raghunathan named in
		// full before; a word English writes in lower case is none ("U.S.
		// Geological Survey")
		for _, t := range toks[k : len(toks)-1] {
			if w := word(t); lexicon.IsName(w) || !lexicon.IsWord(w) {
				desc = append(desc, t.Term)
			}
		}
	}
	surname := toks[len(toks)-1].Term
	if out[surname] == nil {
		out[surname] = map[string]bool{} // named in full: a person, described or not
	}
	e.noteLead(surname, written, led != (span{}), things)
	for _, d := range desc {
		out[surname][d] = true
	}
}

// descriptionAfter is what describes name n of text right after it: the
// body it is of (" of the University of Chile", orgAfterRE), or an
// apposition up to its first preposition (", the Japanese team leader,",
// ", the World Bank's vice president" of "…, the World Bank's vice
// president for Latin America,": a noun phrase closed by a mark); else an
// empty span.
func (e *Engine) descriptionAfter(text string, n span) span {
	rest := text[n.end:]
	if m := orgAfterRE.FindStringIndex(rest); m != nil {
		return span{n.end + m[0], n.end + m[1]}
	}
	body, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return span{}
	}
	end := strings.IndexAny(body, ",;:.()—–\"“”")
	if end <= 0 || !strings.HasPrefix(body[end:], ",") && !strings.HasPrefix(body[end:], ".") {
		return span{} // no closing mark: a list ("Macron, Zelensky and …") or a clause
	}
	desc := body[:end]
	head := desc
	words := strings.Fields(desc)
	at := 0 // where in desc the word being looked at starts
	for i, w := range words {
		at += strings.Index(desc[at:], w)
		if i > 0 && getFold(prepositions, w) {
			head = strings.TrimRight(desc[:at], " \t\u00a0")
			break
		}
		at += len(w)
	}
	if !appositive(head) || len(words) > maxDescriptionWords {
		return span{}
	}
	// the head only: what follows its preposition is another's ("the
	// son-in-law of President Trump") or a place the person serves ("for
	// Latin America"), not what the person is
	st := n.end + len(rest) - len(body)
	return span{st, st + len(head)}
}

// titlesBefore returns the analysed titles and places among the words
// just before byte at of text, nearest first, up to the first word that is
// neither: "Special US envoy" before "Steve Witkoff".
func (e *Engine) titlesBefore(text string, at int) []string {
	terms, _ := e.titleRunBefore(text, at)
	return terms
}

// titleRunBefore is titlesBefore with the words as written, lower case,
// beside their terms. It writes nothing: it runs at question time too.
func (e *Engine) titleRunBefore(text string, at int) (terms, words []string) {
	fields := strings.FieldsFunc(text[:at], unicode.IsSpace)
	for i := len(fields) - 1; i >= 0 && i >= len(fields)-maxDescriptorWords; i-- {
		w := unpossessed(fields[i])
		if w == "" || strings.ContainsAny(w, ",.;:!?()\"“”") {
			break
		}
		wt := e.analyze(w)
		// a noun for a person in lower case just before the name stands
		// as a title ("ecologist Martin Hale", "chief executive Malin
		// Aas"; WordNet's nouns whose commonest sense is a person)
		personBefore := len(terms) == 0 && w == strings.ToLower(w) && lexicon.IsPersonNoun(w)
		if len(wt) != 1 || !e.titleWord(w, wt[0].Term) && !e.isPlace(w) && !isDemonym(w) && !personBefore {
			if last := len(words) - 1; len(wt) == 1 && last >= 0 && w == fields[i] && (e.titleWord(words[last], terms[last]) || last == 0 && lexicon.IsPersonNoun(words[0])) && modifierNoun(w) {
				// the noun a title is of ("Council leader Aisha
				// Brannigan", "Deputy council leader Tom Okoro", "crane
				// operator Tomas Brandt"), as a question's "the council
				// leader" (beforeTitle)
				terms = append(terms, wt[0].Term)
				words = append(words, strings.ToLower(w))
				continue
			}
			if len(wt) == 1 && w != fields[i] && isCapital(w) && len(terms) > 0 {
				// "Trump's envoy Steve Witkoff": whose the title is
				// describes the person too, and ends the run
				terms = append(terms, wt[0].Term)
				words = append(words, strings.ToLower(w))
			}
			break
		}
		terms = append(terms, wt[0].Term)
		words = append(words, strings.ToLower(w))
	}
	return terms, words
}

// modifierNoun reports whether a word before a title may be the noun the
// title is of ("council" leader, "transport" secretary): a word of English
// that is no function word and no verb.
func modifierNoun(w string) bool {
	lw := strings.ToLower(w)
	return lexicon.IsWord(lw) && !lexicon.IsFunctionWord(lw) && !lexicon.IsVerb(lw) && !pastVerb(lw)
}

// describes returns how well the people a passage names match question
// term t of q, a title or a name (of a place, a body), by what describes
// them (a title also by the titles that are kinds of it where
// q.alikeTitles):
// 0.6 when one of them is so described, 0.4 when one named in the sentence
// before is ("Starmer said …. He said peace would only be possible if …"),
// 0 otherwise.
//
// A person who is a head, chief, leader or chair only by leading a thing
// that is no body (pairedLeader) is not so described for a leader title
// whose question names none of the thing's words or their near words
// (question.nearWords): "the leader" is not the one who runs a café.
func (e *Engine) describes(c *cand, t *qterm, q *question) float64 {
	if !t.entity && !t.title {
		// a common word of a description ("the summit's host", "the
		// Japanese team leader") is no title: "summit" is not matched by
		// every sentence naming the host
		return 0
	}
	if e.people[t.term] != nil {
		// a person's name means them, not whom it describes ("Trump" of
		// "Trump's envoy Steve Witkoff")
		return 0
	}
	leader, near := e.isLeaderTerm(t.term), []string(nil)
	for _, tt := range []struct {
		toks []index.Token
		w    float64
	}{{c.toks, 0.6}, {c.prevToks, 0.4}} {
		for _, tok := range tt.toks {
			if !e.peopleMask.may(tok.Term) {
				continue // (most words: no one's name, told without a hash)
			}
			d := e.people[tok.Term]
			if d == nil {
				continue
			}
			if leader && e.leaders[tok.Term] != nil {
				if near == nil {
					near = q.nearWords() // (read once, and only for one who leads)
				}
				if e.pairedLeader(tok.Term, near) {
					continue
				}
			}
			like := []string{t.term}
			if q.alikeTitles {
				like = e.alike(t.term) // "the UK leader": the prime minister
			}
			for _, a := range like {
				if d[a] {
					return tt.w
				}
			}
			for _, alt := range t.alts {
				if d[alt] {
					return tt.w
				}
			}
		}
	}
	return 0
}

// described returns the surnames of the people the question describes by
// title ("which US envoy", "the British PM"): everyone described by each
// of its titles and, when it gives places too, by one of them. They are
// searched for beside the question's words, so that "Witkoff, who has led
// talks with Russia" is found for "which US envoy led talks with Russia".
func (e *Engine) described(q *question) []string {
	out, _ := e.describedOf(q)
	return out
}

// describedOf is described, and whether the people were found by titles
// that stand for a kind of them (likeTitles).
func (e *Engine) describedOf(q *question) ([]string, bool) {
	var titled, placed []string
	person := false
	for kt := range q.terms {
		t := &q.terms[kt]
		if role := e.roleTerms(t.word, t.term); role != nil {
			titled = append(titled, role...) // "the kct ceo": "KCT's chief executive"
			continue
		}
		switch {
		case e.titles[t.term] && !t.entity || e.articleTitle(t):
			titled = append(titled, t.term)
		case t.entity && (e.isPlace(t.word) || isDemonym(t.word) || lexicon.IsCountryWord(strings.ToLower(t.word))):
			placed = append(placed, t.term) // "japanese" as typed in chat too
		case t.capital:
			placed = append(placed, t.term) // "the tokyo team leader": its country's, once kept (countryOf)
		case !t.entity && meansPerson(strings.ToLower(t.word)):
			person = true // "the Japanese guy": whomever the places describe
			if m := e.personModifier(q, *t); m != "" {
				placed = append(placed, m) // "the crane guy": whom "crane operator" describes
			}
		}
	}
	if len(titled) == 0 {
		if led, ok := e.runningRole(q); ok {
			return led, false // "the woman running the investigation": its head
		}
	}
	if len(titled) == 0 && (!person || len(placed) == 0) {
		return nil, false
	}
	var near map[string][]string
	if len(titled) > 0 {
		var ok bool
		if titled, placed, near, ok = e.rolePhrase(q, titled, placed); !ok {
			return nil, false // "the rescue chief": a chief, but of what no description says
		}
	}
	placed = e.countryOf(q, placed)
	// everyone the first title (or, with none, the first place)
	// describes, checked against the rest (not every person the articles
	// name: at 10 000 articles, a scan of them all was most of a
	// question's time)
	out := e.describedAs(titled, placed, exactly)
	if len(out) == 0 && len(near) > 0 {
		// "the head of the tokyo squad": the Japanese team leader, by
		// what the role's words mean
		out = e.describedAs(titled, placed, func(t string) []string { return append([]string{t}, near[t]...) })
	}
	alike := false
	if len(out) == 0 && len(titled) > 0 {
		// "the UK leader": the British prime minister, when that singles
		// one person out
		if like := e.describedAs(titled, placed, e.alike); len(like) == 1 {
			out, alike = like, true
		}
	}
	if len(titled) > 0 {
		out = slices.DeleteFunc(out, func(surname string) bool { return e.otherOffice(q, surname) })
		if slices.ContainsFunc(titled, e.isLeaderTerm) {
			// "who is the chair": not one who only runs a bakery
			// (pairedLeader); "the head of the bakery" is
			role := append(roleWords(titled, func(k int) []string { return near[titled[k]] }, e.isLeaderTerm), q.nearWords()...)
			out = slices.DeleteFunc(out, func(surname string) bool { return e.pairedLeader(surname, role) })
		}
	}
	if len(titled) == 0 && len(out) > 2 {
		return nil, false // "which US guy": a place alone singles out no one
	}
	if len(out) > maxDescribed {
		return nil, false // "which president": too many to search for, and none singled out
	}
	sort.Strings(out) // a map's order is random; a search's is not
	return out, alike
}

// rolePhrase reads the question's titles as the noun phrases they head:
// a place counts only within one ("the *tocopilla* mayor", "the mayor *of
// dunmore falls*", "the head *of the tokyo* squad"; not "did the
// president show up *in calama*"), and a noun right before a title is
// what the title is of and must describe the person too ("the *council*
// leader" is not the opposition leader; a word of when or where it is
// held that describes no one is not: "the *current* mayor", "the
// *interim* one": roleTime only, not adjectives in general), as must a noun of the phrase
// after its "of" that describes anyone ("the head of the *inquiry*"; one
// that describes no one may be a name's: "dunmore *falls*"). A noun
// describes by its own word or by words of nearly its meaning
// (roleNear: "squad" for "team"). It returns the titles with those
// nouns, the places kept, the words each title and noun may stand for
// beside its own (a noun's near words, a leader noun's the other leader
// nouns: "head" for "leader"), and false when a noun before a title
// describes no one the articles name: then the role is not known, and
// no one is guessed for it.
func (e *Engine) rolePhrase(q *question, titled, placed []string) ([]string, []string, map[string][]string, bool) {
	terms := make([]string, len(q.words)) // each word analysed once ("" for none, or several)
	for i, w := range q.words {
		terms[i] = termOf(e, unpossessed(w))
	}
	at := func(term string) int { return slices.Index(terms, term) }
	var heads []int // where each title stands in the question's words
	for _, t := range titled {
		if j := at(t); j >= 0 {
			heads = append(heads, j)
		}
	}
	if len(heads) == 0 {
		return titled, placed, nil, true // (a title read from an acronym's words: "ceo")
	}
	var kept []string
	for _, p := range placed {
		i := at(p)
		if i < 0 || slices.ContainsFunc(heads, func(j int) bool { return inRolePhrase(q.words, i, j) }) {
			kept = append(kept, p)
		}
	}
	out := titled
	near := map[string][]string{}
	// noun reports whether the question's word i may be a noun the role
	// is of, neither title nor place nor a word for a person
	noun := func(i int) bool {
		w, term := unpossessed(q.words[i]), terms[i]
		if w != q.words[i] && slices.ContainsFunc(q.terms, func(t qterm) bool { return t.term == term && t.entity }) {
			return false // a name's: whose the title is ("trump's envoy")
		}
		return term != "" && knownNoun(w) && !e.titleWord(w, term) && !e.isPlace(w) && !isDemonym(w) && !lexicon.IsCountryWord(w) && !meansPerson(w) && !q.capitalTerm(term)
	}
	for _, j := range heads {
		// back to a function word, or through the possessive that ends
		// a phrase before the title ("the *council's* leader")
		for i := j - 1; i >= 0 && !lexicon.IsFunctionWord(q.words[i]) && (i+1 == j || !strings.ContainsAny(q.words[i+1], "'’")); i-- {
			if !noun(i) {
				continue // (a capital is a place: "the lima team leader")
			}
			alts, skip, known := e.roleNoun(q.words[i], terms[i])
			if skip {
				continue
			}
			if !known {
				return nil, nil, nil, false
			}
			out = append(out, terms[i])
			near[terms[i]] = alts
		}
		of := roleOfPhrase(q.words, j)
		for k, i := range of {
			if !noun(i) || slices.Contains(out, terms[i]) {
				continue
			}
			alts, skip, known := e.roleNoun(q.words[i], terms[i])
			if skip {
				continue // "the head of the *current* inquiry"
			}
			if !known {
				if k > 0 && !lexicon.IsWord(q.words[of[k-1]]) {
					continue // a name's word: "the mayor of dunmor *falls*"
				}
				return nil, nil, nil, false // "the head of the inquiry", where no one is said to be
			}
			out = append(out, terms[i])
			near[terms[i]] = alts
		}
	}
	if len(out) > len(titled) || len(kept) > 0 {
		// a leader noun stands for the others where the role's other
		// words say whose: "the head of the tokyo squad" is its leader
		leaders := e.leaderTerms()
		for _, t := range titled {
			if slices.Contains(leaders, t) {
				near[t] = leaders
			}
		}
	}
	return out, kept, near, true
}

// capitalTerm reports whether analysed term is a capital of question q
// that stands for its country (qterm.capital).
func (q *question) capitalTerm(term string) bool {
	return slices.ContainsFunc(q.terms, func(t qterm) bool { return t.term == term && t.capital })
}

// countryOf returns placed with each capital of question q (qterm.capital:
// one no article names) given as the terms of its country and its
// people (capitalTerms): "the *tokyo* team leader" is the Japanese team
// leader, as "tokyo's view" is Japan's.
func (e *Engine) countryOf(q *question, placed []string) []string {
	var out []string
	for _, p := range placed {
		k := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == p && t.capital })
		if k < 0 {
			out = append(out, p)
			continue
		}
		for _, c := range e.capitalTerms(strings.ToLower(q.terms[k].word)) {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// otherOffice reports whether the person of surname is described by a
// word that makes their title another office (otherOfficeIn: "*Deputy*
// council leader Tom Okoro") that question q does not use: "the council
// leader" is not the deputy.
func (e *Engine) otherOffice(q *question, surname string) bool {
	d := e.people[surname]
	return e.otherOfficeIn(q, func(term string) bool { return d[term] })
}

// otherOfficeIn reports whether holds an office word's term (kinds.txt
// [office-words]: "deputy", "former") that question q does not use: a
// description so marked is another office than the one asked about. An
// office word that says only that the title is held for a while
// (forATime: "interim", "acting") is not: "Tom Okoro, the interim
// council leader" answers "who is the council leader", as the speaker
// readers keep that office (sameOffice). The two readers agree by
// choice, measured: 59269f4 had read such words as another office here
// too, and letting them keep it changed no answer of any set.
func (e *Engine) otherOfficeIn(q *question, holds func(term string) bool) bool {
	for _, w := range otherOfficeWords() {
		if t := termOf(e, w); t != "" && holds(t) && !q.has(t) {
			return true
		}
	}
	return false
}

// inRolePhrase reports whether words[i] stands in the noun phrase a title
// at words[j] heads: among the words right before it with no function
// word between, or after it in the phrase of its "of" (roleOfPhrase).
func inRolePhrase(words []string, i, j int) bool {
	if i < j {
		return !slices.ContainsFunc(words[i+1:j], lexicon.IsFunctionWord)
	}
	return slices.Contains(roleOfPhrase(words, j), i)
}

// roleOfPhrase returns where the words of the noun phrase after the "of" of a
// title at words[j] stand, past a determiner ("the head of *the* tokyo
// squad"): up to the first function word or mark, or the first word that
// is no noun and no name (a verb: "the mayor of calama *said*"), at most
// maxDescriptionWords of them (the phrase is what describes the person:
// a description's bound, not a short answer's; measured: 4, 12 and no
// bound gave the same answers on every set); nil where no "of" follows.
func roleOfPhrase(words []string, j int) []int {
	if j+1 >= len(words) || words[j+1] != "of" {
		return nil
	}
	k := j + 2
	if k < len(words) && descriptionOpeners[words[k]] {
		k++
	}
	var out []int
	for i := k; i < len(words) && len(out) < maxDescriptionWords; i++ {
		w := unpossessed(words[i])
		if lexicon.IsFunctionWord(w) || strings.ContainsAny(w, ",;:.?!'’") || lexicon.IsWord(w) && !knownNoun(w) {
			break
		}
		out = append(out, i)
		if w != words[i] {
			break // "the head of the council's inquiry": whose ends it
		}
	}
	return out
}

// articleTitle reports whether question term t is a title only the
// articles use before a name (titles.txt's [article] section: "mayor",
// "professor") in the singular, that describes someone the articles name:
// "the mayor" means the mayor they name ("Mayor Annelies Kroon"), as "the
// minister" does. A plural ("the mayors") is a group, and a title no one
// holds describes no one.
func (e *Engine) articleTitle(t *qterm) bool {
	lw := strings.ToLower(t.word)
	return !t.entity && t.title && !e.titles[t.term] && !pluralNoun(lw) && len(e.describedBy[t.term]) > 0
}

// personModifier is the analysed word of the question just before its
// noun for a person t, when that word is a common noun the articles
// describe someone by ("crane" of "the crane guy": "crane operator Tomas
// Brandt"); "" otherwise.
func (e *Engine) personModifier(q *question, t qterm) string {
	at := slices.Index(q.words, strings.ToLower(t.word))
	if at < 1 {
		return ""
	}
	prev := q.words[at-1]
	if lexicon.IsFunctionWord(prev) || meansPerson(prev) {
		return ""
	}
	toks := e.analyze(prev)
	if len(toks) != 1 || e.titles[toks[0].Term] || len(e.describedBy[toks[0].Term]) == 0 {
		return ""
	}
	return toks[0].Term
}

// describedAs returns the surnames of the people described by every title
// of titled, or by a word like gives for it, and by one of placed; with no
// title, by one of placed.
func (e *Engine) describedAs(titled, placed []string, like func(string) []string) []string {
	// every title must describe them, and one of the places: the people
	// of whichever describes fewest are walked, the rest checked (at
	// 10 000 articles a common title describes thousands); with no title,
	// the people of the first place
	var from []string
	if len(titled) > 0 {
		seed, size := -1, 0 // a title's index, or -1 for the places
		for _, p := range placed {
			size += len(e.describedBy[p])
		}
		for i, t := range titled {
			n := 0
			for _, l := range like(t) {
				n += len(e.describedBy[l])
			}
			if len(placed) == 0 && i == 0 || n < size {
				seed, size = i, n
			}
		}
		if seed >= 0 {
			for _, t := range like(titled[seed]) {
				from = append(from, e.describedBy[t]...)
			}
			titled = slices.Delete(slices.Clone(titled), seed, seed+1)
		} else {
			for _, p := range placed {
				from = append(from, e.describedBy[p]...)
			}
		}
	} else {
		from = e.describedBy[placed[0]]
	}
	var out []string
	seen := map[string]bool{}
	for _, surname := range from {
		if seen[surname] {
			continue
		}
		seen[surname] = true
		if len(out) > maxDescribed {
			break // too many already: the caller searches for none of them
		}
		d := e.people[surname]
		ok := true
		for _, t := range titled {
			ok = ok && slices.ContainsFunc(like(t), func(a string) bool { return d[a] })
		}
		if ok && len(placed) > 0 {
			ok = false
			for _, p := range placed {
				ok = ok || d[p]
			}
		}
		if ok {
			out = append(out, surname)
		}
	}
	return out
}
