package qa

import (
	"regexp"
	"strings"
	"unicode"
)

// maxShortWords bounds a short answer; a longer one is no short answer.
const maxShortWords = 12

// extract finds the short answer in the top passage: the names, the date,
// the number or the phrase the question asks for; "" when there is none
// shorter than the passage. A "who" answer may come from the sentence before
// when the passage points back to it ("The two held talks …").
func (e *Engine) extract(q question, c *cand) string {
	s := e.extractSpan(q, c)
	if s.end > s.start {
		return shortText(c.p.Text[s.start:s.end])
	}
	if q.kind == KindWho && c.prev != nil && opensWithAnaphor(c.p.Text) {
		// the names the passage points back to stand at the end of the
		// sentence before: the last one, or the last two for "The two"
		pc := &cand{a: c.a, p: *c.prev, toks: c.prevToks}
		end := []span{{len(c.prev.Text), len(c.prev.Text)}}
		if s := e.who(q, pc, end); s.end > s.start {
			if plural(c.p.Text) {
				names := e.freeSpans(q, c.prev.Text, e.names(c.prev.Text))
				if n := len(names); n >= 2 && names[n-2].start < s.start {
					s.start = e.trimmed(q, pc, names[n-2:n-1])[0].start
				}
			}
			return shortText(c.prev.Text[s.start:s.end])
		}
	}
	return ""
}

// placePhrase returns a phrase of place after the question's words: "in a
// neighbouring country", up to the end of its clause.
func placePhrase(text string, anchors []span) span {
	if len(anchors) == 0 {
		return span{}
	}
	at := anchors[len(anchors)-1].end
	m := placePrepRE.FindStringIndex(text[at:])
	if m == nil || m[0] > 12 {
		return span{}
	}
	start := at + m[0] + 1
	end := start + clauseEnd(text[start:])
	if n := len(strings.Fields(text[start:end])); n < 2 || n > 8 {
		return span{}
	}
	return span{start, end}
}

var placePrepRE = regexp.MustCompile(`\s(in|at|near|across|inside|outside|on)\s`)

// plural reports whether a sentence opens by pointing back to several.
func plural(s string) bool {
	w := strings.Fields(strings.ToLower(s) + " x x")
	return w[0] == "they" || w[0] == "both" || w[0] == "the" && (w[1] == "two" || w[1] == "pair" || w[1] == "three")
}

// firstWordsLen is the byte length of the first n words of s.
func firstWordsLen(s string, n int) int {
	words := 0
	inWord := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			if inWord {
				words++
				if words == n {
					return i
				}
			}
			inWord = false
			continue
		}
		inWord = true
	}
	return len(s)
}

// shortText trims a short answer and refuses one too long to be short.
func shortText(s string) string {
	s = strings.Trim(s, " ,;:—–-")
	for _, tail := range []string{" and", " or", " but", " of", " to", " the", " a", " in", " for", " with"} {
		s = strings.TrimSuffix(s, tail)
	}
	s = strings.TrimRight(s, " ,;:—–-")
	if len(strings.Fields(s)) > maxShortWords {
		return ""
	}
	return s
}

func (e *Engine) extractSpan(q question, c *cand) span {
	text := c.p.Text
	anchors := e.anchors(q, c)
	switch q.kind {
	case KindWho:
		return e.who(q, c, anchors)
	case KindWhere:
		names := e.freeSpans(q, text, e.names(text))
		var known []span
		for _, n := range names {
			if e.isPlace(text[n.start:n.end]) {
				known = append(known, n)
			}
		}
		switch l := located(text, known); {
		case len(l) > 0:
			names = l // "in Paris": a known place where a place stands
		case len(known) > 0:
			names = known
		default:
			names = located(text, names)
		}
		if len(names) == 0 {
			return placePhrase(text, anchors) // "in a neighbouring country"
		}
		return nearest(names, anchors)
	case KindWhen:
		return nearest(e.find(dateRE, text), anchors)
	case KindHowMany:
		var nums []span
		var counted []span // numbers that count what the question asks about
		for _, s := range e.freeSpans(q, text, e.find(numberRE, text)) {
			if yearRE.MatchString(text[s.start:s.end]) {
				continue
			}
			n := extendNoun(text, s)
			nums = append(nums, n)
			for _, tok := range e.analyze(text[s.end:n.end]) {
				if q.has(tok.Term) {
					counted = append(counted, n)
					break
				}
			}
		}
		if len(counted) > 0 {
			return nearest(counted, anchors)
		}
		return nearest(nums, anchors)
	case KindHowLong:
		if s := nearest(e.find(durationRE, text), anchors); s.end > s.start {
			return s
		}
		return nearest(e.find(dateRE, text), anchors)
	case KindSaid:
		if s, ok := e.quoteIn(q, c); ok {
			return s
		}
		return e.clause(q, c, anchors)
	}
	if q.kind == KindYesNo {
		return span{} // yes or no is for the passage to say, not a phrase cut from it
	}
	if q.head != "" {
		// "which operation …": the name that goes with the noun asked about
		if s, ok := e.headName(q, c); ok {
			return s
		}
	}
	return e.clause(q, c, anchors)
}

// who extracts the people or countries a "who" question asks for: a name
// whose title the question gives ("the French president" → "Emmanuel
// Macron"), else the group of names nearest the question's words, else the
// names of the sentence before when this one says "The two …".
func (e *Engine) who(q question, c *cand, anchors []span) span {
	text := c.p.Text
	if q.defines {
		return e.description(q, c)
	}
	var names []span
	for _, n := range e.freeSpans(q, text, e.names(text)) {
		if w := text[n.start:n.end]; strings.Contains(w, " ") || !isDemonym(w) || e.isPlace(w) {
			names = append(names, n) // not a lone "European"
		}
	}
	var heads []span
	for _, n := range names {
		// "President Trump's son-in-law Jared Kushner": the possessive
		// name describes the next one
		if after := text[n.end:]; !(strings.HasPrefix(after, "’s ") || strings.HasPrefix(after, "'s ")) || len(names) == 1 {
			heads = append(heads, n)
		}
	}
	names = heads
	if s, ok := e.titled(q, c, names, anchors); ok {
		return s
	}
	if len(names) == 0 {
		return span{}
	}
	groups := e.trimmed(q, c, groupNames(text, names))
	if q.negated {
		// "which nations wouldn't deploy": the names nearest the "not"
		if neg := e.find(negRE, text); len(neg) > 0 {
			anchors = neg
		}
	}
	if last := anchors[len(anchors)-1:]; len(last) > 0 && strings.HasPrefix(text[last[0].end:], " by ") {
		// "flanked by Jared Kushner": a passive names the doer after "by"
		var after []span
		for _, g := range groups {
			if g.start >= last[0].end {
				after = append(after, g)
			}
		}
		if len(after) > 0 {
			return nearest(after, last)
		}
	}
	if q.asksSubject() && len(anchors) > 0 {
		// "who refused …", "who praised Starmer": the answer is the subject,
		// before the question's words
		var before []span
		for _, g := range groups {
			if g.end <= anchors[len(anchors)-1].start {
				before = append(before, g)
			}
		}
		if len(before) > 0 {
			groups = before
		}
	}
	return nearest(groups, anchors)
}

// asksSubject reports whether a "who" question asks who did something
// ("who praised Starmer?"), not whom ("who did Macron meet?") or who
// someone is ("who is the French president?").
func (q question) asksSubject() bool {
	w := strings.Fields(strings.ToLower(q.text) + " x")
	return !auxiliaries[w[1]]
}

// description answers "who is X?" with what the passage calls X: a title
// standing with the name ("Canadian Prime Minister Mark Carney"), words
// before it ("the president’s son-in-law Jared Kushner") or an apposition
// after it ("Jared Kushner, President Trump's son-in-law").
func (e *Engine) description(q question, c *cand) span {
	text := c.p.Text
	for _, n := range e.names(text) {
		name := text[n.start:n.end]
		if !e.mentionsEntity(q, name) {
			continue
		}
		// a title within the name's own run of capitals ("Sir" alone is none)
		t := e.trimmedTitles(name)
		if t > 0 && !honorifics[strings.ToLower(strings.TrimSpace(name[:t]))] {
			return span{n.start, n.start + len(strings.TrimRight(name[:t], " "))}
		}
		// an apposition: ", …," or " – … –"
		after := text[n.end:]
		for _, open := range []string{", ", " – ", " — ", " (", " - "} {
			if strings.HasPrefix(after, open) {
				body := after[len(open):]
				end := clauseEnd(body)
				if w := len(strings.Fields(body[:end])); w >= 1 && w <= 10 && !strings.HasPrefix(strings.ToLower(body), "who ") {
					st := n.end + len(open)
					return span{st, st + end}
				}
			}
		}
		// lower-case words just before the name: "Trump adviser Steve Witkoff"
		from := strings.LastIndexAny(text[:n.start], ",;:(—–") + 1
		for _, w := range []string{" by ", " and ", " with ", " including ", " as "} {
			if i := strings.LastIndex(text[:n.start], w); i >= 0 && i+len(w) > from {
				from = i + len(w)
			}
		}
		for from < n.start && text[from] == ' ' {
			from++
		}
		desc := strings.TrimSpace(text[from:n.start])
		if words := strings.Fields(desc); len(words) >= 1 && len(words) <= 6 && hasLower(desc) && nounBefore(words[len(words)-1]) {
			return span{from, from + len(desc)}
		}
	}
	return span{}
}

// nounBefore reports whether the word just before a name can end a
// description of it ("adviser", "son-in-law"), not a verb or a particle
// ("praising", "met", "with").
func nounBefore(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ",;:“”\"'"))
	return !stopish[lw] && !strings.HasSuffix(lw, "ing") && !strings.HasSuffix(lw, "ed") && lw != "said" && lw != "says"
}

var honorifics = wordSet("sir dame mr mr. mrs mrs. ms ms. dr dr. lord lady")

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// trimmedTitles returns how many bytes of a name are titles and places
// before the person's own name ("Canadian Prime Minister " of "Canadian
// Prime Minister Mark Carney"), or 0.
func (e *Engine) trimmedTitles(name string) int {
	toks := e.analyze(name)
	k := 0
	for k < len(toks)-1 && (titles[toks[k].Term] || e.isPlace(name[toks[k].Start:toks[k].End]) || isDemonym(name[toks[k].Start:toks[k].End])) {
		k++
	}
	if k == 0 {
		return 0
	}
	return toks[k].Start
}

// isDemonym reports whether a capitalised word is a nationality:
// "Canadian", "French", "Israeli".
func isDemonym(w string) bool {
	lw := strings.ToLower(w)
	if lw == "" || !isCapital(w) {
		return false
	}
	for _, suf := range []string{"an", "ish", "ese", "ch", "ian", "i"} {
		if strings.HasSuffix(lw, suf) && len(lw) > 4 {
			return true
		}
	}
	return false
}

// wantsCountry reports whether a "who" question asks for countries rather
// than people ("which country", "which nations").
func (q question) wantsCountry() bool {
	for _, t := range q.terms {
		if t.term == "countri" || t.term == "nation" || t.term == "state" || contains(t.alts, "countri") {
			return true
		}
	}
	return false
}

// titled finds a name the question describes by a title or origin that
// stands with it: "Polish Prime Minister Donald Tusk" for "who attended
// from Poland", trimmed to the name.
func (e *Engine) titled(q question, c *cand, names, anchors []span) (span, bool) {
	var cands []span
	for _, s := range names {
		t := e.trimmed(q, c, []span{s})[0]
		if t.start == s.start {
			continue
		}
		lead := e.terms(c.p.Text[s.start:t.start])
		if q.role {
			// every title the question gives: "foreign minister" is not "minister"
			all := true
			for _, qt := range q.terms {
				if titles[qt.term] && !lead[qt.term] {
					all = false
				}
			}
			if all {
				cands = append(cands, t)
			}
			continue
		}
		for tok := range lead {
			if q.has(tok) {
				cands = append(cands, t)
				break
			}
		}
	}
	if len(cands) == 0 {
		return span{}, false
	}
	return nearest(cands, anchors), true
}

// headName answers "which NOUN …" with the name beside that noun in the
// passage: "operation in Venezuela".
func (e *Engine) headName(q question, c *cand) (span, bool) {
	text := c.p.Text
	for _, tok := range c.toks {
		if tok.Term != q.head {
			continue
		}
		for _, n := range e.freeSpans(q, text, e.names(text)) {
			gap := ""
			switch {
			case n.start >= tok.End:
				gap = text[tok.End:n.start]
				if len(strings.Fields(gap)) <= 2 {
					return span{tok.Start, n.end}, true
				}
			case n.end <= tok.Start:
				gap = text[n.end:tok.Start]
				if len(strings.Fields(gap)) <= 1 {
					return span{n.start, tok.End}, true
				}
			}
		}
	}
	return span{}, false
}

// anchors are the byte offsets in the passage of the matched question
// terms: where a term stands itself, its synonyms do not count.
func (e *Engine) anchors(q question, c *cand) []span {
	exact := map[string]bool{}
	for _, tok := range c.toks {
		exact[tok.Term] = true
	}
	var out []span
	for _, tok := range c.toks {
		for _, t := range q.terms {
			if tok.Term == t.term || contains(t.alts, tok.Term) && !exact[t.term] {
				out = append(out, span{tok.Start, tok.End})
				break
			}
		}
	}
	return out
}

// nearest returns the candidate span closest to the anchors (the earliest
// on a tie), or an empty span.
func nearest(spans, anchors []span) span {
	best, bestD := span{}, -1
	for _, s := range spans {
		d := 1 << 30
		for _, a := range anchors {
			switch {
			case a.end <= s.start:
				d = min(d, s.start-a.end)
			case a.start >= s.end:
				d = min(d, a.start-s.end)
			default:
				d = 0
			}
		}
		if len(anchors) == 0 {
			d = s.start
		}
		if bestD < 0 || d < bestD {
			best, bestD = s, d
		}
	}
	return best
}

// trimmed drops, from the front of each name span, the words the question
// already says and titles ("French President Emmanuel Macron" asked as "the
// French president" answers "Emmanuel Macron").
func (e *Engine) trimmed(q question, c *cand, spans []span) []span {
	var out []span
	for _, s := range spans {
		sub := c.p.Text[s.start:s.end]
		toks := e.analyze(sub)
		strip := func(places bool) int {
			k := 0
			for k < len(toks)-1 && (q.has(toks[k].Term) || titles[toks[k].Term] || places && e.isPlace(sub[toks[k].Start:toks[k].End])) {
				k++
			}
			return k
		}
		k := strip(true)
		if k < len(toks) && e.isPlace(sub[toks[k].Start:]) {
			k = strip(false) // "Croatia and the Czech Republic" is places all through
		}
		if k > 0 {
			s.start += toks[k].Start
		}
		out = append(out, s)
	}
	return out
}

// extendNoun extends a number with the noun after it: "35" → "35 countries".
func extendNoun(text string, s span) span {
	rest := text[s.end:]
	words := 0
	end := s.end
	i := 0
	for words < 3 {
		j := i
		for j < len(rest) && rest[j] == ' ' {
			j++
		}
		k := j
		for k < len(rest) && (unicode.IsLetter(rune(rest[k])) || rest[k] == '-') {
			k++
		}
		if k == j {
			break
		}
		w := strings.ToLower(rest[j:k])
		if stopish[w] {
			break
		}
		end = s.end + k
		i = k
		words++
	}
	return span{s.start, end}
}

var stopish = wordSet("of the a an and or to in on at for by with from that which who as is are was were be been it its their this these those than but would will could")

// clause answers a "what" question with words of the passage the question
// does not already say: those after its verb up to the end of their clause
// ("What did Trump propose about Greenland?" → "for the U.S. to claim
// Greenland"), or, when the question's words close the sentence, the words
// between the last two of them.
func (e *Engine) clause(q question, c *cand, anchors []span) span {
	text := c.p.Text
	if len(anchors) == 0 {
		return span{}
	}
	// the question's last word that is not a name is its verb ("what would
	// the mechanism involve", "what did Trump propose about Greenland"):
	// the answer follows where the passage says it
	var verb *span
	var names []span
	rankOf := -1
	for _, tok := range c.toks {
		for i, t := range q.terms {
			if t.term != tok.Term && !contains(t.alts, tok.Term) {
				continue
			}
			if t.entity {
				names = append(names, span{tok.Start, tok.End})
			} else if i > rankOf {
				rankOf = i
				verb = &span{tok.Start, tok.End}
			}
		}
	}
	if verb == nil {
		verb = &anchors[len(anchors)-1]
	}
	first := anchors[0]
	for _, a := range anchors {
		if !containsSpan(names, a) {
			first = a
			break
		}
	}
	for _, from := range []span{*verb, first} {
		s := clauseFrom(text, from.end)
		for _, n := range names {
			if n.start > s.start && n.end < s.end {
				s.end = n.end // end the clause at the name it is about
			}
		}
		if words := len(strings.Fields(text[s.start:s.end])); words >= 2 && words <= maxShortWords {
			return s
		}
	}
	// the question's words close the sentence: what stands between them
	if len(anchors) >= 2 {
		a, b := anchors[len(anchors)-2], anchors[len(anchors)-1]
		between := span{a.end, b.start}
		between = trimLead(text, between)
		between.end = between.start + len(strings.TrimRight(text[between.start:between.end], " ,—–-"))
		if words := len(strings.Fields(text[between.start:between.end])); words >= 2 && words <= maxShortWords {
			return between
		}
	}
	return span{}
}

func containsSpan(list []span, s span) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// clauseFrom returns the clause that starts at byte i of text, after any
// connecting words ("that", "to be", a comma).
func clauseFrom(text string, i int) span {
	s := trimLead(text, span{i, len(text)})
	s.end = s.start + clauseEnd(text[s.start:])
	return s
}

// leadWords open a clause without adding to it.
var leadWords = []string{"that ", "to be ", "is ", "was ", "were ", "are ", "would ", "will ", "as ", "over the weekend ", "on tuesday ", "on wednesday ", "himself ", "herself ", "also "}

func trimLead(text string, s span) span {
	for {
		rest := text[s.start:s.end]
		trimmed := strings.TrimLeft(rest, " ,:—–-")
		lw := strings.ToLower(trimmed)
		for _, w := range leadWords {
			if strings.HasPrefix(lw, w) {
				trimmed = trimmed[len(w):]
				break
			}
		}
		if len(trimmed) == len(rest) {
			return s
		}
		s.start += len(rest) - len(trimmed)
	}
}

// clauseEnd is where the clause that opens s ends.
func clauseEnd(s string) int {
	end := clauseStop(s, true)
	if len(strings.Fields(s[:end])) < 2 {
		end = clauseStop(s, false) // a list: "drones, sensors and satellites"
	}
	return len(strings.TrimRight(s[:end], " .”\"’"))
}

func clauseStop(s string, commas bool) int {
	end := len(s)
	for _, stop := range []string{",", ";", ":", " — ", " – ", "(", " but ", " while ", " although ", " though ", " which ", " because ", " have ", " has ", " had ", " not "} {
		if stop == "," && !commas {
			continue
		}
		if i := strings.Index(s, stop); i >= 0 && i < end {
			end = i
		}
	}
	return end
}

// quoteIn returns the quotation in the passage that best answers the
// question: by the person asked about, nearest the question's terms.
func (e *Engine) quoteIn(q question, c *cand) (span, bool) {
	var cands []span
	for _, qt := range c.a.Quotes {
		start, end := max(qt.Start, c.p.Start), min(qt.End, c.p.End)
		if end-start < 3 || len(strings.Fields(c.a.Text[start:end])) < 3 && (qt.Start < c.p.Start || qt.End > c.p.End) {
			continue // outside the passage, or only a scrap of it inside
		}
		if q.speaker != "" && qt.Speaker != "" && !e.sameName(q.speaker, qt.Speaker) {
			continue
		}
		if len(strings.Fields(c.a.Text[start:end])) > maxShortWords {
			end = start + firstWordsLen(c.a.Text[start:end], maxShortWords) // its opening words
		}
		cands = append(cands, span{start - c.p.Start, end - c.p.Start})
	}
	if len(cands) == 0 {
		return span{}, false
	}
	// nearest the question's words, not counting the speaker's name
	var anchors []span
	for _, a := range e.anchors(q, c) {
		if !e.sameName(q.speaker, c.p.Text[a.start:a.end]) {
			anchors = append(anchors, a)
		}
	}
	if len(anchors) == 0 {
		best := cands[0]
		for _, s := range cands {
			if s.end-s.start > best.end-best.start {
				best = s
			}
		}
		return best, true
	}
	return nearest(cands, anchors), true
}

// terms is the set of index terms of text.
func (e *Engine) terms(text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range e.analyze(text) {
		out[t.Term] = true
	}
	return out
}
