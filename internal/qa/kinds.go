// Kind-specific answering: questions beyond one passage, reordering candidates, refining the short answer.

package qa

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// byKind answers the questions that one passage found by search does not:
// an overview of the coverage or of a topic (summary.go), a fact of an
// article itself (metaanswer.go), what something is (define.go). It reports false
// for every other question, which Ask answers as before.
func (e *Engine) byKind(ctx context.Context, q *question) (Answer, bool) {
	if topic, ok := e.gist(q); ok {
		var arts []*corpus.Article
		if at, _ := findCue(q.words, "meta-article"); at >= 0 {
			// "the gist of the Newslooks piece": an overview of that article
			if named := e.namedArticles(q, nil); len(named) == 1 {
				arts, topic = named, ""
			}
		} else if outlet := e.outletsNamed(q, true); len(outlet) > 0 && len(outlet) < len(e.c.Articles) {
			// "tldr of the pacific ledger one": of what that outlet published,
			// named by every word of its name ("the relief effort" names no
			// outlet)
			arts, topic = outlet, ""
		}
		mode := gistAll
		if asksLatest(q.words) {
			mode = gistLatest // "whats the latest": the newest report first
		}
		a := e.overview(ctx, q.text, topic, mode, arts...)
		if !a.Answered && len(a.Passages) == 0 && topic != "" && len(arts) == 0 && q.kind == KindWhat && q.words[0] == "what" {
			// a topic mostly in words no article uses ("what happened to
			// the sea defences and docks in the little coastal town"): no
			// overview of it, but a question of its own, ranked as any
			// ("tldr of the witkoff putin call", "tell me about lima" ask
			// for an overview only)
			return Answer{}, false
		}
		a.Question = q.text
		return a, true
	}
	if asksAhead(q.words) {
		a := e.overview(ctx, q.text, "", gistAhead)
		a.Question = q.text
		return a, true
	}
	if a, ok := e.byAuthor(q); ok {
		return a, true // "who is Diego Salinas": an author, named only in a byline
	}
	if captionAsked(q) {
		return e.captionAnswer(q), true // "what does the photo of the search dog show"
	}
	if a, ok := e.collection(q); ok {
		return a, true // "how many articles are there", "which is the newest"
	}
	if a, ok := e.meta(q); ok {
		return a, true
	}
	if a, ok := e.define(ctx, q); ok {
		return a, true
	}
	return Answer{}, false
}

// reorderKind puts first, among candidates that match the question about
// as well (preferMeasuredThing among all of them: a thing's own measure
// before its noun is rarely said of another), the one that answers its
// kind: a passage giving a reason for "why" or a means for "how"
// (reasonrank.go), a sentence that settles a yes/no question (verdict.go),
// the fullest description of the person "who is X" names (whois.go).
func (e *Engine) reorderKind(q *question, cands []*cand) []*cand {
	return e.preferEventDay(q, preferSource(q, preferNewestState(q, preferLatestState(q, e.preferReport(q, e.preferLatest(q, e.preferDescription(q, e.preferVerdict(q, e.preferList(q, e.preferDeedAfter(q, e.preferNarration(q, e.preferReasons(q, e.preferNamedWords(q, e.preferSaidTopic(q, e.preferMeasuredThing(q, cands)))))))))))))))
}

// derivedForm reports whether two analysed terms are one word in two
// forms, as English derives them ("apolog", "apologis"): they share their
// first five letters or more, the shorter's whole stem but at most its
// last letter.
func derivedForm(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for n < len(a) && a[n] == b[n] {
		n++
	}
	if n < 5 || n < len(a)-1 {
		return false
	}
	tail := b[n:] // what the longer adds: a suffix of derivation ("apolog-is", "govern-ment"), not another word's ending ("publi-sh" of "public")
	if tail == "" || derivationSuffixes[tail] {
		return true
	}
	if len(tail) == 1 && strings.Contains("iey", tail) && n >= 6 {
		return true // the stemmer's "-y" ("deliver"/"deliveri"), on a stem long enough that chance does not make it ("polic"/"polici": police, policy)
	}
	for k := 2; k < len(tail)-1; k++ {
		if derivationSuffixes[tail[:k]] && derivationSuffixes[tail[k:]] {
			return true // two of them: "nation-al-is"
		}
	}
	return false
}

// derivationSuffixes are the endings by which English derives one word
// from another, as the index's stemmer leaves them: a closed class of
// the language ("-ise", "-ment", "-ion", "-al", "-er" …), not of any
// coverage's words. A one-letter ending (the stemmer's "-y" and "-e")
// only on a stem of six letters or more: "polic"/"polici" are police and
// policy, "count"/"counti" count and county. "organ"/"organis" still
// pass: the rule cannot tell a chance "-ise" from a derived one.
var derivationSuffixes = wordSet("is iz ise ize ment ion ation ition al er or ist ism ic iv ive ur ure anc enc ant ent abl ibl li ship ness ess ful")

// namingVerbs are the verbs by which one gives a thing words of one's own
// (kinds.txt's [naming-verb-words]).
var namingVerbs = cueSet("naming-verb-words")

// asksNaming reports whether the question's verb is one of naming
// ("how did X describe Y", "what did X call Y"): a word of
// [naming-verb-words] standing as a verb (hasVerb: "about calls for a
// ceasefire", "a call for" are nouns).
func (q *question) asksNaming() bool {
	return q.hasVerb(func(w string) bool { return namingVerbs[w] })
}

// hasVerb reports whether a word of the question for which is reports
// true stands as a verb, not as a noun after a determiner, a possessive, a
// preposition or a quantifier ("the call for volunteers", "about calls
// for a ceasefire", "the interest rate", "no say"): the one test of
// asksView and asksNaming.
func (q *question) hasVerb(is func(string) bool) bool {
	for k, w := range q.words {
		if !is(w) {
			continue
		}
		if k == 0 {
			return true
		}
		if before := q.words[k-1]; !nounOpeners[before] && !prepositions[before] && !saidNounOpeners[before] {
			return true
		}
	}
	return false
}

// preferSaidTopic puts first, for "what did X say about Y", the best
// ranked passage where X speaks and Y is matched, in the passage or in
// the sentence before it, when the ranking's first has X speaking of
// nothing the question asks about: news prose gives a quotation after
// the sentence that sets it up ("Kallberg apologised in a video … /
// “This is a complete failure …,” Kallberg said"), and another thing X
// said is no answer. Y is the question's words other than X's and the
// verb of saying, matched by their own word, a synonym or another form of
// the word ("apologised" for "apology"). Not for a verb of naming ("how
// did X describe Y", [naming-verb-words]): X's words for Y need not
// repeat Y's ("the blocks had “pancaked”").
func (e *Engine) preferSaidTopic(q *question, cands []*cand) []*cand {
	if q.kind != KindSaid || q.speaker == "" || len(cands) < 2 || !cands[0].speaker || q.asksNaming() {
		return cands // ("how did X describe Y": X's words for Y, which need not repeat Y's)
	}
	asked := e.saidTopicTerms(q) // the question's terms other than X's and the verb of saying
	topic := func(c *cand) bool {
		in := func(term string) bool { return hasTerm(c.toks, term) || hasTerm(c.prevToks, term) }
		for _, i := range asked {
			t := &q.terms[i]
			if in(t.term) || slices.ContainsFunc(t.alts, in) {
				return true
			}
			for _, a := range t.soft {
				if derivedForm(t.term, a.term) && in(a.term) {
					return true // "apologised" for "apology"
				}
			}
		}
		return false
	}
	// near says the passage speaks of the topic at all: any match the
	// ranking counted, or a word GloVe puts near one of the question's, in
	// it or the sentence before; the ranking's first that does keeps its
	// place
	near := func(c *cand) bool {
		for _, i := range asked {
			t := &q.terms[i]
			if i < len(c.match) && c.match[i] > 0 {
				return true
			}
			for _, a := range t.soft {
				if hasTerm(c.toks, a.term) || hasTerm(c.prevToks, a.term) {
					return true
				}
			}
		}
		return false
	}
	if near(cands[0]) {
		return cands
	}
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if c.speaker && topic(c) {
			return toFront(cands, i+1)
		}
	}
	return cands
}

// laterReport reports whether a yes/no question asked of the present
// ("is the strike still on") has, besides its best passage, one nearly as
// well matched from an article published later: what the best passage
// says may no longer hold, and no verdict is given from it.
func laterReport(q *question, cands []*cand) bool {
	if q.report != latestReport || cands[0].a.Published == "" {
		return false
	}
	for _, c := range cands[1:min(len(cands), closeLook)] {
		if c.a.Published > cands[0].a.Published && c.cov >= laterAlike*cands[0].cov {
			return true
		}
	}
	return false
}

// laterAlike is how much of the best passage's coverage a later article's
// passage must have to put the best one's present in doubt.
const laterAlike = 0.4

// preferLatestState puts first, for a question asked of the present or
// of how things ended ("is the strike still on", "how did it go in the
// end"), the passage of the latest article among those that match the
// question as fully as the ranking's first: a story told over several
// days is settled by its last report, and an earlier one's sentence about
// the same thing ("would remain a shelter until …") may no longer hold.
// The passage must also hold the matched words as close together ("Copper
// mines around the city suspended work", not "drives an ore truck at one of
// the copper mines" in a later story on the shelter). "How many" has its
// own (preferReport); "why" asks a cause, which a later report need not
// tell better ("why is money so tight for strikers rn"); a question that
// names its source keeps the ranking's order.
func preferLatestState(q *question, cands []*cand) []*cand {
	if q.report != latestReport && !q.outcome || q.kind == KindHowMany || q.kind == KindWhy || len(cands) < 2 || len(q.outlets) > 0 || q.named != nil || cands[0].a.Published == "" {
		return cands
	}
	top, best := cands[0], 0
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if heading(c.p.Kind) || c.cov < top.cov || c.typeOK < top.typeOK || c.feat[fProximity] < top.feat[fProximity] || c.a.Published <= cands[best].a.Published {
			continue
		}
		best = i + 1
	}
	if best == 0 {
		return cands
	}
	return toFront(cands, best)
}

// preferNewestState puts first, for a question whether a thing is in an
// earlier state once more ("is the ferry running again", "is the depot back
// to normal": question.stateAgain), the passage of the newest article that
// speaks of the thing (the question's rarest word the ranking's first holds)
// and matches a good part as much of the question (laterAlike): the newest
// report settles the state ("Ferries crossed to Holm on Friday"), where an
// older one's sentence matches more of the question's words ("the ferry
// first ran in 1974"). Only a yes/no question not of the future asks a
// state ("when can they sail again" asks a time, "will they meet again" the
// future; "was the fuel leaking again", of the past, is read as of the
// newest report too: final re-read RO2); one that names its source keeps
// the ranking's order.
func preferNewestState(q *question, cands []*cand) []*cand {
	if !q.stateAgain || q.kind != KindYesNo || q.future || len(cands) < 2 || len(q.outlets) > 0 || q.named != nil || cands[0].a.Published == "" {
		return cands
	}
	top, subject := cands[0], -1
	for i, t := range q.terms {
		if i < len(top.match) && top.match[i] >= 1 && (subject < 0 || t.idf > q.terms[subject].idf) {
			subject = i
		}
	}
	if subject < 0 {
		return cands
	}
	best := 0
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if heading(c.p.Kind) || subject >= len(c.match) || c.match[subject] < 1 || c.cov < laterAlike*top.cov || c.a.Published <= cands[best].a.Published {
			continue
		}
		best = i + 1
	}
	if best == 0 {
		return cands
	}
	return toFront(cands, best)
}

// reportTime is which of several reports of a count a question asks for.
type reportTime int

const (
	anyReport reportTime = iota
	latestReport
	earliestReport
)

// preferReport puts first, for a "how many" question that asks for the
// latest report of a count ("how many are sick now") or the earliest ("at
// first"), the candidate of the latest or earliest article among those
// that count what is asked about (the kind of figure asked for, fully)
// and match the question nearly as well as the ranking's first: a count
// that later reports moved on ("14 people ill" on the 13th, "34 confirmed
// cases" on the 19th).
func (e *Engine) preferReport(q *question, cands []*cand) []*cand {
	if q.kind != KindHowMany || q.report == anyReport || len(cands) < 2 || len(q.outlets) > 0 {
		return cands
	}
	// the first that gives the kind of figure asked for is what the
	// others are measured against (the abstention promotes it over one
	// that does not)
	first := slices.IndexFunc(cands[:min(len(cands), closeLook)], func(c *cand) bool { return c.typeOK >= 1 })
	if first < 0 || cands[first].a.Published == "" {
		return cands
	}
	top, best := cands[first], -1
	for i, c := range cands[:min(len(cands), closeLook)] {
		if c.typeOK < 1 || c.cov < reportAlike*top.cov || c.a.Published == "" || !matchesAllOf(c, top, e.countedBy(q, c)) || !e.countsDeed(q, c) {
			continue
		}
		if best < 0 || q.report == latestReport && c.a.Published > cands[best].a.Published || q.report == earliestReport && c.a.Published < cands[best].a.Published {
			best = i
		}
	}
	if best <= first {
		return cands
	}
	return toFront(cands, best)
}

// countedBy is the index among q's terms of the noun a "how many"
// question counts where a figure of c's passage counts it (countsNoun:
// by that noun or one GloVe puts near it and of its kind, "Four
// *tugboats*" for "how many tugs"), or -1.
func (e *Engine) countedBy(q *question, c *cand) int {
	if q.counted == nil || !e.countsNoun(q, c) {
		return -1
	}
	return slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == q.counted.term })
}

// matchesAllOf reports whether c matches every question word top does, at
// least as a synonym would where top matched it so well: another report
// of the same count says what it counts as the first does, and a word
// GloVe only puts near is no other report ("71 were still missing" is none
// of "63 people had been brought out alive" for "how many were pulled out
// alive so far", though GloVe puts "missing" near "alive").
func matchesAllOf(c, top *cand, counted int) bool {
	for i, m := range top.match {
		if i == counted {
			continue
		}
		if m > 0 && (i >= len(c.match) || c.match[i] < min(m, synonymMatch)) {
			return false // (a word GloVe puts near is no other report: "missing" for "alive")
		}
	}
	return true
}

// countsDeed reports whether a candidate's figure is said with the
// question's verb of what it counts, in its words or a synonym (doneHere:
// "2,460 people had been injured" for "how many were injured now", not "71
// were still missing"); true for a question with no such verb.
func (e *Engine) countsDeed(q *question, c *cand) bool {
	if q.countVerb < 0 {
		return true
	}
	short := e.extract(q, c)
	at := strings.Index(c.p.Text, short)
	return short != "" && at >= 0 && e.doneHere(q, c.p.Text, span{at, at + len(short)}) == 2
}

// reportAlike is how much of the top candidate's coverage another must
// have to be taken for a report of the same count.
const reportAlike = 0.6

// refineKind sharpens an answer Ask has built by the kind of question: a
// verdict or none for yes/no (verdict.go); the whole list (lists.go); no
// place for "what is X"; the coordination a "who" answer stands in; the
// reason or means clause for why and how (reasonshort.go).
func (e *Engine) refineKind(q *question, cands []*cand, ans *Answer) {
	if !ans.Answered || len(cands) == 0 || len(ans.Passages) == 0 {
		return
	}
	if asksYesNo(q) {
		if v, cl := e.verdict(q, cands[0]); v != "" && !laterReport(q, cands) && slices.ContainsFunc(ans.Passages[0].Passages, func(p corpus.Passage) bool { return p.Seq == cands[0].p.Seq }) {
			// the verdict and the words of its clause that settle it
			ans.Verdict = v
			ans.Short, ans.bare = e.keyWords(q, cands[0], cl, maxShortWords-1), ""
			if v == verdictNo {
				ans.Short = withSide(q, cands[0].p.Text, cl, withDenial(cands[0].p.Text, cl, ans.Short))
			}
			h := &ans.Passages[0]
			h.Marks = markOf(h.Text, cands[0].p.Text[cl.start:cl.end])
			if ans.Short != "" {
				h.Marks = markOf(h.Text, ans.Short)
			}
			return
		}
		setShort(ans, "") // no verdict is guessed; Ask gives the words that bear on it
		return
	}
	if q.figure != "" && ans.Short != "" && len(e.figuresAsked(q, ans.Short)) > 0 {
		return // "what share of members voted yes": the figure asked for, not a list nor names
	}
	if e.keptAsCut(q, cands[0], ans.Short) {
		return // "what are the two nuclear powers": the names the aside describes, no list gathered for "two"
	}
	if asksList(q) || focusListed(q, cands[0].p.Text) {
		// (and "what gear did they bring", answered by a list of things:
		// the list is the answer, not the names beside it)
		e.gatherList(q, cands, ans)
		return
	}
	if top := cands[0]; top.p.Kind != corpus.KindBullet && !q.defines && !(q.kind == KindWho && len(e.names(ans.Short)) > 0) && len(bulletRun(top.a, top.p)) >= 2 && e.bulletList(q, cands[:1], ans) {
		// "what were the largest commitments": the top passage only
		// introduces them ("… were:"); its bullets say what they were
		// (but "who is Alain Cormier" is answered by the sentence that
		// names him, not by the list it goes on to introduce, and "who
		// announced the inquiry" by those it names: "The council leader,
		// Margaret Elland, and Transport Minister Graham Pell jointly
		// announced … It will examine:")
		return
	}
	if definedTerm(q) != "" && e.placePhrase(ans.Short) {
		setShort(ans, "") // "what is X" is not answered by where X is
		return
	}
	if q.kind == KindWho && ans.Short != "" {
		e.wholeCoordination(q, cands[0], ans)
	}
	if s, ok := e.degreeShort(q, cands[0]); ok {
		setShort(ans, s) // "how bad did trade get": the clause of its measure (degree.go)
		return
	}
	if s, n := e.saidNext(q, cands[0]); n != nil && joinNext(&ans.Passages[0], n.a, n.p) {
		// "what did X say about Y": X speaks in the top sentence of
		// other things, and the next goes on with X's words on Y ("He
		// cautioned that …")
		dropShownBelow(ans)
		setShort(ans, s)
		return
	}
	if q.kind == KindWhat && !q.defines {
		// (the join is asked first: it is cheap, and extract is not)
		if n := e.deedNext(q, cands[0]); n != nil && canJoinNext(&ans.Passages[0], n.a, n.p) {
			s := strandedObject(q, n, q.mainVerb())
			if s == "" {
				s = e.extract(q, n)
			}
			if s != "" {
				// the question's verb is the next sentence's: what was
				// done is told there, the top one only sets who and where
				joinNext(&ans.Passages[0], n.a, n.p)
				dropShownBelow(ans)
				setShort(ans, s)
				return
			}
		}
	}
	if asksReason(q) {
		c, joined := e.withReasonNext(q, cands[0], &ans.Passages[0])
		if joined {
			// the sentence joined on is shown there: not again below
			dropShownBelow(ans)
		}
		if s, ok := e.howIn(q, cands, &ans.Passages[0]); ok {
			// (a neighbour it was read from is joined on and not shown again)
			dropShownBelow(ans)
			setShort(ans, s) // "how is she doing", "how did they get there": how.go
			return
		}
		s, predicate, ok := e.reasonShort(q, c)
		if ok && e.anotherSpeaks(q, cands[0], c) {
			// "why does X think …" where another of X's name or kind
			// speaks and X does not: a reason read there ("Peter
			// Lindqvist said … because …" for Maria Lindqvist) is the
			// other's, not X's; what the passage reports, where no
			// reason is read (the last branch), is the other's view
			declineShort(ans, anotherSpeaksReason)
		} else if ok {
			if at := strings.Index(c.p.Text, s); at >= 0 && !predicate {
				// the reason or the means in the words around it, as any
				// short answer (inPhrase); what the one asked about did
				// ("how did they react": "jointly signed …") goes without
				// its doer, whom the question names
				w := widened(c.p.Text, span{at, at + len(s)})
				s = shortText(c.p.Text[w.start:w.end])
			}
			setShort(ans, s)
		} else if e.speakerSilent(q, cands[0], c) {
			// "why does X think …" where no one speaks in either passage
			// and neither gives a cause (reasonShort): narration of X
			// ("X toured the depot on Monday") reports no view of X's,
			// nor does the sentence after it (stanceWhy)
			declineShort(ans, speakerSilentReason)
		} else if s := e.stanceWhy(q, cands[0], c, joined); s != "" {
			// neither sentence has a cue (but one of when it was said:
			// "…," Hartmann said *after visiting the site*), and the next
			// one was joined on because it goes on: what follows a
			// stance says why, its first clause ("… needed help with
			// temporary housing before winter sets in. “Nights in the
			// desert are brutal in winter. …”"), or what the speaker it
			// names is reported saying (stanceFollow), not the stance again
			setShort(ans, s)
		} else if e.anotherSpeaks(q, cands[0], c) {
			declineShort(ans, anotherSpeaksReason) // (as the first branch)
		} else if ans.Short == "" && e.whySpeakerFor(q) != nil {
			// "why does X think …" where speakerSilent did not decline
			// and no reader found a cause: X holds the view there
			// ("According to the housing minister, the depot will
			// shut": holdsView), or someone speaks there (a
			// said-clause, a quotation mark), who may be another, so
			// the reason's wording may claim more than is checked
			// (holdsView is not tested here); no answer of no words
			declineShort(ans, viewNoCauseReason)
		} else if t := withPurpose(q, cands[0].p.Text, withObjectVerb(q, cands[0].p.Text, ans.Short)); t != ans.Short {
			setShort(ans, t) // "how does it get over the river": "*cross* the River Wend on a new bridge"; and its purpose (withPurpose)
		} else {
			bare := ans.bare
			setShort(ans, ans.Short) // the mark again, in a joined passage
			ans.bare = bare          // the same answer
		}
	}
}

// withDenial widens the words a "No" shows to the subject that denies
// what they say, where the clause opens with it and they do not hold it:
// "None of the 22 crew members or the canal pilot on board were hurt",
// not "board were hurt" (a few words over a short answer's dozen, rather
// than the opposite of what the passage says).
func withDenial(text string, cl span, short string) string {
	at := strings.Index(text[cl.start:cl.end], short)
	first, _ := nextWord(text[cl.start:])
	if at <= 0 || short == "" || !subjectNegators[first] {
		return short
	}
	wide := text[cl.start : cl.start+at+len(short)]
	if i := strings.Index(wide[at:], ", "); i >= 0 {
		wide = wide[:at+i] // up to the clause's first comma past what it denies
	}
	return wide
}

// withSide widens the words a "No" shows to the side the clause takes
// right after them, where it is the other one than the question's
// ("voted *against*" for "did they vote for it"): a bare function word to
// the window that ends a short answer, but here what settles it.
func withSide(q *question, text string, cl span, short string) string {
	at := strings.Index(text[cl.start:cl.end], short)
	if at < 0 || short == "" {
		return short
	}
	end := cl.start + at + len(short)
	typed, _ := typedWord(text[end:cl.end])
	typed = strings.TrimRight(typed, ".!?")
	if !sideTaken(q.words, strings.ToLower(typed)) {
		return short
	}
	return text[cl.start+at : end+strings.Index(text[end:], typed)+len(typed)] // ("voted against, saying …": the word, not its comma)
}

// declineShort declines ans for reason (refineKind records it, Explain
// reads it), with no short answer marked.
func declineShort(ans *Answer, reason string) {
	ans.Answered, ans.declined = false, reason
	setShort(ans, "")
}

// setShort makes s the short answer, marked in the top passage.
func setShort(ans *Answer, s string) {
	ans.Short, ans.bare = s, "" // a new answer: the one found before is not its bare form
	h := &ans.Passages[0]
	h.Marks = nil
	if at := strings.Index(h.Text, s); at >= 0 && s != "" {
		h.Marks = [][2]int{{at, at + len(s)}}
	}
}

// placePhrase reports whether a short answer only says where: "in Paris",
// "near Chiu Chiu", or a place's name.
func (e *Engine) placePhrase(s string) bool {
	w, rest := nextWord(s)
	switch w {
	case "in", "at", "near", "inside", "outside", "from":
		return e.isPlace(strings.TrimSpace(rest)) || isCapital(strings.TrimSpace(rest))
	}
	return s != "" && e.isPlace(s)
}

// markOf marks the last place s stands in text (a passage may be led by
// the sentence before, or cut), or nothing.
func markOf(text, s string) [][2]int {
	at := strings.LastIndex(text, s)
	if at < 0 || s == "" {
		return nil
	}
	return [][2]int{{at, at + len(s)}}
}

// preferSource puts first, where the question names its source ("per the
// pledge article", "according to the andes wire"), the passages of that
// source, in the ranking's order, when one of them matches half as much of
// the question as the best: the asker wants what that source says.
func preferSource(q *question, cands []*cand) []*cand {
	if len(cands) < 2 || q.named == nil && len(q.outlets) == 0 || q.fromOutlet(cands[0].a) {
		return cands
	}
	own := slices.IndexFunc(cands, func(c *cand) bool { return q.fromOutlet(c.a) && c.cov >= 0.5*cands[0].cov })
	if own < 0 {
		return cands
	}
	out := make([]*cand, 0, len(cands))
	for _, c := range cands {
		if q.fromOutlet(c.a) {
			out = append(out, c)
		}
	}
	for _, c := range cands {
		if !q.fromOutlet(c.a) {
			out = append(out, c)
		}
	}
	return out
}

// fullDay reports whether text, a passage of a, gives the day a reports
// the event on (front matter's event_date) in full, with its month.
func (e *Engine) fullDay(a *corpus.Article, text string) bool {
	if _, err := time.Parse("2006-01-02", a.EventDate); err != nil {
		return false
	}
	want := longDate(a.EventDate)
	for _, d := range e.find(dateRE, text) {
		if s := text[d.start:d.end]; numberIn(s) != "" && monthOf(s) != "" && sameDate(s, want) {
			return true
		}
	}
	return false
}

// withEventDay adds to a "when" question's hits, where it asks of the
// event itself ("what date was the summit", "when was the summit"), the opening
// passages that give the event's day in full, which may name the event in
// other words than the question ("The meeting took place in Paris on
// Tuesday, 6 January 2026" for the summit) and so not be found by them.
func (e *Engine) withEventDay(q *question, hits []index.Hit) []index.Hit {
	if q.kind != KindWhen || len(q.terms) == 0 || len(e.eventDays) == 0 {
		return hits
	}
	for kt := range q.terms {
		t := &q.terms[kt]
		if !e.eventWord(*t) {
			return hits
		}
	}
	seen := map[passageKey]bool{}
	for _, h := range hits {
		seen[passageKey{h.Article, h.Seq}] = true
	}
	for _, h := range e.eventDays {
		if !seen[passageKey{h.Article, h.Seq}] {
			hits = append(hits, h)
		}
	}
	return hits
}

// readEventDays is, read once in New, the opening passages (the first
// eventDayLead of each article) that give their article's event day in
// full, which withEventDay adds; none for a coverage of more than
// maxEventDayScan articles.
func (e *Engine) readEventDays() []index.Hit {
	if len(e.c.Articles) > maxEventDayScan {
		return nil
	}
	var out []index.Hit
	for _, a := range e.c.Articles {
		for i, p := range a.Passages[:min(len(a.Passages), eventDayLead)] {
			if e.fullDay(a, p.Text) {
				out = append(out, index.Hit{Article: a.ID, Seq: i})
			}
		}
	}
	return out
}

// eventDayLead is how many opening passages of an article readEventDays
// reads; maxEventDayScan how many articles a coverage may have for it to
// read them at all (it reads every article).
const (
	eventDayLead    = 6
	maxEventDayScan = 200
)

// preferEventDay puts first, for "when" asked of the event itself ("what
// day of the week was the meeting on", "when was the summit": the question
// names nothing but the event, in words most articles' openings use), a
// passage that gives the day of the event its article reports (front
// matter's event_date: the day, or its weekday), where the ranking put
// first one of another day ("continued talks … on Wednesday").
func (e *Engine) preferEventDay(q *question, cands []*cand) []*cand {
	if q.kind != KindWhen || len(cands) < 2 || len(q.terms) == 0 {
		return cands
	}
	for kt := range q.terms {
		t := &q.terms[kt]
		if !e.eventWord(*t) {
			return cands
		}
	}
	onDay := func(c *cand) bool {
		day, err := time.Parse("2006-01-02", c.a.EventDate)
		if err != nil {
			return false
		}
		for _, d := range e.find(dateRE, c.p.Text) {
			s := c.p.Text[d.start:d.end]
			if numberIn(s) != "" && monthOf(s) != "" && sameDate(s, longDate(c.a.EventDate)) || numberIn(s) == "" && strings.Contains(s, day.Weekday().String()) {
				return true
			}
		}
		return false
	}
	if !e.fullDay(cands[0].a, cands[0].p.Text) {
		// "what date was the summit", "when was the summit": the day in
		// full, where the ranking put first its weekday alone ("on
		// Tuesday")
		for i, c := range cands[1:] {
			if e.fullDay(c.a, c.p.Text) {
				e.lookClosely(q, c) // (one added by withEventDay may not have been looked at)
				return toFront(cands, i+1)
			}
		}
	}
	if onDay(cands[0]) {
		return cands
	}
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if onDay(c) && c.cov >= 0.5*cands[0].cov {
			return toFront(cands, i+1)
		}
	}
	return cands
}

// dropShownBelow drops from ans's passages after the first those the first
// now shows (a neighbour joined on to it): not shown twice.
func dropShownBelow(ans *Answer) {
	rest := slices.DeleteFunc(slices.Clone(ans.Passages[1:]), func(h Hit) bool { return shown(ans.Passages[:1], h) })
	ans.Passages = append(ans.Passages[:1], rest...)
}

// deedNext is the sentence after the top one, as a candidate, where the
// question's main verb (mainVerb) is not in the top sentence but is in
// that one, of the same paragraph, which points back to the top ("She
// spent an hour with the crews and pledged that …" after "The minister
// visited the depot on Monday" for "what did the minister pledge when she
// visited the depot"), holds a question word stranded after the verb
// (strandedAt) or the name the question types as its subject that the
// top holds too (sharesAskedWord): news names who and where first and
// tells what they did in the sentence after. Else nil.
func (e *Engine) deedNext(q *question, top *cand) *cand {
	v := q.mainVerb()
	if v < 0 || top.a == nil || !ownPassage(top.a, &top.p) {
		return nil
	}
	np, ok := nextInParagraph(top.a, &top.p)
	if !ok || holdsQTerm(q, top, v) {
		return nil
	}
	n := &cand{a: top.a, p: np, toks: e.factsOf(top.a, &np).toks}
	if !e.goesOn(top.a, &np, top.toks) && strandedAt(q, n, v) < 0 && !sharesAskedWord(q, top, n, v) || !holdsQTerm(q, n, v) { // (the join first: it is cheap)
		return nil
	}
	return n
}

// sharesAskedWord reports whether next, the sentence after top, holds a
// name the question types before its verb v, its subject ("what did
// *Rebolledo* want"), that top holds too: it goes on with whom top is
// about ("Rebolledo thanked donors but said … / “We are asking for
// partners …,” said Rebolledo"). A common word shared, a time ("last
// year"), or a place after the verb ("at the Kettle Lane Bridge") ties
// the two sentences too loosely: another's deed was read as the one
// asked (re-reads 26B F2, FB2 F1).
func sharesAskedWord(q *question, top, next *cand, v int) bool {
	for i := range q.terms {
		if i < v && q.terms[i].entity && holdsQTerm(q, top, i) && holdsQTerm(q, next, i) {
			return true
		}
	}
	return false
}

// saidNext is, for "what did X say about Y", the clause the next sentence
// of the top one's paragraph reports, and that sentence as a candidate,
// where X speaks in the top sentence without its holding a word of Y
// that the next one holds, and the next one goes on with X: it opens on
// a pronoun and a verb of saying ("He cautioned that both figures …"
// after "The minister said 214 people had died"). Words of Y are read as
// holdsQTerm reads them. Else "" and nil.
func (e *Engine) saidNext(q *question, top *cand) (string, *cand) {
	if q.kind != KindSaid || q.speaker == "" || !top.speaker || top.a == nil || !ownPassage(top.a, &top.p) {
		return "", nil
	}
	np, ok := nextInParagraph(top.a, &top.p)
	if !ok {
		return "", nil
	}
	// (pronounSaid, not goesOn: the next sentence must carry on the top
	// one's speaker's words, a pronoun and a verb of saying, which one
	// that only takes up a noun of the top one need not)
	clause := pronounSaid(np.Text)
	if clause < 0 {
		return "", nil
	}
	n := &cand{a: top.a, p: np, toks: e.factsOf(top.a, &np).toks}
	if !slices.ContainsFunc(e.saidTopicTerms(q), func(i int) bool { return holdsQTerm(q, n, i) && !holdsQTerm(q, top, i) }) {
		return "", nil
	}
	cut := cutBeforePhrase(np.Text, reportedClause(np.Text, clause), maxShortWords)
	s := shortText(np.Text[cut.start:cut.end])
	if s == "" {
		return "", nil
	}
	return s, n
}

// pronounSaid is the byte offset in text where the clause starts that a
// verb of saying opens right after a pronoun that opens text ("She added
// that | …", "They also warned | …"), or -1.
func pronounSaid(text string) int {
	first, _ := nextWord(text)
	if !personPronouns[first] && !groupPronouns[first] {
		return -1
	}
	clause, ok := firstSaidClause(text)
	if !ok || wordCount(text[:clause]) > saidOpens {
		return -1
	}
	return clause
}

// saidOpens is the most words before the clause pronounSaid reads: the
// pronoun, an adverb, the verb and "that".
const saidOpens = 4

// mainVerb is the index of the question's main verb among its terms: the
// last that may be its verb (verbTerm), no name, outside the clause a
// subordinator opens ("what did she *promise* when she visited the
// stadium"); -1 for none.
func (q *question) mainVerb() int {
	if i := q.strandedVerb(); i >= 0 {
		return i
	}
	sub := q.subordinateFrom()
	for i := len(q.terms) - 1; i >= 0; i-- {
		t := &q.terms[i]
		if t.entity || !q.verbTerm(i) || q.inSubordinate(i, sub) {
			continue
		}
		return i
	}
	return -1
}

// strandedVerb is the index of the term whose word stands right before a
// preposition that ends a question asked with "do", "does" or "did": the
// verb the preposition is stranded from ("what did the sessions *focus*
// on", "what did the plan *rely* on"), past an adverb between them
// ("what did the talks *focus* mainly on"), which do-support makes a verb
// though English mostly uses it as a noun. It is no inflected verb
// ("talks": do-support takes a verb's base form) nor an adverb ("mainly").
// Not a word that an article or a possessive opens ("what did they use
// *the money* for": the object), one after a verb's base form between
// the auxiliary and it (not opened by an article: "did the *plan* focus
// on") ("what did she *ask* the aviation authority for":
// the verb is "ask"), a name, nor a function word; -1 for none.
func (q *question) strandedVerb() int {
	n := len(q.words)
	aux := slices.IndexFunc(q.words, doAux)
	if n < 4 || !prepositions[q.words[n-1]] || aux < 0 || aux >= n-3 {
		return -1
	}
	at := n - 2
	if lexicon.IsAdverb(q.words[at]) && at-1 > aux+1 {
		at-- // "focus *mainly* on"
	}
	w, before := q.words[at], q.words[at-1]
	if base, ok := lexicon.VerbBase(w); opensNoun(before) || lexicon.IsFunctionWord(w) || lexicon.IsAdverb(w) || ok && base != w {
		return -1
	}
	for k := aux + 1; k < at; k++ {
		if lexicon.IsVerbBase(q.words[k]) && !opensNoun(q.words[k-1]) {
			return -1
		}
	}
	return slices.IndexFunc(q.terms, func(t qterm) bool { return !t.entity && strings.ToLower(t.word) == w })
}

// opensNoun reports whether w, an article or a possessive, makes the
// word after it a noun ("the *plan*").
func opensNoun(w string) bool { return articles[w] || possessives[w] }

// doAux reports whether w is a form of "do", the auxiliary of a question
// whose verb is in its base form ("what *did* they focus on"): doForms
// less the participle "done", which is no auxiliary.
func doAux(w string) bool { return doForms[w] && w != "done" }

// holdsQTerm reports whether c holds the question's term i as the engine
// reads a passage's words: itself, a synonym or near spelling, a word
// GloVe puts near it, or an irregular form of its verb ("sent" of "send").
// It differs on purpose from check.go's holdsTerm, which asks whether a
// passage says a claim's word in its own words (the word, a spelling, a
// synonym; in the sentence before too) and so refuses a word GloVe puts
// near it (a soft hit): deedNext and saidNext ask which of two
// neighbouring sentences speaks of the question's verb or topic, as the
// ranking reads a passage, not whether one says a claim. (clause matches
// a term by the word, its alternatives and its verb's forms, without soft
// hits.)
func holdsQTerm(q *question, c *cand, i int) bool {
	base := verbBase(q.terms[i].word)
	return slices.ContainsFunc(c.toks, func(tok index.Token) bool { return holdsQTermAt(q, c, i, base, tok) })
}

// holdsQTermAt reports whether token tok of c is the question's term i as
// holdsQTerm reads it, base the base form of the term's verb.
func holdsQTermAt(q *question, c *cand, i int, base string, tok index.Token) bool {
	if slices.ContainsFunc(q.lookup[tok.Term], func(h termHit) bool { return h.i == i }) {
		return true
	}
	return tok.Start >= 0 && tok.Start <= tok.End && tok.End <= len(c.p.Text) && (&tokenForms{word: c.p.Text[tok.Start:tok.End]}).of(base)
}

// strandedAt is the byte offset in c's text right after the question's
// verb, term v, and the preposition the question strands from it, where
// c says them together ("The sessions focused on | how …" for "what did
// the talks focus on": the relation asked about, so c tells it though it
// takes up no word of the sentence before); -1 where it does not.
func strandedAt(q *question, c *cand, v int) int {
	if v < 0 || v != q.strandedVerb() {
		return -1
	}
	prep, base := q.words[len(q.words)-1], verbBase(q.terms[v].word)
	for _, tok := range c.toks {
		if tok.End < 0 || tok.End > len(c.p.Text) || !holdsQTermAt(q, c, v, base, tok) {
			continue
		}
		if w, rest := nextWord(c.p.Text[tok.End:]); w == prep {
			return len(c.p.Text) - len(rest)
		}
	}
	return -1
}

// strandedObject is what c says the question's verb, term v, is about:
// the words after it and the preposition the question strands from it,
// to the end of their clause, as a short answer ("how the berths could
// be dredged"); "" where c does not say them together.
func strandedObject(q *question, c *cand, v int) string {
	at := strandedAt(q, c, v)
	if at < 0 {
		return ""
	}
	rest := c.p.Text[at:]
	s := cutBeforePhrase(rest, span{0, clauseEnd(rest)}, maxShortWords)
	return shortText(rest[s.start:s.end])
}

// joinNext shows the sentence next after h's in h, where h shows one
// sentence of article a, or already shows next with the one before it;
// it reports whether h shows next now. (A hit shows at most two
// sentences, and no more than maxPassageBytes: showPair.)
func joinNext(h *Hit, a *corpus.Article, next corpus.Passage) bool {
	if !canJoinNext(h, a, next) {
		return false
	}
	if len(h.Passages) != 2 {
		showPair(h, a, h.Passages[0], next)
	}
	return true
}

// canJoinNext reports whether joinNext would show next in h, leaving h as
// it is: refineKind asks it before the dearer extraction of next.
func canJoinNext(h *Hit, a *corpus.Article, next corpus.Passage) bool {
	if h.Article != a || len(h.Passages) == 0 || h.Passages[0].Seq+1 != next.Seq {
		return false
	}
	if len(h.Passages) == 2 {
		return h.Passages[1].Seq == next.Seq
	}
	return fitsPair(a, h.Passages[0], next)
}
