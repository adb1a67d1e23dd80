// Questions of naming: quoted words a passage gives a thing by a verb of naming.

package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// quotedNamingRE finds a verb of naming followed, past an optional "as"
// and an article, by an opening quotation mark: a thing given words of
// someone's own in the passage ("The security protocols, described as “as strong as
// anyone has ever seen”", "called the pledge “a down payment”" is not one:
// its object stands between). Built from kinds.txt's [naming-verb-words].
var quotedNamingRE = func() *regexp.Regexp {
	verbs := make([]string, 0, len(namingVerbs))
	for w := range namingVerbs {
		verbs = append(verbs, regexp.QuoteMeta(w))
	}
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(verbs, "|") + `)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?["“‘]`)
}()

// quotedNaming reports where text first gives a thing a quoted
// description by a verb of naming right before the quotation
// (quotedNamingRE), the verb a passive participle of the thing: after its
// comma or a form of "be" ("The security protocols, described as “…”",
// "the talks were called “…”"), and not in -ing ("The mayor, describing
// “chaos” at the pier, said": her own words, not a description of her);
// not a verb whose subject says the words ("the gathering of what he
// called the “coalition of the willing”": the subject's term, not a
// description of the thing before it). The verb's offset, or -1 for none.
func quotedNaming(text string) int {
	if at := quotedNamings(text); len(at) > 0 {
		return at[0]
	}
	return -1
}

// quotedNamings is every offset quotedNaming could give, in order: one
// passage may name two things so ("The timetable, described as “a mess”,
// and the pier plans, called “a gift”").
func quotedNamings(text string) []int {
	var out []int
	for _, m := range quotedNamingRE.FindAllStringIndex(text, -1) {
		verb, _ := typedWord(text[m[0]:])
		if strings.HasSuffix(strings.ToLower(verb), "ing") {
			continue
		}
		before := strings.TrimRight(text[:m[0]], " ")
		if strings.HasSuffix(before, ",") || beForms[strings.ToLower(lastWord(before))] {
			out = append(out, m[0])
		}
	}
	return out
}

// namedThingWords is how many words before a verb of naming the thing it
// names may stand in ("The security protocols, described as …": the
// noun phrase and its comma, past a determiner and a modifier or two).
const namedThingWords = 5

// quotesNamedThing reports whether c's passage gives quoted words, by a
// verb of naming (quotedNamings, any of them), to a thing the question
// asks about: a term of the question after its verb of saying or naming
// (Y of "how did X describe Y", "how sturdy did X say Y were": not the
// speaker X, nor the quality asked of), other than the verbs of saying
// and naming (saidAbout), or a synonym of one, among the namedThingWords
// words before the verb in its sentence ("how did X describe the security
// stuff": "The *security* protocols, described as “…”"; not "the
// gathering of what he called the “coalition of the willing”" for "how
// did X describe the guarantees").
func (e *Engine) quotesNamedThing(q *question, c *cand) bool {
	verb := slices.IndexFunc(q.words, func(w string) bool { return namingVerbs[w] || lexicon.IsSayingVerb(w) })
	if verb < 0 {
		return false
	}
	thing := q.words[verb+1:]
	var asked []*qterm // the thing's terms, read once for every naming
	for _, i := range e.saidAbout(q, q.speaker) {
		t := &q.terms[i]
		if !namingVerbs[strings.ToLower(t.word)] && slices.ContainsFunc(thing, func(w string) bool { return strings.EqualFold(w, t.word) }) {
			asked = append(asked, t)
		}
	}
	if len(asked) == 0 {
		return false
	}
	for _, at := range quotedNamings(c.p.Text) {
		before := tokensIn(c.toks, sentenceOpening(c.p.Text, 0, at), at)
		before = before[max(0, len(before)-namedThingWords):]
		for _, t := range asked {
			if hasTerm(before, t.term) || slices.ContainsFunc(t.alts, func(a string) bool { return hasTerm(before, a) }) {
				return true
			}
		}
	}
	return false
}

// preferNamedWords puts first, for a question of naming that asks for the
// words ("how did X describe Y", "what did X call Y": asksNaming, of
// KindHow or KindSaid; not "who called Y Z", whose answer is the one
// naming), the best ranked body passage among the close ones that gives
// quoted words to the thing asked about by a verb of naming
// (quotesNamedThing), when the first gives none (quotedNaming,
// quotesBefore): the answer is the words given the thing, and English
// marks them so ("described as “…”", "dubbed “…”"), while the first
// passage often only matches the speaker's name and the thing's.
func (e *Engine) preferNamedWords(q *question, cands []*cand) []*cand {
	if q.kind != KindHow && q.kind != KindSaid || len(cands) < 2 || !q.asksNaming() && !saidDegree(q) || quotedNaming(cands[0].p.Text) >= 0 || quotesBefore(q, cands[0]) {
		return cands
	}
	for i, c := range cands[1:min(len(cands), closeLook)] {
		if c.p.Kind == corpus.KindBody && e.quotesNamedThing(q, c) {
			return toFront(cands, i+1)
		}
	}
	return cands
}

// quotesBefore reports whether c's passage already gives the thing a
// naming question asks about quoted words of its own: a quotation closing
// right before the question's first word after its verb of naming (the
// object's head or first modifier: "how did X describe the talks": "cited
// “productive” talks"), which a passive description elsewhere should not
// displace.
func quotesBefore(q *question, c *cand) bool {
	verb := slices.IndexFunc(q.words, func(w string) bool { return namingVerbs[w] })
	if verb < 0 {
		return false
	}
	for _, w := range q.words[verb+1:] {
		i := slices.IndexFunc(q.terms, func(t qterm) bool { return strings.EqualFold(t.word, w) })
		if i < 0 {
			continue
		}
		t := &q.terms[i]
		for _, tok := range c.toks {
			if tok.Term != t.term && !slices.Contains(t.alts, tok.Term) {
				continue
			}
			raw := c.p.Text[:tok.Start]
			before := strings.TrimRight(raw, " ")
			if len(before) < len(raw) && (strings.HasSuffix(before, "”") || strings.HasSuffix(before, "\"")) { // closing: a space after it, not `"talks`
				return true
			}
		}
		return false // the first only
	}
	return false
}

// saidDegree reports whether a degree "how" question asks how much of a
// quality someone said a thing has ("how sturdy did X say the rules
// were"): the answer is the speaker's words for the thing, as for a verb
// of naming.
func saidDegree(q *question) bool {
	return asksDegree(q) && q.hasVerb(lexicon.IsSayingVerb)
}
