package qa

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// maxPassageBytes bounds a quoted passage: one or two sentences, no wall
// of text.
const maxPassageBytes = 450

// abstention is why the articles do not answer, or "" when the best
// candidate answers the question. It may move a better-typed candidate
// to the top. Without weighEvidence, only the rules that decline
// whatever the evidence are applied.
func (e *Engine) abstention(q *question, cands []*cand, weighEvidence bool) string {
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.unknown && t.entity && (!t.lowerName || countryWord(t.word)) {
			// (a country, typed in lower case or not: "the dutch pm",
			// where no article mentions the Netherlands)
			return "a name no article mentions, in any spelling"
		}
		if t.unknown && isYear(t.word) && !countsNext(q.words, t.word) {
			return "a year no article mentions" // "chile's 2010 earthquake": the name of a time
		}
	}
	if asksTheChat(q) && !chatDeedSaid(q, cands) {
		return "the question asks the chat, not the articles"
	}
	top := cands[0]
	if spec := specOf(q.kind); spec.typed && top.typeOK < 0.5 || spec.needsType && top.typeOK < 1 {
		// a passage nearly as well matched that has the kind of answer
		// asked for; where a kind needs its type (a number, a date), one
		// that has it fully over one that has it in part. Matched in the
		// question's words (coverage) or, for one that holds the answer
		// whole, in their meaning (align: "construction could be delayed
		// by up to eight months" for "how long could a judicial review
		// hold things up")
		want := 0.5
		if top.typeOK >= 0.5 {
			want = 1
		}
		ratio := 0.75
		if heading(top.p.Kind) || spec.needsType && (top.typeOK == 0 || q.kind == KindWhen && asksDate(q)) || (q.role || q.within) && top.typeOK == 0 {
			// a heading's few words are all matched: its coverage says
			// less of what it holds than a sentence's; and a passage with
			// no number or date at all cannot answer "how much" or "when",
			// however well it matches ("The European Union's envoy called
			// the bloc's pledge …" under "how much did the eu pledge":
			// "European Union: €180 million"); nor can one with no name
			// answer "who is the mayor", nor one naming no place inside
			// Paris "where in Paris was it held" ("Paris hosts …")
			ratio = 0.5
		}
		if q.kind == KindSaid && top.typeOK == 0 {
			// "what did the mayor say abt the strikers": a passage in
			// which the one asked about speaks answers, however little
			// else of the question it holds (the speaker is named in
			// another sentence: "I would rather have a city with jobs
			// than a port with robots."), as one in which no one asked
			// about speaks cannot (a caption that names the mayor); only
			// one where they speak (typeOK 1), not one where anyone does
			ratio, want = 0, 1
		}
		if q.nameOf != "" && top.typeOK == 0 {
			// "what's the name of the girl they rescued": a passage that
			// gives the girl a name ("The girl, identified … only as
			// Antonia") answers, however little else of the question it
			// holds, as one with no name cannot ("… pulled a nine-year-old
			// girl alive")
			ratio = 0
		}
		reach := promoteReach
		if q.nameOf != "" {
			reach = len(cands) // every passage that speaks of the noun was looked at (rank)
		}
		// A "how many" top with no figure at all yields to a passage whose
		// figure counts the very noun asked about, though it holds less
		// of the question's other words (countsRatio): "The union says
		// the plan puts up to 600 jobs at risk" over "I would rather
		// have a city with jobs than a port with robots" for "how many
		// jobs could the robots wipe out"
		// (and, by less, a top whose figures count only other things:
		// countsOtherRatio)
		countsAt := 0.0 // the share of the top's coverage a passage counting the noun needs, 0 for none
		if q.kind == KindHowMany && q.counted != nil {
			switch {
			case top.typeOK == 0:
				countsAt = countsRatio
			case top.typeOK < 1 && !e.countsNoun(q, top):
				countsAt = countsOtherRatio
			}
		}
		top = promoteWithin(cands, reach, func(c *cand) bool {
			// (not another source's over the one the question names); a
			// figure that answers whole may name none of the question's
			// names but a day, which its paragraph's sentences before it
			// give: "two more tugs had arrived …, bringing the total on
			// site to six" for "how many tugs were on site by tuesday"
			// (no heading: a headline's figure is the story's, of no day)
			named := c.entShare > 0 || spec.figure && c.typeOK >= 1 && !heading(c.p.Kind) && onlyTimeNamesMissing(q, c)
			matched := c.cov >= ratio*top.cov || c.typeOK >= 1 && c.feat[fAlign] >= ratio*top.feat[fAlign] || countsAt > 0 && c.cov >= countsAt*top.cov && e.countsNoun(q, c)
			return c.typeOK >= want && named && matched && (q.fromOutlet(c.a) || !q.fromOutlet(top.a))
		})
	}
	if spec := specOf(q.kind); spec.needsType && top.typeOK < 1 {
		// the sentence after the top one, which holds the figure or the
		// date the top lacks, goes on with what the top names: "The
		// company said it had received 3,100 claims by Thursday evening",
		// after "Northgate Mutual, the province's largest home insurer,
		// estimated …", for "how many claims has northgate had". It
		// answers, matched with the top's words as with the words of the
		// sentence before (cover); not the sentence before the top, whose
		// figure may be another's ("Chile's National Seismological Center
		// placed the epicentre … at a depth of 38 kilometres. / The U.S.
		// Geological Survey measured it at magnitude 7.0.")
		if i := slices.IndexFunc(cands, func(c *cand) bool { return c.typeOK >= 1 && follows(c, top) && speaksOfMatter(q, c) }); i > 0 {
			c := raise(cands, i)
			if c.prev == nil || c.prev.Seq != top.p.Seq {
				// (across a paragraph break, or a list's item: not read
				// with the top in rank)
				c.prevToks = append(slices.Clip(c.prevToks), top.toks...)
			}
			c.looked = false
			e.cover(q, c)
			top = c
		}
	}
	if asksLeader(q) && top.typeOK < 1 {
		// the sentence after the top one in its paragraph, which names
		// the leader of what the top names, answers: "Its managing
		// director, Carl Whitmore, urged …" after "Harwick's main bus
		// company, Wendline Buses, said …" for "who runs wendline buses";
		// only one that refers back to it (speaksOfTop), not one naming
		// another's leader ("Council leader Aisha Brannigan urged …")
		if i := slices.IndexFunc(cands, func(c *cand) bool {
			return c.typeOK >= 1 && follows(c, top) && c.p.Block == top.p.Block && speaksOfTop(q, c)
		}); i > 0 {
			top = raise(cands, i)
		}
	}
	if q.kind == KindHowMany && q.counted != nil && top.typeOK < 1 {
		// the sentence right before the top, whose figure counts the
		// noun asked about, answers a top that counts nothing asked:
		// "She said 43 homes in the village had flooded" before "Nobody
		// in Dunmore Falls was killed, but four residents were …" for
		// "how many houses in dunmore falls were flooded"; the top names
		// what its "the village" is, and it is read with the top's words
		// (cover), as the sentence after one is above
		if i := slices.IndexFunc(cands, func(c *cand) bool { return c.typeOK >= 1 && follows(top, c) && e.countsNoun(q, c) }); i > 0 {
			after := top
			c := raise(cands, i)
			c.prevToks = append(slices.Clip(c.prevToks), after.toks...)
			c.looked = false
			e.cover(q, c)
			top = c
		}
	}
	if spec := specOf(q.kind); spec.typed && heading(top.p.Kind) {
		// a heading says what a story is about; a sentence of it nearly
		// as well matched that holds more of the kind of answer asked
		// for ("Senator Patricio Olave … called for an independent
		// inquiry" over "… opposition senator demands an independent
		// inquiry") says it
		top = promote(cands, func(c *cand) bool {
			return c.typeOK > top.typeOK && !heading(c.p.Kind) && c.entShare > 0 && c.cov >= 0.5*top.cov
		})
	}
	if pred := partitivePredicate(q); len(pred) > 0 && !e.figureSays(top, pred) {
		// "how many of the aftershocks were over magnitude 5": "more than
		// 400 aftershocks" counts them all, not those asked about
		return "the passage's figure counts the whole, not the part asked about"
	}
	if i := countedModifier(q); i >= 0 && i < len(top.match) && (top.match[i] == 0 || !spells(q.terms[i], top.toks) && !spells(q.terms[i], top.prevToks)) {
		// "how many conservative councillors voted no": "by 31 votes to
		// 24" counts them all, not the conservatives; nor does a word
		// only near the narrowing one in meaning say it ("the queue of
		// 212 ships" for "how many container ships": GloVe's "ship")
		return "the passage's figure counts the whole, not the part asked about"
	}
	if q.kind == KindHowMany && e.namedAsIncluded(q, top) {
		// "how many ppl stayed at the community arena": "About 650 people
		// spent Monday night in four emergency shelters, including the
		// Community Arena" counts them in all four
		return "the passage's figure counts the whole, not the part asked about"
	}
	if q.kind == KindHowMany && e.namedAmongPlaces(q, top) {
		// "how many homes got flooded in port lisle": "evacuation
		// orders covered about 1,800 homes in Brackenford, Ashcombe and
		// Port Lisle" counts the three towns together
		return "the passage's figure counts the whole, not the part asked about"
	}
	if asksSurname(q) && !e.givesSurname(q, top) {
		return "the passage gives no surname of whom the question names" // "whats antonias last name": "… identified only as Antonia"
	}
	if !e.ownsFigure(q, top) {
		// "how many soldiers does ukraine have": "Paris could deploy
		// several thousand French troops to Ukraine" counts soldiers,
		// not Ukraine's; a passage nearly as well matched whose figure
		// is Ukraine's answers
		top = promoteWithin(cands, promoteReach, func(c *cand) bool {
			return c.typeOK >= 1 && c.cov >= 0.75*top.cov && e.countsNoun(q, c) && e.ownsFigure(q, c)
		})
		if !e.ownsFigure(q, top) {
			return "the passage's figure is not of whom the question asks"
		}
	}
	switch {
	case !q.fromOutlet(top.a):
		// "who contributed reporting to the pacific ledger piece": what
		// another article says is no answer from the one asked about
		return "the article the question names does not say"
	case q.kind == KindHowLong && top.typeOK == 0:
		return "no duration or date in the passage" // "how long has starmer been pm": a list of leaders says nothing of how long
	case q.kind == KindWhen && top.typeOK == 0 && !eventClause(top.p.Text):
		return "no date or time in the passage" // "when was NATO founded": a passage about NATO with no date, no time of day, no "once …"
	case (q.kind == KindYesNo || q.kind == KindWhat || q.kind == KindWho) && prospectUnmet(q, top):
		// "is felix amadi gonna resign", "whats the weather gonna be like
		// this weekend": whether or what something is to be is said only
		// by a sentence that speaks of what is to come (a plan, a modal,
		// an undertaking); "Felix Amadi said the company took full
		// responsibility" says what was, not what will be. (Not a
		// figure, a duration or a date, which a passage may give of what
		// is planned without a word of the plan.)
		return "the passage says nothing of what is to come"
	case !saysEndedUp(q, top):
		return "the passage does not say it came to the deed asked about"
	case e.doneOnlyAsProspect(q, top):
		return "the passage speaks of it as yet to happen, not whether it did"
	case e.plannedOnly(q, top):
		// "did the union get the 500 euro bonus": "The union said it
		// would ask Northjet for a one-off payment of €500" says what
		// was sought, not what came of it
		return "the passage says only what was planned or sought, not whether it came about"
	case e.awaitedOnly(q, top):
		// "did they find rosa mamanis son yet": "has been waiting
		// outside the arcade since Tuesday for news of her son" tells
		// the outcome as not yet known
		return "the passage tells it as still awaited, not whether it came about"
	case e.outcomePlannedOnly(q, top):
		// "what did the water tests show": "said it would test the water
		// at six points" says what was to be done, not what came of it
		return "the passage says only what was to come, not what came of it"
	case asksYesNo(q) && e.askedOnly(q, top):
		// "did kallberg go in front of the committee": "Durrant called
		// for Kallberg to appear before the committee"
		return "the passage says they were asked to, not whether they did"
	case asksYesNo(q) && e.namedOnlyInList(q, top):
		// "did meloni promise italian troops": "European leaders …,
		// including Macron, Starmer, … and Giorgia Meloni stressed that
		// …" says what the group did, not whether she promised anything
		return "the passage names them only among others, and says nothing of them alone"
	case asksYesNo(q) && e.unnamed(q, top):
		// "did rubio call zelensky during the summit": a sentence on
		// Rubio that names no Zelensky says nothing of what passed
		// between them
		return "the passage does not name all whom the question asks about"
	case onlyChatTimeMatched(q, top):
		// "whos winning the match tonight": "Tonight we stopped talking,"
		// Brannigan said" matches the asker's time, nothing asked
		return "the passage matches only the question's words of when it is asked"
	case askersTimeUnknown(q):
		// "whos winning the game tonight": a passage of the articles'
		// winners is none of the asker's evening's game
		return "the question asks of the asker's day about a thing no article speaks of"
	case e.saidNothingOf(q, cands):
		// "did the harbour master say anything about the pay offer", or
		// any yes/no question of what X said, asked or claimed: X speaks
		// in the coverage, but only of the storm
		return "where they speak, the passages say nothing of what the question asks about"
	case weighEvidence && e.evidence(q, top) < 0:
		return "the best passage matches too little of the question"
	case q.role && top.typeOK == 0:
		return "no one the articles give that title"
	case q.nameOf != "" && top.typeOK == 0:
		return "no name the articles give it"
	case asksLeader(q) && !givesLeader(top):
		// "who is gonna run the coordination cell": "The allies also
		// agreed to establish a U.S.-Ukraine-Coalition coordination cell
		// in Paris" says no one runs it, nor do the sentences beside it
		return "no one the passage gives as its leader"
	case len(q.words) > 0 && q.words[0] == "which" && q.wantsSettlement() && !e.namesSettlement(q, top):
		// "which cities will the hubs be in": "across Ukraine" names a
		// country, no city
		return "no city or town the passage names"
	case q.kind == KindWho && !q.role && q.nameOf == "" && !q.defines && e.captionScenesOnly(q, top):
		return "the photograph's caption names only where it was taken, not who"
	case q.kind == KindWho && len(q.words) > 0 && (q.words[0] == "which" || q.words[0] == "what") && q.wantsCountry() && top.typeOK < 0.5:
		return "no country the passage names" // "which european country will command …": a city or a person is none
	case e.onlyIndefinite(q, top):
		// "which firm is reviewing Sentaro's controls": "brought in an
		// outside firm" says there is one, not which
		return "the passage speaks of one, not which"
	case !top.typedNames && !q.event:
		// (a question read as asking about the coverage's event names
		// nothing itself: the event's names are the articles' own)
		return "the question names something the passage does not"
	case specOf(q.kind).figure && e.namedBeforeOnly(q, top):
		// "how many members does the Mexican rescue team have": "The
		// 72-member Japanese team …", after a sentence naming Mexico
		return "the passage's figure is of another than the question names"
	case specOf(q.kind).figure && top.entShare < 1 && !q.event && !onlyTimeNamesMissing(q, top):
		// "how many people did the turkish team rescue": a count or a
		// date of what the question names, not of all ("63 people had
		// been brought out alive"), though its names be typed in lower
		// case
		return "the question names something the passage does not"
	}
	return ""
}

// doneOnlyAsProspect reports whether a yes/no question asks whether
// something was done ("did they *clear* the backlog in 10 days") and the
// passage holds the question's verb only as yet to be done: right after a
// modal, past any adverbs (pastBetween: "she *would make* her sister's
// wedding", "would then probably make"), or after "to" in a
// clause that speaks of a prospect ("it expected *to clear* the backlog",
// "would ask KCT *to publish*"; not "forced rescuers to pull back": done).
// It says what was planned or hoped, not what came of it.
func (e *Engine) doneOnlyAsProspect(q *question, top *cand) bool {
	if q.kind != KindYesNo {
		return false
	}
	vi := didVerb(q)
	if vi < 0 {
		return false
	}
	text, seen := top.p.Text, false
	for _, tok := range top.toks {
		if !q.stands(tok.Term, vi) {
			continue
		}
		seen = true
		from := afterLastMark(text[:tok.Start], clauseMarks)
		ws := append(strings.Fields(strings.ToLower(text[from:tok.Start])), strings.ToLower(text[tok.Start:tok.End]))
		n := pastBetween(ws, len(ws)-1, -1, false) // "would *now* face", "would *then probably* face"
		switch {
		case n >= 0 && modal(ws[n]):
		case n > 0 && ws[n] == "to" && planned(ws[:n]):
		default:
			return false
		}
	}
	return seen
}

// namedOnlyInList reports whether a passage names the question's names
// only as items of a list of three names or more ("including Macron,
// Starmer, Polish Prime Minister Donald Tusk and Italy's Prime Minister
// Giorgia Meloni"), and lacks a word of the question that is no name and
// no verb of saying, and settles nothing (verdict): it says what the group
// did, or that they were there, not what the question asks of one of them.
// A question whether one is among others or named at all ("is poland
// involved", "is meloni mentioned": membershipWords) is what a list
// answers.
func (e *Engine) namedOnlyInList(q *question, c *cand) bool {
	if !slices.ContainsFunc(q.terms, func(t qterm) bool { return t.entity }) {
		return false
	}
	lacks := false
	for i, t := range q.terms {
		w := strings.ToLower(t.word)
		if membershipWords[w] || inclusionVerbs[w] {
			return false // "is poland involved": whether one is among them, which a list says
		}
		if !t.entity && i < len(c.match) && c.match[i] == 0 && !lexicon.IsSayingVerb(w) {
			lacks = true
		}
	}
	if !lacks {
		return false
	}
	var items []span // the items of lists of three or more that are names
	for _, co := range coordinations(c.p.Text) {
		if len(co.items) < 3 {
			continue
		}
		for _, it := range co.items {
			if nameItem(c.p.Text[it.start:it.end]) {
				items = append(items, it)
			}
		}
	}
	named := false
	for i, t := range q.terms {
		if !t.entity {
			continue
		}
		for _, tok := range c.toks {
			if !q.stands(tok.Term, i) {
				continue
			}
			named = true
			if !slices.ContainsFunc(items, func(it span) bool { return it.start <= tok.Start && tok.End <= it.end }) {
				return false
			}
		}
	}
	if !named {
		return false
	}
	v, _ := e.verdict(q, c)
	return v == ""
}

// membershipWords, with the verbs of inclusion, ask whether one is among
// others or named at all (kinds.txt).
var membershipWords = cueSet("membership-words")

// nameItem reports whether a list's item is a name, with any title before
// it: every word but a function word capitalised ("Polish Prime Minister
// Donald Tusk", "the Czech Republic"; not "Two Labour councillors").
func nameItem(item string) bool {
	n := 0
	for _, w := range strings.Fields(item) {
		w = strings.Trim(w, ".,;:\"'’”“()")
		if w == "" || lexicon.IsFunctionWord(strings.ToLower(w)) {
			continue
		}
		if !isCapital(w) {
			return false
		}
		n++
	}
	return n > 0
}

// unnamed reports whether a passage lacks a name of a yes/no question
// (in it or the sentence before, in any spelling the match reads) that
// the articles use: whether X did something with or to Y, or did it in
// Y, is settled only by a sentence that names both ("did kushner meet
// zelensky": "Kushner called the Paris meeting a milestone" says nothing
// of Zelensky). A name the passage's story opens with or is headlined
// with does not count: its sentences speak of it without naming it again
// ("… to a peacekeeping mission post-ceasefire" in a story on Ukraine). A
// name no article uses is declined before (abstention), or is the chat's
// ("atm").
func (e *Engine) unnamed(q *question, c *cand) bool {
	for i, t := range q.terms {
		if !t.entity || t.unknown || i >= len(c.match) || c.match[i] > 0 {
			continue
		}
		if e.lead(c.a)[t.term] || e.headlineTerms(c.a)[t.term] {
			continue
		}
		return true
	}
	return false
}

// askedOnly reports whether, for a yes/no question "did X V …", the passage names
// X only as one asked to do something: each mention of X's words is the
// object of a verb of asking, with nothing between them but a determiner,
// a title or the name's other words ("called for *Kallberg* to appear",
// "would ask *the government* to pay"; requestVerbs), and is followed,
// past the rest of its name, by "to" and a verb. That X was asked says
// nothing of whether X did it; a question whether X was asked, or said
// anything, is none of these. Not "urged calm as Lang *went to*" (no
// object of the verb, no verb after "to"), nor "a *press* conference" (a
// noun after a determiner).
func (e *Engine) askedOnly(q *question, c *cand) bool {
	vi := didVerb(q)
	if vi < 1 {
		return false
	}
	if v := strings.ToLower(q.terms[vi].word); requestVerbs[v] || callForms[v] || lexicon.IsSayingVerb(v) {
		return false
	}
	text, seen := c.p.Text, false
	for _, tok := range c.toks {
		if !slices.ContainsFunc(q.lookup[tok.Term], func(h termHit) bool { return h.i < vi }) {
			continue
		}
		seen = true
		if !askedObject(strings.Fields(text[afterLastMark(text[:tok.Start], clauseMarks):tok.Start])) ||
			!toVerbAfter(strings.Fields(text[tok.End:min(len(text), tok.End+80)])) {
			return false
		}
	}
	return seen
}

// askedObject reports whether the words before a mention (as written)
// end on a verb of asking whose object the mention is: past at most three
// words that are a determiner, a title or capitalised (the name's other
// words: "ask *the* government", "urged *Transport Minister* Voss"), a
// verb of asking not after a determiner, or "for" / "on" after a form of
// "call".
func askedObject(before []string) bool {
	k := len(before) - 1
	for skipped := 0; k >= 0 && skipped < 3; k, skipped = k-1, skipped+1 {
		w := before[k]
		lw := strings.ToLower(w)
		if !nounOpeners[lw] && !lexicon.IsTitle(lw) && !isCapital(w) {
			break
		}
	}
	if k < 0 {
		return false
	}
	lw := strings.ToLower(before[k])
	if (lw == "for" || lw == "on") && k > 0 {
		return getFold(callForms, before[k-1])
	}
	return requestVerbs[lw] && !callForms[lw] && (k == 0 || !getFold(nounOpeners, before[k-1]))
}

// toVerbAfter reports whether the words after a mention go on, past at
// most two more capitalised words of its name, with "to" and a verb ("…
// Kallberg *to appear*").
func toVerbAfter(after []string) bool {
	k := 0
	for k < len(after) && k < 2 && isCapital(after[k]) {
		k++
	}
	return k+1 < len(after) && strings.ToLower(after[k]) == "to" && lexicon.IsVerbBase(strings.ToLower(strings.Trim(after[k+1], ".,;:!?\"'’”")))
}

// callForms are the forms of "call", which asks only with "for" or "on"
// after it ("called for", "called on"; not "called the meeting a
// milestone").
var callForms = wordSet("call calls called calling")

// requestVerbs are the verbs of asking another to do something
// (kinds.txt).
var requestVerbs = cueSet("asking-verb-words")

// awaitingVerbs are the verbs of waiting for what has not yet come
// (kinds.txt).
var awaitingVerbs = cueSet("awaiting-words")

// awaitingDirect are those that take what is awaited as their object, no
// "for" between (kinds.txt).
var awaitingDirect = cueSet("awaiting-direct-words")

// endedUpVerb is the index among q's terms of V in a "did X end up
// V-ing" question ("did northjet end up *suing* sentaro") or a "did X
// finally / ever / eventually V" one ("did she *ever* make it home"), or
// -1: it asks whether the deed came about, which only a passage holding
// the deed says. So do "when" and "what" questions so put ("when did the
// sirens finally get *fixed*", "what did the inquiry end up *finding*"):
// a date or a thing of another deed on the matter is none of the one
// asked about.
func endedUpVerb(q *question) int {
	if q.kind != KindYesNo && q.kind != KindWhen && q.kind != KindWhat || !slices.Contains(q.words, "did") {
		return -1
	}
	for i := 0; i+2 < len(q.words); i++ {
		if q.words[i] == "end" && q.words[i+1] == "up" && strings.HasSuffix(q.words[i+2], "ing") && lexicon.IsVerb(q.words[i+2]) {
			v := q.words[i+2]
			return slices.IndexFunc(q.terms, func(t qterm) bool { return strings.ToLower(t.word) == v })
		}
	}
	for i := 1; i+1 < len(q.words); i++ {
		// "did the sirens *finally* get fixed", "did she *ever* make it
		// home", "did they *eventually* sue": the verb after the word
		// of outcome, after the subject "did" asks of
		if prev := q.words[i-1]; ordinals[prev] != 0 || superlative(prev) {
			continue // "the first ever ferry", "the biggest ever storm": "ever" qualifies a noun
		}
		if outcomeWords[q.words[i]] && q.words[i-1] != "did" && lexicon.IsVerbBase(q.words[i+1]) {
			v := q.words[i+1]
			if (v == "get" || v == "be") && i+2 < len(q.words) && pastVerb(q.words[i+2]) {
				v = q.words[i+2] // "finally get *fixed*": the deed is the participle's
			} else if q.kind != KindYesNo && (lightVerbs[v] || v == "come" || v == "go") {
				// "when did it finally *come* loose": a light verb's deed
				// is in the words after it, which a passage says
				// otherwise ("pulled the vessel free")
				return -1
			}
			return slices.IndexFunc(q.terms, func(t qterm) bool { return strings.ToLower(t.word) == v })
		}
	}
	return -1
}

// superlative reports whether w is an adjective's superlative by its form
// ("biggest", "largest", "earliest"; not "west", "protest"), or "most",
// "best", "worst".
func superlative(w string) bool {
	if w == "most" || w == "best" || w == "worst" {
		return true
	}
	stem, ok := strings.CutSuffix(w, "est")
	if !ok || len(stem) < 2 {
		return false
	}
	if n := len(stem); stem[n-1] == stem[n-2] && lexicon.IsAdjective(stem[:n-1]) {
		return true // "big-g-est"
	}
	if b, ok := strings.CutSuffix(stem, "i"); ok && lexicon.IsAdjective(b+"y") {
		return true // "earl-i-est"
	}
	return lexicon.IsAdjective(stem) || lexicon.IsAdjective(stem+"e") // "long-est", "larg-est"
}

// outcomeWords, before a verb, ask whether a deed at last came about
// ("did they *finally* agree"). A closed class of English adverbs.
var outcomeWords = wordSet("finally eventually ever ultimately")

// saysEndedUp reports whether passage c holds the deed a "did X end up
// V-ing" question asks about, V or a word near it in meaning (endedUpVerb),
// or the question is none: "The authority would open an inquiry covering
// both Northjet and Sentaro" says nothing of whether Northjet sued.
func saysEndedUp(q *question, c *cand) bool {
	vi := endedUpVerb(q)
	if vi < 0 {
		return true
	}
	return slices.ContainsFunc(c.toks, func(tok index.Token) bool { return q.stands(tok.Term, vi) })
}

// haveOwner is the indexes among q's terms of X in a "how many N does X
// have" question, what is asked to hold the figure, or nil.
func haveOwner(q *question) []int {
	w := q.words
	if q.kind != KindHowMany || len(w) < 5 || w[0] != "how" || w[1] != "many" {
		return nil
	}
	aux := slices.IndexFunc(w, doAux)
	have := slices.Index(w, "have")
	if aux < 3 || have < aux+2 || have+1 < len(w) && w[have+1] == "to" {
		return nil // (not "have to", a duty: "how many bridges does the council have to look after")
	}
	var out []int
	for i, t := range q.terms {
		if slices.Contains(w[aux+1:have], strings.ToLower(t.word)) {
			out = append(out, i)
		}
	}
	return out
}

// ownsFigure reports whether the figure of c's passage that counts what a
// "how many N does X have" question counts is X's: X stands in its
// sentence before it ("Ukraine has …", "Ukraine's …") or in the few words
// after it as the noun's owner ("900,000 soldiers of Ukraine", "in
// Ukraine's army"; not "troops to Ukraine") or as what a figure joined
// to its noun modifies ("the 72-member Japanese team"), or the sentence before
// it refers back to one naming X ("It has …", "Its …"). Any other
// question, or a passage with no such figure, is not held to it.
func (e *Engine) ownsFigure(q *question, c *cand) bool {
	owner := haveOwner(q)
	if len(owner) == 0 {
		return true
	}
	text := c.p.Text
	isOwner := func(tok index.Token) bool { // a word of X
		return slices.ContainsFunc(owner, func(i int) bool { return q.stands(tok.Term, i) })
	}
	owns := func(from, to int) bool {
		return slices.ContainsFunc(c.toks, func(tok index.Token) bool {
			return tok.Start >= from && tok.End <= to && isOwner(tok)
		})
	}
	ownsAfter := func(at int) bool {
		// X of the figure's noun or in the possessive after it: "900,000
		// soldiers of Ukraine", "… in Ukraine's army"; not "troops to
		// Ukraine"; or X itself, which a figure joined to its noun
		// modifies ("the 72-member Japanese team")
		joined := strings.HasPrefix(text[at:], "-")
		return slices.ContainsFunc(c.toks, func(tok index.Token) bool {
			return tok.Start >= at && tok.Start < at+40 && isOwner(tok) &&
				(joined && wordCount(text[at:tok.Start]) <= 3 || strings.HasSuffix(text[:tok.Start], "of ") || strings.HasPrefix(text[tok.End:], "'s") || strings.HasPrefix(text[tok.End:], "’s") || endsGenitive(text[tok.Start:tok.End]))
		})
	}
	counted := false
	for _, sp := range e.freeSpans(q, text, e.find(numberRE, text)) {
		if yearRE.MatchString(text[sp.start:sp.end]) || !e.counts(q, text, sp) {
			continue
		}
		counted = true
		from := strings.LastIndex(text[:sp.start], ". ") + 1
		if owns(from, sp.start) || ownsAfter(sp.end) {
			return true
		}
		if refersBack(text[from:sp.start]) || slices.ContainsFunc(strings.Fields(strings.ToLower(text[from:sp.start])), func(v string) bool { return v == "it" || v == "its" || v == "they" || v == "their" }) {
			if slices.ContainsFunc(c.prevToks, isOwner) {
				return true
			}
		}
	}
	return !counted
}

// modals are the modal auxiliaries (modal), as a set for the readers
// that index one: derived from lexicon.Auxiliaries, no list of its own.
var modals = func() map[string]bool {
	set := map[string]bool{}
	for w := range auxiliaries {
		if modal(w) {
			set[w] = true
		}
	}
	return set
}()

// didVerb is the index among q's terms of the verb right after "did" and
// its subject, in its base form ("did the union *get* the bonus"), or -1
// for a question with no "did", or whose verb is another's infinitive
// ("did voss offer *to mediate*").
func didVerb(q *question) int {
	i := slices.Index(q.words, "did")
	if i < 0 {
		return -1
	}
	words := q.words[i+1:]
	for j, w := range words {
		if w == "to" {
			return -1
		}
		if !lexicon.IsVerbBase(w) || j == 0 {
			continue // (the first word is the subject's: "did *rescue* crews …")
		}
		// the subject's nouns may be verbs too ("did the *fire* spread",
		// "did the *rescue team* find"): the verb ends the run of them
		for j+1 < len(words) && words[j+1] != "to" && !particles[words[j+1]] && !lexicon.IsFunctionWord(words[j+1]) && lexicon.IsVerbBase(words[j+1]) {
			j++
		}
		if k := verbAfterName(q, words, j+1); k > j && nounBeforeName(words, j, k) {
			j = k // "did the vote *against Elland pass*": the subject runs on
		}
		w = words[j]
		return slices.IndexFunc(q.terms, func(t qterm) bool { return !t.entity && strings.ToLower(t.word) == w })
	}
	return -1
}

// nounBeforeName reports whether words[j], the first word after "did" and
// its subject that can be a verb, is rather a noun of the subject, where
// words[k], a verb base after a preposition and a name, is the verb: it
// stands where English puts a noun (readAsVerb: "did the *strike* at
// Kessby spread"), or it is a noun by the lexicon and words[k] is not
// ("did the no confidence *vote* against Holt *pass*"). The first stays
// the verb where both read as nouns ("did the bus *stop* at Kessby
// station").
func nounBeforeName(words []string, j, k int) bool {
	before := ""
	if j > 0 {
		before = words[j-1]
	}
	return !readAsVerb(words[j], before) || knownNoun(words[j]) && !knownNoun(words[k])
}

// verbAfterName returns the index in words of a verb base that follows a
// preposition at from and the name it governs ("did the no confidence
// vote *against Elland pass*", "did the strike *at Keldhaven end*"), or
// -1. A name right before a bare verb ends the subject of "did": the verb
// is that one, and what went before it, up to the preposition, is a noun
// of the subject ("vote", "strike"), not the verb asked about. A
// preposition followed by anything else ("did they vote against the
// plan") leaves the word before it the verb.
func verbAfterName(q *question, words []string, from int) int {
	if from >= len(words) || words[from] == "to" || !lexicon.IsFunctionWord(words[from]) {
		return -1
	}
	k := from + 1
	if k < len(words) && lexicon.IsFunctionWord(words[k]) {
		k++ // a determiner: "against the council"
	}
	names := 0
	for ; k < len(words) && slices.ContainsFunc(q.terms, func(t qterm) bool { return t.entity && strings.ToLower(t.word) == words[k] }); k++ {
		names++
	}
	if names == 0 || k >= len(words) || lexicon.IsFunctionWord(words[k]) || particles[words[k]] || !lexicon.IsVerbBase(words[k]) {
		return -1
	}
	return k
}

// planned reports whether words (lower case) hold a word of plan or
// prospect ("plans", "expected": kinds.txt [prospect]), so that a "to" and
// a verb after them tell what was to come ("expected *to clear*").
func planned(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return prospectWords[w] })
}

// speaksOfMatter reports whether a passage holds a word of the question
// that is no name, as typed or spelled otherwise (not a synonym): it
// speaks of what is asked about, not only of whom ("The guarantees would
// run for an initial 15-year term" after a sentence on Merz says nothing
// of "how long has merz been chancellor").
func speaksOfMatter(q *question, c *cand) bool {
	c.lookUp(q)
	return slices.ContainsFunc(c.hits, func(h tokHit) bool {
		return slices.ContainsFunc(h.hs, func(th termHit) bool { return th.w == 1 && !th.soft && !q.terms[th.i].entity })
	})
}

// follows reports whether candidate b is the sentence right after a in
// its article, of its kind (body text, a caption), across a paragraph
// break too.
func follows(b, a *cand) bool {
	return a.a == b.a && a.p.Kind == b.p.Kind && b.p.Seq == a.p.Seq+1
}

// countedModifier is the index among q's terms of the word that narrows
// what a "how many" question counts, right before the counted noun ("how
// many *conservative* councillors", "how many *female* leaders"): a word
// of the articles', not a name (unknown words and names the evidence
// weighs: "euro", "extra" are chat for words the articles use), or -1.
func countedModifier(q *question) int {
	if q.kind != KindHowMany || q.counted == nil {
		return -1
	}
	k := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.counted.term })
	if k < 1 {
		return -1
	}
	m := q.terms[k-1]
	w := strings.ToLower(m.word)
	at := slices.Index(q.words, strings.ToLower(q.counted.word))
	if at < 1 || q.words[at-1] != w || m.entity || m.unknown || lexicon.IsFunctionWord(w) || lexicon.IsVerb(w) || pastVerb(w) {
		return -1
	}
	return k - 1
}

// spells reports whether any of toks is t as typed or by a synonym, not
// only a word near it in meaning.
func spells(t qterm, toks []index.Token) bool {
	return slices.ContainsFunc(toks, func(tok index.Token) bool { return t.spelledBy(tok.Term) })
}

// toFront is cands with its i-th first, the others in their order: a new
// slice, cands as it was (promote, below, moves in place).
func toFront(cands []*cand, i int) []*cand {
	out := make([]*cand, 0, len(cands))
	out = append(out, cands[i])
	out = append(out, cands[:i]...)
	return append(out, cands[i+1:]...)
}

// promote moves to the top the first of the candidates after the best
// (of the seven next) that better answers, and returns the top.
func promote(cands []*cand, better func(c *cand) bool) *cand {
	return promoteWithin(cands, promoteReach, better)
}

// countsRatio is the least share of the coverage of a "how many" top
// with no figure that a passage whose figure counts the noun asked about
// must have to answer over it: less than the half any typed passage needs,
// as its figure says more of what is asked than the top's words do.
const countsRatio = 0.3

// countsOtherRatio is the least share of the coverage of a "how many" top
// whose figure counts something other than the noun asked about ("a
// small amount of fuel oil has leaked … as the number of ships waiting
// rose" for "how many tugs were there by tuesday") that a passage whose
// figure counts that noun must have to answer over it ("two more tugs
// had arrived …, bringing the total on site to six"): more than
// countsRatio, as the top's figure is a count of a kind, less than the
// three quarters a passage needs over a sentence top with a figure that
// may be the one asked for (over a heading, which needs only half, it
// adds nothing).
const countsOtherRatio = 0.6

// promoteReach is how many candidates from the top promote looks at.
const promoteReach = 8

// promoteWithin is promote over the first reach candidates.
func promoteWithin(cands []*cand, reach int, better func(c *cand) bool) *cand {
	for i, c := range cands[1:min(len(cands), reach)] {
		if better(c) {
			return raise(cands, i+1)
		}
	}
	return cands[0]
}

// raise moves cands[i] to the front, in place, the others before it one
// on, and returns it.
func raise(cands []*cand, i int) *cand {
	c := cands[i]
	copy(cands[1:i+1], cands[:i])
	cands[0] = c
	return c
}

// takesUp reports whether a sentence opens by taking up a noun of the
// sentence before it ("… committed to sending troops to Ukraine. / This
// deployment would be …", "… a US-led monitoring mechanism. / The
// mechanism would …"): "the", "this", "that", "these" or "those" and a
// noun the sentence before holds (before is its analysis, read in New).
func (e *Engine) takesUp(s string, before []index.Token) bool {
	first, rest := nextWord(s)
	switch first {
	case "the", "this", "that", "these", "those", "such":
	default:
		return false
	}
	noun, _ := nextWord(rest)
	t := e.analyze(noun)
	return len(t) == 1 && !lexicon.IsFunctionWord(noun) && hasTerm(before, t[0].Term)
}

// openQuote reports whether a sentence opens a quotation it does not
// close: the quotation, and who said it, go on in the next.
func openQuote(s string) bool { return quoteDepth(s) > 0 }

// closesQuote reports whether a sentence closes a quotation it does not
// open: the quotation began in the sentence before.
func closesQuote(s string) bool { return quoteDepth(s) < 0 }

// partitivePredicate returns, for a "how many of the X …" question, the
// terms of what it says of the part of X it counts ("were over magnitude
// 5", "r kids", "lived in Calama"): the question's words after X, with
// their synonyms; nil for any other question.
func partitivePredicate(q *question) []string {
	if q.kind != KindHowMany {
		return nil // "how many of the articles mention greenland": articles counted, no figure
	}
	w := q.words
	at := -1
	for i := 0; i+3 < len(w); i++ {
		if w[i] == "how" && w[i+1] == "many" && w[i+2] == "of" && (w[i+3] == "the" || w[i+3] == "those" || w[i+3] == "them") {
			at = i + 4
			break
		}
	}
	if at < 0 || at >= len(w) {
		return nil
	}
	if !pluralNoun(w[at]) {
		// "how many of the *badly oiled* birds died": the whole is the
		// birds, the words before them qualify it
		for k := at + 1; k < len(w) && k <= at+maxWholeModifiers; k++ {
			if auxiliaries[w[k]] || lexicon.IsFunctionWord(w[k]) {
				break // "how many of the missing *are* kids": the whole ends before its verb
			}
			if pluralNoun(w[k]) {
				at = k
				break
			}
		}
	}
	after := strings.Join(w[at+1:], " ") // past the whole's noun
	var out []string
	for kt := range q.terms {
		t := &q.terms[kt]
		if strings.Contains(after, strings.ToLower(t.normalised)) {
			out = append(out, t.term)
			out = append(out, t.alts...)
		}
	}
	return out
}

// eventClause reports whether text says when by another event in a
// clause of its own ("walked out *after talks broke down*", "reopened
// *when the water receded*"), which typeWhen leaves to the evidence:
// plain "after" places what is past as often as it answers "when".
func eventClause(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if eventCues[strings.Trim(w, ",;:.\"“”")] {
			return true
		}
	}
	return false
}

var eventCues = wordSet("after before until when once while since")

// maxWholeModifiers is how many words may qualify the whole a partitive
// "how many of the …" counts a part of, before its plural noun.
const maxWholeModifiers = 2

// figureSays reports whether a figure of a candidate stands in a clause
// that holds one of terms.
func (e *Engine) figureSays(c *cand, terms []string) bool {
	text := c.p.Text
	for _, s := range e.find(numberRE, text) {
		cl := clauseAround(text, s, clauseMarks)
		for _, tok := range c.toks {
			if tok.Start >= cl.start && tok.End <= cl.end && slices.Contains(terms, tok.Term) {
				return true
			}
		}
	}
	return false
}

// asksSurname reports whether a question asks for someone's surname or
// full name ("whats antonias last name", "what is her full name").
func asksSurname(q *question) bool {
	w := q.words
	for i := 0; i+1 < len(w); i++ {
		if (w[i] == "last" || w[i] == "full" || w[i] == "family") && w[i+1] == "name" {
			return true
		}
	}
	return slices.Contains(w, "surname")
}

// givesSurname reports whether a passage writes a name of the question
// as part of a name of two words or more ("Rosa Mamani", "Volodymyr
// Zelensky").
func (e *Engine) givesSurname(q *question, c *cand) bool {
	text := c.p.Text
	for kt := range q.terms {
		t := &q.terms[kt]
		for _, tok := range c.toks {
			if tok.Term != t.term {
				continue
			}
			for _, n := range e.names(text) {
				if n.start <= tok.Start && tok.End <= n.end && wordCount(text[n.start:n.end]) > 1 {
					return true // "Rosa Mamani", "Volodymyr Zelensky"
				}
			}
		}
	}
	return false
}

// heading reports whether a passage of kind k heads text rather than
// stating in it: a headline, a standfirst, a subhead.
func heading(k corpus.Kind) bool {
	return k == corpus.KindHeadline || k == corpus.KindStandfirst || k == corpus.KindSubhead
}

// countryWord reports whether w is a country's name or a word made of one
// ("dutch", "spanish"; lexicon.Countries).
func countryWord(w string) bool {
	lw := strings.ToLower(unpossessed(strings.ReplaceAll(w, "’", "'")))
	return lexicon.CountryWords(lw) != nil || lexicon.IsCountryWord(lw)
}

// isYear reports whether a word is a year as yearRE reads one: 1900 to
// 2099.
func isYear(w string) bool {
	return yearRE.MatchString(w)
}

// countsNext reports whether the word after w in words is a plural noun,
// so that w counts it ("did 1800 rescuers …", "2000 homes") rather than
// naming a year.
func countsNext(words []string, w string) bool {
	i := slices.Index(words, strings.ToLower(w))
	if i < 0 || i+1 >= len(words) {
		return false
	}
	return pluralNoun(words[i+1]) && !lexicon.IsFunctionWord(words[i+1])
}

// namedAsIncluded reports whether the names of a "how many" question
// stand in the sentence of a passage's first "including" only in that
// phrase, after the sentence's figures: the
// figures count a whole, of which "including" names a part, English's
// way of naming some members of a set just counted ("650 people spent
// the night in four shelters, including the Community Arena"). Not where
// a figure stands in the phrase too ("including 120 at the arena").
func (e *Engine) namedAsIncluded(q *question, c *cand) bool {
	text := c.p.Text
	i := strings.Index(text, " including ") // (in running text it is written lower case; offsets of a lowered copy are not text's)
	if i < 0 {
		return false
	}
	from, end := strings.LastIndex(text[:i], ". ")+1, len(text) // the sentence of the "including"
	if j := strings.Index(text[i:], ". "); j >= 0 {
		end = i + j + 1
	}
	// the passage's figures, remembered, within that sentence (numberRE
	// never crosses a ". ", so they are the sentence's own)
	nums := e.findKept(numberRE, text, func(n span) bool { return n.start < from || n.end > end })
	if len(nums) == 0 || nums[0].start > i || slices.ContainsFunc(nums, func(n span) bool { return n.start > i && !yearRE.MatchString(text[n.start:n.end]) }) {
		return false
	}
	// the sentence's words before and after the "including", as the
	// candidate's tokens already hold them (its passage analysed)
	before, after := tokensIn(c.toks, from, i), tokensIn(c.toks, i, end)
	named := false
	for _, t := range q.terms {
		if !t.entity || getFold(notPeople, t.word) || !hasTerm(after, t.term) {
			continue
		}
		if hasTerm(before, t.term) {
			return false
		}
		named = true
	}
	return named
}

// namedAmongPlaces reports whether a figure of c's passage counts a whole
// of which the question names a part: the figure's sentence goes on to a
// list of names a preposition heads (prepositionNames: "about 1,800 homes
// *in Brackenford, Ashcombe and Port Lisle*": names only, so no figure
// counts an item alone, as in "1,500 in Brackenford and 300 in
// Ashcombe"), an item of which holds a name of the question and another
// item none. English counts the items of such a list together; the part
// asked about is not counted by itself. (A day, a month or a point
// of the compass names no part: "between Thursday and Saturday" is a
// span of time, notPeople.)
func (e *Engine) namedAmongPlaces(q *question, c *cand) bool {
	text := c.p.Text
	for _, co := range coordinations(text) {
		if len(co.items) < 2 || !prepositionNames(text, co) {
			continue
		}
		from := strings.LastIndex(text[:co.all.start], ". ") + 1 // the list's sentence
		if !slices.ContainsFunc(e.find(numberRE, text), func(n span) bool { return n.end > from && n.start < co.all.start }) {
			continue
		}
		named, other := false, false
		for _, it := range co.items {
			toks := tokensIn(c.toks, it.start, it.end)
			if slices.ContainsFunc(q.terms, func(t qterm) bool { return t.entity && !getFold(notPeople, t.word) && hasTerm(toks, t.term) }) {
				named = true
			} else {
				other = true
			}
		}
		if named && other {
			return true
		}
	}
	return false
}

// tokensIn are the tokens of toks that stand within text[start:end].
func tokensIn(toks []index.Token, start, end int) []index.Token {
	lo := slices.IndexFunc(toks, func(t index.Token) bool { return t.Start >= start })
	if lo < 0 {
		return nil
	}
	hi := lo
	for hi < len(toks) && toks[hi].End <= end {
		hi++
	}
	return toks[lo:hi]
}

// onlyTimeNamesMissing reports whether the only names of the question a
// passage lacks are days of the week, months or points of the compass
// (notPeople: "how many trains were cancelled on wednesday": "By
// Wednesday" may stand in the sentence before).
func onlyTimeNamesMissing(q *question, c *cand) bool {
	for i, t := range q.terms {
		if t.entity && i < len(c.match) && c.match[i] == 0 && !getFold(notPeople, t.word) {
			return false
		}
	}
	return true
}

// evidence is how surely the best candidate answers the question rather
// than being only near it: the weighted sum of its evidence features,
// below 0 when the articles do not say.
func (e *Engine) evidence(q *question, top *cand) float64 {
	f := e.evidenceFeatures(q, top)
	return dot(e.w.Evidence[:], f[:])
}

// evidenceFeatures are the signals evidence weighs.
func (e *Engine) evidenceFeatures(q *question, top *cand) [nEvidenceFeatures]float64 {
	var total, unknown float64
	wordedVerbs := verbsOnlyUnknown(q)
	var passageWords []string
	var nearIn []float64 // each unknown term's soft weight, or nearness in the best passage (passageNear)
	for kt := range q.terms {
		t := &q.terms[kt]
		w := evidenceWeight(*t)
		if t.unknown {
			w *= unknownScale(q, *t, wordedVerbs) // likely the asker's wording
			// and less where the articles say it in other words (GloVe's
			// neighbours among theirs, soft matching): "nabbed" for
			// "arrested" is the asker's wording, not another subject;
			// and where the best passage itself says it nearly so
			// (passageNear: "grandkids" for its "grandchildren")
			if nearIn == nil {
				passageWords, nearIn = wordsOf(lower(top.p.Text)), make([]float64, len(q.terms))
			}
			nearIn[kt] = max(t.near(), passageNear(*t, passageWords))
			if nearIn[kt] < 1 && e.saidOtherwiseIn(*t, top) {
				nearIn[kt] = 1
			}
			unknown += w * (1 - nearIn[kt])
		}
		total += w
	}
	var f [nEvidenceFeatures]float64
	f[eBias] = 1
	f[eCoverage] = top.cov
	f[eAnswerType] = top.typeOK
	exact := e.exactTerms(q, top)
	f[eExactShare] = float64(exact) / float64(max(len(q.terms), 1))
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.entity {
			// a question that names nothing holds its names vacuously:
			// that is no evidence
			f[eNames], f[eNamed] = top.entShare, 1
			break
		}
	}
	f[eProximity] = top.feat[fProximity]
	f[eFutureUnmet] = b2f(futureUnmet(q, top) || e.datesDone(q, top))
	f[eUnknownShare] = unknown / max(total, 1e-9)
	f[eSoftOnly] = b2f(exact == 0)
	f[eSemantic] = top.feat[fSemantic]
	// a near miss lacks one word of substance ("how many *tents*", "the
	// *governor* of"): the weightiest word the passage does not match
	var heaviest, missing float64
	for i, t := range q.terms {
		w := evidenceWeight(t)
		heaviest = max(heaviest, w)
		if i < len(top.match) && top.match[i] == 0 {
			missing = max(missing, w)
		}
	}
	f[eMissingMax] = missing / max(heaviest, 1e-9)
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.unknown && t.term == q.focusMod && !t.entity && q.kind != KindWho {
			// "the best *pizza* place": a kind of the noun asked about
			// that no article speaks of ("euro" is not "European")
			f[eFocusUnknown] = 1 - nearIn[kt]
		}
		if t.unknown && t.term == q.focus && !meansPerson(strings.ToLower(t.word)) && !focusListed(q, top.p.Text) && !slices.ContainsFunc(t.soft, func(a termAlt) bool { return hasTerm(top.toks, a.term) }) {
			// "which hotel …", "what is the budget …": what is asked for
			// is something no article speaks of, unless in other words
			// ("kids" for the articles' "children"), and not at all
			// where the best passage says it so ("whats the *job* of the
			// old lady": "… who was *working* the night shift"); but
			// "which us *guy*" asks for a person, whatever word it takes
			f[eFocusUnknown] = focusUnknown(q, nearIn[kt])
		}
	}
	f[eTypeMissing] = b2f(specOf(q.kind).needsType && top.typeOK == 0) // "when", "how many" and no date or number
	if q.kind == KindHowMany {
		// a number, but not of what is asked about (1), or of it but not
		// of what the question says of it (0.5)
		f[eCountMissing] = min(1, 2*(1-top.typeOK))
		if e.sumOfOther(q, top) {
			f[eCountMissing] = 1
		}
	}
	return f
}

// sumOfOther reports whether a question asks for a sum of money
// (asksMoney: "how much did the tents at the stadium cost") and the best
// passage says nothing the question says, in no word of it nor of its
// synonyms (question.has), at most words GloVe puts near them: "The UN
// launched a flash appeal for $310 million to pay for six months of
// shelter". A sum is said of what its sentence names, and a sentence that
// names nothing asked about gives the sum of something else; a passage
// that holds one sum is as near to a "how much" question as any other. The
// ranking is left as it is: its answer type sees the sum, and a passage
// ranked first by it that names what is asked answers ("the cost had
// risen by £190 million" for "how much will a tram ticket cost" is the
// decline's to weigh, not this).
func (e *Engine) sumOfOther(q *question, top *cand) bool {
	if !asksMoney(q) || !slices.ContainsFunc(q.terms, func(t qterm) bool { return !moneyWords[strings.ToLower(t.word)] }) {
		// (a question that names nothing but the money, "how much did it
		// cost", asks of what its context names: no passage can fail to
		// name it: final read FH6)
		return false
	}
	for _, tok := range top.toks {
		if q.has(tok.Term) {
			return false
		}
	}
	return true
}

// focusUnknown is the focus_unknown evidence of the noun a question asks
// about, a word no article uses that the best passage does not say in
// other words either, whose nearest word in the articles or the passage
// (passageNear) has soft weight near: 1 less near, and half of
// that where the articles say it in other words (knownNear: "fix" where
// they write "repair"). What is asked about is then something the
// coverage speaks of, and the best passage's words for it may be others
// again ("what fix did the consultants propose": "bolting extra steel
// plates across the welds"); a noun nothing in the articles is near
// ("hotel", "weather") counts in full, and so does the noun of a "which"
// question, which asks for a thing of its kind by name (namesOfKind): a
// passage that does not speak of the kind names none of it ("which
// company owns the mines", where the articles say "firm" elsewhere).
func focusUnknown(q *question, near float64) float64 {
	f := 1 - near
	if near >= knownNear && (len(q.words) == 0 || q.words[0] != "which") {
		f *= saidOtherwiseShare
	}
	return f
}

// saidOtherwiseShare is how much of focus_unknown counts for a noun the
// articles say in other words (focusUnknown).
const saidOtherwiseShare = 0.5

// askerVerbShare is how much of its weight a verb no article uses keeps
// in the unknown share where the question's other words are the
// articles' (verbsOnlyUnknown).
const askerVerbShare = 0.5

// knownNear is the soft weight (qterm.near) at which a word no article
// uses counts as theirs in other words: a similarity of 0.625.
const knownNear = 0.5

// unknownScale is how much of its evidence weight a word no article uses
// (t) counts with: half, as likely the asker's wording; half of that
// again for a verb where the question's other words are the articles'
// (wordedVerbs, verbsOnlyUnknown), and not the noun asked about.
func unknownScale(q *question, t qterm, wordedVerbs bool) float64 {
	if wordedVerbs && t.term != q.focus && usedAsVerb(q, t) {
		return askerVerbShare / 2
	}
	return 0.5
}

// verbsOnlyUnknown reports whether the only words of a question that no
// article uses, nor says in other words (knownNear), are verbs (WordNet's,
// lexicon.IsVerb): "what time did it *plow* into the bank", "why wont
// they just *yank* it out". What the question asks about is the
// articles'; the verb is the asker's wording of what a passage tells
// ("struck the bank"), as often informal, so it counts less against the
// passage than a subject no article speaks of ("who *won* the *champions
// league* final": a league no article names).
func verbsOnlyUnknown(q *question) bool {
	return !slices.ContainsFunc(q.terms, func(t qterm) bool {
		return unsaid(t) && !usedAsVerb(q, t)
	})
}

// usedAsVerb reports whether a question's word is a verb (WordNet's,
// lexicon.IsVerb) where it stands: not after a word that opens or
// modifies a noun phrase (opensOrModifies: a determiner, a possessive, an
// adjective that is no adverb too) or a number, where English nouns stand
// ("did *the fix* hold", "did the *new gear* arrive": WordNet has "fix"
// and "gear" as verbs too), nor after an adjective that is an adverb too
// right after a word that opens a noun phrase ("did the *fast fix*
// hold"); after an adverb it is the verb still ("does the ferry *still
// sail*", "did the general *still deny*").
func usedAsVerb(q *question, t qterm) bool {
	w := strings.ToLower(t.word)
	if !lexicon.IsVerb(w) {
		return false
	}
	if at := slices.Index(q.words, w); at > 0 {
		prev := q.words[at-1]
		if opensOrModifies(prev) || wordHoldsNumber(prev) {
			return false
		}
		if at > 1 && lexicon.IsAdjective(prev) && opensNounPhrase(q.words[at-2]) {
			return false
		}
	}
	return true
}

// listsThings reports whether text lists things of the kind a question's
// general noun names: two items of a list or more whose nouns are of its
// class (nounClass) and near it in meaning at all (GloVe, alignFloor).
// "what *gear* did the teams bring" is answered by "listening devices,
// thermal cameras and concrete-cutting saws", though no article says
// "gear": the list's items, not the noun, say what it is; "which *hotel*"
// by no list of devices, nor "which *parties*" by "trucks and cranes".
func listsThings(focus, text string) bool {
	k := nounClass(focus)
	if k < 0 {
		return false
	}
	anchor := lexicon.Default().Anchor(focus) // looked up once, not once an item
	for _, co := range coordinations(text) {
		n := 0
		for _, it := range co.items {
			head := strings.ToLower(itemHead(text[it.start:it.end]))
			if sim, ok := anchor.Similarity(head); ok && sim >= alignFloor && nounClass(head) == k {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// nounClass is the class of a noun by its commonest sense (WordNet's,
// nouns.txt): 1 a thing, 2 a text, 3 an event, 0 none of them ("party",
// "organisations"); -1 for a verb's base form of none ("get"), no noun.
func nounClass(w string) int {
	switch {
	case lexicon.IsPhysicalNoun(w):
		return 1
	case lexicon.IsTextNoun(w):
		return 2
	case lexicon.IsEventNoun(w):
		return 3
	case lexicon.IsVerbBase(w):
		return -1
	}
	return 0
}

// focusListed reports whether text lists things of the kind the noun a
// question asks about names, a noun no article uses (listsThings): "what
// gear did the teams bring", where no article says "gear".
func focusListed(q *question, text string) bool {
	i := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.focus })
	return i >= 0 && q.terms[i].unknown && listsThings(strings.ToLower(q.terms[i].word), text)
}

// focusListedKind is focusListed for a noun asked about whose class
// WordNet gives (nounClass above 0: a thing, a text, an event), as rank's
// answer type: "what *gear* …" is answered by the passage that lists
// gloves, boots and masks. A noun of none of them ("party", "budget")
// finds some list of near nouns of none in most passages ("organisations",
// "support"), which says nothing of what is asked.
func focusListedKind(q *question, text string) bool {
	i := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.focus })
	return i >= 0 && q.terms[i].unknown && nounClass(strings.ToLower(q.terms[i].word)) > 0 && focusListed(q, text)
}

// evidenceWeight is how much a question word weighs as evidence: its
// rarity in the articles, times its rarity in English for a word that is
// no name ("anyone", "later" say little whatever the articles hold).
func evidenceWeight(t qterm) float64 {
	if t.entity {
		return t.idf
	}
	return t.idf * specificity(strings.ToLower(t.word))
}

// exactTerms counts the question's terms a passage holds as they are, or
// in another form of the word (derivedForm: the asker's "apology" where
// the passage says "apologised", as the ranking's derived matches do).
func (e *Engine) exactTerms(q *question, c *cand) int {
	n := 0
	for kt := range q.terms {
		t := &q.terms[kt]
		if hasTerm(c.toks, t.term) || derivedInPassage(c, t.term) {
			n++
		}
	}
	return n
}

// derivedInPassage reports whether a passage holds another form of a
// question's word (derivedForm: "apologised" for the asker's "apology").
func derivedInPassage(c *cand, term string) bool {
	for _, tok := range c.toks {
		if tok.Term != term && derivedForm(tok.Term, term) {
			return true
		}
	}
	return false
}

// hit makes the quoted passage of a candidate: its sentence, led by the
// sentence before when it opens with a pronoun ("He added …") or gives its
// speaker as one ("…,” he said.") and both fit.
func (e *Engine) hit(c *cand) Hit {
	h := Hit{Article: c.a, Text: c.p.Text, Score: c.score} // (Passages made once, below)
	// (a speaker is often named in the paragraph before: "Witkoff said …
	// ¶ “…,” he said")
	joined := c.prev != nil && (c.prev.Block == c.p.Block && (e.goesOn(c.a, &c.p, e.factsOf(c.a, c.prev).toks) || closesQuote(c.p.Text)) || pronounSpeaker(c.p.Text) && c.prev.Kind == c.p.Kind) && showPair(&h, c.a, *c.prev, c.p)
	if !joined {
		// the sentence after, when it goes on about what this one
		// names ("… Antonia, was carried out on a stretcher … ¶ She was
		// dehydrated and had a broken leg."), or when this one opens a
		// quotation it does not close (“Nights in the desert are
		// brutal in winter. / We have three months …,” she said.):
		// both say it
		if n, ok := nextInParagraph(c.a, &c.p); ok && (e.goesOn(c.a, &n, e.factsOf(c.a, &c.p).toks) || openQuote(c.p.Text)) {
			showPair(&h, c.a, c.p, n)
		}
	}
	if h.Passages == nil {
		h.Passages = []corpus.Passage{c.p}
	}
	if len(h.Text) > maxPassageBytes {
		h.Text = cutAtWord(h.Text, maxPassageBytes)
	}
	return h
}

// goesOn reports whether sentence n of article a goes on with the
// sentence before it, whose tokens are before: it opens on words that
// point back ("He added", "But they", "The two"; opensWithAnaphor, which
// takes every opening opensOnPronoun takes) or takes up what the one
// before names (takesUp). hit, deedNext and settlingNext read "the next
// sentence points back" with it (hit also joins across a quotation left
// open or closed); withReasonNext reads it otherwise, and says why there.
func (e *Engine) goesOn(a *corpus.Article, n *corpus.Passage, before []index.Token) bool {
	return e.factsOf(a, n).anaphor || e.takesUp(n.Text, before)
}

// nextInParagraph is the sentence after p in article a where it is of
// p's paragraph (Block) and kind (body, subhead …); ok is false where
// there is none.
func nextInParagraph(a *corpus.Article, p *corpus.Passage) (n corpus.Passage, ok bool) {
	n, ok = nextOfKind(a, p)
	return n, ok && n.Block == p.Block
}

// nextOfKind is the sentence after p in article a where it is of p's kind
// (body, subhead …), in p's paragraph or the next; ok is false where
// there is none.
func nextOfKind(a *corpus.Article, p *corpus.Passage) (n corpus.Passage, ok bool) {
	next := p.Seq + 1
	if next < 0 || next >= len(a.Passages) {
		return corpus.Passage{}, false
	}
	n = a.Passages[next]
	return n, n.Kind == p.Kind
}

// showPair makes h show two sentences of article a, first and then last,
// where they fit: together no more than maxPassageBytes, within a's text.
// It reports whether it did. hit, joinNext and withReasonNext join a
// sentence to its neighbour with it.
func showPair(h *Hit, a *corpus.Article, first, last corpus.Passage) bool {
	if !fitsPair(a, first, last) {
		return false
	}
	h.Passages = []corpus.Passage{first, last}
	h.Text = a.Text[first.Start:last.End]
	return true
}

// inOrder is the two neighbouring sentences p and q, the earlier first.
func inOrder(p, q corpus.Passage) (first, last corpus.Passage) {
	if q.Seq < p.Seq {
		return q, p
	}
	return p, q
}

// fitsPair reports whether sentences first and last of article a can be
// shown together (showPair): no more than maxPassageBytes from the start
// of the one to the end of the other, within a's text.
func fitsPair(a *corpus.Article, first, last corpus.Passage) bool {
	return last.End-first.Start <= maxPassageBytes && 0 <= first.Start && first.Start <= last.End && last.End <= len(a.Text)
}

// opensWithAnaphor reports whether a sentence opens with words that point
// back to the one before: "He added", "The two held talks", "But they".
// The first words are compared as typed, in any case: lowered, the
// capital that opens every sentence would cost a copy of its first word,
// and rank asks of every candidate.
func opensWithAnaphor(s string) bool {
	first, rest := typedWord(s)
	if isFold(first, "but", "and", "still", "yet") {
		first, rest = typedWord(rest)
	}
	if isFold(first, "he", "she", "they", "it", "this", "these", "both", "his", "her", "its", "their") {
		return true
	}
	if isFold(first, "the") {
		second, _ := nextWord(rest)
		return anaphoricNouns[second]
	}
	return false
}

// isFold reports whether w is one of words in any case ("He", "HE"),
// compared without lowering w.
func isFold(w string, words ...string) bool {
	return slices.ContainsFunc(words, func(x string) bool { return strings.EqualFold(w, x) })
}

// nextWord returns the first word of s, lower-cased and without quotation
// marks or commas around it, and what follows it. It allocates only for a
// word with capitals.
func nextWord(s string) (string, string) {
	w, rest := typedWord(s)
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			w = strings.ToLower(w)
			break
		}
	}
	return w, rest
}

// typedWord is nextWord's word as typed, in its own case.
func typedWord(s string) (string, string) {
	s = strings.TrimLeft(s, " “\"‘'")
	end := strings.IndexByte(s, ' ')
	if end < 0 {
		end = len(s)
	}
	return strings.TrimRight(s[:end], ",;:”\"’'"), s[end:]
}

var anaphoricNouns = wordSet("two three pair both latter former trio duo leaders officials envoys")

// cutAtWord shortens s to at most n bytes, at a word, with "…".
func cutAtWord(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n-len("…")], ' ')
	if cut <= 0 {
		cut = n - len("…")
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// corroborate lists the articles that support the answer (the top passage's
// first) and notes where articles give a different figure or date.
func (e *Engine) corroborate(q *question, cands []*cand, short string) ([]string, []string) {
	top := cands[0]
	sources := []string{top.a.ID}
	var diffs []string
	differs := map[string]bool{}
	var differing []*corpus.Article
	want := e.terms(short)
	for _, c := range cands[1:] {
		if slices.Contains(sources, c.a.ID) || differs[c.a.ID] || c.entShare < top.entShare {
			continue
		}
		if c.cov >= 0.5*top.cov && e.supports(c, want, top) {
			sources = append(sources, c.a.ID)
			continue
		}
		// a figure or date for the same thing, put differently elsewhere:
		// "representatives of 35 countries" / "more than 35 officials"
		if specOf(q.kind).figure {
			if other := e.differently(q, c, short, top); other != "" {
				diffs = append(diffs, dated(c.a, top.a)+": “"+other+"”")
				differs[c.a.ID] = true
				differing = append(differing, c.a)
			}
		}
	}
	if len(diffs) > 0 {
		diffs = append([]string{dated(top.a, differing...) + ": “" + short + "”"}, diffs...)
	}
	return sources, diffs
}

// dated is an article's title, with the day it was published where it
// and another differ in that day: figures that differ by date are most
// often a count that has moved on ("more than 120 aftershocks" on the 10th,
// "more than 400" on the 11th), which the reader should see.
func dated(a *corpus.Article, others ...*corpus.Article) string {
	for _, o := range others {
		if a.Published != "" && o.Published != "" && o.Published != a.Published {
			return a.Title() + " (" + a.Published + ")"
		}
	}
	return a.Title()
}

// differently returns how a candidate from another article gives the
// answer's figure otherwise: the same number counting something else or
// qualified ("more than 35 officials" against "35 countries"), or another
// figure in a passage that matches the question nearly as well.
func (e *Engine) differently(q *question, c *cand, short string, top *cand) string {
	other := e.otherFigure(q, c, short, top)
	if other == "" {
		return ""
	}
	otherNumber := numberIn(other) != numberIn(short)
	switch {
	case e.incrementOf(other) != e.incrementOf(short):
		return "" // "1,500 more troops" adds to "3,500 soldiers": no other count
	case ratioPart(c.p.Text, other):
		return "" // "nine out of every ten homes": a share, no count of homes
	case otherNumber && !e.saysAsMuch(q, c.p.Text, other, top.p.Text, short):
		// the other's clause lacks a word of the question the answer's
		// holds, in any form: "announce the recount result on Thursday,
		// June 11" is no other day of "the recount would begin on Monday,
		// June 8" for "when does the recount start"
		return ""
	case otherNumber && e.askedIn(q, c.p.Text, other) < e.askedIn(q, top.p.Text, short):
		// the answer's clause says more of what is asked than the
		// other's: "about 4,200 people sleep on the pitch" is no other
		// count of "71 were still missing", "two nuclear powers" none of
		// "35 coalition countries"
		return ""
	}
	return other
}

// saysAsMuch reports whether the clause around other in text holds every
// question word, in any form the question matches (a synonym, a word near
// in meaning), that the clause around short in shortText holds.
func (e *Engine) saysAsMuch(q *question, text, other, shortText, short string) bool {
	want := e.clauseTerms(q, shortText, short)
	got := e.clauseTerms(q, text, other)
	for i := range want {
		if !got[i] {
			return false
		}
	}
	return true
}

// clauseTerms are the question terms, by index, that words of the clause
// around figure in text match (question.lookup); none when figure is not
// in text.
func (e *Engine) clauseTerms(q *question, text, figure string) map[int]bool {
	out := map[int]bool{}
	for _, tok := range e.analyze(figureClause(text, figure)) {
		for _, h := range q.lookup[tok.Term] {
			out[h.i] = true
		}
	}
	return out
}

// figureClause is the part of text around figure that no sentenceMarks
// cut off; "" when figure is not in text.
func figureClause(text, figure string) string {
	at := strings.Index(text, figure)
	if at < 0 {
		return ""
	}
	cl := clauseAround(text, span{at, at + len(figure)}, sentenceMarks)
	return text[cl.start:cl.end]
}

// ratioPart reports whether figure stands in text as a term of a ratio:
// after "every", "per" or "out of" ("nine out of every *ten homes*", "two
// *per* cent"), or before "out of" ("*nine* out of every ten").
func ratioPart(text, figure string) bool {
	at := strings.Index(text, figure)
	if at < 0 {
		return false
	}
	before := strings.ToLower(strings.TrimSpace(text[:at]))
	after := strings.ToLower(strings.TrimSpace(text[at+len(figure):]))
	for _, w := range []string{" every", " per", " out of", " in"} {
		if strings.HasSuffix(" "+before, w) && (w != " in" || strings.HasSuffix(before, "one in")) {
			return true
		}
	}
	return strings.HasPrefix(after, "out of ")
}

// sentenceMarks cut a sentence into parts that say different things; a
// comma does not ("…, about 280 kilometres to the north" is the felt
// distance of the sentence before the comma).
const sentenceMarks = ";:()—"

// askedIn is how many of the question's terms stand in the part of text
// around figure that no sentenceMarks cut off (0 when figure is not in
// text).
func (e *Engine) askedIn(q *question, text, figure string) int {
	seen := map[int]bool{}
	for _, tok := range e.analyze(figureClause(text, figure)) {
		if i := slices.IndexFunc(q.terms, func(t qterm) bool { return t.spelledBy(tok.Term) }); i >= 0 {
			seen[i] = true
		}
	}
	return len(seen)
}

// incrementRE is a figure said as an addition, or of others than one
// named: "1,500 more troops", "another 200", "an additional 40", "Denmark
// and six other European powers".
var incrementRE = regexp.MustCompile(`(?i)(?:\d[\d,.]*|\b(?:` + smallNumbers + `))(?:\s+\w+)?\s+(?:more|additional|extra|other)\b|\b(?:another|additional|extra)\s+\d`)

// increment reports whether s gives its figure as an addition.
func increment(s string) bool { return incrementRE.MatchString(s) }

// otherFigure is differently before an addition is told from a total.
func (e *Engine) otherFigure(q *question, c *cand, short string, top *cand) string {
	value, ok := e.figureOf(short)
	if q.kind == KindHowMany && ok && c.cov >= sameSubject*top.cov {
		// the same figure counting something else, in a passage about
		// the same thing ("41 countries" at the donors' conference is no
		// other count of "41 operations"; "1,500 more troops" no other
		// report of "$1.3 billion")
		for _, s := range e.find(numberRE, c.p.Text) {
			n := extendNoun(c.p.Text, s)
			other := c.p.Text[n.start:n.end]
			if v, ok := e.figureOf(other); ok && v == value && !strings.EqualFold(other, short) && !e.sameCount(other, short) {
				return other
			}
		}
	}
	if other := e.laterCount(q, c, top, short); other != "" {
		return other
	}
	if c.cov >= 0.7*top.cov && c.typeOK >= 1 && top.typeOK >= 1 {
		// both give the kind of figure asked for, of what is asked (a
		// number that counts something else, "about 215 kilometres" for
		// the injured, differs from nothing); dates differ only where both
		// give a day of the month ("on Tuesday" is no other date than
		// "6 January 2026"), and another ("Jan. 6" is 6 January)
		if other := e.extract(q, c); other != "" && !strings.EqualFold(other, short) && (q.kind != KindWhen || numberIn(other) != "" && numberIn(short) != "" && !sameDate(other, short)) && !e.sameCount(other, short) {
			return other
		}
	}
	return ""
}

// preferLatest puts first, for "how many" of a deed ("how many died"), a
// later article's count of the same deed in place of an earlier one the
// ranking put first: the toll has moved on, and the earlier figure is then
// shown as what an earlier report said (Answer.Differences). A question
// that pins its count to a time ("on the first day", "initially", a date)
// keeps the ranking's order.
func (e *Engine) preferLatest(q *question, cands []*cand) []*cand {
	if q.kind != KindHowMany || q.countVerb < 0 || len(cands) < 2 || e.pinsTime(q) || len(q.outlets) > 0 || q.named != nil {
		return cands // (nor when the question names its source: "according to the andes wire")
	}
	top := cands[0]
	if top.typeOK < 1 || top.a.Published == "" {
		return cands
	}
	short := e.extract(q, top)
	if short == "" {
		return cands
	}
	best := 0
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if c.a.Published <= cands[best].a.Published {
			continue
		}
		if other := e.laterCount(q, c, top, short); other != "" && !e.incrementOf(other) {
			best = i + 1
		}
	}
	if best == 0 {
		return cands
	}
	return toFront(cands, best)
}

// laterCount is a later report of a count of the same deed as short,
// top's figure: c's figure, where c's article came out after top's, c
// matches a good part as much of the question, both give the kind of
// figure asked for, and c's figure is another number said in the
// question's own verb or a word for it ("the death toll … has risen to
// 351" under "how many ppl died", after "214 people had been confirmed
// dead"), though it matches less of the question: a count that has moved
// on; "" for anything else.
func (e *Engine) laterCount(q *question, c, top *cand, short string) string {
	if q.kind != KindHowMany || q.countVerb < 0 || top.a.Published == "" || c.a.Published <= top.a.Published ||
		c.cov < sameSubject*top.cov || c.typeOK < 1 || top.typeOK < 1 {
		return ""
	}
	other := e.extract(q, c)
	if other == "" || e.sameCount(other, short) || numberIn(other) == numberIn(short) {
		return ""
	}
	if at := strings.Index(c.p.Text, other); at >= 0 && e.doneHere(q, c.p.Text, span{at, at + len(other)}) == 2 {
		return other
	}
	return ""
}

// pinsTime reports whether a question pins what it asks to a time: a date
// or a word of kinds.txt's [time-scope-words].
func (e *Engine) pinsTime(q *question) bool {
	if dateRE.MatchString(q.text) {
		return true
	}
	for _, w := range q.words {
		if timeScope[w] {
			return true
		}
	}
	return false
}

var timeScope = cueSet("time-scope-words") // kinds.txt

// sameSubject is the least share of the top passage's coverage of the
// question another passage must have for the same number in it to be
// another report of the answer: "more than 35 officials" in a sentence on
// the coalition (0.3 and more of the top's), not "41 countries" in one on
// the donors' conference under "how many operations" (none).
const sameSubject = 0.3

// sameCount reports whether two figures are one count in other words: the
// same value, and every word of the one's noun in the other or the same
// noun last ("35 countries", "35 coalition countries"; "72-member
// Japanese team", "72-member rescue team").
func (e *Engine) sameCount(a, b string) bool {
	va, ok := e.figureOf(a)
	if vb, okb := e.figureOf(b); !ok || !okb || va != vb {
		return false
	}
	if countedHead(afterNumber(a)) == "" || countedHead(afterNumber(b)) == "" {
		return true // "351" and "351 people", "3,500 soldiers" and "3,500 already": one names nothing else counted
	}
	ta, tb := e.analyze(strings.Map(keepLetters, a)), e.analyze(strings.Map(keepLetters, b))
	if len(ta) == 0 || len(tb) == 0 {
		return false
	}
	if ta[len(ta)-1].Term == tb[len(tb)-1].Term {
		return true
	}
	sa, sb := e.termSet(strings.Map(keepLetters, a)), e.termSet(strings.Map(keepLetters, b))
	return subset(sa, sb) || subset(sb, sa)
}

// afterNumber is what follows the first number in s, all of s for a
// number in words.
func afterNumber(s string) string {
	start := strings.IndexAny(s, "0123456789")
	if start < 0 {
		return s // a number in words ("two nuclear powers"): its noun follows it
	}
	end := start
	for end < len(s) && strings.IndexByte("0123456789,.", s[end]) >= 0 {
		end++
	}
	return s[end:]
}

// keepLetters keeps a figure's words, not its digits: the number is
// compared apart.
func keepLetters(r rune) rune {
	if unicode.IsDigit(r) {
		return ' '
	}
	return r
}

// numberIn returns the first run of digits in s.
func numberIn(s string) string {
	start := strings.IndexAny(s, "0123456789")
	if start < 0 {
		return ""
	}
	end := start
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	return s[start:end]
}

// supports reports whether a candidate says what the top one says: it
// holds every word of the short answer, or, with no short answer, matches
// the question nearly as well.
func (e *Engine) supports(c *cand, want map[string]bool, top *cand) bool {
	if len(want) == 0 {
		return c.cov >= 0.8*top.cov
	}
	for t := range want {
		if !hasTerm(c.toks, t) && !hasTerm(c.prevToks, t) {
			return false
		}
	}
	return true
}

var (
	futureWords   = cueSet("future")
	prospectWords = cueSet("prospect")
)

// asksFuture reports whether a question asks what is yet to happen: "who
// is going to run the cell", "when is the next meeting".
func asksFuture(q *question) bool {
	words := q.words
	for i, w := range words {
		to := i+1 < len(words) && words[i+1] == "to"
		// ("next to", "next door", "the next village": a place, by a
		// thing with extent after it, WordNet's [physical] nouns, not
		// also an act or a time: "the next steps" are to come)
		beside := w == "next" && (to || i+1 < len(words) && lexicon.IsPhysicalNoun(words[i+1]) && !lexicon.IsEventNoun(words[i+1]))
		// ("later", "next", "soon" in a question in the past tell of a
		// time after another in the past: "who *later blamed* sentaro";
		// not in a clause of its own: "did they say they'd scrap it *if*
		// they win the next election")
		relative := (w == "later" || w == "next" || w == "soon") && asksPast(q) && !slices.ContainsFunc(words[:i], func(v string) bool { return subordinators[v] })
		if futureWords[w] && !beside && !relative || w == "going" && to && !journey(q, words[i+2:]) {
			return true
		}
	}
	return false
}

// prospectUnmet reports whether a question asks, in its main clause, what
// is yet to happen and top speaks of nothing to come (futureUnmet).
func prospectUnmet(q *question, top *cand) bool {
	return futureUnmet(q, top) && !subordinateFuture(q)
}

// futureUnmet reports whether a question asks what is yet to happen, in
// any clause, and top speaks of nothing to come (speaksOfProspect): with
// datesDone, the abstention feature eFutureUnmet. (Its weight was fitted
// on this form before datesDone joined it; refit with it, -feature
// future_unmet gives −1.2 for −1.38 at the same objective, so it stands.
// With prospectUnmet's main-clause guard the held-out answers change.)
func futureUnmet(q *question, top *cand) bool {
	return asksFuture(q) && !speaksOfProspect(top.p.Text)
}

// datesDone reports whether a "when" question asks of what is yet to
// happen (asksFuture: "when will european parliaments vote") and every
// date of its best passage stands in a clause that speaks of no prospect
// (speaksOfProspect of the clause around the date: "officials continued
// talks … on Wednesday", "the flood wall the town finished in 2021"): a
// date of what was done does not say when what is to come will be. A
// passage with no date is type_missing's; one whose date is the
// question's own (givenTime) is no answer either way.
func (e *Engine) datesDone(q *question, top *cand) bool {
	if q.kind != KindWhen || !asksFuture(q) || subordinateFuture(q) {
		return false
	}
	text := top.p.Text
	dates := 0
	for _, d := range e.find(dateRE, text) {
		if givenTime(q, text[d.start:d.end]) {
			continue
		}
		dates++
		if cl := clauseAround(text, d, clauseMarks); speaksOfProspect(text[cl.start:cl.end]) {
			return false
		}
	}
	return dates > 0
}

// subordinateFuture reports whether a question's word of what is to come
// stands in a subordinate clause, after "before", "if", "until" …: "what
// does the Kremlin insist on *before it will agree*" asks what it insists
// on now.
func subordinateFuture(q *question) bool {
	for i, w := range q.words {
		if futureWords[w] || w == "going" {
			return false // "what will the union do if …": the main clause's own
		}
		if i > 0 && clauseSubordinators[w] {
			return slices.ContainsFunc(q.words[i+1:], func(v string) bool { return futureWords[v] || v == "going" })
		}
	}
	return false
}

// asksPast reports whether a question asks of what was, by an auxiliary
// or a verb in the past ("who later *blamed* sentaro", "what *happened*
// the next day").
func asksPast(q *question) bool {
	return slices.ContainsFunc(q.words, func(w string) bool {
		return w == "did" || w == "was" || w == "were" || w == "had" || pastVerb(w)
	})
}

// journey reports whether the words after "going to" name where one goes,
// not a verb of what is to come: a name ("did rubio end up going to
// *paris*") or a determiner ("going to *the* hospital"); "going to
// *resign*" is neither.
func journey(q *question, after []string) bool {
	if len(after) == 0 {
		return false
	}
	w := after[0]
	return lexicon.IsFunctionWord(w) && !auxiliaries[w] || slices.ContainsFunc(q.terms, func(t qterm) bool { return t.entity && strings.ToLower(t.word) == w })
}

// speaksOfProspect reports whether a sentence speaks of what is yet to
// happen: a plan, an expectation, a modal ("would be based", "is set to"),
// or an undertaking, a verb in the past and "to" and a verb ("pledged to
// deploy", "committed to sending").
func speaksOfProspect(text string) bool {
	words := strings.Fields(strings.ToLower(strings.Map(keepWordRune, text)))
	for i, w := range words {
		if prospectWords[w] {
			return true
		}
		if i+2 < len(words) && pastVerb(w) && words[i+1] == "to" && (lexicon.IsVerb(words[i+2]) || progressive(words[i+2])) {
			return true // "committed to sending troops", "agreed to establish": what was undertaken is yet to be done
		}
		if i+1 < len(words) && w == "to" && i > 0 && !prospectStop[words[i-1]] && lexicon.IsVerb(words[i+1]) && !pastVerb(words[i+1]) {
			// "readiness for Germany to contribute troops", "the plan to
			// automate": an infinitive speaks of what is to be done (or
			// wanted, or undertaken), not of what was
			return true
		}
	}
	return false
}

// prospectStop are words before "to" after which a verb is no prospect
// ("used to live", "had to leave": done): closed class.
var prospectStop = wordSet("used had has have having")

// namedBeforeOnly reports whether a name of the question that is a
// country or a people's (Mexico, "Mexican") stands only in the sentence
// before the passage, while the passage names another ("The 72-member
// *Japanese* team …" after "Specialist teams from Japan, Mexico, …"): the
// passage's figure is of that other.
func (e *Engine) namedBeforeOnly(q *question, c *cand) bool {
	c.lookUp(q)
	for i, t := range q.terms {
		if !t.entity || i >= len(c.match) || c.match[i] == 0 || !(isDemonym(t.word) || countryWord(t.word)) {
			continue
		}
		if slices.ContainsFunc(c.hits, func(h tokHit) bool {
			return slices.ContainsFunc(h.hs, func(th termHit) bool { return th.i == i })
		}) {
			continue // in the passage itself
		}
		for _, n := range e.names(c.p.Text) {
			if w := c.p.Text[n.start:n.end]; (isDemonym(w) || countryWord(w)) && !e.mentionsEntity(q, w) {
				return true
			}
		}
	}
	return false
}

// onlyIndefinite reports whether a "which N" question's passage holds N
// with no name for it (namesOfKind) and only as an indefinite one ("an
// outside firm", "One alliance", "a church tower"): it tells that there
// is one, not which.
func (e *Engine) onlyIndefinite(q *question, c *cand) bool {
	if len(q.words) == 0 || q.words[0] != "which" || q.focus == "" || q.asksArticle || e.namesOfKind(q, c) != kindUnnamed {
		return false
	}
	k := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.focus })
	if k < 0 {
		return false
	}
	focus, text, seen := q.terms[k], c.p.Text, false
	for _, tok := range c.toks {
		if tok.Term != focus.term && !slices.Contains(focus.spellings, tok.Term) {
			continue // (a synonym or a word near in meaning is no sure mention of N: "a multi-national force" for "countries")
		}
		seen = true
		from := afterLastMark(text[:tok.Start], clauseMarks)
		before := strings.Fields(strings.ToLower(text[from:tok.Start]))
		indefinite := false
		for i := len(before) - 1; i >= 0 && i >= len(before)-indefiniteReach; i-- {
			w := strings.Trim(before[i], "\"“”‘’'")
			if nounOpeners[w] && !indefiniteWords[w] {
				break // "some of *the* firm's staff": a definite one
			}
			if indefiniteWords[w] {
				indefinite = true
				break
			}
		}
		if !indefinite && partitiveCount(text[from:tok.Start]) {
			// "Three of the world's largest container lines": how many
			// of them, not which
			indefinite = true
		}
		if !indefinite || e.endsOnNameComma(text[:from]) || e.namedByCopula(q, text[from:tok.Start]) {
			// a definite one, or one a name says which: before it in
			// apposition ("Greenland, a recent flashpoint") or as the
			// subject it is said of ("Kestrel Partners is an outside firm")
			return false
		}
	}
	return seen
}

// partitiveCountRE is a count of a part of a whole, "three of the
// world's largest", that ends the words before a noun: some of them, not
// which.
var partitiveCountRE = regexp.MustCompile(`(?i)\b(?:\d[\d,]*|` + smallNumbers + `)\s+of\s+(?:the|its|their)\s+([^,;:]*)$`)

// partitiveCount reports whether text, the words before a noun, ends on a
// partitive count (partitiveCountRE) whose whole is a short noun phrase
// that holds the noun: at most three words after "of the", none a
// determiner or a verb of saying ("Two of the airlines said *the* firm
// …" counts airlines, not firms).
func partitiveCount(text string) bool {
	m := partitiveCountRE.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	words := strings.Fields(strings.ToLower(m[1]))
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if nounOpeners[w] || articles[w] || lexicon.IsSayingVerb(w) {
			return false
		}
	}
	return true
}

// namedByCopula reports whether text, the words of a clause before an
// indefinite noun, ends on a name the question does not give and a form
// of "be" before the determiner: "Kestrel Partners is (an outside …)".
func (e *Engine) namedByCopula(q *question, text string) bool {
	for _, n := range e.freeSpans(q, text, e.names(text)) {
		rest := strings.Fields(strings.ToLower(text[n.end:]))
		if len(rest) >= 2 && copulas[rest[0]] && indefiniteWords[rest[1]] {
			return true
		}
	}
	return false
}

// endsOnNameComma reports whether text ends with a name and a comma: what
// follows is an apposition to that name.
func (e *Engine) endsOnNameComma(text string) bool {
	t := strings.TrimRight(text, " ")
	if !strings.HasSuffix(t, ",") {
		return false
	}
	t = strings.TrimSuffix(t, ",")
	for _, n := range e.names(t) {
		if n.end == len(t) {
			return true
		}
	}
	return false
}

// indefiniteReach is how many words before a noun its indefinite
// determiner may stand ("an *outside* firm", "a *small local* firm").
const indefiniteReach = 3

var indefiniteWords = wordSet("a an one another some any")

// wantsSettlement reports whether a question asks for a city, a town or a
// village by that noun ("which cities …", "which town …").
func (q *question) wantsSettlement() bool {
	return q.focus != "" && settlementTerms[q.focus]
}

var settlementTerms = wordSet("citi town villag")

// namesSettlement reports whether a passage names a place the question
// does not that is no country (countryWord: the country list's names, not
// GloVe's guess, which takes an unknown town for one).
func (e *Engine) namesSettlement(q *question, c *cand) bool {
	text := c.p.Text
	for _, n := range e.freeSpans(q, text, e.names(text)) {
		if w := text[n.start:n.end]; e.isPlace(w) && !countryWord(w) {
			return true
		}
	}
	return false
}

// countsNoun reports whether a number of c's passage counts the noun a
// "how many" question counts, by that noun or one GloVe puts near it
// ("43 homes" for "how many houses"), or, for "how many people", by a
// kind of person ("900 mill workers"; counts), not only by the
// question's verb.
func (e *Engine) countsNoun(q *question, c *cand) bool {
	text := c.p.Text
	for _, sp := range e.freeSpans(q, text, e.find(numberRE, text)) {
		if !yearRE.MatchString(text[sp.start:sp.end]) && e.counts(q, text, sp) {
			return true
		}
	}
	return false
}

// speaksOfTop reports whether passage c goes on with the body the sentence
// before it names: it opens with an anaphor for it ("Its managing
// director", "Their chief", "The company's chief executive"), or holds a
// word of the question in the possessive ("Tidewell's chief executive").
func speaksOfTop(q *question, c *cand) bool {
	f := strings.Fields(c.p.Text)
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "its", "their":
		return true
	case "the":
		if len(f) > 1 && endsGenitive(f[1]) {
			return true
		}
	}
	for _, tok := range c.toks {
		if !endsGenitive(c.p.Text[tok.Start:tok.End]) {
			continue
		}
		for kt := range q.terms {
			t := &q.terms[kt]
			if t.term == tok.Term {
				return true
			}
		}
	}
	return false
}

// asksTheChat reports whether a question asks those in the chat what they
// are doing or would join, an ellipsis of "is anyone …": "anyone up for
// valorant later", "anyone watching the match tonight". Its subject is the
// readers now, of whom no article speaks; not "anyone hurt?" or "anyone
// missing after the flood" (a participle or an adjective: was anyone), nor
// "anyone living by the river evacuated" (the "-ing" qualifies "anyone",
// and a verb in the past or an auxiliary after it is the question's), nor
// "anyone know …", which asks what its object or clause does. So do
// "how do i …" with a word no article uses (howDoI) and an offer, "who
// wants to …" (offersToChat).
func asksTheChat(q *question) bool {
	w := q.words
	if howDoI(w) {
		// "how do i set up a minecraft server": asks how the asker
		// does a thing, which news tells of only for what it reports;
		// with a word no article uses the thing is none of them, and
		// the chat is asked
		return slices.ContainsFunc(q.terms, func(t qterm) bool { return t.unknown })
	}
	if offersToChat(w) {
		return true
	}
	if len(w) < 3 || w[0] != "anyone" && w[0] != "anybody" {
		return false
	}
	if !(w[1] == "up" && w[2] == "for" || progressive(w[1]) && !lexicon.IsAdjective(w[1])) {
		return false
	}
	return !slices.ContainsFunc(w[2:], func(v string) bool { return pastVerb(v) || auxiliaries[v] })
}

// howDoI reports whether words open as asking how the asker does
// something: "how do i …", "how can i …".
func howDoI(w []string) bool {
	return len(w) > 3 && w[0] == "how" && (w[1] == "do" || w[1] == "can" || w[1] == "should") && w[2] == "i"
}

// offersToChat reports whether words open as an offer or an invitation
// to those in the chat: "who wants to watch a movie tonight" — whom it
// asks after is a reader, unless the articles say
// someone does the deed (chatDeedSaid: "who wants to lead the force").
func offersToChat(w []string) bool {
	return len(w) > 3 && w[0] == "who" && w[1] == "wants" && w[2] == "to"
}

// chatVerb is the position among q's words of the verb of the deed a
// question shaped as asking the chat asks about ("anyone *watching* …",
// "who wants to *watch* …"), or -1.
func chatVerb(q *question) int {
	switch {
	case howDoI(q.words):
		return -1
	case offersToChat(q.words):
		return 3
	}
	return 1
}

// chatDeedSaid reports whether a candidate holds the "-ing" verb of a
// question shaped as asking the chat together with another word of the
// question, themselves or a synonym: then the articles speak of someone
// doing it ("anyone seeking compensation from thessaly maritime": "would
// seek compensation from Thessaly Maritime"), which no one does of
// "watching the match tonight".
func chatDeedSaid(q *question, cands []*cand) bool {
	at := chatVerb(q)
	if at < 0 {
		return false // "anyone up for …", "how do i …"
	}
	verb := slices.IndexFunc(q.terms, func(t qterm) bool { return strings.ToLower(t.word) == q.words[at] })
	if verb < 0 {
		return false // "anyone up for …"
	}
	for _, c := range cands {
		has, other := false, false
		for _, tok := range c.toks {
			for _, h := range q.lookup[tok.Term] {
				if h.soft {
					continue // a neighbour in meaning is no sure word of the deed
				}
				has = has || h.i == verb
				other = other || h.i != verb
			}
		}
		if has && other {
			return true
		}
	}
	return false
}

// chatTimeWords place a chat message in the asker's time (kinds.txt);
// chatTimeNouns do so after "last", "this" or "next" ("who won the match
// *last night*": the night before the asker's, "lasting" no match of it).
var (
	chatTimeWords  = cueSet("chat-time-words")
	chatTimeNouns  = wordSet("night week weekend month year morning evening afternoon")
	chatTimeDeixis = wordSet("last this next")
	// weekdays place a question in a week as the asker's words of time
	// do: matched on its day alone ("notes from *mondays* lecture": "said
	// on Monday"), a passage says nothing else of it
	weekdays = wordSet("monday tuesday wednesday thursday friday saturday sunday")
)

// chatTimePhrase reports whether w stands among the question's words in
// a phrase of the asker's time: "last night", "this weekend", "next
// week", either word.
func chatTimePhrase(words []string, w string) bool {
	for i := 0; i+1 < len(words); i++ {
		if chatTimeDeixis[words[i]] && chatTimeNouns[strings.Trim(words[i+1], "?!.,")] && (w == words[i] || w == strings.Trim(words[i+1], "?!.,")) {
			return true
		}
	}
	return false
}

// onlyChatTimeMatched reports whether the only words of a question the
// passage matches are words of the asker's time (chatTimeWords:
// "tonight", "today", "weekend"), and the question says something else
// it does not match: what is asked about is nowhere in it.
func onlyChatTimeMatched(q *question, c *cand) bool {
	timeMatched, dayMatched, other, unknown := false, false, false, false
	for i, t := range q.terms {
		if i >= len(c.match) {
			break
		}
		w := strings.ToLower(t.word)
		switch {
		case askersTimeWord(q, w):
			timeMatched = timeMatched || c.match[i] > 0
		case weekdays[strings.TrimSuffix(w, "s")]:
			dayMatched = dayMatched || c.match[i] > 0
		case c.match[i] > 0:
			return false
		case !lexicon.IsFunctionWord(w):
			other = true
			unknown = unknown || t.unknown && !usedAsVerb(q, t)
		}
	}
	// (a day the articles name is theirs as often as the asker's: only a
	// thing no article speaks of besides it says the day is the asker's,
	// "the notes from *mondays* lecture"; "whats happening wednesday"
	// asks of theirs)
	return timeMatched && other || dayMatched && unknown
}

// passageNear is the soft weight (as qterm.near's: softScale times the
// similarity) of the word of a passage (words, lower case) nearest in
// meaning to question term t, a word no article uses, where it stands at
// passageSimilarity or nearer by GloVe, else 0. Soft matching looks
// for a word's neighbours across the articles and takes only the nearest
// (softMin); in the one passage that answers, a looser paraphrase is the
// asker's wording of what it says ("grandkids" for "grandchildren" at
// 0.59, "peak" for "highest" at 0.65).
func passageNear(t qterm, words []string) float64 {
	word, emb := strings.ToLower(t.word), lexicon.Default()
	if r, ok := emb.Rank(word); !ok || r < softCommon {
		return 0
	}
	best := float32(0)
	a := emb.Anchor(word) // looked up once, not once a passage word
	for _, w := range words {
		if r, ok := emb.Rank(w); !ok || r < softCommon || w == word {
			continue
		}
		if sim, ok := a.Similarity(w); ok {
			best = max(best, sim)
		}
	}
	if best < passageSimilarity {
		return 0
	}
	return softScale * float64(best)
}

// passageSimilarity is the least GloVe similarity at which a word of the
// best passage says a question's unknown word in other words
// (passageNear).
const passageSimilarity = 0.55

// saidOtherwiseIn reports whether the best passage holds a WordNet synonym
// of t, a word no article uses (lexicon.Synonyms: the words of its
// commonest sense; and an adjective's similar ones, "huge" for "big"), as
// the articles write them in lower case: "what are the local kids up to"
// of "The children are selling coffee …". The asker's word is then the
// passage's in other words, not a word of another subject, and counts as
// the passage's own in the unknown share. Synonyms only: GloVe's
// neighbours are as often words of the same topic as words for the same
// thing ("player" for "football", "fruit" for "food"), which a passage on
// another subject holds too; and a verb's particular ways (its troponyms)
// are other deeds, which a word of another sense matches ("fish" for
// "grab", where the passage's fish is cargo).
func (e *Engine) saidOtherwiseIn(t qterm, top *cand) bool {
	w := strings.ToLower(t.word)
	syn := e.loweredSynonymTerms(append(lexicon.Synonyms(w), lexicon.Related(w, lexicon.Similar)...))
	return slices.ContainsFunc(syn, func(a termAlt) bool { return hasTerm(top.toks, a.term) })
}
