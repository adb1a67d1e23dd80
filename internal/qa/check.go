package qa

import (
	"context"
	"fmt"
	"github.com/summitbot/summitbot/internal/lexicon"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/summitbot/summitbot/index"
)

// Verdict is what the coverage says of a claim.
type Verdict string

// The verdicts of Check.
const (
	Supported  Verdict = "supported"   // an article says what the claim says
	Differs    Verdict = "differs"     // articles give a different figure, date or name
	NotCovered Verdict = "not_covered" // the coverage does not say
)

// Checked is what Check found for a claim.
type Checked struct {
	Claim   string
	Verdict Verdict
	// Supporting are the passages that say what the claim says, best first.
	Supporting []Hit
	// Differing are the passages that give a different figure, date or
	// name, best first; the part that differs is marked.
	Differing []Hit
	// Differences says, one sentence each, what the claim and the articles
	// give ("Claim: “10,000 troops”", then each article's figure).
	Differences []string
	// Nearest is the nearest passage when the coverage does not say, not a
	// support; nil when there is none.
	Nearest *Hit
}

// maxCheckPassages bounds the passages a check lists of each kind.
const maxCheckPassages = 3

// Check checks a claim (a statement, such as a message someone posted)
// against the articles: the passages that support it, the passages that give
// a different figure, date or name, or neither (NotCovered). An error
// wrapping ErrInvalidQuestion means the claim itself could not be taken.
func (e *Engine) Check(ctx context.Context, claim string) (out Checked, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = Checked{Claim: claim, Verdict: NotCovered}, fmt.Errorf("qa: check: internal error: %v", r)
		}
	}()
	text, err := validate(claim)
	if err != nil {
		return Checked{Claim: claim, Verdict: NotCovered}, err
	}
	out = Checked{Claim: text, Verdict: NotCovered}
	q := e.analyse(text)
	if len(q.terms) == 0 {
		return out, inputErrorf("the claim has only common words; quote what someone said about the event")
	}
	hits, err := e.s.Search(ctx, e.query(q))
	if err != nil {
		return out, fmt.Errorf("qa: check: %w", err)
	}
	cands := e.rank(q, e.withFollowers(hits))
	if len(cands) == 0 {
		return out, nil
	}
	slots := e.slotsOf(text)
	for _, c := range cands[:min(len(cands), closeLook)] {
		if e.holds(q, c, slots) {
			out.Supporting = append(out.Supporting, e.hit(c))
		}
	}
	// each figure, date or name of the claim, blanked and asked for: an
	// answer that gives another one differs
	figureDiffers, figuresAgree := false, true
	var agreeing []Hit
	for _, s := range slots {
		a, err := e.Ask(ctx, s.question)
		if err != nil || !a.Answered || a.Short == "" || len(a.Passages) == 0 {
			if s.kind == KindWhen {
				figuresAgree = false
			}
			if s.kind == KindHowMany {
				// no answer to the blanked question: the claim's own
				// passages, where they count the same thing
				h, same, found := e.countsOf(text, s, cands)
				switch {
				case !found:
					figuresAgree = false
				case same:
					agreeing = append(agreeing, h)
				default:
					figuresAgree = false
					figureDiffers = true
					out.Differing = append(out.Differing, h)
					out.Differences = append(out.Differences, "Claim: “"+s.value+"”", h.Article.Title()+": “"+markedText(h)+"”")
				}
			}
			continue
		}
		if s.kind == KindHowMany && s.given(a.Passages[0].Text) {
			// the answer's passage gives the claim's figure, whatever
			// figure its short answer took
			if e.framed(text, s, a.Passages[0]) {
				agreeing = append(agreeing, a.Passages[0])
			}
			continue
		}
		if s.kind == KindHowMany && !e.sameNoun(s.value, a.Short) {
			// the answer counts something else ("35 countries" for "20
			// heads of state"): a figure counting the same thing, in the
			// claim's own passages, decides
			h, same, found := e.countsOf(text, s, cands)
			switch {
			case !found:
				figuresAgree = false
			case same:
				agreeing = append(agreeing, h)
			default:
				figuresAgree = false
				figureDiffers = true
				out.Differing = append(out.Differing, h)
				out.Differences = append(out.Differences, "Claim: “"+s.value+"”", h.Article.Title()+": “"+markedText(h)+"”")
			}
			continue
		}
		if s.agrees(e, a.Short) {
			if e.framed(text, s, a.Passages[0]) {
				agreeing = append(agreeing, a.Passages[0])
			}
			continue
		}
		if s.kind == KindHowMany || s.kind == KindWhen {
			figuresAgree = false
		}
		if !s.comparable(e, a.Short) || !e.framed(text, s, a.Passages[0]) {
			continue
		}
		if (s.kind == KindWho || s.kind == KindWhere) && len(out.Supporting) > 0 {
			continue // a passage says it of this name: another may do the same
		}
		figureDiffers = figureDiffers || s.kind == KindHowMany || s.kind == KindWhen
		out.Differing = append(out.Differing, a.Passages[0])
		out.Differences = append(out.Differences, "Claim: “"+s.value+"”")
		if len(a.Differences) > 0 {
			out.Differences = append(out.Differences, a.Differences...)
		} else {
			out.Differences = append(out.Differences, a.Passages[0].Article.Title()+": “"+a.Short+"”")
		}
	}
	if len(out.Supporting) == 0 && figuresAgree && len(out.Differing) == 0 && !e.strange(q) {
		out.Supporting = agreeing
	}
	switch {
	case figureDiffers, len(out.Differing) > 0 && len(out.Supporting) == 0:
		out.Verdict = Differs
	case len(out.Supporting) > 0:
		out.Verdict = Supported
	default:
		h := e.hit(cands[0])
		out.Nearest = &h
	}
	if len(out.Supporting) > maxCheckPassages {
		out.Supporting = out.Supporting[:maxCheckPassages]
	}
	if len(out.Differing) > maxCheckPassages {
		out.Differing = out.Differing[:maxCheckPassages]
	}
	return out, nil
}

// slot is a checkable part of a claim: a figure, a date or a name, and the
// question that asks for it with the part left blank.
type slot struct {
	kind     Kind // KindHowMany, KindWhen, KindWho or KindWhere
	value    string
	at       span
	question string
	// figure is the number alone, for a figure: what it counts is part of
	// the claim's frame
	figure span
}

// slotsOf finds a claim's figures, dates and names, each with the
// question that asks for it.
func (e *Engine) slotsOf(text string) []slot {
	var out []slot
	blank := func(s span) string {
		return strings.TrimSpace(strings.Join(strings.Fields(text[:s.start]+" "+text[s.end:]), " "))
	}
	taken := func(s span) bool {
		for _, o := range out {
			if s.start < o.at.end && s.end > o.at.start {
				return true
			}
		}
		return false
	}
	for _, s := range findAll(claimDateRE, text) {
		out = append(out, slot{kind: KindWhen, value: text[s.start:s.end], at: s, question: "when " + trimPreposition(blank(s))})
	}
	for _, s := range e.find(numberRE, text) {
		if taken(s) || numberIn(text[s.start:s.end]) == "" && !strings.ContainsAny(text[s.start:s.end], " -") && !numberWordRE.MatchString(text[s.start:s.end]) {
			continue
		}
		n := ofPhrase(text, extendNoun(text, s))
		noun := strings.TrimSpace(text[s.end:n.end])
		q := "how many " + noun + " are " + blank(n)
		if noun == "" || len(e.analyze(noun)) == 0 {
			// "the toll is over 500 now": the figure of what the claim is about
			n, q = s, "how many: "+blank(s)
		}
		out = append(out, slot{kind: KindHowMany, value: text[n.start:n.end], at: n, question: q, figure: s})
	}
	for _, en := range e.entities(text) {
		if taken(en.span) {
			continue
		}
		name := text[en.start:en.end]
		before := text[:en.start]
		if e.afterLocative(text, en.start) && en.class == "place" {
			w := wordsOf(before)
			cut := strings.LastIndex(strings.ToLower(before), strings.ToLower(w[len(w)-1]))
			q := strings.TrimSpace(text[:cut]) + " " + strings.TrimSpace(text[en.end:])
			out = append(out, slot{kind: KindWhere, value: name, at: en.span, question: "where " + strings.TrimSpace(q)})
			continue
		}
		if e.afterLocative(text, en.start) {
			continue // "talks with Russia": what the claim is about, not who did it
		}
		out = append(out, slot{kind: KindWho, value: name, at: en.span, question: "who " + blank(en.span)})
	}
	return out
}

// claimDateRE is dateRE in any case: claims are typed as people chat
// ("the meeting was on january 8").
var claimDateRE = regexp.MustCompile("(?i)" + dateRE.String())

// numberWordRE is a figure in words ("ten thousand"), not a vague one
// ("several").
var numberWordRE = regexp.MustCompile(`(?i)^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion)`)

func trimPreposition(s string) string {
	w := strings.Fields(s)
	if len(w) > 0 && locatives[strings.ToLower(w[len(w)-1])] {
		w = w[:len(w)-1]
	}
	return strings.Join(w, " ")
}

// agrees reports whether an answer gives the slot's value.
func (s slot) agrees(e *Engine, short string) bool {
	switch s.kind {
	case KindHowMany:
		v, ok := figure(s.value)
		return ok && slices.Contains(figures(short), v)
	case KindWhen:
		return sameDate(short, s.value)
	}
	return e.sameName(short, s.value) || strings.Contains(strings.ToLower(short), strings.ToLower(s.value))
}

// comparable reports whether an answer gives the same kind of thing as the
// slot: a figure for a figure, a date for a date.
func (s slot) comparable(e *Engine, short string) bool {
	switch s.kind {
	case KindHowMany:
		return len(figures(short)) > 0
	case KindWhen:
		return claimDateRE.MatchString(short)
	}
	return e.classOf(short) == e.classOf(s.value)
}

// sameDate reports whether two dates share their day and month, or their
// year when either gives only a year.
func sameDate(a, b string) bool {
	da, db := numberIn(a), numberIn(b)
	ma, mb := monthOf(a), monthOf(b)
	return da == db && ma == mb
}

func monthOf(s string) string {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,")
		if len(w) >= 3 && strings.Contains("january february march april may june july august september october november december", w[:3]) {
			return w[:3]
		}
	}
	return ""
}

// holds reports whether a candidate says what the claim says: it matches
// most of the claim's weight and every name, gives each of the claim's
// figures and dates, and is not negated where the claim is not (or the
// other way round).
func (e *Engine) holds(q question, c *cand, slots []slot) bool {
	if c.cov < claimCover || !c.entOK || e.strange(q) {
		return false // a word no article uses: the coverage does not say it
	}
	for _, s := range slots {
		switch s.kind {
		case KindHowMany:
			if !s.given(c.p.Text) {
				return false
			}
		case KindWhen:
			found := false
			for _, d := range findAll(claimDateRE, c.p.Text) {
				found = found || sameDate(c.p.Text[d.start:d.end], s.value)
			}
			if !found {
				return false
			}
		}
	}
	return e.negates(q, c) == q.negated
}

// negates reports whether a passage negates what the claim says: a
// negation ("not", "refused", "n't") with one of the claim's words in the
// few words after it, as English puts "not" before what it denies. "We will
// have to make compromises, … we will not achieve …" does not negate
// "have to make compromises".
func (e *Engine) negates(q question, c *cand) bool {
	for _, n := range e.find(negRE, c.p.Text) {
		for _, t := range c.toks {
			if t.Start >= n.start && t.Start <= n.end+negReach && q.has(t.Term) {
				return true
			}
		}
	}
	return false
}

// negReach is how far after a negation, in bytes, the words it denies
// stand.
const negReach = 30

// claimCover is the share of a claim's weight a passage must match to say
// the same.
const claimCover = 0.6

// framed reports whether a passage holds the rest of the claim (all but the
// slot) well enough that its answer is about the same thing.
func (e *Engine) framed(claim string, s slot, h Hit) bool {
	blank := s.at
	if s.kind == KindHowMany {
		blank = s.figure
	}
	rest := claim[:blank.start] + " " + claim[blank.end:]
	want := e.analyze(rest)
	if len(want) == 0 {
		return false
	}
	toks := e.analyze(h.Text)
	var got, total float64
	n := float64(max(e.s.Docs(), 1))
	for _, t := range want {
		w := idf(n, float64(max(e.s.DocFreq(t.Term), 1)))
		total += w
		if hasTerm(toks, t.Term) || synonymIn(e, toks, t.Term) {
			got += w
		}
	}
	return got >= 0.5*total
}

func synonymIn(e *Engine, toks []index.Token, term string) bool {
	for _, s := range e.s.Synonyms(term) {
		if hasTerm(toks, s) {
			return true
		}
	}
	return false
}

// strange reports whether a claim holds a word no article uses that is not
// just how people chat ("gonna", "ppl"), a word of three letters or fewer
// ("got"), a figure (compared by value), a
// possessive typed without its apostrophe ("natos") or a misspelling of a
// word the articles use ("admited": six letters or more, within the
// index's edit distance): then the coverage does not say it.
func (e *Engine) strange(q question) bool {
	for _, w := range q.unknown {
		lw := strings.ToLower(w)
		if len([]rune(lw)) < 4 || lexicon.IsChatWord(lw) || strings.ContainsAny(lw, "0123456789") {
			continue
		}
		if len([]rune(lw)) >= 6 && len(e.s.NearTerms(lw)) > 0 {
			continue
		}
		if strings.HasSuffix(lw, "s") && len(e.analyze(lw[:len(lw)-1])) > 0 && e.s.DocFreq(e.analyze(lw[:len(lw)-1])[0].Term) > 0 {
			continue
		}
		return true
	}
	return false
}

// given reports whether a passage gives the slot's figure, in digits or in
// words.
func (s slot) given(text string) bool {
	v, ok := figure(s.value)
	return ok && slices.Contains(figures(text), v)
}

// countsOf looks in the claim's own passages for a figure counting what the
// slot counts ("27 heads of state" for "20 heads of state"): the passage,
// whether it gives the claim's figure, and whether one was found.
func (e *Engine) countsOf(claim string, s slot, cands []*cand) (Hit, bool, bool) {
	noun := e.analyze(claim[s.at.start:s.at.end])
	want, ok := figure(s.value)
	if !ok || len(noun) == 0 {
		return Hit{}, false, false
	}
	for _, c := range cands[:min(len(cands), closeLook)] {
		h := e.hit(c)
		if !e.framed(claim, s, h) {
			continue
		}
		for _, n := range e.find(numberRE, c.p.Text) {
			x := ofPhrase(c.p.Text, extendNoun(c.p.Text, n))
			got, ok := figure(c.p.Text[x.start:x.end])
			if !ok || x.end == n.end {
				continue // a figure counting nothing said
			}
			toks := e.analyze(c.p.Text[n.end:x.end])
			shared := false
			for _, t := range noun {
				shared = shared || hasTerm(toks, t.Term)
			}
			if shared {
				h.Marks = [][2]int{{x.start, x.end}}
				if c.prev != nil && strings.HasSuffix(h.Text, c.p.Text) {
					off := len(h.Text) - len(c.p.Text)
					h.Marks = [][2]int{{off + x.start, off + x.end}}
				}
				return h, got == want, true
			}
		}
	}
	return Hit{}, false, false
}

// figure is the value of the first figure in s, in digits ("2,000", "1.3
// billion") or words ("nine", "a fifth"), and whether there is one.
func figure(s string) (float64, bool) {
	all := figures(s)
	if len(all) == 0 {
		return 0, false
	}
	return all[0], true
}

// figureRE is a figure in digits or words, with its scale.
var figureRE = regexp.MustCompile(`(?i)\b(\d[\d,]*(?:\.\d+)?|` + smallNumbers + `)(?:[\s-]+(hundred|thousand|million|billion|bn|m|k))?\b`)

const smallNumbers = `zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|third|quarter|fifth|fith|tenth|dozen`

var wordValues = map[string]float64{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
	"half": 0.5, "third": 1.0 / 3, "quarter": 0.25, "fifth": 0.2, "fith": 0.2, "tenth": 0.1, "dozen": 12}

var scales = map[string]float64{"hundred": 100, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}

// figures are the values of the figures in s, in order.
func figures(s string) []float64 {
	var out []float64
	for _, m := range figureRE.FindAllStringSubmatch(s, -1) {
		w := strings.ToLower(m[1])
		v, ok := wordValues[w]
		if !ok {
			f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
			if err != nil {
				continue
			}
			v = f
		}
		if sc, ok := scales[strings.ToLower(m[2])]; ok {
			v *= sc
		}
		out = append(out, v)
	}
	return out
}

// markedText is the marked part of a passage, or the passage.
func markedText(h Hit) string {
	if len(h.Marks) > 0 && h.Marks[0][0] >= 0 && h.Marks[0][1] <= len(h.Text) && h.Marks[0][0] < h.Marks[0][1] {
		return h.Text[h.Marks[0][0]:h.Marks[0][1]]
	}
	return h.Text
}

// sameNoun reports whether two figures count the same thing: the words
// after their numbers share a term ("20 heads" and "27 heads of state"),
// or neither says what it counts.
func (e *Engine) sameNoun(a, b string) bool {
	na, nb := e.countedTerms(a), e.countedTerms(b)
	if len(na) == 0 || len(nb) == 0 {
		return len(na) == len(nb)
	}
	for _, t := range na {
		if hasTerm(nb, t.Term) {
			return true
		}
	}
	return false
}

// countedTerms are the analysed words after a figure's number.
func (e *Engine) countedTerms(s string) []index.Token {
	loc := figureRE.FindStringIndex(s)
	if loc == nil {
		return nil
	}
	return e.analyze(s[loc[1]:])
}

// ofPhrase extends a counted noun with the "of" phrase that completes it:
// "27 heads" → "27 heads of state".
func ofPhrase(text string, s span) span {
	rest := text[s.end:]
	if !strings.HasPrefix(rest, " of ") {
		return s
	}
	w := strings.Fields(rest[len(" of "):])
	if len(w) == 0 || stopish[strings.ToLower(w[0])] {
		return s
	}
	word := strings.TrimRight(w[0], ",.;:!?")
	return span{s.start, s.end + len(" of ") + len(word)}
}
