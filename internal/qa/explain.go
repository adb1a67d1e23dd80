// Explain: how Ask reads a question, with every candidate's features and score.

package qa

import (
	"context"
	"fmt"
)

// Explanation is how Ask sees a question: how it was read, every passage
// retrieved with its named features, and what decides whether the articles
// answer. It is what the weight fit learns from and what `summitbot debug`
// prints (Lucene's Explanation, the learning-to-rank plugin's feature log).
type Explanation struct {
	Read       string // the question as read: chat words expanded, spelling corrected
	Kind       Kind
	Terms      []Term      // the question's words of substance, each in its forms
	Candidates []Candidate // every candidate looked at closely, best first under the current weights
	// AskLooked are the candidates Ask itself looks at closely (it looks
	// at the best few of its first, cheap ranking only): a gold passage
	// among Candidates but not here is missed by the cut, not the search.
	AskLooked []Hit
	// Evidence are the evidence features of the best candidate, once Ask's
	// decision has put the candidate that holds the kind of answer asked
	// for first.
	Evidence [nEvidenceFeatures]float64
	// Declined is why the question is declined whatever the evidence (a
	// name no article uses, no number for "how many"; and the readers of
	// its kind's reason, read on the answer Ask builds as though the
	// evidence let it through: another than the one asked about speaks),
	// or "".
	Declined string
	// Routed is true when Ask answers the question otherwise than by
	// ranking passages: an overview, the articles' own facts, a
	// definition, a byline. Candidates and Evidence are then empty.
	Routed bool
}

// Term is one word of substance of a question, in each form the engine
// reads it in: as typed ("stramer", "abt"), after chat normalisation
// ("about"), as read after spelling correction ("Starmer"), and analysed
// (stemmed, folded: "starmer"); with what else it matches.
type Term struct {
	Typed, Normalised, Read, Analysed string
	Name                              bool     // read as a name
	Unknown                           bool     // no article uses it, in any spelling
	Alternatives                      []string // synonyms, other spellings and acronyms' names it matches, analysed
	Near                              []string // the articles' words nearest in meaning (GloVe), analysed
	Vector                            bool     // GloVe has a vector for it
}

// Candidate is one retrieved passage with its features and score.
type Candidate struct {
	Hit      Hit
	Features [nRankFeatures]float64
	Score    float64
}

// Explain analyses and ranks a question as Ask does, with every candidate
// looked at closely.
func (e *Engine) Explain(ctx context.Context, question string) (x Explanation, err error) {
	defer func() {
		if r := recover(); r != nil {
			x, err = Explanation{}, fmt.Errorf("qa: explain: internal error: %v", r)
		}
	}()
	text, err := validate(question)
	if err != nil {
		return x, err
	}
	q := e.analyse(text)
	if eq, ok := e.asEvent(&q); ok {
		q = eq
	}
	q.explaining = true
	x.Read, x.Kind = q.text, q.kind
	for kt := range q.terms {
		t := &q.terms[kt]
		xt := Term{Typed: t.typed, Normalised: t.normalised, Read: t.word, Analysed: t.term, Name: t.entity,
			Unknown: t.unknown, Alternatives: t.alts, Vector: t.vec != nil}
		for _, a := range t.soft {
			xt.Near = append(xt.Near, a.term)
		}
		x.Terms = append(x.Terms, xt)
	}
	if _, ok := e.byline(&q); ok {
		x.Routed = true
		return x, nil
	}
	if _, ok := e.byKind(ctx, &q); ok {
		x.Routed = true
		return x, nil
	}
	if len(q.terms) == 0 {
		return x, inputErrorf("only common words")
	}
	hits, err := e.s.Search(ctx, e.query(&q))
	if err != nil {
		return x, fmt.Errorf("qa: explain: %w", err)
	}
	look := len(hits) * 2
	hits = e.candidateHits(&q, hits)
	near := e.nearPassages(&q, hits)
	// (after the kind's reordering, as Ask reads them: preferMeasuredThing
	// may look closely at a candidate the ranking left out: final read FH2)
	for _, c := range e.reorderKind(&q, e.rankNear(&q, hits, near)) {
		if c.close {
			x.AskLooked = append(x.AskLooked, e.hit(c))
		}
	}
	cands := e.reorderKind(&q, e.rankAmong(&q, hits, near, look))
	if len(cands) == 0 {
		x.Declined = "nothing found"
		return x, nil
	}
	for _, c := range cands {
		x.Candidates = append(x.Candidates, Candidate{Hit: e.hit(c), Features: c.feat, Score: c.score})
	}
	x.Declined = e.abstention(&q, cands, false) // may put another candidate first
	x.Evidence = e.evidenceFeatures(&q, cands[0])
	if x.Declined == "" && asksReason(&q) {
		// Ask's reason readers may decline what abstention lets through
		// (refineKind: anotherSpeaks); Ask's own answer, built as though
		// the evidence let it through, says whether they do whatever the
		// evidence (asked again only for a reason, the one kind they
		// decline)
		if a, err := e.askWeighing(ctx, question, true, false); err == nil {
			x.Declined = a.declined
		}
	}
	return x, nil
}
