// "What" answers from the clause after the question's verb; where clauses end; quotations that answer.

package qa

import (
	"github.com/summitbot/summitbot/internal/lexicon"
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// clause answers a "what" question with words of the passage the question
// does not already say: those after its verb up to the end of their clause
// ("What did Trump propose about Greenland?" → "for the U.S. to claim
// Greenland"), or, when the question's words close the sentence, the words
// between the last two of them.
func (e *Engine) clause(q *question, c *cand, anchors []span) span {
	text := c.p.Text
	if len(anchors) == 0 {
		return span{}
	}
	// the question's last word that is not a name, of those mostly verbs
	// (finiteVerb), is its verb ("what would the mechanism involve",
	// "what did Trump propose about Greenland", "what will they build
	// after a ceasefire"): the answer follows where the passage says it.
	// The other words come after, last first. Where nothing new
	// follows it ("… involve drones, sensors and satellites, not US
	// troops" for "what would it involve instead of US troops"), the words
	// before it in the question are tried, last first. The words of a
	// subordinate clause come after the main clause's ("what did she
	// promise *when she visited the stadium*": promise first, visited
	// after; subordinateFrom).
	var names []span
	at := make([]*span, len(q.terms)) // where each word of the question first stands
	bases := verbBases(q.terms)       // (each term's verb base, once: tokenForms.of reads it)
	for _, tok := range c.toks {
		forms := tokenForms{word: text[tok.Start:tok.End]}
		for i, t := range q.terms {
			if t.term != tok.Term && !slices.Contains(t.alts, tok.Term) && !forms.of(bases[i]) {
				continue
			}
			if t.entity {
				names = append(names, span{tok.Start, tok.End})
			} else if at[i] == nil {
				at[i] = &span{tok.Start, tok.End}
			}
		}
	}
	var from []span
	var fromTerm []int                  // the question's term each of from stands for
	var focusAt *span                   // where the noun a "what is the X" question asks about stands
	inSub := make([]bool, len(q.terms)) // the word stands in the question's subordinate clause
	if sub := q.subordinateFrom(); sub >= 0 {
		for i := range q.terms {
			inSub[i] = q.inSubordinate(i, sub)
		}
	}
	for _, pass := range []struct{ verbs, subordinate bool }{{true, false}, {true, true}, {false, false}, {false, true}} {
		for i := len(at) - 1; i >= 0; i-- {
			if at[i] != nil && q.verbTerm(i) == pass.verbs && inSub[i] == pass.subordinate {
				from, fromTerm = append(from, *at[i]), append(fromTerm, i)
				if q.focus != "" && q.terms[i].term == q.focus {
					focusAt = at[i]
				}
			}
		}
	}
	if len(from) == 0 {
		from = append(from, anchors[len(anchors)-1])
	}
	first := anchors[0]
	for _, a := range anchors {
		if !slices.Contains(names, a) {
			first = a
			break
		}
	}
	for k, f := range append(from, first) {
		s := clauseFrom(text, f.end)
		if pw := text[f.start:f.end]; k < len(fromTerm) && q.verbTerm(fromTerm[k]) && passageVerb(pw) && !saysSaid(strings.ToLower(pw)) {
			if r := e.pastNamedObject(q, fromTerm[k], text, s); r.end > r.start && !e.allQuestionWords(q, text[r.start:r.end]) {
				s = r // "what did he ask the aviation authority for": "asked the Civil Aviation Authority (CAA) *to report to him by Friday*"
			}
		}
		if focusAt != nil && f == *focusAt {
			if p := predicateAfter(text, s); p.end > p.start {
				s = p // "what's the death toll": "The death toll *from Tuesday's earthquake* has risen to 351", what is said of it
			}
		}
		for _, n := range names {
			if n.start > s.start && n.end < s.end {
				s.end = n.end // end the clause at the name it is about
			}
		}
		if words := wordCount(text[s.start:s.end]); words >= 2 && words <= maxShortWords && !e.allQuestionWords(q, text[s.start:s.end]) {
			return s
		}
	}
	// the question's words close the sentence: what stands between two of
	// them, the last pair first ("Zelenskyy acknowledged … that *many of
	// the summit's key military elements* remain unsettled")
	for k := len(anchors) - 1; k >= 1; k-- {
		a, b := anchors[k-1], anchors[k]
		if a.end >= b.start {
			continue
		}
		between := trimLead(text, span{a.end, b.start})
		between.end = between.start + len(strings.TrimRight(text[between.start:between.end], " ,—–-"))
		if f := strings.Fields(text[between.start:between.end]); len(f) > 0 && danglingWords[f[len(f)-1]] && between.end == b.start-1 {
			between.end = b.end // "satisfaction over *the outcome*": the phrase runs on into the question's word
		}
		if words := wordCount(text[between.start:between.end]); words >= 2 && words <= maxShortWords && !e.allQuestionWords(q, text[between.start:between.end]) {
			return between
		}
	}
	return span{}
}

// passageVerb reports whether w, a word of a passage, reads as a verb: in
// lower case, a past form or a verb's ("asked", "asks"; not "Gen.").
func passageVerb(w string) bool {
	return !isCapital(w) && (pastVerb(w) || lexicon.IsVerb(w))
}

// pastNamedObject is the clause after the name that opens clause s of
// text, the clause after the passage's form of the question's verb term
// v, where that name holds a word the question gives after v: the
// question has typed the verb's object ("what did he ask the aviation authority
// for"), so what the verb takes besides stands after it ("asked the Civil
// Aviation Authority (CAA) *to report to him by Friday*"). The name is a
// run of capitalised words, after an article or none, with an
// abbreviation in brackets after it, if any; the rest is the clause that
// follows it (clauseFrom), past each aside after a comma (to its closing
// comma, not one within a figure) and each second object after "and" or
// "or" ("and the airlines"), in either order. Empty where s opens on no
// such name, where an aside has no closing comma, where "but" or "nor"
// follows the name (a clause of its own), or where fewer than two words
// follow.
func (e *Engine) pastNamedObject(q *question, v int, text string, s span) span {
	i := s.start
	if w, _ := typedWord(text[i:s.end]); articles[strings.ToLower(w)] {
		i += len(w)
	}
	from, asked := i, false
	for {
		rest := text[i:]
		w, _ := typedWord(strings.TrimLeft(rest, " "))
		if w == "" || !isCapital(w) || i > from && !strings.HasPrefix(rest, " ") {
			break
		}
		i += strings.Index(rest, w) + len(w)
		for _, t := range e.analyze(w) {
			for j := v + 1; j < len(q.terms); j++ {
				asked = asked || q.terms[j].spelledBy(t.Term)
			}
		}
	}
	if !asked {
		return span{}
	}
	i = pastBracket(text, i)
	joined := false
	for {
		rest := strings.TrimLeft(text[i:], " ")
		at := len(text) - len(rest)
		after := rest
		if strings.HasPrefix(rest, ",") {
			after = strings.TrimLeft(rest[1:], " ")
		}
		joiner := strings.ToLower(firstWord(after))
		if conjunctions[joiner] && joiner != "and" && joiner != "or" {
			// "but", "nor" open a clause of their own ("the Water Board
			// but it refused …"), not what the verb takes
			return span{}
		}
		switch {
		case joiner == "and" || joiner == "or":
			// a second object ("the Water Board (WB) and the Fire Service
			// (FS) *to publish …*", "and the airlines *to report …*"): past
			// it, its article or possessive ("or its chief"), its words up
			// to a function word, and its bracket
			i = len(text) - len(after) + len(firstWord(after))
			if w, _ := typedWord(strings.TrimLeft(text[i:], " ")); articles[strings.ToLower(w)] || possessives[strings.ToLower(w)] {
				i += strings.Index(text[i:], w) + len(w)
			}
			for {
				w, _ := typedWord(strings.TrimLeft(text[i:], " "))
				if w == "" || lexicon.IsFunctionWord(strings.ToLower(w)) || !strings.HasPrefix(text[i:], " ") {
					break
				}
				i += strings.Index(text[i:], w) + len(w)
			}
			i = pastBracket(text, i)
			joined = true
			continue
		case strings.HasPrefix(rest, ","):
			// an aside ("the Regional Water Board, which runs the dams, *to
			// publish …*"): the clause after its closing comma, a comma
			// before a space, not one within a figure ("1,200"), if any
			k := closingComma(text, at+1)
			if k < 0 {
				return span{}
			}
			i = k + 1
			continue
		}
		break
	}
	if joined {
		// past a second object, only what such a verb takes, an
		// infinitive, a for-phrase or a clause, is its complement; any
		// other word is the second object's own ("of Leeds", "then the
		// police")
		switch w, _ := typedWord(strings.TrimLeft(text[i:], " ")); strings.ToLower(w) {
		case "to", "for", "that":
		default:
			return span{}
		}
	}
	r := clauseFrom(text, i)
	if r.end <= r.start || wordCount(text[r.start:r.end]) < 2 {
		return span{}
	}
	return r
}

// closingComma is the byte index of the first comma at or after byte i of
// text that a space or the text's end follows, the comma that closes an
// aside; a comma within a figure ("1,200") is none. -1 where there is none.
func closingComma(text string, i int) int {
	for k := i; k < len(text); k++ {
		if text[k] == ',' && (k+1 == len(text) || text[k+1] == ' ') {
			return k
		}
	}
	return -1
}

// pastBracket is the byte after the bracket that opens right after byte i
// of text (past spaces), an abbreviation's "(CAA)"; i where none does.
func pastBracket(text string, i int) int {
	if rest := strings.TrimLeft(text[i:], " "); strings.HasPrefix(rest, "(") {
		if k := strings.IndexByte(rest, ')'); k > 0 {
			return len(text) - len(rest) + k + 1
		}
	}
	return i
}

// predicateAfter returns, where the clause s after the question's noun is
// only a phrase that qualifies it (it opens on a preposition) and ends
// where an auxiliary or a "be" follows ("The death toll *from Tuesday's
// earthquake* has risen to 351", "… is 351"), the predicate that verb
// opens, to the end of its clause ("has risen to 351"); else an empty
// span. (The qualifier is clauseFrom's: one with a comma in it, or a
// predicate whose verb is no auxiliary, "rose to 351", is not found.)
func predicateAfter(text string, s span) span {
	if first, _ := nextWord(text[s.start:s.end]); s.end <= s.start || !prepositions[first] {
		return span{}
	}
	at := -1 // where the verb stands: at the clause's end, or within it
	for _, aux := range []string{" has ", " have ", " had ", " is ", " was ", " are ", " were "} {
		if j := strings.Index(text[s.start:min(len(text), s.end+len(aux))], aux); j > 0 && (at < 0 || s.start+j < at) {
			at = s.start + j
		}
	}
	if at < 0 {
		return span{}
	}
	p := span{at + 1, len(text)}
	p.end = p.start + clauseEnd(text[p.start:])
	return p
}

// clauseFrom returns the clause that starts at byte i of text, after any
// connecting words ("that", "to be", a comma).
func clauseFrom(text string, i int) span {
	if w := lastWord(text[:i]); i < len(text) && text[i] == '.' && (abbreviationRE.MatchString(w) || lexicon.IsAbbreviation(w)) {
		i++ // "the U.S. to claim Greenland": the period is the abbreviation's, not the clause's
	}
	i = pastPossessiveName(text, i)
	s := trimLead(text, span{i, len(text)})
	s.end = s.start + clauseEnd(text[s.start:])
	return withLastItem(text, s)
}

// withLastItem widens s, an item of a list that a comma opens, over the
// list's last item where ", and" or ", or" follows it: "to identify
// violations, *assign responsibility, and propose remedies*", not
// "assign responsibility" (clauseEnd, which sees no comma before the
// item, takes ", and" after its first for a clause joined).
func withLastItem(text string, s span) span {
	if !strings.HasSuffix(strings.TrimRight(text[:s.start], " "), ",") {
		return s
	}
	rest := text[s.end:]
	for _, join := range []string{", and ", ", or "} {
		if !strings.HasPrefix(rest, join) {
			continue
		}
		item := rest[len(join):]
		n := clauseStop(item, true)
		if w := wordCount(item[:n]); w == 0 || w > 6 || saysIn(item[:n]) || ownVerb(item[:n]) {
			return s
		}
		if end := s.end + len(join) + len(trimEnd(item[:n])); wordCount(text[s.start:end]) <= maxShortWords {
			s.end = end
		}
		return s
	}
	return s
}

// ownVerb reports whether item, what ", and" joins on, has a subject and
// its verb ("the mayor *resigned*"): a clause of its own, no list's last
// item ("propose remedies", "offices"), whose verb, if any, opens it.
func ownVerb(item string) bool {
	for _, w := range clauseWords(strings.Fields(item)) {
		if pastForm(w) || beForms[w] || modal(w) {
			return true
		}
	}
	return false
}

// clauseWords yields the words of a clause where its verb may stand,
// with their places in words (its fields): after the first, which is
// its subject's, trimmed of marks, and no name ("in *May*": a name, no
// modal). ownVerb, tellsDeed and deedObject read a verb among them.
func clauseWords(words []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := 1; i < len(words); i++ {
			w := strings.Trim(words[i], ",.;:\"“”")
			if w == "" || isCapital(w) {
				continue
			}
			if !yield(i, w) {
				return
			}
		}
	}
}

// pastPossessiveName is where the name ends that a plural possessive at i
// of text opens: the word before i is part of a name ("The Castle Street
// Traders*' Association*, which …"), not the end of one, and what follows
// the name is the clause; past the noun a common noun's possessive owns
// (pastPossessed) where a lower-case word follows the apostrophe; i
// itself where no apostrophe follows.
func pastPossessiveName(text string, i int) int {
	rest := text[i:]
	ap := ""
	for _, a := range []string{"' ", "’ "} {
		if strings.HasPrefix(rest, a) {
			ap = a
		}
	}
	if ap == "" {
		return i
	}
	j := i + len(ap)
	end := i
	for _, w := range strings.SplitAfter(text[j:], " ") {
		word := strings.TrimRight(w, " ,;:.")
		if word == "" || !isCapital(word) {
			break
		}
		end = j + len(word)
		if len(word) < len(strings.TrimRight(w, " ")) {
			break // "Association," ends the name at its comma
		}
		j += len(w)
	}
	if end == i {
		return pastPossessed(text, i+len(ap)-1)
	}
	return end
}

// pastPossessed is where the noun ends that a common noun's possessive
// qualifies, i being the space after the possessive's apostrophe: "the
// farmers' *federation* said …", "the traders' *shops* were shut". The
// noun is the lower-case words after it up to the first that reads as a
// finite verb (a past form, a form of "be", a modal), at most
// possessedWords of them, stopping at a mark; the clause is what is said
// of the owner's noun, not the noun itself cut from its owner. i itself
// (past the apostrophe) where no such noun follows, or where no verb
// stands within reach ("the farmers' federation needs more aid": a
// present the lexicon reads as a noun is not cut past; final re-read
// RK K6).
func pastPossessed(text string, i int) int {
	end, j := i, i+1 // (past the apostrophe's space)
	for k, w := range strings.SplitAfter(text[j:], " ") {
		word := strings.TrimRight(w, " ,;:.")
		lw := strings.ToLower(word)
		if k == possessedWords {
			return i // (no verb within reach: no noun read)
		}
		if word == "" || isCapital(word) || lexicon.IsFunctionWord(lw) ||
			pastVerb(lw) || irregularVerbForm(lw) || beForms[lw] || modal(lw) || !knownNoun(lw) && lexicon.IsVerb(lw) {
			break
		}
		end = j + len(word)
		if len(word) < len(strings.TrimRight(w, " ")) {
			break // "union," ends the noun at its comma
		}
		j += len(w)
	}
	return end
}

// possessedWords is how many words the noun a possessive qualifies runs
// to at most ("farmers' *main union*").
const possessedWords = 3

// leadWords open a clause without adding to it.
var leadWords = []string{"that ", "said ", "says ", "to be ", "be ", "is ", "was ", "were ", "are ", "would ", "will ", "as ", "over the weekend ", "on monday ", "on tuesday ", "on wednesday ", "on thursday ", "on friday ", "on saturday ", "on sunday ", "himself ", "herself ", "also "}

func trimLead(text string, s span) span {
	for {
		rest := text[s.start:s.end]
		trimmed := strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(",:—–-”’\"", r) })
		lw := strings.ToLower(trimmed)
		lead := false
		for _, w := range leadWords {
			if strings.HasPrefix(lw, w) {
				trimmed, lead = trimmed[len(w):], true
				break
			}
		}
		if first, _, ok := strings.Cut(lw, " "); !lead && ok && saysSaid(first) {
			trimmed = trimmed[len(first)+1:] // "acknowledged that …": the verb of saying opens, the clause follows
		}
		if len(trimmed) == len(rest) {
			return s
		}
		s.start += len(rest) - len(trimmed)
	}
}

// clauseEnd is where the clause that opens s ends.
func clauseEnd(s string) int {
	return clauseEndOver(s, perfectClauseStops)
}

// clauseEndOver is clauseEnd with stops for the words that end a clause.
func clauseEndOver(s string, stops []string) int {
	end := firstStop(s, stops, true)
	if wordCount(s[:end]) < 2 {
		end = firstStop(s, stops, false) // a list: "drones, sensors and satellites"
	} else if l := listEnd(s, 0); l > end {
		end = l // a clause that ends on a list: "remains tangled in diplomacy, politics, and battlefield realities"
	}
	return len(trimEnd(s[:end]))
}

// abbreviationRE is a dotted abbreviation without its last period: "a.m",
// "U.S", "p.m" (not "2.5" or "newslooks.com").
var abbreviationRE = regexp.MustCompile(`^(\pL\.)+\pL$`)

// trimEnd trims the punctuation that ends a clause, but not the period of
// an abbreviation that ends it ("to 6 a.m.", "the U.S.").
func trimEnd(s string) string {
	t := strings.TrimRight(s, " .”\"’")
	if strings.HasPrefix(s[len(t):], ".") && abbreviationRE.MatchString(t[strings.LastIndexByte(t, ' ')+1:]) {
		return t + "." // "a.m" was "a.m."
	}
	return t
}

// clauseStops end a clause: its punctuation and the words that join
// another to it. clauseStop adds a perfect's auxiliary and "not", where a
// clause after a question's word runs into its own verb; reportedClause
// does not (a clause reported after "said" has its own subject).
var clauseStops = []string{",", ";", ":", " — ", " – ", "—", "(", " but ", " while ", " although ", " though ", " which ", " because "}

func clauseStop(s string, commas bool) int {
	return firstStop(s, perfectClauseStops, commas)
}

// perfectClauseStops are clauseStops with the perfect auxiliaries and
// "not", which clauseStop ends a clause at too.
var perfectClauseStops = append(slices.Clip(clauseStops), " have ", " has ", " had ", " not ")

// firstStop is where the first of stops stands in s, len(s) where none
// does; a comma counts only where commas is true.
func firstStop(s string, stops []string, commas bool) int {
	end := len(s)
	for _, stop := range stops {
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
func (e *Engine) quoteIn(q *question, c *cand) (span, bool) {
	var cands []span
	for _, qt := range c.a.Quotes {
		start, end := max(qt.Start, c.p.Start), min(qt.End, c.p.End)
		if end-start < 3 || wordCount(c.a.Text[start:end]) < 3 && (qt.Start < c.p.Start || qt.End > c.p.End) {
			continue // outside the passage, or only a scrap of it inside
		}
		if q.speaker != "" && qt.Speaker != "" && !e.sameName(q.speaker, qt.Speaker) && !e.titledSpeaker(q.speaker, qt.Speaker) {
			continue // "what did the eu envoy say": her quotation, by her name
		}
		if e.allQuestionWords(q, c.a.Text[start:end]) {
			continue // "the most “critical issue”" asked about, not what it is
		}
		if partialQuote(c.a.Text, start, end) {
			continue // "the talks had “determined” which countries …": a word of the reported clause, not what was said
		}
		if wordCount(c.a.Text[start:end]) > maxShortWords {
			start, end = e.quoteWindow(q, c.a.Text, start, end) // the dozen words about what is asked
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

// partialQuote reports whether the quotation at text[start:end] is the
// participle of a verb phrase the reporter writes, quoted as the
// speaker's word ("Zelensky said the talks had “determined” which
// countries would take the lead"; "said the blocks had “pancaked”"): one
// word in the past after a perfect's auxiliary, in a sentence a verb of
// saying reports. What the speaker said is that reported clause, not the
// verb alone. A quoted noun or adjective ("referring to them as
// “colleagues”", "cited “productive” talks") is the speaker's word for
// something, and answers as it stands.
func partialQuote(text string, start, end int) bool {
	w := strings.Trim(text[start:end], " \"“”'‘’,.;:") // (a mark inside the closing quote: "had “pancaked,” leaving")
	if strings.Contains(w, " ") || !pastVerb(strings.ToLower(w)) {
		return false
	}
	before := strings.TrimRight(text[:start], " \"“'‘")
	if !perfectAux(strings.ToLower(before)) {
		return false
	}
	from := strings.LastIndexAny(before, ".!?\n") + 1
	for _, w := range strings.Fields(strings.ToLower(before[from:])) {
		if w = strings.Trim(w, ",;:"); lexicon.IsSayingVerb(w) && pastForm(w) {
			return true // a verb of saying in the past, as reports have it ("said", "told"), not a noun of one's forms ("member states had …")
		}
	}
	return false
}

// terms is the set of index terms of text.
func (e *Engine) terms(text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range e.analyze(text) {
		out[t.Term] = true
	}
	return out
}

// passiveSubject answers "what was VERBed …" with the subject of that verb
// in the passage: "Notably, *the contentious issue of Greenland*, a recent
// flashpoint, was set aside …". Of the comma-separated stretches before
// the verb, it is the first of two words or more (a lone "Notably" opens
// the sentence; an apposition follows the subject).
func passiveSubject(q *question, c *cand) span {
	for _, tok := range c.toks {
		if tok.Term != q.passive {
			continue
		}
		before := strings.ToLower(strings.TrimSpace(c.p.Text[:tok.Start]))
		if !passiveAux(before) {
			break // "drones hit an arms depot": the passage says it actively
		}
		start := 0
		for _, part := range strings.SplitAfter(c.p.Text[:tok.Start], ",") {
			end := start + len(part)
			s := span{start, end}
			start = end
			body := strings.TrimSpace(strings.TrimSuffix(part, ","))
			for passiveAux(body) || perfectAux(body) {
				body = body[:strings.LastIndexByte(body, ' ')] // "… has been"
			}
			if wordCount(body) > maxShortWords {
				body = secondClauseSubject(body)
			}
			if n := wordCount(body); n < 2 || n > maxShortWords {
				continue
			}
			if first, _, _ := strings.Cut(strings.ToLower(body), " "); openers[first] {
				continue // "After long talks in Paris," "On Tuesday evening,": not the subject
			}
			s.start += strings.Index(c.p.Text[s.start:s.end], body)
			s.end = s.start + len(body)
			return s
		}
		break
	}
	return span{}
}

// secondClauseSubject is the subject of the last clause "and" joins on in
// body, the words before a passive's verb, where a clause with a verb of
// its own comes before it ("The statement was not endorsed by the US and
// *details of its role* were watered down"): the words after the first
// "and" with a verb before it and none after it, so that an "and" within
// the subject stays in it ("… and *the plans and the drawings*"); body
// itself where none does.
func secondClauseSubject(body string) string {
	for i := range uses(body, " and ") {
		if rest := body[i+len(" and "):]; finiteVerbIn(body[:i]) && !finiteVerbIn(rest) {
			return rest
		}
	}
	return body
}

// activeSubject is, for a "what VERBed …" question, the subject of that
// verb in the passage, said actively ("The absence of Putin *underscores*
// …"): the words of its clause before it, past any adverbial stretch set
// off by a comma, when they are a dozen words or fewer and hold no verb of
// their own nor only a pronoun; an empty span for none.
func activeSubject(q *question, c *cand) span {
	for _, tok := range c.toks {
		if tok.Term != q.active {
			continue
		}
		if s, ok := subjectBefore(c.p.Text, tok.Start, maxShortWords, true); ok {
			return s
		}
		break
	}
	return span{}
}

// subjectBefore is the subject of the verb at byte v of text: the words
// of its clause before it (from clauseStart), past "where" or "when" (a
// clause with a subject of its own); not when the verb is a passive's,
// nor the words open with an adverbial, are more than most, or only point
// back (a pronoun, "the latter": what it stands for is in another
// sentence). A "who", "which" or "that" before them stands for what the
// clause is said of, before it: with relOK they are passed, as "where"
// is; without, there is no subject here.
func subjectBefore(text string, v, most int, relOK bool) (span, bool) {
	before := text[:v]
	if passiveAux(strings.ToLower(strings.TrimSpace(before))) {
		return span{}, false // "was sparked by …": the passive's doer follows
	}
	start := clauseStart(text, v)
	lo, hi := withoutAuxiliary(before[start:])
	body := before[start+lo : start+hi]
	for _, rel := range relativeWords {
		if len(body) > len(rel) && strings.EqualFold(body[:len(rel)], rel) {
			if !relOK && rel != "where " && rel != "when " {
				return span{}, false // "…, who jointly defended …": the doer is what "who" stands for
			}
			body, lo = body[len(rel):], lo+len(rel) // "…, where three apartment blocks collapsed": the blocks
		}
	}
	if first, _, _ := strings.Cut(strings.ToLower(body), " "); openers[first] || body == "" {
		return span{}, false
	}
	if n := wordCount(body); n > most || n == 1 && getFold(pronounSubjects, body) || opensWithAnaphor(body) {
		return span{}, false
	}
	at := start + lo
	return span{at, at + len(body)}, true
}

// withoutAuxiliary is body, the words of a clause before its verb, less
// what belongs to the verb or opens the clause, not its subject: the
// auxiliaries or modals and "not" that end it ("the divisions *will*
// weaken", "the board *has not* approved"), and a conjunction or the
// "whether" of an indirect question before the subject ("— *or whether*
// the divisions will weaken"). A form of "be" stays: before a participle
// it makes a passive, whose subject is not the doer. Only a word written in
// lower case is an auxiliary there: "the talks in *May* stalled". It gives
// the bounds of what is left in s, trimmed of white space, so that the
// subject's offsets are its own even where its words stand earlier in the
// clause too ("asked the crews whether the crews would sink").
func withoutAuxiliary(s string) (lo, hi int) {
	trim := func() {
		lo += len(s[lo:hi]) - len(strings.TrimLeftFunc(s[lo:hi], unicode.IsSpace))
		hi = lo + len(strings.TrimRightFunc(s[lo:hi], unicode.IsSpace))
	}
	lo, hi = 0, len(s)
	trim()
	for lo < hi {
		body := s[lo:hi]
		i := strings.LastIndexAny(body, " \n")
		word := body[i+1:]
		last := strings.ToLower(word)
		if word != last || !(auxiliaries[last] && !beForms[last] || last == "not") {
			break
		}
		hi = lo + max(i, 0)
		trim()
	}
	body := s[lo:hi]
	padded := " " + body + " "
	if i := max(strings.LastIndex(padded, " whether "), strings.LastIndex(padded, " Whether ")); i >= 0 {
		lo += min(i+len("whether "), len(body))
		trim()
	}
	if first, _, ok := strings.Cut(s[lo:hi], " "); ok && conjunctions[strings.ToLower(first)] {
		lo += len(first) + 1
		trim()
	}
	return lo, hi
}

// openers begin the adverbial stretches that may stand before a subject.
var openers = wordSet("after before on in at during following as while when since amid despite with without by for over under notably meanwhile however")

// passiveAux reports whether text ends in the auxiliary of a passive.
func passiveAux(text string) bool {
	return endsInWord(text, " was", " were", " is", " are", " been", " be")
}

// perfectAux reports whether text ends in the auxiliary of a perfect ("has
// been").
func perfectAux(text string) bool { return endsInWord(text, " has", " have", " had") }

func endsInWord(text string, words ...string) bool {
	for _, w := range words {
		if strings.HasSuffix(text, w) {
			return true
		}
	}
	return false
}

// quoteWindow returns, of a quotation too long for a short answer, the run
// of maxShortWords words holding most of the question's words (the
// earliest on a tie, so its opening words when it holds none): "… can
// never mean *Ukrainian surrender*" for "what did Macron say about
// Ukrainian surrender".
func (e *Engine) quoteWindow(q *question, text string, start, end int) (int, int) {
	words := spaceWords(text, start, end)
	if len(words) <= maxShortWords {
		return start, end
	}
	hits := make([]int, len(words))
	for k, w := range words {
		for _, t := range e.analyze(text[w.start:w.end]) {
			if q.has(t.Term) {
				hits[k] = 1
			}
		}
	}
	if k := frontedClauseEnd(text, words); k > 0 && slices.Contains(hits[:k+1], 1) {
		// "If water goes over the top of an earth dam, *it starts to wash
		// the dam away …*": the question's words stand in a clause set
		// before the main one, what is given; what is said of it, the
		// new, is the main clause after its comma
		last := min(len(words), k+1+maxShortWords) - 1
		return words[k+1].start, words[last].end
	}
	best, bestN, n := 0, -1, 0
	for k := range words {
		n += hits[k]
		if k >= maxShortWords {
			n -= hits[k-maxShortWords]
		}
		if k >= maxShortWords-1 && n > bestN {
			best, bestN = k-maxShortWords+1, n
		}
	}
	return words[best].start, words[best+maxShortWords-1].end
}

// subordinateFrom is the index in the question's words of the word that
// opens its subordinate clause ("what did she promise *when* she visited
// the stadium"; subordinators), after its question word and verb, or
// -1. What such a clause tells sets the time, condition or cause of the
// main clause's deed, not the deed asked about.
func (q *question) subordinateFrom() int {
	for i := 2; i < len(q.words); i++ {
		if subordinators[q.words[i]] && slices.ContainsFunc(q.words[i+1:], func(w string) bool { return finiteVerb(w) || pastVerb(w) || auxiliaries[w] }) {
			return i // (a clause has a verb: "after the war" is a phrase)
		}
	}
	return -1
}

// inSubordinate reports whether the question's term i stands in its
// subordinate clause, which opens at word sub (subordinateFrom; -1 for
// none): whether its word first stands after sub. A term that several
// words of the question analyse to stands where its own word first does;
// one whose word the question does not hold as one word (a phrasal verb's
// "set up") stands in the main clause. clause and mainVerb read it.
func (q *question) inSubordinate(i, sub int) bool {
	return sub >= 0 && slices.Index(q.words, strings.ToLower(q.terms[i].word)) > sub
}

// tokenForms is a passage's word and, once asked for, the verb bases it
// is an irregular form of (lexicon.Inflected; most words are of none).
type tokenForms struct {
	word   string
	forms  []string
	looked bool
}

// of reports whether the word is an irregular form of the verb base b (a
// verbBase; "" for a word that is none): a lower-case word, not b itself.
func (t *tokenForms) of(b string) bool {
	if b == "" || !lowerWord(t.word) || t.word == b {
		return false
	}
	if !t.looked {
		t.forms, t.looked = lexicon.Inflected(t.word), true
	}
	return slices.Contains(t.forms, b)
}

// lowerWord reports whether a word of a passage opens in lower case: a
// name or a figure ("Sent", "4.5") is no verb of the question's.
func lowerWord(word string) bool {
	return len(word) > 0 && word[0] >= 'a' && word[0] <= 'z'
}

// verbBases are, for each of terms, its word in lower case where that is
// a verb's base form (verbBase), else "".
func verbBases(terms []qterm) []string {
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = verbBase(t.word)
	}
	return out
}

// verbBase is a question's word in lower case where that is a verb's
// base form, else "".
func verbBase(w string) string {
	if b := strings.ToLower(w); lexicon.IsVerbBase(b) {
		return b
	}
	return ""
}

// spaceWords are the words of text[start:end], split at spaces and line
// breaks, as frontedClauseEnd and quoteWindow read them: each word's
// start and end in text.
func spaceWords(text string, start, end int) []struct{ start, end int } {
	var words []struct{ start, end int }
	for i := start; i < end; {
		for i < end && (text[i] == ' ' || text[i] == '\n') {
			i++
		}
		j := i
		for j < end && text[j] != ' ' && text[j] != '\n' {
			j++
		}
		if j > i {
			words = append(words, struct{ start, end int }{i, j})
		}
		i = j
	}
	return words
}

// frontedClauseEnd is, for a quotation's words (start and end in text)
// that open on a subordinate clause ("If …", "When …", "Although …")
// ended by a comma, the index of that clause's last word; 0 for none, or
// where fewer than minCutWords words of the main clause follow it. The
// clause ends at the first comma after which a verb stands before the
// next comma: the main clause's, not a list's next item ("York, Leeds and
// Hull, the pumps failed").
func frontedClauseEnd(text string, words []struct{ start, end int }) int {
	if len(words) == 0 || !subordinators[strings.ToLower(strings.TrimLeft(text[words[0].start:words[0].end], "\"“‘'"))] {
		return 0
	}
	for k, w := range words {
		if !strings.HasSuffix(text[w.start:w.end], ",") || k+1 >= len(words) {
			continue
		}
		next := len(text)
		if i := strings.Index(text[words[k+1].start:], ","); i >= 0 {
			next = words[k+1].start + i
		}
		if !holdsVerb(text[words[k+1].start:next]) {
			continue // a list's or an apposition's comma ("When the storm hit York, Leeds and Hull, …"): no verb after it before the next comma
		}
		if len(words)-k-1 < minCutWords {
			return 0
		}
		return k
	}
	return 0
}

// finiteVerb reports whether a question's word is a verb as a question's
// own verb is: mostly a verb (lexicon.IsVerb) and not an "-ing" form,
// which as often names or qualifies a thing ("the *monitoring* system").
// Not tensedVerb, the passages' reader: a question gives its verb in the
// base form after "did" or "will" ("when did the port *close*").
func finiteVerb(word string) bool {
	w, _, _ := strings.Cut(strings.ToLower(word), " ") // a phrasal verb by its verb: "set up", "hand over"
	return lexicon.IsVerb(w) && !strings.HasSuffix(w, "ing")
}

// verbTerm reports whether the question's term i may be its verb: a
// word verbs take (finiteVerb) that no article or possessive stands
// right before in the question ("help without boots on *the ground*":
// there "ground" is a noun, not the past of "grind"). A term stands for
// every word of the question that analyses to it, so one of them so read
// is enough, in any form of the verb ("did the ground crews *ground* the
// plane", "… say why they *grounded* it"); a term none of the words is
// (a phrasal verb's "set up") may be too.
func (q *question) verbTerm(i int) bool {
	if i < 0 || i >= len(q.terms) || !finiteVerb(q.terms[i].word) {
		return false
	}
	w := strings.ToLower(q.terms[i].word)
	found := false
	for k, x := range q.words {
		if x == w {
			if q.verbAt(k) {
				return true
			}
			found = true
		}
	}
	if !found {
		return true
	}
	for k, x := range q.words { // (read only where w is a noun: the rare case)
		if x != w && finiteVerb(x) && formOfVerb(x, w) && q.verbAt(k) {
			return true
		}
	}
	return false
}

// verbAt reports whether the question's word k may be a verb by what
// stands before it: it opens the question, or no article or possessive
// stands right before it ("on *the ground*", "*their* ship": a noun).
func (q *question) verbAt(k int) bool {
	return k == 0 || !articles[q.words[k-1]] && !possessives[q.words[k-1]]
}

// formOfVerb reports whether x is a form of the verb w itself, both lower
// case ("grounded" of "ground"). Not a form of w's own base: "grinds" is
// no form of "ground", though "ground" is the past of "grind", and a
// question with both says two words.
func formOfVerb(x, w string) bool {
	b, ok := lexicon.VerbBase(x)
	return ok && b == w
}

// butInstead is what "not A but B" says is so: where the short answer
// ends on the denied A ("this session was not a “make or break” moment")
// and "but" follows it in text, the answer runs on over B, to the end of
// its clause; from the negation where the whole is too long ("not a “make
// or break” moment but a pivotal step forward"), B alone where that is
// too; the short answer itself otherwise. A "but" after a
// comma opens another clause ("did not take this decision lightly, but we
// will not gamble"), no B; so does one whose B opens on a verb or a
// subject pronoun ("did not name the suspects but *said* …", "… but *he*
// would not say"): a second deed, not what is so instead of A.
func butInstead(text, short string) string {
	at := strings.Index(text, short)
	if at < 0 || short == "" {
		return short
	}
	neg := -1
	for _, n := range []string{"not ", "never "} {
		if i := strings.LastIndex(" "+short, " "+n); i >= 0 {
			neg = i
		}
	}
	if neg < 0 {
		return short
	}
	rest := text[at+len(short):]
	if !strings.HasPrefix(rest, " but ") {
		return short
	}
	b := rest[len(" but "):]
	if first, _ := nextWord(b); getFold(clauseSubjects, first) || finiteVerb(first) || pastVerb(strings.ToLower(first)) {
		return short
	}
	end := reasonStop(b)
	b = trimEnd(b[:end])
	if n := wordCount(b); n == 0 || n > maxShortWords {
		return short
	}
	whole := text[at : at+len(short)+len(" but ")+len(b)]
	if wordCount(whole) <= maxShortWords {
		return whole // both, as the passage sets them side by side
	}
	if from := whole[neg:]; wordCount(from) <= maxShortWords {
		return from // "not a “make or break” moment but a pivotal step forward"
	}
	return b
}
