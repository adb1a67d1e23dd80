// Re-ranking retrieved passages: candidates, their scores, and the passage facts read ahead.

package qa

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// cand is a retrieved passage being re-ranked.
type cand struct {
	a     *corpus.Article
	p     corpus.Passage
	toks  []index.Token // the passage analysed
	prev  *corpus.Passage
	bleve float64
	// match[i] is how well question term i is matched: 1 in the passage, less
	// through a synonym or only in the sentence before.
	match    []float64
	prevToks []index.Token
	// hits are the passage's words that match question terms, in order,
	// with the terms each matches (question.lookup), looked up once for
	// the scores that walk the passage's words; prevHits the same of the
	// sentence before; looked says they are set
	hits, prevHits []tokHit
	looked         bool
	cov            float64 // idf-weighted share of the question matched
	// rankCov is cov with the weak matches too (qterm.weak): the
	// ranking's coverage feature, which decides no answer
	rankCov  float64
	entShare float64 // idf-weighted share of the question's names matched
	entOK    bool    // every name in the question is matched
	// typedNames is false when the question has names as typed
	// (capitalised, or the articles' own) and the passage holds none
	typedNames bool
	typeOK     float64 // the passage holds the kind of thing asked for
	// prospectOnly says its figures of the kind asked for are said only
	// as what may or is to be, where the question asks what was done: the
	// ranking reads its type as prospectFigure (typeFigure)
	prospectOnly bool
	speaker      bool // for "what did X say" and "why does X say": X is who speaks here
	// strandedCut is, for a "what did X say" question that strands a
	// preposition (question.stranded), its object as spanSaid cut it
	// (prepObject): the answer whole, which reportedAnswer keeps bare
	strandedCut span
	feat        [nRankFeatures]float64
	score       float64
	// whySaid is true for "why does X say …" (whySpeakerFor), whose
	// answer is X's words: speaker then says X speaks here
	whySaid bool
	// scored says feat holds the features read from the passage's words
	// (proximity, phrasing, semantic, align) for this question; recovered
	// that its matches were computed again since
	scored, recovered bool
	// near is true for a passage found by its meaning, not by bleve
	// (nearPassages)
	near bool
	// close is true for a candidate given the close look (lookClosely):
	// Explain reports which of its candidates Ask's narrower look reaches
	close bool
	// said, reason, plan and cut are quoteAsked's, reasonOf's, planOf's
	// and cutAnswer's answers, for the question their q is
	said   *candMemo[saidQuote]
	reason *candMemo[found[reasonSpan]]
	plan   *candMemo[found[span]]
	cut    *candMemo[answerCut]
}

// kindPrior weighs where a passage stands: body text outranks the rest;
// a kind of none of these weighs 0. (A switch: score reads it for every
// candidate, and a map look-up hashes the kind's name.)
func kindPrior(k corpus.Kind) float64 {
	switch k {
	case corpus.KindBody:
		return 1
	case corpus.KindStandfirst:
		return 0.95
	case corpus.KindBullet:
		return 0.94
	case corpus.KindCaption:
		return 0.92
	case corpus.KindHeadline:
		return 0.9
	case corpus.KindSubhead:
		return 0.7
	}
	return 0
}

// rank scores bleve's candidates with what the question asks for, best
// first. It is a cascade: every candidate is scored on the cheap signals
// (coverage, proximity, bleve's score, kind of passage); the best of them
// are then scored on the dearer ones (the kind of answer held, who speaks,
// who does the deed, negation).
func (e *Engine) rank(q *question, hits []index.Hit) []*cand {
	return e.rankNear(q, hits, nil)
}

// rankNear is rank of bleve's hits with the passages near the question in
// meaning that it did not return (nearPassages).
func (e *Engine) rankNear(q *question, hits, near []index.Hit) []*cand {
	return e.rankNearIn(q, hits, near, nil)
}

// rankNearIn is rankNear ranking the candidates in room's memory, where
// room is not nil (rankAmongIn): the caller owns the candidates returned
// only until it hands room back.
func (e *Engine) rankNearIn(q *question, hits, near []index.Hit, room *rankRoom) []*cand {
	if q.locates || q.nameOf != "" || q.body || q.within {
		// "where is Calama", "where in paris was it held", "whats the
		// ships name": every passage that names the place, or speaks of
		// the thing, was retrieved (query),
		// and the one that says where it lies or what it is called need
		// not match it better than the rest: all are looked at closely
		return e.rankAmongIn(q, hits, near, len(hits), room)
	}
	if widensNet(q) {
		// a typed question's wider net (typedCandidates) gets a close
		// look as wide in proportion: its extra hits must not push out of
		// it the passages the first hits hold (measured: the extra hits
		// with the close look as it is found fewer gold passages in the
		// first three on the training and read sets, and the wider look
		// alone declined fewer unanswerable ones)
		return e.rankAmongIn(q, hits, near, closeLook*typedCandidates/candidates, room)
	}
	return e.rankAmongIn(q, hits, near, closeLook, room)
}

// rankAmong ranks bleve's hits and the passages nearest the question in
// meaning that it did not return (near: nearPassages) together, looking
// closely at the best look of bleve's and at the near ones among them: a
// passage found by its meaning takes no place of bleve's in the close look
// (it pushed "Inspector Ruth Cawley of Tarrington Police said …" out of
// it, and the "who" lost its answer).
func (e *Engine) rankAmong(q *question, hits, near []index.Hit, look int) []*cand {
	return e.rankAmongIn(q, hits, near, look, nil)
}

// rankAmongIn is rankAmong with its candidates, their matches and their
// words that match made in room's memory, grown where it is short, where
// room is not nil: the caller then owns every candidate returned only
// until it hands room back (Engine.ask, for the whole of one question).
func (e *Engine) rankAmongIn(q *question, hits, near []index.Hit, look int, room *rankRoom) []*cand {
	bleveHits := len(hits)
	if len(near) > 0 {
		hits = append(hits[:len(hits):len(hits)], near...)
	}
	var own rankRoom
	if room == nil {
		room = &own
	}
	n := len(q.terms)
	out, all, match, slab := room.take(len(hits), n)
	var why *speakerAsked
	if e.w.Rank[fNotSpeaker] != 0 || q.explaining {
		// (read only where it can count, or is shown or fitted: at a
		// weight of 0 it changes no answer)
		why = e.whySpeakerFor(q)
	}
	maxBleve := 0.0
	for _, h := range hits {
		maxBleve = max(maxBleve, h.Score)
	}
	for k, h := range hits {
		a := e.c.Article(h.Article)
		if a == nil || h.Seq < 0 || h.Seq >= len(a.Passages) {
			continue
		}
		c := &all[k]
		*c = cand{a: a, p: a.Passages[h.Seq], bleve: h.Score / max(maxBleve, 1e-9), match: match[k*n : (k+1)*n : (k+1)*n], near: k >= bleveHits}
		facts := e.factsOf(a, &c.p)
		if h.Seq > 0 && (a.Passages[h.Seq-1].Block == c.p.Block || (facts.refers || facts.anaphor || facts.pronoun || opensQuote(c.p.Text)) && a.Passages[h.Seq-1].Kind == corpus.KindBody || a.Passages[h.Seq-1].Kind == corpus.KindSubhead && c.p.Kind == corpus.KindBody) {
			// the sentence before, in the paragraph, or the paragraph before
			// when this one speaks of "he" ("…,” he said, flanked by …"),
			// opens on a pronoun ("Her team's study … found") or opens a
			// quotation, whose speaker the paragraph before names
			// ("Tocopilla Mayor Verónica Alvial said …" / "“We are a small
			// town, and we feel forgotten."); or the subhead over the
			// section it opens ("Foreign teams arrive" / "Specialist
			// teams from Japan … landed …"), which says what it is about
			c.prev = &a.Passages[h.Seq-1]
		}
		if c.p.Kind == corpus.KindBullet {
			// a list's item says what its introduction says the list is
			// ("The largest commitments announced at the conference
			// were:" over "Japan: $75 million …"): the passage before the
			// run of bullets, not the bullet before it
			if from := runStart(a, h.Seq); from > 0 {
				c.prev = &a.Passages[from-1]
			}
		}
		if c.prev != nil {
			c.prevToks = e.factsOf(a, c.prev).toks
		}
		if q.kind != KindWhen && facts.settlement {
			// "the town's volunteer centre" in a story filed from
			// Ashcombe is Ashcombe's: read with its dateline's place.
			// Not for "when": a time a passage gives of the town ("Tap
			// water, which the city draws …, has been cut since
			// Tuesday") answers no other time asked of it ("when will
			// tap water be back in calama"), which only its naming no
			// place kept declined
			c.prevToks = append(slices.Clip(c.prevToks), e.datelinePlace(a)...)
		}
		c.toks = facts.toks
		if q.kind == KindSaid {
			// who speaks decides "what did X say": look at every candidate,
			// and let it count in the first, cheap ranking too
			c.speaker = e.speaksAs(e.speakerFor(q), c)
			if c.speaker {
				c.typeOK = 1
			}
		} else if why != nil {
			// "why does X say …": X's own words are the answer, as
			// "what did X say" asks for them (not_the_speaker)
			c.speaker, c.whySaid = e.speaksAs(why, c) || e.speaksPhrasal(why, c), true
		}
		c.lookUpIn(q, &slab)
		e.cover(q, c)
		e.score(q, c)
		out = append(out, c)
	}
	slices.SortStableFunc(out, byScore)
	looked := 0
	for _, c := range out {
		if looked >= look {
			c.score -= notLookedAt // below those that were looked at closely
			continue
		}
		e.lookClosely(q, c)
		c.close = true
		if !c.near {
			looked++
		}
	}
	slices.SortStableFunc(out, byScore)
	bodyFirst(out)
	e.restatedFigureFirst(q, out)
	return out
}

// rankRoom is the memory rankAmongIn ranks one question's candidates in:
// one allocation for every candidate, one for their matches (cover) and
// one for their words that match (lookUpIn), kept from one question to the
// next through Engine.rooms rather than made again for each.
type rankRoom struct {
	out   []*cand
	all   []cand
	match []float64
	slab  []tokHit
}

// take returns room's memory for hits candidates of a question of n
// terms, grown where it is short: out and slab empty, all as long as hits
// (each candidate is set whole before it is read), match as long as
// hits×n and zero.
func (r *rankRoom) take(hits, n int) ([]*cand, []cand, []float64, []tokHit) {
	if cap(r.out) < hits {
		r.out = make([]*cand, 0, hits)
	}
	if cap(r.all) < hits {
		r.all = make([]cand, hits)
	}
	if cap(r.match) < hits*n {
		r.match = make([]float64, hits*n)
	}
	if cap(r.slab) < slabHits*hits {
		r.slab = make([]tokHit, 0, slabHits*hits)
	}
	match := r.match[:hits*n]
	clear(match)
	return r.out[:0], r.all[:hits], match, r.slab[:0]
}

// slabHits is how many words matching the question rankAmong makes room
// for a candidate, on average: a passage and the sentence before it match
// a few words (one holding more takes its own allocation).
const slabHits = 6

// asksItself reports whether a passage is a question, "?" its last mark
// but for spaces and closing quotation marks: strings.TrimRight with the
// cutset " ”\"’'", by hand (a cutset beyond ASCII is read rune by rune for
// every call, and score asks it of every candidate).
func asksItself(text string) bool {
	for len(text) > 0 {
		r, n := utf8.DecodeLastRuneInString(text)
		if r != ' ' && r != '”' && r != '"' && r != '’' && r != '\'' {
			break
		}
		text = text[:len(text)-n]
	}
	return strings.HasSuffix(text, "?")
}

// bodyFirst puts first, over a headline, a sentence of its article's body
// among the next few that holds as much of the question and of what it
// asks for: the headline says in few words what the body says in full
// ("… as death toll rises to four" / "The two deaths bring the toll from
// the flood to four, double the figure …"). (A subhead or standfirst so
// yielding lost a held-out question: one often answers by itself.)
func bodyFirst(out []*cand) {
	if len(out) < 2 {
		return
	}
	top := out[0]
	if top.p.Kind != corpus.KindHeadline {
		return
	}
	raiseBody(out, func(c *cand) bool { return c.cov >= top.cov && c.typeOK >= top.typeOK })
}

// raiseBody moves first the first of the bodyReach candidates below
// out[0] that is a body sentence of its article and ok, the rest keeping
// their order.
func raiseBody(out []*cand, ok func(c *cand) bool) {
	top := out[0]
	for i, c := range out[1:min(len(out), bodyReach+1)] {
		if c.a == top.a && c.p.Kind == corpus.KindBody && ok(c) {
			copy(out[1:i+2], out[:i+1])
			out[0] = c
			return
		}
	}
}

// bodyReach is how far below a headline bodyFirst looks.
const bodyReach = 2

// byScore orders candidates best first, for a stable sort (equal scores
// keep bleve's order): a comparison of two candidates, where
// sort.SliceStable swapped them through reflection.
func byScore(a, b *cand) int {
	switch {
	case a.score > b.score:
		return -1
	case b.score > a.score:
		return 1
	}
	return 0
}

// passageFacts are what every question reads of a passage, for each
// candidate: its analysis, whether it speaks of "he" or "she" (refersBack),
// whether it opens on words pointing back (opensWithAnaphor), its meaning
// (passageVector, which score compares with the question's). The articles
// do not change after New, which reads them once, so a candidate's are an
// index away, not a look-up by its text (a hash of every byte of it) or a
// walk through its words for every question.
type passageFacts struct {
	toks []index.Token
	// refers and anaphor point back (refersBack, opensWithAnaphor);
	// pronoun opens on one (opensOnPronoun), which rank asks of every
	// candidate, and speaks on one that speaks (opensOnSpeaker), which
	// cover asks at every call (the two in the padding after anaphor: no
	// larger a passage's facts)
	refers, anaphor, pronoun, speaks bool
	vec                              []float32
	// future and perfect: the tenses a yes/no question of what is to come
	// or of the present looks for (saysWhatWillBe, saysWhatHasBecome);
	// settlement is speaksOfSettlement, which rank asks of every candidate
	// (the three in the padding after perfect: no larger a passage's facts)
	future, perfect, settlement bool
}

// readPassageFacts reads the facts of every passage of the engine's
// articles, by article and Seq; nil for a corpus of more than
// factsLimit passages, whose facts are read as they are needed (factsOf),
// through the memo tables, as every question's were before: held for every
// passage, they doubled the heap at 10 000 articles (157 to 312 MB,
// BenchmarkScale) for a gain only a small corpus's questions see often.
func (e *Engine) readPassageFacts() map[*corpus.Article][]passageFacts {
	n := 0
	for _, a := range e.c.Articles {
		n += len(a.Passages)
	}
	if n > factsLimit {
		return nil
	}
	out := make(map[*corpus.Article][]passageFacts, len(e.c.Articles))
	var t *nearTable
	if len(e.c.Articles) <= nearScan {
		t = newNearTable(n)
	}
	for _, a := range e.c.Articles {
		out[a] = make([]passageFacts, len(a.Passages))
		if t != nil {
			t.addArticle(a)
		}
		for i, p := range a.Passages {
			if t == nil {
				// the memo holds one vector for passages of the same
				// text, as synthetic and wire copy have many
				out[a][i] = e.readFacts(p.Text)
				continue
			}
			// the passage's vector is read into its row of the meaning
			// channel's table, not remembered in the memo
			row := len(t.rows)
			v := sentenceVectorIn(p.Text, e.common, t.row(row))
			t.rows = append(t.rows, nearRow{a, i})
			t.has = append(t.has, v != nil)
			out[a][i] = e.readFactsAs(p.Text, v)
		}
	}
	e.near = t
	return out
}

// factsLimit is the most passages whose facts New reads ahead (about 20 MB
// of heap at this many).
const factsLimit = 50000

// readFacts reads the facts of a passage's text.
func (e *Engine) readFacts(text string) passageFacts {
	return e.readFactsAs(text, e.passageVector(text))
}

// readFactsAs is readFacts with the text's vector vec read already.
func (e *Engine) readFactsAs(text string, vec []float32) passageFacts {
	return passageFacts{toks: e.analyze(text), refers: refersBack(text), anaphor: opensWithAnaphor(text), pronoun: opensOnPronoun(text), speaks: opensOnSpeaker(text), vec: vec,
		future: saysWhatWillBe(text), perfect: saysWhatHasBecome(text), settlement: speaksOfSettlement(text)}
}

// factsOf is the facts of passage p of article a: read in New, or now,
// remembered, for a corpus New read none of ahead and for a text of no
// passage of the engine's (tests make their own, and a headline is read
// as one): rank asks several of them of each candidate.
func (e *Engine) factsOf(a *corpus.Article, p *corpus.Passage) passageFacts {
	if facts, ok := e.facts[a]; ok && ownPassage(a, p) {
		return facts[p.Seq]
	}
	return get(&e.memo.mu, e.memo.facts, p.Text, func() passageFacts { return e.readFacts(p.Text) })
}

// ownPassage reports whether p is article a's passage p.Seq, as it stands
// (a text of no article, or of two passages joined, is not).
func ownPassage(a *corpus.Article, p *corpus.Passage) bool {
	return a != nil && p.Seq >= 0 && p.Seq < len(a.Passages) && a.Passages[p.Seq].Text == p.Text
}

// notLookedAt is taken from the score of a candidate the cheap ranking
// left out of the close look: whatever its cheap score, it ranks below.
const notLookedAt = 10

// lookClosely scores a candidate on the dearer signals too: the kind of
// answer it holds, who does the deed, who speaks, negation.
func (e *Engine) lookClosely(q *question, c *cand) {
	if q.kind == KindHowMany && asksDone(q) {
		// typeScore, and in the same reading of the figures, whether
		// only a prospect gives them
		var done float64
		c.typeOK, done = e.typeHowManyOf(q, c, true)
		c.prospectOnly = c.typeOK > prospectFigure && done <= prospectFigure
	} else {
		c.typeOK = e.typeScore(q, c)
	}
	if c.speaker && q.kind == KindSaid {
		e.cover(q, c) // the speaker now counts as named
		c.recovered = true
	}
	c.feat[fOtherAgent] = b2f(e.otherAgent(q, c))
	// "why does X say …" wants X's words: X speaking, not X mentioned. Not
	// "what did X say": its answer_type already holds X speaking
	// (typeSaid), and the feature counted there again was fitted at 0
	c.feat[fNotSpeaker] = b2f(c.whySaid && !c.speaker)
	c.feat[fNoNegation] = b2f(q.negated && len(e.find(negRE, c.p.Text)) == 0) // "who refused …" is answered by a "would not"
	e.score(q, c)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// opensOnPronoun reports whether a sentence opens on a pronoun that
// stands for a thing or a group named before ("Its call centre …", "They
// said …").
func opensOnPronoun(text string) bool {
	text = strings.TrimLeft(text, "\"“‘' ")
	for _, p := range []string{"it ", "its ", "they ", "their "} {
		if len(text) >= len(p) && strings.EqualFold(text[:len(p)], p) {
			return true
		}
	}
	return false
}

// closeLook is how many candidates get the dearer signals.
const closeLook = 10

// prevSentenceWeight is how much a question term in the sentence before a
// candidate's counts toward its coverage, of one in the candidate itself.
const prevSentenceWeight = 0.6

// anaphorPrevWeight is what a question's name in the sentence before counts
// toward the ranking's coverage (rankCov) of a candidate whose subject is
// a pronoun that speaks (opensOnSpeaker: "He emphasised …", "She said
// …"): the name is who speaks, the candidate's own subject, not a
// neighbour's. The ranking's alone: cov, which decisions read, keeps
// prevSentenceWeight. Not for any other sentence opening on a pronoun
// ("She visited the sports hall" after "Ruiz arrived … in a yellow
// raincoat"), whose sentence before, naming her, is as likely the answer.
const anaphorPrevWeight = 1.0

// opensOnSpeaker reports whether a sentence opens on "he", "she" or "they"
// and a verb of saying (lexicon.IsSayingVerb), "also" between or not:
// "He said …", "But she also warned …".
func opensOnSpeaker(s string) bool {
	first, rest := typedWord(s)
	if isFold(first, "but", "and") {
		first, rest = typedWord(rest)
	}
	if !isFold(first, "he", "she", "they") {
		return false
	}
	verb, rest := typedWord(rest)
	if isFold(verb, "also") {
		verb, _ = typedWord(rest)
	}
	return lexicon.IsSayingVerb(strings.ToLower(verb))
}

// cover computes how much of the question a candidate matches.
func (e *Engine) cover(q *question, c *cand) {
	var total, got, weak, extra, ents, entGot float64
	typed, typedGot := false, false
	if len(c.match) != len(q.terms) {
		c.match = make([]float64, len(q.terms))
	}
	clear(c.match)
	c.lookUp(q)
	matches(c.hits, 1, c.match)
	matches(c.prevHits, prevSentenceWeight, c.match)
	var prevMatch []float64       // how well the sentence before alone matches each term, where it points back
	var antecedentMatch []float64 // what an opening "it", "its", "they" or "their" stands for: the sentence before's subject (antecedentWeight)
	pointsBack := false
	if c.prev != nil && len(c.prevHits) > 0 {
		switch f := e.factsOf(c.a, &c.p); {
		case f.speaks:
			pointsBack = true
			prevMatch = make([]float64, len(q.terms))
			matches(c.prevHits, 1, prevMatch)
		case f.pronoun:
			antecedentMatch = e.subjectMatch(q, c)
		}
	}
	for i := range q.terms {
		t := &q.terms[i] // (a term is large: read in place, not copied for each candidate)
		w := t.idf
		if t.unknown && !t.entity {
			// a word no article uses ("how long has the war *lasted*"):
			// the question's wording, likely, more than its subject
			w /= 2
		}
		total += w
		m := c.match[i]
		whole := true // the name matched whole, if at all
		if m > 0 && len(t.expansion) > 1 && !hasTerm(c.toks, t.term) && !hasTerm(c.prevToks, t.term) {
			// "development banks" is not the Inter-American Development
			// Bank: an acronym's words match it only all together (the
			// acronym itself, where the articles use it, matches alone)
			share := heldShare(t.expansion, c.toks, c.prevToks)
			m *= share
			whole = share == 1
		}
		if m >= 1 && t.particle != "" && !usesPhrasal(c.p.Text, c.toks, t.term, t.particle) {
			m *= phrasalBare // "showed that" for "show up": the verb, not the phrasal verb
		}
		if m == 0 && len(t.expansion) > 1 && heldShare(t.expansion, c.toks, c.prevToks) == 1 {
			m = 1 // "the CAA" the articles use, in a passage that writes "the Civil Aviation Authority"
		}
		if t.entity && m == 0 && c.speaker && e.sameName(q.speaker, t.word) {
			m = 0.6 // "what did Zelensky say": he speaks here, though not named
		}
		if m == 0 && len(e.people) > 0 {
			m = e.describes(c, t, q) // "Witkoff" for "which US envoy"
		}
		if t.entity && m == 0 && t.head != "" && e.callsByHead(c, t) {
			m = 1 // "Nine shops on the street have closed", in a story of Castle Street
		}
		if t.entity && m == 0 && t.head == "" && e.callsByNameHead(c, t) {
			m = 1 // "nine of its routes normally used the bridge", in a story of the Caswell Bridge, for "the caswell"
		}
		if t.entity && m == 0 && e.factsOf(c.a, &c.p).pronoun && e.headlineTerms(c.a)[t.term] {
			m = 0.4 // "*Its* call centre received more than 90,000 calls", in a story headlined with Northjet
		}
		if t.setting && m == 0 && e.lead(c.a)[t.term] {
			m = 0.4 // "the talks" of a story whose opening says they were in Paris
		}
		c.match[i] = m
		got += m * w
		if pointsBack && t.entity && whole {
			// who the candidate's "he said" is, named in the sentence
			// before, counts fully toward the ranking alone
			// (anaphorPrevWeight)
			extra += max(0, prevMatch[i]*anaphorPrevWeight-m) * w
		}
		if antecedentMatch != nil && (!t.entity || whole) {
			extra += max(0, antecedentMatch[i]*antecedentWeight-m) * w
		}
		if m == 0 && len(t.weak) > 0 {
			weak += weakMatch(t, c) * w
		}
		if t.entity {
			ents += t.idf
			if m > 0 && whole {
				entGot += t.idf
			}
			if !t.lowerName {
				typed, typedGot = true, typedGot || m > 0
			}
		}
	}
	c.typedNames = !typed || typedGot
	c.cov = got / max(total, 1e-9)
	c.rankCov = (got + weak + extra) / max(total, 1e-9)
	c.entShare = 1
	if ents > 0 {
		c.entShare = entGot / ents
	}
	c.entOK = c.entShare == 1
}

// weakMatch is how well a candidate holds one of t's weak matches
// (qterm.weak): the greatest weight of those in the passage, or
// prevSentenceWeight of it in the sentence before, as cover weighs a term
// there.
func weakMatch(t *qterm, c *cand) float64 {
	m := 0.0
	for _, a := range t.weak {
		if hasTerm(c.toks, a.term) {
			m = max(m, a.w)
		} else if hasTerm(c.prevToks, a.term) {
			m = max(m, prevSentenceWeight*a.w)
		}
	}
	return m
}

// callsByHead reports whether a candidate speaks of what a name of the
// question names by the name's common noun ("the street", "the airport"),
// modifiers before it or not ("the 38-metre earth-fill dam":
// saysDefinite), in a story that names it in full ("Castle Street").
func (e *Engine) callsByHead(c *cand, t *qterm) bool {
	if !hasTerm(c.toks, t.headTerm) {
		return false // (most candidates: no word of the head at all)
	}
	return saysDefinite(c.p.Text, t.head) && strings.Contains(e.lowerText(c.a), t.phrase)
}

// callsByNameHead is callsByHead for a name typed without its common
// noun ("how many bus routes go over the caswell"): the noun that follows
// the name where its article first writes it in full ("the Caswell
// Bridge"), a noun of a thing with extent by WordNet's commonest sense
// (a bridge, a street, a canal), stands in the candidate after "the" ("the
// bridge"). News prose names a place or a structure once in full and
// calls it by its common noun after.
func (e *Engine) callsByNameHead(c *cand, t *qterm) bool {
	name := strings.ToLower(t.word)
	if strings.Contains(name, " ") || len(name) < 3 {
		return false
	}
	w := get(&e.memo.mu, e.memo.nameHead, nameHeadKey{c.a.ID, name}, func() string { return e.nameHeadOf(c.a, name) })
	if w == "" {
		return false
	}
	return saysDefinite(c.p.Text, w)
}

// nameHeadOf is the noun right after name (lower case) where article a
// first writes it as a whole word, a noun of a thing with extent ("the
// Caswell *Bridge*"); "" for none. Of the article and the name alone:
// remembered, not read again for each of the article's passages.
func (e *Engine) nameHeadOf(a *corpus.Article, name string) string {
	text := e.lowerText(a)
	for at := range uses(text, name+" ") {
		end := at + len(name)
		if !wordAt(text, at, end) {
			continue
		}
		w := text[end+1:]
		if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
			w = w[:k]
		}
		if len(w) < 3 || lexicon.IsFunctionWord(w) || !lexicon.IsPhysicalNoun(w) {
			return "" // (only the name's first full writing)
		}
		return w
	}
	return ""
}

// score combines a candidate's signals: the weighted sum of its features.
func (e *Engine) score(q *question, c *cand) {
	f := &c.feat
	f[fCoverage] = c.rankCov
	f[fAnswerType] = c.typeOK
	if c.prospectOnly {
		f[fAnswerType] = min(c.typeOK, prospectFigure)
	}
	f[fBleve] = c.bleve
	f[fPassageKind] = kindPrior(c.p.Kind) - 1
	f[fOtherOutlet] = b2f(!q.fromOutlet(c.a)) // "according to Newslooks": another outlet's article
	// a question the article asks ("How will the Kremlin respond …?") answers none
	f[fAsksQuestion] = b2f(asksItself(c.p.Text))
	f[fNamesMissing] = 1 - c.entShare
	f[fLabelled] = b2f(labelsAsked(q, c))
	if !c.scored || c.recovered {
		// a second scoring (the close look) reads the passage's meaning
		// and wording again only where who speaks changed what it matches
		f[fSemantic] = cosine(q.vec, e.factsOf(c.a, &c.p).vec)
		f[fAlign] = e.align(q, c)
		f[fProximity] = proximity(q, c)
		f[fPhrasing] = phrasing(q, c)
	}
	c.scored, c.recovered = true, false
	f[fLead] = 1 / float64(1+c.p.Seq)
	c.score = dot(e.w.Rank[:], f[:])
}

// termHit is a question term an analysed word matches, and how well.
type termHit struct {
	i    int     // index in question.terms
	w    float64 // 1 for the term itself or another spelling of it, 0.7 for a synonym
	soft bool    // a word nearest in meaning (GloVe), weighed by its nearness
}

// lookupOf maps every word a question's terms match (the terms, their
// synonyms and near spellings) to the terms it matches: one map look-up per
// passage word instead of comparing every word with every term.
func lookupOf(terms []qterm) map[string][]termHit {
	n := 0
	for i := range terms {
		n += 1 + len(terms[i].alts) + len(terms[i].soft)
	}
	m := make(map[string][]termHit, n)
	// a word's hits are cut from one array, not allocated a word at a
	// time; a word that matches a second term (seldom) has its own
	buf := make([]termHit, 0, n)
	add := func(w string, h termHit) {
		if hs, ok := m[w]; ok {
			m[w] = append(hs, h)
			return
		}
		buf = append(buf, h)
		m[w] = buf[len(buf)-1 : len(buf) : len(buf)]
	}
	for i := range terms {
		t := &terms[i]
		add(t.term, termHit{i: i, w: 1})
		for _, alt := range t.alts {
			w := 0.7
			if slices.Contains(t.spellings, alt) {
				w = 1
			}
			add(alt, termHit{i: i, w: w})
		}
		for _, alt := range t.soft {
			add(alt.term, termHit{i, alt.w, true})
		}
	}
	return m
}

// indexTerms sets the question's look-up of its terms and its sieve.
func (q *question) indexTerms() {
	q.lookup = lookupOf(q.terms)
	q.lookMask = maskOf(q.lookup)
	q.look = tableOf(q.lookup)
}

// A lookTable holds a look-up map's words and hits by open addressing:
// hitsIn reads it for every passage word the sieve lets through, and a
// short word's hash and a probe or two of a small table cost less than
// the map's look-up. The empty word, which takes no slot, is held apart.
type lookTable struct {
	mask  uint32
	slots []lookSlot
	empty []termHit
}

// lookSlot is a word of a lookTable and its hits; "" for an empty slot.
type lookSlot struct {
	word string
	hs   []termHit
}

// tableOf is the lookTable of a look-up map, at most half full.
func tableOf(m map[string][]termHit) *lookTable {
	size := 32
	for size < 2*len(m) {
		size *= 2
	}
	t := &lookTable{mask: uint32(size - 1), slots: make([]lookSlot, size)}
	for w, hs := range m {
		if w == "" {
			t.empty = hs
			continue
		}
		i := lookHash(w) & t.mask
		for t.slots[i].word != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = lookSlot{w, hs}
	}
	return t
}

// get is the table's hits of w, as m[w] of the map it holds.
func (t *lookTable) get(w string) []termHit {
	if w == "" {
		return t.empty
	}
	for i := lookHash(w) & t.mask; ; i = (i + 1) & t.mask {
		switch s := &t.slots[i]; s.word {
		case "":
			return nil
		case w:
			return s.hs
		}
	}
}

// lookHash is FNV-1a of a word's bytes, its high bits folded down.
func lookHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h ^ h>>15
}

// A lookMask is a sieve before the look-up map: bit n of word b is set
// when a word of the map starts with a byte whose low six bits are b and
// is n bytes long (modulo 64). A passage's words that pass none (most
// do not) skip the map: a word's hash costs more than the test.
type lookMask [64]uint64

// maskOf is the sieve of the words of a look-up map.
func maskOf[V any](m map[string]V) *lookMask {
	var mk lookMask
	for w := range m {
		if w != "" {
			mk[w[0]&63] |= 1 << (len(w) & 63)
		}
	}
	return &mk
}

// may reports whether w may be a word of the map; a nil sieve lets every
// word through.
func (mk *lookMask) may(w string) bool {
	return mk == nil || w != "" && mk[w[0]&63]&(1<<(len(w)&63)) != 0
}

// mayFold is may of w in lower case, without lowering it: the sieve
// reads a word's first byte and its length, and lowering ASCII changes
// neither but the first byte's case ("Right", "right"); a word with other
// letters, whose lower case may differ in length, may always be.
func (mk *lookMask) mayFold(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return mk.may(w)
	}
	return mk == nil || mk[(w[0]+'a'-'A')&63]&(1<<(len(w)&63)) != 0
}

// lookUpTerm is lookup[term], through the sieve first: most words of a
// passage are none of the question's, and the sieve tells them without a
// hash of the word.
func (q *question) lookUpTerm(term string) []termHit {
	if !q.lookMask.may(term) {
		return nil
	}
	if q.look != nil {
		return q.look.get(term)
	}
	return q.lookup[term]
}

// termsIn sets found[i] where toks hold the question's term i itself
// (terms[i].term among their terms), in one pass over toks through the
// look-up's sieve, not one scan of toks a term: nearness asks it of every
// passage nearest the question in meaning. It reports false, found
// untouched, where the look-up may not be of the question's terms (a
// copy with other terms: its memo is not of them).
func (q *question) termsIn(toks []index.Token, found []bool) bool {
	if q.lookup == nil || q.free == nil || !q.free.holds(q.terms) || len(found) < len(q.terms) {
		return false
	}
	for k := range toks {
		w := toks[k].Term
		var hs []termHit
		switch {
		case w == "":
			hs = q.lookup[w] // (the sieve holds no empty word)
		case !q.lookMask.may(w):
			continue
		case q.look != nil:
			hs = q.look.get(w)
		default:
			hs = q.lookup[w]
		}
		for _, h := range hs {
			if h.i < len(q.terms) && q.terms[h.i].term == w {
				found[h.i] = true
			}
		}
	}
	return true
}

// stands reports whether an analysed word of a text is term i of the
// question, or a synonym or near word of it (lookup).
func (q *question) stands(term string, i int) bool {
	return q.standsBy(term, i, true)
}

// standsAs reports whether an analysed word of a passage is question term
// i, as typed or by a synonym: not by GloVe's neighbours alone, which
// share a word's contexts, not its meaning.
func (q *question) standsAs(term string, i int) bool {
	return q.standsBy(term, i, false)
}

// standsBy is stands (soft: GloVe's neighbours count) or standsAs (they
// do not): the one loop under both.
func (q *question) standsBy(term string, i int, soft bool) bool {
	for _, h := range q.lookup[term] {
		if h.i == i && (soft || !h.soft) {
			return true
		}
	}
	return false
}

// hardHit reports whether an analysed word of a passage is one of the
// question's terms as typed or by a synonym (not a GloVe neighbour only):
// standsAs for any term.
func (q *question) hardHit(term string) bool {
	return slices.ContainsFunc(q.lookup[term], func(h termHit) bool { return !h.soft })
}

// heldShare is the share of terms that stand in toks or in more.
func heldShare(terms []string, toks, more []index.Token) float64 {
	n := 0
	for _, t := range terms {
		if hasTerm(toks, t) || hasTerm(more, t) {
			n++
		}
	}
	return float64(n) / float64(len(terms))
}

// termIndex is the index of the term typed as word (any case), or -1.
func termIndex(terms []qterm, word string) int {
	for i, t := range terms {
		if strings.EqualFold(t.word, word) {
			return i
		}
	}
	return -1
}

// speaksOfSettlement reports whether text speaks of a town, a city or a
// village by a definite noun and names none there: "the town's volunteer
// centre", "the city had placed 60 dumpsters". News writes so of the place
// its story is filed from (datelinePlace).
func speaksOfSettlement(text string) bool {
	// one pass for "he " finds every "the town", "the city" and "the
	// village", "The …" opening a sentence too (three passes, one a
	// noun, cost three times as much); a whole "the", not "lathe"
	for from := 0; ; {
		j := strings.Index(text[from:], "he ")
		if j < 0 {
			return false
		}
		i := from + j - 1 // where "the" would start
		from += j + len("he ")
		if i < 0 || text[i] != 't' && text[i] != 'T' || i > 0 && isLetterByte(text[i-1]) {
			continue
		}
		rest := text[from:]
		var n int
		switch {
		case strings.HasPrefix(rest, "town"), strings.HasPrefix(rest, "city"):
			n = 4
		case strings.HasPrefix(rest, "village"):
			n = len("village")
		default:
			continue
		}
		if after := rest[n:]; after == "" || !isLetterByte(after[0]) && (len(after) < 4 || !strings.HasPrefix(after, " of ")) {
			return true // (not "the city of Lviv", which names it)
		}
	}
}

// datelinePlace are the words of the place article a is filed from, its
// dateline's ("ASHCOMBE —", "CALAMA, Chile (AP) —"), as tokens at the
// start of no text (their offsets are no passage's: matched by term
// only); none for an article with no dateline.
// Remembered for the article: rank asks it of every candidate that speaks
// of its town.
func (e *Engine) datelinePlace(a *corpus.Article) []index.Token {
	return get(&e.memo.mu, e.memo.dateline, a.ID, func() []index.Token {
		p, m, ok := dateline(a)
		if !ok {
			return nil
		}
		toks := slices.Clone(e.analyze(p.Text[m[2]:m[3]]))
		for i := range toks {
			toks[i].Start, toks[i].End = 0, 0
		}
		return toks
	})
}

// lookUp sets the candidate's hits, once: rank scores a candidate for one
// question.
func (c *cand) lookUp(q *question) {
	c.lookUpIn(q, nil)
}

// lookUpIn is lookUp, its hits cut from slab where it has room (rankAmong
// makes one for all its candidates: one allocation, not one each).
func (c *cand) lookUpIn(q *question, slab *[]tokHit) {
	if c.looked {
		return
	}
	// both, gathered on the stack and copied out in one allocation: a
	// passage matches a few terms, and growing each slice a hit at a
	// time cost more than the look-up
	var buf [32]tokHit
	hits := q.hitsIn(buf[:0], c.toks)
	n := len(hits)
	hits = q.hitsIn(hits, c.prevToks)
	c.hits, c.prevHits, c.looked = nil, nil, true
	if len(hits) > 0 {
		var all []tokHit
		if slab != nil && cap(*slab)-len(*slab) >= len(hits) {
			at := len(*slab)
			*slab = append(*slab, hits...)
			all = (*slab)[at:len(*slab):len(*slab)]
		} else {
			all = make([]tokHit, len(hits))
			copy(all, hits)
		}
		c.hits, c.prevHits = nonEmpty(all[:n:n]), nonEmpty(all[n:])
	}
}

// nonEmpty is hits, or nil when there are none.
func nonEmpty(hits []tokHit) []tokHit {
	if len(hits) == 0 {
		return nil
	}
	return hits
}

// tokHit is a word of a text, by its index among the text's tokens, and
// the question terms it matches.
type tokHit struct {
	k  int
	hs []termHit
}

// hitsIn appends to out, in order, each of toks that matches question
// terms (lookup), with the terms it matches: most of a passage's words
// match none, and the scores walk only those that do.
func (q *question) hitsIn(out []tokHit, toks []index.Token) []tokHit {
	for k, tok := range toks {
		if !q.lookMask.may(tok.Term) {
			continue
		}
		var hs []termHit
		if q.look != nil {
			hs = q.look.get(tok.Term)
		} else {
			hs = q.lookup[tok.Term]
		}
		if len(hs) > 0 {
			out = append(out, tokHit{k, hs})
		}
	}
	return out
}

// matches raises match[i] to how well a text's words match term i (hits,
// from hitsIn), scaled by scale.
func matches(hits []tokHit, scale float64, match []float64) {
	for _, th := range hits {
		for _, h := range th.hs {
			match[h.i] = max(match[h.i], h.w*scale)
		}
	}
}

// phrasing is the share of the question's adjacent word pairs that stand
// together, in order, in the passage ("led talks with Russia"): what a
// phrase query would find, without its search.
func phrasing(q *question, c *cand) float64 {
	if len(q.terms) < 2 {
		return 0
	}
	found := make([]float64, len(q.terms)-1) // how well pair i, i+1 stands together
	c.lookUp(q)
	for j := 0; j+1 < len(c.hits); j++ {
		k := c.hits[j].k
		if c.hits[j+1].k != k+1 {
			continue // the next word matches no term
		}
		if c.toks[k+1].Position-c.toks[k].Position > 2 {
			continue
		}
		for _, h := range c.hits[j].hs {
			if h.i+1 >= len(q.terms) {
				continue
			}
			for _, g := range c.hits[j+1].hs {
				if g.i == h.i+1 {
					// a synonym makes a weaker pair: "Kremlin has not"
					// is not "Russia rejected"
					found[h.i] = max(found[h.i], h.w*g.w)
				}
			}
		}
	}
	pairs := 0.0
	for _, f := range found {
		pairs += f
	}
	return pairs / float64(len(q.terms)-1)
}

// proximity is 1 when the matched question terms stand together in the
// passage and falls as they spread out.
func proximity(q *question, c *cand) float64 {
	first, last, n := -1, -1, 0
	c.lookUp(q)
	for _, th := range c.hits {
		tok := c.toks[th.k]
		for _, h := range th.hs {
			if c.match[h.i] == 0 {
				continue
			}
			if first < 0 {
				first = tok.Position
			}
			last = tok.Position
			n++
			break
		}
	}
	if n < 2 {
		return 0
	}
	spread := float64(last-first+1) / float64(n)
	return 1 / spread
}

// opensQuote reports whether a sentence opens with a quotation mark.
func opensQuote(s string) bool {
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"")
}
