package qa

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// The follow-up pairs (testdata/followups.jsonl) and claims
// (testdata/claims.jsonl) were written by a helper who read the articles,
// not the code, on both the summit articles and the quake coverage
// (testdata/quake, a copy of ../shared/transfer/quake/articles).

type followUpCase struct {
	ID       string   `json:"id"`
	Corpus   string   `json:"corpus"`
	Prev     string   `json:"prev"`
	Q        string   `json:"q"`
	Resolved string   `json:"resolved"`
	Any      []any    `json:"any"`
	Docs     []string `json:"docs"`
}

type claimCase struct {
	ID      string   `json:"id"`
	Corpus  string   `json:"corpus"`
	Claim   string   `json:"claim"`
	Verdict Verdict  `json:"verdict"`
	Any     []any    `json:"any"`
	Docs    []string `json:"docs"`
}

// engines returns an engine for each corpus a case names.
func engines(t testing.TB) map[string]*Engine {
	return map[string]*Engine{"summit": testEngine(t), "quake": quakeEngine(t)}
}

// hitOK reports whether a passage holds a case's gold, in one of its
// articles.
func hitOK(h Hit, anyOf []any, docs []string) bool {
	docOK := len(docs) == 0
	for _, d := range docs {
		docOK = docOK || h.Article.ID == d
	}
	return docOK && len(h.Text) <= maxPassageBytes && satisfies(h.Text, questionCase{Any: anyOf})
}

// followUpScores are the shares of follow-ups whose first (hit1) or one of
// whose first three passages (hit3) holds the gold, read with the previous
// question (after), alone (alone: the baseline without context) and as the
// writer resolved it by hand (resolved: the ceiling).
type followUpScores struct{ after1, after3, alone1, resolved1 float64 }

func scoreFollowUps(t *testing.T, es map[string]*Engine, cases []followUpCase) followUpScores {
	t.Helper()
	var s followUpScores
	ctx := context.Background()
	for _, c := range cases {
		e := es[c.Corpus]
		if e == nil {
			t.Fatalf("%s: no corpus %q", c.ID, c.Corpus)
		}
		a, err := e.AskAfter(ctx, c.Q, c.Prev)
		if err != nil {
			t.Fatalf("AskAfter(%q, %q): %v", c.Q, c.Prev, err)
		}
		top := "(none)"
		if len(a.Passages) > 0 {
			top = a.Passages[0].Text
		}
		if len(a.Passages) > 0 && hitOK(a.Passages[0], c.Any, c.Docs) {
			s.after1++
		} else {
			t.Logf("miss %s: %q after %q read as %q → %.100s", c.ID, c.Q, c.Prev, a.Question, top)
		}
		for i := 0; i < 3 && i < len(a.Passages); i++ {
			if hitOK(a.Passages[i], c.Any, c.Docs) {
				s.after3++
				break
			}
		}
		if b, err := e.Ask(ctx, c.Q); err == nil && len(b.Passages) > 0 && hitOK(b.Passages[0], c.Any, c.Docs) {
			s.alone1++
		}
		if b, err := e.Ask(ctx, c.Resolved); err == nil && len(b.Passages) > 0 && hitOK(b.Passages[0], c.Any, c.Docs) {
			s.resolved1++
		}
	}
	n := float64(max(len(cases), 1))
	return followUpScores{s.after1 / n, s.after3 / n, s.alone1 / n, s.resolved1 / n}
}

// TestFollowUps holds follow-up resolution to the figures reached on the
// pairs of testdata/followups.jsonl (the README gives the first-seen ones).
func TestFollowUps(t *testing.T) {
	holdFollowUps(t, "follow-ups", "testdata/followups.jsonl", engines(t), 40, minFollowUpHit1, true)
}

// holdFollowUps scores the follow-up pairs of file, logs the figures under
// label, and fails below minPairs pairs, below the floor for hit1 after
// the previous question, or, where contextHelps, at or below hit1 asked
// alone.
func holdFollowUps(t *testing.T, label, file string, es map[string]*Engine, minPairs int, floor float64, contextHelps bool) {
	t.Helper()
	cases := readJSONL[followUpCase](t, file)
	if len(cases) < minPairs {
		t.Fatalf("%s: %d pairs; want at least %d", label, len(cases), minPairs)
	}
	got := scoreFollowUps(t, es, cases)
	t.Logf("%s (%d): after hit1 %.3f hit3 %.3f; alone hit1 %.3f; hand-resolved hit1 %.3f",
		label, len(cases), got.after1, got.after3, got.alone1, got.resolved1)
	if got.after1 < floor {
		t.Errorf("%s hit1 = %.3f (alone %.3f); want ≥ %.3f", label, got.after1, got.alone1, floor)
	}
	if contextHelps && got.after1 <= got.alone1 {
		t.Errorf("%s hit1 %.3f with the previous question, %.3f without; want the context to help", label, got.after1, got.alone1)
	}
}

// minFollowUpHit1 is the floor for follow-ups, below the figure reached.
const minFollowUpHit1 = 0.58

// checkScores are the share of claims given the right verdict, and of
// those supported or differing whose first passage of that kind holds the
// gold.
type checkScores struct{ verdict, evidence float64 }

func scoreClaims(t *testing.T, es map[string]*Engine, cases []claimCase) checkScores {
	t.Helper()
	var right, evid, withEvid float64
	for _, c := range cases {
		e := es[c.Corpus]
		if e == nil {
			t.Fatalf("%s: no corpus %q", c.ID, c.Corpus)
		}
		got, err := e.Check(context.Background(), c.Claim)
		if err != nil {
			t.Fatalf("Check(%q): %v", c.Claim, err)
		}
		if got.Verdict == c.Verdict {
			right++
		} else {
			t.Logf("miss %s: %q is %s; want %s (%d supporting, %d differing: %v)", c.ID, c.Claim, got.Verdict, c.Verdict, len(got.Supporting), len(got.Differing), got.Differences)
		}
		if c.Verdict == NotCovered {
			continue
		}
		withEvid++
		list := got.Supporting
		if c.Verdict == Differs {
			list = append(got.Differing, got.Supporting...)
		}
		if len(list) > 0 && hitOK(list[0], c.Any, c.Docs) {
			evid++
		} else if got.Verdict == c.Verdict {
			t.Logf("evidence miss %s: %q", c.ID, c.Claim)
		}
	}
	return checkScores{right / float64(max(len(cases), 1)), evid / max(withEvid, 1)}
}

// TestClaims holds claim checks to the figures reached on
// testdata/claims.jsonl (supported, differing by a figure, date or name,
// and not covered).
func TestClaims(t *testing.T) {
	cases := readJSONL[claimCase](t, "testdata/claims.jsonl")
	if len(cases) < 30 {
		t.Fatalf("%d claims; want at least 30", len(cases))
	}
	got := scoreClaims(t, engines(t), cases)
	t.Logf("claims (%d): verdict %.3f evidence %.3f", len(cases), got.verdict, got.evidence)
	if got.verdict < minClaimVerdict || got.evidence < minClaimEvidence {
		t.Errorf("claims: verdict %.3f, evidence %.3f; want ≥ %.3f, ≥ %.3f", got.verdict, got.evidence, minClaimVerdict, minClaimEvidence)
	}
}

// TestFollowUpsFresh measures follow-ups on the six coverages the
// development pairs are not about: 48 pairs, eight a coverage, written with
// their answers by a helper who read only the articles
// (testdata/followups2.jsonl). The figures are logged and held to floors
// below them.
func TestFollowUpsFresh(t *testing.T) {
	holdFollowUps(t, "fresh follow-ups", "testdata/followups2.jsonl", coverageEngines(t), 40, minFreshFollowUpHit1, true)
}

// minFreshFollowUpHit1 is the floor for follow-ups on other coverages,
// below the figure reached.
const minFreshFollowUpHit1 = 0.39

// TestFollowUpsThird measures follow-ups on 52 pairs written after the
// follow-up model was built, by a helper who read only the articles of the
// eight coverages (testdata/followups3.jsonl: ellipsis, pronouns, "why"
// and "who else", bare noun phrases, and one in eight a question that
// stands alone). No rule was written or fitted on them; they are read as
// counts only (the misses are logged, but nobody mending follow-ups reads
// them). First seen: hit1 0.538 with the previous question, 0.596 without
// it, so unlike the other sets the context is not required to help here;
// the figure is held to a floor below the first-seen one.
func TestFollowUpsThird(t *testing.T) {
	holdFollowUps(t, "third follow-ups", "testdata/followups3.jsonl", coverageEngines(t), 50, minThirdFollowUpHit1, false)
}

// minThirdFollowUpHit1 is the floor for the follow-ups written last,
// below the first-seen figure.
const minThirdFollowUpHit1 = 0.5

// coverageEngines are engines over the summit, the quake and the six
// coverages under testdata, by name.
func coverageEngines(t *testing.T) map[string]*Engine {
	es := engines(t)
	for _, cov := range []string{"tram", "ship", "strike", "flood", "airport", "bridge"} {
		c, _, err := corpus.Dir("testdata/"+cov+"/articles", corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		es[cov] = engineOver(t, c)
	}
	return es
}

// TestClaimsFresh measures claim checks on claims they were not built on:
// 96, twelve on each of eight coverages (five the articles support, five
// they contradict by a figure, date, place or name, two they do not
// cover), written with their verdicts and the article sentence that
// decides them by a helper who read only the articles
// (testdata/claims2.jsonl). The figures are logged and held to floors
// below them.
func TestClaimsFresh(t *testing.T) {
	cases := readJSONL[claimCase](t, "testdata/claims2.jsonl")
	got := scoreClaims(t, coverageEngines(t), cases)
	t.Logf("fresh claims (%d): verdict %.3f evidence %.3f", len(cases), got.verdict, got.evidence)
	if got.verdict < minFreshClaimVerdict || got.evidence < minFreshClaimEvidence {
		t.Errorf("fresh claims: verdict %.3f, evidence %.3f; want ≥ %.3f, ≥ %.3f", got.verdict, got.evidence, minFreshClaimVerdict, minFreshClaimEvidence)
	}
}

// The floors for claim checks on fresh claims, below the figures reached.
const (
	minFreshClaimVerdict  = 0.6
	minFreshClaimEvidence = 0.45
)

// The floors for claim checks, below the figures reached.
const (
	minClaimVerdict  = 0.775 // 0.8 since a claim's paraphrase of a word no article uses is checked: see git log
	minClaimEvidence = 0.55
)

// FuzzConversation feeds AskAfter and Check anything: they answer, or
// refuse with ErrInvalidQuestion, and never fail otherwise (a recovered
// panic would be an "internal error").
func FuzzConversation(f *testing.F) {
	for _, s := range [][2]string{
		{"who refused to deploy troops?", "and germany?"}, {"", "why?"}, {"\xff", "what about the uk"},
		{"what did Macron say?", "did he say anything else"}, {"how many 35 35?", "how many?"},
		{"and", "and"}, {"who who who", "what about"}, {"in which in which", "there there"},
		{"35 countries attended", "only 20 heads of state of of of"}, {strings.Repeat("a ", 400), "9 yr old 2,000 $1.3 billion"},
	} {
		f.Add(s[0], s[1])
	}
	e := testEngine(f)
	f.Fuzz(func(t *testing.T, prev, q string) {
		ctx := context.Background()
		a, err := e.AskAfter(ctx, q, prev, q)
		if err != nil && !errors.Is(err, ErrInvalidQuestion) {
			t.Fatalf("AskAfter(%q, %q) error = %v", q, prev, err)
		}
		if err == nil {
			checkAnswer(t, q, a)
		}
		if _, err := e.Check(ctx, prev+" "+q); err != nil && !errors.Is(err, ErrInvalidQuestion) {
			t.Fatalf("Check(%q) error = %v", prev+" "+q, err)
		}
	})
}

// TestAskAfterLongPrevious: a follow-up read after a question that uses up
// the room is still taken, cut to fit.
func TestAskAfterLongPrevious(t *testing.T) {
	e := testEngine(t)
	long := "who refused to deploy troops " + strings.Repeat("é", 480) + "?"
	if len(long) > MaxQuestionBytes || len(long) < MaxQuestionBytes-20 {
		t.Fatalf("setup: %d bytes", len(long))
	}
	if _, err := e.AskAfter(context.Background(), "why?", long); err != nil {
		t.Errorf("AskAfter(why?, %d bytes) = %v; want it taken", len(long), err)
	}
	if got := fit(strings.Repeat("é", 600), 11); got != strings.Repeat("é", 5) {
		t.Errorf("fit = %q; want five whole characters", got)
	}
}

// TestResolve shows how follow-ups are read: the previous question's frame
// with the new name in place of the one of its kind, the new question word
// over the previous subject (with its answer where it asked who), pronouns
// for what came before, and a question with its own subject as typed.
func TestResolve(t *testing.T) {
	e := testEngine(t)
	for _, c := range []struct{ prev, q, want string }{
		{"did Croatia send troops?", "and germany?", "did germany send troops?"},
		{"did Croatia send troops?", "what about the uk", "did uk send troops?"},
		{"r france n the uk sending troops", "and germany?", "are germany sending troops"}, // the names coordinated, replaced together
		{"did France and Britain pledge troops", "what about germany", "did germany pledge troops"},
		{"did macron sign the declaration", "what does it say", "what does the declaration say"}, // after yes or no, "it" is what was asked about, not the answer's words
		{"what did Starmer announce?", "what about Merz", "what did Merz announce?"},
		{"how many troops will Britain send?", "and ships?", "how many ships will Britain send?"},
		{"who refused to deploy troops?", "why?", "why Croatia and the Czech Republic refused to deploy troops"},
		{"where was the summit held?", "when?", "when was the summit held"},
		{"which countries will lead the force?", "how many?", "how many countries will lead the force"},
		{"how many people have died?", "and how many were injured?", "how many people were injured"},
		{"how many ppl died", "and injured", "how many people injured"},                                               // a deed alone takes the place of the deed, not of who did it
		{"did anyone abstain in the harwick tram vote", "why tho", "why did anyone abstain in the harwick tram vote"}, // "tho": chat, no word of what is asked
		{"how much is the harwick tram gonna cost", "and who pays for it?", "who pays for the harwick tram"},          // "it": the subject, not what was asked of it
		{"how much fuel leaked from the ship", "any wildlife affected?", "any wildlife affected?"},                    // a question of its own, its "was" left out
		// after "how much" of a deed, "it" is what the deed gave, not who gave it
		{"how much did the eu pledge", "when was it announced", "when was the eu pledge announced"},
		{"how much aid did the eu pledge", "when was it announced", "when was the eu aid announced"},
		// a count's noun after a subject of its own is its verb's object, and ends the clause
		{"how many troops did macron say france could send", "when", "when did macron say france could send troops"},
		{"how many troops will britain send?", "when?", "when will britain send troops"},
		{"how many people have died?", "when?", "when have people died"},
		// "who else" with an adjective (misspelt) asks of its own predicate, past the previous answer
		{"which countries said they wont send troops", "who else was hesitent", "who was hesitent"},
		// "there" is in the place, not the place: "who was Paris" would ask who Paris is
		{"did the US delegation meet Macron in Paris", "who else was there", "who was in Paris"},
		// a follow-up's own verb with "there" filled asks of the place, the
		// previous question's other words not carried too (fu97)
		{"did macron meet zelensky in paris", "what happened there", "what happened in paris"},
		// an existential "there" says that something is, not where, and
		// names its own subject (final re-read RJ J9)
		{"did macron meet zelensky in paris", "is there a deal", "is there a deal"},
		{"did macron meet zelensky in paris", "was there any agreement", "was there any agreement"},
		{"did macron meet zelensky in paris", "was putin there", "was putin in paris"},
		// an adverb or a time after it is no subject: "there" is the place
		// (final re-read RN1); each "there" read in its place (RN4)
		{"did macron meet zelensky in paris", "who was there today", "who was in paris today"},
		{"where did macron meet zelensky", "are there protesters there", "are there protesters in Elysee Palace"},
		// "why there" with the place the previous question's own: that
		// question's clause whole (final re-read RJ J8)
		{"did macron meet zelensky in paris", "why there", "why did macron meet zelensky in paris"},
		// an indefinite that is a person (WordNet's "someone") asks who, not what (fu97)
		{"who represented the us at the summit", "wasnt someone else suposed to go", "who wasn't suposed to go"},
		{"who represented the us at the summit", "wasnt anyone else suposed to go", "who wasn't suposed to go"},
		{"how many were killed", "what about injured", "how many were injured"},
		{"what did Macron say about the force?", "did he say anything else", "what did Macron say"},
		{"whos Witkoff", "what did he say?", "what did Witkoff say"},
		// a name of two words put in is not carried again; "who is he" asks of him alone
		{"who is jared kushner", "what did he say", "what did jared kushner say"},
		{"what did kushner say", "who is he", "who is kushner"},
		{"what did kushner say", "wait who is he", "who is kushner"}, // chat's "wait" opens a follow-up, as "ok" does
		{"who refused to deploy troops?", "and?", "who refused to deploy troops?"},
		{"who hosted the summit?", "who is Jared Kushner?", "who is Jared Kushner?"},
		// after "who …", "it" is the thing the question spoke of, not the people it found
		{"who signed the declaration of intent", "what does it say", "what does the declaration of intent say"},
		{"", "who refused to deploy troops?", "who refused to deploy troops?"},
		// a whole question of its own noun phrase stands alone, however few
		// its words of substance
		{"when did the summit start", "where was the meeting", "where was the meeting"},
		// after a question answered by a figure, a time or a place, "it" is
		// what that question asked about, not its answer
		{"how long would the guarantees last", "who has to approve it", "who has to approve the guarantees last"},
		// a word mostly a verb after a determiner or an adjective is the
		// subject's noun ("the first *attempt*")
		{"when was the first attempt to refloat the ship", "why didnt it work", "why didn't the first attempt work"},
		{"when did the average fall", "why did it fall", "why did the average fall"}, // (the last word is the verb)
		// "them" after a question that names only places is the plural
		// noun it spoke of, with its words
		{"why are the keldhaven dockers on strike", "what did kct offer them", "what did kct offer the keldhaven dockers"},
		{"what did france and the uk pledge", "what did they say", "what did france and uk say"}, // (no plural noun: the places, as before)
		{"how many homes were flooded", "what did they say", "what did homes say"},               // not the question's words before it
		{"how strong was the ceasefire", "how long was it", "how long was the ceasefire"},
		// but "where is that" after "where …" asks where the place that
		// answered lies
		{"where did zelensky meet macron", "where is it", "where is Elysee Palace"},
		{"where was the summit held", "when was that", "when was the summit"},
		// "source?" asks the previous question again: its answer cites
		{"who refused to deploy troops?", "source?", "who refused to deploy troops?"},
		{"who refused to deploy troops?", "whats the source pls", "who refused to deploy troops?"},
		// a preposition and a question word alone ask the previous question so
		{"how much will the authority claim", "from who", "from who the authority claim"},
		// a time the follow-up gives takes the place of the previous one's,
		// or comes after it
		{"how many ships were waiting on monday", "and on thursday?", "how many ships were waiting on thursday"},
		{"how many ships were stuck", "and on tuesday?", "how many ships were stuck on tuesday"},
		// a phrase of the follow-up takes the place of the previous one's
		// of the same preposition, a place one of any place one's; "in"
		// before a place is no time
		{"how high did the river get at brackenford", "and in port lisle?", "how high did the river get in port lisle"},
		{"what do passengers get for cancelled flights", "and for long flights?", "what do passengers get for long flights"},
		{"how many ships were stuck in the canal", "and in june?", "how many ships were stuck in the canal in june"},
		// an event or a part of a day after its preposition is a time
		// still; a phrase replaced ends at the verb after it
		{"how many ships were waiting", "and after the storm?", "how many ships were waiting after the storm"},
		{"how many people were evacuated in kessby", "and in the morning?", "how many people were evacuated in kessby in the morning"},
		{"how many people in kessby lost power", "and in brackenford?", "how many people in brackenford lost power"},
		// a word of the follow-up takes the place of the previous
		// question's word nearest it in meaning
		{"when did buses go back on the bridge", "and cars?", "when did cars go back on the bridge"},
		{"did trucks cross the bridge on monday", "and cars?", "did cars cross the bridge on monday"},
		// "who else" with a verb of its own asks that, past the answer before
		{"who is the salvage master", "who else was quoted", "who was quoted"},
		// a correction asks the previous question of what follows it
		{"what did Starmer say", "sorry i meant macron", "what did macron say"},
		{"what did Croatia pledge", "no i meant germany", "what did germany pledge"},
		// a thing's pronoun after a count stands for what the count's verb
		// is done to, not the clause (after "how much", the mass it
		// measures); where that is nothing (a phrasal verb's own words no
		// object), a phrase a preposition opens or a plural, for the event
		// the articles report, "it" kept (re-read 28A F5, F6)
		{"how many countries attended the summit", "who hosted it", "who hosted the summit"},
		{"how many attended the summit", "who hosted it", "who hosted the summit"},
		{"how much aid went to ukraine", "who sent it", "who sent aid"},
		{"how many countries took part", "who hosted it", "who hosted it"},
		{"how many countries came", "where was it", "where was it"},
		{"how many leaders met in paris", "who hosted it", "who hosted it"},
		{"how many countries pledged troops", "when was it announced", "when was it announced"},
		// the object after the clause's own verb; a preposition skipped only
		// before a determiner, the plural read on the head (final re-read RG G2)
		{"how many countries pledged troops for the force", "when was it announced", "when was it announced"},
		{"how many countries sent troops to ukraine", "when did it start", "when did it start"},
		{"how many troops went to ukraine", "who paid for it", "who paid for it"},
	} {
		if got := e.Resolve(context.Background(), c.q, c.prev); got != c.want {
			t.Errorf("Resolve(%q after %q) = %q; want %q", c.q, c.prev, got, c.want)
		}
	}
	// "the us" typed in lower case is the country a follow-up replaces
	// a follow-up typed as on a chat reads as typed tidily
	for chat, tidy := range map[string]string{"r u sure?": "are you sure?", "wat abt germany": "what about germany", "n the uk?": "and the uk?"} {
		if got, want := e.Resolve(context.Background(), chat, "did Croatia send troops?"), e.Resolve(context.Background(), tidy, "did Croatia send troops?"); got != want {
			t.Errorf("Resolve(%q) = %q; want %q, as for %q", chat, got, want, tidy)
		}
	}
	if got, want := e.Resolve(context.Background(), "and japan?", "how much did the us pledge"), "how much did the japan pledge"; got != want {
		t.Errorf("Resolve(and japan? after how much did the us pledge) = %q; want %q: japan in place of the us", got, want)
	}
	// "there" is where something happened ("in paris"), not a place that
	// qualifies a noun ("the us delegation")
	if got := e.Resolve(context.Background(), "who else was there", "did the US delegation meet Macron in Paris"); !strings.Contains(got, "Paris") {
		t.Errorf("Resolve(who else was there after … in paris) = %q; want Paris", got)
	}
	// "there" is not put for a place the follow-up names itself
	if got := e.Resolve(context.Background(), "who else was there from the us", "who led the us delegation"); strings.Count(strings.ToUpper(got), "US")+strings.Count(strings.ToUpper(got), "U.S.") > 1 {
		t.Errorf("Resolve(who else was there from the us) = %q; names the US twice", got)
	}
	// nor is a name put in carried again after its possessive
	if got := quakeEngine(t).Resolve(context.Background(), "how big is his family", "who is hector choque"); strings.Count(strings.ToLower(got), "choque") > 1 {
		t.Errorf("Resolve(how big is his family after who is hector choque) = %q; names him twice", got)
	}
	// a name typed in lower case in words the articles write as one name
	// ("world bank") is replaced whole; "his" is the person's
	q := quakeEngine(t)
	for _, c := range []struct{ prev, q, want string }{
		{"how much did the world bank give", "and japan?", "how much did the japan give"},
		// "his team" is the team his description leads ("the Japanese team
		// leader"): follow-up pair f36 of followups.jsonl, word for word, kept
		// as a pin of the rule on real coverage (its own test, on made-up
		// articles, is TestPossessiveDescribed)
		{"who is kenji morimoto", "where was his team sent", "where was the Japanese team sent"},
		// "it" is the object of the previous yes/no question's verb, past
		// a subject of several words and its article ("the world bank")
		{"did the world bank give a loan", "how big was it", "how big was a loan"},
		{"did japan send a rescue team", "when did it arrive", "when did a rescue team arrive"},
		{"did the rescue crew use a drone", "how big was it", "how big was a drone"},         // "use" no verb by WordNet's counts: the article opens the object
		{"what is the tap water situation", "is it safe", "is the tap water situation safe"}, // the subject where "it" stood
	} {
		if got := q.Resolve(context.Background(), c.q, c.prev); got != c.want {
			t.Errorf("Resolve(%q after %q) = %q; want %q", c.q, c.prev, got, c.want)
		}
	}
}

func TestIsAux(t *testing.T) {
	for w, want := range map[string]bool{"was": true, "wasn't": true, "wasnt": true, "won't": true, "can't": true,
		"r": true, "dont": true, "troops": false, "wont": true, "n't": false, "": false, "shan't": true} {
		if got := isAux(w); got != want {
			t.Errorf("isAux(%q) = %v; want %v", w, got, want)
		}
	}
}

// probeClaim is a claim a helper wrote from the articles alone while
// probing the bot, with whether the articles state it (note: what they
// say instead).
type probeClaim struct {
	ID     string `json:"id"`
	Corpus string `json:"corpus"`
	Claim  string `json:"claim"`
	Stated bool   `json:"stated"`
	Note   string `json:"note"`
}

// TestClaimsProbe holds, on testdata/claims_probe.jsonl (65 claims, 27 of
// them stated by the articles, the others false or not covered), the share
// of stated claims supported and of the others not supported: a moderator
// trusts "supported" only if a false claim seldom gets it.
func TestClaimsProbe(t *testing.T) {
	cases := readJSONL[probeClaim](t, "testdata/claims_probe.jsonl")
	es := engines(t)
	var stated, statedOK, other, otherOK float64
	for _, c := range cases {
		got, err := es[c.Corpus].Check(t.Context(), c.Claim)
		if err != nil {
			t.Fatalf("Check(%q): %v", c.Claim, err)
		}
		supported := got.Verdict == Supported
		if c.Stated {
			stated++
			if supported {
				statedOK++
			}
		} else {
			other++
			if !supported {
				otherOK++
			} else {
				t.Logf("supported %s: %q (%s)", c.ID, c.Claim, c.Note)
			}
		}
	}
	s, o := statedOK/max(stated, 1), otherOK/max(other, 1)
	t.Logf("probe claims: stated %d supported %.3f; false or not covered %d not supported %.3f", int(stated), s, int(other), o)
	if s < minProbeStated || o < minProbeOther {
		t.Errorf("probe claims: stated supported %.3f, others not supported %.3f; want ≥ %.2f, ≥ %.2f", s, o, minProbeStated, minProbeOther)
	}
}

// The floors for the probe's claims, below the figures reached (0.741 and
// 0.842; 0.816 before "whether", a date's clause and "X said" were read; 0.704 stated before "half a century" was read as 50 years, 0.789 before a claim's doer had to be the passage's, 0.704 and
// 0.684 before a passage that gainsays a claim, or holds
// a word the articles use only as one near in meaning, stopped supporting
// it). The second floor sits within one claim of its figure: a claim
// checked against the answering sentence joined to its neighbour
// (withNeighbour) took it to 0.816.
const (
	minProbeStated = 0.65
	minProbeOther  = 0.83
)

// TestSubstituteOne: "one" in a follow-up stands for the previous
// question's article noun, its modifier for the one before it.
func TestSubstituteOne(t *testing.T) {
	e := quakeEngine(t)
	for _, tc := range []struct{ prev, f, want string }{
		{"who wrote the donors article", "the stadium one", "who wrote the stadium article"},
		{"when was the pledge article published", "the framework one", "when was the framework article published"},
	} {
		if got := e.substitute(tc.prev, tc.f); got != tc.want {
			t.Errorf("substitute(%q, %q) = %q; want %q", tc.prev, tc.f, got, tc.want)
		}
	}
}

// TestFollowUpUS: "and the us?" names the country, as a question's "us"
// does, not the pronoun, which says nothing.
func TestFollowUpUS(t *testing.T) {
	e := testEngine(t)
	if got := e.Resolve(t.Context(), "and the us?", "what did france commit"); got != "what did US commit" {
		t.Errorf("Resolve(and the us?) = %q; want %q", got, "what did US commit")
	}
}

// TestFollowUpAsksOfOther: after a "who" question, a follow-up naming
// someone else asks whether they did it, a question in English order, not
// a statement; "are you sure" then puts what was found to be checked.
func TestFollowUpAsksOfOther(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct{ prev, f, want string }{
		{"who refused to deploy troops", "and the us?", "did US refuse to deploy troops"},
		{"who leads the monitoring mission", "what about france", "does france lead the monitoring mission"},
		{"who is sending troops", "and japan?", "is japan sending troops"},
		{"who has to sign off", "what about the kremlin", "does kremlin have to sign off"},
	} {
		if got := e.Resolve(t.Context(), tc.f, tc.prev); got != tc.want {
			t.Errorf("Resolve(%q after %q) = %q; want %q", tc.f, tc.prev, got, tc.want)
		}
	}
	a, err := e.AskAfter(t.Context(), "r u sure?", "who refused to deploy troops")
	if err != nil || a.Verdict == "" {
		t.Errorf("\"r u sure?\" after \"who refused to deploy troops\": verdict %q, %v; want one", a.Verdict, err)
	}
}

// TestFollowUpTakesWhatWasFound: "that" in a follow-up stands for what the
// previous question found, not the clause its short answer is shown in.
func TestFollowUpTakesWhatWasFound(t *testing.T) {
	e := testEngine(t)
	prev := "what did macron say happened for the first time"
	got := e.Resolve(context.Background(), "what does that mean", prev)
	if !strings.Contains(got, "operational convergence") || strings.Contains(got, "coalition countries") {
		t.Errorf("Resolve(what does that mean, after %q) = %q; want the thing found, operational convergence, alone", prev, got)
	}
}

// TestFollowUpAsksWhoANameIs: "who is Merz?" after "what did Merz say?" is
// a whole question, though the name stood in the previous one; it was
// read into the previous one as "who is Merz say".
func TestFollowUpAsksWhoANameIs(t *testing.T) {
	e := testEngine(t)
	for _, c := range []struct{ q, prev string }{
		{"who is Merz?", "what did Merz say?"},
		{"who is merz", "what did merz say about troops"},
		{"what is the coalition of the willing", "who leads the coalition of the willing"},
		{"what is nato", "what did nato say"}, // a name the articles write with capitals, typed without
	} {
		if got := e.Resolve(context.Background(), c.q, c.prev); got != c.q {
			t.Errorf("Resolve(%q after %q) = %q; want it as asked", c.q, c.prev, got)
		}
	}
}

// TestFollowUpHowManyOfThem: "how many of them" counts what the previous
// question asked for, not the names that answered it.
func TestFollowUpHowManyOfThem(t *testing.T) {
	if got := testEngine(t).Resolve(context.Background(), "how many of them", "which countries pledged troops"); got != "how many countries pledged troops" {
		t.Errorf("Resolve(how many of them after which countries pledged troops) = %q; want how many countries pledged troops", got)
	}
}

// TestFollowUpOwnVerb: a follow-up that puts its own verb after a pronoun
// ("what did he say", "why did they refuse") asks that of whom the pronoun
// stands for; the previous question's words after its verb are not added
// ("what did Macron say hosted the summit"), but its object is where the
// verb is the same and the question word does not ask for the object.
func TestFollowUpOwnVerb(t *testing.T) {
	e := testEngine(t)
	for _, c := range []struct{ q, prev, want, not string }{
		{"what did he say", "who hosted the summit", "Macron say", "hosted"},
		{"what did they sign", "who signed the declaration of intent", "Starmer sign", "signed"},
		{"why did they refuse", "who refused to deploy troops", "Czech Republic refuse to deploy troops", "refused"},
	} {
		got := e.Resolve(context.Background(), c.q, c.prev)
		if !strings.HasSuffix(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("Resolve(%q after %q) = %q; want it to end %q", c.q, c.prev, got, c.want)
		}
	}
}

// TestTellMeMore: "tell me more", "more pls", "can you elaborate" after an
// answer ask for more of it, as "anything else?" does: an answer past the
// previous one, not the previous question with "tell me" put in it.
func TestTellMeMore(t *testing.T) {
	e := testEngine(t)
	prev := "who refused to deploy troops"
	first, err := e.Ask(context.Background(), prev)
	if err != nil || len(first.Passages) == 0 {
		t.Fatalf("Ask(%q): %v, %d passages", prev, err, len(first.Passages))
	}
	for _, q := range []string{"tell me more", "more pls", "can you elaborate"} {
		if got := e.Resolve(context.Background(), q, prev); got != prev {
			t.Errorf("Resolve(%q after %q) = %q; want the previous question", q, prev, got)
		}
		a, err := e.AskAfter(context.Background(), q, prev)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Passages) > 0 && a.Passages[0].Text == first.Passages[0].Text || a.Short != "" && a.Short == first.Short {
			t.Errorf("AskAfter(%q): short %q; want past the previous answer (%q)", q, a.Short, first.Short)
		}
	}
}

// TestPersonInAnswer: "she" after a question whose answer names its person
// among other words is the name, not the answer's words around it.
func TestPersonInAnswer(t *testing.T) {
	e := testEngine(t)
	a := &Answer{Answered: true, Short: "Prime Minister Keir Starmer said on Tuesday"}
	if got := e.personIn("what did the british pm say about the talks", func() *Answer { return a }); got != "Prime Minister Keir Starmer" {
		t.Errorf("personIn = %q; want the name, Prime Minister Keir Starmer", got)
	}
}
