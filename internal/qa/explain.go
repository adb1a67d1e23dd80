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
	Candidates []Candidate // every candidate looked at closely, best first under the current weights
	// Evidence are the evidence features of the best candidate, once Ask's
	// decision has put the candidate that holds the kind of answer asked
	// for first.
	Evidence [nEvidenceFeatures]float64
	// Declined is why the question is declined whatever the evidence (a
	// name no article uses, no number for "how many"), or "".
	Declined string
	// Routed is true when Ask answers the question otherwise than by
	// ranking passages: an overview, the articles' own facts, a
	// definition, a byline. Candidates and Evidence are then empty.
	Routed bool
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
	x.Read, x.Kind = q.text, q.kind
	if _, ok := e.byline(q); ok {
		x.Routed = true
		return x, nil
	}
	if _, ok := e.byKind(ctx, q); ok {
		x.Routed = true
		return x, nil
	}
	if len(q.terms) == 0 {
		return x, inputErrorf("only common words")
	}
	hits, err := e.s.Search(ctx, e.query(q))
	if err != nil {
		return x, fmt.Errorf("qa: explain: %w", err)
	}
	cands := e.reorderKind(q, e.rankLooking(q, e.withFollowers(hits), len(hits)*2))
	if len(cands) == 0 {
		x.Declined = "nothing found"
		return x, nil
	}
	for _, c := range cands {
		x.Candidates = append(x.Candidates, Candidate{Hit: e.hit(c), Features: c.feat, Score: c.score})
	}
	x.Declined = e.abstention(q, cands, false) // may put another candidate first
	x.Evidence = e.evidenceFeatures(q, cands[0])
	return x, nil
}
