package qa

import (
	"reflect"
	"slices"
	"testing"
)

// TestRankRoomTake: a room used before hands out its memory as a new one
// would: no candidate listed, no word that matches kept, every match zero,
// and as much of each as asked for, grown where it is short; and a
// question no larger than one before it is ranked in that one's memory,
// not in new memory (the room's reason to be).
func TestRankRoomTake(t *testing.T) {
	var r rankRoom
	var lastAll *cand
	var lastMatch *float64
	for _, size := range []struct{ hits, terms int }{{3, 2}, {0, 0}, {5, 4}, {2, 1}, {5, 4}} {
		out, all, match, slab := r.take(size.hits, size.terms)
		if len(out) != 0 || cap(out) < size.hits || len(all) != size.hits || len(match) != size.hits*size.terms || len(slab) != 0 || cap(slab) < slabHits*size.hits {
			t.Fatalf("take(%d, %d): out %d/%d, all %d, match %d, slab %d/%d", size.hits, size.terms, len(out), cap(out), len(all), len(match), len(slab), cap(slab))
		}
		for i, m := range match {
			if m != 0 {
				t.Errorf("take(%d, %d): match[%d] = %v; want 0", size.hits, size.terms, i, m)
			}
		}
		if size == (struct{ hits, terms int }{2, 1}) && (&all[0] != lastAll || &match[0] != lastMatch) {
			t.Errorf("take(2, 1) after take(5, 4): new memory; want the room's")
		}
		if len(all) > 0 {
			lastAll = &all[0]
		}
		if len(match) > 0 {
			lastMatch = &match[0]
		}
		// dirty it, as a question ranked in it would
		for i := range match {
			match[i] = 0.5
		}
		for i := range all {
			all[i] = cand{bleve: 1, score: 9}
			out = append(out, &all[i])
		}
	}
}

// TestRankRoomReused: a question ranked in a room another question was
// ranked in (more candidates, more terms) ranks as it does in memory of
// its own: the same passages in the same order, with the same scores,
// features and matches; and answers given at once from several
// goroutines, each taking its own room, are those given one at a time.
func TestRankRoomReused(t *testing.T) {
	e := engineOfText(t, "---\nid: a\nheadline: Ferry runs aground off Varnholm\n---\n"+
		"The ferry Saltmarsh Belle ran aground off Varnholm on Thursday with 212 passengers aboard.\n"+
		"Coastguard officer Lena Aaltonen said the crew had steered too close to the reef.\n"+
		"All passengers were taken ashore by lifeboats before midnight, the harbour office said.\n"+
		"The operator, Nordsund Lines, said the ship’s captain — a veteran of 20 years — had been suspended.\n",
		"---\nid: b\nheadline: Investigators board stranded ferry\n---\n"+
			"Investigators boarded the Saltmarsh Belle on Friday to read its voyage recorder.\n"+
			"Aaltonen said the reef is marked on every chart, and that the weather was calm.\n"+
			"Repairs to the hull could take three months, Nordsund Lines said.\n")
	wide, narrow := e.analyse("who said the crew steered too close to the reef off varnholm on thursday"), e.analyse("how long will repairs take")
	rank := func(q *question, room *rankRoom) []*cand {
		hits, err := e.s.Search(t.Context(), e.query(q))
		if err != nil {
			t.Fatal(err)
		}
		return e.rankNearIn(q, hits, e.nearPassages(q, hits), room)
	}
	type ranked struct {
		text  string
		score float64
		feat  [nRankFeatures]float64
		match []float64
	}
	read := func(cands []*cand) []ranked {
		var out []ranked
		for _, c := range cands {
			out = append(out, ranked{c.p.Text, c.score, c.feat, slices.Clone(c.match)})
		}
		return out
	}
	want := read(rank(&narrow, nil))
	if len(want) == 0 {
		t.Fatal("no candidates for the narrow question")
	}
	room := &rankRoom{}
	if len(rank(&wide, room)) == 0 {
		t.Fatal("no candidates for the wide question")
	}
	if got := read(rank(&narrow, room)); !reflect.DeepEqual(got, want) {
		t.Errorf("ranked in a used room:\n%v\nwant, in its own memory:\n%v", got, want)
	}

	questions := []string{"who said the crew steered too close", "how many passengers were aboard", "how long will repairs take", "who suspended the captain", "when did investigators board the ship"}
	var alone []Answer
	for _, text := range questions {
		a, err := e.Ask(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		alone = append(alone, a)
	}
	type asked struct {
		k int
		a Answer
	}
	done := make(chan []asked)
	for g := range 4 {
		go func() {
			var got []asked
			for i := range 3 * len(questions) {
				k := (g + i) % len(questions)
				a, _ := e.Ask(t.Context(), questions[k])
				got = append(got, asked{k, a})
			}
			done <- got
		}()
	}
	for range 4 {
		for _, g := range <-done {
			if !reflect.DeepEqual(g.a, alone[g.k]) {
				t.Errorf("Ask(%q) at once with others = %+v; alone %+v", questions[g.k], g.a, alone[g.k])
			}
		}
	}
}

// TestPassagesOneSlice: an answer's passages are made in one slice of
// room for as many as it may carry, not grown a hit at a time (which
// left room for 16).
func TestPassagesOneSlice(t *testing.T) {
	e := testEngine(t)
	full := 0
	for _, text := range []string{"what did the leaders agree on", "who spoke at the meeting", "which countries sent ministers"} {
		a, err := e.Ask(t.Context(), text)
		if err != nil {
			t.Fatal(err)
		}
		if cap(a.Passages) > MaxPassages {
			t.Errorf("Ask(%q): %d passages in room for %d; want room for at most %d", text, len(a.Passages), cap(a.Passages), MaxPassages)
		}
		if len(a.Passages) > MaxPassages/2+1 {
			full++
		}
	}
	if full == 0 {
		t.Error("no answer carries more passages than half the most: the test reads nothing")
	}
}

// TestQuerySynonymsOneArray: the synonyms query sends for each term, cut
// from one array, are words the index holds in a few passages at most
// (maxSynonymDF); a term asked twice has both its lists, its list once
// then again; and each list is clipped, so that an append to one leaves
// the next term's alone.
func TestQuerySynonymsOneArray(t *testing.T) {
	e := testEngine(t)
	listed := 0
	check := func(q *question) map[string][]string {
		got := e.query(q).Synonyms
		for term, l := range got {
			listed += len(l)
			if cap(l) != len(l) {
				t.Errorf("query(%q).Synonyms[%q]: %d in room for %d; want it clipped", q.text, term, len(l), cap(l))
			}
			for _, s := range l {
				if df := e.s.DocFreq(s); df == 0 || df > maxSynonymDF {
					t.Errorf("query(%q).Synonyms[%q] holds %q, in %d passages; want 1 to %d", q.text, term, s, df, maxSynonymDF)
				}
			}
		}
		return got
	}
	for _, text := range []string{"what did the prime minister pledge", "how many soldiers could the europeans deploy", "which nations offered help"} {
		q := e.analyse(text)
		check(&q)
	}
	// a term asked twice: its list once, then again
	q := e.analyse("which nations offered soldiers")
	once := check(&q)
	q.terms = append(q.terms, q.terms...)
	twice := check(&q)
	for term, l := range once {
		if want := append(slices.Clone(l), l...); !reflect.DeepEqual(twice[term], want) {
			t.Errorf("%q asked twice: synonyms %v; want %v", term, twice[term], want)
		}
	}
	if len(once) == 0 || listed == 0 {
		t.Error("no synonyms sent for any question: the test reads nothing")
	}
}
