package qa

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// factsEngine is an engine over one invented article, for the tests of
// the passages' remembered facts: the texts they read are their own.
func factsEngine(t *testing.T) *Engine {
	t.Helper()
	return engineOfText(t, "---\nid: t\nheadline: Ferry\n---\nKessby is a port town. The pier was shut.\n")
}

// TestLocatedAmong: locatedAmong, read from a passage's remembered
// names, keeps of any of them what located keeps, asked once and again
// (the memo's answer), for spans that are none of the passage's names
// too, beside multi-byte marks and on an empty text.
func TestLocatedAmong(t *testing.T) {
	e := factsEngine(t)
	texts := []string{
		"Crews flew in the Dunmore valley and on to Kessby, as Tomas Lowe said.",
		"Tomas Lowe met Ana Petrak at Kessby’s café — near Dunmore City — on Tuesday.",
		"Édith Marren said the ferry from Ostrava would not sail to Brenholm.",
		"The pier was shut.",
		"",
	}
	seen := 0
	for _, text := range texts {
		names := e.names(text)
		// every subset of the names, in order, as typeWhere's free names
		for mask := 0; mask < 1<<len(names); mask++ {
			var some []span
			for i, n := range names {
				if mask&(1<<i) != 0 {
					some = append(some, n)
				}
			}
			want := located(text, some)
			for range 2 {
				if got := e.locatedAmong(text, some); !slices.Equal(got, want) {
					t.Errorf("locatedAmong(%q, %v) = %v; want %v", text, some, got, want)
				}
			}
			if mask == 1<<len(names)-1 {
				seen += len(want)
			}
		}
		// spans that are no name of the passage: a word inside one, a
		// lower-case word after "in"
		var others []span
		if at := strings.Index(text, "valley"); at >= 0 {
			others = append(others, span{at, at + len("valley")})
		}
		if len(names) > 0 && names[0].end-names[0].start > 2 {
			others = append(others, span{names[0].start + 1, names[0].end})
		}
		if got, want := e.locatedAmong(text, others), located(text, others); !slices.Equal(got, want) {
			t.Errorf("locatedAmong(%q, %v) = %v; want %v", text, others, got, want)
		}
	}
	if seen < 3 {
		t.Errorf("only %d names located in the texts; the test reads too few", seen)
	}
}

// TestFigureFactsOf: a passage's remembered numbers are Engine.find's,
// and each one's year and capacity what yearRE and capacityOf read of
// it, asked once and again, beside multi-byte marks and on an empty text.
func TestFigureFactsOf(t *testing.T) {
	e := factsEngine(t)
	texts := []string{
		"The shelter, with room for 600 people, took in about 250 families in 2019.",
		"A stadium with a capacity of up to 40,000 — built in 1998 — held 12,000 fans.",
		"In 2024 the café’s floor space of 600 square metres fed seven hundred guests.",
		"The pier was shut.",
		"",
	}
	years, rooms, others := 0, 0, 0
	for _, text := range texts {
		for range 2 {
			f := e.figureFactsOf(text)
			if want := e.find(numberRE, text); !slices.Equal(f.spans, want) {
				t.Fatalf("figureFactsOf(%q).spans = %v; want %v", text, f.spans, want)
			}
			for i, s := range f.spans {
				if want := yearRE.MatchString(text[s.start:s.end]); f.year[i] != want {
					t.Errorf("figureFactsOf(%q): year of %q = %v; want %v", text, text[s.start:s.end], f.year[i], want)
				}
				if want := capacityOf(text, s); f.capacity[i] != want {
					t.Errorf("figureFactsOf(%q): capacity of %q = %v; want %v", text, text[s.start:s.end], f.capacity[i], want)
				}
				switch {
				case f.year[i]:
					years++
				case f.capacity[i]:
					rooms++
				default:
					others++
				}
			}
		}
	}
	if years == 0 || rooms == 0 || others == 0 {
		t.Errorf("years %d, capacities %d, other numbers %d: the texts should hold each", years, rooms, others)
	}
}

// TestCountedHeadOf: countedHeadOf, remembered, is countedHead of the
// words after a number, asked once and again.
func TestCountedHeadOf(t *testing.T) {
	e := factsEngine(t)
	heads := 0
	for _, after := range []string{" school gyms were shut", " heads of state", " prefabricated housing units", " people",
		" of them", "", " café tables", " — rescuers said", "-seat boats", " crew members who"} {
		want := countedHead(after)
		for range 2 {
			if got := e.countedHeadOf(after); got != want {
				t.Errorf("countedHeadOf(%q) = %q; want %q", after, got, want)
			}
		}
		if want != "" {
			heads++
		}
	}
	if heads < 3 {
		t.Errorf("only %d heads read; the test reads too few", heads)
	}
}

// TestActorOf: actorOf, read from a passage's remembered names, is what
// actorNow reads of each name, asked once and again, and of a span that
// is no name of the passage; beside multi-byte marks and on an empty
// text; and some names' facts are known by hand: a person who would not
// act is denied, a country that refused acts and is denied, one that
// agreed is not, the dateline's place is in it.
func TestActorOf(t *testing.T) {
	e := factsEngine(t)
	texts := []string{
		"KESSBY, May 9 (Harbour Wire) - Tomas Wren said Kessby would not reopen the pier.",
		"Ana Petrak and Édith Marren agreed; France and the Kessby council refused to pay.",
		"Crews from Germany’s navy, the French and Tomas Wren — never Ana Petrak — arrived.",
		"The pier was shut.",
		"",
	}
	hand := map[[2]string]actorFacts{
		{texts[0], "KESSBY"}:     {person: true, dateline: true},
		{texts[0], "Tomas Wren"}: {person: true, denied: true},
		{texts[1], "Ana Petrak"}: {person: true},
		{texts[1], "France"}:     {acting: true, denied: true},
		{texts[2], "Germany"}:    {acting: true},
		{texts[2], "Ana Petrak"}: {person: true, denied: true},
	}
	var seen actorFacts // each fact true of some name
	for _, text := range texts {
		names := e.names(text)
		spans := slices.Clone(names)
		if len(names) > 0 && names[0].end-names[0].start > 2 {
			spans = append(spans, span{names[0].start + 1, names[0].end}) // no name of the passage
		}
		for _, n := range spans {
			want := e.actorNow(text, n)
			name := text[n.start:n.end]
			if h, ok := hand[[2]string{text, name}]; ok {
				delete(hand, [2]string{text, name})
				if want != h {
					t.Errorf("actorNow(%q, %q) = %+v; want %+v", text, name, want, h)
				}
			}
			for range 2 {
				if got := e.actorOf(text, n); got != want {
					t.Errorf("actorOf(%q, %q) = %+v; want %+v", text, name, got, want)
				}
			}
			seen.person = seen.person || want.person
			seen.acting = seen.acting || want.acting
			seen.denied = seen.denied || want.denied
			seen.dateline = seen.dateline || want.dateline
		}
	}
	if len(hand) > 0 {
		t.Errorf("names not read: %q", slices.Collect(maps.Keys(hand)))
	}
	if seen != (actorFacts{true, true, true, true}) {
		t.Errorf("facts seen %+v: the texts should make each true of some name", seen)
	}
}

// TestEnumRuns: enumRuns, remembered, keeps a passage's runs of two names
// or more joined by commas and "and", not one after a preposition of place
// or "between", nor one joined by commas alone, and reads each one's
// clause, kinds of names and next word as the readers do; asked once and
// again, beside multi-byte marks and on an empty text.
func TestEnumRuns(t *testing.T) {
	e := factsEngine(t)
	for _, c := range []struct {
		text string
		want []string // the runs kept, as written
	}{
		{"Croatia and the Czech Republic said they would not deploy troops.", []string{"Croatia and the Czech Republic"}},
		{"The French and British army chiefs met in Kessby.", []string{"French and British"}},
		{"Trains run on the main line between Brennport and Castelmoor.", nil},
		{"Thanking Obi, Achebe called for calm.", nil},
		{"Tomas Wren, Ana Petrak and Édith Marren will chair the café’s board.", []string{"Tomas Wren, Ana Petrak and Édith Marren"}},
		{"The pier was shut.", nil},
		{"", nil},
	} {
		for range 2 {
			got := e.enumRuns(c.text)
			var runs []string
			for _, r := range got {
				runs = append(runs, c.text[r.all.start:r.all.end])
				clause := clauseAround(c.text, r.all, clauseMarks)
				if want := e.analyze(c.text[clause.start:clause.end]); !slices.Equal(r.toks, want) {
					t.Errorf("enumRuns(%q): clause's analysis %v; want %v", c.text, r.toks, want)
				}
				if want := nounAfterNames(c.text[r.all.end:]); r.nounAfter != want {
					t.Errorf("enumRuns(%q): noun after %v; want %v", c.text, r.nounAfter, want)
				}
			}
			if !slices.Equal(runs, c.want) {
				t.Errorf("enumRuns(%q) = %q; want %q", c.text, runs, c.want)
			}
			if now := e.enumRunsNow(c.text); !slices.EqualFunc(got, now, func(a, b enumRun) bool {
				return a.all == b.all && a.n == b.n && a.demonyms == b.demonyms && a.countries == b.countries &&
					a.persons == b.persons && a.next == b.next && a.nounAfter == b.nounAfter && slices.Equal(a.toks, b.toks)
			}) {
				t.Errorf("enumRuns(%q) = %+v; want %+v", c.text, got, now)
			}
		}
	}
	// the kinds of names, by run
	for text, want := range map[string][3]bool{ // demonyms, countries, persons
		"Croatia and the Czech Republic said they would not deploy troops.": {false, true, false},
		"The French and British army chiefs met in Kessby.":                 {true, false, false},
		"Tomas Wren and Ana Petrak said the pier would reopen.":             {false, false, true},
	} {
		runs := e.enumRuns(text)
		if len(runs) != 1 {
			t.Errorf("enumRuns(%q): %d runs; want 1", text, len(runs))
			continue
		}
		if got := [3]bool{runs[0].demonyms, runs[0].countries, runs[0].persons}; got != want {
			t.Errorf("enumRuns(%q): demonyms, countries, persons = %v; want %v", text, got, want)
		}
	}
}
