// "What came of X" questions the passage answers only with what was planned.

package qa

// outcomePlannedOnly reports whether a question asks what came of
// something, or when or where, in the past, by "did X V" ("what did the
// water tests *show*", "what did the interim report *find*"), and the
// passage holds X's words (no name: a name may stand anywhere in a
// passage) only in a clause of what was to come (subjectPlanned: "said it
// *would test the water* at six points", "would publish an interim
// *report*"), and V, if at all, only as yet to be done. What was planned
// says nothing of what came of it; plannedOnly makes the same judgement
// of a yes/no question, by subjectPlanned too. A question whether it was said,
// asked, planned or undertaken ("what did the minister *promise*") is
// what such a clause answers (undertaking), and so is one of what is to
// come.
func (e *Engine) outcomePlannedOnly(q *question, top *cand) bool {
	if q.kind != KindWhat && q.kind != KindWhen && q.kind != KindWhere {
		return false
	}
	vi := didVerb(q)
	if vi < 0 || asksFuture(q) || undertaking(q, vi) {
		return false
	}
	text := top.p.Text
	for _, tok := range top.toks {
		if q.stands(tok.Term, vi) && !underProspect(text[:tok.Start]) {
			return false // the verb is said as done
		}
	}
	return subjectPlanned(q, vi, top)
}
