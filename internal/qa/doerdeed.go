// Manner "how" questions: preferring a later passage that says what people did (doer and deed).

package qa

import (
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// doerDeed reports whether text says what people did: a noun for people
// or a body of them by WordNet (IsPersonNoun, IsGroupNoun: "crews",
// "engineers", "the union", "neighbours") among the sentence's first four
// words, followed, past auxiliaries and adverbs ("had to", "then") and a
// phrase of what or whom they are ("from the coast guard": doerOf), by a
// verb that is not one of saying ("Army engineers then cut a channel …",
// "Crews from the coast guard laid …"; not "Residents said …"). A manner
// "how" ("how did they stop the oil spreading") is often answered by such
// a deed in other words than the question's, while the passage that
// restates the question's words tells what happened, not what was done
// about it (preferDeedAfter).
func doerDeed(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i, w := range words {
		if i >= doerSubjectWords || lexicon.IsSayingVerb(w) || auxiliaries[w] {
			break // the subject of the sentence, not of a clause within it ("The utility said *crews* would …")
		}
		if len(w) < 3 || !(lexicon.IsPersonNoun(w) || lexicon.IsGroupNoun(w)) { // (not "us", "we")
			continue
		}
		be := false // a form of "be" passed: a deed is progressive ("were pumping"), not passive ("were injured")
		for j := i + 1; j < len(words) && j <= i+doerReach; j++ {
			v := words[j]
			if beForms[v] {
				be = true
				continue
			}
			if auxiliaries[v] || v == "to" || lexicon.IsAdverb(v) && !lexicon.IsVerb(v) {
				continue // "had to", "would", "then", "also"
			}
			if prepositions[v] && j == i+1 {
				j += doerOf(words[j+1:]) // "crews from the coast guard laid"
				continue
			}
			// (a past form the verb list lacks, "repaired", is a verb too)
			if (lexicon.IsVerb(v) || !be && pastVerb(v)) && !lexicon.IsFunctionWord(v) && (!be || strings.HasSuffix(v, "ing")) {
				base, _ := lexicon.VerbBase(v)
				if !lexicon.IsSayingVerb(v) && !lexicon.IsSayingVerb(base) {
					return true
				}
			}
			break
		}
	}
	return false
}

// doerSubjectWords is how far into a sentence its doer may stand (its
// subject, past an article and a modifier or two); doerReach how many
// words after it its deed may come, past auxiliaries, adverbs and a phrase
// of what it is (doerOf); doerOfWords how long that phrase may be.
const (
	doerSubjectWords = 4
	doerReach        = 8
	doerOfWords      = 3
)

// doerOf is how many words after a preposition following the doer name
// what it is of or from: up to a noun for people or a body of them or
// doerOfWords words, whichever comes first ("from the coast guard"), but
// not past a verb's past form, the deed itself ("from Kyiv *repaired*").
func doerOf(w []string) int {
	for k := 0; k < len(w) && k < doerOfWords; k++ {
		if k > 0 && pastVerb(w[k]) && !articles[w[k-1]] && !possessives[w[k-1]] {
			return k // (not "the *armed* forces": a past form after an article opens a noun phrase)
		}
		if lexicon.IsPersonNoun(w[k]) || lexicon.IsGroupNoun(w[k]) || k == doerOfWords-1 {
			return k + 1
		}
	}
	return 0
}

// deedAfterSentences is how many sentences after the first passage the
// deed that answers may stand (the trouble told, then what was done).
const deedAfterSentences = 2

// preferDeedAfter puts first, for a manner "how" question ("how did they
// stop the oil spreading"), a passage one or two sentences after the first
// passage in the same article that says what people did (doerDeed), when
// the first passage states no strong means and no deed of its own: a news
// report states the trouble, then what was done about it in words of its
// own ("… fuel oil had escaped from a cracked tank …. Crews from the coast
// guard laid 1,200 metres of floating booms …"), and the ranking, matching
// the question's words, puts the statement of the trouble first. Not for a
// question of a view or words (asksView).
func (e *Engine) preferDeedAfter(q *question, cands []*cand) []*cand {
	if !e.mannerTopLacksMeans(q, cands, func(text string) bool { return !doerDeed(text) }) {
		return cands
	}
	top := cands[0]
	for i, c := range cands[1:] {
		if c.a == top.a && c.p.Kind == corpus.KindBody && c.p.Seq > top.p.Seq && c.p.Seq <= top.p.Seq+deedAfterSentences && doerDeed(c.p.Text) {
			return toFront(cands, i+1)
		}
	}
	return cands
}
