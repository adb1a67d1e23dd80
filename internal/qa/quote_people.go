// The people quoted, and which of them a typed name means: any spelling
// the articles give, a misspelling, a first name, or a title ("the
// chancellor", "british pm").

package qa

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// quotedPerson is someone the articles quote.
type quotedPerson struct {
	name  string          // the full name results give
	desc  map[string]bool // titles and places the articles describe them by
	group bool            // a group ("the allies"): its name is ordinary words
}

// quotedPeople is who the articles quote, indexed by what names them.
type quotedPeople struct {
	list   []quotedPerson
	titles map[string]bool  // the engine's titles (Engine.titles)
	titled map[string]bool  // the analysed words that stand as titles before a quoted person's name
	byTerm map[string][]int // an analysed word of a name → the people it names
	byDesc map[string][]int // a title or place → the people it describes
	names  *lexicon.Speller // the name words (folded), for near spellings
	byWord map[string][]int // a name word (folded) → the people it names
}

// quotedPeople gathers the speakers of the entries.
func (e *Engine) quotedPeople(entries []quoteEntry) quotedPeople {
	qp := quotedPeople{titles: e.titles, titled: map[string]bool{}, byTerm: map[string][]int{}, byDesc: map[string][]int{}, byWord: map[string][]int{}}
	at := map[string]int{}
	for _, o := range entries {
		if o.speaker == "" {
			continue
		}
		i, ok := at[o.speaker]
		if !ok {
			i = len(qp.list)
			at[o.speaker] = i
			p := quotedPerson{name: o.speaker, desc: map[string]bool{}, group: !isCapital(o.speaker)}
			for d := range e.people[e.surname(o.speaker)] {
				p.desc[d] = true
			}
			qp.list = append(qp.list, p)
		}
		p := &qp.list[i]
		spellings := []string{o.speaker}
		for _, part := range o.parts {
			spellings = append(spellings, part.Speaker)
		}
		for _, part := range o.parts {
			// what the article puts before the name: "Interior Minister",
			// "Mayor", "Seismologist" (titles the engine's own list may
			// lack); those that are not places are titles
			for _, t := range e.analyze(part.SpeakerTitle) {
				word := part.SpeakerTitle[t.Start:t.End]
				p.desc[t.Term] = true
				e.titleWords[t.Term] = strings.ToLower(word)
				if !e.isPlace(word) && !isDemonym(word) {
					qp.titled[t.Term] = true
				}
			}
		}
		for _, s := range spellings {
			for _, t := range e.analyze(s) {
				if e.titles[t.Term] {
					p.desc[t.Term] = true // "Mayor Julio Quispe"
					continue
				}
				qp.byTerm[t.Term] = appendLast(qp.byTerm[t.Term], i)
				if p.group {
					continue
				}
				w := strings.ToLower(index.Fold(s[t.Start:t.End]))
				qp.byWord[w] = appendLast(qp.byWord[w], i)
			}
		}
	}
	counts := make(map[string]int, len(qp.byWord))
	for w, people := range qp.byWord {
		counts[w] = len(people)
	}
	qp.names = lexicon.NewSpeller(counts, 2)
	for i, p := range qp.list {
		withKin(p.desc, e.kin) // "French President" for "france's president"
		for d := range p.desc {
			qp.byDesc[d] = append(qp.byDesc[d], i)
		}
	}
	for _, l := range qp.byDesc {
		sort.Ints(l) // a map's order is random; results are not
	}
	return qp
}

// isTitle reports whether an analysed word is a title: the engine's own
// list, or a word the articles put before a quoted person's name.
func (qp *quotedPeople) isTitle(term string) bool {
	return qp.titles[term] || qp.titled[term]
}

// appendLast appends i to a list unless it is its last element already.
func appendLast(list []int, i int) []int {
	if n := len(list); n > 0 && list[n-1] == i {
		return list
	}
	return append(list, i)
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// namedBy returns the people the word of typed at t (analysed) names: by
// one of their names in any spelling the index folds (exact), or by a
// misspelling of one (near: an edit, two from seven letters, a swap of
// neighbours counting one; found by the speller, so a wrong first letter
// too), which a word the articles use never is, nor an English noun for a
// person used as one: with another typed word beside it, before or after,
// "the" too (typedBeside: "the boss", "the union boss", "boss quotes" are
// no misspelt "Voss"), or where it describes someone; typed alone and
// describing no one it may be a misspelt name ("fisher" for Fischer). Its
// callers, who is meant (whoIsBy) and a quotation look-up's words
// (mentions), read a word alike.
func (e *Engine) namedBy(typed string, t index.Token) (exact, near []int) {
	qp := &e.qix.people
	if l := qp.byTerm[t.Term]; len(l) > 0 {
		return l, nil
	}
	if e.s.DocFreq(t.Term) > 0 {
		return nil, nil
	}
	w := strings.ToLower(index.Fold(typed[t.Start:t.End]))
	if meansPerson(w) && (typedBeside(typed, t) || len(qp.byDesc[t.Term]) > 0) {
		return nil, nil
	}
	n := utf8.RuneCountInString(w)
	if n < 4 {
		return nil, nil // an edit away from too many others
	}
	allowed := 1
	if n >= 7 {
		allowed = 2
	}
	for _, s := range qp.names.Suggest(w) {
		if s.Distance > allowed {
			break // nearest first
		}
		for _, i := range qp.byWord[s.Word] {
			near = appendUnique(near, i)
		}
	}
	return nil, near
}

// typedBeside reports whether typed holds a word besides its word at t,
// before it or after ("the boss", "boss quotes"): the word is then one of
// a phrase, and a noun for a person in it is that noun.
func typedBeside(typed string, t index.Token) bool {
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return strings.IndexFunc(typed[:t.Start], word) >= 0 || strings.IndexFunc(typed[t.End:], word) >= 0
}

// whoIs returns the people a typed name means, best first: those whose
// names it gives (exactly or misspelled), else those its titles describe
// (every title word theirs, at least one a title, not only a place; or a
// word for a person with words that describe them: "the Japanese guy").
// Ties are all returned: "the president" may mean several.
// Remembered ("what did X say" asks it of every candidate passage): callers
// must not change the slice.
func (e *Engine) whoIs(typed string) []int {
	return get(&e.memo.mu, e.memo.who, typed, func() []int { return e.whoIsNow(typed) })
}

// whoIsNow is whoIs, computed: by the titles typed, else by the titles
// they may stand for when those single out one person ("the UK leader":
// the British prime minister).
func (e *Engine) whoIsNow(typed string) []int {
	if who := e.whoIsBy(typed, false); len(who) > 0 {
		return who
	}
	if who := e.whoIsBy(typed, true); len(who) == 1 {
		return who // near titles must single someone out: "the US leader" is not every head of government
	}
	return nil
}

// whoIsBy is whoIsNow by the titles typed, or with alike by the titles
// they may stand for too.
func (e *Engine) whoIsBy(typed string, alike bool) []int {
	toks := e.analyze(typed)
	if len(toks) == 0 {
		return nil
	}
	type tally struct{ score, names, described int }
	// Only people a word names, and people every word describes, can be
	// meant: they alone are tallied. (At 10 000 articles "foreign" and
	// "minister" each describe thousands.)
	named := map[int]*tally{}
	exacts := make([][]int, len(toks))
	nears := make([][]int, len(toks))
	hasTitle := false
	// an acronym of a title ("the kct ceo") is a title: the people whose
	// descriptions hold its words ("KCT's chief executive")
	roles := make([][]int, len(toks))
	role := func(k int) bool { return roles[k] != nil }
	for k, t := range toks {
		if terms := e.roleTerms(typed[t.Start:t.End], t.Term); terms != nil {
			roles[k] = e.qix.people.rolePeople(terms)
			if roles[k] == nil {
				roles[k] = []int{} // a title no one quoted holds
			}
			hasTitle = true
			continue
		}
		exacts[k], nears[k] = e.namedBy(typed, t) // "the boss": a noun
		for _, i := range exacts[k] {
			if named[i] == nil {
				named[i] = &tally{}
			}
			named[i].score += 3
			named[i].names++
		}
		for _, i := range nears[k] {
			if named[i] == nil {
				named[i] = &tally{}
			}
			named[i].score += 2
			named[i].names++
		}
		hasTitle = hasTitle || e.qix.people.isTitle(t.Term)
	}
	// a name before a title that does not describe the named one is whose
	// the title is ("Trump's envoy", "the Zelensky adviser"): it describes
	// the one meant, and names no one
	for k := 0; k+1 < len(toks); k++ {
		ids := append(slices.Clone(exacts[k]), nears[k]...)
		if len(ids) == 0 || !e.qix.people.isTitle(toks[k+1].Term) && !role(k+1) {
			continue
		}
		titled := e.qix.people.byDesc[toks[k+1].Term]
		if role(k + 1) {
			titled = roles[k+1]
		}
		owner := true
		for _, i := range ids {
			if _, found := slices.BinarySearch(titled, i); found {
				owner = false // "starmer pm": his own title
			}
		}
		if !owner {
			continue
		}
		for _, i := range ids {
			if c := named[i]; c != nil {
				c.score -= 3
				c.names--
				if c.names <= 0 {
					delete(named, i)
				}
			}
		}
		exacts[k], nears[k] = nil, nil
		hasTitle = true
	}
	// a word for a person that is no title ("the interior *guy*", "the
	// Japanese *expert*") says only that a person is meant: it describes
	// whomever the other words do; a word of when or where a title is
	// held that describes no one ("the *current* inquiry chief") says
	// nothing of whom
	anyone := make([]bool, len(toks))
	for k, t := range toks {
		w := strings.ToLower(typed[t.Start:t.End])
		if len(exacts[k]) > 0 || len(nears[k]) > 0 || role(k) || e.qix.people.isTitle(t.Term) {
			continue
		}
		if meansPerson(w) {
			anyone[k] = true
			hasTitle = true // "the Japanese guy": whomever "Japanese" describes
		} else if sameOffice(w) && !e.describesSomeone(t.Term) {
			anyone[k] = true
		}
	}
	// the people each word describes, a title with the titles it may
	// stand for ("leader" for "prime minister"), sorted
	descs := make([][]int, len(toks))
	for k, t := range toks {
		if role(k) {
			descs[k] = roles[k]
			continue
		}
		if gov := e.capitalStands(typed, t, exacts[k], nears[k]); gov != nil {
			descs[k] = gov // "the tokyo team leader": the Japanese one
			continue
		}
		if !alike {
			descs[k] = e.qix.people.byDesc[t.Term] // sorted already; read only
			continue
		}
		for _, a := range e.alikeRole(typed, toks, k) {
			descs[k] = append(descs[k], e.qix.people.byDesc[a]...)
		}
		slices.Sort(descs[k])
		descs[k] = slices.Compact(descs[k])
	}
	// a leader title means no one who only runs a thing that is no
	// body, unless the other words name it (pairedLeader: "the leader"
	// is not the baker, "the bakery boss" is)
	led := e.ledWords(typed, toks, alike)
	described := func(k, i int) bool {
		if anyone[k] {
			return true
		}
		_, found := slices.BinarySearch(descs[k], i)
		if found && e.isLeaderTerm(toks[k].Term) && e.pairedLeader(e.surname(e.qix.people.list[i].name), led) {
			return false
		}
		return found && !slices.Contains(exacts[k], i) && !slices.Contains(nears[k], i)
	}
	for i, c := range named {
		for k := range toks {
			if described(k, i) {
				c.score++
				c.described++
			}
		}
	}
	if hasTitle {
		// everyone every word describes ("the French president"), from
		// the shortest list of the people a word describes
		shortest := -1
		for k := range toks {
			if !anyone[k] && (shortest < 0 || len(descs[k]) < len(descs[shortest])) {
				shortest = k
			}
		}
		if shortest < 0 {
			return nil // "the guy": anyone
		}
		for _, i := range descs[shortest] {
			if named[i] != nil {
				continue
			}
			all := true
			for k := range toks {
				all = all && described(k, i)
			}
			if all {
				named[i] = &tally{score: len(toks), described: len(toks)}
			}
		}
	}
	var best []int
	bestScore := 0
	for i, c := range named {
		if c.names == 0 && (c.described < len(toks) || !hasTitle) {
			continue
		}
		switch {
		case c.score > bestScore:
			best, bestScore = []int{i}, c.score
		case c.score == bestScore:
			best = append(best, i)
		}
	}
	sort.Ints(best)
	return best
}

// alikeRole returns the analysed words that word k of typed (analysed
// as toks) may stand for in a description where near words count
// (whoIsBy with alike): the titles it may stand for (alike); for a noun
// no quoted person is described by, the words of nearly its meaning that
// describe someone (roleNear: "squad" for "team"); for a leader noun
// beside another word that is no title, the other leader nouns ("the
// head of the tokyo squad" is the Japanese team leader).
func (e *Engine) alikeRole(typed string, toks []index.Token, k int) []string {
	qp := &e.qix.people
	t := toks[k]
	out := slices.Clone(e.alike(t.Term)) // (alike's lists are shared)
	if len(qp.byDesc[t.Term]) == 0 && !qp.isTitle(t.Term) {
		word := typed[t.Start:t.End]
		if lw := strings.ToLower(word); knownNoun(lw) && !meansPerson(lw) {
			out = append(out, e.roleNear(word, t.Term, func(d string) bool { return len(qp.byDesc[d]) > 0 })...)
		}
	}
	leaders := e.leaderTerms()
	if slices.Contains(leaders, t.Term) && slices.ContainsFunc(toks, func(o index.Token) bool { return !qp.isTitle(o.Term) }) {
		out = append(out, leaders...)
	}
	return out
}

// capitalStands returns, for word t of typed that is a country's capital
// no article names, nor anyone is named or described by ("tokyo" in "the tokyo team leader"; not
// after "in": a city where one is, capitalTerms), the people its country
// and its people describe, sorted; else nil.
func (e *Engine) capitalStands(typed string, t index.Token, exact, near []int) []int {
	qp := &e.qix.people
	if len(exact) > 0 || len(near) > 0 || len(qp.byDesc[t.Term]) > 0 || e.s.DocFreq(t.Term) > 0 || getFold(placePreps, lastWord(typed[:t.Start])) {
		return nil
	}
	var out []int
	for _, c := range e.capitalTerms(strings.ToLower(typed[t.Start:t.End])) {
		out = append(out, qp.byDesc[c]...)
	}
	if out == nil {
		return nil
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// mentions finds the people a look-up names among its words ("zelensky not
// just words", "british pm hardest yards"): tokens that are one of a
// person's names, a misspelling of one no article uses as a word, or a run
// of titles and places with a title in it that describes at most a few
// people. It returns the people, and for each token those it names.
func (e *Engine) mentions(words string, toks []index.Token) (people []int, named [][]int) {
	qp := &e.qix.people
	var led []string // ledWords, read at the first leader title
	named = make([][]int, len(toks))
	for k, t := range toks {
		// a look-up's words are no phrase: among others a noun for a person
		// is that noun, whatever their order ("the boss" too, whose "the"
		// analyses to nothing); typed alone it may be a misspelt surname,
		// as namedBy reads one ("fisher": Fischer)
		exact, near := e.namedBy(words, t)
		for _, i := range append(append([]int(nil), exact...), near...) {
			if qp.list[i].group && e.qix.inText[t.Term] {
				continue // "allies", "officials": words of quotations too
			}
			named[k] = appendUnique(named[k], i)
			people = appendUnique(people, i)
		}
	}
	// a run of titles and places: "the german chancellor", "british pm"
	for k := 0; k < len(toks); {
		j, hasTitle := k, false
		for j < len(toks) && named[j] == nil && (qp.isTitle(toks[j].Term) || len(qp.byDesc[toks[j].Term]) > 0) {
			hasTitle = hasTitle || qp.isTitle(toks[j].Term)
			j++
		}
		if j == k {
			k++
			continue
		}
		if hasTitle {
			var described []int
			leader := slices.ContainsFunc(toks[k:j], func(t index.Token) bool { return e.isLeaderTerm(t.Term) })
			for _, i := range qp.byDesc[toks[k].Term] {
				all := !qp.list[i].group
				for _, t := range toks[k+1 : j] {
					all = all && qp.list[i].desc[t.Term]
				}
				if all && leader && led == nil {
					led = e.ledWords(words, toks, true)
				}
				if all && leader && e.pairedLeader(e.surname(qp.list[i].name), led) {
					all = false // "the leader": not one who only runs a café (pairedLeader), as whoIs reads it
				}
				if all {
					described = append(described, i)
				}
			}
			if len(described) > 0 && len(described) <= maxDescribed {
				for x := k; x < j; x++ {
					named[x] = described
				}
				for _, i := range described {
					people = appendUnique(people, i)
				}
			}
		}
		k = j
	}
	sort.Ints(people)
	return people, named
}

// ledWords returns the analysed words of typed (analysed as toks) that
// are no leader title (isLeaderTerm): any of them may name what a head
// leads, the words being no phrase (pairedLeader's role); with alike,
// each with the words it may stand for (alikeRole: "inquiry" for
// "investigation"). whoIsBy and mentions both read a leader title so,
// by roleWords, as describedOf (who-is questions) does.
func (e *Engine) ledWords(typed string, toks []index.Token, alike bool) []string {
	terms := make([]string, len(toks))
	for k, t := range toks {
		terms[k] = t.Term
	}
	var near func(int) []string
	if alike {
		near = func(k int) []string { return e.alikeRole(typed, toks, k) }
	}
	return roleWords(terms, near, e.isLeaderTerm)
}

// Speakers returns the people quoted in the corpus a typed name may mean,
// at most limit of them (all for limit 0): the people whoIs takes it for
// first (any spelling, a misspelling, a title), then those whose names
// hold what is typed (the start of a name as it is being typed), in
// alphabetical order; everyone for an empty name.
func (e *Engine) Speakers(typed string, limit int) []string {
	typed = strings.TrimSpace(typed)
	var out []string
	if typed != "" {
		for _, i := range e.whoIs(typed) {
			out = append(out, e.qix.people.list[i].name)
		}
		sort.Strings(out)
	}
	folded := strings.ToLower(index.Fold(typed))
	var rest []string
	for _, p := range e.qix.people.list {
		if !containsString(out, p.name) && strings.Contains(strings.ToLower(index.Fold(p.name)), folded) {
			rest = append(rest, p.name)
		}
	}
	sort.Strings(rest)
	out = append(out, rest...)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}
