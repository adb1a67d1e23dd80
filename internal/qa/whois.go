// "Who is X": the description a passage gives a name.

package qa

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// preferDescription puts first, for "who is X?", the candidate among
// those that match the question about as well (rivals) that describes X in
// the most words: "German Chancellor" over a bare "Chancellor", "US
// President" over "President". The passages all name X; the fullest
// description is the most specific. X's own name, which a description may
// hold ("Seismologist Felipe Cárdenas of the University of Chile"), counts
// for nothing.
func (e *Engine) preferDescription(q *question, cands []*cand) []*cand {
	if !q.defines || len(cands) < 2 {
		return cands
	}
	top := cands[0]
	best, most := 0, 0
	for i, c := range cands[:min(len(cands), MaxPassages)] {
		if i > 0 && !rivals(c, top) {
			continue
		}
		if s := e.description(q, c); s.end > s.start {
			desc := c.p.Text[s.start:s.end]
			words := wordCount(desc)
			n := words
			for _, t := range e.analyze(desc) {
				if q.has(t.Term) {
					n-- // X's own name, which some descriptions hold, describes nothing
				}
			}
			if n > most && words <= maxShortWords {
				best, most = i, n
			}
		}
	}
	if best == 0 {
		return cands
	}
	return toFront(cands, best)
}

// rivals reports whether candidate c matches the question about as well as
// top: nearly its score and coverage, and every name top has.
func rivals(c, top *cand) bool {
	return scoresNear(c, top) && c.cov >= 0.8*top.cov
}

// scoresNear reports whether c scores nearly as well as top (0.8 of it)
// and names what it names where top does: rivals without the share of
// the question's words, which headlineRival leaves out.
func scoresNear(c, top *cand) bool {
	return c.score >= 0.8*top.score && (c.entOK || !top.entOK)
}

// withName widens a description d of the name at n of text to hold the
// name too, as the passage writes them together ("Ruth Penhallow, chief
// operating officer of the Marrowby Airport Authority", "Kestrel's chief
// analyst, Tomasz Wierzbicki"), where that fits a short answer: the asker
// sees who is meant, spelt right. A question for the job alone ("whats
// her job") gets the same: the role as the passage writes it with the
// name ("Its chief executive, Natalie Ferris").
func withName(text string, n, d span) span {
	w := span{min(n.start, d.start), max(n.end, d.end)}
	if wordCount(text[w.start:w.end]) > maxShortWords {
		return d
	}
	return w
}

// description answers "who is X?" with what the passage calls X: a title
// standing with the name ("Canadian Prime Minister Mark Carney"), words
// before it ("the president’s son-in-law Jared Kushner") or an apposition
// after it ("Jared Kushner, President Trump's son-in-law").
func (e *Engine) description(q *question, c *cand) span {
	text := c.p.Text
	for _, n := range e.names(text) {
		name := text[n.start:n.end]
		if !e.mentionsEntity(q, name) {
			continue
		}
		// a title within the name's own run of capitals ("Sir" alone is none)
		t := e.trimmedTitles(name)
		title := strings.TrimRight(name[:t], " ")
		for {
			// "British Prime Minister Sir": an honorific goes with the name, not the title
			i := strings.LastIndexByte(title, ' ')
			if i < 0 || !lexicon.IsHonorific(title[i+1:]) {
				break
			}
			title = title[:i]
		}
		if t > 0 && !lexicon.IsHonorific(title) || titleStart(text, n.start) < n.start {
			if d := relativeAfter(text, n); d.end > d.start {
				// "Commander Rodrigo Fuenzalida, who heads Chile's
				// national urban search and rescue team": the relative
				// clause says who he is, where a title says only his rank
				if w := (span{titleStart(text, n.start), d.end}); wordCount(text[w.start:w.end]) <= maxShortWords {
					return w
				}
				return d
			}
		}
		if t > 0 && !lexicon.IsHonorific(title) {
			if d := e.appositionBefore(text, n); d.end > d.start {
				// "NATO’s top commander, U.S. Gen. Alexus G. Grynkewich": both,
				// and the name, as for a title alone (below)
				return span{d.start, n.end}
			}
			if m := orgAfterRE.FindStringIndex(text[n.end:]); m != nil {
				// "Seismologist Felipe Cárdenas of the University of
				// Chile": the title is of the body named after the name
				return span{n.start, n.end + m[1]}
			}
			// the title with the name it stands in, whole: "German
			// Chancellor Friedrich Merz" for "who is Merz", as the
			// articles write it
			return span{n.start, n.end}
		}
		if ts := titleStart(text, n.start); ts < n.start {
			// "Council leader Aisha Brannigan, whose Labour group …": the
			// title the passage gives before the name says who she is
			return span{ts, n.end}
		}
		// an apposition: ", …," or " – … –"
		after := text[n.end:]
		for _, open := range []string{", ", " – ", " — ", " (", " - "} {
			if strings.HasPrefix(after, open) {
				body := after[len(open):]
				first, _, _ := strings.Cut(body, " ")
				if isCapital(first) && !e.titles[termOf(e, first)] || first == "and" || first == "or" {
					continue // "Macron, Starmer, and Merz …": a list of names, not a description
				}
				if pastVerb(first) || lexicon.IsSayingVerb(first) || getFold(auxiliaries, first) {
					continue // "Elena Marchetti, called the pledge …", "Antonia, was carried out …": the sentence goes on, no apposition
				}
				st := n.end + len(open)
				if age := ageApposition(body); open == ", " && age > 0 {
					// "Héctor Choque, 44, who drives an ore truck at one of
					// the copper mines, said …": past the age, the
					// relative clause says who he is
					rel := body[age:]
					if j := strings.Index(rel, ", "); strings.HasPrefix(rel, "who ") && j > 0 && wordCount(rel[:j]) <= maxShortWords {
						return withName(text, n, span{st + age, st + age + j})
					}
				}
				end := clauseEnd(body)
				if art, _ := nextWord(body); art == "a" || art == "an" || art == "the" {
					for wordCount(body[:end]) > maxShortWords {
						// "a dam-safety engineer who led a review of the Kessock
						// Dam for the province in 2021": too long, it loses its
						// trailing adjuncts, a preposition's phrase at a time
						// (not "of", which completes its noun)
						i := strings.LastIndexFunc(strings.TrimRight(body[:end], " "), func(r rune) bool { return r == ' ' })
						cut := -1
						for j := i; j > 0; j = strings.LastIndexByte(body[:j], ' ') {
							if w, _ := nextWord(body[j+1:]); prepositions[w] && w != "of" {
								cut = j
								break
							}
						}
						if cut < 0 || wordCount(body[:cut]) < 3 {
							break
						}
						end = cut
					}
				}
				if w := wordCount(body[:end]); w >= 1 && w <= maxShortWords && !strings.HasPrefix(strings.ToLower(body), "who ") {
					return withName(text, n, span{st, st + end})
				}
			}
		}
		if d := e.appositionBefore(text, n); d.end > d.start {
			return withName(text, n, d)
		}
		if d := namedAs(text, n); d.end > d.start {
			return d
		}
		// lower-case words just before the name: "Trump adviser Steve Witkoff"
		from := afterLastMark(text[:n.start], ",;:(—–")
		for _, w := range []string{" by ", " and ", " with ", " including ", " as "} {
			if i := strings.LastIndex(text[:n.start], w); i >= 0 && i+len(w) > from {
				from = i + len(w)
			}
		}
		for from < n.start && text[from] == ' ' {
			from++
		}
		desc := strings.TrimSpace(text[from:n.start])
		// the noun phrase after the clause's verb: "Engineers met *flood
		// adviser* Lina Cruz"
		if ws := wordSpans(text[from:n.start]); len(ws) > 1 {
			for i := len(ws) - 2; i >= 0; i-- {
				if w := strings.ToLower(text[from+ws[i][0] : from+ws[i][1]]); pastVerb(w) || auxiliaries[w] {
					from += ws[i][1]
					desc = strings.TrimSpace(text[from:n.start])
					from = pastSpaces(text, from, n.start)
					break
				}
			}
		}
		if words := strings.Fields(desc); len(words) >= 1 && len(words) <= 6 && hasLower(desc) && nounBefore(words[len(words)-1]) {
			return span{from, n.end} // with the name, as a title is given: "Trump adviser Steve Witkoff"
		}
	}
	return span{}
}

// relativeAfter is the relative clause on a person right after name n
// ("…, who heads the rescue team,"), up to its clause's end, or an empty
// span.
func relativeAfter(text string, n span) span {
	after := text[n.end:]
	if !strings.HasPrefix(after, ", who ") {
		return span{}
	}
	st := n.end + 2
	end := clauseEnd(text[st:])
	if w := wordCount(text[st : st+end]); w < 3 || w > maxShortWords {
		return span{}
	}
	return span{st, st + end}
}

// namedAsRE is what stands between a noun phrase and the name it is given
// ("The girl, identified by firefighters only as Antonia", "a Labrador …
// named Trufa", "the stadium, known as …").
var namedAsRE = regexp.MustCompile(`(?:,? (?:named|called|dubbed|nicknamed)|,? known as|, identified(?: by [^,;]+?)?(?: only)? as) $`)

// namedAs is the noun phrase the passage gives name n by naming it
// (namedAsRE): from the start of its clause to the naming word, when that
// is a noun phrase short enough to be an answer (appositive); else empty.
func namedAs(text string, n span) span {
	m := namedAsRE.FindStringIndex(text[:n.start])
	if m == nil {
		return span{}
	}
	d := clauseOpening(text[:m[0]])
	if first, _, _ := strings.Cut(strings.ToLower(text[d.start:d.end]), " "); d.end > d.start && text[m[0]] != ',' && first != "a" && first != "an" {
		// without a comma, "named" or "called" names only after an
		// indefinite noun phrase ("a Labrador … named Trufa"); "The
		// president called Ivan Petrov" is a call
		return span{}
	}
	return d
}

// clauseOpening is the span of the words of the clause that ends text
// (after its last mark) when they are a noun phrase that may describe a
// person (appositive: "The European Union's humanitarian envoy"); else
// empty.
func clauseOpening(text string) span {
	from := afterLastMark(text, ",;:(—–")
	desc := strings.TrimSpace(text[from:])
	if !appositive(desc) {
		return span{}
	}
	st := from + strings.Index(text[from:], desc)
	return span{st, st + len(desc)}
}

// orgAfterRE is a body a title is of, named right after a name with "of":
// " of the University of Chile": capitalised words and the small words
// between them (of, for, and, the, and the joiners of names of kinds.txt:
// "de", "del"). Not "at": "at the White House" says where, not whose.
var orgAfterRE = func() *regexp.Regexp {
	small := []string{"of", "for", "and", "the"}
	for w := range nameJoiners {
		small = append(small, regexp.QuoteMeta(w))
	}
	sort.Strings(small)
	return regexp.MustCompile(`^ of (?:the )?\p{Lu}[\p{L}’'.&-]*(?: (?:(?:` + strings.Join(small, "|") + `) )*\p{Lu}[\p{L}’'.&-]*)*`)
}()

// appositionBefore is the apposition before name n of text, opening its
// clause ("The European Union's humanitarian envoy, Elena Marchetti,
// called …"), or an empty span.
func (e *Engine) appositionBefore(text string, n span) span {
	before, ok := strings.CutSuffix(text[:n.start], ", ")
	if !ok {
		return span{}
	}
	if strings.HasPrefix(text[n.end:], ",") {
		return clauseOpening(before)
	}
	if rest := strings.TrimSpace(text[n.end:]); rest != "" && rest != "." {
		return span{}
	}
	// the name ends its sentence after a verb of saying: "…,” said
	// Kestrel's chief analyst, Tomasz Wierzbicki."
	from := afterLastMark(before, ",;:(—–")
	verb, desc := nextWord(before[from:])
	if !lexicon.IsSayingVerb(strings.ToLower(verb)) {
		return span{}
	}
	desc = strings.TrimSpace(desc)
	if !appositive(desc) {
		return span{}
	}
	st := strings.LastIndex(before, desc)
	return span{st, st + len(desc)}
}

// descriptionOpeners open a noun phrase that may describe a name:
// articles and possessive determiners (closed classes of English).
var descriptionOpeners = wordSet("the a an its his her their our")

// appositive reports whether desc, standing before ", Name,", describes
// the person rather than opening the sentence otherwise: a noun phrase of
// two to maxShortWords words that opens with an article or a capital (not
// a preposition: "In the town of Tocopilla, …"), has no verb in the past
// or of saying, and ends on a lower-case noun ("humanitarian envoy").
func appositive(desc string) bool {
	words := strings.Fields(desc)
	if len(words) < 2 || len(words) > maxShortWords {
		return false
	}
	first, last := strings.ToLower(words[0]), words[len(words)-1]
	if !descriptionOpeners[first] && !isCapital(words[0]) || prepositions[first] {
		return false // (a possessive determiner opens one too: "its finance director, Rune Kallevik")
	}
	if isCapital(last) || !nounBefore(last) {
		return false
	}
	for _, w := range words[1:] {
		if lw := strings.ToLower(strings.Trim(w, ",;:“”\"'")); pastVerb(lw) || lexicon.IsSayingVerb(lw) {
			return false
		}
	}
	return true
}

// nounBefore reports whether the word just before a name can end a
// description of it ("adviser", "son-in-law"), not a verb or a particle
// ("praising", "met", "with").
func nounBefore(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ",;:“”\"'"))
	return !stopish[lw] && !strings.HasSuffix(lw, "ing") && !strings.HasSuffix(lw, "ed") && lw != "said" && lw != "says"
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}
