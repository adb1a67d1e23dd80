package qa

import (
	"sort"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// descriptors maps each person the articles name in full (the analysed
// surname) to the words the articles describe them by where they do so:
// "Special US envoy Steve Witkoff" makes witkoff a US envoy, "British
// Prime Minister Keir Starmer" makes starmer a British prime minister. A
// later sentence says only "Witkoff, who has led talks with Russia", and
// it is that sentence "which US envoy led talks with Russia?" asks for.
type descriptors map[string]map[string]bool

// maxDescribed is how many people a question may describe by title and
// still have them searched for: past it the title says too little (at 10 000
// articles "which president" describes 1 700 people).
const maxDescribed = 5

// maxDescriptorWords is how many words before a name can describe it.
const maxDescriptorWords = 4

// readNames reads, in one walk over every name the corpus holds, the
// descriptors of everyone it names and the acronyms of its names of
// several words (acronyms.go).
func (e *Engine) readNames() (descriptors, map[string][]string) {
	people, acronyms := descriptors{}, map[string][]string{}
	for _, a := range e.c.Articles {
		for _, p := range a.Passages {
			text := p.Text
			// title case: every word of a headline looks like a name, so
			// it describes no one, though its names have initials
			titled := p.Kind == corpus.KindHeadline || p.Kind == corpus.KindSubhead
			for _, n := range e.names(text) {
				if !titled {
					e.describeName(people, text, n)
				}
				e.addAcronym(acronyms, text[n.start:n.end])
			}
		}
	}
	for _, terms := range acronyms {
		sort.Strings(terms) // a stable query, whatever order the articles came in
	}
	return people, acronyms
}

// describeName adds what describes the name at n in text: the titles and
// places at the front of the name ("French President Emmanuel Macron") and
// the lower-case titles just before it ("US envoy Steve Witkoff").
func (e *Engine) describeName(out descriptors, text string, n span) {
	toks := e.analyze(text[n.start:n.end])
	if len(toks) == 0 {
		return // stop words only: "The"
	}
	k := 0
	var desc []string
	for k < len(toks)-2 { // a full name is left
		word := text[n.start+toks[k].Start : n.start+toks[k].End]
		if !e.titles[toks[k].Term] && !e.isPlace(word) && !isDemonym(word) {
			break
		}
		desc = append(desc, toks[k].Term)
		k++
	}
	person := text[n.start+toks[k].Start : n.end]
	if !strings.Contains(person, " ") || !e.personLike(person) {
		return // a full name only: a surname alone may be anyone's
	}
	desc = append(desc, e.titlesBefore(text, n.start)...)
	if ap := e.appositionBefore(text, n); ap.end > ap.start {
		// "The European Union's humanitarian envoy, Elena Marchetti, …":
		// the words of the apposition describe her
		for _, t := range e.analyze(text[ap.start:ap.end]) {
			desc = append(desc, t.Term)
		}
	}
	surname := toks[len(toks)-1].Term
	if out[surname] == nil {
		out[surname] = map[string]bool{} // named in full: a person, described or not
	}
	for _, d := range desc {
		out[surname][d] = true
	}
}

// titlesBefore returns the analysed titles and places among the words
// just before byte at of text, nearest first, up to the first word that is
// neither: "Special US envoy" before "Steve Witkoff".
func (e *Engine) titlesBefore(text string, at int) []string {
	var out []string
	words := strings.FieldsFunc(text[:at], unicode.IsSpace)
	for i := len(words) - 1; i >= 0 && i >= len(words)-maxDescriptorWords; i-- {
		w := unpossessed(words[i])
		if w == "" || strings.ContainsAny(w, ",.;:!?()\"“”") {
			break
		}
		wt := e.analyze(w)
		if len(wt) != 1 || !e.titles[wt[0].Term] && !e.isPlace(w) && !isDemonym(w) {
			break
		}
		out = append(out, wt[0].Term)
	}
	return out
}

// describes returns how well the people a passage names match question
// term t by what describes them: 0.6 when one of them is so described, 0.4
// when one named in the sentence before is ("Starmer said …. He said peace
// would only be possible if …"), 0 otherwise.
func (e *Engine) describes(c *cand, t qterm) float64 {
	for _, tt := range []struct {
		toks []index.Token
		w    float64
	}{{c.toks, 0.6}, {c.prevToks, 0.4}} {
		for _, tok := range tt.toks {
			d := e.people[tok.Term]
			if d == nil {
				continue
			}
			if d[t.term] {
				return tt.w
			}
			for _, alt := range t.alts {
				if d[alt] {
					return tt.w
				}
			}
		}
	}
	return 0
}

// described returns the surnames of the people the question describes by
// title ("which US envoy", "the British PM"): everyone described by each
// of its titles and, when it gives places too, by one of them. They are
// searched for beside the question's words, so that "Witkoff, who has led
// talks with Russia" is found for "which US envoy led talks with Russia".
func (e *Engine) described(q question) []string {
	var titled, placed []string
	for _, t := range q.terms {
		switch {
		case e.titles[t.term] && !t.entity:
			titled = append(titled, t.term)
		case t.entity && (e.isPlace(t.word) || isDemonym(t.word)):
			placed = append(placed, t.term)
		}
	}
	if len(titled) == 0 {
		return nil
	}
	// everyone the first title describes, checked against the rest (not
	// every person the articles name: at 10 000 articles, a scan of them
	// all was most of a question's time)
	var out []string
	for _, surname := range e.describedBy[titled[0]] {
		d := e.people[surname]
		ok := true
		for _, t := range titled[1:] {
			ok = ok && d[t]
		}
		if ok && len(placed) > 0 {
			ok = false
			for _, p := range placed {
				ok = ok || d[p]
			}
		}
		if ok {
			out = append(out, surname)
		}
	}
	if len(out) > maxDescribed {
		return nil // "which president": too many to search for, and none singled out
	}
	sort.Strings(out) // a map's order is random; a search's is not
	return out
}
