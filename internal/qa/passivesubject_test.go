package qa

import "testing"

// TestPassiveSubjectSecondClause: "what was VERBed" is answered by the
// subject of the clause "and" joins on before the passive, not by the
// whole stretch from the first clause's subject, which runs past a dozen
// words.
func TestPassiveSubjectSecondClause(t *testing.T) {
	const text = "The harbour budget was not approved by the Malmö council on Friday and plans for a second café pier were scrapped from the draft."
	e := engineOfText(t, harbourTalks)
	q := e.analyse("what was scrapped from the draft")
	c := parsedCand(t, e, text)
	s := passiveSubject(&q, c)
	if got, want := text[s.start:s.end], "plans for a second café pier"; got != want {
		t.Errorf("passiveSubject(%q) = %q; want %q", q.text, got, want)
	}
	for _, c := range []struct{ body, want string }{
		{"The budget was cut and plans for a pier", "plans for a pier"},
		{"the mayor and the council", "the mayor and the council"},
		{"plans for a pier", "plans for a pier"},
		{"The levy was dropped by the board after a long vote and the kiosks and the benches on the quay", "the kiosks and the benches on the quay"},
		{"The levy was dropped and the kiosk was shut and the benches on the quay", "the benches on the quay"},
		{"the levy and", "the levy and"},
		{"", ""},
	} {
		if got := secondClauseSubject(c.body); got != c.want {
			t.Errorf("secondClauseSubject(%q) = %q; want %q", c.body, got, c.want)
		}
	}
}
