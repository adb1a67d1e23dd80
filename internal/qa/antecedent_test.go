package qa

import (
	"testing"
)

// TestSubjectEnd: a sentence's subject ends before its first verb or
// auxiliary written in lower case, or a relative word; a word that could be
// a verb right after a determiner or a possessive is a noun ("the port's
// workers"; wrongly, "The group objects …", a known limit), a name's word
// is no verb ("Alfred" is no past tense), and a
// sentence with no verb in its first antecedentWords words has no subject
// subjectEnd can read.
func TestSubjectEnd(t *testing.T) {
	for _, c := range []struct{ s, subject string }{
		{"Corvell was appointed on Friday to install temporary supports.", "Corvell "},
		{"The port handled 3.2 million standard containers last year.", "The port "},
		// (a known limit, not the right parse: a word that may be a verb
		// after a determiner is read as a noun, so "objects", the verb
		// here, is taken into the subject, which then ends at the
		// relative word; the row pins that the determiner rule holds,
		// as it does rightly for "The port's workers")
		{"The group objects to the route's final section, which would cross the meadow.", "The group objects to the route's final section, "},
		{"The port's workers voted to strike.", "The port's workers "},
		{"Mayor Alfred Brandt said the road would reopen.", "Mayor Alfred Brandt "},
		{"That year's fatigue assessment by Westmark Structural Consultants, seen by the paper, said the welds were weak.", "That year's fatigue assessment by Westmark Structural Consultants, "},
		{"A shelter that opened on Monday holds 400 people.", "A shelter "},
		{"One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen went.", ""},
	} {
		if got := c.s[:subjectEnd(c.s)]; got != c.subject {
			t.Errorf("subjectEnd(%q): subject %q; want %q", c.s, got, c.subject)
		}
	}
}

// TestAntecedentRanksFully: a candidate opening on "it", "its", "they" or
// "their" (opensOnPronoun) is credited in the ranking's coverage
// (cand.rankCov) with the question's words in the subject of the sentence
// before at full weight, what the pronoun stands for; not with those the
// sentence before holds elsewhere (its object), nor where the candidate
// opens on no pronoun; the coverage decisions read (cand.cov) keeps
// prevSentenceWeight either way.
func TestAntecedentRanksFully(t *testing.T) {
	e := engineOfText(t, `---
id: f
headline: Island ferry timetable cut
---
The Vesta ferry operator runs four boats between Orrin island and the mainland. Its owners plan to sell two boats next spring.

Fishermen on Orrin island blamed the Vesta ferry operator on Monday. They lost a week of catches when the winter timetable began.

The Vesta ferry operator also runs a freight barge. A Danish shipyard plans to sell two boats to the port authority.
`)
	for _, c := range []struct {
		q, in string
		full  bool // the subject's words count fully for the ranking
	}{
		{"who plans to sell the vesta ferry operator boats", "Its owners plan to sell", true},
		{"who plans to sell the vesta ferry operator boats", "A Danish shipyard plans", false},
		{"when did the vesta ferry operator lose a week of catches", "They lost a week of catches", false},
	} {
		an := e.analyse(c.q)
		cd, _ := rankedOpening(mustRank(t, e, &an), c.in)
		if cd == nil {
			t.Errorf("%q: %q not among the candidates", c.q, c.in)
			continue
		}
		if more := cd.rankCov > cd.cov+1e-9; more != c.full {
			t.Errorf("%q: %q rankCov %.3f, cov %.3f; want rankCov above cov: %v", c.q, c.in, cd.rankCov, cd.cov, c.full)
		}
	}
}
