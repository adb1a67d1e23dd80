package qa

import (
	"regexp"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
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
	cov      float64 // idf-weighted share of the question matched
	entShare float64 // idf-weighted share of the question's names matched
	entOK    bool    // every name in the question is matched
	typeOK   float64 // the passage holds the kind of thing asked for
	speaker  bool    // for "what did X say": X is who speaks here
	score    float64
}

// kindPrior weighs where a passage stands: body text outranks the rest.
var kindPrior = map[corpus.Kind]float64{
	corpus.KindBody: 1, corpus.KindStandfirst: 0.95, corpus.KindBullet: 0.94,
	corpus.KindCaption: 0.92, corpus.KindHeadline: 0.9, corpus.KindSubhead: 0.7,
}

// rank scores bleve's candidates with what the question asks for, best
// first. It is a cascade: every candidate is scored on the cheap signals
// (coverage, proximity, bleve's score, kind of passage); the best of them
// are then scored on the dearer ones (the kind of answer held, who speaks,
// who does the deed, negation).
func (e *Engine) rank(q question, hits []index.Hit) []*cand {
	var out []*cand
	maxBleve := 0.0
	for _, h := range hits {
		maxBleve = max(maxBleve, h.Score)
	}
	for _, h := range hits {
		a := e.c.Article(h.Article)
		if a == nil || h.Seq < 0 || h.Seq >= len(a.Passages) {
			continue
		}
		c := &cand{a: a, p: a.Passages[h.Seq], bleve: h.Score / max(maxBleve, 1e-9)}
		if h.Seq > 0 && (a.Passages[h.Seq-1].Block == c.p.Block || refersBack(c.p.Text) && a.Passages[h.Seq-1].Kind == corpus.KindBody) {
			// the sentence before, in the paragraph, or the paragraph before
			// when this one speaks of "he" ("…,” he said, flanked by …")
			c.prev = &a.Passages[h.Seq-1]
			c.prevToks = e.analyze(c.prev.Text)
		}
		c.toks = e.analyze(c.p.Text)
		if q.kind == KindSaid {
			// who speaks decides "what did X say": look at every candidate
			c.speaker = e.speaks(q.speaker, c)
		}
		e.cover(q, c)
		e.score(q, c)
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	for _, c := range out[:min(len(out), closeLook)] {
		c.typeOK = e.typeScore(q, c)
		if c.speaker {
			e.cover(q, c) // the speaker now counts as named
		}
		e.score(q, c)
		switch {
		case e.otherAgent(q, c):
			c.score *= 0.85
		case q.kind == KindSaid && !c.speaker:
			c.score *= 0.6 // "what did X say" wants X speaking, not X mentioned
		}
		if q.negated && len(e.find(negRE, c.p.Text)) == 0 {
			c.score *= 0.85 // "who refused …" is answered by a "would not"
		}
	}
	for _, c := range out[min(len(out), closeLook):] {
		c.score *= 0.5 // not looked at closely: below those that were
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// closeLook is how many candidates get the dearer signals.
const closeLook = 6

// cover computes how much of the question a candidate matches.
func (e *Engine) cover(q question, c *cand) {
	var total, got, ents, entGot float64
	c.match = make([]float64, len(q.terms))
	for i, t := range q.terms {
		w := t.idf
		if t.unknown && !t.entity {
			// a word no article uses ("how long has the war *lasted*"):
			// the question's wording, likely, more than its subject
			w /= 2
		}
		total += w
		m := matchIn(t, c.toks)
		if pm := 0.6 * matchIn(t, c.prevToks); pm > m {
			m = pm
		}
		if t.entity && m == 0 && c.speaker && e.sameName(q.speaker, t.word) {
			m = 0.6 // "what did Zelensky say": he speaks here, though not named
		}
		c.match[i] = m
		got += m * w
		if t.entity {
			ents += t.idf
			if m > 0 {
				entGot += t.idf
			}
		}
	}
	c.cov = got / max(total, 1e-9)
	c.entShare = 1
	if ents > 0 {
		c.entShare = entGot / ents
	}
	c.entOK = c.entShare == 1
}

// score combines a candidate's signals.
func (e *Engine) score(q question, c *cand) {
	c.score = (0.55*c.cov + 0.25*c.typeOK + 0.1*proximity(q, c) + 0.1*c.bleve + 0.1*phrasing(q, c)) * kindPrior[c.p.Kind]
	if c.entShare == 0 {
		c.score *= 0.5 // none of the names the question gives
	} else {
		c.score *= 0.7 + 0.3*c.entShare
	}
}

// matchIn says how well term t is matched by toks: 1 for the term itself,
// 0.7 for a synonym or near spelling, 0 when absent.
func matchIn(t qterm, toks []index.Token) float64 {
	best := 0.0
	for _, tok := range toks {
		if tok.Term == t.term {
			return 1
		}
		for _, alt := range t.alts {
			if tok.Term == alt {
				best = 0.7
			}
		}
	}
	return best
}

// phrasing is the share of the question's adjacent word pairs that stand
// together, in order, in the passage ("led talks with Russia"): what a
// phrase query would find, without its search.
func phrasing(q question, c *cand) float64 {
	if len(q.terms) < 2 {
		return 0
	}
	pairs := 0
	for i := 0; i+1 < len(q.terms); i++ {
		a, b := q.terms[i], q.terms[i+1]
		for k, tok := range c.toks {
			if tok.Term != a.term || k+1 >= len(c.toks) {
				continue
			}
			next := c.toks[k+1]
			if next.Position-tok.Position <= 2 && (next.Term == b.term || contains(b.alts, next.Term)) {
				pairs++
				break
			}
		}
	}
	return float64(pairs) / float64(len(q.terms)-1)
}

// proximity is 1 when the matched question terms stand together in the
// passage and falls as they spread out.
func proximity(q question, c *cand) float64 {
	first, last, n := -1, -1, 0
	for _, tok := range c.toks {
		for i, t := range q.terms {
			if c.match[i] == 0 || (tok.Term != t.term && !contains(t.alts, tok.Term)) {
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

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// typeScore says whether a passage holds what the question asks for: names
// for "who", a date for "when", a number for "how many", and so on.
func (e *Engine) typeScore(q question, c *cand) float64 {
	text := c.p.Text
	switch q.kind {
	case KindWho:
		if q.role {
			// "who is the French president": a name the role stands with
			if _, ok := e.titled(q, c, e.freeSpans(q, text, e.names(text)), nil); ok {
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
				if e.isPlace(text[n.start:n.end]) {
					return 1
				}
			}
			return 0.2
		}
		if free := e.freeSpans(q, text, e.names(text)); len(free) > 0 {
			actors := 0 // people, or countries
			for _, n := range free {
				if name := text[n.start:n.end]; e.personLike(name) || e.isPlace(name) {
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
	case KindWhere:
		free := e.freeSpans(q, text, e.names(text))
		best := 0.0
		if len(free) > 0 {
			best = 0.2
		}
		for _, n := range located(text, free) {
			best = max(best, 0.8) // "in …", "at …": where a place stands
			if e.isPlace(text[n.start:n.end]) {
				return 1 // "at the Elysee Palace"
			}
		}
		for _, n := range free {
			if e.isPlace(text[n.start:n.end]) {
				best = max(best, 0.6) // a place, but not said to be where
			}
		}
		return best
	case KindWhen:
		best := 0.0
		for _, d := range e.find(dateRE, text) {
			best = max(best, 0.6) // "in recent days", "yesterday"
			if !vagueDate(text[d.start:d.end]) {
				return 1 // "on Tuesday", "Jan. 6", "2022"
			}
		}
		return best
	case KindHowMany:
		best := 0.0
		for _, s := range e.freeSpans(q, text, e.find(numberRE, text)) {
			if yearRE.MatchString(text[s.start:s.end]) {
				continue
			}
			best = max(best, 0.5)
			if e.counts(q, text, s) {
				best = 1 // "35 countries" for "how many countries"
			}
		}
		return best
	case KindHowLong:
		if len(e.find(durationRE, text)) > 0 {
			return 1
		}
		if len(e.find(dateRE, text)) > 0 {
			return 0.3
		}
	case KindSaid:
		c.speaker = e.speaks(q.speaker, c)
		if c.speaker {
			return 1
		}
	default:
		return 0.5
	}
	return 0
}

// counts reports whether the number at s counts what the question asks
// about: the question's counted noun ("how many nuclear *weapons*") stands
// within the few words after it, before any punctuation ("27 heads of
// state", "several thousand French troops").
func (e *Engine) counts(q question, text string, s span) bool {
	after := text[s.end:min(len(text), s.end+50)]
	if i := strings.IndexAny(after, ",;.:()"); i >= 0 {
		after = after[:i]
	}
	for _, tok := range e.analyze(after) {
		if q.counted == nil && q.has(tok.Term) || q.counted != nil && (tok.Term == q.counted.term || contains(q.counted.alts, tok.Term)) {
			return true
		}
	}
	return false
}

// refersBack reports whether a sentence speaks of someone named before it:
// "he" or "she" as a word of it.
func refersBack(s string) bool {
	for _, w := range []string{"he", "she", "He", "She"} {
		for i := 0; ; {
			j := strings.Index(s[i:], w)
			if j < 0 {
				break
			}
			at, end := i+j, i+j+len(w)
			if (at == 0 || !isLetterByte(s[at-1])) && (end == len(s) || !isLetterByte(s[end])) {
				return true
			}
			i = end
		}
	}
	return false
}

func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// personLike reports whether a name may be a person's: not a known place,
// not a nationality, not a body "of the" something.
func (e *Engine) personLike(name string) bool {
	if e.isPlace(name) || isDemonym(name) {
		return false
	}
	for _, w := range strings.Fields(name) {
		if connectors[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// vagueDate reports whether a time expression is relative, not a date.
func vagueDate(s string) bool {
	ls := strings.ToLower(s)
	for _, w := range []string{"recent", "yesterday", "today", "tomorrow", "last ", "next ", "this ", "over the"} {
		if strings.Contains(ls, w) {
			return true
		}
	}
	return false
}

// located keeps the names that stand where a place does: after "in", "at",
// "to", "from", or before "region", "city".
func located(text string, names []span) []span {
	var out []span
	for _, s := range names {
		before := " " + strings.ToLower(strings.TrimSpace(text[:s.start]))
		after := strings.ToLower(text[s.end:]) + " "
		place := strings.HasPrefix(after, " region") || strings.HasPrefix(after, " city") ||
			strings.HasPrefix(after, " province") || strings.HasPrefix(after, " capital")
		for _, prep := range []string{" in", " at", " to", " from", " near", " across", " into", " inside"} {
			if strings.HasSuffix(before, prep) || strings.HasSuffix(before, prep+" the") {
				place = true
			}
		}
		if place {
			out = append(out, s)
		}
	}
	return out
}

// otherAgent reports whether the question names someone as doing something
// while the passage gives that deed to someone else: the name nearest
// before the matched verb is not one the question names ("… a condition
// Zelenskiy has rejected" does not answer "what has Russia rejected").
func (e *Engine) otherAgent(q question, c *cand) bool {
	hasEntity := false
	for _, t := range q.terms {
		hasEntity = hasEntity || t.entity
	}
	if !hasEntity || q.kind == KindWho {
		return false
	}
	names := e.names(c.p.Text)
	for _, tok := range c.toks {
		var qt *qterm
		for i := range q.terms {
			if !q.terms[i].entity && (q.terms[i].term == tok.Term) {
				qt = &q.terms[i]
			}
		}
		if qt == nil || !strings.HasSuffix(strings.ToLower(c.p.Text[tok.Start:tok.End]), "ed") {
			continue // only verbs in the past: "rejected", "pledged"
		}
		var nearest *span
		for i := range names {
			if names[i].end <= tok.Start {
				nearest = &names[i]
			}
		}
		if nearest == nil {
			continue
		}
		if !e.allQuestionWords(q, c.p.Text[nearest.start:nearest.end]) && !e.mentionsEntity(q, c.p.Text[nearest.start:nearest.end]) {
			return true
		}
	}
	return false
}

// mentionsEntity reports whether text holds one of the question's names.
func (e *Engine) mentionsEntity(q question, text string) bool {
	for _, tok := range e.analyze(text) {
		for _, t := range q.terms {
			if t.entity && (t.term == tok.Term || contains(t.alts, tok.Term)) {
				return true
			}
		}
	}
	return false
}

// freeSpans keeps the spans that are not just words of the question.
func (e *Engine) freeSpans(q question, text string, spans []span) []span {
	var out []span
	for _, s := range spans {
		name := text[s.start:s.end]
		if !e.allQuestionWords(q, name) && !e.namesQuestionEntity(q, name) {
			out = append(out, s)
		}
	}
	return out
}

// namesQuestionEntity reports whether a single name (not a list) is one the
// question names: "Sir Keir Starmer" is no answer to "who praised Starmer".
func (e *Engine) namesQuestionEntity(q question, name string) bool {
	if strings.Contains(name, ",") || strings.Contains(name, " and ") || e.isPlace(name) {
		return false
	}
	// the person's own name, without the titles and origin before it:
	// "Canadian Prime Minister Mark Carney" is not "Canada"
	toks := e.analyze(name)
	k := 0
	for k < len(toks)-1 && (titles[toks[k].Term] || e.isPlace(name[toks[k].Start:toks[k].End]) || isDemonym(name[toks[k].Start:toks[k].End]) || q.has(toks[k].Term)) {
		k++
	}
	if k < len(toks) {
		name = name[toks[k].Start:]
	}
	return e.mentionsEntity(q, name)
}

// allQuestionWords reports whether every term of text is a question term
// (or a title, which a question about a role names).
func (e *Engine) allQuestionWords(q question, text string) bool {
	toks := e.analyze(text)
	if len(toks) == 0 {
		return true
	}
	for _, tok := range toks {
		if !q.has(tok.Term) && !titles[tok.Term] {
			return false
		}
	}
	return true
}

func (q question) has(term string) bool {
	for _, t := range q.terms {
		if t.term == term || contains(t.alts, term) {
			return true
		}
	}
	return false
}

// titles are analysed words of rank that stand before names.
var titles = wordSet("primeminist presid prime minist chancellor sir gen gener envoi secretari state special chief foreign top leader head mr mrs ms dr king queen senat governor ambassador advis deputi command")

// speaks reports whether the person a "what did X say" question names is
// who speaks in the passage: the speaker of a quotation in it, or the
// subject of its verb of saying.
func (e *Engine) speaks(who string, c *cand) bool {
	if who == "" {
		return false
	}
	want := e.analyze(who)
	if len(want) == 0 {
		return false
	}
	for _, qt := range c.a.Quotes {
		if qt.End <= c.p.Start || qt.Start >= c.p.End || qt.Speaker == "" {
			continue
		}
		if e.sameName(who, qt.Speaker) {
			return true
		}
	}
	// the name stands in the passage as the subject of a verb of saying
	// ("Merz said German forces could …"), or in the sentence before one
	// that opens "He said …"
	for _, w := range want {
		if e.namedSpeaker(c.p.Text, c.toks, w.Term) {
			continue
		}
		if c.prev != nil && saidRE.MatchString(firstWords(c.p.Text, 4)) && opensWithAnaphor(c.p.Text) {
			// "He said …" after a sentence whose subject is the name
			if names := e.names(c.prev.Text); len(names) > 0 {
				first := c.prev.Text[names[0].start:names[0].end]
				if hasTerm(e.analyze(first), w.Term) {
					continue
				}
			}
		}
		return false
	}
	return true
}

var negRE = regexp.MustCompile(`(?i)\b(not|no|never|nor|refus\w*|declin\w*|reject\w*|without|unwilling|hesitant|oppos\w*)\b|n't\b|n’t\b`)

var saidRE = regexp.MustCompile(`\b(said|says|say|added|adds|told|tells|called|calls|cautioned|noted|stated|stating|stressed|urged|warned|announced|declared|insisted|wrote|writing|praised|praising|described|hailed|thanked|thanking|cited|welcomed|expressed|emphasised|emphasized|highlighted|acknowledged|referring|argued|explained|according to)\b`)

// namedSpeaker reports whether the analysed term stands in text followed
// closely by a verb of saying, or after "according to".
func (e *Engine) namedSpeaker(text string, toks []index.Token, term string) bool {
	verbs := e.find(saidRE, text) // remembered per passage
	for _, t := range toks {
		if t.Term != term {
			continue
		}
		for _, v := range verbs {
			if v.start >= t.End && v.start <= t.End+70 {
				if subjectGap(text[t.End:v.start]) {
					return true
				}
				break
			}
		}
		before := strings.ToLower(text[max(0, t.Start-30):t.Start])
		if strings.Contains(before, "according to") || strings.HasSuffix(strings.TrimSpace(before), "said") {
			return true
		}
	}
	return false
}

// subjectGap reports whether the words between a name and a verb of saying
// leave the name its subject: nothing ("Merz said"), an adverb, or a
// relative clause (", who has led talks with Russia,") — not the end of an
// apposition (", said") or another name ("Russia, Macron said").
func subjectGap(gap string) bool {
	g := strings.TrimSpace(gap)
	if len(strings.Fields(g)) > 8 {
		return false
	}
	if strings.HasPrefix(g, ", who") || strings.HasPrefix(g, ", which") {
		return true
	}
	if strings.HasPrefix(g, ",") {
		return false
	}
	for _, w := range strings.Fields(g) {
		if isCapital(w) {
			return false
		}
	}
	return true
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(n, len(w))], " ")
}

func hasTerm(toks []index.Token, term string) bool {
	for _, t := range toks {
		if t.Term == term {
			return true
		}
	}
	return false
}

// sameName reports whether two names share a surname, spelling variants
// folded ("Zelenskiy", "Volodymyr Zelenskyy").
func (e *Engine) sameName(a, b string) bool {
	ta, tb := e.analyze(a), e.analyze(b)
	for _, x := range ta {
		for _, y := range tb {
			if x.Term == y.Term && !titles[x.Term] {
				return true
			}
		}
	}
	return false
}
