// The people quoted, and which of them a typed name means: any spelling
// the articles give, a misspelling, a first name, or a title ("the
// chancellor", "british pm").

package qa

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/summitbot/summitbot/index"
)

// quotedPerson is someone the articles quote, by every name they give.
type quotedPerson struct {
	name  string          // the full name results give
	terms map[string]bool // analysed words of the name, titles left out
	words []string        // the name's words, folded, for near spellings
	desc  map[string]bool // titles and places the articles describe them by
	group bool            // a group ("the allies"): its name is ordinary words
}

// quotedPeople gathers the speakers of the entries.
func (e *Engine) quotedPeople(entries []quoteEntry) []quotedPerson {
	var out []quotedPerson
	at := map[string]int{}
	for _, o := range entries {
		if o.speaker == "" {
			continue
		}
		i, ok := at[o.speaker]
		if !ok {
			i = len(out)
			at[o.speaker] = i
			p := quotedPerson{name: o.speaker, terms: map[string]bool{}, desc: map[string]bool{}, group: !isCapital(o.speaker)}
			for d := range e.people[e.surname(o.speaker)] {
				p.desc[d] = true
			}
			out = append(out, p)
		}
		p := &out[i]
		spellings := []string{o.speaker}
		for _, part := range o.parts {
			spellings = append(spellings, part.Speaker)
		}
		for _, s := range spellings {
			for _, t := range e.analyze(s) {
				if titles[t.Term] {
					p.desc[t.Term] = true // "Mayor Julio Quispe"
					continue
				}
				p.terms[t.Term] = true
				w := strings.ToLower(index.Fold(s[t.Start:t.End]))
				if !p.group && !slices.Contains(p.words, w) {
					p.words = append(p.words, w)
				}
			}
		}
	}
	return out
}

// nameMatch is how well one typed word names a person.
type nameMatch int

const (
	noMatch    nameMatch = iota
	titleMatch           // a title or place they are described by
	nearMatch            // a misspelling of one of their names
	exactMatch           // one of their names, in any spelling the index folds
)

// matchWord says how typed word w (analysed as t) names person p. A word
// the articles use is never read as a misspelling of a name.
func (e *Engine) matchWord(p *quotedPerson, w string, t index.Token) nameMatch {
	switch {
	case p.terms[t.Term]:
		return exactMatch
	case p.desc[t.Term]:
		return titleMatch
	}
	if e.s.DocFreq(t.Term) > 0 {
		return noMatch
	}
	if nearName(strings.ToLower(index.Fold(w)), p.words) {
		return nearMatch
	}
	return noMatch
}

// nearName reports whether w is within an edit of a name word (two for
// seven letters or more); short words are too near too many others.
func nearName(w string, names []string) bool {
	n := utf8.RuneCountInString(w)
	if n < 4 {
		return false
	}
	allowed := 1
	if n >= 7 {
		allowed = 2
	}
	for _, name := range names {
		if d := utf8.RuneCountInString(name) - n; d > allowed || d < -allowed {
			continue
		}
		if editDistance(w, name) <= allowed {
			return true
		}
	}
	return false
}

// whoIs returns the people a typed name means, best first: those whose
// names it gives (exactly or misspelled), else those its titles describe
// (every title word theirs, at least one a title, not only a place).
// Ties are all returned: "the president" may mean several.
func (e *Engine) whoIs(typed string) []int {
	toks := e.analyze(typed)
	if len(toks) == 0 {
		return nil
	}
	best, bestScore := []int(nil), 0
	for i := range e.qix.people {
		p := &e.qix.people[i]
		score, names, described, hasTitle := 0, 0, 0, false
		for _, t := range toks {
			switch e.matchWord(p, typed[t.Start:t.End], t) {
			case exactMatch:
				score += 3
				names++
			case nearMatch:
				score += 2
				names++
			case titleMatch:
				score++
				described++
				hasTitle = hasTitle || titles[t.Term]
			}
		}
		if names == 0 && (described < len(toks) || !hasTitle) {
			continue
		}
		switch {
		case score > bestScore:
			best, bestScore = []int{i}, score
		case score == bestScore:
			best = append(best, i)
		}
	}
	return best
}

// mentions finds the people a look-up names among its words ("zelensky not
// just words", "british pm hardest yards"): tokens that are one of a
// person's names, a misspelling of one no article uses as a word, or a run
// of titles and places with a title in it that describes at most a few
// people. It returns the people, and for each token those it names.
func (e *Engine) mentions(words string, toks []index.Token) (people []int, named [][]int) {
	named = make([][]int, len(toks))
	for i := range e.qix.people {
		p := &e.qix.people[i]
		for k, t := range toks {
			if p.group && e.qix.inText[t.Term] {
				continue // "allies", "officials": words of quotations too
			}
			if m := e.matchWord(p, words[t.Start:t.End], t); m == exactMatch || m == nearMatch {
				named[k] = append(named[k], i)
				people = appendUnique(people, i)
			}
		}
	}
	// a run of titles and places: "the german chancellor", "british pm"
	for k := 0; k < len(toks); {
		j, hasTitle := k, false
		for j < len(toks) && named[j] == nil && (titles[toks[j].Term] || e.describesSomeone(toks[j].Term)) {
			hasTitle = hasTitle || titles[toks[j].Term]
			j++
		}
		if j == k {
			k++
			continue
		}
		if hasTitle {
			var described []int
			for i := range e.qix.people {
				p := &e.qix.people[i]
				all := true
				for _, t := range toks[k:j] {
					all = all && p.desc[t.Term]
				}
				if all && !p.group {
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

// describesSomeone reports whether a term is a title or place some quoted
// person is described by.
func (e *Engine) describesSomeone(term string) bool {
	for i := range e.qix.people {
		if e.qix.people[i].desc[term] {
			return true
		}
	}
	return false
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
			out = append(out, e.qix.people[i].name)
		}
		sort.Strings(out)
	}
	folded := strings.ToLower(index.Fold(typed))
	var rest []string
	for _, p := range e.qix.people {
		if !slices.Contains(out, p.name) && strings.Contains(strings.ToLower(index.Fold(p.name)), folded) {
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
