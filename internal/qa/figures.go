// A claim's checkable slots (figures, dates, names), whether passages agree, and figure values.

package qa

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

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
	// percent is whether a figure is a percentage
	percent bool
}

// isPercent reports whether s gives a percentage ("40%", "40 percent").
func isPercent(s string) bool {
	ls := strings.ToLower(s)
	return strings.Contains(ls, "%") || strings.Contains(ls, "percent") || strings.Contains(ls, "per cent")
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
		if v := text[s.start:s.end]; isYear(v) && !strings.Contains(v, " ") && extendNoun(text, s) != s && !getFold(timePreps, lastWord(strings.TrimRight(text[:s.start], " "))) {
			continue // "2000 prefab homes": a count, not a year (but "in 2019 engineers warned": a year)
		}
		out = append(out, slot{kind: KindWhen, value: text[s.start:s.end], at: s, question: "when " + trimPreposition(blank(s))})
	}
	for _, s := range e.find(numberRE, text) {
		if taken(s) || numberIn(text[s.start:s.end]) == "" && !strings.ContainsAny(text[s.start:s.end], " -") && !numberWordRE.MatchString(text[s.start:s.end]) {
			continue
		}
		if m := multiplierRE.FindStringIndex(text[s.end:]); m != nil {
			s.end += m[1] // "10 thousand people" (a claim's "10k", normalised): people are what it counts
		}
		n := ofPhrase(text, extendNoun(text, s))
		noun := strings.TrimSpace(text[s.end:n.end])
		rest := blank(n)
		q := "how many " + noun + " are " + rest
		if first, _ := nextWord(rest); auxiliaries[first] {
			q = "how many " + noun + " " + rest // "how many people are sleeping …", not "… are are …"
		}
		if noun == "" || len(e.analyze(noun)) == 0 {
			// "the toll is over 500 now": the figure of what the claim is about
			n, q = s, "how many: "+blank(s)
		}
		out = append(out, slot{kind: KindHowMany, value: text[n.start:n.end], at: n, question: q, figure: s, percent: isPercent(text[s.start:min(len(text), n.end+len(" per cent"))])})
	}
	ents := e.entities(text)
	sort.Slice(ents, func(i, j int) bool { return ents[i].start < ents[j].start })
	for i := 0; i < len(ents); i++ {
		en := ents[i]
		if taken(en.span) {
			continue
		}
		// names coordinated ("meloni and tusk were present") are one
		// doer: blanked together, asked for together
		j := i
		for j+1 < len(ents) && ents[j+1].class == en.class && coordinated(text[ents[j].end:ents[j+1].start]) && strings.TrimSpace(text[ents[j].end:ents[j+1].start]) != "" {
			j++
		}
		if j > i && !e.afterLocative(text, en.start) {
			g := span{en.start, ents[j].end}
			out = append(out, slot{kind: KindWho, value: text[g.start:g.end], at: g, question: "who " + blank(g)})
			i = j
			continue
		}
		name := text[en.start:en.end]
		before := text[:en.start]
		if e.afterLocative(text, en.start) && en.class == "place" {
			w := wordsOf(before)
			cut := strings.LastIndex(lowerASCII(before), lowerASCII(w[len(w)-1])) // an offset in before
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

// multiplierRE is a figure's word of scale right after it.
var multiplierRE = regexp.MustCompile(`(?i)^\s(?:thousand|million|billion|trillion)\b`)

// numberWordRE is a figure in words ("ten thousand"), not a vague one
// ("several").
var numberWordRE = regexp.MustCompile(`(?i)^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|third|quarter|fifth|tenth)`)

func trimPreposition(s string) string {
	w := strings.Fields(s)
	if len(w) > 0 && getFold(locatives, w[len(w)-1]) {
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
	for _, p := range coordinates(s.value) {
		if !e.saysName(short, p) {
			return false // every one of the names the claim coordinates
		}
	}
	return true
}

// saysName reports whether text gives name, as it is or as another form
// of the same name.
func (e *Engine) saysName(text, name string) bool {
	return e.sameName(text, name) || strings.Contains(strings.ToLower(text), strings.ToLower(name))
}

// coordinates splits names joined by "and" and commas.
func coordinates(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(strings.ReplaceAll(s, " and ", ","), func(r rune) bool { return r == ',' }) {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// comparable reports whether an answer gives the same kind of thing as the
// slot: a figure for a figure, a date for a date.
func (s slot) comparable(e *Engine, short string) bool {
	switch s.kind {
	case KindHowMany:
		// a percentage is no other sum, nor a count ("40% of it" is
		// not gainsaid by "an appeal for $310 million")
		return len(figures(short)) > 0 && isPercent(short) == s.percent
	case KindWhen:
		// a day of the week alone is no other date than a day of the
		// month: "on Wednesday" does not gainsay "jan 6 2026"
		return claimDateRE.MatchString(short) && (numberIn(short) != "" || numberIn(s.value) == "")
	}
	// a name for a name: not a clause that ends on one ("support the
	// effort through its navy and air force, while Croatia")
	content := 0
	for w := range strings.FieldsSeq(short) {
		if w = strings.Trim(w, ",.’'\"“”"); w != "" && !isCapital(w) && !lexicon.IsFunctionWord(strings.ToLower(w)) {
			content++
		}
	}
	if content > 2 || e.classOf(short) != e.classOf(coordinates(s.value)[0]) {
		return false
	}
	return true
}

// unsaid reports whether an answer gives some of the names a slot
// coordinates, none besides, and the rest are not named in its passage
// either: those are unsaid there, not gainsaid ("Steve Witkoff, who
// represented Washington" for "witkoff and kushner represented the us");
// but "led by Tom Reyes after Ana Ortiz dropped out" gainsays "ortiz and
// reyes led …", as "Witkoff and Kushner" does "rubio and kushner led …".
func (s slot) unsaid(e *Engine, short, passage string) bool {
	parts := coordinates(s.value)
	if len(parts) < 2 {
		return false
	}
	says, some := e.saysName, false
	for _, p := range parts {
		if says(short, p) {
			some = true
		} else if says(passage, p) {
			return false
		}
	}
	for _, name := range coordinates(short) {
		if !slices.ContainsFunc(parts, func(p string) bool { return says(name, p) }) {
			return false
		}
	}
	return some
}

// sameDate reports whether two dates share their day and month, or their
// year when either gives only a year.
func sameDate(a, b string) bool {
	da, db := numberIn(a), numberIn(b)
	ma, mb := monthOf(a), monthOf(b)
	return da == db && ma == mb
}

// monthOf is the first month s names by a whole word, its name or an
// abbreviation (monthWords), as its first three letters ("March 3" and
// "mar. 3" give "mar"; "Sept" and "Jan.6" give "sep", "jan"), read up to
// its first mark or digit; "" when none does. "May" names the month only
// where mayMonth reads it so beside the words around it ("on 3 May",
// "may 12"; not "two may have died", nor "may" alone, in lower case, a
// modal as often). A word that only opens as a month does ("mayor",
// "marine", "junior") names none.
func monthOf(s string) string {
	before := ""
	for rest := s; ; {
		f, tail := nextField(rest)
		if f == "" {
			return ""
		}
		w := letterHead(strings.ToLower(f)) // "jan.6," "sept.," "may's"
		if monthWords[w] {
			return w[:3]
		}
		if w == "may" {
			if after, _ := nextField(tail); mayMonth(f, strings.Trim(before, wordMarks), strings.Trim(after, wordMarks)) {
				return w
			}
		}
		before, rest = f, tail
	}
}

// nextField is the first run of s that holds no white space, and the text
// after it; "" where s holds none.
func nextField(s string) (string, string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if end := strings.IndexFunc(s, unicode.IsSpace); end >= 0 {
		return s[:end], s[end:]
	}
	return s, ""
}

// letterHead is w up to its first rune that is no letter ("jan" of
// "jan.6,", "may" of "may's").
func letterHead(w string) string {
	if end := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); end >= 0 {
		return w[:end]
	}
	return w
}

// wordMarks are the marks that may open or close a word as written.
const wordMarks = ".,;:!?()\"“”‘’'"

// mayMonth reports whether may, "May" or "may" as written between the
// words before and after it (as written, trimmed of marks; "" for none),
// is the month, not the modal: never where after is a word a modal
// governs, "not", an auxiliary, or a verb's base form that is no past
// form ("two may *have* died", "12 may *die*"; after a capital "May"
// only one that is no noun either, capitalised as a title cases it,
// "Talks May Begin", not "12 May Rescue Crews": a capital "May" before a
// lower-case verb stands mid-sentence, where the modal has none), and
// else only where it is capitalised or a figure of a day or a year
// stands beside it ("12 May", "may 12", "may 2026"). The one reader of
// "May" for monthOf and the date readers' dayAndMonth.
func mayMonth(may, before, after string) bool {
	a := strings.ToLower(after)
	if a == "not" || auxiliaries[a] {
		return false
	}
	if lexicon.IsVerbBase(a) && !pastForm(a) && (!isCapital(may) || isCapital(after) && !knownNoun(a)) {
		return false
	}
	return isCapital(may) || dayFigure(before) || dayFigure(after) || isYear(after)
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
var figureRE = regexp.MustCompile(`(?i)\b(\d[\d,]*(?:\.\d+)?|` + smallNumbers + `)(?:[\s-]+(hundred|thousand|million|billion|bn|m|k)|(bn|k))?\b`)

const smallNumbers = `zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|third|quarter|fifth|fith|tenth|dozen`

var wordValues = map[string]float64{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
	"half": 0.5, "third": 1.0 / 3, "quarter": 0.25, "fifth": 0.2, "fith": 0.2, "tenth": 0.1, "dozen": 12}

var scales = map[string]float64{"hundred": 100, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}

// periodRE is a span of years said in centuries or decades: "half a
// century", "two decades", "a decade".
var periodRE = regexp.MustCompile(`(?i)\b(half an?|an?|` + smallNumbers + `|\d+)\s+(century|centuries|decades?)\b`)

// periodYears are the years of a period's unit.
var periodYears = map[string]float64{"century": 100, "centuries": 100, "decade": 10, "decades": 10}

// figures are the values of the figures in s, in order; a span of
// centuries or decades counts its years ("half a century": 50).
func figures(s string) []float64 {
	if !strings.Contains(s, "entur") && !strings.Contains(s, "ecade") {
		// no centuries or decades (the common case, kept cheap: figures
		// runs on every number of every candidate a figure is checked in)
		var out []float64
		for _, m := range figureRE.FindAllStringSubmatchIndex(s, -1) {
			if v, ok := figureValue(s, m); ok {
				out = append(out, v)
			}
		}
		return out
	}
	type at struct {
		pos int
		v   float64
	}
	var found []at
	periods := periodRE.FindAllStringSubmatchIndex(s, -1)
	for _, m := range periods {
		n := strings.ToLower(s[m[2]:m[3]])
		v := 1.0
		switch {
		case strings.HasPrefix(n, "half"):
			v = 0.5
		case n == "a" || n == "an":
		default:
			if w, ok := wordValues[n]; ok {
				v = w
			} else if f, err := strconv.ParseFloat(n, 64); err == nil {
				v = f
			}
		}
		found = append(found, at{m[0], v * getFold(periodYears, s[m[4]:m[5]])})
	}
	inPeriod := func(i int) bool {
		for _, m := range periods {
			if i >= m[0] && i < m[1] {
				return true
			}
		}
		return false
	}
	for _, m := range figureRE.FindAllStringSubmatchIndex(s, -1) {
		if inPeriod(m[0]) {
			continue // "half" of "half a century"
		}
		if v, ok := figureValue(s, m); ok {
			found = append(found, at{m[0], v})
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].pos < found[j].pos })
	out := make([]float64, 0, len(found))
	for _, f := range found {
		out = append(out, f.v)
	}
	return out
}

// figureValue is the value of figureRE's match m (submatch indexes) in s.
func figureValue(s string, m []int) (float64, bool) {
	sub := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return s[m[2*k]:m[2*k+1]]
	}
	w := strings.ToLower(sub(1))
	v, ok := wordValues[w]
	if !ok {
		f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
		if err != nil {
			return 0, false
		}
		v = f
	}
	if sc, ok := scales[strings.ToLower(sub(2)+sub(3))]; ok {
		v *= sc // "1.3 billion", "1.3bn" written on to it
	}
	return v, true
}

// markedText is the marked part of a passage, or the passage.
func markedText(h Hit) string {
	if len(h.Marks) > 0 && h.Marks[0][0] >= 0 && h.Marks[0][1] <= len(h.Text) && h.Marks[0][0] < h.Marks[0][1] {
		return h.Text[h.Marks[0][0]:h.Marks[0][1]]
	}
	return h.Text
}

// sameCounted reports whether two figures count the same thing: the words
// after their numbers share a term ("20 heads" and "27 heads of state"),
// or neither says what it counts.
func (e *Engine) sameCounted(a, b string) bool {
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
	if len(w) == 0 || getFold(stopish, w[0]) {
		return s
	}
	word := strings.TrimRight(w[0], ",.;:!?")
	return span{s.start, s.end + len(" of ") + len(word)}
}

// markFigures marks, in a passage with no marks, the figures that give the
// claim's: "representatives of **35** countries".
func markFigures(h *Hit, slots []slot) {
	if len(h.Marks) > 0 {
		return
	}
	for _, s := range slots {
		want, ok := figure(s.value)
		if s.kind != KindHowMany || !ok {
			continue
		}
		for _, m := range figureRE.FindAllStringIndex(h.Text, -1) {
			if v, ok := figure(h.Text[m[0]:m[1]]); ok && v == want {
				h.Marks = append(h.Marks, [2]int{m[0], m[1]})
				break
			}
		}
	}
	slices.SortFunc(h.Marks, func(a, b [2]int) int { return a[0] - b[0] })
}

// earliestDuration is, for "how long … at first / originally", of two or
// more durations ds in text the one the question's verb asks for: with a
// verb of wanting or asking in the question ("did he originally want"),
// the one in the clause of such a verb in text ("previously requested …
// up to half a century"); else the one a word of the earliest state
// ("initial", "first", "original") stands close before ("an initial
// 15-year term"). Empty when none is so marked.
func (e *Engine) earliestDuration(q *question, text string, ds []span) span {
	wants := slices.ContainsFunc(q.words, func(w string) bool { return wantingVerbs[w] || requestVerbs[w] })
	words := wordSpans(text)
	var marks []span
	for _, w := range words {
		lw := strings.ToLower(text[w[0]:w[1]])
		if wants && (wantingVerbs[lw] || requestVerbs[lw]) || !wants && earliestWords[lw] {
			marks = append(marks, span{w[0], w[1]})
		}
	}
	best, gap := span{}, -1
	for _, d := range ds {
		for _, m := range marks {
			if m.end > d.start {
				continue
			}
			between := text[m.end:d.start]
			if strings.ContainsAny(between, ",;:.") || wordCount(between) > earliestReach(wants) {
				continue
			}
			if gap < 0 || d.start-m.end < gap {
				best, gap = d, d.start-m.end
			}
		}
	}
	return best
}

// earliestReach is how many words may stand between the mark and its
// duration: a verb's object comes between it and the duration ("requested
// security guarantees spanning up to"), an adjective's noun does not.
func earliestReach(verb bool) int {
	if verb {
		return verbObjectWords
	}
	return 1 // the noun alone: "an *initial* 15-year term"
}

// verbObjectWords is how many words a verb's object may take between the
// verb and a duration after it ("requested *security guarantees spanning
// up to*" half a century).
const verbObjectWords = 6

// wantingVerbs are verbs of wanting or requesting (kinds.txt).
var wantingVerbs = cueSet("wanting-verb-words")

// earliestWords are adjectives of a thing's first phase (kinds.txt).
var earliestWords = cueSet("earliest-state-words")

// pronounOne reports whether the number numberRE finds at s of text is
// "one" said as a pronoun, standing for a thing named elsewhere, not as a
// quantity: "one" counts with a noun after it ("one *person* died"), "of"
// and a plural ("one of the *codes*"), or a noun understood where no
// determiner stands before it (below). After a
// determiner it is the pronoun ("the one below", "no one", "the other
// one"), and so it is with no noun after it: the clause or the passage
// ends ("there won't be one."), or a relative or a preposition follows
// ("one that failed", "onto one below"), or "of" runs on to no plural
// ("one of the strongest"). At a clause's end a verb's object or a run of
// counts is a count whose noun is understood (elidedCount: "killed one,
// injured 12"). A ratio is a quantity ("one in five homes", "one in every
// five": a number after the preposition and its quantifier), and so is
// "one" before an auxiliary with no determiner, a count whose noun is
// understood ("two died and one was injured").
func pronounOne(text string, s span) bool {
	if !strings.EqualFold(text[s.start:s.end], "one") {
		return false
	}
	rest := text[s.end:]
	next, after := nextWord(rest)
	if knownNoun(strings.Trim(next, ".,;:()")) {
		return false // "the one bridge that survived", "that one worker"
	}
	before := wordBefore(text, s)
	if oneDeterminers[before] {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(rest); rest == "" || strings.ContainsRune(",.;:)!?”\"", r) {
		return !elidedCount(text, s, before)
	}
	next = strings.Trim(next, ".()")
	if next == "of" {
		// the noun phrase after "of", past its determiners and
		// possessives ("of *the* best building codes")
		words := strings.Fields(countedText(after, span{}))
		for len(words) > 0 && lexicon.IsFunctionWord(bareWord(words[0])) {
			words = words[1:]
		}
		return countedHead(strings.Join(words, " ")) == ""
	}
	if relativeWordSet[next] || prepositions[next] {
		w, after := nextWord(after)
		if lexicon.IsQuantifier(w) {
			w, _ = nextWord(after) // "one in *every* five"
		}
		return !numberRE.MatchString(w)
	}
	return false
}

// elidedCount reports whether "one" at s of text, with no determiner
// before it (before is the word before it, wordBefore) and a closing
// mark after it, is a count whose noun is
// understood: the object of a verb ("the blast killed *one*, injured
// 12"), or a conjunct of counts, after "and", "or" or a comma that a
// number of its sentence comes before ("three died, four were hurt and
// *one*."; a year starts no run). Elsewhere ("there will not be one.",
// "onto one.", a name's "One" within its sentence) no count can be
// meant.
func elidedCount(text string, s span, before string) bool {
	if text[s.start] == 'O' && !sentenceStart(text, s.start) {
		return false // a name's word: "aboard Air Force One."
	}
	if objectVerb(before) && !prepositions[before] && !modifiedOne(text, s) {
		return true
	}
	head := strings.TrimRight(text[:s.start], " ")
	if before != "and" && before != "or" && !strings.HasSuffix(head, ",") {
		return false
	}
	from := sentenceOpening(text, 0, s.start)
	for _, m := range numberRE.FindAllStringIndex(text[from:s.start], -1) {
		at := span{from + m[0], from + m[1]}
		if isYear(text[at.start:at.end]) {
			continue // "In 2019 the council promised a bridge, and one."
		}
		if !strings.EqualFold(text[at.start:at.end], "one") {
			return true
		}
		if w, _ := nextWord(text[at.end:]); knownNoun(strings.Trim(w, ".,;:()")) {
			return true // "*one* man died and one, his son, was hurt"
		}
	}
	return false
}

// modifiedOne reports whether the word before "one" at s of text is
// itself led by a determiner or a possessive, so that it modifies "one"
// rather than taking it as its object ("the *dining* one", "a *rebuilt*
// one", "their *winning* one"), though the lexicon reads it as a verb
// form.
func modifiedOne(text string, s span) bool {
	start, _ := lastWordAt(text, s.start)
	if start < 0 {
		return false
	}
	lead := strings.ToLower(lastWord(text[:start]))
	return oneDeterminers[lead] || articles[lead] || possessives[lead]
}

// objectVerb reports whether w is a verb form that can take a counted
// object: a word the lexicon reads as a verb, neither a function word
// nor an auxiliary or a form of "be", whose complement ("there will not
// *be* one", "it *was* one") counts nothing.
func objectVerb(w string) bool {
	if _, aux := lexicon.AuxBase(w); aux || lexicon.IsFunctionWord(w) {
		return false
	}
	base, ok := lexicon.VerbBase(w)
	return ok && base != "be"
}

// oneDeterminers are the determiners before which "one" is the pronoun:
// "the one", "this one", "no one", "every one", "the other one"; not
// "that" and "which", conjunction and relative as often ("police said
// that one worker died").
var oneDeterminers = wordSet("the this no any every each another other whichever")
