// The sentence after the top one, where a pronoun goes on to say what the named person did.

package qa

import "github.com/summitbot/summitbot/internal/lexicon"

// pronounNext is, for a question that is not yes/no, the sentence after
// the top one as a candidate, where that sentence opens on a personal
// pronoun as its subject and goes on with whom the top names: the top
// holds a name the question types and the next does not (the pronoun
// stands for it), and the next holds a word of the question besides
// names while the top holds none at all (addsWord: "She urged passengers to keep all their
// receipts" after "Priya Sandhu, director of the consumer group FlyFair,
// estimated …" for "what is priya sandu telling passengers to do"): news
// names a person in one sentence and says what they did in the next. The
// answer's words are then read from it when the top sentence gives no
// span of the kind asked for. Across a paragraph break too (news often
// gives a paragraph to each sentence), but of the top's kind (body text,
// a caption: nextOfKind). Else nil.
func (e *Engine) pronounNext(q *question, top *cand) *cand {
	if asksYesNo(q) || top.a == nil || !ownPassage(top.a, &top.p) {
		return nil
	}
	np, ok := nextOfKind(top.a, &top.p)
	if !ok {
		return nil
	}
	if opensQuote(np.Text) {
		return nil // "“They were all crying,” she said": a quotation's pronoun is its speaker's
	}
	if first, _ := nextWord(np.Text); !personSubjects[first] {
		return nil
	}
	n := &cand{a: top.a, p: np, toks: e.factsOf(top.a, &np).toks}
	if !namedInTopOnly(q, top, n) || !addsWord(q, top, n) {
		return nil
	}
	return n
}

// namedInTopOnly reports whether top holds a name the question types that
// next does not.
func namedInTopOnly(q *question, top, next *cand) bool {
	for i := range q.terms {
		if q.terms[i].entity && holdsQTerm(q, top, i) && !holdsQTerm(q, next, i) {
			return true
		}
	}
	return false
}

// addsWord reports whether next holds a word of the question that is no
// name, and top none: top is matched by the names alone, it says who,
// and next says what of them.
func addsWord(q *question, top, next *cand) bool {
	adds := false
	for i := range q.terms {
		if q.terms[i].entity {
			continue
		}
		if holdsQTerm(q, top, i) {
			return false
		}
		adds = adds || holdsQTerm(q, next, i)
	}
	return adds
}

// personSubjects are the subject pronouns that stand for a person or
// people: he, she, they.
var personSubjects = pronounSet(lexicon.PersonPronouns)
