// List questions: the coordination that answers, gathering every item the articles give.

package qa

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// A whole list: a question asking for several things ("which countries",
// "who …, all of them", "what three things …") gets every item the
// articles give. The top passage's list is the answer; items that other
// passages about as close to the question give, the same kind of thing
// (names for who and which), are added, each citing its passage, the same
// thing in two spellings once. A list only one sentence gives stays that
// sentence's list.

// asksList reports whether a question asks for a list.
func asksList(q *question) bool {
	words := q.words
	if len(words) < 2 {
		return false
	}
	wh := words[0] == "which" || words[0] == "what" || words[0] == "who" || words[0] == "whose" || words[0] == "name" || words[0] == "list"
	if at, _ := findCue(words, "list"); at >= 0 && wh {
		return true
	}
	if q.kind == KindWho && q.plural {
		return true
	}
	if at, _ := findCue(words, "besides"); at > 1 && words[0] == "what" {
		// "what did she send north besides troops": the things beside
		// the one set aside, a list of them
		return true
	}
	if words[0] == "what" {
		// "what does the aid package include": the parts of a whole
		// are a list
		for _, w := range words[1:] {
			if inclusionVerbs[w] {
				return true
			}
		}
	}
	if wh {
		// "what r the 5 priorities", "name the two envoys": a count of
		// things asked for is a list of them
		for i := 1; i+1 < len(words) && i <= 4; i++ {
			if (isCount(words[i])) && pluralNoun(words[i+1]) {
				return true
			}
		}
	}
	if words[0] == "what" && (words[1] == "are" || words[1] == "were") && len(words) > 3 && nounOpeners[words[2]] && !indefiniteWords[words[2]] {
		// "what are the summit's priorities", "what were the main
		// demands of the union": the things the plural names are a list;
		// not when a verb follows it ("what are the insurers
		// expecting"): then they are who does something
		for i := 3; i < min(len(words), 5); i++ {
			if pluralNoun(words[i]) && (i+1 == len(words) || words[i+1] == "of" || prepositions[words[i+1]]) {
				return true
			}
			if auxiliaries[words[i]] {
				break
			}
		}
	}
	if words[0] == "which" || words[0] == "what" {
		// "which countries …", "which russian places …" (not "which city
		// hosts …")
		if pluralNoun(words[1]) {
			return true
		}
		// past an adjective, a plural the word lists know ("which russian
		// *places*"; not "which city *hosts*")
		n := words[min(2, len(words)-1)]
		return pluralNoun(n) && (whoNouns[n] || whereNouns[n])
	}
	if words[0] == "whose" && len(words) > 2 {
		// "whose security *advisers* …": whose are several
		return pluralNoun(words[1]) || pluralNoun(words[2])
	}
	return false
}

// inclusionVerbs say what a whole is made of (kinds.txt).
var inclusionVerbs = cueSet("inclusion-words")

// isCount reports whether w is a whole number above one, in figures or
// words ("5", "five").
func isCount(w string) bool {
	// (Atoi only where it may find a number: its error for a word is
	// allocated, and most words are words)
	if w != "" && (isDigit(w[0]) || w[0] == '+' || w[0] == '-') {
		if n, err := strconv.Atoi(w); err == nil {
			return n > 1 && n < 100
		}
	}
	return w != "one" && countWords[w]
}

// countWords are the numbers a list is counted in.
var countWords = wordSet("one two three four five six seven eight nine ten eleven twelve")

// pluralNoun reports whether w (lower case) is spelt as a noun's plural:
// an "-s" that is no "-ss" ("crews", not "press"), no possessive
// ("pilot's", "mayor’s": endsGenitive), and no auxiliary ("does",
// "has", "was"), determiner ("this") or possessive ("its", "his") that
// ends in "s"; other words that do are not told apart ("always",
// "ours", "news", "series"). A word of three letters is none
// either: most that end in "s" are no plural ("bus", "gas", "yes"); nor
// is a singular in "-us" or "-is" ("census", "status", "crisis"), which
// a word so ended is unless, its "-s" taken off, it is still a word of
// the dictionary ("menus", "taxis", "skis"). It is the one test of that
// spelling in the package, which is also a verb's present third person
// ("sails", "seeks": finiteAfterWhat, baseVerbForm).
func pluralNoun(w string) bool {
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || endsGenitive(w) || auxiliaries[w] || determiners[w] || possessives[w] {
		return false
	}
	if strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return lexicon.IsWord(strings.TrimSuffix(w, "s"))
	}
	return true
}

// wantsAll reports whether a question asks for the whole list in so many
// words ("all of them", "name them all", "which three …"): then items other
// passages give are gathered too.
func wantsAll(q *question) bool {
	at, _ := findCue(q.words, "list")
	return at >= 0
}

// asksTwo reports whether a question asks for two things ("both", "two").
func asksTwo(q *question) bool {
	for _, w := range q.words {
		if w == "two" || w == "2" || w == "both" || w == "pair" {
			return true
		}
	}
	return false
}

// wantsNames reports whether a list question asks for names (people,
// countries, places) rather than things.
func wantsNames(q *question) bool {
	if q.kind == KindWho || q.kind == KindWhere {
		return true
	}
	words := q.words
	for _, w := range words[1:min(len(words), 4)] {
		if whoNouns[w] || whereNouns[w] || w == "places" || w == "towns" || w == "cities" {
			return true
		}
	}
	return false
}

// isName reports whether a conjunct is a name: capitalised, or a place.
func (e *Engine) isName(text string) bool {
	words := strings.Fields(text)
	if len(words) == 0 {
		return false
	}
	return isCapital(words[len(words)-1]) || e.isPlace(text)
}

// bestList is the coordination of a candidate that answers a list
// question: of names when names are asked for, standing nearest after the
// question's words, the longer first among equals; ok false when none.
func (e *Engine) bestList(q *question, c *cand) (coord, bool) {
	names := wantsNames(q)
	at := questionEnd(q, c)
	aside := setAside(q)
	best, found, bestScore := coord{}, false, 0.0
	for _, co := range coordinations(c.p.Text) {
		good := 0
		for _, it := range co.items {
			t := c.p.Text[it.start:it.end]
			name := e.isName(t)
			if !names && name && !isCapital(strings.Fields(t)[0]) {
				name = false // "continued military support to Ukraine": a thing, a place in it
			}
			if name == names && !e.mentionsEntity(q, t) {
				good++
			}
		}
		if good < len(co.items) {
			continue
		}
		if names && asksCountries(q) && !e.placesAll(c.p.Text, co) {
			continue // "which countries will deploy troops": not "Macron, Zelensky and … Starmer"
		}
		if names && !asksCountries(q) && modifiesNoun(c.p.Text, co) {
			continue // "British, French, German, and Ukrainian security advisers": adjectives, not who
		}
		if !names && len(co.items) < 3 && !asksTwo(q) {
			continue // "necessary and how they": two things but names are no pair to trust
		}
		score := float64(len(co.items))
		if co.all.start >= at {
			score += 2
		}
		if aside != "" && besideAside(q, c, co, aside) {
			score += 2 // "3,500 soldiers … would head north, along with water tankers, generators and field kitchens" for "besides troops"
		}
		// of lists that score alike, the one that holds the other: "(on
		// land, sea, and air)" is part of an item of a list of priorities
		if !found || score > bestScore || score == bestScore && co.all.start <= best.all.start && co.all.end >= best.all.end {
			best, found, bestScore = co, true, score
		}
	}
	return best, found
}

// modifiesNoun reports whether coordination co of text is nationalities
// only ("British, French, German, and Ukrainian") qualifying a noun for
// people, within the two words after it ("… security advisers"): words
// for the people's countries, not the people. Before a noun for a group or
// a thing ("British and French troops will deploy") they still say who.
func modifiesNoun(text string, co coord) bool {
	for _, it := range co.items {
		for w := range strings.FieldsSeq(text[it.start:it.end]) {
			if !isDemonym(strings.Trim(w, ",")) {
				return false
			}
		}
	}
	for i, w := range strings.Fields(text[co.all.end:]) {
		w = strings.Trim(w, ",;:.”\"’'")
		lw := strings.ToLower(w)
		if i == 2 || w == "" || w != lw || lexicon.IsFunctionWord(lw) || pastVerb(lw) || auxiliaries[lw] {
			return false
		}
		if lexicon.IsPersonNoun(lw) {
			return true
		}
	}
	return false
}

// asksCountries reports whether a question asks for countries, which a
// nationality names ("which countries' advisers", "whose advisers").
func asksCountries(q *question) bool {
	for _, w := range q.words {
		switch w {
		case "country", "countries", "nation", "nations", "whose", "nationality", "nationalities":
			return true
		}
	}
	return false
}

// othersRE is a count of others of a kind: "six other European powers",
// "two other countries".
var othersRE = regexp.MustCompile(`(?i)^(?:\d[\d,]*|` + smallNumbers + `) other\b`)

// wholeCoordination widens a "who" answer that is one name of a
// coordination of names ("Bolivia" of "Argentina, Peru and Bolivia") to the
// whole of it: the sentence's list.
func (e *Engine) wholeCoordination(q *question, c *cand, ans *Answer) {
	h := &ans.Passages[0]
	for _, co := range coordinations(c.p.Text) {
		all := c.p.Text[co.all.start:co.all.end]
		if !strings.Contains(all, ans.Short) || len(all) == len(ans.Short) {
			continue
		}
		// the list must be who does what is asked: the question's verb
		// follows it closely ("Argentina, Peru and Bolivia *offered* …")
		// (or, made a noun, goes before it with its preposition: "a
		// firm *rebuke* from Denmark and six other European powers")
		if !e.asksWithin(q, firstFields(c.p.Text[co.all.end:], 4)) && !e.asksWithin(q, lastFields(c.p.Text[:co.all.start], 2)) {
			continue
		}
		names := true
		for _, it := range co.items {
			item := c.p.Text[it.start:it.end]
			// a name, or the others of its kind the sentence counts
			// with it ("Denmark and six other European powers")
			names = names && (e.isName(item) || othersRE.MatchString(item)) && !e.mentionsEntity(q, item)
		}
		if short := shortText(all); names && short != "" {
			ans.Short = short
			h.Marks = markOf(h.Text, short)
			return
		}
	}
}

// preferList puts first, for a list question whose best candidate gives
// no list of what is asked (nor introduces bullets), the first rival
// (matching the question about as well) that gives one: a list is what
// is asked, which a sentence about the same thing without it is not
// ("in lost trade, late deliveries and wasted working hours" over "raised
// its estimate to $1.5 million a day"). Before that, for any question
// naming a concrete class or a mass of things ("what sorts of ships",
// "what gear": classListAt), a list of its members; and for one setting
// a thing aside ("besides troops": asideListAt), the list beside it.
func (e *Engine) preferList(q *question, cands []*cand) []*cand {
	if len(cands) < 2 {
		return cands
	}
	if i := e.classListAt(q, cands); i > 0 {
		return toFront(cands, i)
	}
	if !asksList(q) {
		return cands
	}
	top := cands[0]
	if i := e.asideListAt(q, cands); i > 0 {
		return toFront(cands, i)
	}
	if co, ok := e.bestList(q, top); ok && !listOfAsked(q, top, co) {
		// the top passage lists other things than the question names:
		// a rival's list of them first ("teams from Japan, Mexico and
		// Peru" over "Argentina, Peru and Bolivia offered to send teams"
		// for "which countries sent specialist teams")
		for i, c := range cands[1:min(len(cands), MaxPassages)] {
			if !rivals(c, top) || heading(c.p.Kind) {
				continue
			}
			if co, ok := e.bestList(q, c); ok && listOfAsked(q, c, co) {
				return toFront(cands, i+1)
			}
		}
	}
	if _, ok := e.bestList(q, top); ok || len(bulletRun(top.a, top.p)) >= 2 {
		return cands
	}
	for i, c := range cands[1:min(len(cands), MaxPassages)] {
		if !rivals(c, top) || heading(c.p.Kind) {
			continue
		}
		if _, ok := e.bestList(q, c); ok {
			return toFront(cands, i+1)
		}
	}
	// further down, a list of the very things the question names: its
	// items headed by the question's plural noun ("container ships,
	// tankers and two cruise ships" for "what sorts of ships"), or
	// standing right after it ("claims for delays, cargo damage and
	// salvage")
	for i, c := range cands[1:min(len(cands), listReach)] {
		if c.score < listShare*top.score || heading(c.p.Kind) {
			continue
		}
		if co, ok := e.bestList(q, c); ok && listOfAsked(q, c, co) {
			return toFront(cands, i+1)
		}
	}
	return cands
}

// matchesPlural reports whether passage word term is a plural noun of the
// question (the things a list question asks for), or its synonym: a word
// only near it in meaning is too loose ("cargo" for "ships").
func matchesPlural(q *question, term string) bool {
	for _, h := range q.lookup[term] {
		if !h.soft && pluralNoun(q.terms[h.i].word) {
			return true
		}
	}
	return false
}

// listReach and listShare bound how far down preferList looks for a list
// of the things a question names: among the first listReach candidates,
// scoring at least listShare of the top one.
const (
	listReach = 5
	listShare = 0.6
)

// listOfAsked reports whether coordination co of candidate c lists what
// the question names in a plural noun: the last word of most of its items
// is it (lists name their kind by the items' heads), or it stands just before the list, at
// most one word (a preposition) between ("teams from Japan, Mexico and
// Peru").
func listOfAsked(q *question, c *cand, co coord) bool {
	headed := 0
	for _, it := range co.items {
		for _, tok := range c.toks {
			if tok.End == it.end && matchesPlural(q, tok.Term) {
				headed++
				break
			}
		}
	}
	if 2*headed > len(co.items) {
		return true
	}
	before := -1
	for k, tok := range c.toks {
		if tok.Start >= co.all.start {
			break
		}
		before = k
	}
	reach := 1
	for k := before; k >= 0 && k >= before-reach; k-- {
		if matchesPlural(q, c.toks[k].Term) {
			return true
		}
		if w := strings.ToLower(c.p.Text[c.toks[k].Start:c.toks[k].End]); inclusionVerbs[w] || exampleWords[w] {
			// "European leaders present at the meeting, including
			// Macron, …": the noun the examples are of stands
			// further back
			reach = before - k + 4
		}
	}
	return false
}

// exampleWords, with the verbs of inclusion, bring in examples of a noun
// that stands before them ("leaders, including A, B and C"; "such as",
// "notably", "among them") (kinds.txt).
var exampleWords = cueSet("example-words")

// gatherList makes the answer to a list question: the top passage's list,
// with the names other close passages add.
func (e *Engine) gatherList(q *question, cands []*cand, ans *Answer) {
	top := cands[0]
	if e.bulletList(q, cands, ans) {
		return // "list the pledges": the bullets a passage introduces, each
	}
	co, listed := e.bestList(q, top)
	if !listed {
		if at, list, ok := e.announcedList(q, top); ok && showAnnounced(&ans.Passages[0], top.a, at) {
			// the top sentence names the things and lists none, one of
			// the next lists them after a colon: the list is the
			// answer, shown with the sentence before it
			dropShownBelow(ans)
			setShort(ans, list)
			for _, it := range listItems(list) {
				ans.Items = append(ans.Items, Item{Text: it})
			}
			return
		}
	}
	h0 := ans.Passages[0]
	var items []Item
	if listed {
		for _, it := range co.items {
			items = append(items, Item{Text: top.p.Text[it.start:it.end], Passage: 0})
		}
		all := top.p.Text[co.all.start:co.all.end]
		if ans.bare == all && strings.HasPrefix(ans.Short, all) && nameList(all) {
			// the names shown with what they did (inPhrase): the list
			// as it stands, with its predicate
			ans.Passages[0].Marks = markOf(h0.Text, ans.Short)
		} else {
			ans.Short = shortText(all)
			if ans.Short == "" {
				ans.Short = all
			}
			ans.Passages[0].Marks = markOf(h0.Text, all)
		}
	} else if ans.Short != "" {
		items = append(items, splitItems(ans.found())...) // what was found, not the clause it is shown in
		if len(items) == 1 && wantsNames(q) && e.isName(items[0].Text) {
			// "drones hit … in Kostroma, … and struck … in Lipetsk": the
			// sentence's other names of the same kind, in other clauses
			place := e.isPlace(items[0].Text)
			negated := clauseNegated(top.p.Text, strings.Index(top.p.Text, items[0].Text))
			for _, n := range e.freeSpans(q, top.p.Text, e.names(top.p.Text)) {
				t := top.p.Text[n.start:n.end]
				if clauseNegated(top.p.Text, n.start) != negated {
					continue // "Belgium would support …, while Croatia … would not": no item of its list
				}
				if e.isPlace(t) == place && !e.sameItem(items, t) && strings.Contains(h0.Text, t) && !e.mentionsEntity(q, t) && e.personLike(t) != place && !(q.wantsCountry() && !e.namesCountry(t)) {
					items = append(items, Item{Text: t})
				}
			}
			if len(items) > 1 {
				var words []string
				for _, it := range items {
					words = append(words, it.Text)
				}
				ans.Short = joinItems(words)
				ans.Passages[0].Marks = nil
				for _, it := range items {
					if at := strings.Index(h0.Text, it.Text); at >= 0 {
						ans.Passages[0].Marks = append(ans.Passages[0].Marks, [2]int{at, at + len(it.Text)})
					}
				}
			}
		}
	}
	if !wantsNames(q) || len(items) == 0 || !wantsAll(q) || !e.isName(items[0].Text) {
		if len(items) > 1 {
			ans.Items = items
		}
		return
	}
	// names other passages add, each cited
	for _, c := range cands[1:min(len(cands), closeLook)] {
		if c.cov < 0.85*top.cov || !c.entOK || c.score < 0.7*top.score || heading(c.p.Kind) {
			continue // (in a headline's title case every word looks like a name: "Tests Unity")
		}
		var add []string
		if co, ok := e.bestList(q, c); ok {
			for _, it := range co.items {
				add = append(add, c.p.Text[it.start:it.end])
			}
		} else if s := e.extract(q, c); s != "" {
			for _, it := range splitItems(s) {
				add = append(add, it.Text)
			}
		}
		for _, a := range add {
			if !e.isName(a) || e.sameItem(items, a) || isDemonym(a) || endsGenitive(a) || e.eventTopic(a) || q.wantsCountry() && e.isPlace(a) && isCity(a) {
				// a name of the event's own setting ("Paris") is no item
				continue
			}
			p := passageIndex(ans, c)
			if p < 0 {
				if len(ans.Passages) == MaxPassages {
					break
				}
				ans.Passages = append(ans.Passages, e.hit(c))
				p = len(ans.Passages) - 1
			}
			if !strings.Contains(ans.Passages[p].Text, a) {
				continue
			}
			items = append(items, Item{Text: a, Passage: p})
			if !slices.Contains(ans.Sources, c.a.ID) {
				ans.Sources = append(ans.Sources, c.a.ID)
			}
		}
	}
	if len(items) > 1 {
		ans.Items = items
		if items[len(items)-1].Passage != 0 {
			var words []string
			for _, it := range items {
				words = append(words, it.Text)
			}
			ans.Short = joinItems(words)
		}
	}
}

// placesAll reports whether every item of a coordination is a place or a
// word made of one ("Britain, France and other European allies").
func (e *Engine) placesAll(text string, co coord) bool {
	for _, it := range co.items {
		t := strings.TrimPrefix(strings.TrimPrefix(text[it.start:it.end], "the "), "The ")
		if !e.isPlace(t) && !countryWord(t) && !isDemonym(t) {
			return false
		}
	}
	return true
}

// clauseNegated reports whether the clause of text around byte at (between
// the marks that close clauses) holds a negation.
func clauseNegated(text string, at int) bool {
	if at < 0 {
		return false
	}
	cl := clauseAround(text, span{at, at}, ",;:—")
	return negRE.MatchString(text[cl.start:cl.end])
}

// splitItems splits a short answer of coordinated names into its items.
func splitItems(s string) []Item {
	s = strings.ReplaceAll(s, ", and ", ", ")
	s = strings.ReplaceAll(s, " and ", ", ")
	var out []Item
	for _, p := range strings.Split(s, ", ") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, Item{Text: p})
		}
	}
	return out
}

// sameItem reports whether a name is already among the items in another
// spelling: the same analysed words ("UK", "Britain", "United Kingdom";
// "Zelensky", "Zelenskyy"), or one's surname the other's.
func (e *Engine) sameItem(items []Item, name string) bool {
	terms := e.termSet(name)
	for _, it := range items {
		other := e.termSet(it.Text)
		if subset(terms, other) || subset(other, terms) {
			return true
		}
	}
	return false
}

func (e *Engine) termSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, t := range e.analyze(text) {
		m[t.Term] = true
	}
	return m
}

func subset(a, b map[string]bool) bool {
	if len(a) == 0 {
		return false
	}
	for t := range a {
		if !b[t] {
			return false
		}
	}
	return true
}

func passageIndex(ans *Answer, c *cand) int {
	for i, h := range ans.Passages {
		for _, p := range h.Passages {
			if h.Article == c.a && p.Seq == c.p.Seq {
				return i
			}
		}
	}
	return -1
}

// bulletList answers a list question with a run of bullets, when one of
// the best candidates (matching nearly as much of the question as the top
// one: bulletCover) is the sentence that introduces one ("The largest
// commitments announced at the conference were:"): each bullet an item,
// quoted. It reports whether it answered.
func (e *Engine) bulletList(q *question, cands []*cand, ans *Answer) bool {
	top := cands[0]
	for _, c := range cands[:min(len(cands), closeLook)] {
		if c != top && c.cov < bulletCover*top.cov {
			continue
		}
		run := bulletRun(c.a, c.p)
		if len(run) < 2 || c.p.Kind == corpus.KindBullet && !runFound(cands, c, run) {
			// a bullet itself answers as a sentence does ("Macron,
			// Starmer, and Merz to speak alongside Zelenskyy"): the run
			// is the answer where a sentence or a heading introduces
			// it, or where another of its bullets was found too ("name
			// the donors": "World Bank: …", "Japan: …")
			continue
		}
		var hits []Hit
		var items []Item
		var texts []string
		for _, p := range run {
			if len(hits) == MaxPassages {
				break
			}
			text := strings.TrimRight(p.Text, " .;")
			items = append(items, Item{Text: text, Passage: len(hits)})
			texts = append(texts, text)
			hits = append(hits, Hit{Article: c.a, Passages: []corpus.Passage{p}, Text: p.Text, Score: c.score, Marks: [][2]int{{0, len(text)}}})
		}
		if first, last := run[0], run[len(run)-1]; len(hits) == len(run) && last.End-first.Start <= maxPassageBytes {
			// the run whole, as the article has it, one passage that
			// holds every item (each marked in it)
			whole := Hit{Article: c.a, Passages: run, Text: c.a.Text[first.Start:last.End], Score: c.score}
			for i, p := range run {
				at := p.Start - first.Start
				whole.Marks = append(whole.Marks, [2]int{at, at + len(items[i].Text)})
				items[i].Passage = 0
			}
			hits = []Hit{whole}
		}
		ans.Passages, ans.Items = hits, items
		ans.Short, ans.bare = joinItems(texts), ""
		ans.Sources = append([]string{c.a.ID}, slices.DeleteFunc(ans.Sources, func(id string) bool { return id == c.a.ID })...)
		return true
	}
	return false
}

// runFound reports whether run is a table of labelled entries ("World
// Bank: a $500 million loan …", "Japan: $75 million …") and a candidate
// other than c is one of them: a question that finds two entries asks
// for the table. (Bullets of free text, "Macron, Starmer, and Merz to
// speak alongside Zelenskyy", each answer alone.)
func runFound(cands []*cand, c *cand, run []corpus.Passage) bool {
	for _, p := range run {
		if !labelled(p.Text) {
			return false
		}
	}
	for _, o := range cands[:min(len(cands), closeLook)] {
		if o != c && o.a == c.a && o.p.Kind == corpus.KindBullet && slices.ContainsFunc(run, func(p corpus.Passage) bool { return p.Seq == o.p.Seq }) {
			return true
		}
	}
	return false
}

// labelled reports whether a bullet opens with a label and a colon, in
// a few words: "World Bank: …".
func labelled(text string) bool { return labelEnd(text, labelWords) > 0 }

// labelEnd is where the label a bullet opens with ends, at its colon, if
// the label runs to at most maxWords words; -1 for none.
func labelEnd(text string, maxWords int) int {
	i := strings.Index(text, ": ")
	if i <= 0 || wordCount(text[:i]) > maxWords {
		return -1
	}
	return i
}

// labelWords is how many words a bullet's label runs to at most, for the
// label shown with its figure and the bullets a list is read from (the
// rank feature's label has its own, labelMaxWords).
const labelWords = 4

// bulletCover is the least share of the top candidate's coverage a bullet
// (or the sentence introducing bullets) must have to answer a list
// question: a list is what is asked, which a sentence about the same thing
// is not.
const bulletCover = 0.8

// bulletRun is the run of consecutive bullets p stands in, or that p
// introduces (a sentence ending in a colon, the bullets right after it);
// nil when there is none.
func bulletRun(a *corpus.Article, p corpus.Passage) []corpus.Passage {
	var from int
	switch {
	case p.Kind == corpus.KindBullet:
		from = runStart(a, p.Seq)
	case introduces(a, p.Seq):
		from = p.Seq + 1
	case p.Kind == corpus.KindBody && p.Seq+1 < len(a.Passages) && a.Passages[p.Seq+1].Block == p.Block && introduces(a, p.Seq+1):
		from = p.Seq + 2 // the sentence before the one that introduces them, in its paragraph ("… would still be handled during the strike. The exemptions cover:")
	case p.Kind == corpus.KindSubhead && p.Seq+1 < len(a.Passages) && a.Passages[p.Seq+1].Kind == corpus.KindBullet:
		from = p.Seq + 1 // a heading over the bullets ("What was pledged")
	case p.Kind == corpus.KindSubhead && introduces(a, p.Seq+1):
		from = p.Seq + 2 // or over the sentence that introduces them
	default:
		return nil
	}
	var run []corpus.Passage
	for i := from; i < len(a.Passages) && a.Passages[i].Kind == corpus.KindBullet; i++ {
		run = append(run, a.Passages[i])
	}
	return run
}

// introduces reports whether a's passage i is a sentence that opens a run
// of bullets: it ends in a colon, and the passage after it is a bullet
// (asked first: most passages have none after them, and listTable asks
// it of every passage, once).
func introduces(a *corpus.Article, i int) bool {
	return i+1 < len(a.Passages) && a.Passages[i+1].Kind == corpus.KindBullet && strings.HasSuffix(strings.TrimSpace(a.Passages[i].Text), ":")
}

// runStart is the index of the first bullet of the run of bullets that
// holds a's passage seq (seq itself when the passage before is none).
func runStart(a *corpus.Article, seq int) int {
	for seq > 0 && a.Passages[seq-1].Kind == corpus.KindBullet {
		seq--
	}
	return seq
}

// askedClass is the plural noun naming the class of things a list
// question asks for: "ships" of "what sorts of ships were stuck",
// "countries" of "which countries sent teams"; "" when it names none in
// its first words.
func askedClass(q *question) string {
	w := q.words
	if len(w) < 2 || w[0] != "what" && w[0] != "which" && w[0] != "name" && w[0] != "list" {
		return ""
	}
	for i := 1; i < min(len(w), 5); i++ {
		switch {
		case kindNouns[w[i]] || w[i] == "of" || w[i] == "the" || w[i] == "other" || isCount(w[i]):
			continue // "what sorts of", "which other", "name the two"
		case pluralNoun(w[i]) && !lexicon.IsFunctionWord(w[i]):
			return w[i]
		}
		return ""
	}
	return ""
}

// classNear is the least mean GloVe similarity of a list's items (their
// head words) to the noun of the class asked for that makes them members
// of it: "container ships, tankers and two cruise ships" stand at 0.7 of
// "ships", "gloves, boots and masks" near 0.5 of "gear"; items of
// unrelated kinds ("trade", "hours" of "ships") stand below 0.4.
const classNear = 0.45

// classList reports whether coordination co of c lists members of the
// class the question asks for (askedClass): three items or more (or as
// many as asked for two), whose head words stand on average within
// classNear of the class noun, none below alignFloor.
func classList(q *question, c *cand, co coord, class string) bool {
	if len(co.items) < 3 && !(len(co.items) == 2 && asksTwo(q)) {
		return false
	}
	anchor := lexicon.Default().Anchor(class) // looked up once, not once an item
	sum := 0.0
	for _, it := range co.items {
		head := itemHead(c.p.Text[it.start:it.end])
		if head == "" || head != strings.ToLower(head) {
			return false // a name: which of them is asked the deed tells, not the class (bestList)
		}
		s, ok := anchor.Similarity(head)
		if !ok || s < alignFloor {
			return false
		}
		sum += float64(s)
	}
	return sum/float64(len(co.items)) >= classNear
}

// itemHead is the head word of a listed item, its last word without the
// marks and quotation marks around it ("masks.)" → "masks"), in its own
// case; "" for none. classList and listsThings read a list's items by it.
func itemHead(item string) string {
	return strings.Trim(lastWord(item), ".,;:()“”\"'’‘")
}

// classReach and classShare bound how far down classListAt looks for a
// list of the class asked for: among the first classReach candidates,
// scoring at least classShare of the top one.
const (
	classReach = closeLook
	classShare = 0.35
)

// classListAt is the place among cands of the first candidate whose list
// is of the class a list question asks for (askedClass), or of the mass a
// "what" question asks of (massClass: "what gear do you need" finds
// "wear gloves, boots and masks") (classList), when the top
// candidate gives none: "including container ships, tankers and two
// cruise ships" for "what sorts of ships were stuck in the queue", over a
// sentence on the queue that names no sort. 0 when there is none to
// prefer.
func (e *Engine) classListAt(q *question, cands []*cand) int {
	class := ""
	if asksList(q) {
		class = askedClass(q)
	} else {
		class = e.massClass(q)
	}
	if class == "" || wantsNames(q) || !lexicon.IsPhysicalNoun(class) {
		return 0
	}
	has := func(c *cand) bool {
		if heading(c.p.Kind) {
			return false
		}
		for _, co := range coordinations(c.p.Text) {
			if classList(q, c, co, class) {
				return true
			}
		}
		return false
	}
	top := cands[0]
	if has(top) {
		return 0
	}
	for i, c := range cands[1:min(len(cands), classReach)] {
		if c.score >= classShare*top.score && has(c) {
			return i + 1
		}
	}
	return 0
}

// setAside is the word of the thing a question sets aside to ask for the
// others of its kind ("troops" of "what did she send besides troops",
// kinds.txt [besides]), "" when it sets none aside.
func setAside(q *question) string {
	at, n := findCue(q.words, "besides")
	if at < 0 {
		return ""
	}
	for _, w := range q.words[at+n:] {
		if !lexicon.IsFunctionWord(w) && !isCount(w) {
			return w // past "a", "some", "these", "our" …: the thing itself
		}
	}
	return ""
}

// asideReach is how many bytes before a list the thing set aside may
// stand to be listed with it ("3,500 soldiers and sailors would head
// north before nightfall, along with …"): a clause's length.
const asideReach = 100

// besideAside reports whether coordination co of c stands just after the
// thing the question sets aside (aside: its word, or a synonym of it) and
// holds it in none of its items: the others the sentence gives with it.
func besideAside(q *question, c *cand, co coord, aside string) bool {
	near := false
	for _, tok := range c.toks {
		if tok.End > co.all.end {
			break
		}
		for _, h := range q.lookup[tok.Term] {
			if h.soft || !strings.EqualFold(q.terms[h.i].word, aside) {
				continue
			}
			if tok.Start >= co.all.start {
				return false // "troop deployments, ceasefire monitoring, …": the thing set aside is an item
			}
			if tok.End >= co.all.start-asideReach {
				near = true
			}
		}
	}
	return near
}

// asideListAt is the place among cands of the first rival of the top
// candidate whose list stands with the thing the question sets aside
// (besideAside), when the top one's does not: "what did she send north
// besides troops" finds "3,500 soldiers … would head north, along with
// water tankers, generators and field kitchens" over a list of what a
// fund is for. 0 when there is none to prefer.
func (e *Engine) asideListAt(q *question, cands []*cand) int {
	aside := setAside(q)
	if aside == "" {
		return 0
	}
	has := func(c *cand) bool {
		if heading(c.p.Kind) {
			return false
		}
		co, ok := e.bestList(q, c)
		return ok && besideAside(q, c, co, aside)
	}
	top := cands[0]
	if has(top) {
		return 0
	}
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if rivals(c, top) && has(c) {
			return i + 1
		}
	}
	return 0
}

// massClass is the noun of a question asking "what" of a mass of things
// ("what gear do you need", "what kit is the port buying"): the noun right
// after "what", before an auxiliary, a thing with extent (WordNet) that
// the articles never write in the plural (a mass noun: "gear", "kit";
// not "ship", which they count). Its members are a list. "" when the
// question asks no such thing.
func (e *Engine) massClass(q *question) string {
	w := q.words
	if len(w) < 3 || w[0] != "what" || !auxiliaries[w[2]] {
		return ""
	}
	n := w[1]
	if pluralNoun(n) || !lexicon.IsPhysicalNoun(n) {
		return ""
	}
	for _, p := range []string{n + "s", n + "es"} {
		if e.vocab.count[p] > 0 {
			return ""
		}
	}
	return n
}
