package qa

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/index"
)

// Words that tie a follow-up to the question before it: general English,
// never the wording of a known question.
var (
	questionWords  = wordSet("who whom whose what which when where why how")
	personPronouns = wordSet("he she him her his hers himself herself")
	groupPronouns  = wordSet("they them their theirs themselves")
	// thingAnaphors point back to what the previous question was about
	thingAnaphors = wordSet("that this it its those these there then")
	// elseWords ask for an answer besides the previous one
	elseWords = wordSet("else other others another besides")
	// fillers carry no content of their own in a follow-up
	fillers = wordSet("anything something anyone someone anybody somebody more again too also please exactly so then ok okay yes no now still actually really even just currently")
	// howWords follow "how" in a question phrase
	howWords = wordSet("many much long old far often big large")
	// locatives introduce a place that only sets the scene ("in Paris")
	locatives = wordSet("in at to from on for with by about of into near")
)

// connectives open a follow-up that continues the previous question ("and
// germany?", "what about the uk"); the longest that fits is taken.
var connectives = [][]string{
	{"and", "what", "about"}, {"and", "how", "about"}, {"but", "what", "about"},
	{"what", "about"}, {"how", "about"}, {"what", "of"}, {"as", "for"}, {"same", "for"},
	{"and"}, {"but"}, {"or"}, {"so"}, {"also"}, {"then"}, {"ok"}, {"okay"},
}

// maxPrevious bounds how many previous questions AskAfter reads: a thread's
// recent questions, oldest first.
const maxPrevious = 5

// AskAfter answers a question asked after others (oldest first): an
// elliptical follow-up ("and germany?", "what about the uk", "who else",
// "why?", "when was that", "did he say anything else", "how many?") is read
// with the last question's frame, replacing or adding what it names; a
// question that stands on its own is answered on its own. The Answer's
// Question is the question as read, and Typed the follow-up as typed when it
// was read differently. With no previous question it is Ask.
func (e *Engine) AskAfter(ctx context.Context, question string, previous ...string) (ans Answer, err error) {
	defer func() {
		if r := recover(); r != nil {
			ans, err = Answer{Question: question}, fmt.Errorf("qa: ask after: internal error: %v", r)
		}
	}()
	text, err := validate(question)
	if err != nil {
		return Answer{Question: question}, err
	}
	var prev []string
	for _, p := range previous {
		if p, err := validate(p); err == nil {
			prev = append(prev, p)
		}
	}
	if len(prev) > maxPrevious {
		prev = prev[len(prev)-maxPrevious:]
	}
	if len(prev) == 0 {
		return e.Ask(ctx, text)
	}
	// each previous question is read in the light of the one before it, so
	// that "and germany?" then "why?" keeps the thread's subject
	cur := reading{text: prev[0]}
	for _, p := range prev[1:] {
		cur = e.resolve(ctx, cur.text, p)
	}
	r := e.resolve(ctx, cur.text, text)
	if r.text != text {
		r.text = fit(unchat(r.text), MaxQuestionBytes)
	}
	ans, err = e.Ask(ctx, r.text)
	if err != nil {
		return ans, err
	}
	if r.besides != nil {
		ans = e.passOver(ans, r.besides)
	}
	if r.text != text && r.besides == nil {
		// read in context, the first passage may say nothing of what the
		// follow-up newly asks ("how much has been covered" after "how big
		// is the appeal"): a passage below it that does comes first
		ans = e.promote(ans, func(h Hit) bool { return e.speaksTo(h, text, cur.text) })
	}
	if r.text != text {
		ans.Typed = text
	}
	return ans, nil
}

// speaksTo reports whether a passage holds a word the follow-up adds to
// the previous question, or the follow-up adds none.
func (e *Engine) speaksTo(h Hit, followUp, prev string) bool {
	had := map[string]bool{}
	for _, t := range e.analyze(prev) {
		had[t.Term] = true
	}
	var fresh []string
	for _, t := range e.analyze(followUp) {
		if !had[t.Term] && !personPronouns[strings.ToLower(followUp[t.Start:t.End])] {
			fresh = append(fresh, t.Term)
		}
	}
	if len(fresh) == 0 {
		return true
	}
	toks := e.analyze(h.Text)
	for _, t := range fresh {
		if hasTerm(toks, t) || synonymIn(e, toks, t) {
			return true
		}
	}
	return false
}

// Resolve returns the question a follow-up asks when read after previous
// (oldest first): what AskAfter answers.
func (e *Engine) Resolve(ctx context.Context, question string, previous ...string) string {
	text, err := validate(question)
	if err != nil {
		return question
	}
	r := reading{}
	for _, p := range previous {
		if p, err := validate(p); err == nil {
			if r.text == "" {
				r.text = p
			} else {
				r = e.resolve(ctx, r.text, p)
			}
		}
	}
	if r.text == "" {
		return text
	}
	return e.resolve(ctx, r.text, text).text
}

// reading is a follow-up as read in context.
type reading struct {
	text string
	// besides is the previous answer, which "who else" asks past
	besides *Answer
}

// qframe is a question split into its question phrase ("who", "how many
// troops", "which countries"), its auxiliary verb, and the rest, as typed.
type qframe struct {
	qw   []string
	aux  string
	rest []string
}

// frameOf splits words (as typed) into a question's frame.
func frameOf(words []string) qframe {
	var f qframe
	if len(words) > 0 {
		// "whos", "what's": the question word and its verb
		lw := strings.ReplaceAll(lower(words[0]), "'", "")
		if len(lw) > 1 && lw[len(lw)-1] == 's' && questionWords[lw[:len(lw)-1]] {
			words = append([]string{lw[:len(lw)-1], "is"}, words[1:]...)
		}
	}
	i := 0
	if len(words) > 2 && leadPrepositions[lower(words[0])] && (lower(words[1]) == "what" || lower(words[1]) == "which") {
		f.qw = append(f.qw, words[0])
		i = 1
	}
	if i < len(words) && questionWords[lower(words[i])] {
		w := lower(words[i])
		f.qw = append(f.qw, words[i])
		i++
		if w == "how" && i < len(words) && howWords[lower(words[i])] {
			f.qw = append(f.qw, words[i])
			i++
		}
		if w == "which" || w == "what" || w == "whose" || w == "how" && len(f.qw) > 1 && (lower(f.qw[len(f.qw)-1]) == "many" || lower(f.qw[len(f.qw)-1]) == "much") {
			for n := 0; i < len(words) && n < 3; n++ {
				lw := lower(words[i])
				if isAux(lw) || stopLike[lw] || pastVerb(lw) || len(lw) > 3 && strings.HasSuffix(lw, "ed") || elseWords[lw] || fillers[lw] || thingAnaphors[lw] || personPronouns[lw] || groupPronouns[lw] {
					break
				}
				f.qw = append(f.qw, words[i])
				i++
			}
		}
	}
	for i < len(words) && elseWords[lower(words[i])] {
		f.rest = append(f.rest, words[i]) // "who else did …": else stays with the rest
		i++
	}
	if i < len(words) && isAux(lower(words[i])) {
		f.aux = words[i]
		i++
	}
	f.rest = append(f.rest, words[i:]...)
	return f
}

// noun is the noun of the question phrase ("countries" of "which
// countries"), or nil.
func (f qframe) noun() []string {
	for i, w := range f.qw {
		lw := lower(w)
		if !questionWords[lw] && !howWords[lw] && !leadPrepositions[lw] {
			return f.qw[i:]
		}
	}
	return nil
}

// asks reports whether the frame opens with a question word or an
// auxiliary (a yes/no question).
func (f qframe) asks() bool { return len(f.qw) > 0 || f.aux != "" }

// chatSpellings are the words people shorten in chat, spelled out: general
// English, not the wording of any question.
var chatSpellings = map[string]string{
	"ppl": "people", "r": "are", "u": "you", "ur": "your", "abt": "about", "w": "with", "b4": "before",
	"govt": "government", "gov": "government", "bc": "because", "cuz": "because", "thru": "through",
	"tho": "though", "pls": "please", "plz": "please", "gonna": "going to", "wanna": "want to",
	"wont": "won't", "dont": "don't", "cant": "can't", "didnt": "didn't", "isnt": "isn't", "wasnt": "wasn't",
	"arent": "aren't", "werent": "weren't", "doesnt": "doesn't", "theyre": "they're", "theres": "there's",
	"whats": "what's", "whos": "who's", "wheres": "where's", "yr": "year", "yrs": "years", "hrs": "hours",
	"mins": "minutes", "approx": "about", "info": "information", "intl": "international",
}

// unchat spells out chat shorthand in a question read in context.
func unchat(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		core := strings.TrimRight(w, "?!.,")
		if full, ok := chatSpellings[strings.ToLower(core)]; ok {
			words[i] = full + w[len(core):]
		}
	}
	return strings.Join(words, " ")
}

// isAux reports whether a word is an auxiliary verb, as typed or as people
// chat ("r" for "are").
func isAux(w string) bool { return auxiliaries[w] || w == "r" }

func lower(s string) string { return strings.ToLower(strings.ReplaceAll(s, "’", "'")) }

// wordsOf splits a question into words as typed, without the punctuation
// around them.
func wordsOf(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%' && r != '$' && r != '€' && r != '£'
		})
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// resolve reads a follow-up f after the question prev.
func (e *Engine) resolve(ctx context.Context, prev, f string) reading {
	words := wordsOf(f)
	conn := false
	for _, c := range connectives {
		if len(words) >= len(c) && slices.EqualFunc(c, words[:len(c)], func(a, b string) bool { return a == lower(b) }) {
			words, conn = words[len(c):], true
			break
		}
	}
	if len(words) == 0 {
		return reading{text: prev} // "and?": the same again
	}
	ff := frameOf(words)
	var content []string
	person, group, thing, besides := false, false, false, false
	for _, w := range append(ff.noun(), ff.rest...) {
		lw := lower(w)
		switch {
		case personPronouns[lw]:
			person = true
		case groupPronouns[lw]:
			group = true
		case thingAnaphors[lw]:
			thing = true
		case elseWords[lw]:
			besides = true
		case fillers[lw] || auxiliaries[lw] || stopLike[lw]:
		default:
			if len(e.analyze(w)) > 0 {
				content = append(content, w)
			}
		}
	}
	if !ff.asks() {
		// "and germany?", "what about the uk": the previous question
		// about what the follow-up names
		if len(content) == 0 {
			// "anything else from him?": the previous question, past its answer
			r := reading{text: prev}
			if besides {
				r.text = saidBy(prev)
				r.besides = e.previous(ctx, prev)
			}
			return r
		}
		r := reading{text: e.substitute(prev, strings.Join(trimFillers(words), " "))}
		if besides {
			r.besides = e.previous(ctx, prev)
		}
		return r
	}
	if !conn && !person && !group && !thing && !besides && (len(content) >= 2 || len(content) == 1 && e.newName(content[0], prev)) {
		return reading{text: strings.Join(strings.Fields(f), " ")} // it stands on its own
	}
	pf := frameOf(wordsOf(prev))
	var pa *Answer
	answer := func() *Answer {
		if pa == nil {
			pa = e.previous(ctx, prev)
		}
		return pa
	}
	var out []string
	qw := ff.qw
	if len(ff.noun()) == 0 && len(qw) > 0 && (lower(qw[len(qw)-1]) == "many" || lower(qw[len(qw)-1]) == "much" || lower(qw[0]) == "which") {
		qw = append(slices.Clone(qw), pf.noun()...) // "how many?" after "which countries …"
	}
	aux := ff.aux
	if len(qw) == 0 && besides && hasAny(ff.rest, fillers) {
		// "did he say anything else": what else
		qw = []string{"what"}
	}
	if aux == "" && len(content) == 0 && !lowerIn(qw, "who") {
		aux = pf.aux // "when?" after "where was the summit held"
	}
	out = append(out, qw...)
	if aux != "" {
		out = append(out, aux)
	}
	filled := false
	for _, w := range ff.rest {
		lw := lower(w)
		switch {
		case personPronouns[lw]:
			if ref := e.personIn(prev, answer); ref != "" {
				out = append(out, ref)
				filled = true
			}
		case groupPronouns[lw]:
			if ref := e.groupIn(prev, answer); ref != "" {
				out = append(out, ref)
				filled = true
			}
		case lw == "there":
			if ref := e.placeIn(prev, answer); ref != "" {
				out = append(out, ref)
				filled = true
			}
		case thingAnaphors[lw] && lw != "then":
			// "what does that mean": what the previous question found
			if a := answer(); a.Answered && a.Short != "" && len(strings.Fields(a.Short)) <= 12 && len(content) > 0 {
				out = append(out, a.Short)
				filled = true
			}
		case thingAnaphors[lw], elseWords[lw], fillers[lw]:
		default:
			out = append(out, w)
		}
	}
	if len(content) <= 1 || thing {
		// the follow-up names too little to stand alone: the previous
		// question's subject comes with it, and its answer, where the
		// previous question asked who and this one asks something else
		// than who or how many ("how many?" after "which countries …"
		// counts them, whoever they are)
		pkind, _ := classify(prev)
		fkind, _ := classify(strings.Join(out, " "))
		if !filled && !besides && pkind == KindWho && fkind != KindWho && fkind != KindHowMany {
			if a := answer(); a.Answered && a.Short != "" && len(strings.Fields(a.Short)) <= 6 {
				out = append(out, a.Short)
			}
		}
		have := map[string]bool{}
		for _, w := range out {
			have[lower(w)] = true
		}
		rest := pf.rest
		if len(content) > 0 && pf.aux == "" && len(rest) > 0 && !stopLike[lower(rest[0])] && pkind == fkind {
			// "how many ppl died …" "and how many were hurt": the
			// follow-up's verb takes the place of the previous one's
			rest = rest[1:]
		}
		if len(content) > 0 && pf.aux != "" && len(rest) > 0 && pkind == fkind {
			// "how many people have died" "and how many were injured"
			if last := lower(rest[len(rest)-1]); pastVerb(last) || len(last) > 3 && strings.HasSuffix(last, "ed") {
				rest = rest[:len(rest)-1]
			}
		}
		carry := append(slices.Clone(pf.noun()), rest...)
		if slices.Equal(lowerAll(pf.noun()), lowerAll(ff.noun())) || len(ff.noun()) > 0 && len(pf.noun()) > 0 {
			carry = rest // the follow-up has its own noun
		}
		for _, w := range carry {
			if !have[lower(w)] || stopLike[lower(w)] {
				out = append(out, w)
			}
		}
	}
	r := reading{text: strings.Join(out, " ")}
	if besides {
		if len(content) <= 1 {
			r.text = saidBy(r.text)
		}
		r.besides = answer()
	}
	if strings.TrimSpace(r.text) == "" {
		r.text = prev
	}
	return r
}

func trimFillers(words []string) []string {
	var out []string
	for _, w := range words {
		if !elseWords[lower(w)] && !fillers[lower(w)] {
			out = append(out, w)
		}
	}
	return out
}

func hasAny(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[lower(w)] {
			return true
		}
	}
	return false
}

func lowerIn(words []string, w string) bool {
	for _, x := range words {
		if lower(x) == w {
			return true
		}
	}
	return false
}

func lowerAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = lower(w)
	}
	return out
}

// saidBy turns a "what did X say about Y" question into "what did X say":
// what else X said need not be about Y. Other questions are kept.
func saidBy(q string) string {
	k, speaker := classify(q)
	if k != KindSaid || speaker == "" {
		return q
	}
	return "what did " + speaker + " say"
}

// previous answers the previous question, for its answer's names.
func (e *Engine) previous(ctx context.Context, prev string) *Answer {
	a, err := e.Ask(ctx, prev)
	if err != nil {
		return &Answer{}
	}
	return &a
}

// newName reports whether a word names someone or somewhere the previous
// question does not: "who is Macron?" stands on its own.
func (e *Engine) newName(w, prev string) bool {
	toks := e.analyze(w)
	if len(toks) == 0 {
		return false
	}
	if !isCapital(w) && !e.isPlace(w) && e.people[toks[0].Term] == nil {
		return false
	}
	for _, t := range e.analyze(prev) {
		if t.Term == toks[0].Term {
			return false
		}
	}
	return true
}

// entity is a name in a question, with its class.
type entity struct {
	span
	class string // "place", "person" or "name"
}

// entities finds the names in a question: capitalised runs, and places and
// people typed in lower case.
func (e *Engine) entities(text string) []entity {
	var out []entity
	for _, s := range nameSpans(text) {
		w := lower(text[s.start:s.end])
		if questionWords[w] || auxiliaries[w] || imperatives[w] {
			continue
		}
		out = append(out, entity{s, e.classOf(text[s.start:s.end])})
	}
	for _, t := range e.analyze(text) {
		word := text[t.Start:t.End]
		if isCapital(word) {
			continue
		}
		inside := false
		for _, x := range out {
			inside = inside || t.Start < x.end && t.End > x.start
		}
		if inside {
			continue
		}
		if e.isPlace(word) || e.people[t.Term] != nil {
			out = append(out, entity{span{t.Start, t.End}, e.classOf(word)})
		}
	}
	slices.SortFunc(out, func(a, b entity) int { return a.start - b.start })
	return out
}

// classOf says what kind of name a name is.
func (e *Engine) classOf(name string) string {
	words := strings.Fields(name)
	if e.isPlace(name) || len(words) > 0 && isDemonym(words[0]) || len(words) > 0 && e.isPlace(words[len(words)-1]) {
		return "place"
	}
	for _, t := range e.analyze(name) {
		if e.people[t.Term] != nil {
			return "person"
		}
	}
	return "name"
}

// substitute puts x in the previous question in place of the name or noun
// it stands for: a name of the same kind (the one that is not in a
// prepositional phrase, which only sets the scene), else the noun the
// previous question asks about; with neither, x is added.
func (e *Engine) substitute(prev, x string) string {
	x = strings.TrimSpace(x)
	if x == "" {
		return prev
	}
	xw := wordsOf(x)
	if len(xw) > 1 && (lower(xw[0]) == "the" || lower(xw[0]) == "a" || lower(xw[0]) == "an") {
		x = strings.Join(xw[1:], " ")
	}
	class := "thing"
	if len(e.entities(x)) > 0 || isCapital(x) {
		class = e.classOf(x)
	}
	ents := e.entities(prev)
	var same []entity
	for _, en := range ents {
		if en.class == class {
			same = append(same, en)
		}
	}
	if len(same) == 0 && class != "thing" && len(ents) == 1 {
		same = ents // "what did Macron say?" "and Germany?"
	}
	if len(same) > 0 {
		pick := same[0]
		for _, en := range same {
			if !e.afterLocative(prev, en.start) {
				pick = en
				break
			}
		}
		return prev[:pick.start] + x + prev[pick.end:]
	}
	pf := frameOf(wordsOf(prev))
	if k, _ := classify(prev); k == KindWho && class != "thing" && len(pf.qw) > 0 {
		// "who has to sign off?" "what about the kremlin": the Kremlin
		// has to sign off
		return strings.TrimSpace(x + " " + pf.aux + " " + strings.Join(pf.rest, " "))
	}
	if n := pf.noun(); len(n) > 0 && class == "thing" {
		// "and ships?" after "how many troops …"
		last := n[len(n)-1]
		if at := strings.Index(prev, last); at >= 0 {
			return prev[:at] + x + prev[at+len(last):]
		}
	}
	return strings.TrimRight(prev, "?!. ") + " " + x
}

// afterLocative reports whether the word before at is a preposition ("in
// Paris", "to Ukraine").
func (e *Engine) afterLocative(text string, at int) bool {
	before := wordsOf(text[:at])
	if len(before) > 0 && (lower(before[len(before)-1]) == "the") {
		before = before[:len(before)-1]
	}
	return len(before) > 0 && locatives[lower(before[len(before)-1])]
}

// personIn is whom "he" or "she" stands for after prev: the person prev
// names, else its answer when it asked who.
func (e *Engine) personIn(prev string, answer func() *Answer) string {
	for _, en := range e.entities(prev) {
		if en.class == "person" || en.class == "name" && !e.isPlace(prev[en.start:en.end]) && e.personLike(prev[en.start:en.end]) {
			return prev[en.start:en.end]
		}
	}
	if k, _ := classify(prev); k == KindWho || k == KindSaid {
		a := answer()
		if a.Answered && a.Short != "" && !e.isPlace(a.Short) && e.personLike(a.Short) {
			return a.Short
		}
		if a.Answered && len(a.Passages) > 0 {
			// the answer is a title or a place: the person its passage names
			text := a.Passages[0].Text
			for _, n := range e.names(text) {
				if name := text[n.start:n.end]; !e.isPlace(name) && e.personLike(name) && len(strings.Fields(name)) > 1 {
					return name
				}
			}
		}
	}
	return ""
}

// placeIn is where "there" stands for after prev: the place prev names,
// else the first place its answer's passage names.
func (e *Engine) placeIn(prev string, answer func() *Answer) string {
	for _, en := range e.entities(prev) {
		if en.class == "place" && e.isPlace(prev[en.start:en.end]) {
			return prev[en.start:en.end]
		}
	}
	if a := answer(); a.Answered && len(a.Passages) > 0 {
		text := a.Passages[0].Text
		for _, n := range e.names(text) {
			if e.isPlace(text[n.start:n.end]) {
				return text[n.start:n.end]
			}
		}
	}
	return ""
}

// groupIn is what "they" stands for after prev: its answer when it asked
// who, else the names it gives.
func (e *Engine) groupIn(prev string, answer func() *Answer) string {
	if k, _ := classify(prev); k == KindWho {
		if a := answer(); a.Answered && a.Short != "" {
			return a.Short
		}
	}
	var names []string
	for _, en := range e.entities(prev) {
		names = append(names, prev[en.start:en.end])
	}
	return strings.Join(names, " and ")
}

// passOver makes the best passage that does not give the previous answer
// the answer ("who else …"): the previous answer's names or its passage.
func (e *Engine) passOver(ans Answer, prev *Answer) Answer {
	if prev == nil || len(ans.Passages) == 0 {
		return ans
	}
	var old []index.Token
	if prev.Short != "" {
		old = e.analyze(prev.Short)
	}
	var oldText string
	if len(prev.Passages) > 0 {
		oldText = prev.Passages[0].Text
	}
	gives := func(h Hit) bool {
		if h.Text == oldText {
			return true
		}
		if len(old) == 0 {
			return false
		}
		toks := e.analyze(h.Text)
		for _, t := range old {
			if !titles[t.Term] && !hasTerm(toks, t.Term) {
				return false
			}
		}
		return true
	}
	return e.promote(ans, func(h Hit) bool { return !gives(h) })
}

// promote makes the first passage for which ok holds the answer, if the
// first does not: its short answer re-extracted, its article the source.
func (e *Engine) promote(ans Answer, ok func(Hit) bool) Answer {
	if len(ans.Passages) == 0 || ok(ans.Passages[0]) {
		return ans
	}
	for i, h := range ans.Passages[1:] {
		if !ok(h) || len(h.Passages) == 0 {
			continue
		}
		q := e.analyse(ans.Question)
		cands := e.rank(q, []index.Hit{{Article: h.Article.ID, Seq: h.Passages[len(h.Passages)-1].Seq, Score: h.Score}})
		if len(cands) == 0 {
			continue
		}
		out := ans
		out.Passages = append([]Hit{h}, slices.Delete(slices.Clone(ans.Passages), i+1, i+2)...)
		out.Passages[0].Marks = nil
		if !ans.Answered {
			return out // the nearest miss past the previous answer
		}
		out.Short = e.extract(q, cands[0])
		if out.Short != "" {
			if at := strings.Index(h.Text, out.Short); at >= 0 {
				out.Passages[0].Marks = [][2]int{{at, at + len(out.Short)}}
			}
		}
		out.Sources = []string{h.Article.ID}
		out.Differences = nil
		return out
	}
	return ans
}

// fit cuts a question read in context to n bytes, at a word where there is
// one, never inside a character: the previous question may have used up
// the room.
func fit(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimSpace(s[:cut])
}
