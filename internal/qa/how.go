package qa

import (
	"regexp"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// The forms of "how" question whose short answer is no means clause
// (reasonShort's "by …", "through …"), and where the passage says it:
//
//   - "how" with a verb of going or bringing (kinds.txt
//     [motion-verb-words]) and a word of which way ("to", "across",
//     "home") asks for the conveyance ([conveyance-words]): "by bus" with
//     the verb it goes with ("visiting the site by boat"), or the clause
//     the vehicle's noun phrase opens ("*shuttle buses ran between the
//     airport and the sports centre*");
//   - "how was <noun>" asks for the figure the passage gives of the noun
//     ("how was turnout": "*on a turnout of 84%*").
//
// howShort returns that span of c's passage, or false where the question
// has none of these forms or the passage does not say it so.
func (e *Engine) howShort(q question, c *cand) (span, bool) {
	w := q.words
	if q.kind != KindHow || len(w) < 3 || w[0] != "how" {
		return span{}, false
	}
	text := c.p.Text
	if s, ok := e.howConveyance(q, text); ok {
		return s, true
	}
	if beForms[w[1]] {
		if s, ok := e.howFigure(q, c); ok {
			return s, true
		}
	}
	return span{}, false
}

// howWordRE is a word of a passage: letters, with hyphens and apostrophes
// inside.
var howWordRE = regexp.MustCompile(`\pL[\pL'’-]*`)

var (
	motionVerbs     = cueSet("motion-verb-words") // kinds.txt
	conveyanceWords = cueSet("conveyance-words")  // kinds.txt
)

// baseForms are the forms w may be an inflection of: itself, and w less
// "-ing", "-ed", "-s" (with a doubled consonant undone, a silent "e" put
// back): "getting" → "get", "arriving" → "arrive", "carried" → "carry".
func baseForms(w string) []string {
	out := []string{w}
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		b, ok := strings.CutSuffix(w, suf)
		if !ok || len(b) < 2 {
			continue
		}
		out = append(out, b, b+"e")
		if n := len(b); n >= 3 && b[n-1] == b[n-2] {
			out = append(out, b[:n-1]) // "getting"
		}
		if strings.HasSuffix(b, "i") {
			out = append(out, b[:len(b)-1]+"y") // "carried"
		}
	}
	return out
}

// asksMotion reports whether a question's verb is one of going or
// bringing (kinds.txt [motion-verb-words]), in any form.
func asksMotion(q question) bool {
	path := func(rest []string) bool {
		for j, p := range rest {
			if p == "to" && j+1 < len(rest) && lexicon.IsVerbBase(rest[j+1]) && !articles[rest[j+1]] {
				continue // "going to get": an infinitive's "to", no way
			}
			if pathWords[p] {
				return true
			}
		}
		return false
	}
	for i, w := range q.words[1:] {
		for _, b := range baseForms(w) {
			if motionVerbs[b] && path(q.words[i+2:]) {
				return true
			}
		}
	}
	return false
}

// pathWords say where to or which way (closed classes: prepositions and
// adverbs of direction): a verb of going asks how only with one of them
// after it ("how did they get *to* Calama", not "how did they get the
// money").
var pathWords = wordSet("to into onto across over around home there here back from out away off up down inside")

// howConveyance answers "how did they get there" with the conveyance the
// passage names: "by bus" (with what follows it in its clause), or the
// clause the vehicle's noun phrase opens ("shuttle buses ran between the
// airport and the sports centre"); a vehicle the question itself names
// is no answer.
func (e *Engine) howConveyance(q question, text string) (span, bool) {
	if !asksMotion(q) {
		return span{}, false
	}
	for _, m := range howWordRE.FindAllStringIndex(text, -1) {
		word := strings.ToLower(text[m[0]:m[1]])
		if !conveyanceWords[word] || q.has(word) || slicesHasAnalysed(e, q, word) {
			continue
		}
		if prev := lastWord(text[:m[0]]); strings.EqualFold(prev, "by") || strings.EqualFold(prev, "on") && !strings.HasSuffix(word, "s") {
			// "by bus", "on a ferry" is rarer than "by ferry"
			start := m[0] - len(prev) - 1
			if start < 0 || text[start:start+len(prev)] != prev {
				continue
			}
			start = verbBefore(text, start)
			end := m[1] + reasonStop(text[m[1]:])
			return span{start, start + len(strings.TrimRight(text[start:end], " .”\"’"))}, true
		}
		start := modifiersStart(text, m[0])
		for {
			// other conveyances' nouns qualify it: "*shuttle* buses",
			// "*tanker* lorries"
			prev := lastWord(text[:start])
			at := strings.LastIndex(text[:start], prev)
			if prev == "" || !conveyanceWords[prev] || at < 0 || strings.TrimSpace(text[at+len(prev):start]) != "" {
				break
			}
			start = at
		}
		end := m[0] + clauseEnd(text[m[0]:])
		if end <= m[1] {
			continue // the vehicle ends its clause: it is no subject of how they went
		}
		if wordCount(text[start:end]) < 3 {
			continue
		}
		return span{start, end}, true
	}
	return span{}, false
}

// slicesHasAnalysed reports whether the analysed form of word is one of
// the question's terms (the question's "buses" for the passage's "bus").
func slicesHasAnalysed(e *Engine, q question, word string) bool {
	for _, t := range e.analyze(word) {
		if q.has(t.Term) {
			return true
		}
	}
	return false
}

// howFigure answers "how was turnout" (how, a form of "be", a noun that
// ends the subject) with the figure the passage gives of the noun: "of"
// and a figure after the noun's term, from the preposition and the
// determiner before it ("on a turnout of 84%"), or the figure after "was"
// or "is" ("turnout was 84%").
func (e *Engine) howFigure(q question, c *cand) (span, bool) {
	w := q.words
	i := 2
	for i < len(w) && (articles[w[i]] || w[i] == "its" || w[i] == "their" || w[i] == "his" || w[i] == "her") {
		i++
	}
	if i >= len(w) {
		return span{}, false
	}
	noun := w[i]
	if !nounForm(noun) || strings.HasSuffix(noun, "ing") || lexicon.IsFunctionWord(noun) {
		return span{}, false
	}
	if i+1 < len(w) && !prepositions[w[i+1]] {
		return span{}, false // "how was the ship freed": a deed, no measure
	}
	ti := termIndex(q.terms, noun)
	if ti < 0 || q.terms[ti].entity {
		return span{}, false
	}
	text := c.p.Text
	for _, tok := range c.toks {
		if !q.stands(tok.Term, ti) {
			continue
		}
		rest := text[tok.End:]
		var link string
		for _, l := range []string{" of ", " was ", " is ", " at ", " stood at ", " reached "} {
			if strings.HasPrefix(rest, l) {
				link = l
				break
			}
		}
		if link == "" {
			continue
		}
		figAt := tok.End + len(link)
		m := numberRE.FindStringIndex(text[figAt:])
		if m == nil || m[0] != 0 {
			continue
		}
		fig := completeFigure(text, span{figAt, figAt + m[1]})
		if fig.end < len(text) && text[fig.end] == '%' {
			fig.end++
		}
		if u := wordAfter(text, fig); isUnit(u) || u == "percent" || u == "per" {
			if j := strings.Index(strings.ToLower(text[fig.end:]), u); j >= 0 && j <= 2 {
				fig.end += j + len(u)
			}
		}
		start := tok.Start
		if link == " of " {
			// the noun phrase from its determiner, and the preposition
			// that opens it: "*on a* turnout of 84%"
			if d := lastWord(text[:start]); articles[strings.ToLower(d)] {
				start = strings.LastIndex(text[:start], d)
				if p := lastWord(text[:start]); prepositions[strings.ToLower(p)] {
					start = strings.LastIndex(text[:start], p)
				}
			}
		}
		return span{start, fig.end}, true
	}
	return span{}, false
}

// howIn is howShort's answer as a short answer, from the top passage, or
// else from the sentence the answer shows with it or the neighbour it
// will show with it (withNeighbour: "… was carried out on a stretcher. ¶
// She was dehydrated …"), which is then joined to the top one in h.
func (e *Engine) howIn(q question, cands []*cand, h *Hit) (string, bool) {
	top := cands[0]
	ks := []*cand{top}
	for _, p := range h.Passages {
		if p.Seq != top.p.Seq {
			ks = append(ks, &cand{a: top.a, p: p, toks: e.analyze(p.Text)})
		}
	}
	join := -1 // which of ks is a neighbour not shown yet
	if len(h.Passages) == 1 && h.Text == top.p.Text {
		for _, c := range cands[1:] {
			if c.a == top.a && c.p.Kind == top.p.Kind && (c.p.Seq == top.p.Seq+1 || c.p.Seq == top.p.Seq-1) {
				first, last := top.p, c.p
				if c.p.Seq < top.p.Seq {
					first, last = c.p, top.p
				}
				if last.End-first.Start <= maxPassageBytes {
					join = len(ks)
					ks = append(ks, c)
				}
				break
			}
		}
	}
	for i, k := range ks {
		s, ok := e.howShort(q, k)
		if !ok || s.end <= s.start {
			continue
		}
		s = fitAtQuestion(q, k, s)
		words := strings.Fields(k.p.Text[s.start:s.end])
		if len(words) > maxShortWords {
			words = words[:maxShortWords]
		}
		short := strings.TrimRight(strings.Join(words, " "), " ,;:")
		if unbalanced(short) {
			short = strings.Trim(short, "“”\" ")
		}
		if short == "" || !strings.Contains(k.p.Text, short) || unbalanced(short) {
			continue
		}
		if i == join {
			first, last := top.p, k.p
			if k.p.Seq < top.p.Seq {
				first, last = k.p, top.p
			}
			h.Passages = []corpus.Passage{first, last}
			h.Text = top.a.Text[first.Start:last.End]
		}
		return short, true
	}
	return "", false
}

// verbBefore is where the verb stands that the phrase at byte at of text
// goes with, a few words back in its clause ("*visiting the site* by
// boat", "*rescued* by boat"), or at itself where none does.
func verbBefore(text string, at int) int {
	start := at
	for k := 0; k < 4; k++ {
		before := strings.TrimRight(text[:start], " ")
		w := lastWord(before)
		if w == "" || len(before) == len(text[:start]) || !strings.HasSuffix(before, w) || isCapital(w) {
			return at // a mark or a name ends the clause: no verb of it
		}
		start = len(before) - len(w)
		lw := strings.ToLower(w)
		if pastVerb(lw) || len(lw) > 4 && strings.HasSuffix(lw, "ing") || motionVerbs[lw] {
			return start
		}
	}
	return at
}

// fitAtQuestion ends a span longer than a short answer at the last of the
// question's words in it, where that leaves a few words: what runs on
// past them is least of the answer ("shuttle buses ran between the
// airport and the sports centre | every 20 minutes from 3 p.m.").
func fitAtQuestion(q question, c *cand, s span) span {
	if wordCount(c.p.Text[s.start:s.end]) <= maxShortWords {
		return s
	}
	end := -1
	for _, tok := range c.toks {
		if tok.Start > s.start && tok.End <= s.end && len(q.lookup[tok.Term]) > 0 {
			end = tok.End
		}
	}
	if end < 0 || wordCount(c.p.Text[s.start:end]) < 3 || wordCount(c.p.Text[s.start:end]) > maxShortWords {
		return s
	}
	return span{s.start, end}
}
