package qa

import (
	"bytes"
	"iter"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// typeScore says whether a passage holds what the question asks for: names
// for "who", a date for "when", a number for "how many", and so on.
func (e *Engine) typeScore(q *question, c *cand) float64 {
	if f := specOf(q.kind).typeScore; f != nil {
		return f(e, q, c)
	}
	return 0.5 // a kind with no type of its own: every passage may hold it
}

// typeYesNo scores a passage for a yes/no question. One that asks what
// is to come ("is chile gonna foot the bill", "will german soldiers be
// stationed") is answered by a sentence that says what will be, by a
// modal ("Chile would pay for most of the rebuilding itself"), more than
// by one that tells what was ("Governments … pledged about $1.3
// billion"); one asked of the present ("still", "now": question.report)
// by a sentence in the present perfect, what has become so
// (saysWhatHasBecome), more than by one of a past moment. Such a
// sentence scores halfway to a full type (yesNoProspect), for its tense
// tells the time, not the claim. Any other yes/no question has no type:
// every passage may hold it.
func (e *Engine) typeYesNo(q *question, c *cand) float64 {
	if q.future && e.factsOf(c.a, &c.p).future {
		return yesNoProspect
	}
	if q.report == latestReport && e.factsOf(c.a, &c.p).perfect {
		// "is the canal pilot still working": "The canal pilot … has been
		// taken off duty", the state things are in now
		return yesNoProspect
	}
	return 0.5
}

// yesNoProspect is typeYesNo's score for a sentence in the tense the
// question asks of.
const yesNoProspect = 0.75

// saysWhatWillBe reports whether a sentence says what is to come by a
// modal ("would stay until at least April 24", "they'll reopen") or
// "going to" and a verb ("going to stay", "going to rain"); not the noun
// "will" after a determiner or an adjective ("little political will for
// a deal"), nor a going somewhere, a noun phrase after "to" ("going to
// the hospital").
func saysWhatWillBe(text string) bool {
	words := strings.Fields(strings.ToLower(strings.Map(keepWordRune, text)))
	for i, w := range words {
		prev, next := "", ""
		if i > 0 {
			prev = words[i-1]
		}
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case w == "will" && (nounOpeners[prev] || articles[prev] || lexicon.IsAdjective(prev)) && next != "be" && next != "not" && !lexicon.IsVerbBase(next):
			// "little political will for a deal"; but "The injured will be
			// taken", "Many will return"
		case futureModal(w) || strings.HasSuffix(w, "'ll"):
			return true
		case w == "going" && next == "to" && i+2 < len(words) && !nounOpeners[words[i+2]] && !articles[words[i+2]] && !prepositions[words[i+2]]:
			return true
		}
	}
	return false
}

// saysWhatHasBecome reports whether a sentence tells a state that holds
// now, by the present perfect: "has" or "have" and, within two words,
// "been" or a verb in the past ("has been cut in most districts", "have
// not reopened").
func saysWhatHasBecome(text string) bool {
	words := strings.Fields(strings.ToLower(strings.Map(keepWordRune, text)))
	for i, w := range words {
		if w != "has" && w != "have" || i > 0 && (words[i-1] == "who" || words[i-1] == "which") {
			// (a relative clause's is a side remark: "The mayor, who has
			// visited the site twice, said")
			continue
		}
		for _, v := range words[i+1 : min(len(words), i+3)] {
			if v == "been" || pastVerb(v) {
				return true
			}
		}
	}
	return false
}

// notLeader is typeWho's most for a passage that gives no one as a
// leader, of a question that asks who leads something.
const notLeader = 0.5

// namesLeader reports whether text gives a person as a leader: after a
// noun for one (a kind of leader by WordNet, personkinds.txt, or
// kinds.txt [lead-nouns]: "Council leader Aisha Brannigan", "Its managing
// director, Carl Whitmore") or "led by" ([lead-before]), or followed by
// an apposition that holds such a noun ("Kenji Morimoto, the Japanese
// team leader") or by ", who heads" ([lead-after]).
func (e *Engine) namesLeader(q *question, text string) bool {
	lower := lowerASCII(text)
	for _, n := range e.names(text) {
		before := strings.TrimRight(lower[:n.start], " ,")
		if leaderNoun(lastWord(before)) {
			return true
		}
		for _, cue := range leadBefore {
			if strings.HasSuffix(before, cue) {
				return true
			}
		}
		if end := appositionEnd(text, n.end); end > n.end && !e.leadsOther(q, text[n.end:end]) {
			// "Kenji Morimoto, the Japanese team leader, said …"; not
			// "Ben Tully, leader of the council's opposition group" for
			// who is in charge of the inquiry
			for w := range strings.FieldsSeq(lower[n.end:end]) {
				if leaderNoun(strings.Trim(w, ",;:")) {
					return true
				}
			}
		}
		after := strings.TrimPrefix(lower[n.end:], ", ")
		for _, cue := range leadAfter {
			if strings.HasPrefix(after, cue+" ") {
				return true
			}
		}
	}
	return false
}

// leadsOther reports whether an apposition says whom its leader leads,
// by "of" and words none of which the question holds: "leader of the
// council's opposition group" leads no inquiry.
func (e *Engine) leadsOther(q *question, apposition string) bool {
	_, led, ok := strings.Cut(apposition, " of ")
	if !ok {
		return false
	}
	for _, t := range e.analyze(led) {
		if len(q.lookup[t.Term]) > 0 {
			return false
		}
	}
	return true
}

// leaderNoun reports whether w (lower case) is a noun for one who leads:
// a kind of leader by WordNet (personkinds.txt) or one of kinds.txt's
// [lead-nouns].
func leaderNoun(w string) bool {
	return w != "" && (leadNouns[w] || lexicon.IsKindOf(w, "leader"))
}

// leadNouns are kinds.txt's [lead-nouns].
var leadNouns = cueSet("lead-nouns")

// leadBefore and leadAfter are kinds.txt's [lead-before] and [lead-after],
// each phrase as one string.
var leadBefore, leadAfter = cuePhrases("lead-before"), cuePhrases("lead-after")

// cuePhrases are the phrases of a kinds.txt section, each as one string.
func cuePhrases(section string) []string {
	var out []string
	for _, cue := range cueLists[section] {
		out = append(out, strings.Join(cue, " "))
	}
	return out
}

// asksLeader reports whether q asks who leads something ("who runs the
// council", "whos in charge of the inquiry"); not "which country will
// lead the monitoring", which a country answers.
func asksLeader(q *question) bool {
	return q.leads && q.nameOf == "" && !q.defines && !q.wantsCountry()
}

// givesLeader reports whether the passage c, or the sentence before or
// after it in its paragraph, says that anyone leads (saysLeads): a person
// or a body, named there or not ("a US-led monitoring mechanism", "the
// mayor said"). The sentence after goes on with the one the passage names
// ("Harwick's main bus company, Wendline Buses, said … / Its managing
// director, Carl Whitmore, …").
func givesLeader(c *cand) bool {
	if saysLeads(c.p.Text) {
		return true
	}
	for _, seq := range []int{c.p.Seq - 1, c.p.Seq + 1} {
		if seq < 0 || seq >= len(c.a.Passages) {
			continue
		}
		if p := c.a.Passages[seq]; p.Block == c.p.Block && p.Kind == c.p.Kind && saysLeads(p.Text) {
			return true
		}
	}
	return false
}

// saysLeads reports whether text says that someone or some body leads,
// named or not: by a word of kinds.txt's [lead-words], alone or after a
// hyphen ("would see the US lead a truce monitoring mechanism", "the
// European-led multinational force", "under Kyiv's leadership"), by a
// noun for a leader ("the mayor said", leaderNoun; not a lawmaker's) or
// by an acronym of one ("the airline's ceo").
func saysLeads(text string) bool {
	words := strings.FieldsFunc(lowerASCII(text), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		if leadingWords[w] && leadsHere(words, i) || leaderNoun(w) && !lawmaker(w) || leaderAcronym(w) {
			return true
		}
	}
	return false
}

// leadsHere reports whether the lead word words[i] says leading where it
// stands, not another sense of it: "led to the closure" (caused), "the
// storm headed north" (went), "running for cover" (a run with no object),
// "direct flights" (the adjective), "free of charge" (but "in charge of").
func leadsHere(words []string, i int) bool {
	next, prev := "", ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	if i > 0 {
		prev = words[i-1]
	}
	w := words[i]
	switch {
	case w == "charge":
		return prev == "in"
	case w == "direct":
		return false
	case next == "to" && (w == "lead" || w == "leads" || w == "leading" || w == "led"):
		return false
	case w == "head" || w == "heads" || w == "heading" || w == "headed":
		// "headed by", "heads the agency"; not a way gone
		return next == "by" || !compassWords[next] && next != "home" && (nounOpeners[next] || !prepositions[next] && !particles[next])
	case w == "run" || w == "runs" || w == "running" || w == "ran":
		// with an object, or "by" its doer: "runs the company", "ran
		// Tidewell", "run by the council"
		return next == "by" || next != "" && (nounOpeners[next] || !lexicon.IsFunctionWord(next) && !prepositions[next] && !particles[next])
	}
	return true
}

// compassWords are the directions one heads in: "headed north".
var compassWords = wordSet("north south east west northward southward eastward westward northwards southwards eastwards westwards northeast northwest southeast southwest inland offshore")

// lawmaker reports whether w (lower case) is a noun for a lawmaker, a
// kind of leader by WordNet who sits in a body and leads none: "Senator
// Patricio Olave", "Opposition lawmakers said".
func lawmaker(w string) bool {
	return lexicon.IsKindOf(w, "lawmaker") || strings.TrimSuffix(w, "s") == "lawmaker"
}

// leaderAcronym reports whether w (lower case) is an acronym of a title
// that holds a noun for one who leads: "ceo" (chief executive officer),
// "pm" (prime minister).
func leaderAcronym(w string) bool {
	for _, full := range lexicon.Acronym(w) {
		if slices.ContainsFunc(full, leaderNoun) {
			return true
		}
	}
	return false
}

// leadingWords are kinds.txt's [lead-words].
var leadingWords = cueSet("lead-words")

// typeWho is typeScore for "who" questions.
func (e *Engine) typeWho(q *question, c *cand) float64 {
	if asksLeader(q) {
		if e.namesLeader(q, c.p.Text) {
			return 1 // "Council leader Aisha Brannigan", "led by Frances Oduya" for "who runs …"
		}
		return min(e.typeWhoAny(q, c), notLeader) // names, but none given as a leader
	}
	return e.typeWhoAny(q, c)
}

// typeWhoAny is typeWho of any "who" question, whoever it asks for.
func (e *Engine) typeWhoAny(q *question, c *cand) float64 {
	text := c.p.Text
	if q.role {
		// "who is the French president": a name the role stands with
		free := e.freeSpans(q, text, e.names(text))
		if s, ok := e.titled(q, c, free, nil); ok {
			if q.plural && !slices.ContainsFunc(groupNames(text, free), func(g span) bool { return g.start <= s.start && s.end <= g.end && g.end-g.start > s.end-s.start }) {
				return 0.7 // "who were the US envoys": one where the passage names no more with it
			}
			return 1
		}
		return 0
	}
	if q.nameOf != "" {
		// "what's the name of Calama's main hospital": a name that
		// passage gives that noun
		if _, ok := e.nameFor(q, c); ok {
			return 1
		}
		return 0
	}
	if q.defines {
		if s := e.description(q, c); s.end > s.start {
			return 1
		}
		return 0.3
	}
	if q.wantsCountry() {
		for _, n := range e.freeSpans(q, text, e.names(text)) {
			if w := text[n.start:n.end]; e.isPlace(w) && !isCity(w) {
				return 1
			}
		}
		return 0.2
	}
	if e.doerAsked(q, c) {
		return 0.2 // "Paris hosts …" for "who hosted the Paris summit": the doer is the question's own
	}
	if e.opposedStance(q, c) {
		return 0.2 // "The Conservative and Independent groups voted against" for "who voted for it"
	}
	if free := e.freeSpans(q, text, e.names(text)); len(free) > 0 {
		actors := 0 // people, or countries unless a person is asked for
		person := e.wantsPerson(q)
		for _, n := range free {
			if a := e.actorOf(text, n); (a.person || !person && a.acting) && (q.negated || !a.denied) && !a.dateline {
				actors++
			}
		}
		switch {
		case actors == 0:
			return 0.5 // names, but of bodies or nationalities: "the Coalition of the Willing"
		case q.plural && len(groupNames(text, free)) == len(free):
			return 0.7 // "who were the envoys": one name where several are asked for
		}
		return 1
	}
	if c.prev != nil && opensWithAnaphor(text) && len(e.freeSpans(q, c.prev.Text, e.names(c.prev.Text))) > 0 {
		return 0.7 // the names are in the sentence before: "The two …"
	}
	return 0
}

// captionScenesOnly reports whether a photo caption names, besides the
// question's names, only the places of its scene ("in Calama, Chile"),
// the days and months of its date and its credit ("(Pacific
// Ledger/Camila Ortúzar)"): a "who" question asks for a doer, and a
// caption says where and when a photograph was taken ("Rescuers carry a
// stretcher from a collapsed apartment block on Granaderos Avenue in
// Calama, Chile"), not who built or ordered anything it shows.
func (e *Engine) captionScenesOnly(q *question, c *cand) bool {
	if c.p.Kind != corpus.KindCaption || asksOfPhoto(q) {
		return false // ("who photographed the rescuers": its credit says)
	}
	text := c.p.Text
	credit := len(text)
	if m := creditRE.FindStringIndex(text); m != nil {
		credit = m[0]
	}
	scene := false
	for _, n := range e.freeSpans(q, text, e.names(text)) {
		if n.start >= credit || getFold(notPeople, text[n.start:n.end]) {
			continue
		}
		if !e.isPlace(text[n.start:n.end]) || !locatedAt(text, n.start) {
			return false
		}
		scene = true
	}
	return scene
}

// asksOfPhoto reports whether a question speaks of a photograph: a word
// for one (kinds.txt [meta-photo]) or a verb of taking one
// ("photographed", "took", "shot").
func asksOfPhoto(q *question) bool {
	if at, _ := findCue(q.words, "meta-photo"); at >= 0 {
		return true
	}
	return slices.ContainsFunc(q.words, func(w string) bool {
		return strings.HasPrefix(w, "photograph") || w == "took" || w == "taken" || w == "shot" || w == "snapped"
	})
}

// deniedOf reports whether name n of text is said not to have done or
// not to have been there: a negation or a word of absence among the few
// words after it ("Croatia and the Czech Republic said they would not
// deploy", "Russia has yet to comment … and has given no indication"), or
// right before it ("conspicuously absent: Russian President Vladimir
// Putin", "without Russia"); no doer of a deed a question asks about
// without a "not".
func deniedOf(text string, n span) bool {
	denies := func(w string) bool {
		w = strings.Trim(strings.ToLower(w), ",:;.“”\"'’()")
		return negWords[w] || absenceWords[w]
	}
	after := strings.Fields(text[n.end:clauseAround(text, n, ".;").end])
	for _, w := range after[:min(len(after), deniedReach)] {
		if denies(w) {
			return true
		}
	}
	for _, w := range lastFields(text[:n.start], 2) {
		if denies(w) {
			return true
		}
	}
	return false
}

// deniedReach is how many words after a name a negation denies it:
// "said they would not".
const deniedReach = 5

// absenceWords say that someone was not there.
var absenceWords = wordSet("absent absence without missing")

// actingPlace reports whether a place may be who did something: a
// country, or a city that is a country's capital, the seat of its
// government ("Moscow rejected …"); not another city ("Calama" wants no
// inquiry; a senator does).
func actingPlace(name string) bool {
	lw := strings.ToLower(name)
	if lexicon.CountryWords(lw) != nil || lexicon.CapitalOf(lw) != "" {
		return true
	}
	// of other places, those the gazetteer knows that are no city
	// ("Europe"); a place known only from the articles ("Calama, Chile")
	// is a town or a district
	return gazetteerHas(name) && !isCity(name)
}

// typeWhere is typeScore for "where" questions.
func (e *Engine) typeWhere(q *question, c *cand) float64 {
	text := c.p.Text
	if q.locates {
		if d := e.placeDescription(q, text); d.end > d.start {
			return 1 // "Calama, a city … on the edge of the Atacama Desert"
		}
		return 0.2 // another place named with it says where something else is
	}
	free := e.wherePlaces(q, text, e.freeSpans(q, text, e.names(text)))
	best := 0.0
	if len(free) > 0 {
		best = 0.2
	}
	for _, n := range e.locatedAmong(text, free) {
		best = max(best, 0.8) // "in …", "at …": where a place stands
		if e.isPlace(text[n.start:n.end]) {
			return 1 // "at the Elysee Palace"
		}
	}
	for _, n := range free {
		if e.isPlace(text[n.start:n.end]) {
			if q.before(c, n) {
				return 1 // "Paris hosts …", "the Paris talks"
			}
			if possessiveAt(text, n.end) {
				continue // "who heads *Chile’s* rescue team": whose, not where
			}
			best = max(best, 0.6) // a place, but not said to be where
		}
	}
	if best < 0.8 && !q.within {
		// (not for "where in Paris": a place inside it is asked for,
		// which a phrase after the question's words, "continue … in
		// Paris to build *on the current momentum*", does not name)
		if s := placePhrase(text, e.anchors(q, c)); s.end > s.start {
			best = 0.8 // "deploying European forces *in non-frontline areas*"
		} else if len(e.find(placeNounRE, text)) > 0 {
			best = 0.7 // "would be based *in a neighbouring country*"
		}
	}
	return best
}

// typeWhen is typeScore for "when" questions.
func (e *Engine) typeWhen(q *question, c *cand) float64 {
	text := c.p.Text
	if asksClock(q) {
		// "what time did the quake strike": a time of day ("4:52 a.m.",
		// "shortly before noon"), not the day
		switch {
		case len(e.find(clockRE, text)) > 0:
			return 1
		case len(e.find(partOfDayRE, text)) > 0:
			return 0.6
		}
		return 0
	}
	best := 0.0
	for _, d := range e.find(dateRE, text) {
		if givenTime(q, text[d.start:d.end]) {
			continue // "when is the next meeting after wednesday": "on Wednesday" is the question's own
		}
		v := 0.6 // "in recent days", "yesterday"
		if !vagueDate(text[d.start:d.end]) {
			switch {
			case strings.ContainsAny(text[d.start:d.end], "0123456789"):
				v = 1 // "Jan. 6", "2022"
			case monthAloneRE.MatchString(text[d.start:d.end]) && !asksDate(q):
				v = 1 // "in November": a month of the calendar, not a day of a week the reader must place
			case asksDate(q):
				v = 0.5 // "what date …": a day of the week is no date
			default:
				v = weekdayType // "on Tuesday": a day of a week the reader must place
			}
		}
		if e.deedAt(q, text, d, q.dateVerb) == 0 {
			v *= deedlessDate // "struck the bank at 3:40 a.m." for "when was the ship built"
		}
		best = max(best, v)
	}
	events := len(e.find(eventTimeRE, text)) > 0 // a clause of another event (eventTimes, never empty)
	if asksFuture(q) && events {
		// what is yet to happen is dated by what must happen first as
		// often as by the calendar: "would begin once the search was
		// over" answers "when will they review the buildings" as fully
		// as a date would
		best = max(best, 1)
	}
	if best > 0 {
		return best
	}
	if events {
		return eventTimeType // "activated only after a peace deal": when, by another event
	}
	if len(e.find(clockRE, text)) > 0 || len(e.find(partOfDayRE, text)) > 0 {
		return eventTimeType // "shortly before noon": when in the day, the day itself unsaid
	}
	return 0
}

// givenTime reports whether a date of a passage is one the question
// itself gives, word for word ("Wednesday" of "… after wednesday"): no
// answer to when.
func givenTime(q *question, date string) bool {
	d := strings.ToLower(strings.Trim(date, " ,.;:"))
	for _, p := range []string{"on ", "in ", "at ", "by ", "since ", "until ", "from "} {
		d = strings.TrimPrefix(d, p)
	}
	if d == "" {
		return false
	}
	return strings.Contains(" "+strings.Join(q.words, " ")+" ", " "+d+" ")
}

// eventTimeRE is a clause that says when by another event: "once a
// ceasefire is agreed", "only after a peace deal with Russia is secured".
// Plain "after" and "before" are left out: they place what is past as
// often as they answer "when".
var eventTimeRE = regexp.MustCompile(`(?i)\b(?:once|as soon as|only after|only when|only once)\s[^,;:.()—–“”"]{3,80}`)

// deedlessDate scales typeWhen's score of a date whose clause holds
// nothing near the question's verb.
const deedlessDate = 0.75

// weekdayType is typeWhen's score of a passage whose only date is a day
// of the week ("on Tuesday"): it answers, but a full date answers better.
const weekdayType = 0.9

// eventTimeType is typeWhen's score of a passage that says when only by
// another event, as of a vague date.
const eventTimeType = 0.6

// eventTimes are the clauses of text that say when by another event.
func (e *Engine) eventTimes(text string) []span {
	var out []span
	for _, m := range e.find(eventTimeRE, text) {
		out = append(out, span{m.start, m.start + len(strings.TrimRight(text[m.start:m.end], " "))})
	}
	return out
}

// asksDate reports whether a question asks for a date by name ("what
// date was the meeting", "on which date"): a day of the month, which a
// day of the week does not give.
func asksDate(q *question) bool {
	for i, w := range q.words {
		if (w == "date" || w == "dates") && i > 0 && (q.words[i-1] == "what" || q.words[i-1] == "which" || q.words[i-1] == "the") {
			return true
		}
	}
	return false
}

// asksClock reports whether a "when" question asks for the time of day:
// "what time", "at what time", "what hour".
// ("what time frame", "what time zone" ask for no time of day: the word
// after "time" must open the rest of the question, an auxiliary or "of").
func asksClock(q *question) bool {
	w := q.words
	for i := 0; i+1 < len(w) && i < 2; i++ {
		if w[i] == "what" && (w[i+1] == "time" || w[i+1] == "hour") {
			return i+2 == len(w) || auxiliaries[w[i+2]] || w[i+2] == "of"
		}
	}
	return false
}

// clockRE and partOfDayRE find a time of day and a part of the day, with
// the words that place something against it ("shortly before noon",
// "before dawn").
var (
	clockRE     = regexp.MustCompile(timeLead + `(?:` + clockTime + `|\b\d{1,2}:\d\d\b|\b(?:noon|midday|midnight)\b)`)
	partOfDayRE = regexp.MustCompile(`(?i)` + timeLead + `\b(?:dawn|daybreak|sunrise|sunset|dusk|morning|afternoon|evening|night|overnight)\b`)
)

// timeLead is what may stand before a time of day as part of the answer:
// "shortly before", "just after", "around", "at".
const timeLead = `(?:\b(?:(?:shortly|just|soon|long|right|well)\s)?(?:before|after|around|about|at|by|until)\s)?`

// typeHowMany is typeScore for "how many" questions.
func (e *Engine) typeHowMany(q *question, c *cand) float64 {
	best, _ := e.typeHowManyOf(q, c, false)
	return best
}

// typeHowManyOf is typeHowMany, and where done is true, typeHowMany with a
// figure said only as a prospect scored as one (prospectFigure), both
// from one reading of the passage's figures (typeFigureOf).
func (e *Engine) typeHowManyOf(q *question, c *cand, done bool) (best, doneBest float64) {
	best, doneBest = e.typeFigureOf(q, c, done)
	best = e.countScore(q, c, best)
	if done {
		doneBest = e.countScore(q, c, doneBest)
	}
	return best, doneBest
}

// countScore is typeHowMany given best, the score of the passage's
// figures: lowered where the figure counts more than what is asked, raised
// where names or an article count it.
func (e *Engine) countScore(q *question, c *cand, best float64) float64 {
	if best >= 1 && asksIncrement(q) && !e.givesIncrement(c.p.Text) {
		// "how many extra soldiers r heading up there": "3,500 soldiers
		// and sailors would head north" counts them all, not those
		// added; "1,500 more troops would join" counts those
		best = countedOnly
	}
	if best >= 1 && q.rate && !e.givesRate(c.p.Text) {
		// "how many cars go over the bridge a day": a count per unit of
		// time, which "the bridge's 412-metre deck carried 38,000
		// vehicles before it closed" is not; "nearly 40,000 vehicles a
		// day" is
		best = countedOnly
	}
	if best < 1 {
		if s, _ := e.enumeration(q, c.p.Text); s.end > s.start {
			best = 1 // "Croatia and the Czech Republic said they would not deploy troops": two, named
		} else if best == 0 && e.countsOneByArticle(q, c) {
			// "agreed to establish a … coordination cell": one, by its
			// article, where the passage has no figure at all; a weaker
			// count than a figure's (countedOnly)
			best = countedOnly
		}
	}
	return best
}

// rateRE is a count's rate, per unit of time: "a day", "per week", "each
// year", "every night", "daily", "annually".
var rateRE = regexp.MustCompile(`(?i)\b(?:a|an|per|each|every)\s(?:day|week|month|year|night|hour)\b|\b(?:daily|weekly|monthly|annually|yearly|nightly|hourly)\b`)

// asksRate reports whether a "how many" question asks for a count per
// unit of time ("how many cars go over the bridge *a day*", "how many
// riders *a year*"); not a time said from another ("rescued *a day
// after* the quake", "*a week ago*") nor a span ("*in a year*": rateAt).
func asksRate(q *question) bool {
	// rateRE read by hand over the question's words (lower case, a space
	// between: chatWords), where the regexp's backtracking cost as much
	// as reading the rest of the question: at each word's start, a rate
	// adverb, or a determiner, one space and a unit of time, whole
	s := strings.Join(q.words, " ")
	for i := 0; i < len(s); i++ {
		if !asciiWordByte(s[i]) || i > 0 && asciiWordByte(s[i-1]) {
			continue // (\b: no word starts here)
		}
		rest := s[i:]
		for _, w := range rateAdverbs {
			if wholeAt(rest, w) && rateAt(s, []int{i, i + len(w)}) {
				return true
			}
		}
		for _, d := range rateDeterminers {
			if len(rest) > len(d) && prefixFold(rest, d) && reSpace(rest[len(d)]) {
				for _, u := range rateUnits {
					if wholeAt(rest[len(d)+1:], u) && rateAt(s, []int{i, i + len(d) + 1 + len(u)}) {
						return true
					}
				}
			}
		}
	}
	return false
}

// rateAdverbs, rateDeterminers and rateUnits are rateRE's words, for
// asksRate.
var (
	rateAdverbs     = []string{"daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly"}
	rateDeterminers = []string{"a", "an", "per", "each", "every"}
	rateUnits       = []string{"day", "week", "month", "year", "night", "hour"}
)

// wholeAt reports whether s opens on word w (lower-case ASCII) in either
// case, as a whole word by the regexp's \b: no letter, digit or
// underscore right after it.
func wholeAt(s, w string) bool {
	return prefixFold(s, w) && (len(s) == len(w) || !asciiWordByte(s[len(w)]))
}

// prefixFold reports whether s opens on w, lower-case ASCII, in either
// case. (The question's words are in lower case already, the Kelvin sign
// that (?i) would take for a k made one by strings.ToLower.)
func prefixFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// rateAt reports whether rateRE's match m of text is a rate: not a time
// said from another, a word of before or after following it ("a day
// after", "a week ago"), nor "a" or "an" with a unit after "in", "within",
// "for" or "than", a span ("in a year", "for a week"; "for *each* day" is
// a rate).
func rateAt(text string, m []int) bool {
	next, _ := nextWord(text[m[1]:])
	switch next {
	case "after", "before", "ago", "later", "earlier", "since", "from":
		return false
	}
	if det, _ := nextWord(text[m[0]:]); det != "a" && det != "an" {
		return true // "each day", "per week", "daily": a rate whatever stands before
	}
	if before, _ := precedingWord(text, m[0]); before != "" {
		switch strings.ToLower(before) {
		case "in", "within", "for", "than":
			return false
		}
	}
	return true
}

// givesRate reports whether text gives a figure as a rate: a rate
// (rateAt) in the same clause a few words after a number ("nearly 40,000
// vehicles *a day*"), not one elsewhere in the passage.
func (e *Engine) givesRate(text string) bool {
	for _, m := range rateRE.FindAllStringIndex(text, -1) {
		if !rateAt(text, m) {
			continue
		}
		from := max(0, m[0]-60)
		if i := strings.LastIndexAny(text[from:m[0]], clauseMarks+".;"); i >= 0 {
			from += i + 1
		}
		if numberRE.MatchString(text[from:m[0]]) {
			return true
		}
	}
	return false
}

// asksIncrement reports whether a "how many" question counts what was
// added to a number before: an increment word (kinds.txt) right before
// its counted noun ("how many *extra* soldiers", "how many *more*
// rescuers came"); "more" with a word of what remains asks what is left
// ("how many more are still missing").
func asksIncrement(q *question) bool {
	if q.counted == nil {
		return false
	}
	at := slices.Index(q.words, strings.ToLower(q.counted.word))
	if at < 1 || !incrementWords[q.words[at-1]] {
		return false
	}
	// "how many more soldiers are still needed", "how many more homes
	// are left": more of what remains, not those added (kinds.txt)
	return q.words[at-1] != "more" || !slices.ContainsFunc(q.words, func(w string) bool { return remainingWords[w] })
}

// remainingWords say that a count is of what remains to be done or had
// (kinds.txt).
var remainingWords = cueSet("remaining-words")

// givesIncrement reports whether text gives a number as one added to a
// number before: an increment word right after it ("1,500 *more* troops")
// or right before it ("*another* 200 engineers", "an *additional* 40").
func (e *Engine) givesIncrement(text string) bool {
	for _, s := range e.find(numberRE, text) {
		if incrementAt(text, s) {
			return true
		}
	}
	return false
}

// incrementWords make a count one of those added (kinds.txt).
var incrementWords = cueSet("increment-words")

// partOfPeople reports whether a number that counts people in general
// ("214 people", "300 persons": a word for them among the few words after
// it, before its phrase ends) leaves uncounted the people a question
// counts, some of them by a noun for a kind of person ("women",
// "children", "firefighters"; WordNet's), however near GloVe puts them.
func partOfPeople(counted, after string) bool {
	if genericPeople[counted] || !lexicon.IsPersonNoun(counted) {
		return false
	}
	i := 0
	for w := range strings.FieldsSeq(after) {
		lw := strings.ToLower(strings.Trim(w, "\"'’“”,.;:"))
		if i == countAlikeWords || lexicon.IsFunctionWord(lw) || auxiliaries[lw] {
			return false
		}
		if genericPeople[lw] {
			return true
		}
		i++
	}
	return false
}

// sizeOf reports whether the number at s of text gives the size of what
// a "how big" question asks about as English does after the noun, with
// "of": the noun, a word of the question, then "of" and the number ("his
// family of five", "a fleet of about 40 aircraft", "a village of 900").
func (e *Engine) sizeOf(q *question, text string, s span) bool {
	for _, d := range e.find(dateRE, text) {
		if d.start <= s.start && s.end <= d.end {
			return false // "the worst flood of 3 September": a day, no size
		}
	}
	before := lastFieldsLower(text[:s.start], 2)
	n := len(before)
	if n < 2 || before[n-1] != "of" {
		return false
	}
	return slices.ContainsFunc(e.analyze(strings.Trim(before[n-2], "\"'’“”")), func(t index.Token) bool { return q.has(t.Term) })
}

// capacityOf reports whether the number at s of text says how many a
// place or a vehicle can take: a noun of capacity, then "for" or "of",
// then the number, but for function words ("room for about 600 people",
// "a capacity of up to 40,000").
func capacityOf(text string, s span) bool {
	before := lastFieldsLower(text[:s.start], 4) // the three words before s, and the word before each
	for i := len(before) - 1; i >= 1; i-- {
		switch w := strings.Trim(before[i], "\"'’“”"); {
		case w == "for" || w == "of":
			// "room for 600", "capacity of 40,000"; not "a floor space of
			// 600 square metres", a size
			prev := strings.Trim(before[i-1], "\"'’“”")
			return capacityWords[prev] && (w == "for" || prev == "capacity")
		case !lexicon.IsFunctionWord(w):
			return false
		}
	}
	return false
}

// capacityWords are the nouns of how many a place can take (kinds.txt);
// capacityAsking the words of a question that asks for that: those
// nouns, one list, and the verbs and nouns of [capacity-asking-words].
var (
	capacityWords  = cueSet("capacity-words")
	capacityAsking = union(capacityWords, cueSet("capacity-asking-words"))
)

// costOfOther reports whether the clause of the sum at s of text says it
// is the cost of a thing the question does not name: "cost of" and a
// noun phrase none of whose words the question says ("the cost of the
// temporary supports at $3 million"): English names what a cost is of
// after "of", and a sum so named is that thing's, not what is asked.
func (e *Engine) costOfOther(q *question, text string, s span) bool {
	cl := clauseAround(text, s, clauseMarks)
	low := strings.ToLower(text[cl.start:cl.end])
	i := strings.Index(low, "cost of ")
	if i < 0 {
		return false
	}
	var phrase []string
	for w := range strings.FieldsSeq(low[i+len("cost of "):]) {
		if (articles[w] || possessives[w]) && len(phrase) == 0 {
			continue
		}
		if lexicon.IsFunctionWord(w) || prepositions[w] || strings.ContainsAny(w, "$€£0123456789") {
			break
		}
		phrase = append(phrase, strings.Trim(w, ",.;:"))
	}
	if len(phrase) == 0 || undertakingWords[phrase[len(phrase)-1]] {
		return false // "at a cost of about $240,000": of the sum itself; "the cost of the works": of the thing asked about, by a word news refers back to it with
	}
	for _, tok := range e.analyze(strings.Join(phrase, " ")) {
		if q.has(tok.Term) {
			return false
		}
	}
	return true
}

// undertakingWords are the nouns by which news refers back to the thing
// being built, mended or done (kinds.txt): "the cost of the works" is the
// cost of the footbridge asked about.
var undertakingWords = cueSet("undertaking-words")

// countedOnly is typeFigure for a number that counts what is asked about
// where its clause holds no word of what the question says of it.
const countedOnly = 0.75

// typeFigure is typeHowMany by the passage's numbers alone.
func (e *Engine) typeFigure(q *question, c *cand) float64 {
	best, _ := e.typeFigureOf(q, c, false)
	return best
}

// typeFigureOf is typeFigure, and where done is true, typeFigure with a
// figure said as a prospect (prospectiveFigure) scored no more than
// prospectFigure (0 where done is false).
func (e *Engine) typeFigureOf(q *question, c *cand, done bool) (best, doneBest float64) {
	text := c.p.Text
	for s, f := range e.figureTypes(q, text) {
		best = max(best, f)
		if !done {
			continue
		}
		if f > prospectFigure && prospectiveFigure(text, s) {
			// "how much mud did they end up digging away": what was
			// done, which "said about 18,000 cubic metres … would have
			// to be removed" only foresaw ("after dredgers had removed
			// about 21,000 cubic metres" says)
			f = prospectFigure
		}
		doneBest = max(doneBest, f)
	}
	return best, doneBest
}

// prospectFigure is typeFigure's score of a figure said as a prospect
// (prospectiveFigure) for a question asked in the past (asksDone): a
// forecast or a plan may have come true, but a figure said as done
// answers better. It weighs in the ranking only (cand.prospectOnly): a
// pledge asked of in the past ("how many troops did france pledge") is
// still answered by "could contribute several thousand troops" where
// nothing else gives it, and no type the decision reads is lowered.
const prospectFigure = 0.75

// asksDone reports whether a question asks in the past what was done:
// not of what is to come, nor itself supposing ("how many houses wouldve
// been knocked down", "how many are supposed to ride it"). q.future is
// not read: the words that make it ("will", "next", "upcoming") are
// speaksOfProspect's too, and "soon" or "later" in a question in the past
// tell of a time after another, not of the future (reading it as well
// changed no answer of any set: final re-read FF7).
func asksDone(q *question) bool {
	return asksPast(q) && !speaksOfProspect(strings.Join(q.words, " "))
}

// prospectiveFigure reports whether the figure at s of text is said as
// what may or is to be, not as what is or was: a modal auxiliary or
// "expected" governing it, before it in its clause ("is expected to
// crest … at about 7.5 metres": back to the sentence's opening, or past a
// fronted subordinate clause to its comma, to a subordinator or relative
// pronoun, which opens a clause of its own, or to
// another verb, the figure's own: "would only come into force once a
// ceasefire is agreed to end the almost four-year war") or as the first
// verb after it ("about 18,000 cubic
// metres … would have to be removed"; not "200 sensors glued to the beam
// will …", whose first verb is "glued"). A modal is lower case: "May 9"
// is a date.
func prospectiveFigure(text string, s span) bool {
	prospect := func(w string) bool {
		b, ok := lexicon.AuxBase(w)
		return ok && modal(b) || w == "expected"
	}
	opening := sentenceOpening(text, 0, s.start)
	if first, _ := typedWord(text[opening:]); subordinators[strings.ToLower(first)] {
		// a fronted subordinate clause ends at its comma, and its modal
		// governs its own verb: "Although the river could rise again,
		// 4,000 residents returned home"
		if comma := strings.LastIndex(text[opening:s.start], ","); comma >= 0 {
			opening += comma + 1
		}
	}
	before := strings.Fields(strings.Map(keepWordRune, text[opening:s.start]))
	for i := len(before) - 1; i >= 0; i-- {
		w := before[i]
		if prospect(w) {
			return true
		}
		if subordinators[w] || relativeWordSet[w] || auxiliaries[w] || pastVerb(w) {
			break
		}
	}
	for w := range strings.FieldsSeq(strings.Map(keepWordRune, text[s.end:clauseAround(text, s, clauseMarks).end])) {
		if prospect(w) {
			return true
		}
		if auxiliaries[w] || pastVerb(w) || progressive(w) {
			return false // the figure's verb, said as done or doing
		}
	}
	return false
}

// figureTypes yields each figure of text that is free to answer q
// (freeSpans), with its figureType: typeFigureOf and answeringFigures
// read the same figures.
func (e *Engine) figureTypes(q *question, text string) iter.Seq2[span, float64] {
	return func(yield func(span, float64) bool) {
		a := e.figureAskOf(q)
		figs := e.figureFactsOf(text) // (its years and capacities, read once for the passage)
		for _, s := range e.freeSpans(q, text, figs.spans) {
			if !yield(s, e.figureType(q, text, figs, s, a.much, a.money, a.thing)) {
				return
			}
		}
	}
}

// figureAsk is what figureType reads of a question beside its terms:
// whether it asks "how much" (asksMuch), for a sum of money (asksMoney),
// or for a thing's extent, which no sum of money or share answers
// (measuresThing).
type figureAsk struct{ much, money, thing bool }

// figureAskOf is q's figureAsk, remembered for the question: typeFigureOf
// reads it for every candidate, answeringFigures for several.
func (e *Engine) figureAskOf(q *question) figureAsk {
	return recall(q, func(m *freeMemo) *remembered[figureAsk] { return &m.figure }, func() figureAsk {
		return figureAsk{much: asksMuch(q), money: asksMoney(q), thing: e.measuresThing(q)}
	})
}

// figureType is typeFigure's score of the figure at s of text.
func (e *Engine) figureType(q *question, text string, figs figureFacts, s span, much, moneyAsked, thing bool) float64 {
	f := 0.0
	i := slices.Index(figs.spans, s)
	if figs.year[i] || figs.pronoun[i] {
		return f // "each floor dropping onto the one below" counts nothing
	}
	if q.measure == "age" && !withUnit(text, s, "age") {
		return f // "how old is the crane operator": an age is written as one ("Brandt, 51", "aged 51"); "several hundred strikers" is none
	}
	f = max(f, 0.5)
	if figs.capacity[i] && !slices.ContainsFunc(q.words, func(w string) bool { return capacityAsking[w] }) {
		return f // "with room for 600 people" is what the shelter can take, not how many stayed
	}
	if moneyAsked && !money(text, s) && !(asksChange(q) && changedBy(text, s)) {
		// a sum asked for ("how much did the coast guard *spend* on
		// the booms") is given in money; "1,200 metres of floating
		// booms", "61,000 tonnes of wheat" measure the thing bought
		return f
	}
	if q.counted != nil && q.countsPeople() && partOfPeople(strings.ToLower(q.counted.word), text[s.end:]) {
		return f // "214 people had been confirmed dead" counts everyone, not the women asked about
	}
	// "35 countries" for "how many countries", "injured 2,460" for
	// "how many were injured", "38 kilometres" for "how deep"
	counts := q.measure == "" && (q.counted != nil || !much) && e.countsNamed(q, text, s)
	counted := counts && (e.doneHere(q, text, s) > 0 || e.doersIn(q, text[s.end:])) // the doers' noun says the deed: "600 donors"
	if counts {
		// what is asked about, counted, though the clause says of
		// it no word near the question's ("2,400 dock workers …
		// walked off the job" for "how many stopped working")
		f = max(f, countedOnly)
	}
	if !counts && q.measure == "" && q.countVerb >= 0 && e.countsAsPeople(q, text, s) && e.deedAt(q, text, s, q.countVerb) > 0 {
		// people counted by their kind, where the clause says the
		// question's verb of them: "About 2,400 dock workers …
		// walked off the job" for "how many ppl walked out" (a
		// question that says no deed would take any kind counted),
		// not "Four firefighters were treated … after the warehouse
		// fire" for "how many people died in the warehouse fire"; a
		// later verb of the question says it too ("About 9,000
		// residents voted" for "how many people showed up to vote"),
		// a later noun not (laterVerbs)
		f = max(f, kindCounted)
	}
	// (a change is no measure of what it changed: "added about 30
	// centimetres to river levels" for "how high did the river get")
	measured := q.measure != "" && (measuredBy(q, text, s) || q.measure == "size" && (e.sizeOf(q, text, s) || groupSized(q, text, s) || e.sizedOther(q, text, s))) && (!changeBy(text, s) || asksChange(q)) && !otherDimension(measureAdjective(q), text, s)
	if counted || measured || e.afterVerb(q, text, s) || e.verbNext(q, text, s) || e.doesVerb(q, text, s) {
		f = 1
	}
	if much && e.quantityOf(q, text, s) {
		// "seven tonnes of fuel oil" for "how much fuel oil leaked";
		// but where the clause holds nothing near the question's
		// verb, a quantity of what is asked about that is not the
		// part asked for ("It was carrying 61,000 tonnes of wheat"
		// for "how much of the wheat got damaged")
		if e.deedAt(q, text, s, q.muchVerbIndex()) > 0 {
			f = 1
		} else {
			f = max(f, countedOnly)
		}
	}
	differs := much && asksDifference(q)
	if differs && (unitAfter(text, s) || isTimeUnit(wordAfter(text, s))) {
		f = 1 // "how much longer is the drive": "added about 25 minutes to journeys"
	}
	if much && changeBy(text, s) && !asksChange(q) && !differs {
		return f // "the cost had risen *by £190 million*": by how much it changed, not how much it is
	}
	if moneyAsked && money(text, s) && e.costOfOther(q, text, s) {
		return f // "puts the cost of the temporary supports at $3 million" for "how much does the firm get paid for the inspections"
	}
	if moneyAsked {
		if money(text, s) || asksChange(q) && changedBy(text, s) {
			// "$85,000" for "how much does the recount cost"; by how
			// much a sum changed, in a share of it too: "cut the
			// grant *by 30%*" for "how much did they cut the money"
			f = 1
		}
		return f // a share or a percentage is no sum: "half of one percent"
	}
	if (q.counted == nil || much) && q.measure != "age" && q.measure != "frequency" && !thing && (moneyOrPercent(text, s) || much && shareRE.MatchString(text[s.start:s.end])) {
		f = 1 // "$40 million" for "how much did China give", "3%" for "how much did prices rise", "a fifth" for "how much of Ukraine"
	}
	return f
}

// muchVerb is the index among q's terms of the first verb of a "how
// much" question, what its quantity must be said of ("how much of the
// wheat got *damaged*"), or -1.
func muchVerb(q *question) int {
	for i, t := range q.terms {
		if w := strings.ToLower(t.word); !t.entity && (lexicon.IsVerb(w) || pastVerb(w)) && !q.afterNounMarker(w) {
			return i
		}
	}
	return -1
}

// asksOther reports whether an analysed term stands for a word of the
// question other than its verb (at verb) and its counted noun.
func (q *question) asksOther(term string, verb int) bool {
	for _, h := range q.lookup[term] {
		if h.i != verb && (q.counted == nil || q.terms[h.i].term != q.counted.term) {
			return true
		}
	}
	return false
}

// quantityUnits are units of a quantity of stuff (kinds.txt).
var quantityUnits = cueSet("quantity-unit-words")

// quantityOf reports whether the number at s of text measures a quantity
// of what the question asks about: a unit of mass or volume, then "of"
// and a word of the question ("seven tonnes of fuel oil", "18,000 cubic
// metres of sand"), or of anything when the question asks for "how much"
// of a placeholder ("how much stuff did they send").
func (e *Engine) quantityOf(q *question, text string, s span) bool {
	after := strings.Fields(strings.ToLower(text[s.end:]))
	of := 1 // the unit's "of"; a unit of two words puts it after both ("cubic metres of sand")
	if len(after) > 2 && after[1] != "of" && after[2] == "of" && isLetters(after[1]) {
		of = 2
	}
	if len(after) < of+2 || after[of] != "of" || !quantityUnits[after[0]] && (of != 1 || !pluralNoun(after[0]) || isTimeUnit(after[0])) {
		// a unit of mass or volume, or any measure of a thing counted
		// ("200 portions of soup", "three truckloads of water"); not a
		// unit of time, which says how long the thing went on, not how
		// much of it there was ("after four days of almost constant
		// rain" for "how much rain fell")
		return false
	}
	if quantityUnits[after[0]] && asksMuchOfAnything(q) {
		return true // "how much stuff did Argentina send": a quantity of anything ("200 tonnes of food")
	}
	for _, w := range after[of+1 : min(len(after), of+4)] {
		for _, t := range e.analyze(strings.Trim(w, ".,;:")) {
			if len(q.lookup[t.Term]) > 0 {
				return true
			}
		}
	}
	return false
}

// moneyOrPercent reports whether the number at s of text is a sum of
// money or a percentage: a currency's sign before it ("$40 million"), its
// name or a percent after it ("900 billion pesos", "3%").
func moneyOrPercent(text string, s span) bool {
	return money(text, s) || percentAfter(text[s.end:])
}

// countsOneByArticle reports whether text counts one of what a "how many"
// question counts by the indefinite article, the numeral "one" unstressed,
// where no number does: "a" or "an", then the counted noun itself in the
// singular as the head of the phrase ("agreed to establish *a
// U.S.-Ukraine-Coalition coordination cell* in Paris" for "how many
// coordination cells").
func (e *Engine) countsOneByArticle(q *question, c *cand) bool {
	if q.counted == nil || q.measure != "" || asksMuch(q) || !slices.ContainsFunc(c.toks, func(t index.Token) bool { return t.Term == q.counted.term }) {
		return false // (nor where the passage never says the noun: most, and cheap to tell)
	}
	for range e.countedArticles(q, c.p.Text) {
		return true
	}
	return false
}

// indefiniteRE matches the indefinite article and the space after it.
var indefiniteRE = regexp.MustCompile(`\b(?:[Aa]n?) `)

// countedArticles yields each indefinite article of text ("a ", "an ")
// whose phrase the counted noun's singular heads (countedHeadEnd), with
// that head's end: countsOneByArticle and listedByArticle walk the same
// heads.
func (e *Engine) countedArticles(q *question, text string) iter.Seq2[span, int] {
	return func(yield func(span, int) bool) {
		for _, m := range e.find(indefiniteRE, text) { // (remembered per passage)
			if end := e.countedHeadEnd(q, text, m.end); end >= 0 && !yield(m, end) {
				return
			}
		}
	}
}

// countedHeadEnd is where the head of the words of text from at ends,
// before their phrase ends (as numberPhrase's), where that head is the
// singular of the noun a "how many" question counts; -1 where it is not.
func (e *Engine) countedHeadEnd(q *question, text string, at int) int {
	head, headEnd, i := "", -1, 0
	for pos := at; pos < len(text) && i < countAlikeWords; i++ {
		for pos < len(text) && text[pos] == ' ' {
			pos++
		}
		j := strings.IndexByte(text[pos:], ' ')
		if j < 0 {
			j = len(text) - pos
		}
		raw := text[pos : pos+j]
		w := strings.TrimRight(raw, ",;:.)!?\"'’”")
		lw := bareWord(w)
		if lw == "" || lexicon.IsFunctionWord(lw) || auxiliaries[lw] || prepositions[lw] {
			break
		}
		if ordinals[lw] != 0 || lw == "another" || lw == "further" {
			return -1 // "a second coordination cell": one more, not one
		}
		head, headEnd = lw, pos+len(w)
		pos += j
		if len(w) < len(raw) {
			break // a mark closes the phrase: "… coordination cell."
		}
	}
	if head == "" || pluralNoun(head) {
		return -1
	}
	// the counted noun itself, not a word near it: "a multinational
	// force" is one force, not one of the troops asked about
	if toks := e.analyze(head); len(toks) == 1 && toks[0].Term == q.counted.term {
		return headEnd
	}
	return -1
}

// listedByArticle is, for a "how many" question that counts things, a
// coordination of two or more phrases each headed by the counted noun in
// the singular after the indefinite article, which counts them by naming
// each, and how many: "a joint declaration by all the coalition countries
// and a trilateral declaration by France, Britain and the US" gives two
// declarations, and the span "joint declaration … and a trilateral
// declaration" (from past the first article: fewer than maxShortWords
// words, or none). The phrases are joined by "and" or a comma within one
// sentence (listJoin); "or" offers a choice, no count; an empty span when
// there is none.
func (e *Engine) listedByArticle(q *question, text string) (span, int) {
	var from int // past the first item's article
	var last span
	n, byAnd := 0, false
	for m, end := range e.countedArticles(q, text) {
		if n > 0 && m.start >= last.end {
			if join, and := listJoin(text[last.end:m.start]); join {
				n, last, byAnd = n+1, span{m.start, end}, and
				continue
			}
		}
		if n >= 2 && byAnd {
			break
		}
		from, last, n = m.end, span{m.start, end}, 1
	}
	if n < 2 || !byAnd || wordCount(text[from:last.end]) >= maxShortWords {
		// (an English list ends with "and": "a declaration, a short
		// declaration of intent" restates one, an apposition)
		// (a list of long phrases, with the count the answer puts
		// before it, would be no short answer)
		return span{}, 0
	}
	return span{from, last.end}, n
}

// listJoin reports whether gap, the words between one item of a list and
// the next, closes the first and joins the next (join), and by "and": it ends in "and" or a
// comma, holds no sentence's or clause's end (a full stop, a question or
// exclamation mark, a semicolon, a colon, an auxiliary's clause) and is
// short enough for one phrase's tail (listJoinMax bytes).
func listJoin(gap string) (join, and bool) {
	if len(gap) > listJoinMax || strings.ContainsAny(gap, ".;:?!") {
		return false, false
	}
	g := strings.ToLower(gap)
	if anyWord(g, ",", func(w string) bool { return auxiliaries[w] }) {
		return false, false // "a fishing treaty *is* due next year, and a water treaty": a clause between, no phrase's tail
	}
	and = strings.HasSuffix(g, " and ")
	return and || strings.HasSuffix(g, ", "), and
}

// listJoinMax is the longest tail of a listed phrase after its head
// ("by all the coalition countries and ") that listJoin reads.
const listJoinMax = 80

// enumeration is, for a "how many" question that counts people or
// countries, the names that count them where no number does, and how many
// there are ("Croatia and the Czech Republic said they would not deploy
// troops", "the French and British army chiefs"): every item a name of the
// kind counted (a country, or someone's name), or a people's adjective
// before the counted noun, in the clause of the question's verb; an empty
// span when there is none.
func (e *Engine) enumeration(q *question, text string) (span, int) {
	if q.counted == nil || q.measure != "" || asksMuch(q) {
		return span{}, 0
	}
	country, person, verb := q.countedAsks()
	if !country && !person {
		if s, n := e.listedKinds(q, text); n > 0 {
			return s, n
		}
		return e.listedByArticle(q, text)
	}
	if verb < 0 {
		return span{}, 0 // "how many soldiers does Ukraine have": names say nothing of a number had
	}
	for _, r := range e.enumRuns(text) {
		// (the runs after a preposition of place, or joined by commas
		// alone, left out: enumRuns)
		if !slices.ContainsFunc(r.toks, func(t index.Token) bool {
			return q.stands(t.Term, verb) || q.terms[verb].unknown && q.asksOther(t.Term, verb)
		}) && !e.objectSays(q, verb, r.toks) {
			// the names do what the question asks, in its words or the
			// articles' for them; where no article uses its verb ("sit
			// down with"), no clause can: one that holds another of its
			// words, not the counted noun, does
			continue
		}
		all, names := r.all, r.persons
		if country {
			names = r.countries // a country, not a continent or a city ("Europe and the US")
		}
		if r.demonyms && person {
			// "the French and British army chiefs": the people's
			// adjectives before what is counted
			rest := firstFields(text[all.end:], 3)
			for k := range rest {
				if w := strings.ToLower(strings.Trim(rest[k], ",.;:")); slices.ContainsFunc(e.analyze(w), func(t index.Token) bool { return q.countsTerm(t.Term) }) {
					return span{all.start, all.end + strings.Index(text[all.end:], rest[k]) + len(strings.Trim(rest[k], ",.;:"))}, r.n
				}
			}
			continue
		}
		if names && !r.demonyms && r.next != "of" && !r.nounAfter {
			return all, r.n
		}
	}
	return span{}, 0
}

// countedAsks is what enumeration reads of a "how many" question whose
// counted noun is set: whether it asks for countries (wantsCountry) or
// people (the counted noun's commonest sense a person), and its verb of
// what it counts, the first term after the counted noun (-1 for none);
// remembered for the question (enumeration reads it for every candidate).
func (q *question) countedAsks() (country, person bool, verb int) {
	a := recall(q, func(m *freeMemo) *remembered[countedAsk] { return &m.counted }, func() countedAsk {
		a := countedAsk{country: q.wantsCountry(), person: meansPerson(strings.ToLower(q.counted.word)), verb: -1}
		// the question's verb of what it counts: the first after the counted noun
		for i := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.counted.term }) + 1; i > 0 && i < len(q.terms); i++ {
			if w := strings.ToLower(q.terms[i].word); lexicon.IsVerb(w) || pastVerb(w) {
				a.verb = i
				break
			}
		}
		return a
	})
	return a.country, a.person, a.verb
}

// countedAsk is countedAsks's answer, as a freeMemo remembers it.
type countedAsk struct {
	country, person bool
	verb            int
}

// countsPeople reports whether a question's counted noun (set) means
// people by its commonest sense, as countedAsks remembers it: where it
// does not, partOfPeople is false whatever the passage says.
func (q *question) countsPeople() bool {
	_, person, _ := q.countedAsks()
	return person
}

// lightVerbs are English's light verbs, a closed class: verbs that mean
// little without their object ("put their names on", "make a pledge",
// "hold talks"), not "signed", "rejected", whose meaning is their own.
var lightVerbs = wordSet("put make get take have give do hold keep set")

// objectSays reports whether a clause (its analysed tokens) says the deed
// of a question whose verb, at verb among its terms, is a light verb
// (lightVerbs), which means little without its object: the clause holds every word of the question after the verb that
// the articles use, and one at least ("Macron, Zelensky and Starmer signed
// *a declaration of intent*" for "how many ppl put their names on the
// declaration of intent").
func (e *Engine) objectSays(q *question, verb int, toks []index.Token) bool {
	if base, ok := lexicon.VerbBase(strings.ToLower(q.terms[verb].word)); !ok || !lightVerbs[base] {
		return false
	}
	n := 0
	for _, t := range q.terms[verb+1:] {
		if t.unknown || t.entity {
			continue
		}
		if !spells(t, toks) {
			return false
		}
		n++
	}
	return n > 0
}

// nounAfterNames reports whether rest, what follows a run of names, opens
// on a noun for people or a plural noun, in lower case: the names qualify it, as a compound's
// first words do ("the Port and Transport Workers' Union *members*"), and
// are not themselves who did it ("Obi and Achebe *backed* the plan").
func nounAfterNames(rest string) bool {
	w := firstWord(rest)
	if w == "" || !strings.HasPrefix(rest, " ") || strings.ToLower(w) != w {
		return false
	}
	return meansPerson(w) || pluralNoun(w) && !lexicon.IsVerb(w) && !lexicon.IsFunctionWord(w) && knownNoun(w)
}

// knownNoun reports whether w (lower case) is a noun by the lexicon, the
// one test of it: no pronoun ("themselves", "someone", "nobody", which
// WordNet has as nouns for a person), and in one of its WordNet noun
// classes, a plural read as its singular ("members", "bridges",
// "march"), or a word it knows (lexicon.IsWord) as no verb, adjective,
// adverb or function word ("cattle", "warnings", "troops"; not "always",
// "perhaps", "police", "talks"), an irregular plural read as its base
// ("children"; lexicon.Inflected).
func knownNoun(w string) bool {
	if pronoun(w) {
		return false
	}
	if nounBase(w) {
		return true
	}
	for _, b := range lexicon.Inflected(w) {
		if nounBase(b) {
			return true
		}
	}
	return false
}

// nounBase is knownNoun's test of one form, w itself or a base of it.
func nounBase(w string) bool {
	return lexicon.IsPersonNoun(w) || lexicon.IsTextNoun(w) || lexicon.IsPhysicalNoun(w) || lexicon.IsEventNoun(w) ||
		lexicon.IsWord(w) && !lexicon.IsVerb(w) && !lexicon.IsAdjective(w) && !lexicon.IsAdverb(w) && !lexicon.IsFunctionWord(w)
}

// pronouns are English's pronouns, a closed class: kinds.txt's
// [pronoun-words].
var pronouns = cueSet("pronoun-words")

// pronoun reports whether w (lower case) is a pronoun: "themselves",
// "him", "ourselves", "someone", "nobody".
func pronoun(w string) bool { return pronouns[w] }

// listedKinds is, for a "how many" question that counts things, the kinds
// a passage lists right before the counted noun, and how many: "across
// air, land, and sea domains" gives three domains; an empty span when
// there is none.
func (e *Engine) listedKinds(q *question, text string) (span, int) {
	for _, tok := range e.analyze(text) {
		if !q.countsTerm(tok.Term) || !pluralNoun(strings.ToLower(text[tok.Start:tok.End])) {
			continue
		}
		m := kindListRE.FindStringSubmatchIndex(text[:tok.Start])
		if m == nil {
			continue
		}
		list := text[m[2]:m[3]]
		n := 0
		for _, it := range kindListSplit.Split(list, -1) {
			if it = strings.TrimSpace(it); it == "" {
				continue
			}
			if lexicon.IsFunctionWord(strings.ToLower(it)) || isDigit(it[0]) {
				n = 0 // "the, a", a number: no list of kinds
				break
			}
			n++
		}
		if n >= 2 {
			return span{m[2], tok.End}, n
		}
	}
	return span{}, 0
}

// kindListRE matches a list of two or more single words closing a text, as
// they stand before a noun ("air, land, and sea "); kindListSplit splits
// it into its items.
var (
	kindListRE    = regexp.MustCompile(`(?:^|[^\p{L}\-])((?:[\p{L}\-]+, )+(?:and |or )?[\p{L}\-]+|[\p{L}\-]+ (?:and|or) [\p{L}\-]+) $`)
	kindListSplit = regexp.MustCompile(`,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+`)
)

// nameRuns groups names (spans of text) that stand in one enumeration,
// joined only by commas and "and" ("Croatia and the Czech Republic",
// "Macron, Zelensky and British Prime Minister Keir Starmer"): runs of two
// or more. Each run is cut from names, clipped (names may be a memo's:
// an append to a run copies), not gathered a name at a time.
func nameRuns(text string, names []span) [][]span {
	var out [][]span
	from := 0 // the current run is names[from:k]
	for k := 1; k <= len(names); k++ {
		if k < len(names) && enumerationGap(text[names[k-1].end:names[k].start]) {
			continue
		}
		if k-from >= 2 {
			out = append(out, names[from:k:k])
		}
		from = k
	}
	return out
}

// enumerationGap reports whether the text between two names joins them
// in one enumeration: a comma or "and", with or without "the", in any
// case. Most gaps are longer than any such joint, and are told so
// without being lowered (a copy of them, when they hold a capital).
func enumerationGap(gap string) bool {
	if len(gap) > len(", and the ") {
		return false
	}
	switch strings.ToLower(gap) {
	case " and ", ", ", ", and ", " and the ", ", the ", ", and the ":
		return true
	}
	return false
}

// doneHere says how surely the clause of the number at s says what the
// question says of what it counts: 2 when it holds the question's verb (or
// a synonym or near word of the articles: "dead" for "died"), 1 when a
// word GloVe puts at softMin or nearer as typed ("killed" for "died";
// GloVe puts "injured" as near), or a verb at phrasalNear with the
// question's particle after it ("brought out" for "pulled out"), or when
// the clause holds all else the question says, two words at least, one
// of them no name, date or number (restHeld); 0 when none of these
// ("about 3,000 people are sleeping in the street" for "how many people
// died"). A question that says no verb of what it counts gets 2.
func (e *Engine) doneHere(q *question, text string, s span) int {
	level := e.deedAt(q, text, s, q.countVerb)
	if cl := clauseAround(text, s, clauseMarks); level == 0 && e.restHeld(q, text[cl.start:cl.end], q.countVerb) {
		// "Firefighters and volunteers with boats had rescued 63 people
		// from flooded homes and cars by Tuesday" for "how many got
		// pulled out by boat on tuesday": all else the question says is
		// said of the figure, its deed in other words
		return 1
	}
	return level
}

// deedAt is doneHere for the question's verb at vi among its terms (none
// when vi < 0: 2): how surely the clause of span s of text says it. It
// reads the verb of "how many" (doneHere), of "when" (the deedless date)
// and of "how much" (muchVerb) alike, the phrasal reading too: "brought
// out" says "pulled out" of a date or an amount as of a count. 2 when the
// clause holds the verb in any of its forms, a synonym or near word of the
// articles (question.stands), or one of its later verbs (laterVerbs) as
// typed; 1 when it holds a word GloVe puts near the verb (softMin, or
// phrasalNear with its particle after); else 0.
func (e *Engine) deedAt(q *question, text string, s span, vi int) int {
	if vi < 0 {
		return 2
	}
	// the question's verbs after the first ("how many ppl turned up to
	// *watch*": "About 300 people watched"), not a noun of a phrase ("the
	// warehouse *fire*": final re-read 25A F8, one reading with the count
	// of a kind of person's)
	later := q.laterVerbs(vi)
	cl := clauseAround(text, s, clauseMarks)
	from, to := cl.start, cl.end
	verb := strings.ToLower(q.terms[vi].word)
	level := 0
	anchor := lexicon.Default().Anchor(verb) // (looked up once, not for every word)
	for _, tok := range e.analyze(text[from:to]) {
		// (a later verb by its own word or a synonym, not by a word GloVe
		// puts near: "seen" is no "watch")
		if q.stands(tok.Term, vi) || slices.ContainsFunc(later, func(t qterm) bool { return t.spelledBy(tok.Term) }) {
			return 2
		}
		if level > 0 {
			continue // (a near word is found: only the verb itself can add to it)
		}
		w := strings.ToLower(text[from+tok.Start : from+tok.End])
		if sim, ok := anchor.Similarity(w); ok && (sim >= softMin || sim >= phrasalNear && (lexicon.IsVerb(w) || pastVerb(w)) && particleAfter(text[:to], from+tok.End, q.terms[vi].particle, 1, true)) {
			level = 1
		}
	}
	return level
}

// restHeld reports whether clause holds every word of the question but
// its verb (at vi among its terms) and the words that name what it
// counts, restHeldMin words at least, each as typed or by a synonym
// (question.standsAs: GloVe's neighbours share a word's contexts, not
// its meaning), and one of them a word that says how or to what the
// deed was done ("by *boat*"): a name, a date, a number or another word
// of a phrase of time (saysWhen: "*last* week", "over *three* days")
// only says where and when, and any count given of that place and day
// holds them
// ("About 3,000 people were sleeping in the streets of Calama on
// Tuesday" for "how many people died in calama on tuesday").
func (e *Engine) restHeld(q *question, clause string, vi int) bool {
	toks := e.analyze(clause)
	n, deed, m := 0, false, countedModifier(q)
	for i, t := range q.terms {
		if i == vi || i == m || q.counted != nil && t.term == q.counted.term {
			continue // (the words that name what is counted say nothing of it: "*dock* workers")
		}
		if !slices.ContainsFunc(toks, func(tok index.Token) bool { return q.standsAs(tok.Term, i) }) {
			return false
		}
		n++
		deed = deed || !t.entity && !saysWhen(q.timePhrases(), q.words, strings.ToLower(t.word))
	}
	return deed && n >= restHeldMin
}

// restHeldMin is the fewest words besides its verb a question must say
// for restHeld to read its deed from them: with one, "how many died in
// calama" would take any count said of Calama (measured: at 1 a right
// readable answer went wrong, meas h1 47 -> 46; at 3 the one gained
// was lost again).
const restHeldMin = 2

// phrasalNear is the least GloVe similarity at which a verb of a clause
// (lexicon.IsVerb or a past form) followed by the particle of the
// question's phrasal verb says it ("brought out" for "pulled out", 0.59,
// below softMin): the particle carries much of a phrasal verb's meaning.
const phrasalNear = 0.5

// readLaterVerbs are the question's verbs after its verb at vi (lexicon.IsVerb
// or a past form, not a name), less a word of a noun phrase: one with an
// article, a possessive or a preposition before it and no "to" or
// conjunction between ("showed up to *vote*", "turned out and *voted*";
// not "died in the warehouse *fire*"; a particle before a verb in "-ing",
// "ended *up* digging", and a subject, "before *it* came", make none:
// inNounPhrase).
func (q *question) readLaterVerbs(vi int) []qterm {
	var out []qterm
	for _, t := range q.terms[vi+1:] {
		if w := strings.ToLower(t.word); !t.entity && (lexicon.IsVerb(w) || pastVerb(w)) && !q.inNounPhrase(w) {
			out = append(out, t)
		}
	}
	return out
}

// inNounPhrase reports whether the question's word w stands in a noun
// phrase (laterVerbs): an article, a possessive or a preposition other
// than "to" and no verb's particle before a verb in "-ing" ("ended *up*
// digging"; "over protests" is a phrase) is met before
// it, walking back, before "to", a conjunction or a subject pronoun
// ("before *it* came free").
func (q *question) inNounPhrase(w string) bool {
	for j := slices.Index(q.words, w) - 1; j >= 0; j-- {
		switch p := q.words[j]; {
		case p == "to" || conjunctions[p] || clausePronouns[p]:
			return false // (a subject opens a clause: "before *it* came free")
		case articles[p] || possessives[p] || prepositions[p] && !(particles[p] && strings.HasSuffix(w, "ing")):
			return true // (a particle before a verb in "-ing" is its verb's: "ended *up* digging"; "died *over* protests" 25D F5)
		}
	}
	return false
}

// afterNounMarker reports whether the question's word w stands right
// after a preposition or an article, where it is a noun whatever else it
// may be: "how many got hurt *in total*", "the *total*"; "to" aside, which
// marks a verb as often ("turned up *to watch*").
func (q *question) afterNounMarker(w string) bool {
	for i := 1; i < len(q.words); i++ {
		if q.words[i] == w {
			prev := q.words[i-1]
			return prepositions[prev] && prev != "to" || articles[prev] // ("to watch": a verb)
		}
	}
	return false
}

// afterVerb reports whether the number at s of text stands right after the
// question's verb of what it counts: "injured 2,460" for "how many people
// were injured".
func (e *Engine) afterVerb(q *question, text string, s span) bool {
	if q.countVerb < 0 {
		return false
	}
	for _, re := range [][]span{e.durations(text), e.find(dateRE, text)} {
		for _, d := range re {
			if d.start < s.end && s.start < d.end {
				return false // "died two days later", "died on March 3": no count
			}
		}
	}
	if unitBefore(text, s) || unitAfter(text, s) {
		return false // "rose 38 kilometres": a measure
	}
	return e.isCountVerb(q, lastWord(text[:s.start]))
}

// isCountVerb reports whether word is the question's verb of what it
// counts, or a word that stands for it (question.stands).
func (e *Engine) isCountVerb(q *question, word string) bool {
	for _, tok := range e.analyze(word) {
		if q.stands(tok.Term, q.countVerb) {
			return true
		}
	}
	return false
}

// verbNext reports whether the question's verb of what it counts is the
// word right after the number at s: "about 1,100 *injured*" for "how many
// were injured".
func (e *Engine) verbNext(q *question, text string, s span) bool {
	if q.countVerb < 0 || unitAfter(text, s) {
		return false
	}
	next := wordAfter(text, s)
	return next != "" && e.isCountVerb(q, next)
}

// doesVerb reports whether the number at s, or the people it counts, is
// the subject of the question's verb of what it counts, within a few
// words of auxiliaries and adverbs: "214 people had been confirmed *dead*"
// and "71 were still *missing*" for "how many died" and "how many are
// missing".
func (e *Engine) doesVerb(q *question, text string, s span) bool {
	if q.countVerb < 0 {
		return false
	}
	rest := text[s.end:]
	if i := strings.IndexAny(rest, ",;:.()—"); i >= 0 {
		rest = rest[:i]
	}
	words := strings.Fields(rest)
	if len(words) > 0 && meansPerson(strings.ToLower(words[0])) {
		words = words[1:] // "214 *people* had been …"
	}
	if len(words) < 2 || !getFold(auxiliaries, words[0]) {
		return false
	}
	for _, w := range words[1:min(len(words), 1+verbReach)] {
		lw := strings.ToLower(w)
		if lexicon.IsFunctionWord(lw) && !auxiliaries[lw] {
			return false // "… and about 1,100": another clause's words
		}
		if e.isCountVerb(q, w) {
			return true
		}
	}
	return false
}

// verbReach is how many words after the auxiliary doesVerb looks at:
// "had been confirmed dead".
const verbReach = 3

// subjectOfAsked reports whether the number at s, with no noun of its
// own, is the subject of what the question asks about: an auxiliary right
// after it, then, within a few words of its clause, a question word other
// than the counted noun ("2,460 people had been injured and *71 were
// still missing*" for "how many people are still missing": the noun is
// understood).
func (e *Engine) subjectOfAsked(q *question, text string, s span) bool {
	rest := text[s.end:]
	if i := strings.IndexAny(rest, ",;:.()—"); i >= 0 {
		rest = rest[:i]
	}
	words := strings.Fields(rest)
	if len(words) < 2 || !getFold(auxiliaries, words[0]) {
		return false
	}
	for _, w := range words[1:min(len(words), 1+subjectWords)] {
		for _, tok := range e.analyze(w) {
			if q.has(tok.Term) && (q.counted == nil || tok.Term != q.counted.term) {
				return true
			}
		}
	}
	return false
}

// subjectWords is how many words after the auxiliary that follows a
// number subjectOfAsked looks at.
const subjectWords = 3

// asksMuch reports whether a question asks "how much", an amount: with
// no noun after it ("how much did it cost"), only money or a share
// answers, not a bare count ("two envoys").
func asksMuch(q *question) bool {
	for i := 1; i < len(q.words); i++ {
		if q.words[i] == "much" && q.words[i-1] == "how" {
			return true
		}
	}
	return false
}

// asksMuchOfAnything reports whether a "how much" question asks about a
// placeholder noun, no thing in particular: "how much *stuff*".
func asksMuchOfAnything(q *question) bool { return vagueNouns[afterHowMuch(q)] }

// afterHowMuch is the word of a question right after its first "how
// much" ("how much *stuff*", "how much *longer*", "how much *does*"), or
// "" where none follows.
func afterHowMuch(q *question) string {
	for i := 2; i < len(q.words); i++ {
		if q.words[i-1] == "much" && q.words[i-2] == "how" {
			return q.words[i]
		}
	}
	return ""
}

// asksMoney reports whether a "how much" question asks for a sum of money:
// one of kinds.txt's [money-words] stands in it ("how much does the
// recount *cost*", "how much did they *pay*").
func asksMoney(q *question) bool {
	if !asksMuch(q) {
		return false
	}
	for _, w := range q.words {
		if moneyWords[w] {
			return true
		}
	}
	return false
}

var moneyWords = cueSet("money-words")

// money reports whether the number at s of text is a sum of money: a
// currency's sign before it or its name after it.
func money(text string, s span) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:s.start])
	return strings.ContainsRune("$€£¥", r) || currencyAfter(text[s.end:])
}

// changeBy reports whether the figure at s of text says by how much
// something changed: a verb of change before it, with "by" or without
// (and its currency sign): "had risen by £190 million", "fell 3%", "had
// added about 30 centimetres to river levels".
func changeBy(text string, s span) bool {
	before := strings.ToLower(strings.TrimRight(text[:s.start], "$€£¥ "))
	if by, ok := strings.CutSuffix(before, " by"); ok {
		before = by
	}
	return changeVerbs[lastWord(before)]
}

// changedBy reports whether the number at s of text is a percentage after
// "by": by how much something changed ("cut the grant *by 30%*").
func changedBy(text string, s span) bool {
	return lowerHasSuffix(strings.TrimRight(text[:s.start], " "), " by") && percentAfter(text[s.end:])
}

// asksDifference reports whether a "how much" question asks by how much
// one thing exceeds another: a comparative right after "much" ("how much
// *longer* is the drive", "how much *heavier* are the trucks"), which a
// figure in a unit answers, as a change does ("added about 25 minutes").
func asksDifference(q *question) bool { return comparative(afterHowMuch(q)) }

// comparative reports whether w is an adjective's comparative, by
// English's spelling rules from an adjective WordNet gives ("longer",
// "larger", "bigger", "heavier"), or one of the few English forms no
// spelling rule makes: "more", "less", "fewer", "further", "farther",
// and "better" and "worse", the comparatives of "good" and "bad".
func comparative(w string) bool {
	switch w {
	case "more", "less", "fewer", "further", "farther", "better", "worse":
		return true
	}
	base, ok := strings.CutSuffix(w, "er")
	if !ok || len(base) < 2 || lexicon.IsFunctionWord(w) { // ("after" is no more "aft")
		return false
	}
	bases := []string{base, base + "e"} // "long", "large"
	if b, ok := strings.CutSuffix(base, "i"); ok {
		bases = append(bases, b+"y") // "heavy"
	}
	if n := len(base); n > 2 && base[n-1] == base[n-2] {
		bases = append(bases, base[:n-1]) // "big"
	}
	return slices.ContainsFunc(bases, lexicon.IsAdjective)
}

// asksChange reports whether a question asks by how much something
// changed ("how much did the cost rise"): a verb of change among its words.
func asksChange(q *question) bool {
	return slices.ContainsFunc(q.words, func(w string) bool { return changeVerbs[w] })
}

// changeVerbs are the verbs by which a figure says how much something
// changed (kinds.txt [change-words]).
var changeVerbs = cueSet("change-words")

// durations are the spans of a text that say how long something lasts:
// not an age ("a nine-year-old girl", "67 years old").
// Read only, as e.find's spans are (findKept).
func (e *Engine) durations(text string) []span {
	return e.findKept(durationRE, text, func(s span) bool { return anAge(text, s) })
}

// anAge reports whether a duration's span s of text is an age: "-old" or
// " old" after it.
func anAge(text string, s span) bool {
	rest := text[s.end:]
	return strings.HasPrefix(rest, "-old") || strings.HasPrefix(rest, " old")
}

// pastAux are the auxiliaries of the simple past: "how long *did* it last".
var pastAux = wordSet("did was were")

// typeHowLong is typeScore for "how long" questions.
func (e *Engine) typeHowLong(q *question, c *cand) float64 {
	text := c.p.Text
	ds, dates := e.durations(text), e.find(dateRE, text)
	if len(q.words) > 2 && pastAux[q.words[2]] {
		// "how long did the meeting go on": a time "ago" is when
		// something began, not how long a thing now over lasted (but
		// "how long has the war gone on": "began nearly four years ago")
		ago := func(s span) bool {
			return strings.HasSuffix(text[s.start:s.end], " ago") || strings.HasPrefix(text[s.end:], " ago")
		}
		ds = e.findKept(durationRE, text, func(s span) bool { return anAge(text, s) || ago(s) })
		dates = e.findKept(dateRE, text, ago)
	}
	lengths := e.lengths(q, text)
	if len(lengths) > 0 && q.extent {
		return 1 // "how long is the canal": "98 kilometres long"
	}
	if len(ds) > 0 || len(untilDates(text, dates)) > 0 {
		if q.extent {
			return extentAsTime // "how long is the biggest crack": no "for a decade"
		}
		return 1 // "for 90 days", "until at least the end of April"
	}
	if len(lengths) > 0 {
		return 1 // "how long is the ceasefire line": a length may answer too
	}
	if len(dates) > 0 && (!asksLasted(q) || boundingDates(text, dates)) {
		return 0.3
	}
	return 0
}

// asksLasted reports whether a "how long" question asks how long a thing
// now over went on: "how long *did* the strike last". ("how long was the
// queue" may be answered by its length in ships.)
func asksLasted(q *question) bool {
	return len(q.words) > 2 && q.words[2] == "did"
}

// boundingDates reports whether a date of text opens or closes a stretch
// of time ("since 2022", "from March", "between May and June"): a single
// date of a past event ("settled a strike *in 2019*") says when, not how
// long it lasted.
func boundingDates(text string, dates []span) bool {
	for _, d := range dates {
		w, _ := nextWord(strings.ToLower(text[d.start:d.end]))
		if w == "since" || w == "from" || w == "between" {
			return true
		}
		if b := wordBefore(text, d); b == "since" || b == "from" || b == "between" || b == "and" || b == "to" {
			return true
		}
	}
	return len(dates) > 1
}

// asksExtent reports whether a question asks "how long is X" of a thing
// with extent: the words of its subject, after the copula up to a function
// word, hold a noun whose commonest sense is a physical thing and none
// whose is an act, event or time (WordNet: "the biggest crack", "the
// bridge end to end", "the lorry queues"; not "the tram line closure", "the
// ceasefire").
func asksExtent(w []string) bool {
	if !asksLength(w) {
		return false
	}
	physical := false
	for _, x := range w[3:] {
		if lexicon.IsFunctionWord(x) && !articles[x] {
			break
		}
		if lexicon.IsEventNoun(x) {
			return false
		}
		physical = physical || lexicon.IsPhysicalNoun(x)
	}
	return physical
}

// extentAsTime is typeHowLong's score of a duration for "how long is X"
// asked of a thing with extent (asksExtent): a length answers, a time
// rarely.
const extentAsTime = 0.3

// asksLength reports whether a question's words ask "how long is X" with
// no verb: a thing's length may answer, or a stretch of time.
func asksLength(w []string) bool {
	return len(w) >= 4 && w[0] == "how" && w[1] == "long" && copulas[w[2]] &&
		!slices.ContainsFunc(w[3:], verbAsked)
}

// verbAsked reports whether a word of a "how long is X" question's subject
// is a verb asked of X, not a noun (a verb whose commonest sense as a noun
// is a thing or an event is that noun here: "the biggest crack", "the
// ceasefire").
func verbAsked(x string) bool {
	return pastVerb(x) || lexicon.IsVerb(x) && !lexicon.IsPhysicalNoun(x) && !lexicon.IsEventNoun(x)
}

// lengths are, for "how long is X" (a copula, no verb: a thing's length,
// "how long were the queues", or a stretch of time, "how long is the
// ceasefire"), the figures
// of text given in a unit of length; none for other questions.
func (e *Engine) lengths(q *question, text string) []span {
	if !asksLength(q.words) {
		return nil
	}
	return e.lengthsIn(text)
}

// lengthsIn is every figure of text given in a unit of length ("98
// kilometres", "11-kilometre"), whatever the question.
func (e *Engine) lengthsIn(text string) []span {
	var out []span
	for _, s := range e.find(numberRE, text) {
		if withUnit(text, s, "length") {
			out = append(out, s)
		}
	}
	return out
}

// untilDates are the dates of text that end a stretch of time: "until at
// least the end of April", "through June" say how long, as a duration does.
func untilDates(text string, dates []span) []span {
	var out []span
	for _, d := range dates {
		w, _ := nextWord(strings.ToLower(text[d.start:d.end]))
		if w == "until" || w == "till" || w == "through" {
			out = append(out, d)
		}
	}
	return out
}

// typeSaid is typeScore for "what did X say" questions.
func (e *Engine) typeSaid(q *question, c *cand) float64 {
	c.speaker = e.speaksAs(e.speakerFor(q), c)
	if c.speaker {
		return 1
	}
	if e.anyoneOf(q.speaker) {
		// "what did people say", "what have officials said", "what has
		// Russia said": no one person's quotation is asked for, and any
		// passage may report what was said; but one that names the body
		// (a country, "the Kremlin") does not where someone not of it
		// speaks ("Starmer said peace would only be possible if Russia
		// compromises"), unless the body is the subject of a verb of
		// saying too ("the Kremlin has not yet signalled …")
		if q.body && !e.namedSubject(c, q.speaker) && e.otherSpeaks(q, c) {
			return 0
		}
		return 0.5
	}
	if q.figure != "" && len(e.figuresAsked(q, c.p.Text)) > 0 {
		// "what does the biggest insurer think the damage will come
		// to": a figure the speaker gives is reported ("X, the largest
		// home insurer, estimated that losses would reach about $340
		// million"), where the speaker's noun stands
		for _, t := range e.analyze(lastWord(q.speaker)) {
			if hasTerm(c.toks, t.Term) {
				return 0.5
			}
		}
	}
	return 0
}

// anyoneOf reports whether the X of "what did X say" is no one in
// particular: people at large ("people", "officials": nouns for a person,
// WordNet's; "they"), a country or a body the articles name by its initials ("the
// UN", "NATO") or that initials stand for ("the USGS" of "U.S. Geological
// Survey"), which speak through whoever speaks for them, or a text
// (its last word a noun for a text, by WordNet's hypernyms: "the coalition
// statement", "the report"), reported as much as quoted; not with a
// title, nor anyone the articles name ("the czech pm", "putin" ask for one
// person's words). Initials, not any capitalised word: first names and
// headline words are capitalised too.
func (e *Engine) anyoneOf(speaker string) bool {
	if len(e.whoIs(speaker)) > 0 {
		return false
	}
	if w := strings.ToLower(strings.TrimSpace(speaker)); w == "they" || w == "them" {
		return true // "what do they mean …": people unnamed, as "people" is
	}
	toks := e.analyze(speaker)
	if n := len(toks); n > 0 && lexicon.IsTextNoun(strings.ToLower(speaker[toks[n-1].Start:toks[n-1].End])) {
		return true // a text ("the coalition statement", "the report") says what passages report it saying
	}
	for _, t := range toks {
		w := strings.ToLower(speaker[t.Start:t.End])
		if e.people[t.Term] != nil || e.titleWord(w, t.Term) {
			return false
		}
		if !lexicon.IsPersonNoun(w) && !e.isPlace(w) && !initials(e.vocab.capital[w]) && len(e.acronyms[w]) == 0 {
			return false // a body the articles name in full counts too: "the usgs"
		}
	}
	return len(toks) > 0
}

// wherePlaces leaves out of names, for "where in X", the countries: a
// place inside X is asked for ("where in Paris": not Ukraine).
func (e *Engine) wherePlaces(q *question, text string, names []span) []span {
	if !q.within {
		return names
	}
	var out []span
	for _, n := range names {
		name := unpossessed(strings.ToLower(text[n.start:n.end]))
		if lexicon.CountryWords(name) == nil {
			out = append(out, n)
		}
	}
	return out
}

// initials reports whether w is written in capitals only, two letters or
// more: a body named by its initials ("UN", "NATO", "OCHA").
func initials(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// afterLastMark is the byte offset in s just past the last of marks in
// it, 0 when none stands there: past the whole mark, a dash of three
// bytes too.
func afterLastMark(s, marks string) int {
	i := lastIndexAny(s, marks)
	if i < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return i + size
}

// indexAny is strings.IndexAny(s, marks), faster for marks of ASCII and a
// few dashes beyond it: strings reads s rune by rune against every mark
// when one is beyond ASCII; here the marks up to the first beyond ASCII
// are found as a set, byte by byte, and each later mark by its bytes (a
// rune's encoding stands in s only as that rune: it opens on a byte no
// decoding takes into another rune). Nothing is allocated.
func indexAny(s, marks string) int { return findAny(s, marks, false) }

// lastIndexAny is strings.LastIndexAny(s, marks) as indexAny is IndexAny.
func lastIndexAny(s, marks string) int { return findAny(s, marks, true) }

// findAny is indexAny, or lastIndexAny if last.
func findAny(s, marks string, last bool) int {
	k := asciiLead(marks)
	i := -1
	if k > 0 {
		if last {
			i = strings.LastIndexAny(s, marks[:k])
		} else {
			i = strings.IndexAny(s, marks[:k])
		}
	}
	for j := k; j < len(marks); {
		_, size := utf8.DecodeRuneInString(marks[j:])
		mark := marks[j : j+size]
		if last {
			i = max(i, strings.LastIndex(s, mark))
		} else if at := strings.Index(s, mark); at >= 0 && (i < 0 || at < i) {
			i = at
		}
		j += size
	}
	return i
}

// asciiLead is how many of marks' first bytes are ASCII.
func asciiLead(marks string) int {
	k := 0
	for k < len(marks) && marks[k] < utf8.RuneSelf {
		k++
	}
	return k
}

// typeWhat is typeScore for "what" questions.
func (e *Engine) typeWhat(q *question, c *cand) float64 {
	if q.naming {
		if s := e.quotedName(q, c); s.end > s.start {
			return 1 // "a multinational “reassurance force”" for "what is the force called"
		}
		if _, ok := e.namedAs(q, c); ok {
			return 1 // "the Zorros del Desierto stadium" for "whats the stadium called"
		}
		return 0.3 // no name for it here
	}
	if q.figure != "" && len(e.figuresAsked(q, c.p.Text)) > 0 {
		return 1 // "78% of the union's members" for "what share of members voted yes"
	}
	if focusListedKind(q, c.p.Text) {
		// "what gear did the teams bring", where no article says "gear":
		// a list of things of its kind ("listening devices, thermal
		// cameras and concrete-cutting saws") is what is asked for
		return 1
	}
	if len(q.words) > 0 && q.words[0] == "which" && q.focus != "" {
		// "which ports are the ships heading to": things of that kind by
		// their names, where the passage speaks of the kind ("the rival
		// ports of Rostmark and Aldenburg"), not the kind alone ("reroute
		// cargo to rival ports")
		return e.namesOfKind(q, c)
	}
	// the question's verb itself, with the thing asked for after it:
	// "has flatly rejected *the idea of …*" for "what has Russia
	// rejected", where "has not yet signalled …" says less
	if v := q.verb(); v != nil && hasTerm(c.toks, v.term) {
		if s := e.extractSpan(q, c); s.end > s.start {
			return 1
		}
	}
	return 0.5
}

// namesOfKind is typeWhat for "which N": 1 when a name the question does
// not give stands in the phrase of a word of the passage for N (itself, a
// synonym, a near word): right after it and its "of", "such as",
// "including" ("the rival ports of Rostmark and Aldenburg"), or right
// before it ("the Rostmark and Aldenburg ports"); 0.3 when the passage
// holds N with no such name, 0.5 when it does not hold N. A near word
// that is itself another word of the question is no kind of N: "which
// airports lost their flights" asks of flights too, and "flights to
// London and Paris" name no airport.
func (e *Engine) namesOfKind(q *question, c *cand) float64 {
	k := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.focus })
	if k < 0 {
		return 0.5
	}
	focus, text, held := q.terms[k], c.p.Text, false
	var free []span // the names the question does not give, found once
	for _, tok := range c.toks {
		if !focus.spelledBy(tok.Term) && !slices.ContainsFunc(focus.soft, func(a termAlt) bool { return a.term == tok.Term && !q.has(a.term) }) {
			continue
		}
		if !held {
			held, free = true, e.freeSpans(q, text, e.names(text))
		}
		for _, n := range free {
			if getFold(notPeople, text[n.start:n.end]) {
				continue // "other airports on Monday": a day names no airport
			}
			if n.start >= tok.End && wordCount(text[tok.End:n.start]) <= 2 || n.end <= tok.Start && wordCount(text[n.end:tok.Start]) == 0 {
				return 1
			}
		}
	}
	if held {
		return kindUnnamed
	}
	return 0.5
}

// kindUnnamed is namesOfKind's score of a passage that holds the kind
// asked about with no name for it.
const kindUnnamed = 0.3

// withUnit reports whether the number at s of text is a measure of the
// dimension m: a unit of it follows ("38 kilometres", "72-member") or
// comes just before it ("magnitude 7.1").
func withUnit(text string, s span, m string) bool {
	if m == "age" {
		// "Rosa Mamani, 67, waits …", "a 39-year-old driver", "67 years
		// old", "aged 67"; "for 19 years", "several years" last, no age
		if ageAfterName(text, s) || wordBefore(text, s) == "aged" || unitWords[m][wordAfter(text, s)] {
			return true
		}
		w, rest := afterFigure(text, s)
		next, _ := nextWord(rest)
		return (w == "years" || w == "year") && strings.Trim(next, ".") == "old"
	}
	if m == "frequency" {
		// any unit of time, years too ("once every 30 years"), for
		// everyFigure keeps out a span ("for 19 years")
		after := wordAfter(text, s)
		return (unitWords[m][after] || isTimeUnit(after)) && everyFigure(text, s)
	}
	return unitWords[m][wordAfter(text, s)] || unitWords[m][wordBefore(text, s)]
}

// measuredBy reports whether the number at s of text is a measure of the
// dimension q asks about: withUnit's unit, or for a size a count of the
// people of what q asks about (peopleSized).
func measuredBy(q *question, text string, s span) bool {
	return withUnit(text, s, q.measure) || q.measure == "size" && peopleSized(q, text, s)
}

// sizedOther reports whether the number at s of text says how big a
// thing is in a unit of another of sizeDimensions, where the number's
// phrase names the thing the question asks about, by a word of the
// question or one that stands for it ("a magnitude 5.9 *aftershock*" for
// "how big was the aftershock"), or names no thing at all, measuring what
// its clause speaks of ("measured it at magnitude 7.0"): "big" asks of a
// thing's magnitude in whatever it is measured by, but a measure of
// another thing in the passage ("a magnitude 7.1 quake" for "how big was
// the landslide") says nothing of it.
func (e *Engine) sizedOther(q *question, text string, s span) bool {
	if !slices.ContainsFunc(sizeDimensions, func(m string) bool { return withUnit(text, s, m) }) {
		return false
	}
	// the words after the number and its unit, and past the "of" of a
	// measured mass ("300 tonnes *of grain*")
	rest := strings.TrimLeft(countedText(text, s), " -")
	for {
		w, after := nextWord(rest)
		if lw := strings.ToLower(w); w == "" || !isUnit(lw) && lw != "of" {
			break
		}
		rest = after
	}
	named := false
	for lw := range numberPhrase(rest) {
		named = true
		if e.namesAsked(q, lw, true) {
			return true
		}
	}
	if named {
		return false
	}
	// nothing named after it: the measure is the thing's its sentence
	// names before it, the asked one as typed or by a synonym ("the
	// *aftershock*, of magnitude 4.1"; a GloVe neighbour may be
	// another: "quake") or none ("measured it at magnitude 6.2"), not
	// another ("the main *quake*, of magnitude 7.1, was followed by a
	// smaller aftershock")
	before := text[sentenceOpening(text, 0, s.start):s.start]
	return e.namesAsked(q, before, false) || !namesMeasurable(before)
}

// namesAsked reports whether a word of text stands for a word of the
// question: question.stands where soft, else question.standsAs.
func (e *Engine) namesAsked(q *question, text string, soft bool) bool {
	for _, tok := range e.analyze(text) {
		for i := range q.terms {
			if q.standsBy(tok.Term, i, soft) {
				return true
			}
		}
	}
	return false
}

// namesMeasurable reports whether text names a thing a measure may be of: a
// common noun (knownNoun) that is not a unit ("magnitude"), a time
// ("Monday", "night") nor a person ("seismologists"), read as a noun where
// no other word class knows it ("aftershock") or where a determiner or an
// adjective opens it (nounSlot: "the *quake*", "the first *quake*"; "it
// *hit*" is a verb, "a *huge*" no noun). A name is no such thing: it may
// be the asked thing's own ("the Orla weighs 40,000 tonnes" for "how big
// is the ferry").
func namesMeasurable(text string) bool {
	ws := words(text)
	for i, w := range ws {
		if i > 0 && w != "" && unicode.IsUpper([]rune(w)[0]) {
			continue // a name
		}
		w = strings.ToLower(unpossessed(w))
		if w == "" || isUnit(w) || timeWord(w) || lexicon.IsFunctionWord(w) || pastVerb(w) || lexicon.IsPersonNoun(w) || !lexicon.IsWord(w) {
			continue
		}
		other := lexicon.IsVerb(w) || lexicon.IsAdjective(w) || lexicon.IsAdverb(w)
		if knownNoun(w) && (!other || i > 0 && nounSlot(ws[i-1])) {
			return true
		}
	}
	return false
}

// sizeDimensions are the dimensions besides size whose units say how big
// a thing is, as WordNet's "big" reads (above average in size, number,
// quantity, magnitude or extent): its weight ("a hull of 40,000 tonnes"),
// its force ("a magnitude 5.9 aftershock"). Not length: its units say
// how far too, and a distance with nothing named after it ("34
// kilometres (21 miles) northeast of Calama") is no size of Calama.
var sizeDimensions = []string{"weight", "force"}

// peopleSized reports whether the number at s of text sizes what a "how
// big" question asks about by the people in it: it counts people by a
// noun for a person heading its phrase (sizeInPeople: "more than 35
// officials", "2,400 dock workers" for "how big is the port"), and where
// the question sizes a group of people (sizedGroups), the count's
// sentence names that group too ("the delegation of more than 35
// officials", "The crew, led by Capt. Ana Ruiz, numbered 40 sailors":
// a sentence as sentenceOpening and sentenceEndIn read one), and where
// it names the group before the count, no verb between says a deed the
// group does to others (composedBy: "the crew helped 300 passengers").
// A count of other people sizes another body: "the ferry carried 300
// passengers" says nothing of how big its crew is. A group named after
// the count is taken unless it is the agent of a deed done to the people
// counted (byAgentOf: "300 passengers, rescued by the crew"); asking
// composedBy of it too cost two held-out false abstentions.
func peopleSized(q *question, text string, s span) bool {
	if !sizeInPeople(text, s) {
		return false
	}
	groups := sizedGroups(q)
	if len(groups) == 0 {
		return true
	}
	from, to := sentenceOpening(text, 0, s.start), len(text)
	if end := sentenceEndIn(text, s.end, len(text)); end >= 0 {
		to = end
	}
	for _, ws := range wordSpans(text[from:to]) {
		w := strings.ToLower(unpossessed(text[from+ws[0] : from+ws[1]]))
		if !slices.ContainsFunc(groups, func(g string) bool { return sameGroup(g, w) }) {
			continue
		}
		if at := from + ws[0]; at >= s.end && !byAgentOf(text[s.end:at], text[at:to]) || at < s.start && composedBy(text[from+ws[1]:s.start]) {
			return true
		}
	}
	return false
}

// composedBy reports whether between, the words from a group's noun to a
// count of people after it, says the people are the group: no verb, or
// only verbs that say what it is made of (composing: "the crew
// *numbered* 40 sailors", "each team *has* 12 firefighters", "the
// delegation *includes* 40 officials"), none of a deed the group does to
// others ("the crew *helped* 300 passengers", "the allies *sent* 400
// soldiers": the people helped or sent are not it). An aside is left
// out, its marks paired from the count back, each closing mark with the
// nearest one of its kind before it (a comma with a comma, a dash with a
// dash: "the crew, *led* by Capt. Ruiz, numbered 40", "the crew — tired,
// *soaked* — numbered 40"); the words on either side of it are read
// ("the crew *rescued*, in rough seas, 40 sailors", "the crew, which
// *towed*, at dawn, 40 sailors": the aside nearest the count is "at
// dawn"), as are those before a mark that no other of its kind opens.
// Where an aside follows the noun and the words after the last mark open
// with a verb, that verb is the group's and every mark before it sets
// off the subject's asides, a list too ("the crew, tired, *soaked* and
// cold, numbered 40").
func composedBy(between string) bool {
	marks := asideMarkRE.FindAllStringIndex(between, -1)
	if len(marks) == 0 {
		return onlyComposing(between)
	}
	if last := between[marks[len(marks)-1][1]:]; strings.TrimSpace(between[:marks[0][0]]) == "" && opensWithVerb(last) {
		return onlyComposing(last) // the subject's asides, then its verb
	}
	kinds := make([]string, len(marks))
	for k, m := range marks {
		kinds[k] = between[m[0]:m[1]]
	}
	open := asideOpeners(kinds)
	end := len(between)
	for k := len(marks) - 1; k >= 0; k-- {
		if !onlyComposing(between[marks[k][1]:end]) {
			return false
		}
		end = marks[k][0]
		if j := open[k]; j >= 0 {
			end, k = marks[j][0], j // the aside between them left out
		}
	}
	return onlyComposing(between[:end])
}

// asideOpeners are, for each of marks (asideMarkRE's or asideOrBracketRE's,
// in their order), the index of the mark that opens the aside it closes:
// the nearest before it of its kind (markKind), a comma for a comma, a
// dash for a dash, "(" for ")"; -1 for none, and for "(", which closes
// nothing. One pass, each kind's last mark kept: linear in the marks.
func asideOpeners(marks []string) []int {
	open := make([]int, len(marks))
	last := map[string]int{}
	for k, m := range marks {
		open[k] = -1
		if want := openerKind(m); want != "" {
			if j, ok := last[want]; ok {
				open[k] = j
			}
		}
		last[markKind(m)] = k
	}
	return open
}

// markKind is the kind of an aside's mark m: a comma, a bracket ("(" or
// ")"), or a dash, any other mark.
func markKind(m string) string {
	switch m {
	case ",", "(", ")":
		return m
	}
	return "—"
}

// openerKind is the kind (markKind) of the mark that opens the aside the
// mark m closes: "(" for ")", a comma for a comma, a dash for a dash; ""
// for "(", which closes nothing.
func openerKind(m string) string {
	switch k := markKind(m); k {
	case "(":
		return ""
	case ")":
		return "("
	default:
		return k
	}
}

// onlyComposing reports whether every verb of part, a stretch of text
// composedBy reads, says what a whole is made of (composing), or part
// holds none.
func onlyComposing(part string) bool {
	for _, w := range words(part) {
		if lw := strings.ToLower(w); (lexicon.IsVerb(lw) || pastVerb(lw)) && !composing(lw) {
			return false
		}
	}
	return true
}

// opensWithVerb reports whether part's first word is a verb (WordNet's,
// a past form or an auxiliary: "numbered", "helped", "has"), not a
// function word that is no auxiliary ("to").
func opensWithVerb(part string) bool {
	ws := words(part)
	if len(ws) == 0 {
		return false
	}
	lw := strings.ToLower(ws[0])
	return auxiliaries[lw] || !lexicon.IsFunctionWord(lw) && (lexicon.IsVerb(lw) || pastVerb(lw))
}

// asideMarkRE is a mark that opens or closes an aside: a comma or a dash.
var asideMarkRE = regexp.MustCompile(`[,—–]`)

// byAgentOf reports whether between, the text from a count to a group's
// noun after it, makes the group the agent of a deed done to the people
// counted: a past verb of a deed, then adverbs or a particle if any,
// then "by" with an agent after it (byAgent reads group, the text from
// the group's noun on: "300 passengers, *rescued by* the crew", "winched
// *up by*", "helped *ashore by*"; not "by Friday").
func byAgentOf(between, group string) bool {
	ws := words(between)
	for i := len(ws) - 1; i > 0; i-- {
		if !strings.EqualFold(ws[i], "by") {
			continue
		}
		spans := wordSpans(between)
		if !byAgent(strings.TrimLeftFunc(between[spans[i][1]:], unicode.IsSpace) + group) {
			return false
		}
		v := i - 1
		for v > 0 && (particles[strings.ToLower(ws[v])] || lexicon.IsAdverb(strings.ToLower(ws[v]))) {
			v-- // "winched *up* by", "helped *ashore* by"
		}
		lw := strings.ToLower(ws[v])
		return pastVerb(lw) && !composing(lw)
	}
	return false
}

// composing reports whether the verb w (lower case) says what a whole is
// made of: a verb of inclusion (kinds.txt [inclusion-words]: "comprises",
// "includes"), of being or having (lexicon.Auxiliaries: "is", "has"), or
// of a count's sum ("numbered", and WordNet's synonyms of "number":
// "totalled"), in any regular or irregular form; a function word that is
// no auxiliary is no verb here ("to").
func composing(w string) bool {
	if inclusionVerbs[w] || slices.Contains(lexicon.Auxiliaries(), w) || lexicon.IsFunctionWord(w) {
		return true
	}
	return slices.ContainsFunc(slices.Concat([]string{w}, lexicon.RegularBases(w), lexicon.Inflected(w)), func(b string) bool {
		return slices.Contains(numberingVerbs(), b)
	})
}

// numberingVerbs are "number", the verb a body's count is said by ("the
// crew numbered 40"), and its WordNet synonyms ("total"); built on first
// use, so that a binary which never sizes a group does not load WordNet's
// synonym table at start-up.
var numberingVerbs = sync.OnceValue(func() []string {
	return append([]string{"number"}, lexicon.Synonyms("number")...)
})

// sizedGroups are the words for a group of people (lexicon.IsGroupNoun)
// a "how big" question sizes, lower case: those before its first
// preposition ("how big was the crew *of* the ferry", not "how big is
// the port compared to *others* in the country"), a possessive read as
// its noun ("how big is the *crew's* rota").
func sizedGroups(q *question) []string {
	var groups []string
	for _, w := range q.words {
		if prepositions[w] {
			break // what is sized comes first
		}
		if w = unpossessed(w); lexicon.IsGroupNoun(w) {
			groups = append(groups, w)
		}
	}
	return groups
}

// sizeInPeople reports whether the number at s of text counts people by
// a noun for a person (WordNet's, lexicon.IsPersonNoun) heading its
// phrase: "more than 35 officials", "1,800 rescuers". A body of people is
// as big as the people in it, as the size units' "people" and "members"
// say, by whatever noun it names them.
func sizeInPeople(text string, s span) bool {
	head := countedHead(countedText(text, s))
	return head != "" && lexicon.IsPersonNoun(head)
}

// sameGroup reports whether w (lower case) names the group g a question
// names: g itself, or a WordNet synonym either way ("workforce" and
// "manpower"), each in the singular or the plural on either side ("teams"
// and "team").
func sameGroup(g, w string) bool {
	return sameNoun(g, w) || slices.ContainsFunc(lexicon.Synonyms(g), func(x string) bool { return sameNoun(x, w) }) ||
		slices.ContainsFunc(lexicon.Synonyms(w), func(x string) bool { return sameNoun(x, g) })
}

// sameNoun reports whether a and b, lower case, are one noun, either in
// the singular or the plural: the same word, or one a plural of the other
// as lexicon.Singulars reads one ("crews", "ladies", "men"), never a verb
// form ("crewed", "staffing": "the ferry, crewed by volunteers" names no
// crew).
func sameNoun(a, b string) bool {
	return a == b || lexicon.IsSingularOf(a, b) || lexicon.IsSingularOf(b, a)
}

// groupSized reports whether the number at s of text counts the group of
// people a "how big" question names (lexicon.IsGroupNoun): the number's
// phrase ends in that noun, in the plural, or in a WordNet synonym of it
// ("how big is the crew": "some 30 crew"; "how large is the workforce":
// "about 1,200 men", WordNet's "manpower, men"). A group's size is the
// people in it; a count under another group's noun ("5,000 troops" for
// "how big is the navy") sizes that group, not the one asked about, and a
// comparative after the number says by how much it grew ("1,500 more
// troops"). The group is the question's as sizedGroups reads it. (A
// count under a noun for a person sizes the group where its sentence
// names it: peopleSized.)
func groupSized(q *question, text string, s span) bool {
	first, last := "", ""
	for lw := range numberPhrase(countedText(text, s)) {
		if first == "" {
			first = lw
		}
		last = lw
	}
	if first == "" || comparative(first) || !lexicon.IsGroupNoun(last) {
		return false
	}
	return slices.ContainsFunc(sizedGroups(q), func(g string) bool { return sameGroup(g, last) })
}

// countedText is the text after the number at s of text that may say
// what it counts: at most 50 bytes of it, up to the first punctuation
// mark ("27 heads of state", not what follows a comma).
func countedText(text string, s span) string {
	after := text[s.end:min(len(text), s.end+50)]
	if i := strings.IndexAny(after, ",;.:()"); i >= 0 {
		after = after[:i]
	}
	return after
}

// dimensionNouns are, by adjective, the nouns of the dimension it names
// (kinds.txt [measure-noun] and [dimension-noun]: "deep": depth, "tall"
// and "high": height, "long": length).
var dimensionNouns = func() map[string][]string {
	m := map[string][]string{}
	for _, section := range []string{"measure-noun", "dimension-noun"} {
		for _, line := range cueLists[section] {
			m[line[0]] = append(m[line[0]], line[1:]...)
		}
	}
	return m
}()

// dimensionNoun reports whether w is a noun some dimension adjective
// names ("depth", "length").
func dimensionNoun(w string) bool {
	for _, ns := range dimensionNouns {
		if slices.Contains(ns, w) {
			return true
		}
	}
	return false
}

// measureAdjective is the adjective a measure question asks by ("how
// *deep*"), or "".
func measureAdjective(q *question) string {
	if q.measure == "" || len(q.words) < 2 {
		return ""
	}
	return q.words[1]
}

// otherDimension reports whether the figure at s of text is said of a
// dimension other than the one the question's adjective asks for
// (asked: "deep"): its unit followed by another dimension's adjective
// ("98 kilometres *long*", "31 centimetres long" for "how deep"), or
// in another's noun ("a *length* of 98 kilometres", "98 kilometres in
// length"). A length is no depth, a width no height, though all are
// given in metres; "tall" and "high" share "height", and a figure with
// no such word says nothing against it.
func otherDimension(asked, text string, s span) bool {
	want := dimensionNouns[asked]
	if len(want) == 0 {
		return false
	}
	other := func(w string, noun bool) bool {
		w = strings.ToLower(strings.Trim(w, ".,;:()\"'’”"))
		if noun {
			return dimensionNoun(w) && !slices.Contains(want, w)
		}
		ns, ok := dimensionNouns[w]
		return ok && !slices.ContainsFunc(ns, func(n string) bool { return slices.Contains(want, n) })
	}
	after := strings.Fields(strings.TrimLeft(text[s.end:], " -"))
	if len(after) >= 2 && isUnit(strings.ToLower(strings.Trim(after[0], ".,;:()"))) {
		if other(after[1], false) || len(after) >= 3 && strings.EqualFold(after[1], "in") && other(after[2], true) {
			return true
		}
	}
	before := lastFields(text[:s.start], 2)
	if n := len(before); n >= 2 && strings.EqualFold(before[n-1], "of") {
		return other(before[n-2], true)
	}
	return false
}

// ageAfterName reports whether the number at s stands alone after a
// name and a comma, up to a comma or the sentence's end, as a person's
// age does ("Rosa Mamani, 67,", "said Brandt, 51.").
func ageAfterName(text string, s span) bool {
	before := strings.TrimSuffix(text[:s.start], ", ")
	rest := text[s.end:]
	ends := strings.HasPrefix(rest, ",") || rest == "" || (strings.HasPrefix(rest, ".") && strings.TrimSpace(rest[1:]) == "") || strings.HasPrefix(rest, ". ")
	name := lastWord(before)
	return len(before) < s.start && ends && isCapital(name) && !getFold(notPeople, name) // ("by Tuesday, 51": no one's age)
}

// wordAfter is the word right after the number at s ("38 kilometres"),
// wordBefore the one right before it ("magnitude 7.1"), lower case.
func wordAfter(text string, s span) string {
	next, _ := afterFigure(text, s)
	return strings.Trim(next, ".()")
}

func wordBefore(text string, s span) string {
	return strings.ToLower(lastWord(text[:s.start]))
}

// afterFigure is the word right after the number at s of text, past a
// space or a hyphen ("72-member"), lower-cased with its marks (nextWord),
// and the text after that word: wordAfter trims the word, and withUnit's
// age and everyFigure read on past it ("67 years old", "three times a
// week").
func afterFigure(text string, s span) (string, string) {
	return nextWord(strings.TrimLeft(text[s.end:], " -"))
}

// unitAfter reports whether a unit of any dimension stands right after
// the number at s, unitBefore right before it.
func unitAfter(text string, s span) bool { return isUnit(wordAfter(text, s)) }

func unitBefore(text string, s span) bool { return isUnit(wordBefore(text, s)) }

// isUnit reports whether w is a unit of any dimension (kinds.txt).
func isUnit(w string) bool { return anyUnit[w] }

// anyUnit are the units of every dimension: one look-up for a passage's
// every number, not one a dimension.
var anyUnit = func() map[string]bool {
	all := map[string]bool{}
	for _, units := range unitWords {
		for w := range units {
			all[w] = true
		}
	}
	return all
}()

// counts reports whether the number at s counts what the question asks
// about: the question's counted noun ("how many nuclear *weapons*") stands
// within the few words after it, before any punctuation ("27 heads of
// state", "several thousand French troops") (countsNamed); or, for "how
// many people", a kind of person heads the phrase it counts ("900 mill
// workers"), whatever its clause says (countsAsPeople).
func (e *Engine) counts(q *question, text string, s span) bool {
	return e.countsNamed(q, text, s) || e.countsAsPeople(q, text, s)
}

// countsNamed is counts by the noun the question counts, or one that means
// it (countedIn), not by a kind of person for people (countsAsPeople):
// typeFigure scores the two apart.
func (e *Engine) countsNamed(q *question, text string, s span) bool {
	if unitBefore(text, s) {
		return false // "a magnitude 5.9 aftershock": a measure, no count of aftershocks
	}
	if rest, ok := strings.CutPrefix(text[s.end:], "-"); ok && rest != "" && unicode.IsLetter(rune(rest[0])) {
		// a number joined to the word after it counts that word, as a
		// modifier ("a 90-seat boat": seats), not the noun it modifies
		// ("the four-lane bridge" counts no bridges)
		w := rest
		if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
			w = rest[:i]
		}
		return e.countedIn(q, w, w+"s")
	}
	after := countedText(text, s)
	if q.countedOfOtherCountry(after) {
		return false // "several thousand French troops" counts no Ukrainian soldiers
	}
	head := e.countedHeadOf(after)
	if head == "" {
		// "the death toll … has risen to 351": the figure counts what the
		// tally is of
		for _, w := range talliedWords(text, s) {
			if e.countsWord(q, w) {
				return true
			}
		}
	}
	if e.namesKindOfPeople(q, after) {
		return true // "350 office employees" for "how many office ppl"
	}
	if q.counted != nil && head != "" {
		// the noun the number counts, not one that qualifies it: "two
		// school *gyms*" counts no schools; but a noun that only counts
		// what qualifies it counts that ("22 *crew* members")
		words := head
		if getFold(classifierNouns, lastWord(head)) {
			words = after
		}
		return e.countedIn(q, words, head) || e.narrowedAlike(q, after, head)
	}
	plain := outsideNames(after) // "60% owned by Meridian Box Holdings" counts no boxes
	return e.countedIn(q, plain, plain)
}

// outsideNames is the words of after, the text after a number, outside
// any multi-word proper name: a run of two or more capitalised words
// ("owned by the Luxembourg-registered *Meridian Box Holdings*"). A word
// of a company's or a place's name is no noun the number counts; after a
// number, no capital opens a sentence.
func outsideNames(after string) string {
	words := strings.Fields(after)
	capital := func(i int) bool {
		return i >= 0 && i < len(words) && isCapital(strings.TrimLeft(words[i], "“\"‘'("))
	}
	kept := words[:0:0]
	for i, w := range words {
		if capital(i) && (capital(i-1) || capital(i+1)) {
			continue
		}
		kept = append(kept, w)
	}
	if len(kept) == len(words) {
		return after
	}
	return strings.Join(kept, " ")
}

// countsAsPeople reports whether the number at s of text counts the
// people a "how many people" question asks about, with no word that
// narrows them (countedModifier), by a noun for a kind of person
// (WordNet's) that heads its phrase (countedHead): each of them is one
// ("About 2,400 *dock workers* … walked off the job" for "how many ppl
// walked out", "about 9 million *passengers* a year" for "how many ppl r supposed to ride it every year").
// They may be only some of the people asked about ("four *residents*
// were taken to hospital … after being rescued", where "63 people" were
// rescued): typeFigure scores such a count below one of people
// (kindCounted). The other way round, a count of people leaves the kind
// asked about uncounted (partOfPeople), and a modifier asks for a kind
// of its own (namesKindOfPeople: "Northjet passengers" are no "office
// people").
func (e *Engine) countsAsPeople(q *question, text string, s span) bool {
	if q.counted == nil || !getFold(genericPeople, q.counted.word) || countedModifier(q) >= 0 || unitBefore(text, s) {
		return false
	}
	head := e.countedHeadOf(countedText(text, s))
	return head != "" && lexicon.IsPersonNoun(head)
}

// kindCounted is typeFigure's score of a count of a kind of person, of
// what the question says of people (countsAsPeople): a figure that
// answers, but less surely than a count of people.
const kindCounted = 0.9

// narrowedAlike reports whether the words after a number (after, its
// phrase's plural head head) narrow what they count by the very word that
// narrows what a "how many" question counts (countedModifier), right
// before a head near the counted noun in meaning and of its kind: "About
// 1,300 *reefer containers*" for "how many reefer boxes". Two nouns so
// narrowed alike name one thing, though GloVe puts them less near than
// soft matching needs (narrowAlike), where both are things with extent
// or neither is (WordNet's commonest senses): "two nuclear *powers*"
// (states) count no nuclear weapons. Not a plural the question says
// besides the one it counts.
func (e *Engine) narrowedAlike(q *question, after, head string) bool {
	m := countedModifier(q)
	if m < 0 {
		return false // (none without a counted noun, q.counted nil)
	}
	counted := strings.ToLower(q.counted.word)
	if head == counted || slices.Contains(q.words, head) || isUnitWord(head) {
		return false
	}
	prev := ""
	for lw := range numberPhrase(after) {
		if lw == head {
			if prev == "" || !slices.ContainsFunc(e.analyze(prev), func(t index.Token) bool { return t.Term == q.terms[m].term }) {
				return false
			}
			sim, ok := lexicon.Default().Similarity(counted, head)
			return ok && float64(sim) >= narrowAlike && !otherNounKind(counted, head) && lexicon.IsPhysicalNoun(counted) == lexicon.IsPhysicalNoun(head)
		}
		prev = lw
	}
	return false
}

// narrowAlike is the least GloVe similarity of a noun narrowed as the
// question narrows its counted noun to that noun for the one to count
// the other (narrowedAlike).
const narrowAlike = 0.5

// namesKindOfPeople reports whether the words after a number, before its
// phrase ends, name the people a "how many MOD people" question counts as
// English names a kind of people: its modifier, then a noun for a person
// (WordNet's) in place of "people" ("350 *office employees*" for "how
// many office ppl", "40 *security staff*"); "Northjet passengers" are no
// "office people".
func (e *Engine) namesKindOfPeople(q *question, after string) bool {
	if q.counted == nil || !getFold(genericPeople, q.counted.word) {
		return false
	}
	m := countedModifier(q)
	if m < 0 {
		return false
	}
	modified := false
	for lw := range numberPhrase(after) {
		if modified && lexicon.IsPersonNoun(lw) {
			return true
		}
		modified = slices.ContainsFunc(e.analyze(lw), func(t index.Token) bool { return t.Term == q.terms[m].term })
	}
	return false
}

// countedIn reports whether words hold what a "how many" question counts
// (countsTerm), or nouns, the plural a number counts, means nearly what
// its counted noun does (countsAlike).
func (e *Engine) countedIn(q *question, words, nouns string) bool {
	for _, tok := range e.analyze(words) {
		if q.countsTerm(tok.Term) {
			return true
		}
	}
	if q.counted != nil {
		if counted, kin := q.countedKin(); countsAlike(counted, kin, nouns, q.words...) {
			return true
		}
	}
	return e.doersIn(q, nouns)
}

// doersIn reports whether the noun a number counts (countedHead, in the
// number's phrase: after is what follows the number) is the doers of the
// deed a "how many people" question counts: a noun for a person English
// makes from its verb ("how many people donated": "600 *donors*", "how
// many people voted": "31 voters", "volunteers"; not "31 votes", no
// persons, nor "£18,000 from donors", which counts money). Asked in the
// passive ("how many people were rescued") the people counted are those
// the deed was done to: only a noun in "-ee" counts them ("evacuees"),
// not the doers ("rescuers").
func (e *Engine) doersIn(q *question, after string) bool {
	if q.countVerb < 0 || q.counted != nil && !getFold(genericPeople, q.counted.word) {
		return false
	}
	if i := strings.IndexAny(after, ",;.:()"); i >= 0 {
		after = after[:i]
	}
	head := e.countedHeadOf(after)
	if head == "" || !lexicon.IsPersonNoun(head) {
		return false
	}
	verb := q.terms[q.countVerb] // analysed: "donat", "vote", "volunt"
	if at := slices.Index(q.words, strings.ToLower(verb.word)); at > 0 && (beForms[q.words[at-1]] || getPassive[q.words[at-1]]) {
		return strings.HasSuffix(head, "ees") && agentOf(verb.term, head)
	}
	toks := e.analyze(head)
	return agentOf(verb.term, head) || len(toks) == 1 && toks[0].Term == verb.term
}

// agentOf reports whether noun (a plural or not) is made of a verb's
// analysed stem as English makes agent nouns: the stem, less a final "e"
// or "at" ("vote", "donat"), and a suffix of agent nouns ("voters",
// "donors", "evacuees", "signatories"), or none.
func agentOf(stem, noun string) bool {
	for _, sing := range []string{strings.TrimSuffix(noun, "s"), strings.TrimSuffix(noun, "ies") + "y"} {
		for _, base := range []string{stem, strings.TrimSuffix(stem, "e"), strings.TrimSuffix(stem, "at")} {
			if rest, ok := strings.CutPrefix(sing, base); ok && len(base) >= 3 && agentSuffixes[rest] {
				return true
			}
		}
	}
	return false
}

// agentSuffixes are the endings English makes agent nouns of verbs with
// (closed class), and none: a verb that is its agent's noun.
var agentSuffixes = map[string]bool{"": true, "er": true, "or": true, "ee": true, "ant": true, "ent": true, "ist": true, "ary": true, "atory": true}

// classifierNouns count what the noun before them names: "22 crew
// members", "40 staff members", "3,000 security personnel" (kinds.txt).
var classifierNouns = cueSet("classifier-words")

// countsTerm reports whether an analysed term is what a "how many"
// question counts: its counted noun in any of its forms, or, without one,
// any of the question's words.
func (q *question) countsTerm(term string) bool {
	if q.counted == nil {
		return q.has(term)
	}
	return term == q.counted.term || slices.Contains(q.counted.alts, term)
}

// clauseMarks are the marks that close a clause around a figure or a name.
const clauseMarks = ",;:()—"

// clauseAround is the clause of text around span s: from just past the
// last of marks before it to the first after it.
func clauseAround(text string, s span, marks string) span {
	to := len(text)
	if i := indexAny(text[s.end:], marks); i >= 0 {
		to = s.end + i
	}
	return span{afterLastMark(text[:s.start], marks), to}
}

// talliedWords are the words naming what a tally counts when the figure
// at s is what the tally of its clause comes to: the word before the tally
// noun ("*death* toll") and the one after its "of" ("number of *dead*");
// none when no tally noun stands in the clause before the figure.
func talliedWords(text string, s span) []string {
	clause := strings.Fields(strings.ToLower(text[clauseAround(text, s, clauseMarks).start:s.start]))
	for i, w := range clause {
		if !tallies[strings.Trim(w, "\"'’“”")] {
			continue
		}
		var out []string
		if i > 0 && !lexicon.IsFunctionWord(clause[i-1]) {
			out = append(out, strings.Trim(clause[i-1], "\"'’“”"))
		}
		if i+2 < len(clause) && clause[i+1] == "of" {
			out = append(out, strings.Trim(clause[i+2], "\"'’“”"))
		}
		return out
	}
	return nil
}

// tallies are the nouns that name a count of something (kinds.txt).
var tallies = cueSet("tally")

// countsWord reports whether w, a word a tally is of, is what a "how many"
// question counts: the counted noun in any of its forms or nearly its
// meaning, or, where the question counts people by what they did ("how
// many people died"), nearly the meaning of that verb ("death"); without a
// counted noun, any of the question's words.
func (e *Engine) countsWord(q *question, w string) bool {
	for _, tok := range e.analyze(w) {
		if q.countsTerm(tok.Term) {
			return true
		}
	}
	if q.counted != nil {
		if sim, ok := lexicon.Default().Similarity(strings.ToLower(q.counted.word), w); ok && float64(sim) >= countAlike {
			return true
		}
	}
	// a tally of the verb's deed ("the death toll") counts people in
	// general, not some of them ("how many children died")
	return (q.counted == nil || getFold(genericPeople, q.counted.word)) && q.deedWord(w)
}

// deedWord reports whether w is nearly the meaning (GloVe, softMin) of
// the verb a "how many" question counts by (countVerb): "death" of
// "died", "rescue" of "rescued"; false where it has none.
func (q *question) deedWord(w string) bool {
	if q.countVerb < 0 {
		return false
	}
	sim, ok := lexicon.Default().Similarity(strings.ToLower(q.terms[q.countVerb].word), w)
	return ok && sim >= softMin
}

// countedHead is the plural noun that heads the words after a number,
// before its phrase ends (a function word, a preposition, a verb of the
// few it may hold): "school *gyms*", "prefabricated housing *units*",
// "*heads* of state"; "" when none of them is plural.
func countedHead(after string) string {
	head := ""
	for lw := range numberPhrase(after) {
		if pluralNoun(lw) {
			head = lw
		}
	}
	return head
}

// numberPhrase yields the words after a number (after), lower case, up to
// where its phrase ends (a function word, an auxiliary, a preposition) and
// at most countAlikeWords of them: the words that say what it counts.
func numberPhrase(after string) iter.Seq[string] {
	return func(yield func(string) bool) {
		i := 0
		for w := range strings.FieldsSeq(after) { // (the first few words of a passage's rest: not all split)
			lw := bareWord(w)
			if i == countAlikeWords || lexicon.IsFunctionWord(lw) || auxiliaries[lw] || prepositions[lw] || !yield(lw) {
				return
			}
			i++
		}
	}
}

// countsAlike reports whether the plural noun a number counts, the first
// of the few words after it ("9,400 *homes* destroyed", "two nuclear
// *powers*"), means nearly what the question counts (GloVe, countAlike)
// and is of its kind (otherNounKind): "homes" for "houses", "officers"
// for "soldiers", not "troops" for "casualties"; nor a plural the
// question says besides the noun it counts (asked, its words), of which
// it asks something else. A noun of some sense WordNet gives the counted
// noun too counts it, though GloVe puts it further (countsKin:
// "operations" for "surgeries"; kin is lexicon.KinOf(counted), read once
// for the question). Units are not: "hours" and "years" stand near in
// GloVe, as amounts never are.
func countsAlike(counted string, kin lexicon.NounKin, after string, asked ...string) bool {
	if isUnitWord(counted) {
		return false
	}
	head := invariantHead(after)
	i := 0
	for w := range strings.FieldsSeq(after) {
		if i == countAlikeWords {
			break
		}
		i++
		w = bareWord(w)
		if genericPeople[counted] && genericPeople[w] {
			return true // "about 58,000 people" counts the folks asked about
		}
		if !pluralNoun(w) && w != head {
			continue
		}
		if w != counted && slices.Contains(asked, w) {
			return false // "how many tanks did they send with the troops": the question's own other noun is not what it counts
		}
		sim, ok := lexicon.Default().Similarity(counted, w)
		return (ok && float64(sim) >= countAlike || countsKin(counted, kin, w)) && !isUnitWord(w) && !otherNounKind(counted, w)
	}
	return false
}

// countsKin reports whether the plural noun a number counts (w) means
// what the question counts (counted) in some sense WordNet gives both,
// not only their commonest (lexicon.KinOf, NounKin.Shares): "41 *operations*"
// count surgeries, "48,000 *bookings*" reservations, though GloVe puts
// them below countAlike. Not for people in general ("how many folks"),
// whose words share rare senses with groups ("folk" and "family", kin),
// a count of which counts no people. kin is lexicon.KinOf(counted).
func countsKin(counted string, kin lexicon.NounKin, w string) bool {
	return !genericPeople[counted] && kin.Shares(w)
}

// invariantHead is the noun that ends a number's phrase (numberPhrase)
// with no plural "-s" where English has none ("40 Northjet *aircraft*",
// "3,000 *personnel*", "200 *sheep*"): after a number it counts in the
// plural whatever its form. A noun by WordNet's commonest senses, of a
// thing or a person (lexicon), and no function word or adjective; "" when
// the phrase ends otherwise.
func invariantHead(after string) string {
	last := ""
	for w := range numberPhrase(after) {
		last = w
	}
	if len(last) < 4 || strings.HasSuffix(last, "s") || lexicon.IsAdjective(last) || lexicon.IsVerb(last) {
		return ""
	}
	if lexicon.IsPhysicalNoun(last) || lexicon.IsPersonNoun(last) {
		return last
	}
	return ""
}

// otherNounKind reports whether nouns a and b are of different kinds, a
// person and no person by their commonest senses (WordNet's,
// lexicon.IsPersonNoun): GloVe puts "casualties" near "troops" and
// "tanks", words of one matter, but a number of troops counts no
// casualties, nor one of tanks any crews. (A noun for a group of people,
// "troops", "crew", is no person.)
func otherNounKind(a, b string) bool {
	return lexicon.IsPersonNoun(a) != lexicon.IsPersonNoun(b)
}

// countAlikeWords is how many words after a number its noun is looked for
// in; countAlike is the least GloVe similarity of a noun a number counts
// to the question's counted noun for the one to count the other: soft
// matching's, as for any word ("tents" count "shelters" at 0.72; at 0.75,
// as it was, the training sets score the same and a few more answerable
// questions of train3 and of the held-out sets are declined).
const (
	countAlikeWords = 4
	countAlike      = softMin
)

// refersBack reports whether a sentence speaks of someone named before it:
// "he" or "she" as a word of it.
func refersBack(s string) bool {
	// one pass over the words (runs of letters), not a search for each
	// pronoun through every "the" and "when"; a quotation mark is no
	// letter ("“She was dehydrated,” …"), and an ASCII letter, most of any
	// text, is told without decoding a rune
	start := -1
	for i := 0; i < len(s); {
		b, size := s[i], 1
		letter := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
		if b >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			letter = unicode.IsLetter(r)
		}
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if isPronounHeShe(s[start:i]) {
				return true
			}
			start = -1
		}
		i += size
	}
	return start >= 0 && isPronounHeShe(s[start:])
}

func isPronounHeShe(w string) bool {
	return w == "he" || w == "she" || w == "He" || w == "She"
}

func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// personLike reports whether a name may be a person's: not a known place,
// not a nationality, not a body "of the" something.
func (e *Engine) personLike(name string) bool {
	return get(&e.memo.mu, e.memo.person, name, func() bool { return e.personLikeNow(name) })
}

// personLikeNow is personLike, computed (remembered by personLike: the
// "who" scores ask it of every name of every candidate they look at).
func (e *Engine) personLikeNow(name string) bool {
	if e.isPlace(name) || !strings.Contains(name, " ") && isDemonym(name) {
		return false // "French", but not "Giorgia Meloni" or "Alexus G. Grynkewich"
	}
	for w := range strings.FieldsSeq(name) {
		if getFold(connectors, w) {
			return false
		}
	}
	return !getFold(notPeople, name)
}

// namesThing reports whether a name of several words is a thing's, not a
// person's: its last word a common English noun of a thing with extent
// (WordNet: "Caswell *Bridge*", "Kessock *Dam*"), and the articles
// writing it after "the" somewhere ("the Caswell Bridge"), as English
// writes no one's name. ("Daniel Fox" ends on an animal, no thing, and
// is never "the Daniel Fox"; "the John Bell Memorial Trust" is the
// trust's name, a capitalised word after "Bell": no "the John Bell".)
// Remembered by name: it reads the whole coverage.
func (e *Engine) namesThing(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || e.c == nil {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if !lexicon.IsPhysicalNoun(last) || !lexicon.IsWord(last) || lexicon.IsName(last) {
		return false
	}
	return get(&e.memo.mu, e.memo.thing, lowerASCII(name), func() bool { return e.writtenAfterThe(lowerASCII(name)) })
}

// writtenAfterThe reports whether the articles write name (lower case,
// matched in any case: a chat question types "mcavoy bridge", a story
// "the McAvoy Bridge" or "the Caswell bridge"), as a whole name (no letter
// or capitalised word right after it), after "the".
func (e *Engine) writtenAfterThe(name string) bool {
	for _, a := range e.c.Articles {
		for i := range a.Passages {
			text := a.Passages[i].Text
			for j := range uses(e.asciiLowerPassage(text), name) {
				at := j + len(name)
				r, _ := utf8.DecodeRuneInString(text[at:])
				if next, _ := typedWord(text[at:]); at < len(text) && (wordRune(r) || isCapital(next)) {
					continue // "the John Bellamy …", "the John Bell Memorial Trust"
				}
				if before := strings.ToLower(lastWord(text[:j])); before == "the" {
					return true
				}
			}
		}
	}
	return false
}

// notPeople are capitalised words that stand alone as names of days,
// months and points of the compass, not of anyone.
var notPeople = union(weekdays, monthNames, wordSet(`west east north south western eastern northern southern`))

// vagueDate reports whether a time expression is relative, not a date.
func vagueDate(s string) bool {
	ls := strings.ToLower(s)
	for _, w := range []string{"recent", "yesterday", "today", "tomorrow", "last ", "next ", "this ", "over the", " ago"} {
		if strings.Contains(ls, w) {
			return true
		}
	}
	return false
}

// locatingPreps are the prepositions that put a name after them in a
// place, alone and with "the" ("in", "in the"), as located reads them: made
// once, not joined anew for every name.
var locatingPreps = func() [][]byte {
	var out [][]byte
	for _, prep := range []string{" in", " at", " to", " from", " near", " across", " into", " inside"} {
		out = append(out, []byte(prep), []byte(prep+" the"))
	}
	return out
}()

// located keeps the names that stand where a place does: after "in", "at",
// "to", "from", or before "region", "city".
func located(text string, names []span) []span {
	var out []span
	// the words either side, lowered on the stack, not in new strings for
	// every name: the words compared are ASCII, and a letter of another
	// script, left as it is, matches none of them as its lower case does
	var bb, ab [32]byte
	for _, s := range names {
		// the few words either side are all it reads, from a word's start
		from := max(0, s.start-16)
		if i := strings.IndexByte(text[from:s.start], ' '); from > 0 && i >= 0 {
			from += i
		}
		before := appendLowerASCII(append(bb[:0], ' '), strings.TrimSpace(text[from:s.start]))
		after := append(appendLowerASCII(ab[:0], text[s.end:min(len(text), s.end+12)]), ' ')
		place := bytes.HasPrefix(after, []byte(" region")) || bytes.HasPrefix(after, []byte(" city")) ||
			bytes.HasPrefix(after, []byte(" province")) || bytes.HasPrefix(after, []byte(" capital"))
		for _, prep := range locatingPreps {
			if bytes.HasSuffix(before, prep) {
				place = true
			}
		}
		if place {
			out = append(out, s)
		}
	}
	return out
}

// currencyAfter reports whether a currency (kinds.txt) follows a figure:
// "900 billion pesos", "40 million euros".
func currencyAfter(rest string) bool {
	for _, w := range firstFieldsLower(rest, 2) {
		if currencies[strings.Trim(w, ".,;:()")] {
			return true
		}
	}
	return false
}

var currencies = cueSet("currency") // kinds.txt

// percentAfter reports whether a figure is a percentage: "3%", "12 per
// cent", "40 percent".
func percentAfter(rest string) bool {
	rest = strings.ToLower(rest)
	return strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, " percent") || strings.HasPrefix(rest, " per cent")
}

// isUnitWord reports whether w is a unit: of a dimension (isUnit) or of
// time ("hours", durationRE's).
func isUnitWord(w string) bool {
	return isUnit(w) || isTimeUnit(w)
}

// otherSpeaks reports whether someone speaks in c's passage (a name
// followed by a verb of saying) who is not the body a "what did X say"
// question names, nor described as of it (Sævik, "the UN's humanitarian
// chief", speaks for the UN; Starmer not for Russia).
func (e *Engine) otherSpeaks(q *question, c *cand) bool {
	var body []string // the body's analysed words: "russia" of "the Kremlin"
	speaker := strings.ToLower(q.speaker)
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.entity && strings.Contains(speaker, strings.ToLower(t.word)) {
			body = append(body, t.term)
		}
	}
	text := c.p.Text
	if pronounSpeaker(text) && c.prev != nil {
		text = c.prev.Text // "He said …": the one the sentence before names
	}
	for _, n := range e.names(text) {
		if !speaking(text, n) {
			continue
		}
		name := text[n.start:n.end]
		if e.mentionsEntity(q, name) {
			return false // the body itself: "the Kremlin said"
		}
		toks := e.analyze(lastWord(name))
		if len(toks) == 1 && slices.ContainsFunc(body, func(b string) bool { return e.people[toks[0].Term][b] }) {
			return false // one of it
		}
		return true
	}
	return false
}

// opposedStance reports whether the passage has the question's verb with
// the stance opposite to the question's: "voted against" for "who voted
// for it", "voted for" for "who voted against it" (stanceWords, a closed
// class of English).
func (e *Engine) opposedStance(q *question, c *cand) bool {
	// the question's stance first: it reads the question alone, and most
	// questions have none, whose candidates' verbs need not be found
	asked := ""
	for i, w := range q.words {
		if i > 0 && stanceWords[w] != "" && (pastVerb(q.words[i-1]) || lexicon.IsVerb(q.words[i-1])) {
			asked = w
		}
	}
	if asked == "" {
		return false
	}
	v, ok := e.verbAt(q, c)
	if !ok {
		return false
	}
	next, _ := nextWord(c.p.Text[v.end:])
	return stanceWords[strings.TrimRight(next, ".,;:!?")] == asked
}

// stanceWords map the words that give a vote's or an argument's stance
// after its verb to their opposite ("voted for", "voted against").
var stanceWords = map[string]string{"for": "against", "against": "for"}

// countedOfOtherCountry reports whether the words after a number, up to
// the noun it counts, name a country ("several thousand *French* troops")
// other than the one the question qualifies its counted noun by ("how many
// *ukrainian* soldiers"): a count of another country's.
func (q *question) countedOfOtherCountry(after string) bool {
	if q.counted == nil {
		return false
	}
	at := slices.Index(q.words, strings.ToLower(q.counted.word))
	if at < 1 {
		return false
	}
	asked := countryName(q.words[at-1])
	if asked == "" {
		return false
	}
	i := 0
	for w := range strings.FieldsSeq(after) {
		lw := bareWord(w)
		if i == countAlikeWords || lexicon.IsFunctionWord(lw) || prepositions[lw] {
			break
		}
		if c := countryName(lw); c != "" && c != asked {
			return true
		}
		i++
	}
	return false
}

// countryName is the name of the country a word is of ("french":
// "france"), as lexicon.Countries groups them, or "".
func countryName(w string) string {
	if g := lexicon.CountryWords(strings.ToLower(unpossessed(strings.ReplaceAll(w, "’", "'")))); g != nil {
		return g[0]
	}
	return ""
}

// measuresThing reports whether a "how deep/high/heavy/hot/strong"
// question measures a thing with extent: its dimension is no size, age or
// frequency, and every noun it holds besides names is one of WordNet's
// physical things ("how deep do the pier 4 *cracks* go"). Such a measure
// is a length, a weight, a heat, never a sum of money or a share ("$16.2
// million to replace the crossheads on piers 2, 3 and 4"); but "how high
// did copper *prices* go" measures no thing, and "3%" answers it.
// (typeFigure asks it for every candidate: a word's number test is the
// engine's, remembered, holdsNumber.)
func (e *Engine) measuresThing(q *question) bool {
	if q.measure == "" || q.measure == "size" || q.measure == "age" || q.measure == "frequency" {
		return false
	}
	n := 0
	for kt := range q.terms {
		t := &q.terms[kt]
		w := strings.ToLower(t.word)
		if t.entity || e.holdsNumber(w) || lexicon.IsVerb(w) && !lexicon.IsPhysicalNoun(w) || measureOf(w) != "" || measureNouns[w] {
			continue // ("go", "deep", "depth", "4")
		}
		if !lexicon.IsPhysicalNoun(w) {
			return false
		}
		n++
	}
	return n > 0
}

// measureNouns are the nouns of kinds.txt's [measure-noun] ("depth"),
// which a question's adjective is read as.
var measureNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range cueLists["measure-noun"] {
		for _, n := range line[1:] {
			m[n] = true
		}
	}
	return m
}()
