// The coverage's event: its words, and questions that name nothing read as asking about it.

package qa

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// The coverage's event: a question that names nothing ("when did it
// happen", "where was it") asks about what the articles report, and is
// read with the words that say what that is.

// maxEventWords is how many words stand for the event in a question;
// eventCommon is how common in English a word may not be to stand for it
// ("said", "new", "day" are in every report, of anything).
const (
	maxEventWords = 4
	eventCommon   = 100
)

// eventWord is a word that stands for the coverage's event.
type eventWord struct {
	surface, term string
	place         bool
	// sited is how many articles' openings say something happened in or
	// at it ("a high-level meeting in Paris"), of a place
	sited int
	key   float64 // how much it tells of this story: the more, the earlier
}

// eventTerms are what the coverage is about, in its articles' own words:
// those that most of them, and two, use in their headlines and openings,
// the most telling first (the more articles use a word and the rarer it is
// in English, by GloVe's frequency rank, the more it tells of this story
// and not of any); names as written ("Calama earthquake quake Chile"). No
// function word, common word of English (eventCommon), verb of saying,
// number, day or month.
func (e *Engine) eventTerms() []eventWord {
	e.event.once.Do(func() { e.event.words = e.findEventTerms() })
	return e.event.words
}

// findEventTerms computes eventTerms.
func (e *Engine) findEventTerms() []eventWord {
	n := len(e.c.Articles)
	if n < 2 || n > maxEventDayScan {
		return nil // (a collection of many stories has no one event)
	}
	var words []eventWord
	for term, arts := range e.heads.opening {
		shared := len(arts)
		for _, i := range e.heads.title[term] {
			if !slices.Contains(arts, i) {
				shared++
			}
		}
		if shared < 2 || 2*shared <= n {
			continue
		}
		surface := e.surfaceOf(term)
		lw := strings.ToLower(surface)
		if surface == "" || lexicon.IsFunctionWord(lw) || lexicon.IsSayingVerb(lw) || notPeople[lw] || e.holdsNumber(surface) {
			continue
		}
		r, ok := lexicon.Default().Rank(lw)
		if !ok {
			r = lexicon.Default().Words() // rarer than any English word it knows
		}
		if r < eventCommon {
			continue
		}
		w := eventWord{surface: surface, term: term, place: e.isPlace(surface), key: float64(shared) * math.Log1p(float64(r))}
		if w.place || isCapital(surface) {
			// a name two openings say something happened in is a
			// place, though no gazetteer knows it ("in Harwick")
			w.sited = e.sitedIn(term)
			w.place = w.place || w.sited >= 2
		}
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := words[i], words[j]
		if a.key != b.key {
			return a.key > b.key
		}
		return a.surface < b.surface
	})
	return words
}

// surfaceOf is the word an analysed term stands for in the articles'
// headlines and openings, as first written there, without a possessive's
// "'s", and not in a dateline's capitals where it is written otherwise
// ("Calama", not "CALAMA"); "" when none holds it.
func (e *Engine) surfaceOf(term string) string {
	caps := ""
	for _, a := range e.c.Articles {
		for _, p := range openingPassages(a) {
			for _, t := range e.s.Analyze(p.Text) {
				if t.Term != term {
					continue
				}
				w := p.Text[t.Start:t.End]
				for _, s := range []string{"'s", "’s"} {
					w = strings.TrimSuffix(w, s)
				}
				if w == strings.ToUpper(w) && w != strings.ToLower(w) && len(w) > 3 {
					caps = cmp.Or(caps, w)
					continue
				}
				return w
			}
		}
	}
	return caps
}

// eventKinds are the kinds of question that, naming nothing, ask a fact of
// the coverage's event its articles' openings give: its time and place.
// ("who was there", "why did it happen" ask more than an opening says,
// and "how many were there" does not say of what: those stay questions of
// only common words.)
var eventKinds = map[Kind]bool{KindWhen: true, KindWhere: true}

// aboutEvent is a question that names nothing read as asking about the
// coverage's event ("when did it happen" as "when did it happen (Calama
// earthquake quake Chile)"), and whether it is one: a question of
// eventKinds whose words are all common, with no pronoun for a person or a
// group ("when did he say that" asks of someone a conversation named).
// (For "where", the event's place is the answer, though it is among the
// words: eventPlaceIn.)
func (e *Engine) aboutEvent(q *question) (string, bool) {
	if len(q.terms) > 0 || !eventKinds[q.kind] {
		return "", false
	}
	for _, w := range q.words {
		if personPronouns[w] || groupPronouns[w] {
			return "", false
		}
	}
	var words []string
	for _, w := range e.eventTerms() {
		if len(words) < maxEventWords {
			words = append(words, w.surface)
		}
	}
	if len(words) == 0 {
		return "", false
	}
	return strings.TrimRight(q.text, " ?!.") + " (" + strings.Join(words, " ") + ")", true
}

// asEvent is a question that names nothing read as asking about the
// coverage's event (aboutEvent), analysed, and whether it is one.
func (e *Engine) asEvent(q *question) (question, bool) {
	about, ok := e.aboutEvent(q)
	if !ok {
		return *q, false
	}
	eq := e.analyse(about)
	eq.event = true
	return eq, true
}

// candidateHits are the passages a question's ranking weighs: bleve's
// hits with the sentences that follow them, the other sentences of a
// quotation of several sentences the first of them stand in, the openings
// that give the event's day, and for a question about the coverage's event
// only those of its first event (withFollowers, withQuoteSentences,
// withEventDay, ofFirstEvent).
func (e *Engine) candidateHits(q *question, hits []index.Hit) []index.Hit {
	return e.ofFirstEvent(q, e.withEventDay(q, e.withQuoteSentences(e.withFollowers(hits))))
}

// ofFirstEvent keeps, of the hits for a question read as asking about the
// coverage's event, those of the first event the articles report (front
// matter's event_date: the earthquake, not the donors' conference two days
// later), where they report events of more than one day; and for "where",
// those that name one of the event's places (a place most openings name:
// Paris, not the Kyiv of "guarantees for Kyiv"). The hits as they are
// where none would be left.
func (e *Engine) ofFirstEvent(q *question, hits []index.Hit) []index.Hit {
	if !q.event {
		return hits
	}
	first, days := "", map[string]bool{}
	for _, a := range e.c.Articles {
		if _, err := time.Parse("2006-01-02", a.EventDate); err != nil {
			continue
		}
		days[a.EventDate] = true
		if first == "" || a.EventDate < first {
			first = a.EventDate
		}
	}
	var places []string
	if q.kind == KindWhere {
		for _, w := range e.eventPlaces() {
			places = append(places, w.term)
		}
	}
	var out []index.Hit
	for _, h := range hits {
		a := e.c.Article(h.Article)
		if a == nil || h.Seq < 0 || h.Seq >= len(a.Passages) || len(days) > 1 && a.EventDate != first {
			continue
		}
		if len(places) > 0 && !slices.ContainsFunc(e.analyze(a.Passages[h.Seq].Text), func(t index.Token) bool { return slices.Contains(places, t.Term) }) {
			continue
		}
		out = append(out, h)
	}
	if len(out) == 0 {
		return hits
	}
	return out
}

// eventPlaces are the event's words (eventTerms) that are places where
// the most articles' openings say something happened: "Paris", not the
// "Ukraine" of "guarantees for Ukraine" that one sets a meeting in.
func (e *Engine) eventPlaces() []eventWord {
	var out []eventWord
	most := 0
	for _, w := range e.eventTerms() {
		if w.place && w.sited > 0 {
			out = append(out, w)
			most = max(most, w.sited)
		}
	}
	// those where it happened most often: where the event was, not a
	// place some opening also sets something in
	out = slices.DeleteFunc(out, func(w eventWord) bool { return w.sited < most })
	return out
}

// sitedIn is how many articles' openings (outside their datelines) say
// something happened in, at or near the place an analysed term names.
func (e *Engine) sitedIn(term string) int {
	n := 0
	for _, a := range e.c.Articles {
		for _, p := range openingPassages(a) {
			if slices.ContainsFunc(e.analyze(p.Text), func(t index.Token) bool {
				return t.Term == term && !inDateline(p.Text, span{t.Start, t.End}) && sitedAt(p.Text, t.Start)
			}) {
				n++
				break
			}
		}
	}
	return n
}

// sitedAt reports whether the word at byte at of text is where something
// happens: "in", "at", "near", "inside" or "outside" one or two words
// before it ("in Paris", "in northern Chile"); not where something goes
// or comes from ("forces to Ukraine").
func sitedAt(text string, at int) bool {
	return prepBefore(text, at, sitePreps)
}

var sitePreps = wordSet("in at near inside outside")

// eventPlaceIn is the name in text, a passage, outside its dateline,
// of the coverage's event's place (eventPlaces): "Paris" of "a high-level
// meeting in Paris". Where the articles name no place the event happened
// in (or none a gazetteer knows: "Harwick City Council voted …"), the
// place its dateline gives, when the passage opens with it ("HARWICK —");
// an empty span for none.
func (e *Engine) eventPlaceIn(text string) span {
	places := e.eventPlaces()
	if len(places) == 0 {
		if m := datelineRE.FindStringSubmatchIndex(text); m != nil {
			return span{m[2], m[3]}
		}
	}
	names := e.names(text)
	for _, w := range places {
		for _, n := range names {
			if !inDateline(text, n) && slices.ContainsFunc(e.analyze(text[n.start:n.end]), func(t index.Token) bool { return t.Term == w.term }) {
				return n
			}
		}
	}
	return span{}
}

// eventMemo holds the coverage's event words, found once (eventTerms).
type eventMemo struct {
	once  sync.Once
	words []eventWord
}
