// Check: a claim's verdict (supported, differs, not covered) and whether a passage holds or denies it.

package qa

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// Verdict is what the coverage says of a claim.
type Verdict string

// The verdicts of Check.
const (
	Supported  Verdict = "supported"   // an article says what the claim says
	Differs    Verdict = "differs"     // articles give a different figure, date or name
	NotCovered Verdict = "not_covered" // the coverage does not say
)

// Checked is what Check found for a claim.
type Checked struct {
	Claim   string
	Verdict Verdict
	// Supporting are the passages that say what the claim says, best first.
	Supporting []Hit
	// Differing are the passages that give a different figure, date or
	// name, best first; the part that differs is marked.
	Differing []Hit
	// Differences says, one sentence each, what the claim and the articles
	// give ("Claim: “10,000 troops”", then each article's figure).
	Differences []string
	// Nearest is the nearest passage when the coverage does not say, not a
	// support; nil when there is none.
	Nearest *Hit
}

// maxCheckPassages bounds the passages a check lists of each kind.
const maxCheckPassages = 3

// Check checks a claim (a statement, such as a message someone posted)
// against the articles: the passages that support it, the passages that give
// a different figure, date or name, or neither (NotCovered). An error
// wrapping ErrInvalidQuestion means the claim itself could not be taken.
func (e *Engine) Check(ctx context.Context, claim string) (out Checked, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = Checked{Claim: claim, Verdict: NotCovered}, fmt.Errorf("qa: check: internal error: %v", r)
		}
	}()
	text, err := validate(claim)
	if err != nil {
		return Checked{Claim: claim, Verdict: NotCovered}, err
	}
	out = Checked{Claim: text, Verdict: NotCovered}
	q := e.analyse(text)
	if len(q.terms) == 0 {
		return out, inputErrorf("the claim has only common words; quote what someone said about the event")
	}
	hits, err := e.s.Search(ctx, e.query(&q))
	if err != nil {
		return out, fmt.Errorf("qa: check: %w", err)
	}
	cands := e.rank(&q, e.withFollowers(hits))
	if len(cands) == 0 {
		return out, nil
	}
	// the claim's figures, dates and names as its words mean them: "150
	// mil", "1.3bn" are millions and billions (lexicon.Normalize)
	said := lexicon.Normalize(text)
	slots := e.slotsOf(said)
	var denying []Hit // passages that say the claim's words and deny them
	out.Supporting, denying = e.holdingPassages(&q, cands, slots)
	ck := claimCheck{e: e, said: said, cands: cands, out: &out, figuresAgree: true}
	for _, s := range slots {
		ck.bySlot(ctx, s)
	}
	if len(out.Supporting) == 0 && len(denying) > 0 {
		// "The statement was not explicitly endorsed by the US" against
		// "the us explicitly endorsed the statement": said otherwise
		out.Differing = append(out.Differing, denying...)
	}
	if len(out.Supporting) == 0 && ck.figuresAgree && len(out.Differing) == 0 && !e.strange(&q) {
		out.Supporting = slices.DeleteFunc(ck.agreeing, func(h Hit) bool {
			toks := e.analyze(h.Text)
			// as holds: not said of another, not denied where the claim
			// is not ("was not in the communique"), not left an open question
			return gainsays(&q, h.Text) || e.actsOtherwise(&q, h.Text, toks) || e.negates(&q, h.Text, toks) != q.negated || e.opensQuestion(&q, h.Text, toks)
		})
	}
	switch {
	case ck.figureDiffers, len(out.Differing) > 0 && len(out.Supporting) == 0:
		out.Verdict = Differs
	case len(out.Supporting) > 0:
		out.Verdict = Supported
	default:
		h := e.hit(cands[0])
		out.Nearest = &h
	}
	for i := range out.Supporting {
		markFigures(&out.Supporting[i], slots)
	}
	if len(out.Supporting) > maxCheckPassages {
		out.Supporting = out.Supporting[:maxCheckPassages]
	}
	if len(out.Differing) > maxCheckPassages {
		out.Differing = out.Differing[:maxCheckPassages]
	}
	return out, nil
}

// holdingPassages are the passages among the first that say what the
// claim says, and those that say its words and deny them.
func (e *Engine) holdingPassages(q *question, cands []*cand, slots []slot) (supporting, denying []Hit) {
	for _, c := range cands[:min(len(cands), closeLook)] {
		if e.holds(q, c, slots) {
			supporting = append(supporting, e.hit(c))
		} else if e.holdsDenied(q, c, slots) {
			denying = append(denying, e.hit(c))
		}
	}
	return supporting, denying
}

// claimCheck is a claim's check under way: each figure, date or name of
// the claim, blanked and asked for; an answer that gives another one
// differs.
type claimCheck struct {
	e     *Engine
	said  string   // the claim, its figures as its words mean them
	cands []*cand  // the passages ranked for the claim
	out   *Checked // the check so far, written in place
	// agreeing are the passages whose figure, date or name agrees with
	// the claim's
	agreeing      []Hit
	figureDiffers bool // a figure or a date differs
	figuresAgree  bool // every figure and date agrees
}

// differs records passage h, whose v gives the claim's slot s otherwise:
// a figure or a date that differs.
func (ck *claimCheck) differs(h Hit, s slot, v string) {
	ck.figureDiffers = true
	ck.out.Differing = append(ck.out.Differing, h)
	ck.out.Differences = append(ck.out.Differences, "Claim: “"+s.value+"”", h.Article.Title()+": “"+v+"”")
}

// byCount decides a figure by the claim's own passages, where one
// counts the same thing: agreeing, differing, or none found.
func (ck *claimCheck) byCount(s slot) {
	h, same, found := ck.e.countsOf(ck.said, s, ck.cands)
	switch {
	case !found:
		ck.figuresAgree = false
	case same:
		ck.agreeing = append(ck.agreeing, h)
	default:
		ck.figuresAgree = false
		ck.differs(h, s, markedText(h))
	}
}

// byTime decides a date or a time of day the blanked question found no
// answer for by the claim's own passages, where one holds the rest of
// the claim (framed, as byCount's) and gives a date or time of the same
// kind: "quake hit calama at like 3am" against "The quake hit at 4:52
// a.m. local time".
func (ck *claimCheck) byTime(s slot) {
	if numberIn(s.value) == "" {
		return // "next month": a day counted from when it was said, no other date's match
	}
	grain := timeGrain(s.value)
	for _, c := range ck.cands[:min(len(ck.cands), closeLook)] {
		h := ck.e.hit(c)
		if !ck.e.framed(ck.said, s, h) {
			continue
		}
		dates := findAll(claimDateRE, c.p.Text)
		if slices.ContainsFunc(dates, func(d span) bool { return sameDate(c.p.Text[d.start:d.end], s.value) }) {
			continue // the passage gives the claim's own ("at 3 a.m., an hour after a foreshock at 2 a.m.")
		}
		for _, d := range dates {
			v := c.p.Text[d.start:d.end]
			if timeGrain(v) != grain || !s.comparable(ck.e, v) {
				continue // a time for a time, a year for a year, a day for a day
			}
			ck.differs(h, s, v)
			return
		}
	}
}

// bySlot decides one figure, date or name of the claim by the answer to
// its blanked question, or by the claim's own passages where there is
// none.
func (ck *claimCheck) bySlot(ctx context.Context, s slot) {
	a, err := ck.e.ask(ctx, s.question, false) // (the answering sentence alone)
	a.Short = a.found()                        // the figure or date as found, not the phrase it is shown in
	if err != nil || !a.Answered || a.Short == "" || len(a.Passages) == 0 {
		if s.kind == KindWhen {
			ck.figuresAgree = false
			ck.byTime(s)
		}
		if s.kind == KindHowMany {
			// no answer to the blanked question: the claim's own
			// passages, where they count the same thing
			ck.byCount(s)
		}
		return
	}
	if s.kind == KindHowMany && s.given(a.Passages[0].Text) {
		// the answer's passage gives the claim's figure, whatever
		// figure its short answer took
		if ck.e.framed(ck.said, s, a.Passages[0]) {
			ck.agreeing = append(ck.agreeing, a.Passages[0])
		}
		return
	}
	if s.kind == KindHowMany && s.at != s.figure && !ck.e.sameCounted(s.value, a.full()) {
		// the answer counts something else ("35 countries" for "20
		// heads of state"): a figure counting the same thing, in the
		// claim's own passages, decides (a figure that counts no noun,
		// "a magnitude 7.8", has none to compare: its frame does)
		ck.byCount(s)
		return
	}
	if s.agrees(ck.e, a.full()) {
		if ck.e.framed(ck.said, s, a.Passages[0]) {
			ck.agreeing = append(ck.agreeing, a.Passages[0])
		}
		return
	}
	if s.kind == KindHowMany || s.kind == KindWhen {
		ck.figuresAgree = false
	}
	if !s.comparable(ck.e, a.full()) || s.unsaid(ck.e, a.full(), a.Passages[0].Text) || !ck.e.framed(ck.said, s, a.Passages[0]) {
		return
	}
	if (s.kind == KindHowMany || s.kind == KindWhen) && slices.ContainsFunc(ck.out.Supporting, func(h Hit) bool { return h.Text == a.Passages[0].Text }) {
		// the passage that gave another figure or time says the
		// claim's too (a name is settled below: "led by Tom Reyes
		// after Ana Ortiz dropped out" supports no "ortiz led"):
		// "5.9 aftershock … shortly before 7 a.m. on Wednesday" for "on
		// wednesday", "from 10 p.m. to 6 a.m." for "6am"
		return
	}
	if (s.kind == KindWho || s.kind == KindWhere) && len(ck.out.Supporting) > 0 {
		// a passage says it of this name: another may do the same;
		// but where the claim's person is asked for, the passage that
		// seemed to support the claim and gives another name ("U.S.
		// delegation led by Witkoff and Kushner after Rubio drops
		// out" for "Rubio led the US delegation"), or any that names
		// that other one too, supports nothing
		before := len(ck.out.Supporting)
		if s.kind == KindWho && ck.e.personLike(s.value) {
			ck.out.Supporting = slices.DeleteFunc(ck.out.Supporting, func(h Hit) bool {
				return h.Text == a.Passages[0].Text || namesAny(h.Text, a.full())
			})
		}
		if len(ck.out.Supporting) == before {
			return
		}
	}
	ck.figureDiffers = ck.figureDiffers || s.kind == KindHowMany || s.kind == KindWhen
	ck.out.Differing = append(ck.out.Differing, a.Passages[0])
	ck.out.Differences = append(ck.out.Differences, "Claim: “"+s.value+"”")
	if len(a.Differences) > 0 {
		ck.out.Differences = append(ck.out.Differences, a.Differences...)
	} else {
		ck.out.Differences = append(ck.out.Differences, a.Passages[0].Article.Title()+": “"+a.full()+"”")
	}
}

// namesAny reports whether text names one of the people of names ("Steve
// Witkoff and Jared Kushner"), by surname.
func namesAny(text, names string) bool {
	for _, n := range strings.FieldsFunc(names, func(r rune) bool { return r == ',' }) {
		for _, one := range strings.Split(n, " and ") {
			if f := strings.Fields(one); len(f) > 0 && isCapital(f[len(f)-1]) && strings.Contains(text, f[len(f)-1]) {
				return true
			}
		}
	}
	return false
}

// timeGrain is what kind of time a date or time of day gives: a time of
// day, a year alone, or a day.
func timeGrain(v string) string {
	switch {
	case clockRE.MatchString(v):
		return "clock"
	case isYear(strings.TrimSpace(v)):
		return "year"
	}
	return "day"
}

// holds reports whether a candidate says what the claim says: it matches
// most of the claim's weight and every name, gives each of the claim's
// figures and dates, and is not negated where the claim is not (or the
// other way round).
func (e *Engine) holds(q *question, c *cand, slots []slot) bool {
	if c.cov < claimCover || !c.entOK || e.strange(q) {
		return false // a word no article uses: the coverage does not say it
	}
	if gainsays(q, c.p.Text) || e.actsOtherwise(q, c.p.Text, c.toks) {
		return false
	}
	if subj, verb := claimAgent(q); verb >= 0 && lexicon.AsksForWords(strings.ToLower(q.terms[verb].word)) && !e.speaks(q, q.terms[subj].word, c) && !e.namedSubject(c, q.terms[subj].word) {
		return false // "zelensky said …": what he is reported to say, not what a passage says of him
	}
	for i, t := range q.terms {
		if !t.unknown && !t.entity && i < len(c.match) && c.match[i] > 0 && !holdsTerm(t, c) {
			// a word the articles use, matched here only by one near in
			// meaning ("quake" for "tsunami"): where they say it, they
			// could have said the claim's
			return false
		}
	}
	for _, s := range slots {
		switch s.kind {
		case KindHowMany:
			if !s.given(c.p.Text) {
				return false
			}
		case KindWhen:
			found := false
			for _, d := range findAll(claimDateRE, c.p.Text) {
				found = found || sameDate(c.p.Text[d.start:d.end], s.value)
			}
			if !found {
				return false
			}
		}
	}
	return e.negates(q, c.p.Text, c.toks) == q.negated && !e.opensQuestion(q, c.p.Text, c.toks)
}

// actsOtherwise reports whether a passage says the claim's verb of others:
// the claim opens on a name that does something ("the kremlin welcomed
// …"), and wherever the passage says that verb (or a synonym), its clause
// names others before it and not the claim's ("*Zelenskyy* welcomed …";
// "as *France and the United Kingdom* pledged to deploy forces" for "the us
// will send troops"). A clause that names no one before the verb cannot
// tell, and does not gainsay.
func (e *Engine) actsOtherwise(q *question, text string, toks []index.Token) bool {
	subj, verb := claimAgent(q)
	if subj < 0 {
		return false
	}
	said := false
	for tok, from := range q.claimVerbs(text, toks, verb) {
		said = true
		var before []span
		for _, n := range e.names(text) {
			if n.start >= from && n.end <= tok.Start {
				before = append(before, n)
			}
		}
		if len(before) == 0 {
			return false // no one named before it: cannot tell
		}
		// the doer is the name nearest before the verb, with those it is
		// coordinated with ("France and the United Kingdom pledged"), not
		// one that only qualifies a noun further back ("a U.S.-led
		// monitoring mechanism and a European multinational force to be
		// deployed")
		k := len(before) - 1
		for k > 0 && coordinated(text[before[k-1].end:before[k].start]) {
			k--
		}
		for _, n := range before[k:] {
			if slices.ContainsFunc(e.analyze(text[n.start:n.end]), func(t index.Token) bool {
				return t.Term == q.terms[subj].term || slices.Contains(q.terms[subj].spellings, t.Term)
			}) {
				return false // the claim's own doer
			}
		}
	}
	return said
}

// claimClauseMarks open the clause a claim's verb is said in, for
// actsOtherwise and opensQuestion.
const claimClauseMarks = ",;:—–("

// claimVerbs yields each of a passage's tokens that says the claim's
// verb (q.terms[verb], or a word that stands for it), with where its
// clause opens (after the last of claimClauseMarks before it): the
// places actsOtherwise and opensQuestion read.
func (q *question) claimVerbs(text string, toks []index.Token, verb int) iter.Seq2[index.Token, int] {
	return func(yield func(index.Token, int) bool) {
		for _, t := range toks {
			if q.stands(t.Term, verb) && !yield(t, afterLastMark(text[:t.Start], claimClauseMarks)) {
				return
			}
		}
	}
}

// coordinated reports whether the words between two names join them:
// "and", a comma, "the".
func coordinated(between string) bool {
	for w := range strings.FieldsSeq(strings.ReplaceAll(between, ",", " , ")) {
		if w != "," && w != "and" && w != "the" {
			return false
		}
	}
	return true
}

// claimAgent is the claim's doer and what it does, as indexes of its
// terms: a name that opens it ("the us …", "Zelenskyy …") and the first
// verb after it ("… will send troops"); -1 and -1 for a claim that opens
// otherwise or says no verb.
func claimAgent(q *question) (subj, verb int) {
	w := q.words
	if len(w) > 0 && articles[w[0]] {
		w = w[1:]
	}
	if len(q.terms) < 2 || !q.terms[0].entity || len(w) == 0 || !strings.EqualFold(w[0], q.terms[0].word) {
		return -1, -1
	}
	for i, t := range q.terms[1:] {
		if t.entity {
			return -1, -1 // "the us and france …": a second name before any verb
		}
		if lexicon.IsVerb(strings.ToLower(t.word)) {
			return 0, i + 1
		}
	}
	return -1, -1
}

// holdsDenied reports whether a candidate says the claim's words as holds
// requires but negated where the claim is not (or the other way round).
func (e *Engine) holdsDenied(q *question, c *cand, slots []slot) bool {
	negated := *q
	negated.negated = !q.negated
	return e.holds(&negated, c, slots)
}

// negates reports whether a passage negates what the claim says: a
// negation ("not", "refused", "n't") with one of the claim's words in the
// few words after it, as English puts "not" before what it denies. "We will
// have to make compromises, … we will not achieve …" does not negate
// "have to make compromises".
func (e *Engine) negates(q *question, text string, toks []index.Token) bool {
	for _, n := range e.find(negRE, text) {
		if e.othersClause(q, text, n) {
			continue // "Belgium said it would support …, while Croatia … would not deploy troops"
		}
		for _, t := range toks {
			if t.Start >= n.start && t.Start <= n.end+negReach && q.has(t.Term) {
				return true
			}
		}
	}
	return false
}

// opensQuestion reports whether a passage says the claim's verb only as
// an open question, after "whether" in its clause ("The Kremlin has not
// yet signalled whether it would accept …" states no acceptance).
func (e *Engine) opensQuestion(q *question, text string, toks []index.Token) bool {
	_, verb := claimAgent(q)
	if verb < 0 {
		return false
	}
	said := false
	for t, from := range q.claimVerbs(text, toks, verb) {
		said = true
		if !slices.Contains(strings.Fields(strings.ToLower(text[from:t.Start])), "whether") {
			return false // said plainly somewhere
		}
	}
	return said
}

// othersClause reports whether the clause around s (between commas,
// semicolons, colons or dashes) names someone, and no one the claim names:
// what it says, it says of others.
func (e *Engine) othersClause(q *question, text string, s span) bool {
	from := afterLastMark(text[:s.start], ",;:—–")
	to := len(text)
	if i := strings.IndexAny(text[s.end:], ",;:—–"); i >= 0 {
		to = s.end + i
	}
	named := false
	for _, n := range e.names(text) {
		if n.start < from || n.end > to {
			continue
		}
		if name := strings.TrimRight(text[n.start:n.end], "."); monthOf(name) != "" || getFold(notPeople, name) {
			continue // "released on Jan. 6": a date names no one
		}
		for _, t := range e.analyze(text[n.start:n.end]) {
			for _, h := range q.lookup[t.Term] {
				if q.terms[h.i].entity {
					return false
				}
			}
		}
		named = true
	}
	return named
}

// negReach is how far after a negation, in bytes, the words it denies
// stand.
const negReach = 30

// nearlySaid reports whether the articles use a word nearly as near in
// meaning to a claim's unknown word w as a synonym (GloVe: "dead" for
// "died"), so that w is a paraphrase, not something they never speak of.
func nearlySaid(q *question, w string) bool {
	return slices.ContainsFunc(q.terms, func(t qterm) bool { return t.word == w && t.near() >= claimNear })
}

// claimNear is the least soft-match weight of the articles' word nearest a
// claim's unknown word for the claim to be checked at all.
const claimNear = 0.6

// claimCover is the share of a claim's weight a passage must match to say
// the same.
const claimCover = 0.6

// holdsTerm reports whether a passage holds a claim's term in its own
// words: as written, another spelling, a synonym of a word that is no
// name, or every word of the name an acronym stands for.
func holdsTerm(t qterm, c *cand) bool {
	if hasTerm(c.toks, t.term) || hasTerm(c.prevToks, t.term) {
		return true
	}
	if len(t.expansion) > 1 {
		return heldShare(t.expansion, c.toks, c.prevToks) == 1
	}
	alts := t.spellings
	if !t.entity {
		alts = t.alts
	}
	for _, a := range alts {
		if hasTerm(c.toks, a) || hasTerm(c.prevToks, a) {
			return true
		}
	}
	return false
}

// gainsays reports whether a passage that shares a claim's words says no
// such thing: it denies by a word's meaning what the claim does not deny
// ("… But Putin Absent" of "Putin attended"), or the claim names a
// capital no article names, which a question reads as its country ("the
// summit was in London" is not said by what they say of the UK).
func gainsays(q *question, text string) bool {
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.capital {
			return true
		}
	}
	return !q.negated && denies(q, text)
}

// denies reports whether a passage holds a word that denies by its
// meaning ("absent", "rejected", "ruled out"; kinds.txt's denial) that the
// claim does not hold itself: it states no plain support of a claim that
// denies nothing.
func denies(q *question, text string) bool {
	for f := range strings.FieldsSeq(text) {
		if w := strings.ToLower(strings.Trim(f, ".,;:!?“”\"‘’'()")); denialWords[w] && !q.asked(w) {
			return true
		}
	}
	return false
}

// framed reports whether a passage holds the rest of the claim (all but the
// slot) well enough that its answer is about the same thing.
func (e *Engine) framed(claim string, s slot, h Hit) bool {
	blank := s.at
	if s.kind == KindHowMany {
		blank = s.figure
	}
	rest := claim[:blank.start] + " " + claim[blank.end:]
	want := e.analyze(rest)
	if len(want) == 0 {
		return false
	}
	toks := e.analyze(h.Text)
	var got, total float64
	n := float64(max(e.s.Docs(), 1))
	for _, t := range want {
		w := idf(n, float64(max(e.s.DocFreq(t.Term), 1)))
		total += w
		if hasTerm(toks, t.Term) || synonymIn(e, toks, t.Term) {
			got += w
		}
	}
	return got >= 0.5*total
}

func synonymIn(e *Engine, toks []index.Token, term string) bool {
	for _, s := range e.s.Synonyms(term) {
		if hasTerm(toks, s) {
			return true
		}
	}
	return false
}

// strange reports whether a claim holds a word no article uses that is not
// just how people chat ("gonna", "ppl"), a word of three letters or fewer
// ("got"), a figure (compared by value) or a currency's name, a
// possessive typed without its apostrophe ("natos") or a misspelling of a
// word the articles use ("admited": six letters or more, within the
// index's edit distance): then the coverage does not say it.
func (e *Engine) strange(q *question) bool {
	for _, w := range q.unknown {
		lw := strings.ToLower(w)
		if len([]rune(lw)) < 4 || lexicon.IsChatWord(lw) || strings.ContainsAny(lw, "0123456789") || currencies[lw] {
			continue // (a currency's name where the articles write its sign: "180 million euros", "€180 million")
		}
		if len([]rune(lw)) >= 6 && len(e.s.NearTerms(lw)) > 0 {
			continue
		}
		if strings.HasSuffix(lw, "s") && len(e.analyze(lw[:len(lw)-1])) > 0 && e.s.DocFreq(e.analyze(lw[:len(lw)-1])[0].Term) > 0 {
			continue
		}
		if nearlySaid(q, w) {
			continue // "died" where the articles write "dead" and "death"
		}
		return true
	}
	return false
}
