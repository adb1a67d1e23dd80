// "What" questions of what someone does: an aside saying who the person is is no answer.

package qa

import (
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// whatAsksDeed reports whether a "what" question asks what someone does,
// says or undergoes: it holds a verb of its own, not a form of "be",
// "do" or "have" nor an auxiliary, a word the lexicon knows as no noun
// or adjective, or a verb's -ing or past form ("what is Sandhu *telling*
// passengers to do", "witkoff *said* smth about …"; "what did Witkoff say
// about …" is a question of what was said, KindSaid, not read here). Such a
// question asks for no description of the one it names: "what is X",
// "what does X do", "what is X's job" do ("what is X's job" is read as
// "who is X", KindWho, as analyse sets asksJob, so the kind test already
// leaves it out: final read FK10).
func whatAsksDeed(q *question) bool {
	if q.kind != KindWhat || q.defines {
		return false
	}
	for i, w := range q.words[1:] {
		if beForms[w] || doForms[w] || haveForms[w] || auxiliaries[w] || w == "doing" {
			continue
		}
		if prev := q.words[i]; nounOpeners[prev] && knownNoun(w) {
			continue // a noun after its determiner: "what is the *building* for" (final read FI4)
		}
		if !lexicon.IsVerb(w) {
			continue
		}
		// a participle is the verb's ("telling", "said"), though the
		// lexicon also knows it as a noun or an adjective
		if strings.HasSuffix(w, "ing") || pastVerb(w) || !knownNoun(w) && !lexicon.IsAdjective(w) {
			return true
		}
	}
	return false
}

// personAside is the aside set off by a pair of commas right after a
// person's name that holds span s of text, and whether there is one: a
// description ("Priya Sandhu, *director of the consumer group FlyFair*,
// estimated …") or a relative clause ("Witkoff, *who has led talks with
// Russia*, said …"). Such words say who the person is, not what the
// sentence says of them: the clause goes on after the closing comma.
func (e *Engine) personAside(text string, s span) (span, bool) {
	if s.end <= s.start || strings.ContainsAny(text[s.start:s.end], ",;:") {
		return span{}, false // a span that runs past the aside's close is not in it (final read FJ2)
	}
	i := strings.LastIndex(text[:s.start], ", ")
	if i <= 0 || strings.ContainsAny(text[i+2:s.start], ",;:.") {
		return span{}, false
	}
	k := strings.IndexAny(text[s.end:], ",;:")
	if k < 0 || text[s.end+k] != ',' || strings.Contains(text[s.end:s.end+k], ". ") {
		return span{}, false // the aside closes with its comma, its clause going on
	}
	if w, _ := typedWord(text[i+2:]); w == "" || isCapital(w) && !articles[strings.ToLower(w)] {
		return span{}, false // a list of names goes on after a comma ("Macron, Starmer and …")
	}
	before := text[:i]
	for _, n := range e.names(before) {
		if n.end == len(before) && e.personLike(before[n.start:n.end]) {
			return span{i + 2, s.end + k}, true
		}
	}
	return span{}, false
}

// asideOnlySaysWho reports whether a "what" question that asks what someone
// does (whatAsksDeed) is answered by span s of text only with who that
// someone is: s stands in an aside after a person's name (personAside)
// that holds none of the question's words but its names. An aside that
// does hold them tells the deed asked of ("Brannigan, *whose Labour group
// proposed the plan*, …" for "which group proposed the plan") or names
// the person as the question does ("Hartigan, *an analyst at Corbel*, …"
// for "what goes into the analyst's estimate").
func (e *Engine) asideOnlySaysWho(q *question, text string, s span) bool {
	if !whatAsksDeed(q) {
		return false
	}
	a, ok := e.personAside(text, s)
	if !ok {
		return false
	}
	toks := e.analyze(text[a.start:a.end])
	for i := range q.terms {
		if !q.terms[i].entity && termStands(q, toks, i) {
			return false
		}
	}
	return true
}
