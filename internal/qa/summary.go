// Overviews: Summary, gist questions, and the headline line of an overview.

package qa

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// KindOverview is a question asking for the gist ("tldr", "what happened",
// "tell me about X"): it is answered with several sentences, a summary.
const KindOverview Kind = "overview"

// Limits on an overview.
const (
	summaryMin = 3 // sentences, where the articles have that many on the topic
	summaryMax = 5
	// summaryBytes bounds the sentences' text together, so that the summary
	// with its citations fits one Discord embed (4096 characters) and reads
	// as a paragraph, not a wall
	summaryBytes = 1800
	// lexRankThreshold is the similarity below which two sentences are not
	// linked in the graph (Erkan & Radev use 0.1 for tf-idf cosine)
	lexRankThreshold = 0.1
	lexRankDamping   = 0.85
	// sameArticleWeight scales a link between two sentences of one article
	sameArticleWeight = 0.5
	// mmrLambda weighs centrality against redundancy with the sentences
	// already chosen (Carbonell & Goldstein's maximal marginal relevance)
	mmrLambda = 0.7
	// nearDuplicate is the similarity above which a sentence says what a
	// chosen one says, and is dropped whatever its centrality
	nearDuplicate = 0.5
)

// Summary answers with an overview of the articles, or of topic when it is
// not empty: 3 to 5 of their sentences, verbatim, chosen by centrality
// (LexRank, biased towards the topic) with redundant ones dropped (maximal
// marginal relevance). Passages are the sentences best first; Order gives
// them in reading order. A topic no article speaks of is not answered.
func (e *Engine) Summary(ctx context.Context, topic string) (ans Answer, err error) {
	defer func() {
		// a bug must not take the program down with it, as in Ask
		if r := recover(); r != nil {
			ans, err = Answer{Question: topic, Kind: KindOverview}, fmt.Errorf("qa: summary: internal error: %v", r)
		}
	}()
	text := strings.Join(strings.Fields(topic), " ")
	if text != "" {
		if text, err = validate(text); err != nil {
			return Answer{Question: topic, Kind: KindOverview}, err
		}
	}
	return e.overview(ctx, "summary "+text, text, gistAll), nil
}

// gist reports whether a question asks for an overview, and of what topic
// ("" for the whole coverage).
func (e *Engine) gist(q *question) (string, bool) {
	words := q.words
	if i := strings.IndexByte(q.text, ','); i > 0 {
		// "what came out of the meeting, good or bad": the topic ends at
		// the comma (when the cue stands before it)
		if head := chatWords(q.text[:i]); len(head) > 0 {
			if at, _ := findCue(head, "gist"); at >= 0 {
				words = head
			} else if at, _ := findCue(head, "gist-lead"); at >= 0 {
				words = head
			}
		}
	}
	if at, _ := findCue(words, "gist"); at < 0 {
		// "so what happened", "tell me about X", but not "who knows what
		// happened to …"
		at, n := findCue(words, "gist-lead")
		if at < 0 || at > 1 {
			return "", false
		}
		// "what happened at the summit", not "what happened for the first
		// time": a lead that ends in a verb takes a place or topic after a
		// preposition, or nothing
		next := at + n
		if p, m := findCue(words[next:], "present"); p == 0 {
			next += m // "what do we know so far (about …)": the asker's present
		}
		if last := words[at+n-1]; !stopLike[last] && next < len(words) && !gistPreps[words[next]] {
			return "", false
		}
	}
	var topic []string
	for len(words) > 0 {
		if at, n := findCue(words, "gist"); at == 0 {
			words = words[n:]
			continue
		}
		if at, n := findCue(words, "gist-lead"); at == 0 {
			words = words[n:]
			continue
		}
		if at, n := findCue(words, "present"); at == 0 {
			words = words[n:] // "what do we know so far": the asker's present, no topic
			continue
		}
		w := words[0]
		words = words[1:]
		if !auxiliaries[w] && !stopLike[w] && !gistFrame[w] && !requestVerb(w, words) {
			topic = append(topic, w)
		}
	}
	return strings.Join(topic, " "), true
}

// afterGistCue is text past an overview's cue that opens a question of its
// own: "tldr did they get it free" asks whether they did, "recap: who was
// there" who was; the cue only asks for it in brief. A cue followed by its
// topic ("tldr of the summit", "summary pls") is left as it is.
func afterGistCue(text string) string {
	spans := wordSpans(text)
	words := make([]string, len(spans))
	for i, s := range spans {
		words[i] = strings.ToLower(text[s[0]:s[1]])
	}
	at, n := findCue(words, "gist")
	if at != 0 || n+2 > len(words) || !questionOpeners[words[n]] && !auxiliaries[words[n]] {
		return text
	}
	return text[spans[n][0]:]
}

// questionOpeners are the words a question of its own opens with: the
// question words, and two of them as chat runs them on ("whats", "whos").
var questionOpeners = func() map[string]bool {
	m := maps.Clone(questionWords)
	m["whats"], m["whos"] = true, true
	return m
}()

// asksLatest reports whether an overview question asks for the news as it
// stands now (kinds.txt [gist-latest]: "whats the latest", "any updates").
func asksLatest(words []string) bool {
	at, _ := findCue(words, "gist-latest")
	return at >= 0
}

// asksAhead reports whether a question asks only what happens next (kinds.txt
// [gist-next]: "whats next", "what happens now"), its fillers aside.
func asksAhead(words []string) bool {
	at, n := findCue(words, "gist-next")
	if at < 0 {
		return false
	}
	for i, w := range words {
		if (i < at || i >= at+n) && !fillerWords[w] && !lexicon.IsFunctionWord(w) {
			return false // "what happens next to the bus drivers": a topic of its own
		}
	}
	return true
}

// gistPreps may follow "what happened" to give an overview's topic.
var gistPreps = cueSet("gist-prep-words") // kinds.txt

// gistFrame are words around a gist cue that only frame the request ("give
// me a summary of the …", "can you tell me about …").
var gistFrame = cueSet("gist-frame-words") // kinds.txt

// overview builds the summary of the coverage, or of topic; of the given
// articles only, when there are some; in mode gistAhead, of what the
// articles say is to happen next ("what happens next": the sentences that
// say so by kinds.txt's [next-words], "set to", "due to", "next", "again"
// …); in mode gistLatest, of the whole coverage led by the newest report's
// opening ("whats the latest") rather than the first's.
func (e *Engine) overview(ctx context.Context, question, topic string, mode gistMode, arts ...*corpus.Article) Answer {
	ahead := mode == gistAhead
	ans := Answer{Question: question, Kind: KindOverview}
	terms, known, allKnown := e.topicTerms(topic)
	if strings.TrimSpace(topic) != "" && len(e.analyze(topic)) > 0 && !known {
		return ans // a topic in words no article uses
	}
	pool, err := e.summaryPool(ctx, terms, arts, ahead)
	if err != nil {
		return ans
	}
	bias, whole, ok := e.topicBias(terms, pool)
	if !ok && len(terms) > 0 && allKnown && e.settingOnly(terms) {
		// no sentence holds half of a topic all in the articles' words
		// ("what went down at the elysee on tuesday": the event's place
		// and day): the overview of the whole coverage, not none
		terms = nil
		if pool, err = e.summaryPool(ctx, nil, arts, false); err != nil {
			return ans
		}
		bias, whole, ok = e.topicBias(nil, pool)
	}
	if !ok {
		return ans
	}
	rank := lexRank(pool, bias, e.similarity)
	for i, s := range pool {
		// centrality, weighed by what the jump favours (the top of a story,
		// or the topic) and by length: the graph favours short sentences,
		// whose few words are shared by many, and they say little
		rank[i] *= bias[i] * min(1, float64(wordCount(s.p.Text))/20)
	}
	chosen := mmr(pool, rank, bias, e.similarity)
	if len(chosen) == 0 {
		return ans
	}
	// MMR decides which; best first is the most central first
	sort.SliceStable(chosen, func(i, j int) bool { return rank[chosen[i]] > rank[chosen[j]] })
	for k, i := range chosen {
		if pool[i].about && pool[i].ord == 0 {
			// the lede of the story about the topic says it first, as
			// news puts its main fact first
			copy(chosen[1:k+1], chosen[:k])
			chosen[0] = i
			break
		}
	}
	leadFirst := false // the first report's lede leads, and gives the line
	report := firstReport
	if mode == gistLatest {
		report = lastReport // "whats the latest": the newest report's lede
	}
	single := len(arts) == 1 && mode != gistLatest
	if single {
		// of one article, its lede says what the story is, as its writer
		// put it first: it leads and gives the line, cut if it must be,
		// not a later sentence's shorter clause ("The problems began
		// shortly before 4:30 a.m." under "tldr of the northern wire
		// article")
		report = func(pool []sentence) int {
			return slices.IndexFunc(pool, func(s sentence) bool { return s.ord == 0 })
		}
	}
	if first := report(pool); first >= 0 && (len(terms) == 0 || whole[first] && mode != gistLatest) && (len(arts) == 0 || single) && !ahead {
		leadFirst = true
		// of the whole coverage of an event reported over several days,
		// the first report's lede says what happened, as the later ones
		// say what followed ("a magnitude 7.1 earthquake struck …", not
		// "the death toll has risen to 351")
		if k := slices.Index(chosen, first); k >= 0 {
			copy(chosen[1:k+1], chosen[:k])
			chosen[0] = first
		} else {
			chosen = append([]int{first}, chosen...)
		}
	}
	ans.Answered = true
	seen := map[string]bool{}
	for _, i := range chosen {
		s := pool[i]
		ans.Passages = append(ans.Passages, Hit{Article: s.a, Passages: []corpus.Passage{s.p}, Text: s.p.Text, Score: rank[i]})
		if !seen[s.a.ID] {
			seen[s.a.ID] = true
			ans.Sources = append(ans.Sources, s.a.ID)
		}
	}
	ans.Order = readingOrder(pool, chosen)
	// the gist in a line: the main clause of the most central sentence
	// whose main clause is whole within a dozen words, else of the most
	// central, cut; bolded where it stands
	// for a topic that some of them hold whole, only from those: a whole
	// clause of a sentence that holds a part of it ("what happened to the
	// Loa River": not a sentence of El Loa airport) says nothing of it
	holdsTopic := false
	for _, i := range chosen {
		holdsTopic = holdsTopic || len(terms) > 0 && whole[i]
	}
	best, at := "", -1
	if leadFirst {
		if line, _ := headline(ans.Passages[0].Text); line != "" {
			best, at = line, 0
		}
	}
	if at < 0 {
		best, at = centralLine(ans.Passages, func(k int) bool { return !holdsTopic || whole[chosen[k]] }, holdsTopic)
	}
	if at < 0 && len(terms) > 0 {
		// no main clause whole in a dozen words: the clause that holds
		// the topic ("… — which led to the capture of Nicolás Maduro —
		// …" for "what happened to maduro")
		for k, h := range ans.Passages {
			if line := e.topicClause(h.Text, terms); line != "" {
				best, at = line, k
				break
			}
		}
	}
	if at >= 0 {
		ans.Short = best
		h := &ans.Passages[at]
		h.Marks = markOf(h.Text, best)
	}
	return ans
}

// centralLine is the line of an overview from its passages, most central
// first: the main clause of the first whose main clause is whole within a
// dozen words, else of the first, cut; only of those that may give it
// (may), and of a topic the first of them, cut or not. at is the index of
// the passage it comes from, -1 for none.
func centralLine(passages []Hit, may func(k int) bool, topic bool) (line string, at int) {
	at = -1
	for k, h := range passages {
		if !may(k) {
			continue
		}
		l, whole := headline(h.Text)
		if l != "" && (whole || line == "") {
			line, at = l, k
			if whole || topic {
				// (of a topic, the most central sentence that holds it,
				// cut: a whole clause further down, "Tanker lorries now
				// supply the stadium", is not what the stadium's story
				// says first)
				break
			}
		}
	}
	return line, at
}

// topicClause is the clause of text, between its clause marks, that holds
// a word of the topic, when it has three to maxShortWords words and a
// verb; else "".
func (e *Engine) topicClause(text string, terms []qterm) string {
	for _, tok := range e.analyze(text) {
		if !slices.ContainsFunc(terms, func(t qterm) bool { return t.spelledBy(tok.Term) }) {
			continue
		}
		cl := clauseAround(text, span{tok.Start, tok.End}, clauseMarks)
		if !hasVerb(text[cl.start:cl.end]) && cl.end < len(text) && text[cl.end] == ',' {
			// "The ship's captain, a Greek national, was questioned by
			// police …": past the apposition, what is said of the topic
			if app := clauseAround(text, span{cl.end + 1, cl.end + 1}, clauseMarks); app.end < len(text) && text[app.end] == ',' && startsArticle(strings.TrimSpace(text[app.start:app.end])) {
				cl = clauseAround(text, span{app.end + 1, app.end + 1}, clauseMarks)
			}
		}
		line := strings.Trim(text[cl.start:cl.end], " .,;:—–“”\"")
		if n := wordCount(line); n >= 3 && n <= maxShortWords && strings.Contains(text, line) && hasVerb(line) {
			return line // (not "The ship's captain" alone: it says nothing of him)
		}
	}
	return ""
}

// firstReport is the index in pool of the lede of the article published
// first, where the pool's articles were published on more than one day;
// -1 otherwise.
func firstReport(pool []sentence) int {
	return reportOf(pool, func(a, b string) bool { return a < b })
}

// lastReport is firstReport of the article published last.
func lastReport(pool []sentence) int {
	return reportOf(pool, func(a, b string) bool { return a > b })
}

// reportOf is the index in pool of the lede of the article whose
// publication date comes first by before, where the pool's articles were
// published on more than one day; -1 otherwise.
func reportOf(pool []sentence, before func(a, b string) bool) int {
	first, days := -1, map[string]bool{}
	for i, s := range pool {
		if s.a.Published == "" {
			continue
		}
		days[s.a.Published] = true
		if s.ord == 0 && (first < 0 || before(s.a.Published, pool[first].a.Published)) {
			first = i
		}
	}
	if len(days) < 2 {
		return -1
	}
	return first
}

// gistMode is what an overview gives: the coverage's main facts, what is to
// happen next, or the news as it stands now.
type gistMode int

const (
	gistAll gistMode = iota
	gistAhead
	gistLatest
)

// headline is an overview's answer in a line: the main clause of its most
// central sentence, the words before its first clause break, after an
// opening phrase ("In a significant diplomatic push, …") or a leading
// parenthesis ("(Reuters)"), at most maxShortWords; "" for fewer than
// three words, and for a sentence that opens with a quotation (no clause
// of its own comes first).
func headline(text string) (line string, whole bool) {
	text = strings.TrimSpace(text)
	if r, _ := utf8.DecodeRuneInString(text); strings.ContainsRune("“\"‘'", r) {
		return "", false // a sentence that opens with a quotation has no clause of its own first
	}
	if end := datelineEnd(text); end >= 0 {
		text = text[end:] // "CALAMA, Chile (Andes Wire) — A magnitude 7.1 …"
	}
	if strings.HasPrefix(text, "(") {
		if i := strings.Index(text, ")"); i > 0 {
			text = strings.TrimSpace(text[i+1:]) // "(Reuters) The leaders met …"
		}
	}
	text = withoutApposition(text) // before an opening phrase is looked for, and after
	if i := nextBreak(text, 0, ","); i > 0 && wordCount(text[:i]) <= maxOpening {
		// an opening phrase ("In Paris on Tuesday, …", "Despite …, …"),
		// unless what follows its comma is no main clause ("On Tuesday
		// the leaders met in Paris, where …"); or a phrase with no verb
		// where it stands (verbWhereRead: "the dock *strike*" is a noun)
		// before a clause that opens on its subject ("Three days after
		// the earthquake, the stadium has become …"), not a name ("Argentina,
		// Peru and Bolivia offered …")
		rest := strings.TrimSpace(text[i+1:])
		first, _ := nextWord(text)
		w, _ := nextWord(rest)
		if openers[first] && !clauseLinks[w] || !verbWhereRead(text[:i]) && !namesOnly(text[:i]) && opensOnSubject(rest) {
			text = rest
		}
	}
	text = withoutApposition(text)
	end := len(text)
	// atQuote: cut where a quotation opens
	atQuote := false
	for _, b := range append(slices.Clip(clauseBreaks), "“", "\"") { // a quotation too
		if i := nextBreak(text, 0, b); i > 0 && i < end {
			end = i // not the comma of a figure ("More than 1,800 rescuers …")
			atQuote = b == "“" || b == "\""
		}
	}
	if !atQuote {
		end = pastNounList(text, end)
	}
	words := strings.Fields(strings.TrimRight(text[:end], " ."))
	// the words before a quotation its clause goes on into are not the
	// whole clause ("U.S. envoy Witkoff cited | “productive” talks …")
	whole = len(words) <= maxShortWords && !atQuote
	if !whole {
		cut := ofLongSubject(words)
		if len(cut) == len(words) && cutInPhrase(words) {
			// a dozen words that stop inside a phrase ("… on the floors
			// of Marrowby | International Airport") say more from the
			// verb on, past a subject of any length: "spent Thursday
			// night on the floors of Marrowby International Airport"
			cut = fromVerb(words)
		}
		words = cut[:min(len(cut), maxShortWords)]
	}
	for len(words) > 0 && lexicon.IsFunctionWord(strings.ToLower(words[len(words)-1])) {
		words = words[:len(words)-1]
	}
	if len(words) < 3 {
		return "", false
	}
	h := strings.Join(words, " ")
	if !strings.Contains(text, h) {
		return "", false // white space other than one space: not the article's words as they stand
	}
	if nameWithTitles(words) || end < len(text) && !hasVerb(text[:end]) && !verbWhereRead(text[:end]) {
		// "Commander Rodrigo Fuenzalida, who heads …", "More than 1,800
		// rescuers, helped by …": a subject cut from its verb says nothing
		// (but "The tram drivers *walk* out", a plural's verb, has one)
		return "", false
	}
	return h, whole
}

// pastNounList is end, a clause break in text, moved to the end of the
// list of nouns whose items its comma divides: such a comma joins the
// items of one phrase and breaks no clause ("New Brunswick will spend
// $120 million to help households, farms and businesses | hit by …").
func pastNounList(text string, end int) int {
	if end >= len(text) || text[end] != ',' {
		return end
	}
	for _, co := range coordinations(text) {
		if co.all.start < end && end < co.all.end && nounList(text, co) {
			return co.all.end
		}
	}
	return end
}

// longSubject is how many words a subject may take before an overview's
// line cut to a dozen words opens on its verb instead.
const longSubject = 4

// ofLongSubject is what a clause too long for a short answer says, when
// its subject runs over longSubject words: its words from the verb, past
// a verb of saying and its "that" ("Rescue workers in the northern
// Chilean city of Calama | pulled a nine-year-old girl alive …"); from
// the thing a quantity noun heads ("A small amount of | fuel oil has
// leaked …": quantityHead); the clause as it is where a present verb
// read as one ends a short subject ("Shopkeepers on Castle Street *say*
// …") and otherwise. Not a part of the subject: "the river had
// been unable to buy it", cut from "many homeowners on the river had
// been …", would say another thing. The caller cuts what it returns to a
// dozen words.
func ofLongSubject(words []string) []string {
	for k, w := range words[:min(len(words), maxShortWords)] {
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		// (a present verb where it stands ends a short subject too:
		// "Shopkeepers on Castle Street *say* they fear …")
		if k == 0 || !auxiliaries[lw] && !pastVerb(lw) && !(k <= longSubject && readAsVerb(lw, strings.ToLower(words[k-1]))) {
			continue
		}
		if k <= longSubject {
			return words
		}
		if j := quantityHead(words[:k]); j > 0 && k-j <= longSubject {
			return words[j:] // "A small amount of | fuel oil has leaked from …": the thing the quantity is of
		}
		if lexicon.IsSayingVerb(lw) {
			k++ // what the speaker said, past "said" ("… Annika Solberg said | the authority would claim …")
			if k < len(words) && strings.EqualFold(words[k], "that") {
				k++
			}
		}
		return words[k:]
	}
	return words
}

// quantityHead is how many words of subject (the words before its
// verb) say only how much there is of what follows them: "a" or "an",
// at most one modifier, a noun, and "of" before a noun phrase with no
// article, name or figure of its own ("A small amount of | fuel oil",
// "A handful of | residents"; not "A resident of | Kessby", "A member of
// | the union", nor a noun whose commonest sense is a person by WordNet,
// which is the subject itself: "A member of | parliament for Harwick has
// called …"; a group's noun may be a quantity, "A couple of | residents");
// 0 where they do not.
func quantityHead(subject []string) int {
	if len(subject) < 4 || (!strings.EqualFold(subject[0], "a") && !strings.EqualFold(subject[0], "an")) {
		return 0
	}
	for j := 2; j <= 3 && j+1 < len(subject); j++ {
		if strings.ToLower(subject[j]) != "of" {
			continue
		}
		if head := strings.ToLower(subject[j-1]); lexicon.IsPersonNoun(head) {
			return 0
		}
		next := subject[j+1]
		if lw := strings.ToLower(next); isCapital(next) || lexicon.IsFunctionWord(lw) || lexicon.IsQuantifier(lw) || !isLetters(next) {
			return 0
		}
		return j + 1
	}
	return 0
}

// cutInPhrase reports whether the first maxShortWords of words stop
// inside a phrase: no mark ends the last of them (bare function words
// aside) and the word after it opens no new phrase ("an 11-kilometre
// tram | line", "of Marrowby | International Airport"; not "… the whole
// | of the town", "… for Kiev | on Wednesday").
func cutInPhrase(words []string) bool {
	if len(words) <= maxShortWords {
		return false
	}
	// (the bare function words the line ends on go: "… Airport as the")
	m := maxShortWords
	for m > 1 && lexicon.IsFunctionWord(strings.ToLower(words[m-1])) {
		m--
	}
	last := words[m-1]
	if r, _ := utf8.DecodeLastRuneInString(last); strings.ContainsRune(",;:.!?”\")", r) {
		return false
	}
	joined := strings.Join(words[:m+1], " ")
	next := strings.ToLower(words[m])
	return !phraseEndsAt(joined, len(joined)-len(words[m])-1) && !articles[next] && next != "of"
}

// fromVerb is words from the verb of their main clause (an auxiliary or
// a verb in the past, not a modifier after an article, "the *cracked*
// bridge", nor the verb of a relative clause, "the cracks that
// *forced*"), when the dozen words from it stop where a phrase does;
// words otherwise.
func fromVerb(words []string) []string {
	for k, w := range words[:min(len(words), maxShortWords)] {
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		if k == 0 || !auxiliaries[lw] && !pastVerb(lw) {
			continue
		}
		prev := strings.ToLower(words[k-1])
		if articles[prev] || relativeOpeners[prev] {
			continue
		}
		if cutInPhrase(words[k:]) {
			return words
		}
		return words[k:]
	}
	return words
}

// hasVerb reports whether text holds a verb: an auxiliary, a word mostly
// used as a verb (lexicon.IsVerb), or one in the past.
func hasVerb(text string) bool {
	return anyWord(strings.ToLower(text), ",.;:“”\"‘’'()", func(w string) bool {
		// (not "the ship's captain": a possessive, no verb)
		return !endsGenitive(w) && verbWord(w)
	})
}

// verbWord reports whether w (lower case) is an auxiliary, a verb in the
// past or a word English mostly uses as a verb.
func verbWord(w string) bool { return auxiliaries[w] || lexicon.IsVerb(w) || pastVerb(w) }

// opensOnSubject reports whether text opens as a clause on its subject:
// an article, or a capitalised word (a name) that links no clause.
// opensOnVerb reports whether text opens on a verb: an auxiliary, a
// verb in the past or one English mostly uses as a verb ("was closed …",
// "said …", "warns …").
func opensOnVerb(text string) bool {
	w, _ := nextWord(text)
	return verbWord(w)
}

func opensOnSubject(text string) bool {
	w, _ := nextWord(text)
	if articles[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsUpper(r) && !clauseLinks[w]
}

// withoutApposition is text without the apposition set off between its
// subject, a few words with no verb, and the verb that follows it: the
// subject and what is said of it ("The Caswell Bridge, the busiest road
// crossing over the River Sellick, was closed …", "Northjet, Brennland's
// national airline, grounded …"). The apposition is a short one
// (appositionEnd), any phrase of at most maxApposition words with no
// verb of its own, or one of any length that opens on its article with no
// verb where its words stand (past a superlative, "the busiest shopping
// road …", a noun follows); text as it is where none stands so.
func withoutApposition(text string) string {
	i := nextBreak(text, 0, ",")
	if i <= 0 || hasVerb(text[:i]) || wordCount(text[:i]) > longSubject {
		return text
	}
	j := appositionEnd(text, i)
	if j <= i || !strings.HasPrefix(text[j:], ",") {
		// (one that opens on its article may run longer and hold a
		// word that is a verb elsewhere, none where it stands: "the
		// busiest *shopping* road on the route of Harwick's new tram
		// line")
		j = nextBreak(text, i+1, ",")
		app := strings.TrimSpace(text[i+1 : max(j, i+1)])
		if j <= i || !startsArticle(app) && (hasVerb(app) || wordCount(app) > maxApposition) || startsArticle(app) && verbWhereRead(pastSuperlatives(app)) {
			return text
		}
	}
	if !opensOnVerb(strings.TrimSpace(text[j+1:])) {
		return text
	}
	return text[:i] + text[j+1:]
}

// pastSuperlatives is text without the word after each superlative
// ("the busiest *shopping* road"): a noun or its modifier, as after the
// adjective's base form, which verbWhereRead does not read as a verb.
// (Not in soft.go's readAsVerb, where it belongs by depth: ranking reads
// that, and defn96 measured passage scores moving in the bridge sets.)
func pastSuperlatives(text string) string {
	words := strings.Fields(text)
	kept := words[:0:0]
	for i, w := range words {
		if i == 0 || !superlative(strings.ToLower(words[i-1])) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// maxOpening is the most words of an opening phrase a headline skips.
const maxOpening = 8

// clauseLinks open a clause that hangs on another: one after a comma is no
// main clause.
var clauseLinks = wordSet("where which who whom whose when while and but or as that so")

// topicBias is, for each sentence of the pool, how much the random walk of
// LexRank jumps to it: more to the sentences near the top of their article
// (leadPrior: news puts the main facts first); for a topic, in proportion
// to the square of how much of the topic a sentence holds too, so that of
// the sentences that speak of it, the lede of the story about it leads
// ("sum up the rescue effort": the rescue story's opening, not a later
// sentence that names rescue teams). whole says which sentences hold the
// whole topic. It reports false when no sentence holds enough of the
// topic to speak of it.
func (e *Engine) topicBias(terms []qterm, pool []sentence) (bias []float64, whole []bool, ok bool) {
	bias = make([]float64, len(pool))
	whole = make([]bool, len(pool))
	if len(terms) == 0 {
		for i, s := range pool {
			// news gives the main facts first: the lede most, the next
			// sentences less and less
			bias[i] = leadPrior(s.ord)
		}
		return bias, whole, len(pool) > 0
	}
	total, best := 0.0, 0.0
	for _, t := range terms {
		total += t.idf
	}
	for i, s := range pool {
		got := 0.0
		for _, t := range terms {
			if s.vec[t.term] > 0 {
				got += t.idf
				continue
			}
			for _, alt := range t.alts {
				if s.vec[alt] > 0 {
					got += 0.7 * t.idf
					break
				}
			}
		}
		share := got / max(total, 1e-9)
		if s.about {
			share = 1 // the opening of the story about it
		}
		best = max(best, share)
		bias[i] = share * share * leadPrior(s.ord) / leadPrior(0)
		whole[i] = share >= 1-1e-9
	}
	if best < 0.5 {
		return nil, nil, false
	}
	for i := range bias {
		if bias[i] < best*0.25*leadPrior(pool[i].ord)/leadPrior(0) {
			bias[i] = 0 // off the topic: the walk never lands there
		}
	}
	return bias, whole, true
}

// topicTerms are the analysed terms of a topic that say what part of the
// coverage it is about: not the words every article's opening uses, which
// name the event itself ("the Paris summit", "the Chile earthquake"), nor
// words no article uses ("in like 2 *sentences*", a mistyped word), which
// cannot choose among its sentences. known reports whether the topic has a
// word some article uses: a topic of only unknown words is declined;
// allKnown whether every one of its words is one some article uses.
func (e *Engine) topicTerms(topic string) (terms []qterm, known, allKnown bool) {
	if strings.TrimSpace(topic) == "" {
		return nil, false, false
	}
	q := e.analyse(topic)
	unknown := 0
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.unknown || t.capital {
			// (a capital no article names is no topic of theirs: "what
			// happened in lima" is not what Peru did)
			unknown++
			continue
		}
		if !e.eventWord(*t) {
			terms = append(terms, *t)
		}
	}
	// more words no article uses than words some article does: a topic
	// the coverage does not speak of ("budget gaming laptops")
	known = len(q.terms) > 0 && 2*unknown <= len(q.terms)
	if !known {
		return nil, false, false
	}
	return terms, known, unknown == 0
}

// eventWord reports whether most articles' openings use a term (or a
// synonym of it: "summit", "meeting", "talks"): the event's own name, place
// or kind.
func (e *Engine) eventWord(t qterm) bool {
	n := len(e.leads[t.term])
	if len(t.alts) > 0 {
		all := slices.Clone(e.leads[t.term])
		for _, alt := range t.alts {
			all = append(all, e.leads[alt]...)
		}
		slices.Sort(all)
		n = len(slices.Compact(all))
	}
	return 2*n > len(e.c.Articles)
}

// eventTopic reports whether every word of a topic the index keeps is an
// event word.
func (e *Engine) eventTopic(topic string) bool {
	q := e.analyse(topic)
	for kt := range q.terms {
		t := &q.terms[kt]
		if !e.eventWord(*t) {
			return false
		}
	}
	return len(q.terms) > 0
}

// leadPrior is how much more an overview's walk jumps to a sentence for
// its place in its article: news gives the main facts first, the lede
// most, the next sentences less and less.
func leadPrior(ord int) float64 { return 0.5 + 3/(1+float64(ord)/2) }

// nameWithTitles reports whether words are a name alone, with any titles
// before it ("Commander Rodrigo Fuenzalida", "Interior Minister Tomás
// Villagra").
func nameWithTitles(words []string) bool {
	i := 0
	for i < len(words) && lexicon.IsTitle(strings.ToLower(words[i])) {
		i++
	}
	return i < len(words) && namesOnly(strings.Join(words[i:], " "))
}

// settingOnly reports whether every term of a topic names where or when
// the event was: a place, a day or a month, or a word of some article's
// opening, where a news story says who, where and when ("the elysee on
// tuesday"); not something else that happened ("the witkoff putin
// call").
func (e *Engine) settingOnly(terms []qterm) bool {
	for _, t := range terms {
		if e.isPlace(t.word) || getFold(notPeople, t.word) {
			continue
		}
		if len(e.leads[t.term]) == 0 {
			return false // no article's opening holds it
		}
	}
	return true
}
