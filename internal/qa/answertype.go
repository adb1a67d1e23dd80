// Type scores: whether a passage holds the kind of answer asked for; yes/no and stance.

package qa

import (
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// typeScore says whether a passage holds what the question asks for: names
// for "who", a date for "when", a number for "how many", and so on.
func (e *Engine) typeScore(q *question, c *cand) float64 {
	if f := specOf(q.kind).typeScore; f != nil {
		return f(e, q, c)
	}
	return 0.5 // a kind with no type of its own: every passage may hold it
}

// typeYesNo scores a passage for a yes/no question. One that asks what
// is to come ("is chile gonna foot the bill", "will german soldiers be
// stationed") is answered by a sentence that says what will be, by a
// modal ("Chile would pay for most of the rebuilding itself"), more than
// by one that tells what was ("Governments … pledged about $1.3
// billion"); one asked of the present ("still", "now": question.report)
// by a sentence in the present perfect, what has become so
// (saysWhatHasBecome), more than by one of a past moment. Such a
// sentence scores halfway to a full type (yesNoProspect), for its tense
// tells the time, not the claim. Any other yes/no question has no type:
// every passage may hold it.
func (e *Engine) typeYesNo(q *question, c *cand) float64 {
	if q.future && e.factsOf(c.a, &c.p).future {
		return yesNoProspect
	}
	if q.report == latestReport && e.factsOf(c.a, &c.p).perfect {
		// "is the canal pilot still working": "The canal pilot … has been
		// taken off duty", the state things are in now
		return yesNoProspect
	}
	return 0.5
}

// yesNoProspect is typeYesNo's score for a sentence in the tense the
// question asks of.
const yesNoProspect = 0.75

// saysWhatWillBe reports whether a sentence says what is to come by a
// modal ("would stay until at least April 24", "they'll reopen") or
// "going to" and a verb ("going to stay", "going to rain"); not the noun
// "will" after a determiner or an adjective ("little political will for
// a deal"), nor a going somewhere, a noun phrase after "to" ("going to
// the hospital").
func saysWhatWillBe(text string) bool {
	words := strings.Fields(strings.ToLower(strings.Map(keepWordRune, text)))
	for i, w := range words {
		prev, next := "", ""
		if i > 0 {
			prev = words[i-1]
		}
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case w == "will" && (nounOpeners[prev] || articles[prev] || lexicon.IsAdjective(prev)) && next != "be" && next != "not" && !lexicon.IsVerbBase(next):
			// "little political will for a deal"; but "The injured will be
			// taken", "Many will return"
		case futureModal(w) || strings.HasSuffix(w, "'ll"):
			return true
		case w == "going" && next == "to" && i+2 < len(words) && !nounOpeners[words[i+2]] && !articles[words[i+2]] && !prepositions[words[i+2]]:
			return true
		}
	}
	return false
}

// saysWhatHasBecome reports whether a sentence tells a state that holds
// now, by the present perfect: "has" or "have" and, within two words,
// "been" or a verb in the past ("has been cut in most districts", "have
// not reopened").
func saysWhatHasBecome(text string) bool {
	words := strings.Fields(strings.ToLower(strings.Map(keepWordRune, text)))
	for i, w := range words {
		if w != "has" && w != "have" || i > 0 && (words[i-1] == "who" || words[i-1] == "which") {
			// (a relative clause's is a side remark: "The mayor, who has
			// visited the site twice, said")
			continue
		}
		for _, v := range words[i+1 : min(len(words), i+3)] {
			if v == "been" || pastVerb(v) {
				return true
			}
		}
	}
	return false
}

// opposedStance reports whether the passage has the question's verb with
// the stance opposite to the question's: "voted against" for "who voted
// for it", "voted for" for "who voted against it" (stanceWords, a closed
// class of English).
func (e *Engine) opposedStance(q *question, c *cand) bool {
	// the question's stance first: it reads the question alone, and most
	// questions have none, whose candidates' verbs need not be found
	asked := ""
	for i, w := range q.words {
		if i > 0 && stanceWords[w] != "" && (pastVerb(q.words[i-1]) || lexicon.IsVerb(q.words[i-1])) {
			asked = w
		}
	}
	if asked == "" {
		return false
	}
	v, ok := e.verbAt(q, c)
	if !ok {
		return false
	}
	next, _ := nextWord(c.p.Text[v.end:])
	return stanceWords[strings.TrimRight(next, ".,;:!?")] == asked
}

// stanceWords map the words that give a vote's or an argument's stance
// after its verb to their opposite ("voted for", "voted against").
var stanceWords = map[string]string{"for": "against", "against": "for"}
