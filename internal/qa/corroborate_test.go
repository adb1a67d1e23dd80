package qa

import (
	"context"
	"errors"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// TestCorroboration: other articles that say the same are listed, and an
// article that puts the figure differently is flagged, as the issue asks
// ("representatives of 35 countries" / "more than 35 officials").
func TestCorroboration(t *testing.T) {
	e := testEngine(t)
	a, err := e.Ask(context.Background(), "How many countries took part in the coalition meeting?")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered || !strings.Contains(a.Short, "35") {
		t.Fatalf("Ask = %q, answered %v; want 35 countries", a.Short, a.Answered)
	}
	if len(a.Sources) < 3 {
		t.Errorf("Sources = %v; want the three articles that give 35 countries", a.Sources)
	}
	diff := strings.Join(a.Differences, " | ")
	if !strings.Contains(diff, "more than 35 officials") || !strings.Contains(diff, "35 countries") {
		t.Errorf("Differences = %q; want both “35 countries” and “more than 35 officials”", diff)
	}
	if !strings.Contains(a.Short, "representatives of 35 countries") {
		t.Errorf("Short = %q; want the figure in its phrase, “representatives of 35 countries”", a.Short)
	}
	for _, id := range a.Sources {
		if id == "summit-tests-unity" {
			t.Errorf("Sources = %v; summit-tests-unity says officials, not countries", a.Sources)
		}
	}
}

// TestNoFalseDifference: a figure of another kind (a distance under "how
// many were injured") is no other report of the answer; nor is the same
// number about something else, the same count or day put otherwise.
func TestNoFalseDifference(t *testing.T) {
	a, err := quakeEngine(t).Ask(context.Background(), "how many were injured")
	if err != nil {
		t.Fatal(err)
	}
	if diff := strings.Join(a.Differences, " | "); strings.Contains(diff, "kilometres") {
		t.Errorf("Differences = %q; a distance is no count of the injured", diff)
	}
	// nor is the same number in a passage about something else ("41
	// countries" at the donors' conference)
	// a claim's amounts as chat writes them ("150 mil", "1.3bn") are read
	// as the millions and billions they are
	for claim, want := range map[string]Verdict{"the united states gave 150 mil": Supported, "the donors pledged 1.3bn": Supported, "the donors pledged 2bn": Differs,
		"eu pledged 180 million euros": Supported} { // a currency named where the articles write its sign
		if c, err := quakeEngine(t).Check(context.Background(), claim); err != nil || c.Verdict != want {
			t.Errorf("Check(%s) = %s, %v; want %s", claim, c.Verdict, err, want)
		}
	}
	for _, q := range []string{"how many operations at the field hospital", "how much did donors pledge", "how many more troops are coming"} {
		// (nor an addition a total: "1,500 more troops" and "3,500 soldiers")
		// (nor a figure that shares its first digit: "$1.3 billion", "1,500 more troops")
		if a, err := quakeEngine(t).Ask(context.Background(), q); err != nil || len(a.Differences) > 0 {
			t.Errorf("%s: Differences = %q, %v; want none", q, a.Differences, err)
		}
	}
	// nor the same count in more words, or the same day written otherwise
	e := testEngine(t)
	for _, tc := range []struct {
		a, b      string
		day, same bool
	}{
		{"35 countries", "35 coalition countries", false, true},
		{"72-member Japanese team", "72-member team", false, true},
		{"72-member Japanese team", "72-member rescue team", false, true}, // the same noun counted
		{"about 4,200 people", "4 people", false, false},
		{"41 operations", "41 countries", false, false},
		{"35 countries", "more than 35 officials", false, false},
		{"351", "351 people", false, true},                    // one side names nothing else counted
		{"3,500 soldiers", "3,500 already", false, true},      // nor a word that is no noun
		{"two nuclear powers", "two countries", false, false}, // a number in words counts its noun too
		{"on Tuesday, 6 January 2026", "Tuesday, Jan. 6, 2026", true, true},
		{"March 12", "12 March 2026", true, true},
		{"Jan. 6", "Jan. 7", true, false},
	} {
		got := e.sameCount(tc.a, tc.b)
		if tc.day {
			got = sameDate(tc.a, tc.b)
		}
		if got != tc.same {
			t.Errorf("same (%q, %q) = %v; want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

// TestDifferenceOfTheSameDeed: another report's figure is the one its
// clause says the question's verb of ("about 1,100 injured", not the "214
// people" confirmed dead before it); and a figure whose clause says less of
// the question than the answer's is no other report of it ("four people
// under" the rubble is no other count of "71 were still missing").
func TestDifferenceOfTheSameDeed(t *testing.T) {
	e := quakeEngine(t)
	a := mustAsk(t, e, "how many people were injured")
	if diff := strings.Join(a.Differences, " | "); !strings.Contains(diff, "1,100”") || strings.Contains(diff, "“214") {
		t.Errorf("how many people were injured: Differences = %q; want the first day's 1,100 injured, not its 214 dead", diff)
	}
	a = mustAsk(t, e, "how many people are still missing")
	if len(a.Differences) > 0 {
		t.Errorf("how many people are still missing: Differences = %q; want none", a.Differences)
	}
}

// TestDifferenceNotARatio: a number that is a term of a ratio ("nine out
// of every ten homes") is no other count of homes; and a figure said in a
// sentence about something else ("since the war began nearly four years
// ago") is no other term of the guarantees.
func TestDifferenceNotARatio(t *testing.T) {
	for text, want := range map[string]bool{"lost nine out of every ten homes": true, "one in ten homes": true, "two per cent": true, "about 180,000 homes": false} {
		fig := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(text, "lost nine out of every "), "one in "), "two per "), "about ")
		if got := ratioPart(text, fig); got != want {
			t.Errorf("ratioPart(%q, %q) = %v; want %v", text, fig, got, want)
		}
	}
	a, err := quakeEngine(t).Ask(t.Context(), "how many homes lost power")
	if err != nil {
		t.Fatal(err)
	}
	if diff := strings.Join(a.Differences, " | "); strings.Contains(diff, "ten homes") {
		t.Errorf("how many homes lost power: Differences = %q; want no \"ten homes\"", diff)
	}
	a, err = testEngine(t).Ask(t.Context(), "how many yrs would the security guarantees run for at the start")
	if err != nil {
		t.Fatal(err)
	}
	if diff := strings.Join(a.Differences, " | "); strings.Contains(diff, "four years ago") {
		t.Errorf("guarantees' years: Differences = %q; want no \"nearly four years ago\"", diff)
	}
}

// TestCheckNoFalseSupport: a claim sharing its words with a passage that
// says otherwise is not supported: where the passage denies it by a word's
// meaning ("absent"), names another doer ("led by Reyes after Ortiz
// dropped out"; "Brazil and Peru pledged to send ships" for "chile will
// send ships"), or where the claim names a capital no article names, which
// stands for its country in a question but not for where something
// happened.
func TestCheckNoFalseSupport(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Talks In Lima
---
The delegation was led by Tom Reyes after Ana Ortiz dropped out of the talks in Lima.
Foreign ministers from Peru and France met in Lima on Monday.
President Juan Soto was absent from the talks, officials said.
Rebels hold about a fifth of the northern province.
Half of the delegates left before the final session.
The final statement was not explicitly endorsed by Peru.
Chile backed the plan, as Brazil and Peru pledged to send ships to the coast.
Soto welcomed the ceasefire.
Uruguay said it would support the effort with its navy and air force, while Bolivia and Ecuador said they would not deploy troops.
Paraguay has not yet signalled whether it would accept the Lima plan.
But a promise that Brazil would send tankers, which was in the draft, was not in the statement released on Jan. 6 evening.
Soto signed a declaration that foresees Chile deploying troops after a ceasefire.
`)
	for claim, supported := range map[string]bool{
		"peru welcomed the ceasefire": false, // Soto did
		"soto welcomed the ceasefire": true,
		"chile will send ships":       false, // Brazil and Peru will
		"brazil will send ships":      true,
		// a "not" in a clause about others denies nothing of the claim's;
		// names coordinated are checked together
		"uruguay will help with its navy and air force": true,
		"ortiz and reyes led the delegation":            false,
		"peru and france met in lima":                   true,
		// nor where it asks whether, denies it in a clause that names only
		// a date, or says of the claim's speaker no words of his
		"paraguay accepted the lima plan":                  false,
		"brazil promised in the statement to send tankers": false,
		"soto said everyone is ready to send troops":       false,
		"rebels hold a fifth of the northern province":     true,
		"ortiz led the delegation":                         false,
		"reyes led the delegation":                         true,
		"juan soto was at the talks in lima":               false,
		"the talks were in paris":                          false,
		"foreign ministers met in lima":                    true,
	} {
		c, err := e.Check(t.Context(), claim)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Verdict == Supported; got != supported {
			t.Errorf("Check(%q) = %s; want supported %v", claim, c.Verdict, supported)
		}
	}
	// "jan 6 2026", typed without its comma, is one date
	if slots := e.slotsOf("the meeting was on jan 6 2026"); len(slots) != 1 || slots[0].value != "jan 6 2026" {
		t.Errorf("slotsOf(the meeting was on jan 6 2026) = %+v; want the one date", slots)
	}
	// a year with a noun after it counts that noun; a word of no substance
	// after a figure is not what it counts
	for claim, want := range map[string]slot{
		"china is sending 2000 prefab homes": {kind: KindHowMany, value: "2000 prefab homes"},
		"the death toll is over 500 now":     {kind: KindHowMany, value: "500"},
		"the bridge opened in 2000":          {kind: KindWhen, value: "2000"},
		"in 2019 engineers warned of cracks": {kind: KindWhen, value: "2019"},
	} {
		if slots := e.slotsOf(claim); len(slots) == 0 || slots[0].kind != want.kind || !strings.Contains(slots[0].value, want.value) || strings.HasSuffix(slots[0].value, "now") {
			t.Errorf("slotsOf(%q) = %+v; want first a %s slot of %q", claim, slots, want.kind, want.value)
		}
	}
	// a figure's word of scale is no noun it counts, and a claim's own verb
	// is not said twice in the question it is blanked into
	if slots := e.slotsOf(lexicon.Normalize("around 10k ppl r sleeping in the stadium")); len(slots) == 0 || slots[0].question != "how many people are sleeping in the stadium" {
		t.Errorf("slotsOf(around 10k ppl r sleeping in the stadium) = %+v; want the question how many people are sleeping in the stadium", slots)
	}
	// a day of the week is no other date than a day of the month
	day := slot{kind: KindWhen, value: "jan 6 2026"}
	if day.comparable(e, "on Wednesday") || !day.comparable(e, "Jan. 7") {
		t.Errorf("comparable(jan 6 2026): with on Wednesday %v, with Jan. 7 %v; want false, true", day.comparable(e, "on Wednesday"), day.comparable(e, "Jan. 7"))
	}
	// a fraction is a figure: half is no fifth; and what a passage says
	// in the claim's words but denies differs from it
	for _, claim := range []string{"rebels hold half of the northern province", "peru explicitly endorsed the final statement"} {
		if c, err := e.Check(t.Context(), claim); err != nil || c.Verdict != Differs {
			t.Errorf("Check(%s) = %s, %v; want %s", claim, c.Verdict, err, Differs)
		}
	}
}

// TestCheckSamePassage: a claim whose figure or time its supporting
// passage gives is not gainsaid by another figure of that passage ("5.9
// aftershock shortly before 7 a.m. on Wednesday" for "on wednesday"), nor
// a percentage by a sum ("an appeal for $310 million" for "40% covered").
func TestCheckSamePassage(t *testing.T) {
	for claim, want := range map[string]Verdict{
		"un appeal was 40% covered":                              Supported,
		"a 5.9 aftershock hit on wednesday":                      Supported,
		"the curfew is from 10pm to 6am in calama and tocopilla": Supported,
		"a 6.9 aftershock hit on wednesday":                      Differs,
	} {
		if c, err := quakeEngine(t).Check(context.Background(), claim); err != nil || c.Verdict != want {
			t.Errorf("Check(%s) = %s, %v; want %s", claim, c.Verdict, err, want)
		}
	}
}

// TestDifferenceDated: where the articles that give a figure differently
// were published on different days, each says its day, as a count that has
// moved on most often does ("more than 120 aftershocks" on the 10th, "more
// than 400" on the 11th); and a later count of the same deed is shown.
func TestDifferenceDated(t *testing.T) {
	a, err := quakeEngine(t).Ask(context.Background(), "how many aftershocks have there been")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Differences) < 2 {
		t.Fatalf("Differences = %q; want the two counts", a.Differences)
	}
	for _, d := range a.Differences {
		if !regexp.MustCompile(`\(2026-03-1[0-9]\): `).MatchString(d) {
			t.Errorf("difference %q gives no day of publication", d)
		}
	}
	// a later count of the same deed is shown though its passage matches
	// less of the question: "the death toll … has risen to 351" after
	// "214 people had been confirmed dead"
	a, err = quakeEngine(t).Ask(context.Background(), "how many ppl died")
	if err != nil {
		t.Fatal(err)
	}
	if diff := strings.Join(a.Differences, " | "); !strings.Contains(diff, "214") || !strings.Contains(diff, "351") {
		t.Errorf("how many ppl died: Differences = %q; want the 214 of the first day and the 351 of the later reports", diff)
	}
	// and the latest count answers, unless the question pins its count
	// to a time ("on the first day")
	for q, want := range map[string]string{"how many ppl died": "351", "how many died": "351", "how many were killed on the first day": "214"} {
		a, err := quakeEngine(t).Ask(context.Background(), q)
		if err != nil || !strings.Contains(a.Short, want) {
			t.Errorf("%s: Short = %q, %v; want %s", q, a.Short, err, want)
		}
	}
}

// TestFiguresPeriods: a span of centuries or decades is a figure of
// years ("half a century" is 50), its "half" no share of its own; other
// figures keep their order and scale.
func TestFiguresPeriods(t *testing.T) {
	for s, want := range map[string][]float64{
		"guarantees spanning up to half a century, though an initial 15-year term": {50, 15},
		"two decades of war and a century of mistrust":                             {20, 100},
		"about half of the total, or $1.3 billion":                                 {0.5, 1.3e9},
	} {
		if got := figures(s); !slices.Equal(got, want) {
			t.Errorf("figures(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestIncrement: a figure of an addition, or of others than one named,
// counts no total ("Denmark and six other European powers" is no other
// count of "35 coalition countries").
func TestIncrement(t *testing.T) {
	for s, want := range map[string]bool{
		"1,500 more troops": true, "another 200": true, "an additional 40 medics": true,
		"Denmark and six other European powers": true, "two other countries": true,
		"six European powers": false, "35 coalition countries": false, "the other 12": false,
	} {
		if got := increment(s); got != want {
			t.Errorf("increment(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestNoDifferenceOfAnotherDeed: another article's figure is no other
// report of the answer's when its clause lacks a word of the question
// that the answer's holds ("announce the result on June 11" is no other
// day for "when does the recount start", answered "begin on June 8"), or
// when it is an age and the answer a count.
func TestNoDifferenceOfAnotherDeed(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Recount set\npublished: 2026-06-02\n---\nThe clerk said the recount would begin on Monday, June 8, at the Exhibition Hall.\nThe candidates met on Sunday.\n",
		"---\nid: b\nheadline: Lead shrinks\npublished: 2026-06-03\n---\nThe board expects to announce the recount result on Thursday, June 11.\nThe lead shrank to 287 votes.\n",
		"---\nid: c\nheadline: Recall widens\npublished: 2026-09-13\n---\nGreystone, a business that employs about 340 people, recalled three cheeses.\nThe factory is in Kelbrook.\n",
		"---\nid: d\nheadline: First death\npublished: 2026-09-15\n---\nAn 81-year-old woman who ate Greystone cheese has died, people at the hospital said.\nShe died on Monday.\n")
	for _, q := range []string{"when does the recount start", "how many people work at greystone"} {
		if a := mustAsk(t, e, q); !a.Answered || len(a.Differences) > 0 {
			t.Errorf("%s: answered %v %q with differences %q; want an answer and none", q, a.Answered, a.Short, a.Differences)
		}
	}
}

// TestCheckUnsaidName: a claim that two people did something is not
// gainsaid by a passage that names one of them doing it and says nothing
// of the other ("Steve Witkoff, who represented Washington" for "witkoff
// and kushner represented the us"): the other is unsaid there.
func TestCheckUnsaidName(t *testing.T) {
	c, err := testEngine(t).Check(context.Background(), "witkoff and kushner represented the us")
	if err != nil || c.Verdict == Differs {
		t.Errorf("witkoff and kushner represented the us: %s, %v; want no difference", c.Verdict, err)
	}
}

// TestEntitiesDisjoint: a claim's names never overlap, however the
// articles join its words ("save wend meadows": "wend" a name, and "wend
// meadows" one too), so a claim's slots can be cut between them; such
// claims checked to panic (a recovered "internal error").
func TestEntitiesDisjoint(t *testing.T) {
	for _, cov := range []string{"tram", "ship", "strike", "flood", "airport", "bridge", "quake"} {
		c, _, err := corpus.Dir("testdata/"+cov+"/articles", corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		e := engineOver(t, c)
		pairs := slices.Sorted(maps.Keys(e.vocab.pairs))
		if cov == "tram" && !slices.Contains(pairs, "wend meadows") {
			t.Fatalf("tram: no joined pair \"wend meadows\" to check the claim that panicked")
		}
		for _, pair := range pairs {
			claim := "they say " + pair + " raised 18k from abt 600 ppl"
			ents := e.entities(claim)
			for i := range ents {
				for j := range ents {
					if i != j && ents[i].start < ents[j].end && ents[j].start < ents[i].end {
						t.Errorf("%s: entities(%q) overlap: %q and %q", cov, claim, claim[ents[i].start:ents[i].end], claim[ents[j].start:ents[j].end])
					}
				}
			}
			if _, err := e.Check(t.Context(), claim); err != nil && !errors.Is(err, ErrInvalidQuestion) {
				t.Errorf("%s: Check(%q) = %v", cov, claim, err)
			}
		}
	}
}

// TestCheckTimeOfDay: a claim's time of day that the blanked question
// finds no answer for is decided by the claim's own passage, where it
// holds the rest of the claim: another time differs, the same does not.
func TestCheckTimeOfDay(t *testing.T) {
	e := engineOfText(t, `---
id: q
headline: Quake
---
Rescuers searched collapsed blocks in Calama on Wednesday.

The quake hit at 4:52 a.m. local time, when most families were asleep.
`)
	checkVerdicts(t, e, map[string]Verdict{
		"the quake hit calama at like 3am local time": Differs, // (the blanked question is declined: its passage names no Calama)
		"the quake hit at 4:52am local time":          Supported,
	})
	// a passage that gives the claim's own time as well as another
	// gainsays nothing
	other := engineOfText(t, `---
id: q
headline: Quake
---
Rescuers searched collapsed blocks in Calama on Wednesday.

The quake hit at 3 a.m. local time, an hour after a foreshock at 2 a.m.
`)
	if c, err := other.Check(t.Context(), "the quake hit calama at like 3am local time"); err != nil || c.Verdict == Differs {
		t.Errorf("Check(the quake hit calama at like 3am local time) = %s, %v; want no difference (the passage says 3 a.m.)", c.Verdict, err)
	}
}

// TestCheckBareFigure: a claim's figure that counts no noun ("a magnitude
// 7.8") is compared with the figure its frame's answer gives (on the
// quake coverage: "A magnitude 7.1 earthquake struck …").
func TestCheckBareFigure(t *testing.T) {
	checkVerdicts(t, quakeEngine(t), map[string]Verdict{
		"the chile quake was a magnitude 7.8": Differs,
		"the chile quake was a magnitude 7.1": Supported,
	})
}

// checkVerdicts checks each claim of want against e and reports those
// whose verdict differs.
func checkVerdicts(t *testing.T, e *Engine, want map[string]Verdict) {
	t.Helper()
	for claim, v := range want {
		c, err := e.Check(t.Context(), claim)
		if err != nil {
			t.Fatal(err)
		}
		if c.Verdict != v {
			t.Errorf("Check(%q) = %s; want %s", claim, c.Verdict, v)
		}
	}
}
