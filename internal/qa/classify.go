// Validating a question and classifying its kind.

package qa

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// validate checks a question is text a person could have typed, and returns
// it with white space folded.
func validate(q string) (string, error) {
	if !utf8.ValidString(q) {
		return "", inputErrorf("the question is not valid UTF-8 text")
	}
	if len(q) > MaxQuestionBytes {
		return "", inputErrorf("the question is too long (%d bytes; the limit is %d)", len(q), MaxQuestionBytes)
	}
	for _, r := range q {
		if r == 0 || unicode.IsControl(r) && !unicode.IsSpace(r) {
			return "", inputErrorf("the question holds control characters, not just text")
		}
	}
	q = strings.Join(strings.Fields(q), " ")
	if q == "" {
		return "", inputErrorf("the question is empty")
	}
	letters := 0
	for _, r := range q {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters++
		}
	}
	if letters == 0 {
		return "", inputErrorf("the question has no words in it")
	}
	return q, nil
}

// sceneOpeners are the words other than leadPrepositions that may open a
// phrase setting the scene before a question's question word ("*of* the
// dead how many …", "*out* of all of them which …", "*after* the summit
// what …"); maxScene is how many words such a phrase may run to.
var sceneOpeners = wordSet("of out after before since")

const maxScene = 6

// topicPhrase is how many of words, a topic set out before a comma, make
// its noun phrase: up to its verb or a relative clause ("the woman
// *running* the inquiry", "the mayor *who* resigned"), past a participle
// that qualifies the noun after it ("the *retired* ecologist").
func topicPhrase(words []string) int {
	noun := false // a word of substance passed: a participle after it is the verb
	for k, w := range words {
		verbLike := auxiliaries[w] || pastForm(w) || strings.HasSuffix(w, "ing") && lexicon.IsVerb(w)
		if relativeOpeners[w] || noun && verbLike {
			return k
		}
		if !lexicon.IsFunctionWord(w) && !verbLike {
			noun = true
		}
	}
	return len(words)
}

// allFunctionWords reports whether every one of words is a function word.
func allFunctionWords(words []string) bool {
	for _, w := range words {
		if !lexicon.IsFunctionWord(w) {
			return false
		}
	}
	return true
}

// maxTopic is how many words a topic set out before a comma may have
// ("the couple going to canada, when do they …").
const maxTopic = 12

// classify says what kind of answer a question wants.
func classify(q string) (Kind, string) {
	if lq := strings.ToLower(q); strings.HasPrefix(lq, "according to ") {
		if i := strings.IndexByte(q, ','); i > 0 && i+1 < len(q) {
			return classify(strings.TrimSpace(q[i+1:])) // "According to Reuters, who …"
		}
	}
	// the words (letters, digits, apostrophes) and where each stands in q
	var words []string
	var spans []span
	start := -1
	for i, r := range q + " " {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			words = append(words, strings.ToLower(q[start:i]))
			spans = append(spans, span{start, i})
			start = -1
		}
	}
	for len(words) > 1 && fillerWords[words[0]] {
		words, spans = words[1:], spans[1:] // "ok so like how many …": the question starts after the chat's filler
	}
	if len(words) == 0 {
		return KindWhat, ""
	}
	// "who's", "whats", "what's the name of": the question word and its verb
	expand := func(w string) {
		words = append([]string{w, "is"}, words[1:]...)
		spans = append([]span{spans[0], spans[0]}, spans[1:]...)
	}
	switch strings.ReplaceAll(words[0], "’", "'") {
	case "who's", "whos":
		expand("who")
	case "what's", "whats":
		expand("what")
	case "where's", "wheres":
		expand("where")
	case "when's", "whens":
		expand("when")
	}
	words, spans = pastScene(words, spans)
	if kind, speaker, ok := topicFirst(q, words, spans); ok {
		return kind, speaker // "the un appeal, how much r they asking for"
	}
	if len(words) > 2 && leadPrepositions[words[0]] && (words[1] == "what" || words[1] == "which") ||
		len(words) > 1 && (leadPrepositions[words[0]] || words[0] == "until" || words[0] == "since") && (words[1] == "when" || words[1] == "who" || words[1] == "whom") {
		words, spans = words[1:], spans[1:] // "on what day …", "in which city …", "until when …", "from who …": the question word leads
	}
	for i := 0; i+2 < len(words) && i < 4; i++ {
		if (words[i] == "name" || words[i] == "names") && (words[i+1] == "of" || words[i+1] == "the") {
			return KindWho, "" // "what is the name of the US general", "whats the names of …"
		}
	}
	if n := len(words); n > 2 && (words[0] == "what" || words[0] == "what's" || words[0] == "whats") && strings.TrimRight(words[n-1], "?!.") == "name" && possessive(words[n-2]) {
		return KindWho, "" // "whats the lil girls name": the girl's name
	}
	if speaker, ok := saidSpeaker(q, words, spans); ok {
		return KindSaid, speaker // "what did Merz say …", "what did Kushner call …"
	}
	if tallyAsked(words) {
		return KindHowMany, "" // "what was the death toll on the first day"
	}
	return kindByWord(words), ""
}

// pastScene drops a phrase that sets the scene before the question word
// ("of the dead how many …", "on the first day how many …", "for how
// long …").
func pastScene(words []string, spans []span) ([]string, []span) {
	if len(words) > 2 && (leadPrepositions[words[0]] || sceneOpeners[words[0]]) {
		// "of the dead how many …", "on the first day how many …", "for
		// how long …": a phrase that sets the scene, then the question
		// word ("on what day", "in which city" are read below: the
		// preposition asks with it)
		for i := 1; i < len(words)-1 && i <= maxScene; i++ {
			if w := words[i]; w == "how" || i >= 2 && (w == "who" || w == "what" || w == "which" || w == "when" || w == "where" || w == "why") {
				words, spans = words[i:], spans[i:]
				break
			}
			if auxiliaries[words[i]] {
				break // a verb: the question has begun ("in paris did they …")
			}
		}
	}
	return words, spans
}

// topicFirst reads a question that sets out its topic before a comma
// and asks from its question word after it; ok reports whether q is one.
func topicFirst(q string, words []string, spans []span) (Kind, string, bool) {
	if !questionWords[words[0]] && !auxiliaries[words[0]] {
		// "the un appeal, how much r they asking for": a topic set out
		// before a comma, then the question from its question word
		// ("tocopilla mayor sounded upset, what did she say": the topic
		// is who "she" is)
		for i := 1; i < len(words)-1 && i <= maxTopic; i++ {
			if (questionWords[words[i]] || words[i] == "what's" || words[i] == "whats" || auxiliaries[words[i]]) && strings.Contains(q[spans[i-1].end:spans[i].start], ",") {
				kind, speaker := classify(q[spans[i].start:])
				if kind == KindSaid && (personPronouns[speaker] || groupPronouns[speaker]) {
					if np := topicPhrase(words[:i]); np > 0 && !allFunctionWords(words[:np]) {
						speaker = q[spans[0].start:spans[np-1].end]
					}
				}
				return kind, speaker, true
			}
		}
	}
	return "", "", false
}

// saidSpeaker reads a question that asks what someone said ("what did
// Merz say …", "what did Kushner call …"), with the speaker as typed;
// ok reports whether q is one.
func saidSpeaker(q string, words []string, spans []span) (string, bool) {
	at := func(i int) string { return wordOf(words, i) }
	if (at(0) == "what" || at(0) == "how") && (at(1) == "did" || at(1) == "does" || at(1) == "has" || at(1) == "do") {
		for i := 2; i < len(words) && i < 8; i++ {
			if at(0) == "how" && (reactionVerbs[words[i]] || words[i] == "answer" || words[i] == "answered") {
				// "how did X respond": in words or in deeds, not only a
				// quotation; and "how did X answer critics who said …",
				// whose answer is not the critics' words ("answer" is
				// no verb of reacting for asksView: "how did volunteers
				// answer the call" asks a manner)
				break
			}
			if lexicon.AsksForWords(words[i]) && !nounOpeners[words[i-1]] && !(saidNounOpeners[words[i-1]] && (i < 2 || !doAuxiliaries[words[i-2]])) {
				// (after a determiner, a possessive or a quantifier the
				// word is a noun: "how do workers get *a say* in it",
				// "what did the union have *no say* over"; not "what did
				// *some* say", a subject after its auxiliary)
				// the speaker as typed, from their first word to their
				// last, punctuation within kept ("the U.S. envoy")
				speaker := ""
				if j := catenativeStart(words, i, doAuxiliaries[at(1)]); j > 2 { // less the verb that takes it: "what did merz *refuse to* say"
					end := spans[2+speakerWords(words[2:j])-1].end // less adverbs before the verb: "what did merz *ever* say"
					if strings.HasPrefix(q[end:], ".") && end >= 2 && q[end-2] == '.' {
						end++ // "the U.S." keeps its last period
					}
					speaker = strings.Trim(q[spans[2].start:end], "'’‘")
				}
				return speaker, true
			}
		}
	}
	return "", false
}

// tallyAsked reports whether a "what" question asks a count as what a
// tally comes to ("what was the death toll on the first day", "what is
// the number of displaced").
func tallyAsked(words []string) bool {
	at := func(i int) string { return wordOf(words, i) }
	if at(0) == "what" && copulas[at(1)] && (at(2) == "the" || at(2) == "a") {
		// "what was the death toll on the first day", "what is the number
		// of displaced": a count, asked as what a tally comes to
		for i := 3; i < min(len(words), 6); i++ {
			next := at(i + 1)
			if words[i] == "number" && next != "of" || words[i] == "total" {
				continue // "what's the number to call": a phone's; "the total of the pledges": a sum, its word a term
			}
			if tallies[words[i]] && (next == "" || next == "of" || prepositions[next] || lexicon.IsFunctionWord(next)) {
				return true
			}
		}
	}
	return false
}

// kindByWord is the kind of answer a question asks for by its question
// word and the noun after it.
func kindByWord(words []string) Kind {
	at := func(i int) string { return wordOf(words, i) }
	switch at(0) {
	case "who", "whom", "whose":
		return KindWho
	case "when":
		return KindWhen
	case "where":
		return KindWhere
	case "why":
		return KindWhy
	case "how":
		switch at(1) {
		case "much":
			if at(2) == "time" {
				return KindHowLong // "how much time does the canal save": how long
			}
			return KindHowMany
		case "many":
			return KindHowMany
		case "long":
			return KindHowLong
		case "old":
			return KindHowMany
		}
		if measureOf(at(1)) != "" {
			return KindHowMany // "how deep", "how big": a measure, a number
		}
		return KindHow
	case "which", "what":
		if at(0) == "which" && copulas[at(1)] {
			// "which are western europe's two nuclear powers": which of
			// them, named; the noun asked about at the end of its phrase
			for _, w := range words[2:min(len(words), 8)] {
				if whoNouns[w] {
					return KindWho
				}
				if auxiliaries[w] || prepositions[w] {
					break
				}
			}
		}
		if at(0) == "what" && copulas[at(1)] && at(2) == "the" && whenNouns[at(3)] && (at(4) == "of" || at(4) == "") {
			// "what's the date of the summit": when it was
			return KindWhen
		}
		// the noun asked about may follow an adjective: "which Russian regions"
		for i := 1; i <= 3 && i < len(words); i++ {
			switch {
			case (whereNouns[words[i]] || whoNouns[words[i]]) && modifiesNext(words, i):
				// "what country flag is the ship under": the noun after
				// is asked about, a flag, not a place nor a people
			case whereNouns[words[i]]:
				return KindWhere
			case whenNouns[words[i]]:
				return KindWhen
			case (whoNouns[words[i]] || lexicon.IsPersonNoun(words[i])) && (at(0) == "which" || i == 1):
				return KindWho // "which presidents", "what officials": people, named
			case auxiliaries[words[i]] || stopLike[words[i]]:
				return KindWhat
			}
		}
		return KindWhat
	case "name", "list", "give", "show":
		// "list the leaders who …" asks for people, "list the documents
		// that …" for things: the noun asked for says which
		for _, w := range words[1:min(7, len(words))] {
			if stopLike[w] || w == "all" || w == "me" || w == "us" || frameNouns[strings.TrimSuffix(w, "s")] {
				continue // "list the *names of* the leaders": the leaders decide
			}
			if whoNouns[w] || lexicon.IsPersonNoun(w) {
				return KindWho
			}
			if at(0) == "name" || at(0) == "list" {
				return KindWhat
			}
			break
		}
		if at(0) == "name" || at(0) == "list" {
			return KindWho
		}
	}
	if auxiliaries[at(0)] {
		return KindYesNo
	}
	return KindWhat
}

// wordOf is words[i], or "" past the end.
func wordOf(words []string, i int) string {
	if i < len(words) {
		return words[i]
	}
	return ""
}

// futureGoing reports whether "going", followed by rest, is the future's
// auxiliary ("going to help", chat's "gonna" read so): "to" and a verb,
// not "to" and what one goes to ("going to the stadium", "going to Paris").
func futureGoing(rest string) bool {
	w := strings.Fields(rest)
	if len(w) < 2 || !strings.EqualFold(w[0], "to") {
		return false
	}
	next := strings.ToLower(strings.Trim(w[1], "?!.,"))
	return next != "" && !isCapital(w[1]) && (auxiliaries[next] || next == "be" || !lexicon.IsFunctionWord(next)) // "gonna do", "gonna be"
}

// countAskRE is a question for a count put as "what is" its tally: "what's
// the number of votes", "whats the vote count", "what was the final vote
// tally": of kinds.txt's [tally] words, those that name no thing counted
// ("the death toll" names deaths; "the total cost" asks for money).
var countAskRE = regexp.MustCompile(`^what(?:'s|’s|s| is| was| are| were) the (?:(?:number|count|tally) of (.+)|((?:[\pL-]+ )?[\pL-]+) (?:count|tally)\b(.*))$`)

// asCount reads a question for a count put as "what is" its tally as the
// "how many" question it is, or returns "".
func asCount(text string) string {
	lower := strings.ToLower(strings.TrimSpace(text))
	if !strings.HasPrefix(lower, "what") || !strings.Contains(lower, "count") && !strings.Contains(lower, "tally") && !strings.Contains(lower, "number") {
		return "" // (most questions: no regular expression run)
	}
	m := countAskRE.FindStringSubmatch(lower)
	switch {
	case m == nil:
		return ""
	case m[1] != "":
		return "how many " + m[1]
	}
	return "how many " + m[2] + m[3]
}

// trailingAskRE is a topic followed by the question asked of it, alone
// after a stop, a comma or a dash: "total aftershocks since tuesday?? how
// many", "the next meeting, when?", "macron's speech - why".
var trailingAskRE = regexp.MustCompile(`(?i)^(.*\pL.*?)(?:\s*[?!.,;:]+|\s+[-–—]+)\s*(how many|how much|how long|how often|when|where|who|why|what)\s*[?!.]*$`)

// trailingAskWords are the words trailingAskRE may end on.
var trailingAskWords = wordSet("many much long often when where who why what")

// trailingAsk reads a topic followed by its question word as the question
// asked of it ("how many total aftershocks since tuesday"), or returns "";
// a topic that is itself a question of its own word is left as it is
// ("who refused? why").
func trailingAsk(text string) string {
	text = strings.TrimSpace(text)
	last := strings.ToLower(lastWord(strings.TrimRight(text, "?!. ")))
	if !trailingAskWords[last] {
		return "" // most questions, their last word no question word: no expression run
	}
	m := trailingAskRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	if first := strings.ToLower(strings.Fields(m[1])[0]); questionWords[first] {
		return ""
	}
	return m[2] + " " + m[1]
}

// definitionAfterRE is a term followed by the question of what or who it
// is: "ocha = ?", "refugio andino is what exactly", "grynkewich?? who
// dat", "magnetic particle testing - what is that", "flyfair who". Chat
// puts the term first and the question after it; it asks what "what is X"
// asks.
var definitionAfterRE = regexp.MustCompile(`(?i)^(.*\pL.*?)(?:\s*=+\s*\?*|\s+(?:is|are)\s+(what|who)(?:\s+(?:` + askingAdverbs + `))?|(?:\s*[?!.,;:]+|\s+[-–—]+)\s*(what|who)(?:\s+(?:is|are))?\s+(?:` + askingPronouns + `|that thing)|\s+(what|who))\s*[?!.]*$`)

// askingAdverbs and askingPronouns are the words that may close
// definitionAfterRE's questions ("is what *exactly*", "who is *that*"), as
// alternations; askingEnds holds them as words.
const (
	askingAdverbs  = "exactly|again|even|now|then"
	askingPronouns = "that|this|it|they|dat|dis|dem"
)

// definitionAfter reads a term followed by the question of what it is as
// "what is X" ("who is X" of "X who"), or returns "". A term of more than
// a few words, or one with a question word or verb of its own, is a
// question of its own ("the ship ran aground, why", "so they said what").
func definitionAfter(text string) string {
	text = strings.TrimSpace(text)
	if !strings.Contains(text, "=") && (!endsAsking(text) || !mayEndAsking(text)) {
		return "" // most questions: the expression's match costs more than the rest of their reading
	}
	m := definitionAfterRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	term := strings.Trim(m[1], " ?!.,;:-–—")
	words := strings.Fields(strings.ToLower(term))
	if len(words) == 0 || len(words) > 5 {
		return ""
	}
	for _, w := range words {
		if questionWords[w] || auxiliaries[w] || pastVerb(w) {
			return ""
		}
	}
	if w := words[0]; fillerWords[w] || lexicon.IsFunctionWord(w) && w != "the" && w != "a" && w != "an" {
		return "" // "and then what", "ok so what": a follow-up, no term
	}
	asked := m[2] + m[3] + m[4]
	if strings.ToLower(asked) == "who" {
		return "who is " + term
	}
	return "what is " + term
}

// endsAsking reports whether "what" or "who" stands among the last words
// of text, where definitionAfterRE looks for it (after a term, before at
// most "is that thing").
func endsAsking(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	for _, w := range f[max(0, len(f)-askingTail):] {
		if strings.Contains(w, "what") || strings.Contains(w, "who") {
			return true
		}
	}
	return false
}

// mayEndAsking reports whether text, without an "=", may be what
// definitionAfterRE matches: its last letters, past the closing marks
// ("?", "!", ".") and spaces, are a word that ends one of its questions
// ("what", "who", "is what *exactly*", "what is *that*", "who *dat*").
// Every other question, most of them ("Who refused to deploy troops?"),
// skips the expression. A word run into a letter beyond ASCII is left to
// the expression, whose case folding reaches further.
func mayEndAsking(text string) bool {
	t := strings.TrimRight(strings.TrimRight(text, "?!."), " \t\n\f\r")
	i := len(t)
	for i > 0 && ('a' <= t[i-1]|0x20 && t[i-1]|0x20 <= 'z') {
		i--
	}
	if i > 0 && t[i-1] >= utf8.RuneSelf {
		return true
	}
	return getFold(askingEnds, t[i:])
}

// askingEnds are the last words of definitionAfterRE's questions.
var askingEnds = wordSet("what who thing " + strings.ReplaceAll(askingAdverbs+"|"+askingPronouns, "|", " "))

// askingTail is how many last words endsAsking looks at: "- what is that
// thing" is five.
const askingTail = 6
