// The quotations as a small search index of their own: each wording is a
// document of its words, with the sentence around it as a second field.

package qa

import (
	"sort"
)

// quoteIndex is what a quotation look-up searches.
type quoteIndex struct {
	docs   []quoteDoc
	docsOf [][]int          // entry → its documents
	byTerm map[string][]int // term → the documents holding it, in the wording or around it
	vocab  []string         // the terms of the wordings, sorted: what prefix matching compares with
	inText map[string]bool  // the same, as a set
	avgLen float64          // the wordings' mean length in terms
	people quotedPeople
	words  quoteWordsIndex
	// bySpeaker lists each person's entries (index into people → entries)
	bySpeaker [][]int
}

// quoteDoc is one wording of one distinct quotation.
type quoteDoc struct {
	entry, variant int
	person         int            // the speaker, an index into people; -1 for none
	terms          []string       // analysed, in order
	tf             map[string]int // the same, counted
	context        map[string]bool
}

// quoteIndex builds the look-up index of e.quotes.
func (e *Engine) quoteIndex() *quoteIndex {
	ix := &quoteIndex{byTerm: map[string][]int{}, inText: map[string]bool{}, words: newQuoteWords()}
	total := 0
	for i, o := range e.quotes {
		context := map[string]bool{}
		for _, c := range o.citations {
			toks := e.analyze(c.Sentence)
			ix.words.add(c.Sentence, toks, false)
			for _, t := range toks {
				context[t.Term] = true
			}
		}
		for v, w := range o.variants {
			d := quoteDoc{entry: i, variant: v, tf: map[string]int{}, context: map[string]bool{}}
			toks := e.analyze(w.text)
			ix.words.add(w.text, toks, true)
			for _, t := range toks {
				d.terms = append(d.terms, t.Term)
				d.tf[t.Term]++
				ix.inText[t.Term] = true
			}
			for t := range context {
				if d.tf[t] == 0 {
					d.context[t] = true
				}
			}
			n := len(ix.docs)
			for len(ix.docsOf) <= i {
				ix.docsOf = append(ix.docsOf, nil)
			}
			ix.docsOf[i] = append(ix.docsOf[i], n)
			for t := range d.tf {
				ix.byTerm[t] = append(ix.byTerm[t], n)
			}
			for t := range d.context {
				ix.byTerm[t] = append(ix.byTerm[t], n)
			}
			total += len(d.terms)
			ix.docs = append(ix.docs, d)
		}
	}
	if len(ix.docs) > 0 {
		ix.avgLen = float64(total) / float64(len(ix.docs))
	}
	for t := range ix.inText {
		ix.vocab = append(ix.vocab, t)
	}
	sort.Strings(ix.vocab)
	ix.people = e.quotedPeople(e.quotes)
	ix.words.finish()
	ix.bySpeaker = make([][]int, len(ix.people.list))
	at := map[string]int{}
	for i, p := range ix.people.list {
		at[p.name] = i
	}
	for i, o := range e.quotes {
		p, ok := at[o.speaker]
		if ok && o.speaker != "" {
			ix.bySpeaker[p] = append(ix.bySpeaker[p], i)
		} else {
			p = -1
		}
		for _, d := range ix.docsOf[i] {
			ix.docs[d].person = p
		}
	}
	return ix
}
