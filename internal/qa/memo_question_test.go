package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/index"
)

// TestQuestionMemoHoldsItsTerms: wantsCountry and wantsPerson, remembered
// for a question, answer as computed afresh, and a copy of the question
// with other terms is not answered from the first's memory.
func TestQuestionMemoHoldsItsTerms(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("Which nation said it would send the most soldiers?")
	for range 2 { // computed, then remembered
		if !q.wantsCountry() || q.wantsCountry() != fresh(q).wantsCountry() {
			t.Fatalf("wantsCountry of a question asking for a nation: not remembered as computed")
		}
	}
	other := q
	other.terms = slices.DeleteFunc(slices.Clone(q.terms), func(t qterm) bool { return t.term == "nation" })
	if other.wantsCountry() || other.wantsCountry() != fresh(other).wantsCountry() {
		t.Errorf("a copy without the noun for a country answered from the question's memory")
	}
	p := e.analyse("Which official said the soldiers would stay?")
	for range 2 {
		if !e.wantsPerson(&p) || e.wantsPerson(&p) != e.wantsPerson(fresh(p)) {
			t.Errorf("wantsPerson remembered otherwise than computed")
		}
	}
}

// fresh is a copy of q without its memo: what q's remembered answers
// compute to.
func fresh(q question) *question {
	q.free = nil
	return &q
}

// TestHitSetIsAmong: the bits of the hits' rows (hitSet) tell every row
// as among does, whatever the hits (one of an article no passage of the
// table is of, a Seq past its article's end).
func TestHitSetIsAmong(t *testing.T) {
	e := testEngine(t)
	tbl := e.near
	if tbl == nil || len(tbl.rows) < 3 {
		t.Skip("no meaning table")
	}
	last := tbl.rows[len(tbl.rows)-1]
	hits := []index.Hit{
		{Article: tbl.rows[0].a.ID, Seq: tbl.rows[0].seq},
		{Article: last.a.ID, Seq: last.seq},
		{Article: last.a.ID, Seq: len(last.a.Passages)}, // past its end
		{Article: "no-such-article", Seq: 0},
	}
	var buf [1]uint64 // too small for most tables: the set is made
	for _, b := range [][]uint64{buf[:], make([]uint64, 256)} {
		set := tbl.hitSet(hits, b)
		if set == nil {
			t.Fatal("no set for a table of distinct articles")
		}
		for row := range tbl.rows {
			if got, want := tbl.isHit(set, row, hits), tbl.among(row, hits); got != want {
				t.Errorf("row %d: hitSet says %v, among %v", row, got, want)
			}
		}
	}
	// a table where two articles share an ID has no set: isHit asks
	// among, and answers as it does
	dup := *tbl
	dup.arts = nil
	if set := dup.hitSet(hits, buf[:]); set != nil {
		t.Fatal("a set for a table without article runs")
	}
	for row := range dup.rows {
		if got, want := dup.isHit(nil, row, hits), dup.among(row, hits); got != want || row == 0 && !got {
			t.Errorf("row %d without a set: isHit %v, among %v", row, got, want)
		}
	}
}

// TestCountedAsksRemembered: what enumeration reads of a "how many"
// question, remembered, is what it computes; and a counted noun of no
// person (countsPeople false) leaves partOfPeople false as it would be.
func TestCountedAsksRemembered(t *testing.T) {
	e := testEngine(t)
	for _, text := range []string{"How many nations signed the pledge?", "How many soldiers were sent to the border?"} {
		q := e.analyse(text)
		if q.counted == nil {
			t.Fatalf("%q: no counted noun", text)
		}
		c0, p0, v0 := fresh(q).countedAsks()
		for range 2 {
			if c, p, v := q.countedAsks(); c != c0 || p != p0 || v != v0 {
				t.Errorf("%q: remembered (%v %v %d), computed (%v %v %d)", text, c, p, v, c0, p0, v0)
			}
		}
		// "… 214 people were confirmed dead": a count of everyone, which
		// holds the persons asked about, not a thing asked about
		if got := partOfPeople(strings.ToLower(q.counted.word), " people were confirmed dead"); got != q.countsPeople() {
			t.Errorf("%q: partOfPeople %v, countsPeople %v", text, got, q.countsPeople())
		}
	}
}

// TestHoldsPassage: a passage is held by its article and Seq both.
func TestHoldsPassage(t *testing.T) {
	hits := []index.Hit{{Article: "a", Seq: 2}, {Article: "b", Seq: 0}}
	for _, c := range []struct {
		art  string
		seq  int
		want bool
	}{{"a", 2, true}, {"b", 0, true}, {"a", 0, false}, {"b", 2, false}, {"c", 2, false}} {
		if got := holdsPassage(hits, c.art, c.seq); got != c.want {
			t.Errorf("holdsPassage(%s#%d) = %v; want %v", c.art, c.seq, got, c.want)
		}
	}
}
