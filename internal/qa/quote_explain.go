// Listing every quotation, and explaining how a quotation look-up is scored.

package qa

import (
	"fmt"
	"sort"
	"strings"
)

// Quotations lists every distinct quotation the engine knows, in the order
// it merged them, each with its speaker and the articles carrying it: what
// `qadebug quotes` prints.
func (e *Engine) Quotations() []QuoteResult {
	out := make([]QuoteResult, 0, len(e.quotes))
	for _, q := range e.quotes {
		out = append(out, QuoteResult{Text: q.text, Speaker: q.speaker, Citations: q.citations})
	}
	return out
}

// ExplainQuote says how a quotation look-up is scored: the people it
// names, each word's weight and what it may match, and the best ten
// quotations with their scores (what `qadebug quote` prints).
func (e *Engine) ExplainQuote(words string) string {
	var b strings.Builder
	l := e.lookup(words, e.analyze(words))
	for _, p := range l.people {
		fmt.Fprintf(&b, "names %s\n", e.qix.people.list[p].name)
	}
	for klt := range l.terms {
		lt := &l.terms[klt]
		fmt.Fprintf(&b, "  weight %.2f speakers %v alts %v\n", lt.weight, lt.speakers, lt.alts)
	}
	type row struct {
		score float64
		text  string
	}
	var rows []row
	for d := range e.qix.docs {
		doc := &e.qix.docs[d]
		if s := e.quoteScore(l, doc); s > 0 {
			rows = append(rows, row{s, e.quotes[doc.entry].variants[doc.variant].text})
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].score > rows[j].score })
	for i, r := range rows[:min(10, len(rows))] {
		fmt.Fprintf(&b, "%d %.3f %.90q\n", i, r.score, r.text)
	}
	return b.String()
}
