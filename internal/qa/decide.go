// Abstention: why the articles do not answer.

package qa

import (
	"slices"

	"github.com/summitbot/summitbot/index"
)

// maxPassageBytes bounds a quoted passage: one or two sentences, no wall
// of text.
const maxPassageBytes = 450

// abstention is why the articles do not answer, or "" when the best
// candidate answers the question. It may move a better-typed candidate
// to the top. Without weighEvidence, only the rules that decline
// whatever the evidence are applied.
func (e *Engine) abstention(q *question, cands []*cand, weighEvidence bool) string {
	if why := unknownTermReason(q); why != "" {
		return why
	}
	if asksTheChat(q) && !chatDeedSaid(q, cands) {
		return "the question asks the chat, not the articles"
	}
	top := e.typedTop(q, cands)
	top = e.typeAfterTop(q, cands, top)
	top = leaderAfterTop(q, cands, top)
	top = e.countBeforeTop(q, cands, top)
	top = sentenceOverHeading(q, cands, top)
	if why := e.partReason(q, top); why != "" {
		return why
	}
	top, why := e.figureOwner(q, cands, top)
	if why != "" {
		return why
	}
	return e.passageReason(q, cands, top, weighEvidence)
}

// unknownTermReason is why a question naming what no article mentions
// (a name in any spelling, a year) goes unanswered, or "".
func unknownTermReason(q *question) string {
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
	return ""
}

// typedTop puts first a passage nearly as well matched as the top that
// has the kind of answer asked for, where the top has it not or in part,
// and returns the top.
func (e *Engine) typedTop(q *question, cands []*cand) *cand {
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
	return top
}

// typeAfterTop raises the sentence after the top that holds the figure
// or the date the top lacks, and returns the top.
func (e *Engine) typeAfterTop(q *question, cands []*cand, top *cand) *cand {
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
			var with []index.Token
			if c := cands[i]; c.prev == nil || c.prev.Seq != top.p.Seq {
				// (across a paragraph break, or a list's item: not read
				// with the top in rank)
				with = top.toks
			}
			top = e.raiseReadWith(q, cands, i, with)
		}
	}
	return top
}

// leaderAfterTop raises the sentence after the top that names the
// leader of what the top names, and returns the top.
func leaderAfterTop(q *question, cands []*cand, top *cand) *cand {
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
	return top
}

// countBeforeTop raises the sentence before the top whose figure counts
// the noun asked about, and returns the top.
func (e *Engine) countBeforeTop(q *question, cands []*cand, top *cand) *cand {
	if q.kind == KindHowMany && q.counted != nil && top.typeOK < 1 {
		// the sentence right before the top, whose figure counts the
		// noun asked about, answers a top that counts nothing asked:
		// "She said 43 homes in the village had flooded" before "Nobody
		// in Dunmore Falls was killed, but four residents were …" for
		// "how many houses in dunmore falls were flooded"; the top names
		// what its "the village" is, and it is read with the top's words
		// (cover), as the sentence after one is above
		if i := slices.IndexFunc(cands, func(c *cand) bool { return c.typeOK >= 1 && follows(top, c) && e.countsNoun(q, c) }); i > 0 {
			top = e.raiseReadWith(q, cands, i, top.toks)
		}
	}
	return top
}

// raiseReadWith raises cands[i] to the top, read again with the words
// toks of the sentence it is read with, if any (cover), and returns it.
func (e *Engine) raiseReadWith(q *question, cands []*cand, i int, toks []index.Token) *cand {
	c := raise(cands, i)
	if toks != nil {
		c.prevToks = append(slices.Clip(c.prevToks), toks...)
	}
	c.looked = false
	e.cover(q, c)
	return c
}

// sentenceOverHeading puts a sentence nearly as well matched that holds
// more of the kind of answer asked for over a heading at the top, and
// returns the top.
func sentenceOverHeading(q *question, cands []*cand, top *cand) *cand {
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
	return top
}

// partWhole is why a figure of the whole does not answer a question of
// a part of it.
const partWhole = "the passage's figure counts the whole, not the part asked about"

// partReason is why the top's figure does not answer a question that
// asks a part of what it counts, or whose surname, or "".
func (e *Engine) partReason(q *question, top *cand) string {
	if pred := partitivePredicate(q); len(pred) > 0 && !e.figureSays(top, pred) {
		// "how many of the aftershocks were over magnitude 5": "more than
		// 400 aftershocks" counts them all, not those asked about
		return partWhole
	}
	if i := countedModifier(q); i >= 0 && i < len(top.match) && (top.match[i] == 0 || !spells(q.terms[i], top.toks) && !spells(q.terms[i], top.prevToks)) {
		// "how many conservative councillors voted no": "by 31 votes to
		// 24" counts them all, not the conservatives; nor does a word
		// only near the narrowing one in meaning say it ("the queue of
		// 212 ships" for "how many container ships": GloVe's "ship")
		return partWhole
	}
	if q.kind == KindHowMany && e.namedAsIncluded(q, top) {
		// "how many ppl stayed at the community arena": "About 650 people
		// spent Monday night in four emergency shelters, including the
		// Community Arena" counts them in all four
		return partWhole
	}
	if q.kind == KindHowMany && e.namedAmongPlaces(q, top) {
		// "how many homes got flooded in port lisle": "evacuation
		// orders covered about 1,800 homes in Brackenford, Ashcombe and
		// Port Lisle" counts the three towns together
		return partWhole
	}
	if asksSurname(q) && !e.givesSurname(q, top) {
		return "the passage gives no surname of whom the question names" // "whats antonias last name": "… identified only as Antonia"
	}
	return ""
}

// figureOwner puts first a passage whose figure is of whom the question
// asks, where the top's is another's, and returns the top, with why the
// articles do not answer when none is.
func (e *Engine) figureOwner(q *question, cands []*cand, top *cand) (*cand, string) {
	if !e.ownsFigure(q, top) {
		// "how many soldiers does ukraine have": "Paris could deploy
		// several thousand French troops to Ukraine" counts soldiers,
		// not Ukraine's; a passage nearly as well matched whose figure
		// is Ukraine's answers
		top = promoteWithin(cands, promoteReach, func(c *cand) bool {
			return c.typeOK >= 1 && c.cov >= 0.75*top.cov && e.countsNoun(q, c) && e.ownsFigure(q, c)
		})
		if !e.ownsFigure(q, top) {
			return top, "the passage's figure is not of whom the question asks"
		}
	}
	return top, ""
}

// passageReason is why the top passage does not answer the question, or
// "" when it does.
func (e *Engine) passageReason(q *question, cands []*cand, top *cand, weighEvidence bool) string {
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
