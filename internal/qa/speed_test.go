package qa

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/index"
)

// The speed mends must not change what they compute: each test here holds
// a shortcut to the long way round it skips.

// TestNearTable: every passage's vector stands in the meaning channel's
// table, in the articles' order, as sentenceVector reads it, and the
// passage's facts read it there; nearPassages over the table returns the
// passages nearest the question by the long way (every passage's cosine,
// then its nearness), none of bleve's.
func TestNearTable(t *testing.T) {
	e := testEngine(t)
	tb := e.near
	if tb == nil {
		t.Fatal("no table for five articles")
	}
	row := 0
	for _, a := range e.c.Articles {
		for i, p := range a.Passages {
			if r := tb.rows[row]; r.a != a || r.seq != i {
				t.Fatalf("row %d is %s#%d, want %s#%d", row, r.a.ID, r.seq, a.ID, i)
			}
			want := sentenceVector(p.Text, e.common)
			got := e.facts[a][i].vec
			if !slices.Equal(got, want) || tb.has[row] != (want != nil) {
				t.Fatalf("%s#%d: vector in the facts %v, has %v; want %v", a.ID, i, got != nil, tb.has[row], want != nil)
			}
			if want != nil && &got[0] != &tb.vecs[row*tb.dims] {
				t.Fatalf("%s#%d: the facts' vector is not the table's row", a.ID, i)
			}
			row++
		}
	}
	// a question worded apart from any passage: bleve's hits are few
	q := e.analyse("which nations might send soldiers to keep the peace")
	hits := []index.Hit{{Article: e.c.Articles[0].ID, Seq: 0, Score: 1}}
	got := e.nearPassages(&q, hits)
	var all []scored
	for _, a := range e.c.Articles {
		for i := range a.Passages {
			if a.ID == hits[0].Article && i == hits[0].Seq {
				continue
			}
			all = append(all, scored{index.Hit{Article: a.ID, Seq: i, Score: 1}, cosine(q.vec, e.facts[a][i].vec)})
		}
	}
	slices.SortStableFunc(all, bestFirst)
	all = all[:nearPool]
	for i := range all {
		a := e.c.Article(all[i].h.Article)
		all[i].s += e.nearness(&q, a, all[i].h.Seq)
	}
	slices.SortStableFunc(all, bestFirst)
	var want []index.Hit
	for _, s := range all[:candidates-len(hits)] { // bleve's one hit leaves the rest of the net (nearWanted)
		want = append(want, s.h)
	}
	if !slices.Equal(got, want) {
		t.Errorf("nearPassages = %v, want %v", got, want)
	}
}

// TestEndsOfDeterminer: the test before partOfFigureRE passes every text
// the expression matches.
func TestEndsOfDeterminer(t *testing.T) {
	for text, want := range map[string]bool{
		"Neither of the ":                true,
		"they said none OF THEIR ":       true,
		"Crews of these ":                true, // (the expression then finds no quantifier)
		"the ":                           false,
		"both of the":                    false,
		"of the ":                        false,
		"a proof the ":                   false,
		"the harbour master said all of": false,
	} {
		if got := endsOfDeterminer(text); got != want {
			t.Errorf("endsOfDeterminer(%q) = %v, want %v", text, got, want)
		}
		if partOfFigureRE.MatchString(text) && !endsOfDeterminer(text) {
			t.Errorf("%q: partOfFigureRE matches where endsOfDeterminer does not", text)
		}
	}
	text := "Both of the 12 ferries sank, and crews of the 3 tugs swam ashore."
	at := len("Both of the ")
	if s := completeFigure(text, span{at, at + 2}); s.start != 0 {
		t.Errorf("completeFigure: %q, want the quantifier with it", text[s.start:s.end])
	}
	at = len("Both of the 12 ferries sank, and crews of the ")
	if s := completeFigure(text, span{at, at + 1}); s.start != at {
		t.Errorf("completeFigure: %q, want no quantifier", text[s.start:s.end])
	}
}

// TestLookUpTerm: the sieve before the look-up finds what the look-up
// finds.
func TestLookUpTerm(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("who promised to rebuild the harbour")
	for _, a := range e.c.Articles {
		for _, tok := range e.facts[a][0].toks {
			if got, want := q.lookUpTerm(tok.Term), q.lookup[tok.Term]; !slices.Equal(got, want) {
				t.Fatalf("lookUpTerm(%q) = %v, want %v", tok.Term, got, want)
			}
		}
	}
	for term := range q.lookup {
		if len(q.lookUpTerm(term)) == 0 {
			t.Errorf("lookUpTerm(%q) is empty", term)
		}
	}
}

// scored is a passage and how near the question it stands.
type scored struct {
	h index.Hit
	s float64
}

// bestFirst orders scored passages nearest first, for a stable sort.
func bestFirst(x, y scored) int {
	switch {
	case x.s > y.s:
		return -1
	case x.s < y.s:
		return 1
	}
	return 0
}

// TestFreeMemo: free remembers for the question what freeNow computes,
// and a copy of the question with other terms computes afresh.
func TestFreeMemo(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("what did Macron promise in Paris")
	names := []string{"Macron", "Emmanuel Macron", "Paris", "Starmer", "Keir Starmer", "French President Emmanuel Macron", "Kyiv"}
	for range 2 { // (the second time from the memo)
		for _, n := range names {
			if got, want := e.free(&q, n), e.freeNow(&q, n); got != want {
				t.Errorf("free(%q) = %v, freeNow %v", n, got, want)
			}
		}
	}
	if len(q.free.of) == 0 {
		t.Error("free remembered nothing")
	}
	other := q
	other.terms = slices.DeleteFunc(slices.Clone(q.terms), func(t qterm) bool { return t.entity })
	if other.free.holds(other.terms) {
		t.Error("the memo holds for other terms")
	}
}

// TestLocated: a name after a preposition of place, with "the" or
// without, in any case, is located; one after another word is not.
func TestLocated(t *testing.T) {
	text := "Crews flew In the Dunmore valley and on to Kessby, as Lowe said."
	var names []span
	for _, n := range []string{"Dunmore", "Kessby", "Lowe"} {
		at := strings.Index(text, n)
		names = append(names, span{at, at + len(n)})
	}
	got := located(text, names)
	if len(got) != 2 || got[0] != names[0] || got[1] != names[1] {
		t.Errorf("located = %v, want %v", got, names[:2])
	}
}

// TestDatelineSecond: datelineEnd's test of a text's second letter lets
// through every dateline, and the expression finds it.
func TestDatelineSecond(t *testing.T) {
	for text, want := range map[string]int{
		"KESSBY, May 9 (Harbour Wire) - Salvage crews began": len("KESSBY, May 9 (Harbour Wire) - "),
		"O'HARA FLATS — The ferry":                           len("O'HARA FLATS — "),
		"A.B. RIVERS, N.S. - Crews":                          len("A.B. RIVERS, N.S. - "),
		"O’NEILL BAY - Crews":                                len("O’NEILL BAY - "),
		"Salvage crews began on Monday - at dawn":            -1,
		"A man - the driver - said":                          -1,
		"X":                                                  -1,
	} {
		if got := datelineEnd(text); got != want {
			t.Errorf("datelineEnd(%q) = %d, want %d", text, got, want)
		}
		if m := datelineRE.FindStringIndex(text); m != nil && !datelineSecond(text[1:]) {
			t.Errorf("%q: datelineRE matches where datelineSecond does not", text)
		}
	}
}

// TestNameFacts: freeNow, through a name's facts remembered for the
// engine, is the long way round: not all question words, not the
// question's own name, not its place but for a noun.
func TestNameFacts(t *testing.T) {
	e := testEngine(t)
	questions := []string{
		"who praised Starmer",
		"what did the french president say about troops",
		"where did Macron host the leaders",
		"who met at the elysee",
		"what did the canadian prime minister pledge",
		"which countries refused to send soldiers",
	}
	names := []string{
		"Sir Keir Starmer", "Keir Starmer", "Starmer", "Emmanuel Macron",
		"French President Emmanuel Macron", "Elysee Palace", "Paris",
		"Canadian Prime Minister Mark Carney", "Croatia and the Czech Republic",
		"Ukraine, France", "Prime Minister", "the Elysee", "", "Coalition of the Willing",
	}
	for _, text := range questions {
		q := e.analyse(text)
		for _, n := range names {
			want := !e.allQuestionWords(&q, n) && !e.namesQuestionEntity(&q, n) && !e.questionsPlace(&q, n)
			for range 2 { // read, then remembered
				if got := e.freeNow(&q, n); got != want {
					t.Errorf("freeNow(%q, %q) = %v; the long way %v", text, n, got, want)
				}
			}
		}
	}
}

// TestFreeNames: what free means, case by case: a name the question
// already holds (with or without its title), the question's own place, a
// bare title and nothing at all are not free to be an answer; another
// person, place or list of countries is.
func TestFreeNames(t *testing.T) {
	e := testEngine(t)
	for _, c := range []struct {
		question, name string
		free           bool
	}{
		{"who praised Starmer", "Keir Starmer", false},
		{"who praised Starmer", "Sir Keir Starmer", false},
		{"who praised Starmer", "Emmanuel Macron", true},
		{"where did Macron host the leaders", "French President Emmanuel Macron", false},
		{"where did Macron host the leaders", "Elysee Palace", true},
		{"who met at the elysee", "the Elysee", false},
		{"who met at the elysee", "Paris", true},
		{"which countries refused to send soldiers", "Croatia and the Czech Republic", true},
		{"which countries refused to send soldiers", "Prime Minister", false},
		{"which countries refused to send soldiers", "", false},
	} {
		if got := e.free(new(e.analyse(c.question)), c.name); got != c.free {
			t.Errorf("free(%q, %q) = %v; want %v", c.question, c.name, got, c.free)
		}
	}
}

// TestMayEndAsking: the sieve before definitionAfterRE lets through every
// question the expression matches, and stops ones that end on other words.
func TestMayEndAsking(t *testing.T) {
	for _, text := range []string{
		"kestrel analytics who", "the coalition is what exactly", "frobnitz?? who dat",
		"magnetic particle testing - what is that", "the cell - what is that thing?!",
		"refugio andino is WHAT", "the deal is what now ?", "flyfair who.",
		// at the expression's edges: no space after a mark, a dash
		// before the question, capitals and a space before the mark
		"X,who dat", "X — who is that thing", "X is WHO exactly ?",
	} {
		if definitionAfterRE.MatchString(text) && !mayEndAsking(text) {
			t.Errorf("mayEndAsking(%q) = false; the expression matches", text)
		}
		if !mayEndAsking(text) {
			t.Errorf("mayEndAsking(%q) = false; want true", text)
		}
	}
	for _, text := range []string{"Who refused to deploy troops?", "what did merz say about the troops", "who is there somewhat"} {
		if mayEndAsking(text) {
			t.Errorf("mayEndAsking(%q) = true; want false", text)
		}
		if definitionAfterRE.MatchString(text) {
			t.Errorf("definitionAfterRE matches %q, which the sieve stops", text)
		}
	}
}

// TestAsksItself: the hand-written trim is strings.TrimRight with the
// cutset it stands for.
func TestAsksItself(t *testing.T) {
	for _, text := range []string{
		"How will the Kremlin respond?", "“Who pays for it?”", "Is it over?' ", "Who pays? ’”\" ",
		"He said so.", "", "?", "”", "Why? No.", "what?\xff", "what?\xe2\x80",
	} {
		want := strings.HasSuffix(strings.TrimRight(text, " ”\"’'"), "?")
		if got := asksItself(text); got != want {
			t.Errorf("asksItself(%q) = %v; TrimRight says %v", text, got, want)
		}
	}
}

// TestLookTable: the table finds every word of its map with the map's
// hits, and no other word.
func TestLookTable(t *testing.T) {
	e := testEngine(t)
	for _, s := range []string{"who refused to deploy troops", "how many soldiers will france send to ukraine after a ceasefire", "what did merz say"} {
		q := e.analyse(s)
		for w, hs := range q.lookup {
			if got := q.look.get(w); !slices.Equal(got, hs) {
				t.Errorf("%q: get(%q) = %v; the map's %v", s, w, got, hs)
			}
		}
		for _, w := range []string{"", "x", "the", "troop", "troopss", "merzz", "franc"} {
			if got, want := q.look.get(w), q.lookup[w]; !slices.Equal(got, want) {
				t.Errorf("%q: get(%q) = %v; the map's %v", s, w, got, want)
			}
		}
	}
	m := map[string][]termHit{"": {{i: 1}}, "a": {{i: 2}}}
	if tb := tableOf(m); len(tb.get("")) != 1 || tb.get("")[0].i != 1 || tb.get("a")[0].i != 2 || tb.get("b") != nil {
		t.Errorf("tableOf(%v) does not hold it", m)
	}
}

// TestWhoVerb: the verb of a "who" question, remembered for the
// question, is the verb read from its text, for the text it was asked
// with.
func TestWhoVerb(t *testing.T) {
	e := testEngine(t)
	for _, text := range []string{"who refused to deploy troops", "Who praised Starmer?", "who is the envoy", "what did merz say", "  who hosted the talks"} {
		q := e.analyse(text)
		wv, wok := e.whoVerbNow(q.text)
		for range 2 {
			if v, ok := e.whoVerb(&q); v != wv || ok != wok {
				t.Errorf("whoVerb(%q) = %q, %v; want %q, %v", text, v, ok, wv, wok)
			}
		}
		other := q
		other.text = "who met macron"
		if v, _ := e.whoVerb(&other); v != "met" && v != "meet" {
			t.Errorf("whoVerb of the question with other text %q = %q: the memory of %q", other.text, v, text)
		}
	}
}

// TestHandScanners: saysSaid and placePrepAt, by hand, are the regular
// expressions they stand for, on every passage's words and on strings
// made to reach the edges of \b and \s.
func TestHandScanners(t *testing.T) {
	e := testEngine(t)
	texts := []string{
		"He said", "he SAID", "unsaid words", "said_x", "said's", "saidé", "according to", "according tox", "according  to",
		"according to.", "x according to", "called-off", "says", "", " in ", "a in b", "\tinside\n", "on", " on", "on ",
		"within the city", "rescuers in  the", "landed at the port", "  near  ", "in\fx", " outside\r",
	}
	for _, a := range e.c.Articles {
		for _, p := range a.Passages {
			texts = append(texts, firstWords(p.Text, 4))
			for at := 0; at < len(p.Text); at += 7 {
				texts = append(texts, p.Text[at:min(len(p.Text), at+placePrepReach)])
			}
		}
	}
	// the expression placePrepAt reads by hand, of its words
	placePrepRE := regexp.MustCompile(`\s(` + strings.Join(placePhrasePreps, "|") + `)\s`)
	for _, s := range texts {
		if got, want := saysSaid(s), saidRE.MatchString(s); got != want {
			t.Errorf("saysSaid(%q) = %v; saidRE says %v", s, got, want)
		}
		want := -1
		if m := placePrepRE.FindStringIndex(s); m != nil {
			want = m[0]
		}
		if got := placePrepAt(s); got != want {
			t.Errorf("placePrepAt(%q) = %d; placePrepRE says %d", s, got, want)
		}
	}
}

// TestPeopleMask: describes' sieve lets through every word that names
// someone.
func TestPeopleMask(t *testing.T) {
	e := testEngine(t)
	for term := range e.people {
		if !e.peopleMask.may(term) {
			t.Errorf("the sieve stops %q, a name of people", term)
		}
	}
}

// TestCosineOrder: cosine, eight components at a time, adds them in the
// order four at a time did, to the bit.
func TestCosineOrder(t *testing.T) {
	four := func(a, b []float32) float64 {
		var s0, s1, s2, s3 float32
		i := 0
		for ; i+4 <= len(a); i += 4 {
			s0 += a[i] * b[i]
			s1 += a[i+1] * b[i+1]
			s2 += a[i+2] * b[i+2]
			s3 += a[i+3] * b[i+3]
		}
		for ; i < len(a); i++ {
			s0 += a[i] * b[i]
		}
		return float64(s0 + s1 + s2 + s3)
	}
	x := uint32(1)
	next := func() float32 { x = x*1664525 + 1013904223; return float32(int32(x)) / (1 << 31) }
	for n := 0; n < 70; n++ {
		a, b := make([]float32, n), make([]float32, n)
		for i := range a {
			a[i], b[i] = next(), next()
		}
		if got, want := cosine(a, b), four(a, b); got != want {
			t.Errorf("cosine of %d components = %v; four at a time %v", n, got, want)
		}
	}
}

// TestWordCount: the byte-wise count is the count by runes and
// unicode.IsSpace.
func TestWordCount(t *testing.T) {
	byRunes := func(s string) int {
		n, in := 0, false
		for _, r := range s {
			if unicode.IsSpace(r) {
				in = false
			} else if !in {
				n, in = n+1, true
			}
		}
		return n
	}
	for _, s := range []string{"", " ", "one", " two  words ", "a\tb\nc\vd\fe\rf", "Élysée talks", "x\u00a0y", "x\u0085y", "x\u2003y", "bad\xffbyte \xe2\x80", "“quoted” — dash"} {
		if got, want := wordCount(s), byRunes(s); got != want {
			t.Errorf("wordCount(%q) = %d; by runes %d", s, got, want)
		}
	}
}

// TestIndexAny: indexAny and lastIndexAny are strings.IndexAny and
// strings.LastIndexAny, for the clause marks the engine uses, over every
// passage and strings with bad bytes around a dash.
func TestIndexAny(t *testing.T) {
	e := testEngine(t)
	texts := []string{"", "a — b", "x\xe2\x80\x94\x80y", "\xf0\xe2\x80\x94", "\xe2\xe2\x80\x94,", "a – b, c; d: (e)", "no marks at all", "—", "\x94\x80\xe2"}
	for _, a := range e.c.Articles {
		for _, p := range a.Passages {
			texts = append(texts, p.Text)
		}
	}
	for _, marks := range []string{clauseMarks, ",;:—–", ",;:(—–", ".;", "—", "–—", sentenceMarks, claimClauseMarks, ",;:)—(x"} {
		for _, s := range texts {
			if got, want := indexAny(s, marks), strings.IndexAny(s, marks); got != want {
				t.Errorf("indexAny(%q, %q) = %d; strings says %d", s, marks, got, want)
			}
			if got, want := lastIndexAny(s, marks), strings.LastIndexAny(s, marks); got != want {
				t.Errorf("lastIndexAny(%q, %q) = %d; strings says %d", s, marks, got, want)
			}
		}
	}
}

// TestGetFold: getFold finds what a look-up of the word lowered by
// strings.ToLower finds, for words in capitals, of another script, with a
// letter that lowers to more bytes, and longer than its buffer; and looks
// up an ASCII word in capitals without allocating.
func TestGetFold(t *testing.T) {
	set := map[string]int{"the": 1, "über": 2, "ⱥbc": 3, strings.Repeat("ab", 20): 4, "i̇stanbul": 5, "": 6}
	for _, w := range []string{"The", "THE", "the", "Über", "ÜBER", "Ⱥbc", strings.Repeat("AB", 20), strings.Repeat("Ab", 20), "İstanbul", "", "Thee", "th", "Th\xffe"} {
		if got, want := getFold(set, w), set[strings.ToLower(w)]; got != want {
			t.Errorf("getFold(%q) = %d, want %d", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = getFold(set, "The") }); n != 0 {
		t.Errorf("getFold of an ASCII word allocates %.0f times", n)
	}
}

// TestSpeakerFor: a question's speaker is read once for speaks and read
// again when the speaker asked about changes; a speaker titled as another
// name speaks where that name does, and an empty one nowhere.
func TestSpeakerFor(t *testing.T) {
	e := quakeEngine(t)
	c := parsedCand(t, e, "Mayor Julio Quispe said the city had never faced anything on this scale.")
	q := &question{speaker: "Julio Quispe"}
	first := e.speakerFor(q)
	if first == nil || first.who != "Julio Quispe" || len(first.want) == 0 {
		t.Fatalf("speakerFor = %+v; want Julio Quispe analysed", first)
	}
	if e.speakerFor(q) != first {
		t.Error("speakerFor read the same speaker again")
	}
	if !e.speaksAs(first, c) {
		t.Error("Julio Quispe does not speak where he says something")
	}
	q.speaker = "Villagra"
	if s := e.speakerFor(q); s == first || s.who != "Villagra" {
		t.Errorf("speakerFor after the speaker changed = %+v; want Villagra's", s)
	}
	if e.speaksAs(e.speakerFor(q), c) {
		t.Error("Villagra speaks where only Julio Quispe does")
	}
	other := &speakerAsked{who: "Villagra", want: e.analyze("Villagra"), titled: first}
	if !e.speaksAs(other, c) {
		t.Error("a speaker titled as Julio Quispe does not speak where he does")
	}
	if e.speaksAs(e.speakerOf(""), c) {
		t.Error("no speaker speaks")
	}
}

// TestDateWords: dateWords gives each word its class, as stated here
// apart from the code that builds it (kinds.txt's lists and the idiom of
// breaking a story), and no word of one list loses its class to another.
func TestDateWords(t *testing.T) {
	for w, want := range map[string]dateClass{
		"newest": dateNewest, "latest": dateNewest, "last": dateNewest, "recent": dateNewest,
		"oldest": dateOldest, "earliest": dateOldest, "first": dateOldest,
		"broke": dateBreak, "break": dateBreak, "breaks": dateBreak, "breaking": dateBreak,
		"story": noDateWord, "the": noDateWord, "later": noDateWord, "": noDateWord,
	} {
		if got := dateWords[w]; got != want {
			t.Errorf("dateWords[%q] = %d; want %d", w, got, want)
		}
	}
	if n := len(newestWords) + len(oldestWords) + len(breakWords); len(dateWords) != n {
		t.Errorf("dateWords holds %d words; the three lists %d (a word in two of them)", len(dateWords), n)
	}
}

// TestOneEdit: oneEdit is editDistance(a, b) == 1 for every pair of a set
// of words one, two or no edits apart, swaps, runes beyond ASCII and words
// past editDistance's buffer among them.
func TestOneEdit(t *testing.T) {
	long := strings.Repeat("abcdefgh", 5)
	words := []string{"", "a", "b", "ab", "ba", "abc", "acb", "bac", "abd", "abcd", "abdc", "ac", "macron", "macorn", "marcon", "maron", "macronn",
		"zelensky", "zelenskyy", "zelenskky", "zelensk", "zelnesky", "café", "cafe", "cafè", "caffé", "école", "ecole",
		long, long + "x", "x" + long, long[:len(long)-1], long[:10] + "X" + long[11:], long[:10] + long[11:12] + long[10:11] + long[12:]}
	ones := 0
	for _, a := range words {
		for _, b := range words {
			want := editDistance(a, b) == 1
			if got := oneEdit(a, b); got != want {
				t.Errorf("oneEdit(%q, %q) = %v; want %v", a, b, got, want)
			}
			if want {
				ones++
			}
		}
	}
	if ones < 20 {
		t.Errorf("only %d pairs one edit apart: the test tells little", ones)
	}
}

// TestEditRunesWithin: the bounded distance (of runes, and of bytes for
// two ASCII words) is editDistance wherever that
// is within its bound, and past the bound wherever it is not, for bounds
// of one to three over words near and far, swaps and runes beyond ASCII
// among them.
func TestEditRunesWithin(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "abc", "acb", "cab", "abcd", "dcba", "macron", "macorn", "marcon", "maron", "micron",
		"kitten", "sitting", "mitten", "zelensky", "zelinsky", "zlnsky", "café", "cafe", "caffé", "minister", "minsiter", "monster", "ministers"}
	// and random words of a small alphabet, where edits collide often
	r := rand.New(rand.NewPCG(1, 2))
	for range 400 {
		w := make([]rune, r.IntN(7))
		for i := range w {
			w[i] = []rune("abcé")[r.IntN(4)]
		}
		words = append(words, string(w))
	}
	for _, a := range words {
		for _, b := range words {
			want := editDistancePlain(a, b)
			if got := editDistance(a, b); got != want {
				t.Errorf("editDistance(%q, %q) = %d; the full table %d", a, b, got, want)
			}
			for k := 1; k <= 3; k++ {
				got := editRunesWithin([]rune(a), []rune(b), k)
				if want <= k && got != want || want > k && got <= k {
					t.Errorf("editRunesWithin(%q, %q, %d) = %d; the full table %d", a, b, k, got, want)
				}
				if isASCII(a) && isASCII(b) && editRunesWithin([]byte(a), []byte(b), k) != got {
					t.Errorf("editRunesWithin of the bytes of %q, %q, %d is not that of their runes", a, b, k)
				}
			}
		}
	}
}

// editDistancePlain is the edit distance with adjacent swaps (optimal
// string alignment) by its full table, as first written: what the bounded
// editRunesWithin must agree with.
func editDistancePlain(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// wordSpansPlain is wordSpans as first written, every rune asked whether it
// is a mark inside a word: what the faster wordSpans must equal.
func wordSpansPlain(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		inner := (r == '\'' || r == '’' || r == '-') && start >= 0 && i+utf8.RuneLen(r) < len(s) && wordByte(s[i+utf8.RuneLen(r)]) ||
			(r == ',' || r == '.') && start >= 0 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1])
		switch {
		case wordRune(r) || inner:
			if start < 0 {
				start = i
			}
		case start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// TestWordSpansPlain: wordSpans splits every passage of the articles, and
// texts of marks at words' edges, as wordSpansPlain does.
func TestWordSpansPlain(t *testing.T) {
	e := testEngine(t)
	texts := []string{"", "-", "'a", "a'", "a'b", "don’t", "3,500", "3,", ",5", "2.5.", "well-known -x y- ’tis", "Zürich’s café, 1.5m-long", "a - b"}
	for _, a := range e.c.Articles {
		for _, p := range a.Passages {
			texts = append(texts, p.Text)
		}
	}
	for _, s := range texts {
		if got, want := wordSpans(s), wordSpansPlain(s); !slices.Equal(got, want) {
			t.Errorf("wordSpans(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestWordsOver: wordsOver(s, n) is wordCount(s) > n for texts of no
// words, of spaces of every kind and of words beyond ASCII, at each n
// around their count.
func TestWordsOver(t *testing.T) {
	for _, s := range []string{"", " ", "one", " one ", "one two", "one\ttwo\nthree", "a  b   c ", "Zürich café\u00a0x", "1,300 people — 40%", strings.Repeat("w ", 20)} {
		fields := len(strings.Fields(s)) // (not wordCount: both are wordsUpTo)
		if wordCount(s) != fields {
			t.Errorf("wordCount(%q) = %d; want %d", s, wordCount(s), fields)
		}
		for n := -1; n <= fields+1; n++ {
			if got, want := wordsOver(s, n), fields > n; got != want {
				t.Errorf("wordsOver(%q, %d) = %v; want %v", s, n, got, want)
			}
		}
	}
}

// TestLastFields: lastFields is the tail of strings.Fields, and
// lastFieldsLower that of strings.Fields of the lowered text, on texts
// with spaces of every kind (tabs, no-break and em spaces, runs of them,
// none at all), runes beyond ASCII and a broken byte.
func TestLastFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", "  The port  of\tOstrhaven ", "a capacity of up to", "Le Café\u00a0de la Paix\u2003was", "x\x85y z", "bad \xff byte", "ÉCOLE Normale\n\nSupérieure"} {
		all, low := strings.Fields(s), strings.Fields(strings.ToLower(s))
		for n := 1; n <= 5; n++ {
			if got, want := lastFields(s, n), all[max(0, len(all)-n):]; !slices.Equal(got, want) {
				t.Errorf("lastFields(%q, %d) = %q; want %q", s, n, got, want)
			}
			if got, want := lastFieldsLower(s, n), low[max(0, len(low)-n):]; !slices.Equal(got, want) {
				t.Errorf("lastFieldsLower(%q, %d) = %q; want %q", s, n, got, want)
			}
		}
	}
}

// isASCII reports whether every byte of s is ASCII.
func isASCII(s string) bool { return len(s) == utf8.RuneCountInString(s) }

// TestKeepsAnEnd: every two words of three runes or more no more than one
// edit apart keep an end, runes beyond ASCII and swaps at either end
// among them, and the filter lets some words through unmeasured.
func TestKeepsAnEnd(t *testing.T) {
	words := []string{"abc", "bac", "acb", "xbc", "abx", "xabc", "abcx", "bc", "macron", "amcron", "macrno", "nacron", "macroon",
		"zelensky", "élan", "elan", "clan", "élans", "café", "cafe", "cafés", "ocafé", "minister", "inister", "ministe", "sinister"}
	skipped := 0
	for _, a := range words {
		for _, b := range words {
			if utf8.RuneCountInString(a) < 3 || utf8.RuneCountInString(b) < 3 {
				continue
			}
			if !keepsAnEnd(a, b) {
				skipped++
				if editDistance(a, b) <= 1 {
					t.Errorf("keepsAnEnd(%q, %q) false, one edit apart", a, b)
				}
			}
		}
	}
	if skipped == 0 {
		t.Error("no pair skipped: the test tells little")
	}
}

// TestPlainApostrophes: the shortcut past texts with no curly apostrophe
// gives what the replacer gives, with curly quotes, dashes and a broken
// byte about.
func TestPlainApostrophes(t *testing.T) {
	for _, s := range []string{"", "what's the plan", "what’s the plan", "‘quoted’ words", "“double” — dash", "bad \xe2\x80 byte", "\xe2\x80\x99"} {
		if got, want := plainApostrophes(s), apostrophes.Replace(s); got != want {
			t.Errorf("plainApostrophes(%q) = %q; want %q", s, got, want)
		}
	}
}

// TestWordBefore: the views of lastWordAt (lastWord, precedingWord,
// wordBefore, lastWordsFrom) read the word before a place whole, also
// after a space of more than one byte (no-break, em space), where slicing
// one byte past the space's start once cut into the space itself.
func TestWordBefore(t *testing.T) {
	text := "talks at\u00a0Élysée\u2003Palace, \u201cwe agreed\u201d  "
	if got := lastWord(text); got != "agreed" {
		t.Errorf("lastWord = %q; want \"agreed\"", got)
	}
	at := strings.Index(text, "Palace")
	if w, k := precedingWord(text, at); w != "Élysée" || text[k:k+len(w)] != w {
		t.Errorf("precedingWord = %q at %d; want \"Élysée\"", w, k)
	}
	if w, k := precedingWord("  ", 2); w != "" || k != -1 {
		t.Errorf("precedingWord of spaces = %q, %d; want \"\", -1", w, k)
	}
	if got := wordBefore(text, span{at, at + len("Palace")}); got != "élysée" {
		t.Errorf("wordBefore = %q; want \"élysée\"", got)
	}
	s := "leaders of France, Germany and Britain"
	for n, want := range map[int]string{1: "Britain", 2: "and Britain", 3: "Germany and Britain", 9: s} {
		if got := s[lastWordsFrom(s, 0, len(s), n):]; got != want {
			t.Errorf("lastWordsFrom(%d) = %q; want %q", n, got, want)
		}
	}
	if got := lastWordsFrom(s, len("leaders "), len(s), 9); got != len("leaders ") {
		t.Errorf("lastWordsFrom past its start = %d; want %d", got, len("leaders "))
	}
}

// TestUses: uses yields every use of a phrase, left to right, not
// overlapping, none of an empty phrase, and stops when its reader does.
func TestUses(t *testing.T) {
	for _, c := range []struct {
		text, phrase string
		want         []int
	}{
		{"bread and salt and water", " and ", []int{5, 14}},
		{"aaaa", "aa", []int{0, 2}},
		{"no such word", " and ", nil},
		{"any", "", nil},
		{"café and café", "café", []int{0, 10}},
	} {
		if got := slices.Collect(uses(c.text, c.phrase)); !slices.Equal(got, c.want) {
			t.Errorf("uses(%q, %q) = %v; want %v", c.text, c.phrase, got, c.want)
		}
	}
	var seen []int
	for at := range uses("a; b; c", "; ") {
		if seen = append(seen, at); len(seen) == 1 {
			break
		}
	}
	if !slices.Equal(seen, []int{1}) {
		t.Errorf("uses read up to a break = %v; want [1]", seen)
	}
}

// TestOnlyUse: onlyUse finds a phrase that stands once, and none where it
// stands twice or not at all.
func TestOnlyUse(t *testing.T) {
	for _, c := range []struct {
		text, phrase string
		want         int
	}{
		{"the mayor agreed to pay", "agreed", 10},
		{"the mayor agreed, and the council agreed", "agreed", -1},
		{"the mayor agreed", "declined", -1},
	} {
		if got := onlyUse(c.text, c.phrase); got != c.want {
			t.Errorf("onlyUse(%q, %q) = %d; want %d", c.text, c.phrase, got, c.want)
		}
	}
}

// TestTermsIn: the one pass over a text's words finds the question's own
// terms the scan of the words for each term finds, on invented questions
// and sentences and on every passage; a copy of the question with other
// terms takes the scan.
func TestTermsIn(t *testing.T) {
	e := testEngine(t)
	questions := []string{
		"why did the harbour crane topple onto the quay",
		"How many ferries left Dunmore before the storm?",
		"what did the mayor say about the bridge bridge",
		"wen did the ferry sail",
		"",
	}
	texts := []string{
		"The harbour crane toppled onto the quay at dawn, the mayor said.",
		"Three ferries left Dunmore — the last at 6 p.m. — before the storm hit.",
		"“The bridge is safe,” said Mayor Zoë Ó Briain of Dún Laoghaire.",
		"",
	}
	for _, qt := range questions {
		q := e.analyse(qt)
		var all [][]index.Token
		for _, s := range texts {
			all = append(all, e.analyze(s))
		}
		for _, a := range e.c.Articles {
			for i := range a.Passages {
				all = append(all, e.facts[a][i].toks)
			}
		}
		for _, toks := range all {
			found := make([]bool, len(q.terms))
			if !q.termsIn(toks, found) {
				t.Fatalf("%q: termsIn declined the question's own terms", qt)
			}
			for i := range q.terms {
				want := slices.ContainsFunc(toks, func(k index.Token) bool { return k.Term == q.terms[i].term })
				if found[i] != want {
					t.Errorf("%q: term %q found %v; want %v", qt, q.terms[i].term, found[i], want)
				}
			}
		}
		if len(q.terms) > 1 {
			other := q
			other.terms = slices.Clone(q.terms[1:])
			if other.termsIn(all[0], make([]bool, len(other.terms))) {
				t.Errorf("%q: termsIn answered for a copy with other terms", qt)
			}
		}
	}
}

// TestAsksTerm: a question asks its own analysed terms, stemmed as the
// index stems them, and neither a word it drops ("the") nor another
// spelling of its words it searches for ("argentin" for "argentina"), nor
// anything when it has no words.
func TestAsksTerm(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Aid
---
The Argentine fund paid the lighthouse keepers on Monday.
`)
	q := e.analyse("when did the argentina fund pay the lighthouse keepers")
	stem := func(w string) string { return e.analyze(w)[0].Term }
	for _, w := range []string{"argentina", "fund", "lighthouse", "keepers", "keeper"} {
		if !q.asksTerm(stem(w)) {
			t.Errorf("asksTerm(%q) = false; want true", stem(w))
		}
	}
	i := slices.IndexFunc(q.terms, func(t qterm) bool { return t.term == stem("argentina") })
	if i < 0 || !slices.Contains(q.terms[i].alts, stem("argentine")) {
		t.Fatalf("argentina: want the term with %q among its alternatives", stem("argentine"))
	}
	for _, w := range []string{"", "the", stem("argentine"), stem("harbour"), "é"} {
		if q.asksTerm(w) {
			t.Errorf("asksTerm(%q) = true; want false", w)
		}
	}
	empty := e.analyse("")
	if empty.asksTerm("") || empty.asksTerm(stem("fund")) {
		t.Errorf("asksTerm of a question with no words = true; want false")
	}
}

// TestNameRuns: the names joined only by commas and "and" (with or
// without "the", in any case) make runs of two or more, written here by
// hand; a name alone makes none; and a run's append leaves the names alone.
func TestNameRuns(t *testing.T) {
	// spansOf finds each name in text after the one before it
	spansOf := func(text string, names []string) []span {
		var out []span
		from := 0
		for _, n := range names {
			i := strings.Index(text[from:], n)
			if i < 0 {
				t.Fatalf("%q not in %q", n, text[from:])
			}
			out = append(out, span{from + i, from + i + len(n)})
			from += i + len(n)
		}
		return out
	}
	for _, tc := range []struct {
		text  string
		names []string
		want  [][]string
	}{
		{"Envoys from Norway, Chile and the Faroe Islands met Ólafur Grímsson and Zoë Hart in Tórshavn.",
			[]string{"Norway", "Chile", "Faroe Islands", "Ólafur Grímsson", "Zoë Hart", "Tórshavn"},
			[][]string{{"Norway", "Chile", "Faroe Islands"}, {"Ólafur Grímsson", "Zoë Hart"}}},
		{"Harriet Vane said Dunmore, Kells, and Athy would close; Peter Wimsey disagreed.",
			[]string{"Harriet Vane", "Dunmore", "Kells", "Athy", "Peter Wimsey"},
			[][]string{{"Dunmore", "Kells", "Athy"}}},
		{"Ana and Bea", []string{"Ana", "Bea"}, [][]string{{"Ana", "Bea"}}},
		{"Trains from Oslo AND THE Bergen line", []string{"Oslo", "Bergen"}, [][]string{{"Oslo", "Bergen"}}},
		{"Ana met Bea; Cleo and Dora stayed.", []string{"Ana", "Bea", "Cleo", "Dora"}, [][]string{{"Cleo", "Dora"}}},
		{"Only Ana came.", []string{"Ana"}, nil},
		{"Nobody came.", nil, nil},
		{"", nil, nil},
	} {
		names := spansOf(tc.text, tc.names)
		before := slices.Clone(names)
		var got [][]string
		for _, run := range nameRuns(tc.text, names) {
			var words []string
			for _, n := range run {
				words = append(words, tc.text[n.start:n.end])
			}
			got = append(got, words)
			_ = append(run, span{0, 0})
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("nameRuns(%q) = %q; want %q", tc.text, got, tc.want)
		}
		if !slices.Equal(names, before) {
			t.Errorf("nameRuns(%q): an append to a run changed the names", tc.text)
		}
	}
}

// TestChatWordsOneSlice: chatWords' words fill one slice cut to their
// number (an append copies), what's and whats made two words each, filler
// left out, and no slice for no words.
func TestChatWordsOneSlice(t *testing.T) {
	for q, want := range map[string][]string{
		"What’s the ferry's name, and whats its route?": {"what", "is", "the", "ferry's", "name", "and", "what", "is", "its", "route"},
		"so like what's happening at Dún Laoghaire":     {"what", "is", "happening", "at", "dún", "laoghaire"},
		"":       nil,
		"?! …":   nil,
		"what's": {"what", "is"},
	} {
		got := chatWords(q)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("chatWords(%q) = %q; want %q", q, got, want)
		}
		if cap(got) != len(got) {
			t.Errorf("chatWords(%q): cap %d, len %d; want them equal", q, cap(got), len(got))
		}
	}
}

// TestFreeSpansOneSlice: freeSpans keeps the names that are not the
// question's own, in order, in a slice cut to their number (an append
// copies), and none for none.
func TestFreeSpansOneSlice(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("what did Harriet Vane tell the council about the Dunmore ferry")
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Harriet Vane told Ólafur Grímsson, Zoë Hart and Peter Wimsey that the Dunmore ferry would sail from Tórshavn to Kirkwall.",
			[]string{"Ólafur Grímsson", "Zoë Hart", "Peter Wimsey", "Tórshavn", "Kirkwall"}},
		{"Harriet Vane spoke.", nil},
		{"", nil},
	} {
		got := e.freeSpans(&q, c.text, e.names(c.text))
		var texts []string
		for _, s := range got {
			texts = append(texts, c.text[s.start:s.end])
		}
		if !slices.Equal(texts, c.want) || (got == nil) != (c.want == nil) {
			t.Errorf("freeSpans(%q) = %q; want %q", c.text, texts, c.want)
		}
		if cap(got) != len(got) {
			t.Errorf("freeSpans(%q): cap %d, len %d; want them equal", c.text, cap(got), len(got))
		}
	}
}
