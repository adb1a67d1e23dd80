// "What is X" definition questions: X, the passages that name it, and the phrase that defines it.

package qa

import (
	"context"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// KindDefine is a question asking what something is ("what is X", "whats
// X", "what do they mean by X"): answered with the words that say what X
// is, not with where it is.
const KindDefine Kind = "definition"

// definedTerm is X of a definition question, as typed, or "".
func definedTerm(q *question) string {
	words := q.words
	if i := strings.IndexAny(q.text, ",;"); i > 0 {
		// "whats the caswell bridge, which one is that", "whats greenland
		// again, why is it in this": X ends at the comma, and what follows
		// is another clause of the asker's
		if n := len(chatWords(q.text[:i])); n > 2 && n < len(words) {
			words = words[:n]
		}
	}
	var rest []string
	switch mean := meanAfterIs(words); {
	case mean > 0:
		rest = words[2:mean] // "whats flood stage mean": chat's "what's X mean" is "what does X mean"
	case len(words) > 2 && (words[0] == "what" && words[1] == "is" || (words[0] == "what" || words[0] == "who") && words[1] == "are"):
		rest = words[2:] // "who are the ptwu": a body, as "what is" asks (a person: whois.go)
	case meantBy(words) > 0:
		rest = words[meantBy(words)+2:] // "what do they mean by X", "what does Brennock Textiles mean by X"
	case len(words) > 3 && words[0] == "what" && (words[1] == "does" || words[1] == "do") && words[len(words)-1] == "mean":
		rest = words[2 : len(words)-1] // "what does X mean"
	case len(words) > 4 && words[0] == "what" && (words[1] == "does" || words[1] == "do") && expands(q):
		rest = words[2 : len(words)-2] // "what does OCHA stand for": the name it is short for
	case len(words) > 4 && words[0] == "what" && (words[1] == "does" || words[1] == "do") && slices3(words, "mean"):
		i := slices.Index(words, "mean")
		rest = words[2:i] // "what does backstop even mean here"
	case asksDoes(q) && words[len(words)-1] == "do":
		// "what does the aviation workers union (actually) do": what a
		// body is for, which its description says ("…, which represents
		// 5,200 staff")
		rest = words[2 : len(words)-1]
		for len(rest) > 1 && strings.HasSuffix(rest[len(rest)-1], "ly") {
			rest = rest[:len(rest)-1]
		}
	default:
		return ""
	}
	if k := slices.Index(rest, "special"); k >= 0 && k <= 1 && (k == 0 || rest[0] == "so") && k+1 < len(rest) && rest[k+1] == "about" {
		// "what is so special about wend meadows": what X is, which makes
		// it matter
		rest = rest[k+2:]
	}
	for len(rest) > 0 && (rest[0] == "the" || rest[0] == "a" || rest[0] == "an" || rest[0] == "this" || rest[0] == "that") {
		rest = rest[1:]
	}
	if i := slices.IndexFunc(rest, func(w string) bool { return w == "thing" || w == "stuff" }); i > 0 {
		// "the backstop thing (they keep mentioning)": chat's empty head
		// noun closes X, and what follows it is the asker's clause; "the
		// greenland thing" is the affair of a name, not what the name is
		if slices.ContainsFunc(q.terms, func(t qterm) bool { return t.entity && strings.ToLower(t.word) == rest[i-1] }) {
			return ""
		}
		rest = rest[:i]
	}
	for len(rest) > 0 && defineTail[rest[len(rest)-1]] {
		rest = rest[:len(rest)-1]
	}
	if len(rest) == 0 || len(rest) > 5 {
		return ""
	}
	for _, w := range rest {
		if auxiliaries[w] || w == "mean" || frameNouns[w] {
			return "" // "what is the role of …": not a definition
		}
	}
	return strings.Join(rest, " ")
}

// meantBy is where "mean" stands in "what do/does SPEAKER mean by X", a
// speaker of one word or more, or 0 where the words do not ask so.
func meantBy(words []string) int {
	if len(words) < 5 || words[0] != "what" || words[1] != "do" && words[1] != "does" {
		return 0
	}
	if i := slices.Index(words, "mean"); i > 2 && i+2 < len(words) && words[i+1] == "by" {
		return i
	}
	return 0
}

// meanAfterIs is where "mean" stands in "what is X mean (…)", chat's
// spelling of "what does X mean" ("whats flood stage mean", "whats an
// abstention mean in a council vote"), or 0 where the words do not ask so.
// "What's X mean for Y" (or "to Y") asks what X will bring Y, no meaning of
// a word. "Mean" after a determiner is the adjective or noun ("what is the
// mean temperature"), and "means" is the noun ("what is the means of
// escape"): neither asks a meaning.
func meanAfterIs(words []string) int {
	if len(words) < 4 || words[0] != "what" || words[1] != "is" {
		return 0
	}
	i := slices.Index(words, "mean")
	if i <= 2 || nounOpeners[words[i-1]] || i+1 < len(words) && (words[i+1] == "for" || words[i+1] == "to") {
		return 0
	}
	return i
}

// bodyWord reports whether a name's word is a common English word, no
// surname: "who are Thessaly Maritime" asks of a body, whose name ends in
// a word ("Maritime", "Buses", "Systems"), though the articles name it in
// full as they do people ("Thessaly Maritime said …").
func bodyWord(w string) bool {
	lw := strings.ToLower(w)
	return lexicon.IsWord(lw) && !lexicon.IsName(lw)
}

// asksDoes reports whether a definition question asks what X does:
// "what does the aviation workers union do".
func asksDoes(q *question) bool {
	n := len(q.words)
	return n > 3 && q.words[0] == "what" && (q.words[1] == "does" || q.words[1] == "do") && q.words[n-1] == "do"
}

// expands reports whether a definition question asks what an
// abbreviation stands for.
func expands(q *question) bool {
	n := len(q.words)
	return n > 4 && q.words[n-2] == "stand" && q.words[n-1] == "for"
}

// asksMeaning reports whether a definition question asks what a kind of
// thing is ("what is *a* girder", "whats *an* abstention") or what a word
// means ("what does flood stage *mean*"), not what a named or known thing
// is ("what is the budget", "what is the death toll") nor what someone
// meant by their words ("what do they mean by binding commitments").
func asksMeaning(q *question) bool {
	w := q.words
	return len(w) > 2 && w[0] == "what" && w[1] == "is" && (w[2] == "a" || w[2] == "an") ||
		len(w) > 3 && w[0] == "what" && (w[1] == "does" || w[1] == "do") && w[len(w)-1] == "mean"
}

// undefined reports whether a question asks what a kind of thing is that no
// passage says: the articles may use the word ("the four main girders"),
// but a sentence that only uses it tells no one what it is, so Ask
// declines ("whats a girder exactly").
func (e *Engine) undefined(ctx context.Context, q *question) bool {
	x := definedTerm(q)
	meaning := asksMeaning(q)
	if x == "" || !meaning && !headNamed(q, x) {
		return false // (before X is analysed: most questions ask neither)
	}
	xq := e.analyse(x)
	if len(xq.terms) == 0 || slices.ContainsFunc(xq.terms, func(t qterm) bool { return e.s.DocFreq(t.term) == 0 }) {
		return false // a word of X the articles do not use as typed: what they say of it is weighed as any answer
	}
	var read []*cand // (the passages nameInPassing read, which define need not search for again)
	if !meaning {
		in, cands := e.nameInPassing(ctx, q, xq)
		if !in {
			return false
		}
		read = cands
	} else {
		cands, err := e.passagesOf(ctx, searchTerms(xq))
		if err != nil {
			return false
		}
		if !slices.ContainsFunc(cands, func(c *cand) bool { return len(occurrences(xq, c.toks)) > 0 }) {
			// no passage writes X whole, though each of its words is the
			// articles' ("whats an intermediate depth quake": "These
			// intermediate-depth earthquakes …"): none only uses X, so
			// what they say of it is weighed as any answer, as for a word
			// of X they do not use
			return false
		}
		read = cands
	}
	_, ok := e.defineFrom(ctx, q, read)
	return !ok
}

// nameInPassing reports whether "what is X" asks of a name (not a
// person's: whois.go answers those) that one passage alone mentions: a
// name mentioned in passing ("… fell 19% on the Hollin stock exchange"),
// where no passage says what it is (define), is not described by the
// articles, and the sentence that names it answers nothing; a name they
// speak of in several passages is what the story is about, and its
// passages say what it is in their own ways. It returns too the passages
// a search for X found, nil where it searched none.
func (e *Engine) nameInPassing(ctx context.Context, q *question, xq question) (bool, []*cand) {
	if meantBy(q.words) > 0 {
		// "what do they mean by X", "what does Brennock Textiles mean by
		// X": what someone meant, however many words name them, not what
		// X is
		return false, nil
	}
	if !slices.ContainsFunc(xq.terms, func(t qterm) bool { return t.entity }) || e.asksOfPerson(xq.terms) {
		return false, nil
	}
	cands, err := e.passagesOf(ctx, searchTerms(xq))
	if err != nil {
		return false, nil
	}
	together, anyOrder, acts := namingPassages(xq, cands)
	return together == 1 && anyOrder == 1 && !acts, cands
}

// headNamed reports whether X, the words a definition question asks of,
// holds a word the question reads as a name in its head noun phrase, and
// none no article uses: what nameInPassing asks of ("the population of
// India", where no article names India, is weighed as any question). A
// name after a preposition is not what X is ("the death toll in Hollin",
// "the mood in Hollin" ask of a toll and a mood).
func headNamed(q *question, x string) bool {
	words := strings.Fields(x)
	if i := slices.IndexFunc(words, func(w string) bool { return prepositions[w] }); i >= 0 {
		words = words[:i]
	}
	inX := func(t qterm) bool { return slices.Contains(words, plainApostrophes(strings.ToLower(t.word))) }
	return slices.ContainsFunc(q.terms, func(t qterm) bool { return t.entity && inX(t) }) &&
		!slices.ContainsFunc(q.terms, func(t qterm) bool { return t.unknown && inX(t) })
}

// namingPassages counts the passages of cands where the words of X (xq, analysed)
// stand together (occurrences), and those that hold them all in any order
// ("the European multinational force" for "the multinational European
// force"); both in any spelling of each word (spelledBy, as occurrences
// reads them), so the first are among the second, and where both are 1 it
// is one passage; and whether a passage makes X the subject of a verb
// (actsIn), which says what X does or did.
func namingPassages(xq question, cands []*cand) (together, anyOrder int, acts bool) {
	for _, c := range cands {
		occs := occurrences(xq, c.toks)
		if len(occs) > 0 {
			together++
		}
		acts = acts || slices.ContainsFunc(occs, func(o span) bool { return actsIn(c.p.Text, o) })
		if !slices.ContainsFunc(xq.terms, func(t qterm) bool { return !spelledIn(&t, c.toks) }) {
			anyOrder++
		}
	}
	return together, anyOrder, acts
}

// actsIn reports whether X, where it stands in a passage's text (occ),
// opens it, after at most an article, and a verb follows: "The Ledbury
// Compact set out how …" says what X did, as a description says what it
// is, where "Trading at O’Neill stopped" only names it in passing.
func actsIn(text string, occ span) bool {
	if occ.start < 0 || occ.end > len(text) || occ.start > occ.end {
		return false
	}
	before := firstFields(text[:occ.start], 2) // (two are enough to tell)
	if len(before) > 1 || len(before) == 1 && !articles[strings.ToLower(before[0])] {
		return false
	}
	w := strings.ToLower(firstWord(text[occ.end:]))
	return w != "" && !strings.HasPrefix(text[occ.end:], ",") && !nounForm(w)
}

// defineHits is how many passages a search for X reads: the index's own
// window, wider than the passages five articles give any one name.
const defineHits = 30

// searchTerms are the words a search for X (xq, analysed) asks for: each
// of its terms and their spellings, in order.
func searchTerms(xq question) []string {
	var terms []string
	for _, t := range xq.terms {
		terms = append(terms, t.term)
		terms = append(terms, t.alts...)
	}
	return terms
}

// passagesOf returns the passages a search for terms (X's words, and
// their spellings) finds, each with its tokens read.
func (e *Engine) passagesOf(ctx context.Context, terms []string) ([]*cand, error) {
	hits, err := e.s.Search(ctx, index.Query{Terms: terms, Size: defineHits})
	if err != nil {
		return nil, err
	}
	var out []*cand
	for _, h := range hits {
		a := e.c.Article(h.Article)
		if a == nil || h.Seq < 0 || h.Seq >= len(a.Passages) {
			continue
		}
		c := &cand{a: a, p: a.Passages[h.Seq], bleve: h.Score}
		c.toks = e.factsOf(a, &c.p).toks
		out = append(out, c)
	}
	return out, nil
}

// asksOfPerson reports whether a word of terms is a person's name the
// articles use, and no common word a body's name ends in ("Maritime"):
// whois.go answers what a person is.
func (e *Engine) asksOfPerson(terms []qterm) bool {
	return slices.ContainsFunc(terms, func(t qterm) bool { return e.people[t.term] != nil && !bodyWord(t.word) })
}

// spelledIn reports whether a passage's tokens hold the term in any of its
// spellings.
func spelledIn(t *qterm, toks []index.Token) bool {
	return slices.ContainsFunc(toks, func(tok index.Token) bool { return t.spelledBy(tok.Term) })
}

// defineTail are words that close a definition question without being part
// of what it asks about ("what is X exactly", "what does X even mean here").
var defineTail = cueSet("define-tail-words") // kinds.txt

func slices3(words []string, w string) bool { return slices.Index(words, w) > 2 }

// A definition found in a passage: the phrase that says what X is, and how
// sure its form makes it.
type definition struct {
	c       *cand
	phrase  span
	rank    int  // 0 best: "X, a …", "X, which …", "X is a …"; then "the … X"; then "X to …"
	spelled bool // the name X abbreviates, spelled out: "… Affairs (OCHA)"
	// described is a name spelled out with a description before it ("the
	// terminal operator, Keldhaven Container Terminals (KCT)"): it says
	// more than the name alone, and comes first of its rank
	described bool
	// name is, for a described definition, the name spelled out alone:
	// what "what does KCT stand for" asks
	name span
	// after is where the description set off after a name by a comma
	// opens, past the name the phrase opens with ("which represents …"
	// of "The … Union, which represents …"), or 0
	after int
	// at is, for a phrase that opens on the article and modifiers of X
	// and goes on after it ("a multinational “reassurance force”
	// activated only after …"), where X opens, or 0
	at int
}

// define answers "what is X" with the phrase of a passage that says what X
// is: an apposition ("Greenland, an autonomous part of …"), a relative
// clause ("X, which …"), a copula ("X is a …"), a description before the
// name ("the national disaster agency Senapred"), a name spelled out before
// its abbreviation, or what X is for ("a US-led … mechanism to identify
// violations"). It reports false when the question is no definition or no
// passage defines X; Ask then answers as before.
func (e *Engine) define(ctx context.Context, q *question) (Answer, bool) {
	return e.defineFrom(ctx, q, nil)
}

// defineFrom is define reading read, the passages a search for X has
// already found (searchTerms), where they are not nil, instead of
// searching for them again.
func (e *Engine) defineFrom(ctx context.Context, q *question, read []*cand) (Answer, bool) {
	if len(q.words) > 0 && q.words[0] == "who" && !slices.ContainsFunc(q.terms, func(t qterm) bool { return t.entity }) {
		return Answer{}, false // "who are the rescuers": which people, not what a body is
	}
	if q.defines && (len(q.words) < 2 || q.words[0] != "who" || q.words[1] != "are" || e.asksOfPerson(q.terms)) {
		return Answer{}, false // "what's Carney's job": who he is, a description of a person (whois.go)
	}
	x := definedTerm(q)
	if x == "" {
		return Answer{}, false
	}
	xq := e.analyse(x)
	if len(xq.terms) == 0 {
		return Answer{}, false
	}
	for kt := range xq.terms {
		t := &xq.terms[kt]
		if e.s.DocFreq(t.term) == 0 && !slices.ContainsFunc(t.alts, func(a string) bool { return e.s.DocFreq(a) > 0 }) {
			// a word of X no passage holds in any spelling ("what is the
			// population of India"): no passage says what X is, and none
			// need be searched for (occurrences wants every word of X)
			if expands(q) {
				return Answer{Question: q.text, Kind: KindDefine}, true // no article has the abbreviation
			}
			return Answer{}, false
		}
	}
	cands, err := read, error(nil)
	if cands == nil {
		cands, err = e.passagesOf(ctx, searchTerms(xq))
	}
	if err == nil && len(cands) == 0 && expands(q) {
		return Answer{Question: q.text, Kind: KindDefine}, true // no article has the abbreviation
	}
	if err != nil || len(cands) == 0 {
		return Answer{}, false
	}
	var defs []definition
	for _, c := range cands {
		if asksItself(c.p.Text) {
			continue // a question the article asks defines nothing
		}
		for _, occ := range occurrences(xq, c.toks) {
			if d, ok := definitionAt(c, occ); ok {
				defs = append(defs, d)
			}
		}
	}
	if expands(q) {
		// "what does OCHA stand for" asks for the name spelled out, which
		// only "… (OCHA)" gives; where no article spells it out, the
		// coverage does not say
		defs = slices.DeleteFunc(defs, func(d definition) bool { return !d.spelled })
		for i := range defs {
			if defs[i].described {
				defs[i].phrase, defs[i].described = defs[i].name, false // the name alone, as it stands
			}
		}
		if len(defs) == 0 {
			return Answer{Question: q.text, Kind: KindDefine}, true
		}
	}
	// a phrase that says no more than X's own words and a particle
	// ("Élysée Palace ahead" of "… at the Élysée Palace ahead of the
	// summit") says nothing of what X is
	defs = slices.DeleteFunc(defs, func(d definition) bool {
		return e.wordsBesides(q, d.c.p.Text[d.phrase.start:d.phrase.end]) < 2
	})
	if len(defs) == 0 {
		return Answer{}, false
	}
	sort.SliceStable(defs, func(i, j int) bool {
		if defs[i].rank != defs[j].rank {
			return defs[i].rank < defs[j].rank
		}
		if defs[i].described != defs[j].described {
			return defs[i].described
		}
		pi, pj := kindPrior(defs[i].c.p.Kind), kindPrior(defs[j].c.p.Kind)
		if pi != pj {
			return pi > pj
		}
		return defs[i].c.bleve > defs[j].c.bleve
	})
	ans := Answer{Question: q.text, Kind: KindDefine, Answered: true}
	seen := map[passageKey]bool{}
	for _, d := range defs {
		k := passageKey{d.c.a.ID, d.c.p.Seq}
		if seen[k] || len(ans.Passages) == MaxPassages {
			continue
		}
		seen[k] = true
		h := Hit{Article: d.c.a, Passages: []corpus.Passage{d.c.p}, Text: d.c.p.Text, Score: float64(3 - d.rank)}
		if rest := d.c.p.Text[d.phrase.end:]; d.spelled && !d.described && !expands(q) && strings.HasPrefix(rest, " (") {
			if j := strings.IndexByte(rest, ')'); j > 0 {
				// "who are the ptwu": the name spelled out with the
				// abbreviation asked of, as written, "the Port and
				// Transport Workers' Union (PTWU)"; "what does PTWU stand
				// for" asks for the name alone
				d.phrase.end += j + 1
			}
		}
		phrase := d.c.p.Text[d.phrase.start:d.phrase.end]
		if d.after > d.phrase.start && asksDoes(q) {
			// "what does the union do": what it does, the relative clause
			// ("which represents 5,200 staff"), no name
			phrase = d.c.p.Text[d.after:d.phrase.end]
		}
		short := phrase
		if d.at > d.phrase.start && wordCount(phrase) > maxShortWords {
			// too long a phrase gives up the article and modifiers before
			// X, not what it says of X after it: "“reassurance force”
			// activated only after a peace deal with Russia is secured"
			short = d.c.p.Text[d.at:d.phrase.end]
		}
		if w := strings.Fields(short); len(w) > maxShortWords {
			short = strings.TrimRight(strings.Join(w[:maxShortWords], " "), " ,;:")
			// cut at a dozen words, not between a possessive, a count or
			// an ordinal and its noun ("the bridge's third | pier")
			short = withNoun(d.c.p.Text, short)
		}
		short = strings.TrimRight(short, " ,;:")
		if len(ans.Passages) == 0 {
			if unbalanced(short) {
				short = strings.Trim(short, "“”\" ")
			}
			if strings.Contains(h.Text, short) && !unbalanced(short) {
				ans.Short = short
				at := strings.Index(h.Text, short)
				h.Marks = [][2]int{{at, at + len(short)}}
			}
		}
		ans.Passages = append(ans.Passages, h)
		if !slices.Contains(ans.Sources, d.c.a.ID) {
			ans.Sources = append(ans.Sources, d.c.a.ID)
		}
	}
	return ans, true
}

// wordsBesides counts the words of substance of phrase that are not the
// question's own: neither its terms nor function words.
func (e *Engine) wordsBesides(q *question, phrase string) int {
	n := 0
	for _, t := range e.analyze(phrase) {
		if !q.has(t.Term) && !lexicon.IsFunctionWord(strings.ToLower(phrase[t.Start:t.End])) {
			n++
		}
	}
	return n
}

// occurrences are where the words of X stand together, in order, in a
// passage (a stop word or two between them allowed): byte spans.
func occurrences(xq question, toks []index.Token) []span {
	var out []span
	for i := range toks {
		k, j := 0, i
		for ; k < len(xq.terms) && j < len(toks); k, j = k+1, j+1 {
			if !xq.terms[k].spelledBy(toks[j].Term) || j > i && toks[j].Position-toks[j-1].Position > 3 {
				break
			}
		}
		if k == len(xq.terms) {
			out = append(out, span{toks[i].Start, toks[j-1].End})
		}
	}
	return out
}

// definitionAt reads the words around an occurrence of X for a phrase that
// says what X is.
func definitionAt(c *cand, occ span) (definition, bool) {
	text := c.p.Text
	end := occ.end
	// past a closing quotation mark, a possessive or a bracket: "“reassurance force”"
	for end < len(text) && strings.ContainsRune("”\"’'", rune(text[end])) {
		end++
	}
	if isCapital(text[occ.start:]) {
		// the rest of a name X begins: "Sentaro Systems, an IT contractor"
		for {
			w, _ := typedWord(text[end:])
			if !strings.HasPrefix(text[end:], " ") || strings.HasPrefix(text[end:], "  ") || !isCapital(w) || !isLetters(w) || lexicon.IsTitle(strings.ToLower(w)) || lexicon.IsHonorific(strings.ToLower(w)) {
				break // (nor on into a title and the name it heads: "Kessby Mayor Anne Holt")
			}
			end += 1 + len(w)
		}
	}
	rest := text[end:]
	lower := strings.ToLower(rest)
	pw := prepWhich(lower)
	switch {
	case strings.HasPrefix(lower, ", which ") || strings.HasPrefix(lower, ", who "):
		s := end + 2
		return definition{c: c, phrase: span{named(text, occ, s), s + defStop(text[s:])}, after: s}, true
	case pw > 0:
		// "magnetic particle testing, in which a magnetic field makes
		// fine iron powder gather along cracks": the clause a preposition
		// and "which" open says how X works, what it is
		s := end + pw
		return definition{c: c, phrase: span{s, s + defStop(text[s:])}}, true
	case strings.HasPrefix(rest, ", ") && startsDescription(rest[2:]):
		s := end + 2
		if fronted(text[:occ.start]) && !strings.HasPrefix(text[s+defStop(text[s:]):], ",") {
			// "In Kessby, the road into the village reopened": X in a
			// phrase fronted before the subject, which follows the comma;
			// "In Kessby, a village of 900 people, residents …" closes an
			// apposition
			break
		}
		rank := 0
		if lastWord(text[:occ.start]) == "of" {
			rank = 1 // "the issue of X, a flashpoint": the apposition may be the issue's
		}
		return definition{c: c, phrase: span{named(text, occ, s), s + defStop(text[s:])}, rank: rank, after: s}, true
	case strings.HasPrefix(rest, ", ") && namingBefore(text[:occ.start]):
		// "The system at the centre of the failure, known as SkyDesk,
		// handles bookings …": X names the noun phrase the comma before
		// the naming participle closes, and the verb after X's comma is
		// that phrase's: what X does
		s := end + 2
		if v, _ := nextWord(text[s:]); !clauseVerbOfName(v) {
			break
		}
		return definition{c: c, phrase: span{s, s + defStop(text[s:])}}, true
	case strings.HasPrefix(lower, " is a ") || strings.HasPrefix(lower, " is an ") || strings.HasPrefix(lower, " are a ") || strings.HasPrefix(lower, " are the ") || strings.HasPrefix(lower, " is the "):
		s := end + 1
		return definition{c: c, phrase: span{s, s + defStop(text[s:])}}, true
	case strings.HasPrefix(rest, " (") && strings.Contains(rest, ")"):
		// "X (ABBR)": the name spelled out is X; nothing more
	}
	// "the Office for the Coordination of Humanitarian Affairs (OCHA)"
	before := text[:occ.start]
	if strings.HasSuffix(before, "(") && strings.HasPrefix(rest, ")") {
		open := len(before) - 1
		words := strings.Fields(before[:open])
		n := 0
		for i := len(words) - 1; i >= 0 && n < 8; i-- {
			if !isCapital(words[i]) && !nameJoiners[words[i]] && words[i] != "for" && words[i] != "the" && !(words[i] == "and" && i > 0 && isCapital(words[i-1])) {
				break // (not the "and" of "Port and Transport Workers' Union")
			}
			n++
		}
		if n > 0 {
			for n > 1 && nameJoiners[words[len(words)-n]] {
				n-- // a name opens on none of its joiners: "(members) of the Port …"
			}
			// (where its words start read on the text itself, whatever
			// white space joins them)
			s := lastWordsFrom(before, 0, open, n)
			if a := appositionBefore(before[:s]); a >= 0 {
				// "the terminal operator, Keldhaven Container Terminals
				// (KCT)": what the body is, besides its name, as written
				return definition{c: c, phrase: span{a, occ.end + 1}, spelled: true, described: true, name: span{s, open - 1}}, true
			}
			return definition{c: c, phrase: span{s, open - 1}, spelled: true}, true
		}
	}
	// "A residents' group, Save Wend Meadows, said …": an apposition
	// before the name, closed after it
	if s := appositionBefore(before); s >= 0 && (rest == "" || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, " (")) {
		return definition{c: c, phrase: span{s, occ.end}, rank: 1}, true
	}
	// "the national disaster agency Senapred": a description before the
	// name; before a common noun the words are its modifiers, no
	// description ("the four main girders")
	bw := strings.Fields(before)
	for len(bw) > 0 && strings.Trim(bw[len(bw)-1], "\"“‘'(") == "" {
		bw = bw[:len(bw)-1] // the quotation mark that opens the name is the name's
	}
	k, article := len(bw), false
	for k > 0 && k > len(bw)-6 {
		w := strings.ToLower(bw[k-1])
		if w == "the" || w == "a" || w == "an" {
			article = true
			break
		}
		if listStop[w] || strings.HasSuffix(bw[k-1], ",") {
			k = -1
			break
		}
		k--
	}
	// the description opens with its article: "bookings could not be
	// changed online until SkyDesk" has none, and is a clause, no noun
	// phrase
	if article && k > 0 && len(bw)-k >= 2 && isCapital(text[occ.start:]) {
		desc := strings.Join(bw[k:], " ")
		if s := strings.LastIndex(before, desc); s >= 0 && (!isCapital(bw[len(bw)-1]) || !isCapital(bw[k])) {
			// with its article and the name it describes, as "who is X"
			// is answered: "the national disaster agency Senapred"
			if art := bw[k-1] + " "; strings.HasSuffix(before[:s], art) {
				s -= len(art)
			}
			return definition{c: c, phrase: span{s, occ.end}, rank: 1}, true
		}
	}
	// "declared a state of catastrophe across the region for 90 days, a
	// step that puts the armed forces in charge": a summative apposition
	// at the end of X's clause says what declaring X does
	if k := strings.Index(rest, ", "); k >= 0 && wordCount(rest[:k]) <= summativeReach && !strings.ContainsAny(rest[:k], ";:—(") {
		if m := summativeRE.FindStringIndex(rest[k+2:]); m != nil {
			s := end + k + 2
			return definition{c: c, phrase: span{s, s + defStop(text[s:])}, rank: 1}, true
		}
	}
	// "a US-led … mechanism to identify violations", "a … force activated
	// only after a peace deal": what X is for, or what is done to it
	first, _ := nextWord(rest)
	if first == "to" || first == "that" || pastVerb(first) && strings.HasSuffix(first, "ed") {
		s := strings.LastIndex(before, " a ")
		if s < 0 || wordCount(before[s:]) > 6 {
			s = occ.start - 1
		}
		// a name with no "a …" before it is the subject or object of
		// the verb that follows ("how SkyDesk stored crew duty hours",
		// "moved SkyDesk to Sentaro's data centres"), no kind of thing
		if s++; s < occ.start || !isCapital(text[occ.start:]) {
			// the quotation mark that opens X is X's (a curly one too:
			// trimmed as a string, not read a byte at a time)
			at := s + len(strings.TrimRight(text[s:occ.start], "“\"‘'"))
			return definition{c: c, phrase: span{s, end + defStop(text[end:])}, rank: 2, at: at}, true
		}
	}
	// "the eastern Donbas region", "the Zorros del Desierto stadium": a
	// name standing as the modifier of a common noun, which says what it is
	if isCapital(text[occ.start:]) {
		noun := ""
		if m := headNounRE.FindStringSubmatch(rest); m != nil {
			noun = m[1]
		}
		if noun != "" && !listStop[noun] && !auxiliaries[noun] && !lexicon.AsksForWords(noun) &&
			!strings.HasSuffix(noun, "ed") && !strings.HasSuffix(noun, "ing") && !strings.HasSuffix(noun, "ly") && isLetters(noun) &&
			!pastVerb(noun) && !strings.HasSuffix(noun, "s") {
			s := occ.start
			if k := len(bw); k > 0 && !getFold(listStop, bw[k-1]) && !isCapital(bw[k-1]) && isLetters(bw[k-1]) {
				s = strings.LastIndex(before, bw[k-1]) // one modifier before: "eastern"
			}
			e := end + strings.Index(rest, noun) + len(noun)
			return definition{c: c, phrase: span{s, e}, rank: 3}, true
		}
	}
	return definition{}, false
}

// named is where a definition after a comma opens: at the name it
// describes, where X is a name ("Greenland, an autonomous part of NATO
// ally Denmark"), for a description set off from a name is read with it;
// else at s, after the comma ("a steel beam" of "the crosshead, a steel
// beam").
func named(text string, occ span, s int) int {
	if !isCapital(text[occ.start:]) {
		return s
	}
	start := occ.start
	for {
		// the rest of the name before X: "Brennland" of "the aviation
		// workers union"
		w, _ := precedingWord(text, start)
		if w == "" {
			break
		}
		if lw := strings.ToLower(w); !isCapital(w) || !isLetters(w) || listStop[lw] || notPeople[lw] || lw == "the" || !strings.HasSuffix(text[:start], w+" ") {
			break
		}
		start -= len(w) + 1
	}
	for _, art := range []string{"the ", "The "} {
		if strings.HasSuffix(text[:start], art) {
			return start - len(art) // with its article: "The Castle Street Traders' Association, which …"
		}
	}
	return start
}

// appositionBefore is where a description set off by a comma before a
// name opens, an article or a possessive and a common noun ("the ship's
// owner, Piraeus-based …", "Harwick's main bus company, "), or -1; before
// is the text up to the name, and a word or two of modifiers may stand
// between the comma and the name.
func appositionBefore(before string) int {
	comma := strings.LastIndex(before, ", ")
	if comma < 0 || wordCount(before[comma+2:]) > 2 || strings.ContainsAny(before[comma+2:], ",;:()") {
		return -1
	}
	for _, w := range strings.Fields(before[comma+2:]) {
		if !isCapital(w) && !strings.Contains(w, "-") {
			return -1 // "the city, and …": no modifier of the name
		}
	}
	bw := strings.Fields(before[:comma])
	if len(bw) < 2 {
		return -1
	}
	if head := bw[len(bw)-1]; !isLetters(head) || isCapital(head) || listStop[head] || lexicon.IsFunctionWord(head) {
		return -1 // the description's head: a common noun ("owner", "group")
	}
	for k := len(bw) - 2; k >= 0 && k >= len(bw)-6; k-- {
		w, lw := bw[k], strings.ToLower(bw[k])
		if strings.ContainsAny(w, ",;:()") || listStop[lw] && lw != "the" {
			return -1
		}
		possessive := endsGenitive(lw) || strings.HasSuffix(lw, "s'")
		if lw == "the" || lw == "a" || lw == "an" || possessive {
			if possessive && k > 0 {
				if a := strings.ToLower(bw[k-1]); a == "the" || a == "a" || a == "an" {
					k-- // "the ship's owner", "a residents' group"
				}
			}
			if k == 1 || k > 1 && strings.HasSuffix(bw[k-2], ".") {
				return -1 // "Under the agreement, KCT will": a phrase fronted before the sentence's subject
			}
			return lastWordsFrom(before, 0, comma, len(bw)-k) // read on the text itself, whatever white space joins its words
		}
	}
	return -1
}

// namingBefore reports whether before, the text up to a name, ends on a
// naming participle a comma sets off from the noun phrase it names ("…
// failure, known as ", namedAsRE).
func namingBefore(before string) bool {
	m := namedAsRE.FindStringIndex(before)
	return m != nil && before[m[0]] == ','
}

// clauseVerbOfName reports whether w (lower case), the word after a name set
// off by commas, is the verb of the clause the name stands in: an
// auxiliary, a verb's form or a past, not a verb of saying (what was said
// is no account of what the named thing is or does).
func clauseVerbOfName(w string) bool {
	return (auxiliaries[w] || lexicon.IsVerb(w) || pastVerb(w)) && !lexicon.IsSayingVerb(w)
}

// fronted reports whether before, the text up to a name, is a preposition
// that opens its sentence ("In Kessby, …", "after a storm. At Calama, …").
func fronted(before string) bool {
	bw := strings.Fields(before)
	n := len(bw)
	return n > 0 && isCapital(bw[n-1]) && getFold(listStop, bw[n-1]) && (n == 1 || strings.HasSuffix(bw[n-2], "."))
}

// summativeRE opens a summative apposition: an article, a noun and a
// relative pronoun ("a step that", "a move which").
var summativeRE = regexp.MustCompile(`^(?:a|an) [a-z]+ (?:that|which) `)

// summativeReach is how many words may stand between X and the comma of a
// summative apposition: the rest of X's clause.
const summativeReach = 10

// headNounRE is a lower-case word right after a name: "Donbas *region*—".
var headNounRE = regexp.MustCompile(`^ ([a-z]+)\b`)

// isLetters reports whether a word is letters only.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// startsDescription reports whether an apposition opens here: "a", "an",
// "the", or a lower-case noun phrase ("effectively a guarantee").
func startsDescription(s string) bool {
	w, _ := nextWord(s)
	return w == "a" || w == "an" || w == "the" || w == "effectively" || w == "meaning" || w == "known" || w == "described" || w == "dubbed" || w == "styled"
}

// defStop is where a defining phrase ends: a comma before another clause,
// a dash, a bracket, the end of the sentence.
func defStop(s string) int {
	end := len(s)
	for _, stop := range []string{", but ", ", while ", ", and ", ", who ", ", which ", " — ", " – ", ";", "(", ". "} {
		if i := strings.Index(s, stop); i >= 0 && i < end {
			end = i
		}
	}
	if i := strings.Index(s[:end], ", "); i >= 0 && !strings.Contains(s[:end], " and ") {
		end = i // an apposition ends at its comma, unless a list runs on
	}
	for i := 0; i < end; {
		k := strings.Index(s[i:end], ", ")
		if k < 0 {
			break
		}
		if w, _ := nextWord(s[i+k+2:]); auxiliaries[w] || pastVerb(w) {
			// "which represents 5,200 check-in, ground and cabin staff,
			// said its members …": a comma before the main clause's verb
			// closes the relative clause or apposition, whatever list
			// runs on
			end = i + k
			break
		}
		i += k + 2
	}
	return len(strings.TrimRight(s[:end], " .,;:"))
}

// prepWhich is how long the opening of rest (lower case) is where a
// comma, a preposition and "which" open it (", in which ", ", by which "):
// a relative clause on X whose words say what is done in or by it; 0
// where they do not, and where the preposition is one of time or
// occasion (", during which time …", ", after which …": what happened
// around X, not what it is).
func prepWhich(rest string) int {
	after, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return 0
	}
	p, tail, ok := strings.Cut(after, " ")
	if !ok || !prepositions[p] || occasionPrepositions[p] || !strings.HasPrefix(tail, "which ") {
		return 0
	}
	return len(", ") + len(p) + len(" which ")
}
