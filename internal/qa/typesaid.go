// Type score for "what did X say", and whether someone speaks.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// typeSaid is typeScore for "what did X say" questions.
func (e *Engine) typeSaid(q *question, c *cand) float64 {
	c.speaker = e.speaksAs(e.speakerFor(q), c)
	if c.speaker {
		return 1
	}
	if e.anyoneOf(q.speaker) {
		// "what did people say", "what have officials said", "what has
		// Russia said": no one person's quotation is asked for, and any
		// passage may report what was said; but one that names the body
		// (a country, "the Kremlin") does not where someone not of it
		// speaks ("Starmer said peace would only be possible if Russia
		// compromises"), unless the body is the subject of a verb of
		// saying too ("the Kremlin has not yet signalled …")
		if q.body && !e.namedSubject(c, q.speaker) && e.otherSpeaks(q, c) {
			return 0
		}
		return 0.5
	}
	if q.figure != "" && len(e.figuresAsked(q, c.p.Text)) > 0 {
		// "what does the biggest insurer think the damage will come
		// to": a figure the speaker gives is reported ("X, the largest
		// home insurer, estimated that losses would reach about $340
		// million"), where the speaker's noun stands
		for _, t := range e.analyze(lastWord(q.speaker)) {
			if hasTerm(c.toks, t.Term) {
				return 0.5
			}
		}
	}
	return 0
}

// anyoneOf reports whether the X of "what did X say" is no one in
// particular: people at large ("people", "officials": nouns for a person,
// WordNet's; "they"), a country or a body the articles name by its initials ("the
// UN", "NATO") or that initials stand for ("the USGS" of "U.S. Geological
// Survey"), which speak through whoever speaks for them, or a text
// (its last word a noun for a text, by WordNet's hypernyms: "the coalition
// statement", "the report"), reported as much as quoted; not with a
// title, nor anyone the articles name ("the czech pm", "putin" ask for one
// person's words). Initials, not any capitalised word: first names and
// headline words are capitalised too.
func (e *Engine) anyoneOf(speaker string) bool {
	if len(e.whoIs(speaker)) > 0 {
		return false
	}
	if w := strings.ToLower(strings.TrimSpace(speaker)); w == "they" || w == "them" {
		return true // "what do they mean …": people unnamed, as "people" is
	}
	toks := e.analyze(speaker)
	if n := len(toks); n > 0 && lexicon.IsTextNoun(strings.ToLower(speaker[toks[n-1].Start:toks[n-1].End])) {
		return true // a text ("the coalition statement", "the report") says what passages report it saying
	}
	for _, t := range toks {
		w := strings.ToLower(speaker[t.Start:t.End])
		if e.people[t.Term] != nil || e.titleWord(w, t.Term) {
			return false
		}
		if !lexicon.IsPersonNoun(w) && !e.isPlace(w) && !initials(e.vocab.capital[w]) && len(e.acronyms[w]) == 0 {
			return false // a body the articles name in full counts too: "the usgs"
		}
	}
	return len(toks) > 0
}

// otherSpeaks reports whether someone speaks in c's passage (a name
// followed by a verb of saying) who is not the body a "what did X say"
// question names, nor described as of it (Sævik, "the UN's humanitarian
// chief", speaks for the UN; Starmer not for Russia).
func (e *Engine) otherSpeaks(q *question, c *cand) bool {
	var body []string // the body's analysed words: "russia" of "the Kremlin"
	speaker := strings.ToLower(q.speaker)
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.entity && strings.Contains(speaker, strings.ToLower(t.word)) {
			body = append(body, t.term)
		}
	}
	text := c.p.Text
	if pronounSpeaker(text) && c.prev != nil {
		text = c.prev.Text // "He said …": the one the sentence before names
	}
	for _, n := range e.names(text) {
		if !speaking(text, n) {
			continue
		}
		name := text[n.start:n.end]
		if e.mentionsEntity(q, name) {
			return false // the body itself: "the Kremlin said"
		}
		toks := e.analyze(lastWord(name))
		if len(toks) == 1 && slices.ContainsFunc(body, func(b string) bool { return e.people[toks[0].Term][b] }) {
			return false // one of it
		}
		return true
	}
	return false
}
