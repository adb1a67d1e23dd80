// What of a passage the question itself mentions or does: its names, its
// words, its verb and who does it.

package qa

import (
	"slices"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// otherAgent reports whether the question names someone as doing something
// while the passage gives that deed to someone else: the name nearest
// before the matched verb is not one the question names ("… a condition
// Zelenskiy has rejected" does not answer "what has Russia rejected").
func (e *Engine) otherAgent(q *question, c *cand) bool {
	hasEntity := false
	for i := range q.terms {
		hasEntity = hasEntity || q.terms[i].entity
	}
	if !hasEntity || q.kind == KindWho {
		return false
	}
	names := e.names(c.p.Text)
	// only the passage's words that match question terms (lookUp) can
	// bear on it: each is the term of a "by" or a verb the question asks
	c.lookUp(q)
	for _, th := range c.hits {
		tok, hs := c.toks[th.k], th.hs
		if !q.terms[hs[0].i].entity && nounForm(strings.ToLower(c.p.Text[tok.Start:tok.End])) {
			// "commitments *by Trump*" for "what did starmer promise": the
			// question's word, a noun, is said of another, named after
			// "by" (not a passive's doer: "is greeted by Macron")
			if rest, ok := strings.CutPrefix(c.p.Text[tok.End:], " by "); ok {
				at := len(c.p.Text) - len(rest)
				for _, n := range names {
					if n.start == at {
						if name := c.p.Text[n.start:n.end]; !e.allQuestionWords(q, name) && !e.mentionsEntity(q, name) {
							return true
						}
					}
				}
			}
		}
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
func (e *Engine) mentionsEntity(q *question, text string) bool {
	for _, tok := range e.analyze(text) {
		for i := range q.terms {
			if q.terms[i].entity && q.terms[i].spelledBy(tok.Term) {
				return true
			}
		}
	}
	return false
}

// freeSpans keeps the spans that are not just words of the question.
// The spans kept fill one slice, made at the first (room for it and every
// span after it) and clipped, so that an append copies.
func (e *Engine) freeSpans(q *question, text string, spans []span) []span {
	var out []span
	for i, s := range spans {
		if e.free(q, text[s.start:s.end]) {
			if out == nil {
				out = make([]span, 0, len(spans)-i)
			}
			out = append(out, s)
		}
	}
	return slices.Clip(out)
}

// free reports whether a name is not just words of the question (freeSpans),
// remembered for the question: the type and span scores ask it of the same
// names ("Paris", "Macron") in candidate after candidate.
func (e *Engine) free(q *question, name string) bool {
	m := q.free
	if m == nil || !m.holds(q.terms) {
		return e.freeNow(q, name) // (a question made otherwise, or with other terms since)
	}
	if f, ok := m.of[name]; ok {
		return f
	}
	f := e.freeNow(q, name)
	if m.of == nil {
		m.of = map[string]bool{}
	}
	m.of[name] = f
	return f
}

// freeNow is free, computed: of the question, it reads its terms alone.
// What it reads of the name alone (nameFacts) is remembered for the
// engine: the same names come back question after question.
func (e *Engine) freeNow(q *question, name string) bool {
	f := e.nameFactsOf(name)
	// allQuestionWords, on the name's remembered analysis
	all := true
	for k := range f.toks {
		if !f.title[k] && !q.has(f.toks[k].Term) {
			all = false
			break
		}
	}
	return !all && !namesEntityIn(q, f) && !questionsPlaceIn(q, f)
}

// nameFacts are what freeNow reads of a name whatever the question: its
// analysis (allQuestionWords), whether it is a list or a place, which of
// its words are titles, places or demonyms, and the analysis of the name
// from each word on (namesQuestionEntity), whether its last word is an
// English noun for a kind of place (questionsPlace).
type nameFacts struct {
	toks        []index.Token
	title, lead []bool
	tails       [][]index.Token // tails[k]: the analysis of the name from word k on
	listOrPlace bool
	kindNoun    bool
}

// nameFactsOf is a name's nameFacts, remembered.
func (e *Engine) nameFactsOf(name string) *nameFacts {
	return get(&e.memo.mu, e.memo.nameFacts, name, func() *nameFacts {
		toks := e.analyze(name)
		f := &nameFacts{toks: toks, title: make([]bool, len(toks)), lead: make([]bool, len(toks)), tails: make([][]index.Token, len(toks))}
		f.listOrPlace = strings.Contains(name, ",") || strings.Contains(name, " and ") || e.isPlace(name)
		for k, tok := range toks {
			w := name[tok.Start:tok.End]
			f.title[k] = e.titles[tok.Term]
			f.lead[k] = f.title[k] || e.isPlace(w) || isDemonym(w)
			f.tails[k] = e.analyze(name[tok.Start:])
		}
		if n := len(toks); n >= 2 {
			last := toks[n-1]
			w := name[last.Start:last.End]
			lw := strings.ToLower(w)
			r, ok := lexicon.Default().Rank(lw)
			f.kindNoun = isCapital(w) && ok && (r < commonNounRank || !lexicon.IsName(lw)) && lexicon.IsWord(lw) && !lexicon.IsPersonNoun(lw) && !e.titles[last.Term] && !isDemonym(w) && !e.isPlace(w)
		}
		return f
	})
}

// freeMemo is free's memory for one question, made when the question is
// read (analyse) and used by one goroutine, its Ask's. It holds for the
// terms it was made with, and only for them: a question copied with other
// terms (withoutCue) computes afresh.
type freeMemo struct {
	first *qterm // the terms' first, by its address, and their number
	n     int
	of    map[string]bool
	// whoVerb's, for the question's text whoText, once whoSet (it reads
	// the text alone, not the terms)
	whoText, whoVerb string
	whoOK, whoSet    bool
	// wantsCountry's and wantsPerson's answers (asked for every candidate
	// of a "who"), once set: they read the terms and the words the memo
	// was made with (holds, and words its first word and number)
	country, person remembered[bool]
	// countedAsks's answers, once set (they read the counted noun too,
	// which is set before the memo is made)
	counted remembered[countedAsk]
	word    *string
	words   int
}

// remembered is one answer a freeMemo remembers, once set.
type remembered[T any] struct {
	v   T
	set bool
}

// recall is the answer of compute for q, remembered in the slot of q's
// memo that at picks: computed once for the terms and words the memo was
// made with, and afresh for a question with others (holdsAll false: a
// copy with other terms) or none.
func recall[T any](q *question, at func(*freeMemo) *remembered[T], compute func() T) T {
	m := q.free
	if !m.holdsAll(q) {
		return compute()
	}
	s := at(m)
	if !s.set {
		s.v, s.set = compute(), true
	}
	return s.v
}

// newFreeMemo is a freeMemo for a question of terms and words.
func newFreeMemo(terms []qterm, words []string) *freeMemo {
	m := &freeMemo{n: len(terms), words: len(words)}
	if len(terms) > 0 {
		m.first = &terms[0]
	}
	if len(words) > 0 {
		m.word = &words[0]
	}
	return m
}

// holdsAll reports whether the memo is of q's terms and words.
func (m *freeMemo) holdsAll(q *question) bool {
	if m == nil || !m.holds(q.terms) || len(q.words) != m.words {
		return false
	}
	return len(q.words) == 0 || &q.words[0] == m.word
}

// holds reports whether the memo is of terms.
func (m *freeMemo) holds(terms []qterm) bool {
	if len(terms) != m.n {
		return false
	}
	return len(terms) == 0 || &terms[0] == m.first
}

// questionsPlace reports whether a name is the question's own but for
// one last English noun that says what kind of thing it is ("Elysee
// *Palace*", "Granaderos *Avenue*" for a question that names the Elysee
// or Granaderos): such a noun alone names no one.
func (e *Engine) questionsPlace(q *question, name string) bool {
	return questionsPlaceIn(q, e.nameFactsOf(name))
}

// questionsPlaceIn is questionsPlace of a name's facts.
func questionsPlaceIn(q *question, f *nameFacts) bool {
	n := len(f.toks)
	if n < 2 || !f.kindNoun || q.has(f.toks[n-1].Term) {
		return false
	}
	for _, tok := range f.toks[:n-1] {
		if !q.has(tok.Term) {
			return false
		}
	}
	return true
}

// commonNounRank is how common (GloVe's rank) a word must be to be read as
// an English noun rather than a name in questionsPlace: "palace" and
// "avenue" are among the commonest ten thousand, surnames seldom.
const commonNounRank = 10000

// namesQuestionEntity reports whether a single name (not a list) is one the
// question names: "Sir Keir Starmer" is no answer to "who praised Starmer".
func (e *Engine) namesQuestionEntity(q *question, name string) bool {
	return namesEntityIn(q, e.nameFactsOf(name))
}

// namesEntityIn is namesQuestionEntity of a name's facts: the person's own
// name, without the titles and origin before it ("Canadian Prime Minister
// Mark Carney" is not "Canada"), spells an entity of the question.
func namesEntityIn(q *question, f *nameFacts) bool {
	if f.listOrPlace || len(f.toks) == 0 {
		return false
	}
	k := 0
	for k < len(f.toks)-1 && (f.lead[k] || q.has(f.toks[k].Term)) {
		k++
	}
	for _, tok := range f.tails[k] {
		for i := range q.terms {
			if q.terms[i].entity && q.terms[i].spelledBy(tok.Term) {
				return true
			}
		}
	}
	return false
}

// allQuestionWords reports whether every term of text is a question term
// (or a title, which a question about a role names).
func (e *Engine) allQuestionWords(q *question, text string) bool {
	toks := e.analyze(text)
	if len(toks) == 0 {
		return true
	}
	for _, tok := range toks {
		if !q.has(tok.Term) && !e.titles[tok.Term] {
			return false
		}
	}
	return true
}

// doerAsked reports whether, for "who VERBed …", the passage gives the
// question's verb to a name the question itself gives, right before it:
// the doer asked for is then not in the passage.
func (e *Engine) doerAsked(q *question, c *cand) bool {
	verb, ok := e.whoVerb(q)
	if !ok {
		return false
	}
	text := c.p.Text
	names := e.names(text)
	for _, tok := range c.toks {
		if tok.Term != verb {
			continue
		}
		for i := len(names) - 1; i >= 0; i-- {
			n := names[i]
			if n.end > tok.Start {
				continue
			}
			if gap := text[n.end:tok.Start]; strings.TrimSpace(gap) != "" {
				return false // not right before the verb
			}
			return len(e.freeSpans(q, text, []span{n})) == 0
		}
		return false
	}
	return false
}

// whoVerb is the analysed verb of a "who VERBed …" question (doerAsked),
// remembered for the question: doerAsked asks it for every candidate.
func (e *Engine) whoVerb(q *question) (string, bool) {
	m := q.free
	if m != nil && m.whoSet && m.whoText == q.text {
		return m.whoVerb, m.whoOK
	}
	verb, ok := e.whoVerbNow(q.text)
	if m != nil {
		m.whoText, m.whoVerb, m.whoOK, m.whoSet = q.text, verb, ok, true
	}
	return verb, ok
}

// whoVerbNow is whoVerb, computed from the question's text.
func (e *Engine) whoVerbNow(text string) (string, bool) {
	if t := strings.TrimLeftFunc(text, unicode.IsSpace); len(t) < 3 || t[0]|0x20 != 'w' || t[1]|0x20 != 'h' || t[2]|0x20 != 'o' {
		return "", false // (told before the question is split: no word but "who" lowers to "who")
	}
	w := strings.Fields(strings.ToLower(text) + " x")
	if w[0] != "who" || auxiliaries[w[1]] {
		return "", false
	}
	verb := e.analyze(w[1])
	if len(verb) != 1 {
		return "", false
	}
	return verb[0].Term, true
}

// verb is the question's last word that is not a name ("what has Russia
// *rejected*", "what did Trump *propose* about Greenland"), or nil.
func (q *question) verb() *qterm {
	for i := len(q.terms) - 1; i >= 0; i-- {
		if !q.terms[i].entity {
			return &q.terms[i]
		}
	}
	return nil
}

// before reports whether the word right after span n of a passage (with
// only a space between) is one of the question's words other than a name:
// the place that "hosts" or the "Paris talks" asked about.
func (q *question) before(c *cand, n span) bool {
	for _, tok := range c.toks {
		if tok.Start < n.end {
			continue
		}
		if strings.TrimSpace(c.p.Text[n.end:tok.Start]) != "" {
			return false
		}
		for _, h := range q.lookup[tok.Term] {
			if !q.terms[h.i].entity {
				return true
			}
		}
		return false
	}
	return false
}

func (q *question) has(term string) bool {
	for i := range q.terms {
		if q.terms[i].spelledBy(term) { // (in place: a term is large to copy)
			return true
		}
	}
	return false
}

// spelledBy reports whether an analysed term is t's own or one of its
// alternatives (synonyms, other spellings; not the words GloVe puts near).
func (t *qterm) spelledBy(term string) bool {
	return t.term == term || slices.Contains(t.alts, term)
}

// nounForm reports whether a word of a passage is no verb form: neither
// mostly a verb nor in the past ("commitments", not "greeted").
func nounForm(w string) bool {
	return !lexicon.IsVerb(w) && !pastVerb(w)
}
