// What type scores read of a passage whatever the question: names, figures, actors, enumerations.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
)

// What typeScore's readers read of a passage whatever the question is
// read once per passage, remembered by its text: a question's kind is
// asked of every candidate, ten or so per question, and the same
// passages come back question after question.

// locatedFacts are a passage's names (Engine.names) and, for each, whether
// it stands where a place does (located).
type locatedFacts struct {
	names   []span
	located []bool
}

// locatedFactsOf is a passage's locatedFacts, remembered.
func (e *Engine) locatedFactsOf(text string) locatedFacts {
	return get(&e.memo.mu, e.memo.located, text, func() locatedFacts {
		names := e.names(text)
		f := locatedFacts{names: names, located: make([]bool, len(names))}
		for i, n := range names {
			f.located[i] = len(located(text, []span{n})) > 0
		}
		return f
	})
}

// locatedAmong is located(text, spans), read from the passage's
// locatedFacts for spans among its names (typeWhere's free names are):
// located reads each name alone, the few words either side of it. A span
// that is none of the passage's names is read as located reads it.
func (e *Engine) locatedAmong(text string, spans []span) []span {
	var out []span
	f := e.locatedFactsOf(text)
	for _, s := range spans {
		i := slices.Index(f.names, s)
		if i < 0 && len(located(text, []span{s})) > 0 || i >= 0 && f.located[i] {
			out = append(out, s)
		}
	}
	return out
}

// figureFacts are a passage's numbers (numberRE, as Engine.find reads
// them) and, for each, whether it is a year (yearRE), whether it says
// how many a place can take (capacityOf) and whether it is "one" said as
// a pronoun (pronounOne): typeFigure reads them of every free number of
// every candidate of every "how many" and "how much".
type figureFacts struct {
	spans                   []span
	year, capacity, pronoun []bool
}

// figureFactsOf is a passage's figureFacts, remembered.
func (e *Engine) figureFactsOf(text string) figureFacts {
	return get(&e.memo.mu, e.memo.figures, text, func() figureFacts {
		spans := e.find(numberRE, text)
		f := figureFacts{spans: spans, year: make([]bool, len(spans)), capacity: make([]bool, len(spans)), pronoun: make([]bool, len(spans))}
		for i, s := range spans {
			f.year[i] = yearRE.MatchString(text[s.start:s.end])
			f.capacity[i] = capacityOf(text, s)
			f.pronoun[i] = pronounOne(text, s)
		}
		return f
	})
}

// countedHeadOf is countedHead(after), remembered: counts asks it of the
// words after each number of each candidate, the same few words question
// after question.
func (e *Engine) countedHeadOf(after string) string {
	return get(&e.memo.mu, e.memo.counted, after, func() string { return countedHead(after) })
}

// actorFacts are what typeWhoAny reads of a name of a passage whatever
// the question: whether it may be a person's (personLike), whether it is
// a place that may act (isPlace and actingOf: "Moscow rejected …"),
// whether a negation denies it (deniedOf) and whether it stands in the
// dateline (inDateline).
type actorFacts struct {
	person, acting, denied, dateline bool
}

// actorsFacts are a passage's names (Engine.names) and each one's
// actorFacts.
type actorsFacts struct {
	names  []span
	actors []actorFacts
}

// actorOf is the actorFacts of name n of text, read from the passage's,
// remembered, for a name among its names (typeWhoAny's free names are);
// any other span is read afresh.
func (e *Engine) actorOf(text string, n span) actorFacts {
	f := get(&e.memo.mu, e.memo.actors, text, func() actorsFacts {
		names := e.names(text)
		f := actorsFacts{names: names, actors: make([]actorFacts, len(names))}
		for i, n := range names {
			f.actors[i] = e.actorNow(text, n)
		}
		return f
	})
	if i := slices.Index(f.names, n); i >= 0 {
		return f.actors[i]
	}
	return e.actorNow(text, n)
}

// actorNow is actorOf, computed.
func (e *Engine) actorNow(text string, n span) actorFacts {
	name := text[n.start:n.end]
	return actorFacts{person: e.personLike(name), acting: e.isPlace(name) && e.actingOf(name), denied: deniedOf(text, n), dateline: inDateline(text, n)}
}

// enumRun is what enumeration reads of a run of names of a passage
// (nameRuns) whatever the question: the run's span and number of names,
// the analysis of its clause (clauseAround), whether its names
// are all peoples' adjectives (isDemonym), all countries (countryWord),
// all persons' (personLike), the word after it in lower case, and
// whether a noun the names qualify follows (nounAfterNames).
type enumRun struct {
	all                          span
	n                            int
	toks                         []index.Token
	demonyms, countries, persons bool
	next                         string
	nounAfter                    bool
}

// enumRuns are the runs of names of a passage that may be an
// enumeration, as enumeration reads them, remembered: not after a
// preposition of place or "between" ("the main line between Brennport and
// Castelmoor"), nor joined by commas alone ("Thanking Obi, Achebe called
// …").
func (e *Engine) enumRuns(text string) []enumRun {
	return get(&e.memo.mu, e.memo.enums, text, func() []enumRun { return e.enumRunsNow(text) })
}

// enumRunsNow is enumRuns, computed.
func (e *Engine) enumRunsNow(text string) []enumRun {
	var out []enumRun
	for _, run := range nameRuns(text, e.names(text)) {
		all := span{run[0].start, run[len(run)-1].end}
		if before := wordBefore(text, all); placePreps[before] || before == "between" {
			continue // "the main line between Brennport and Castelmoor": places, whoever the names
		}
		if n := len(run); n > 1 {
			if gap := strings.ToLower(text[run[n-2].end:run[n-1].start]); !strings.Contains(gap, " and ") && !strings.Contains(gap, " or ") && gap != " & " {
				continue // "Thanking Obi, Achebe called …": a comma alone joins no list
			}
		}
		clause := clauseAround(text, all, clauseMarks)
		r := enumRun{all: all, n: len(run), toks: e.analyze(text[clause.start:clause.end]), demonyms: true, countries: true, persons: true}
		for _, it := range run {
			w := text[it.start:it.end]
			r.demonyms = r.demonyms && isDemonym(w)
			r.countries = r.countries && countryWord(w)
			r.persons = r.persons && e.personLike(w)
		}
		r.next = strings.ToLower(firstWord(text[all.end:]))
		r.nounAfter = nounAfterNames(text[all.end:])
		out = append(out, r)
	}
	return out
}
