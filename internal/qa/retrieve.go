// Retrieval: the bleve query and the hits added to it.

package qa

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// withFigure adds, for a "how many" answer, the passages that give the same
// number, however they frame it, so that corroboration can flag "more than
// 35 officials" against "35 countries" even where few of the question's
// words stand.
func (e *Engine) withFigure(ctx context.Context, q *question, cands []*cand, short string) []*cand {
	digits := numberIn(short)
	if q.kind != KindHowMany || digits == "" {
		return cands
	}
	hits, err := e.s.Search(ctx, index.Query{Text: digits, Size: 10})
	if err != nil {
		return cands
	}
	var extra []index.Hit
	for _, h := range hits {
		// (a walk through the candidates, not a set of them: a few dozen,
		// asked of ten hits)
		if !slices.ContainsFunc(cands, func(c *cand) bool { return c.p.Seq == h.Seq && c.a.ID == h.Article }) {
			extra = append(extra, h)
		}
	}
	return append(append([]*cand(nil), cands...), e.rank(q, extra)...)
}

// shown reports whether the passages listed already show all of h's text
// from its article: a sentence shown alone and again inside the two that
// a pronoun joins would waste a place.
func shown(hits []Hit, h Hit) bool {
	for _, o := range hits {
		if o.Article == h.Article && strings.Contains(o.Text, h.Text) {
			return true
		}
	}
	return false
}

// withFollowers adds to bleve's hits the sentence after each hit when it
// goes on in the hit's paragraph ("… the stadium has become the most
// crowded neighbourhood in Calama. About 4,200 people sleep on the
// pitch …"), when it points back to it ("He added, …", "The two held
// talks …"), or when the hit is a subhead and the sentence opens its
// section ("Foreign teams arrive" / "Specialist teams from Japan …
// landed …"): such a sentence answers through the one before, which is
// what was found. This stands in for searching every passage's preceding
// sentence, at no search cost. A follower scores three quarters of its
// hit's bleve score (measured on the training sets: half lost two right
// top passages, the paragraph's sentence before a hit added none).
func (e *Engine) withFollowers(hits []index.Hit) []index.Hit {
	out := hits
	// (a typed question's extra hits come alone: their followers changed
	// no answer of any set and cost their ranking)
	for _, h := range hits[:min(len(hits), candidates)] {
		a := e.c.Article(h.Article)
		next := h.Seq + 1
		if a == nil || next >= len(a.Passages) || holdsPassage(out, h.Article, next) {
			continue
		}
		if a.Passages[next].Block != a.Passages[h.Seq].Block && !e.factsOf(a, &a.Passages[next]).anaphor && (a.Passages[h.Seq].Kind != corpus.KindSubhead || a.Passages[next].Kind != corpus.KindBody) {
			continue
		}
		out = append(out, index.Hit{Article: h.Article, Seq: next, Score: h.Score * 3 / 4})
	}
	return out
}

// withQuoteSentences adds to the hits, after them, the other sentences of
// a quotation that one of the first candidates stands in: a quotation of
// several sentences names its speaker in one of them only ("Nobody here is
// against trams. We are against concreting over …," Hale said.), so a
// question naming the speaker finds that one, and the sentence it asks for
// stood in none of the passages retrieved. Each scores three quarters of
// its hit's bleve score, as a follower does (withFollowers).
func (e *Engine) withQuoteSentences(hits []index.Hit) []index.Hit {
	out := hits
	for _, h := range hits[:min(len(hits), candidates)] {
		a := e.c.Article(h.Article)
		if a == nil {
			continue
		}
		for i := range a.Quotes {
			ps := a.Quotes[i].Passages
			if len(ps) < 2 || !slices.Contains(ps, h.Seq) {
				continue
			}
			for _, seq := range ps {
				if seq >= 0 && seq < len(a.Passages) && !holdsPassage(out, h.Article, seq) {
					out = append(out, index.Hit{Article: h.Article, Seq: seq, Score: h.Score * 3 / 4})
				}
			}
		}
	}
	return out
}

// holdsPassage reports whether hits hold passage seq of article: a walk
// through a few dozen hits, Seq first, where a set of them (a map keyed by
// article and Seq) cost more to fill than its look-ups saved.
func holdsPassage(hits []index.Hit, article string, seq int) bool {
	for _, h := range hits {
		if h.Seq == seq && h.Article == article {
			return true
		}
	}
	return false
}

// query is the search for a question's passages: its terms as analyse
// found them (bleve need not analyse the question again), with the corpus's
// spellings of a misspelled name (found once, in analyse, through bleve's
// fuzzy term dictionary). Phrase queries are left to
// quotation look-ups: measured on the development questions they added
// nothing to Ask's ranking and doubled its search time.
func (e *Engine) query(q *question) index.Query {
	terms := make([]string, 0, len(q.terms))
	syn := make(map[string][]string, len(q.terms))
	boosts := make(map[string]float64, len(q.terms))
	// every term's synonyms are cut from one array, made once with room
	// for all (grown a synonym at a time, each term's list took a few)
	room := 0
	for kt := range q.terms {
		room += len(e.s.Synonyms(q.terms[kt].term)) + len(q.terms[kt].soft)
	}
	all := make([]string, 0, room)
	for kt := range q.terms {
		t := &q.terms[kt]
		from := len(all)
		terms = append(terms, t.term)
		if !t.entity {
			boosts[t.term] = specificity(strings.ToLower(t.word)) // "know", "actually": the asker's filler
		}
		if e.s.DocFreq(t.term) == 0 {
			terms = append(terms, t.alts...)
		}
		for _, s := range e.s.Synonyms(t.term) {
			// a synonym no passage holds finds nothing and costs a
			// look-up ("gallic" for France)
			if df := e.s.DocFreq(s); df > 0 && df <= maxSynonymDF {
				all = append(all, s)
			}
		}
		for _, a := range t.soft {
			if df := e.s.DocFreq(a.term); df > 0 && df <= maxSynonymDF {
				all = append(all, a.term)
				if e.s.DocFreq(t.term) == 0 {
					terms = append(terms, a.term) // bleve expands only what it finds
					// weighed as the word it stands for, as near as it is:
					// "thing" must not find every "really" at full weight
					if !q.asksTerm(a.term) {
						boosts[a.term] = max(boosts[a.term], a.w*specificity(strings.ToLower(t.word)))
					}
				}
			}
		}
		if own := all[from:len(all):len(all)]; len(own) > 0 {
			if had, ok := syn[t.term]; ok {
				syn[t.term] = append(had, own...) // a term asked twice: its lists, in order (had is clipped: copied)
			} else {
				syn[t.term] = own
			}
		}
	}
	terms = append(terms, q.described...)
	if q.kind == KindHowLong && len(q.terms) <= 2 {
		// "how long will the guarantees last": the passages that give a
		// duration, which the question's one or two words do not single
		// out (with more words, they do)
		for _, t := range e.analyze("years months weeks decades century") {
			terms = append(terms, t.Term)
		}
	}
	if units := askedUnits(q); len(units) > 0 {
		// "how tall is the kessock dam", "how long is the ship": the
		// passage that gives the figure may name the thing by another
		// word ("the 38-metre earth-fill dam", "a 229-metre vessel") and
		// match the question no better than any that speaks of it; the
		// units of the dimension asked find it, as durations do for
		// "how long will X last" (askedUnits)
		for _, t := range e.analyze(strings.Join(units, " ")) {
			terms = append(terms, t.Term)
		}
	}
	if q.defines {
		// "who is Macron": the passages that give him his titles
		for kt := range q.terms {
			t := &q.terms[kt]
			var desc []string
			for d := range e.people[t.term] {
				desc = append(desc, d)
			}
			sort.Strings(desc)
			terms = append(terms, desc...)
		}
	}
	size := candidates
	if widensNet(q) {
		// "how many", "when", "how long", "what did X say": the passage
		// must hold a number, a date, a duration or X's words, which the
		// question's words do not find: a wider net, which the answer
		// type sifts
		size = typedCandidates
	}
	if q.locates {
		// "where is Calama": the passage that says where the place lies
		// ("Calama, a city of about 190,000 people on the edge of the
		// Atacama Desert") matches it no better than any that names it,
		// and bleve ranks the shortest first: every passage naming it,
		// up to maxLocating
		size = min(max(size, e.s.DocFreq(q.terms[0].term)), maxLocating)
	}
	if q.within {
		// "where in paris was it held": the passage that names the
		// place inside it ("at the Elysee Palace in Paris") may match
		// the rest of the question no better than any that names
		// Paris: every passage that does, up to maxLocating
		for kt := range q.terms {
			t := &q.terms[kt]
			if t.entity && e.isPlace(t.word) {
				size = min(max(size, e.s.DocFreq(t.term)), maxLocating)
				break
			}
		}
	}
	if q.nameOf != "" {
		// "whats the ships name": the passage that names it ("The Corvina
		// Star, a 229-metre vessel") may say it in another word for it
		// and match the question no better than any other that speaks
		// of it: every passage that does, up to maxLocating
		n := 0
		for _, k := range e.sameKind(q) {
			n += e.s.DocFreq(k)
		}
		size = min(max(size, n), maxLocating)
	}
	if q.body {
		// "what has russia said": the passage where it is the subject of
		// a verb of saying ("Russia has yet to comment …") matches the
		// question no better than any that names it: every passage that
		// does, up to maxLocating
		n := 0
		for kt := range q.terms {
			t := &q.terms[kt]
			if t.entity {
				n = max(n, e.s.DocFreq(t.term))
			}
		}
		size = min(max(size, n), maxLocating)
	}
	return index.Query{Terms: terms, Size: size, Synonyms: syn, Boosts: boosts}
}

// asksTerm reports whether term is one of the question's own terms: a
// scan of the few terms, not a set built for each question (query asks it
// only of a near word standing for a term no passage holds).
func (q *question) asksTerm(term string) bool {
	for i := range q.terms {
		if q.terms[i].term == term { // (in place: a term is large to copy)
			return true
		}
	}
	return false
}

// maxLocating bounds the passages retrieved for "where is X": all that
// name X in a small coverage, the first of them in a large one.
const maxLocating = 100

// maxSynonymDF is how many passages a synonym may stand in and still be
// searched for: past it, its posting list costs more than it can find, as
// fifteen candidates are wanted and the question's own words find them (the
// re-ranking still credits the synonym where it stands). No synonym of the
// five articles comes near it; at 10 000 articles "talks" and "meeting" do.
const maxSynonymDF = 1000
