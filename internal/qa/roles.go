package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// roleTerms returns, for a word that is an acronym of a person's title the
// lexicon knows (WordNet's: "ceo", chief executive officer; "cfo"), the
// analysed words a description must hold to give that title: all of the
// expansion's, but for one of three words or more not its last, the
// general noun the articles leave off ("KCT's chief executive, Henrik
// Adema"); nil for any other word. A title's expansion ends on a noun for a
// person ("officer", "minister").
func (e *Engine) roleTerms(w string) []string {
	for _, full := range lexicon.Acronym(strings.ToLower(w)) {
		if len(full) < 2 || !lexicon.IsPersonNoun(full[len(full)-1]) {
			continue
		}
		if len(full) >= 3 {
			full = full[:len(full)-1]
		}
		var terms []string
		for _, t := range e.analyze(strings.Join(full, " ")) {
			terms = append(terms, t.Term)
		}
		return terms
	}
	return nil
}

// rolePeople returns the quoted people whose descriptions hold every one
// of terms (roleTerms), sorted.
func (qp *quotedPeople) rolePeople(terms []string) []int {
	if len(terms) == 0 {
		return nil
	}
	var out []int
	for _, i := range qp.byDesc[terms[0]] {
		if !slices.ContainsFunc(terms[1:], func(t string) bool { return !qp.list[i].desc[t] }) {
			out = append(out, i)
		}
	}
	return out
}
