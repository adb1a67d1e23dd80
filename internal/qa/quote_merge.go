// Distinct quotations: the same words quoted by several articles, even
// with a word changed, are one quotation citing each of them.

package qa

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// quoteEntry is one distinct quotation: the same words quoted in several
// articles (identical, one containing the other, or one word apart) are
// one entry.
type quoteEntry struct {
	text      string // the fullest wording
	speaker   string
	who       person // the speaker's name, analysed
	citations []QuoteCitation
	parts     []corpus.Quote
	// variants are the entry's wordings that are not part of another
	// (a word changed: "to be a backstop", "to provide a backstop"), the
	// fullest first; a look-up shows the one it matches best
	variants []quoteVariant
}

// quoteVariant is one wording of a quotation and the articles that give it.
type quoteVariant struct {
	text     string
	norm     []string // its words, folded
	articles []string
}

// minShared is how many words in a row two wordings must share for one to
// be compared with the other: what finds the candidates without comparing
// every pair. Three find a word changed in the middle of seven.
const minShared = 3

// maxShingleHolders is how many entries a run of words may stand in and
// still find candidates: a commoner run is a turn of phrase (at 10 000
// articles, thousands of quotations share "we can build").
const maxShingleHolders = 64

// minContained is how many words a quotation must have to join a longer
// one it stands in, or one a word apart: fewer stand in many quotations by
// chance.
const minContained = 4

// minUnattributed is how many words a quotation no one is named as saying
// must have to join someone's longer quotation: a shorter one is a phrase
// the writer quotes ("the so-called “coalition of the willing”"), not a
// report of what that person said.
const minUnattributed = 6

// mergeQuotes builds the distinct quotations of the corpus, with speakers
// named in full and spelled one way.
func (e *Engine) mergeQuotes() []quoteEntry {
	var all []corpus.Quote
	for _, a := range e.c.Articles {
		all = append(all, a.Quotes...)
	}
	// longest first, so that a shorter quotation joins the one containing it
	sort.SliceStable(all, func(i, j int) bool { return len(all[i].Text) > len(all[j].Text) })
	var out []quoteEntry
	// shingles maps each run of minShared words of a wording (the whole of
	// a shorter one) to the entries holding it
	shingles := map[string][]int{}
	index := func(i int, words []string) {
		keys := []string{strings.Join(words, " ")}
		if len(words) >= minShared {
			keys = keys[:0]
			for k := 0; k+minShared <= len(words); k++ {
				keys = append(keys, strings.Join(words[k:k+minShared], " "))
			}
		}
		for _, key := range keys {
			if l := shingles[key]; len(l) == 0 || l[len(l)-1] != i {
				shingles[key] = append(l, i)
			}
		}
	}
	for _, q := range all {
		words := quoteWords(q.Text)
		if len(words) == 0 {
			continue
		}
		joined := -1
		who := e.person(q.Speaker)
		for _, i := range candidatesFor(shingles, words) {
			if v, ok := e.joins(&out[i], q, who, words); ok {
				o := &out[i]
				if o.speaker == "" {
					o.speaker, o.who = q.Speaker, who
				}
				o.parts = append(o.parts, q)
				if v < 0 {
					o.variants = append(o.variants, quoteVariant{text: q.Text, norm: words})
					v = len(o.variants) - 1
					index(i, words)
				}
				o.variants[v].articles = appendUniqueString(o.variants[v].articles, q.Article)
				joined = i
				break
			}
		}
		if joined >= 0 {
			continue
		}
		i := len(out)
		out = append(out, quoteEntry{text: q.Text, speaker: q.Speaker, who: who, parts: []corpus.Quote{q},
			variants: []quoteVariant{{text: q.Text, norm: words, articles: []string{q.Article}}}})
		index(i, words)
	}
	names := e.fullNames(out)
	for i := range out {
		o := &out[i]
		o.text = fragment(o.text)
		for v := range o.variants {
			o.variants[v].text = fragment(o.variants[v].text)
		}
		if full, ok := names[o.speaker]; ok {
			o.speaker = full
		}
		seen := map[string]bool{}
		for _, p := range o.parts {
			if seen[p.Article] {
				continue
			}
			seen[p.Article] = true
			a := e.c.Article(p.Article)
			o.citations = append(o.citations, QuoteCitation{Article: a, Sentence: sentenceOf(a, p)})
		}
	}
	return out
}

// fragment is a quotation's words without the full stop or comma the
// sentence around it put inside its marks, where the words are a phrase of
// that sentence, not a sentence of their own (“tireless.”: "praised the
// Japanese team as “tireless.”"): they open in lower case.
func fragment(text string) string {
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsLower(r) || strings.HasSuffix(text, "..") {
		return text
	}
	return strings.TrimRight(text, ".,")
}

// candidatesFor returns the entries sharing a run of minShared words with
// a wording (or, for a shorter one, all of it), in the order first made.
func candidatesFor(shingles map[string][]int, words []string) []int {
	if len(words) < minShared {
		return shingles[strings.Join(words, " ")]
	}
	var out []int
	seen := map[int]bool{}
	for k := 0; k+minShared <= len(words); k++ {
		list := shingles[strings.Join(words[k:k+minShared], " ")]
		if len(list) > maxShingleHolders {
			continue // "we can build": says nothing of which quotation
		}
		for _, i := range list {
			if !seen[i] {
				seen[i] = true
				out = append(out, i)
			}
		}
	}
	sort.Ints(out)
	return out
}

// person is a speaker's name as compared: the analysed surname, and the
// first given name where the name has one (titles left out).
type person struct{ surname, given string }

func (e *Engine) person(name string) person {
	var words []string
	for _, t := range e.analyze(name) {
		if !e.titles[t.Term] {
			words = append(words, t.Term)
		}
	}
	switch len(words) {
	case 0:
		return person{}
	case 1:
		return person{surname: words[0]}
	}
	return person{surname: words[len(words)-1], given: words[0]}
}

// samePerson reports whether two names may be one person's: one surname,
// and one given name where both give one ("Zelensky", "Volodymyr
// Zelenskyy"; not "Nora Torov", "Farid Torov").
func (p person) samePerson(o person) bool {
	return p.surname == o.surname && (p.given == "" || o.given == "" || p.given == o.given)
}

// joins reports whether quotation q (words, folded; its speaker's name
// analysed) is one of entry o's wordings: said by the same person (or by
// no one named), and the same words, part of a wording, or a word apart
// from its fullest wording (two from twenty words), the word changed not a
// name or a figure ("Latvia will not accept …" is not "Kenya will not
// accept …"). It returns the variant q is part of, or -1 for a new one.
func (e *Engine) joins(o *quoteEntry, q corpus.Quote, who person, words []string) (int, bool) {
	if q.Speaker != "" && o.speaker != "" && !who.samePerson(o.who) {
		return 0, false
	}
	unattributed := q.Speaker == "" && o.speaker != ""
	if q.Speaker != "" && o.speaker == "" && len(words) < minUnattributed {
		// someone's use of a phrase the writers quote too ("what he
		// called the “coalition of the willing”"): theirs alone, not the
		// writers' uses of it
		return 0, false
	}
	for v, w := range o.variants {
		switch {
		case unattributed && titleCase(q.Text):
			continue // a name in quotation marks (“the ‘Coalition of the Willing’”)
		case unattributed && len(words) < minUnattributed:
			// the writer's phrase, in someone's longer quotation, or the
			// same as a phrase someone used ("what he called the
			// “coalition of the willing”"): a phrase, not a report of
			// what that person said
			continue
		case slices.Equal(words, w.norm):
			return v, true
		case len(words) < minContained:
			continue // a few words stand in many quotations by chance
		case containsWords(w.norm, words):
			return v, true
		}
	}
	if len(words) <= minContained || unattributed {
		return 0, false
	}
	// against the fullest wording only: wordings a word apart from each
	// other in turn drift into other statements
	full := o.variants[0].norm
	if wordEdits(words, full) > 1+len(words)/20 {
		return 0, false
	}
	for _, w := range strings.FieldsFunc(q.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if (isCapital(w) || strings.ContainsAny(w, "0123456789")) && !slices.Contains(full, strings.ToLower(index.Fold(w))) {
			return 0, false
		}
	}
	return -1, true
}

// quoteWords are the words of a quotation, folded: case, accents, marks.
func quoteWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(index.Fold(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// containsWords reports whether part stands in whole, word for word.
func containsWords(whole, part []string) bool {
	for i := 0; i+len(part) <= len(whole); i++ {
		if slices.Equal(whole[i:i+len(part)], part) {
			return true
		}
	}
	return false
}

// wordEdits is the fewest words to add, drop or change to make part a run
// of words of whole (a semi-global edit distance: whole's words before and
// after the run are free).
func wordEdits(part, whole []string) int {
	prev := make([]int, len(whole)+1) // the empty part matches anywhere
	cur := make([]int, len(whole)+1)
	for i := 1; i <= len(part); i++ {
		cur[0] = i
		for j := 1; j <= len(whole); j++ {
			cost := 1
			if part[i-1] == whole[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	best := prev[0]
	for _, d := range prev {
		best = min(best, d)
	}
	return best
}

// titleCase reports whether every word of s of four letters or more is
// capitalised: a name in quotation marks ("the ‘Coalition of the
// Willing’"), not words someone said.
func titleCase(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		if !isCapital(w) {
			return false
		}
		n++
	}
	return n > 0
}

func appendUniqueString(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func appendUnique(list []int, i int) []int {
	for _, x := range list {
		if x == i {
			return list
		}
	}
	return append(list, i)
}

// fullNames maps each speaker's name as the articles spell it to one
// name for the person: the commonest spelling of the surname ("Zelenskyy"
// over "Zelensky" and "Zelenskiy"), in its fullest form ("Volodymyr
// Zelenskyy"). A surname alone is taken for the one person of that
// surname the articles name in full, if there is just one; people who
// share a surname but not a given name stay apart.
func (e *Engine) fullNames(entries []quoteEntry) map[string]string {
	type named struct {
		who      person
		spelling map[string]int    // spelling of the last word → quotations
		longest  map[string]string // spelling of the last word → fullest name ending with it
	}
	bySurname := map[string][]*named{}
	of := map[string]*named{} // each name as spelled → its person
	for _, o := range entries {
		for _, p := range o.parts {
			if p.Speaker == "" || of[p.Speaker] != nil {
				continue
			}
			who := e.person(p.Speaker)
			if who.surname == "" {
				continue
			}
			var found *named
			for _, n := range bySurname[who.surname] {
				if n.who.given == who.given {
					found = n
					break
				}
			}
			if found == nil {
				found = &named{who: who, spelling: map[string]int{}, longest: map[string]string{}}
				bySurname[who.surname] = append(bySurname[who.surname], found)
			}
			of[p.Speaker] = found
		}
	}
	// a surname alone joins the one person of that surname with a given name
	for name, n := range of {
		if n.who.given != "" {
			continue
		}
		var full []*named
		for _, m := range bySurname[n.who.surname] {
			if m.who.given != "" {
				full = append(full, m)
			}
		}
		if len(full) == 1 {
			of[name] = full[0]
		}
	}
	for _, o := range entries {
		for _, p := range o.parts {
			n := of[p.Speaker]
			if n == nil {
				continue
			}
			words := strings.Fields(p.Speaker)
			last := words[len(words)-1]
			n.spelling[last]++
			if len(words) > wordCount(n.longest[last]) {
				n.longest[last] = p.Speaker
			}
		}
	}
	out := map[string]string{}
	for name, n := range of {
		best := ""
		for s, c := range n.spelling {
			if c > n.spelling[best] || c == n.spelling[best] && s < best {
				best = s
			}
		}
		out[name] = n.longest[best]
	}
	return out
}

// surname is the analysed last word of a name: what spellings of one
// person share ("Zelenskiy", "Volodymyr Zelenskyy").
func (e *Engine) surname(name string) string {
	toks := e.analyze(name)
	if len(toks) == 0 {
		return ""
	}
	return toks[len(toks)-1].Term
}

// sentenceOf is the sentence or sentences a quotation stands in.
func sentenceOf(a *corpus.Article, q corpus.Quote) string {
	if len(q.Passages) == 0 {
		return q.Text
	}
	first, last := a.Passages[q.Passages[0]], a.Passages[q.Passages[len(q.Passages)-1]]
	return a.Text[first.Start:last.End]
}
