package qa

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// question is a question analysed: its kind, its terms as the index
// analyses them, and which of them name something.
type question struct {
	text string
	// typed is the question as the asker typed it, before chat
	// normalisation and respelling: what a question about spelling asks
	// of (spellingAnswer), where text has the articles' nearest spelling
	typed string
	// words are the question's words as read for its form: lower case,
	// apostrophes folded, fillers left out (chatWords)
	words []string
	kind  Kind
	terms []qterm
	// unknown are words of the question the corpus never uses (after
	// aliases, synonyms and spelling tolerance).
	unknown []string
	// speaker is who a "what did X say" question asks about, as typed.
	speaker string
	// cutAdjunct is the question read up to a preposition it strands
	// before a phrase of time (beforeAdjunct): set on first use
	cutAdjunct *question
	// said is speaker as speaks reads it (speakerFor): set on first use
	said *speakerAsked
	// saidBy is another person the question names, as speaks reads them
	// (speakerNamed: a yes/no question's or a claim's): set on first use
	saidBy *speakerAsked
	// whyOf is who a "why does X say …" asks the reason of, as speaks
	// reads it (whySpeakerFor): set on first use
	whyOf *whyAsked
	// explaining is true while Explain ranks the question: features that
	// count for nothing at the weights in use are read all the same
	explaining bool
	// body says the speaker of a "what did X say" is a body or a country
	// the question names (bodySpeaker), read once
	body bool
	// asksArticle is true when it asks which article says something
	// ("which article mentions Greenland", "what stories say …"), and
	// asksArticles when it asks for them in the plural; asksTopic when it
	// asks which is about something ("which story is about the stadium",
	// "which piece focuses on …"): the one whose story it is, not any
	// that mentions it
	asksArticle, asksArticles, asksTopic bool
	// report is which report of a count that moves on the question asks
	// for: latest ("now", "rn", "still": kinds.txt [present] and
	// [latest-report]), earliest ("at first", "initially":
	// [earliest-report]), or anyReport
	report reportTime
	// outcome when it asks how the story came out ("how did the strike
	// end": kinds.txt [outcome-report]), which the last report tells
	outcome bool
	// stateAgain when it asks whether a thing is in an earlier state once
	// more ("is the ferry running again": kinds.txt [state-again]), which
	// the newest report that speaks of the thing settles
	stateAgain bool
	// future is asksFuture, read once in analyse: typeYesNo asks it of
	// every candidate
	future bool
	// grades is gradesQuestion, read once in analyse: keyWords asks it
	// for every span it cuts from
	grades bool
	// stranded is saidStranded of a "what did X say" question's words,
	// read once in analyse: askWeighing, spanSaid and reportedAnswer ask
	// it
	stranded bool
	// rate is asksRate, read once in analyse for a "how many" question:
	// typeHowMany asks it of every candidate
	rate bool
	// countsArticles when it asks how many articles say something
	countsArticles bool
	// asksQuoted when it asks which articles quote someone: those that
	// give that person's words, not those that name them
	asksQuoted bool
	// negated is true when the question asks about a refusal or a "not".
	negated bool
	// plural is true when a "who" question asks for several ("who were the
	// envoys", "which countries").
	plural bool
	// measure is the dimension "how deep", "how far", "how big" … asks
	// about ("length", "size" …: kinds.txt measure-DIM-words), a "how many"
	// question answered by a figure with its unit; "" for any other
	measure string
	// counted is what a "how many" question counts: its last word before
	// the verb ("how many nuclear *weapons* does …"); nil when unclear.
	counted *qterm
	// dateVerb is the index in terms of the verb a "when" question asks
	// the time of ("when was the ship *built*"), or -1
	dateVerb int
	// countVerb is the index in terms of the verb said of what "how many"
	// counts ("died" of "how many people died"), or -1
	countVerb int
	// event says the question named nothing and is read as asking about
	// the coverage's event (aboutEvent)
	event bool
	// role is true for "who is the French president?": every word is a
	// title or a place or nationality, and one at least a title.
	role bool
	// extent: "how long is X" asks about a thing with extent, its length
	// (asksExtent)
	extent bool
	// leads: a "who" question asks who leads something ("who runs the
	// council", "whos in charge of the inquiry"): its leader answers
	leads bool
	// roleMods are the terms of the nouns that qualify a title the
	// question asks about ("health" of "health minister"): the role's too
	roleMods []string
	// nameOf is the noun whose name a "what is the name of X" question
	// asks for ("hospital" of "the name of Calama's main hospital"),
	// analysed, and nameWord as typed; "" for other questions
	nameOf, nameWord string
	// defines is true for "who is X?": the question only names someone.
	// asksJob is true for "what is X's job" (or role), read as "who is
	// X" and, like it, not as a question of who did something (asksDeed).
	defines, asksJob bool
	// within is true for "where in X …?": a place inside X is asked for,
	// not X nor a country
	within bool
	// locates is true for "where is X?", X a place: where X itself lies
	locates bool
	// lookup maps each word the terms match to them (see lookupOf).
	lookup map[string][]termHit
	// lookMask sieves the words looked up in lookup (rank.go)
	lookMask *lookMask
	// look holds lookup's words for hitsIn and lookUpTerm (lookTable)
	look *lookTable
	// free remembers which names are free of the question (freeSpans)
	free *freeMemo
	// head is the analysed noun of a "which NOUN" or "what NOUN" question.
	head string
	// passive is the analysed verb of a "what was VERBed …" question, whose
	// answer is the verb's subject in the passage.
	passive string
	// active is the analysed verb of a "what VERBed …" question ("what
	// sparked the rebuke", "what caused the collapse"), whose answer is the
	// verb's subject in the passage.
	active string
	// outlets are the articles of the outlet the question names
	// ("according to Newslooks"), or nil.
	outlets []*corpus.Article
	// named is the article the question names by its headline's words
	// ("the pledge article"), or nil
	named *corpus.Article
	// naming is true for "what is X called?": the answer is a name for X,
	// often quoted ("a multinational “reassurance force”").
	naming bool
	// focus is the analysed noun a "what" question asks about: its head, or
	// X in "what is the X of …" ("whats the *budget* for the cell").
	focus string
	// asksKind is true for "what kind (type, sort) of X": the kind of X is
	// asked for, the words that qualify X where the passage gives them
	// ("legally binding security guarantees") or the kinds of X it names
	asksKind bool
	// figure is the kind of figure a "what" question asks for by its noun
	// or verb (figureAsked): figurePercent, figureMoney, figureCount, or ""
	figure string
	// focusMod is the analysed noun right before the focus that qualifies
	// it ("*pizza* place", "tram *ticket*" has "tram"), or ""
	focusMod string
	// vec is the question's meaning as one vector (sentenceVector)
	vec []float32
	// alikeTitles is true when the question's titles fit no one as typed
	// and stand for the one person a kind of them fits ("the UK leader":
	// the prime minister): its title words match that kind (describes)
	alikeTitles bool
	// described are the people its titles and places describe
	// (described), searched for beside its words
	described []string
	// corrected is true when a word was read otherwise than typed (a slip
	// corrected): the answer says how the question was read
	corrected bool
	// timeWords are its phrases of time, each as its words
	// (timePhraseWords), read on first use (timeRead)
	timeWords [][]string
	timeRead  bool
	// read holds readings of its words and terms alone, set on first use
	// (reads)
	read *questionReads
}

// qterm is one analysed question term with its weight.
type qterm struct {
	term string // analysed form: stemmed, folded ("guarante")
	word string // as read: normalised and corrected ("guarantees", "Starmer")
	// typed is the word as the asker typed it ("guarentees", "stramer",
	// "abt"), normalised as chat normalisation left it ("about"); both
	// are word when nothing changed it
	typed, normalised string
	// vec is the word's GloVe vector (lexicon), nil for a word GloVe lacks
	vec  []int8
	alts []string // synonyms and near spellings it may match, analysed
	// spellings are the alts that are this word written otherwise
	// ("epicentre" for "epicenter", "Zelensky" for "Zelenskky"): they
	// match in full, where a synonym matches in part
	spellings []string
	soft      []termAlt // the articles' words nearest in meaning, analysed
	// weak are the articles' words nearest a word that has no soft
	// match, at a lower bar (weakAlts): read by the ranking's coverage
	// only, never by what decides an answer
	weak    []termAlt
	idf     float64
	entity  bool // capitalised in the question (a name)
	unknown bool // no article uses it, in any spelling
	// setting is true for a place that qualifies the next word of the
	// question ("the *Paris* talks", "*Kiev's* president"): where, said
	// once in a story's opening, not what its sentences are about
	setting bool
	// head is the common noun that ends the name this word is of, as the
	// question has it ("Castle *street*", "El Loa *airport*"), and phrase
	// the name's words through it, lower case: a story that has named it
	// goes on to call it "the street"; headTerm is the head analysed
	head, phrase, headTerm string
	// lowerName is true for a name read as one only because English
	// capitalises it (lexicon.IsName), though typed in lower case
	lowerName bool
	// capital is true for a capital no article names, read as its
	// country's government ("berlin's attitude"): in a claim, where it
	// happened ("the summit was in london"), it is not its country
	capital bool
	// expansion are the words of the name an acronym stands for
	// ("inter", "us", "develop", "bank" for "IDB"), analysed: a passage
	// matches the acronym as far as it holds them all
	expansion []string
	// meaning is aligns of the term, read once: align asks it of every
	// candidate
	meaning bool
	// title is titleWord of a word not capitalised (not entity), read
	// once: describes asks it of every candidate
	title bool
	// particle is the particle that makes a phrasal verb of this verb in
	// the question, by WordNet ("up" of "show up", "out" of "come
	// out"): a passage's verb without it is another verb ("showed that")
	particle string
}

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
				return kind, speaker
			}
		}
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
	at := func(i int) string {
		if i < len(words) {
			return words[i]
		}
		return ""
	}
	// "what did Merz say …", "what did Kushner call …"
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
				return KindSaid, speaker
			}
		}
	}
	if at(0) == "what" && copulas[at(1)] && (at(2) == "the" || at(2) == "a") {
		// "what was the death toll on the first day", "what is the number
		// of displaced": a count, asked as what a tally comes to
		for i := 3; i < min(len(words), 6); i++ {
			next := at(i + 1)
			if words[i] == "number" && next != "of" || words[i] == "total" {
				continue // "what's the number to call": a phone's; "the total of the pledges": a sum, its word a term
			}
			if tallies[words[i]] && (next == "" || next == "of" || prepositions[next] || lexicon.IsFunctionWord(next)) {
				return KindHowMany, ""
			}
		}
	}
	switch at(0) {
	case "who", "whom", "whose":
		return KindWho, ""
	case "when":
		return KindWhen, ""
	case "where":
		return KindWhere, ""
	case "why":
		return KindWhy, ""
	case "how":
		switch at(1) {
		case "much":
			if at(2) == "time" {
				return KindHowLong, "" // "how much time does the canal save": how long
			}
			return KindHowMany, ""
		case "many":
			return KindHowMany, ""
		case "long":
			return KindHowLong, ""
		case "old":
			return KindHowMany, ""
		}
		if measureOf(at(1)) != "" {
			return KindHowMany, "" // "how deep", "how big": a measure, a number
		}
		return KindHow, ""
	case "which", "what":
		if at(0) == "which" && copulas[at(1)] {
			// "which are western europe's two nuclear powers": which of
			// them, named; the noun asked about at the end of its phrase
			for _, w := range words[2:min(len(words), 8)] {
				if whoNouns[w] {
					return KindWho, ""
				}
				if auxiliaries[w] || prepositions[w] {
					break
				}
			}
		}
		if at(0) == "what" && copulas[at(1)] && at(2) == "the" && whenNouns[at(3)] && (at(4) == "of" || at(4) == "") {
			// "what's the date of the summit": when it was
			return KindWhen, ""
		}
		// the noun asked about may follow an adjective: "which Russian regions"
		for i := 1; i <= 3 && i < len(words); i++ {
			switch {
			case (whereNouns[words[i]] || whoNouns[words[i]]) && modifiesNext(words, i):
				// "what country flag is the ship under": the noun after
				// is asked about, a flag, not a place nor a people
			case whereNouns[words[i]]:
				return KindWhere, ""
			case whenNouns[words[i]]:
				return KindWhen, ""
			case (whoNouns[words[i]] || lexicon.IsPersonNoun(words[i])) && (at(0) == "which" || i == 1):
				return KindWho, "" // "which presidents", "what officials": people, named
			case auxiliaries[words[i]] || stopLike[words[i]]:
				return KindWhat, ""
			}
		}
		return KindWhat, ""
	case "name", "list", "give", "show":
		// "list the leaders who …" asks for people, "list the documents
		// that …" for things: the noun asked for says which
		for _, w := range words[1:min(7, len(words))] {
			if stopLike[w] || w == "all" || w == "me" || w == "us" || frameNouns[strings.TrimSuffix(w, "s")] {
				continue // "list the *names of* the leaders": the leaders decide
			}
			if whoNouns[w] || lexicon.IsPersonNoun(w) {
				return KindWho, ""
			}
			if at(0) == "name" || at(0) == "list" {
				return KindWhat, ""
			}
			break
		}
		if at(0) == "name" || at(0) == "list" {
			return KindWho, ""
		}
	}
	if auxiliaries[at(0)] {
		return KindYesNo, ""
	}
	return KindWhat, ""
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

// bareName reads a name alone with a question mark ("kestrel analytics?",
// "sentaro??") as "what is X": chat asks what a name is by typing it. The
// words must all be ones the articles write only with a capital, a name
// of theirs, two to four of them (a single word alone is as often the
// topic of a follow-up: "and kessby?").
func (e *Engine) bareName(text string) string {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, "?") {
		return ""
	}
	t = strings.TrimRight(t, "?! ")
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		if !isLetters(w) || e.vocab.capital[lw] == "" || e.vocab.lower[lw] > 0 {
			return ""
		}
	}
	return "what is " + t
}

// describedSpeaker is the one person the articles describe by every word
// of the speaker of a "what did X say" question given as someone's
// relation ("Trump's son in law": Kushner, "Jared Kushner, President
// Trump's son-in-law"), by their surname as the articles write it; ""
// otherwise.
func (e *Engine) describedSpeaker(speaker string) string {
	// of a person's possessive only: "the German chancellor", "Kiev's
	// president" are titles, read as such (whoIs, describes)
	i := strings.Index(speaker, "'s ")
	if j := strings.Index(speaker, "’s "); i < 0 || j >= 0 && j < i {
		i = j
	}
	if i < 0 {
		return ""
	}
	owner := lastWord(speaker[:i])
	if ot := e.analyze(owner); len(ot) != 1 || e.people[ot[0].Term] == nil || e.isPlace(owner) {
		return ""
	}
	toks := e.analyze(speaker)
	if len(toks) < 2 {
		return ""
	}
	found := ""
	for surname, d := range e.people {
		if slices.ContainsFunc(toks, func(t index.Token) bool { return t.Term == surname }) {
			continue // one the speaker names: "Trump" is not "Trump's son in law"
		}
		if !slices.ContainsFunc(toks, func(t index.Token) bool { return !d[t.Term] }) {
			if found != "" {
				return "" // describes two
			}
			found = surname
		}
	}
	if found == "" {
		return ""
	}
	if name := e.vocab.capital[found]; name != "" {
		return name
	}
	// a surname the index stems ("Reyes": "rey"): the capitalised word of
	// the articles that analyses to it, the first in order
	name := ""
	for w, c := range e.vocab.capital {
		if t := e.analyze(w); len(t) == 1 && t[0].Term == found && (name == "" || c < name) {
			name = c
		}
	}
	return name
}

// countNearest is the least GloVe similarity of the articles' word a
// counted noun none of them uses is read as.
const countNearest = 0.5

// vagueNouns stand for whatever is meant (kinds.txt).
var vagueNouns = cueSet("vague-noun-words")

// analyse turns a validated question into terms with weights.
func (e *Engine) analyse(text string) question {
	typed := text
	text, corrected, forms := e.reading(text)
	text = afterGistCue(text)
	if t := definitionAfter(text); t != "" {
		text, corrected = t, true // "ocha = ?", "refugio andino is what exactly", "flyfair who"
	} else if t := e.bareName(text); t != "" {
		text, corrected = t, true // "kestrel analytics?"
	} else if t := trailingAsk(text); t != "" {
		text, corrected = t, true // "total aftershocks since tuesday?? how many"
	}
	if t := stanceAsked(text); t != "" {
		text, corrected = t, true // "what did kushner make of the meeting": what Kushner said about it
	}
	if c := asCount(text); c != "" {
		text, corrected = c, true // "what's the vote count": "how many vote"
	}
	if strings.Contains(text, "'s ") || strings.Contains(text, "’s ") {
		// (a relation of a person is possessive: no second reading of
		// most questions)
		if k, speaker := classify(countryUS(text)); k == KindSaid && speaker != "" {
			if name := e.describedSpeaker(speaker); name != "" {
				// "what did trumps son in law say": what Kushner said, read so
				text, corrected = strings.Replace(text, speaker, name, 1), true
			}
		}
	}
	q := question{text: text, typed: typed, words: chatWords(text), vec: sentenceVector(text, e.common), corrected: corrected, countVerb: -1, dateVerb: -1}
	q.future = asksFuture(&q)
	q.grades = gradesQuestion(&q)
	text = countryUS(text)
	q.kind, q.speaker = classify(text)
	q.rate = q.kind == KindHowMany && asksRate(&q)
	q.stranded = q.kind == KindSaid && saidStranded(q.words)
	framing := map[string]bool{} // "which *article mentions* …": the form of the question
	if at := articleAsked(q.words); at >= 0 {
		q.asksArticle, q.asksArticles = true, strings.HasSuffix(q.words[at], "s")
		q.asksTopic = at+1 < len(q.words) && topicVerbs[q.words[at+1]] || at+2 < len(q.words) && q.words[at+2] == "about"
		q.asksQuoted = at+1 < len(q.words) && quoteVerbs[q.words[at+1]] // "which articles quote kushner"
		framing[q.words[at]], framing[q.words[at+1]] = true, true
		q.countsArticles = q.kind == KindHowMany
	}
	q.extent = asksExtent(q.words)
	if w := q.words; q.kind == KindHowMany && len(w) > 1 && w[0] == "how" {
		q.measure = measureOf(w[1]) // "how deep": a figure with its unit
	}
	if q.kind == KindSaid && e.articleSpeaks(q.speaker) {
		// "what does the first article say the deal hinges on": an article
		// says it in its own words, not in a quotation of someone
		q.kind, q.speaker = KindWhat, ""
	}
	toks := e.s.Analyze(text) // not remembered: questions are many and varied
	// its words in lower case, as typed: split once for the readings below
	lower := strings.Fields(strings.ToLower(text))
	if w := lower; len(w) > 1 && (w[0] == "which" || w[0] == "what") && len(toks) > 0 && !auxiliaries[w[1]] && !getPassive[w[1]] {
		q.head = toks[0].Term
	}
	q.focus = focusOf(text, toks)
	if q.head != "" && q.focus != "" {
		// "which shipping *line* …": the head of a compound right after
		// "which" is its last noun, not "shipping" (a noun past a verb,
		// "which one calls starmer *keir*", is none of it)
		// nor a verb after the noun, which focusOf may take for the
		// focus: "which firm *runs* the trams", "which ship *struck* the
		// bank" ask for a firm, a ship
		for i := 1; i < min(len(toks), 3) && toks[i].Position == toks[i-1].Position+1; i++ {
			w := strings.ToLower(text[toks[i].Start:toks[i].End])
			next, _ := nextWord(text[toks[i].End:])
			if toks[i].Term == q.focus && !presentVerb(w) && !pastVerb(w) && !nounOpeners[next] {
				q.head = q.focus
			}
		}
	}
	if q.focus == "" && q.kind == KindWhat {
		q.focus = e.bareNounFocus(q.words, toks) // "latest death toll?": the noun asked about
	}
	if q.focus == "" && q.kind == KindWhat {
		q.focus = e.knownNounFocus(q.words, toks) // "anyone know a good pizza place": a place
	}
	if q.asksArticle && len(toks) > 0 && q.focus == toks[0].Term {
		q.focus = "" // "which article …" asks for an article, and the articles are known
	}
	for _, t := range toks {
		if t.Term == q.focus && getFold(vagueNouns, text[t.Start:t.End]) {
			q.focus = "" // "what stuff did they go over": no kind of answer named
			break
		}
	}
	for i := 1; i < len(toks) && q.focus != ""; i++ {
		if toks[i].Term == q.focus && toks[i-1].Position+1 == toks[i].Position {
			if w := strings.ToLower(text[toks[i-1].Start:toks[i-1].End]); !lexicon.IsFunctionWord(w) && !adjectiveLike(w) && !e.isNumberWord(w) {
				q.focusMod = toks[i-1].Term
			}
			break
		}
	}
	if w := q.words; q.kind == KindWhere && len(w) > 2 && w[0] == "where" && w[1] == "in" && (e.isPlace(w[2]) || e.vocab.capital[w[2]] != "") {
		q.within = true // "where in paris was it held"
	}
	if w := strings.Fields(strings.ToLower(strings.TrimRight(text, "?!. "))); len(w) > 2 && (w[0] == "what" || w[0] == "whats" || w[0] == "what's" || w[0] == "what’s") {
		last := w[len(w)-1]
		q.naming = last == "called" || last == "named" || last == "dubbed" || w[len(w)-2] == "known" && last == "as"
	}
	if q.kind == KindWhat && !q.naming {
		q.figure = figureAsked(text, q.words) // "what share of members …": a percentage
	}
	if w := q.words; q.kind == KindSaid && len(w) > 2 && w[0] == "what" {
		// "what did the minister say the number of injured was": what
		// was said is a figure
		q.figure = cmp.Or(figureBefore(w[2:]), moneyVerbIn(w[2:]))
	}
	if w := activeVerb(q.words); w != "" {
		// "what *sparked* a firm rebuke", "what *caused* the collapse",
		// "what could *weaken* the deal": what did it is the verb's
		// subject ("what happened" asks of an event)
		if t := e.s.Analyze(w); len(t) == 1 {
			q.active = t[0].Term
		}
	}
	if w := lower; len(w) > 2 && w[0] == "what" {
		// "what was *set* aside …", "what topic got *set* aside …", "what
		// has been *agreed*": the answer is the passive's subject
		for i := 1; i <= 2 && i+1 < len(w); i++ {
			if !copulas[w[i]] && !getPassive[w[i]] && w[i] != "has" && w[i] != "have" {
				if auxiliaries[w[i]] || stopLike[w[i]] {
					break
				}
				continue // the noun asked about: "what *topic* got …"
			}
			v := w[i+1]
			if (w[i] == "has" || w[i] == "have") && v == "been" && i+2 < len(w) {
				v = w[i+2]
			} else if w[i] == "has" || w[i] == "have" {
				break // "what has X done": active
			}
			if pastVerb(v) || participles[v] {
				if t := e.s.Analyze(v); len(t) == 1 {
					q.passive = t[0].Term
				}
			}
			break
		}
	}
	// an outlet named in several words is a source, as one of one word is
	// ("what did the andes wire piece say"), no word of the answer
	outletAt, outletArts := e.outletTokens(toks)
	if len(outletArts) > 0 {
		q.outlets = outletArts
	}
	var present [][2]int
	if q.kind == KindHowMany {
		// "how many were sick *at first*": which report of the count, no
		// word of what it counts ("initially expected to be represented"
		// is a word of what a "who" question asks)
		present = cueSpans(text, "present", "earliest-report", "final-report")
	} else {
		present = presentSpans(text)
	}
	if at, _ := findCue(q.words, "earliest-report"); at >= 0 {
		q.report = earliestReport
	} else if at, _ := findCue(q.words, "latest-report"); at >= 0 || len(present) > 0 {
		q.report = latestReport
	} else if at, _ := findCue(q.words, "final-report"); at >= 0 {
		q.report = latestReport
	}
	if at, _ := findCue(q.words, "state-again"); at >= 0 {
		q.stateAgain = true // "is the ferry running again": as it is now
	}
	if at, _ := findCue(q.words, "outcome-report"); at >= 0 && outcomeVerb(&q, at) {
		q.outcome = true // "how did the strike end": as it came out
	}
	// "is it true that …", "true or false": the asker's frame for a claim,
	// no word of it (kinds.txt [claim-frame])
	present = append(present, cueSpans(text, "claim-frame", "idiom")...) // "why did it break *in the first place*"
	first := true
	saidForm := false // the verb of saying that makes a "what did X say" question is passed
	seen := map[string]bool{}
	n := float64(max(e.s.Docs(), 1))
	if len(toks) > 0 {
		q.terms = make([]qterm, 0, len(toks)) // (a term is large: one allocation, not one a doubling)
	}
	for k, t := range toks {
		word := text[t.Start:t.End]
		lw := strings.ToLower(word)
		if outletAt[k] {
			first = false
			continue
		}
		if yesNoTail[lw] && strings.HasSuffix(strings.TrimRight(strings.ToLower(text[:t.Start]), " "), " or") && strings.Trim(text[t.End:], " ?!.") == "" {
			continue // "… or not", "… or nah": the chat tag that asks whether, no word of its content
		}
		if negWords[lw] || strings.HasSuffix(lw, "n't") {
			q.negated = true
		}
		initial := first
		first = false
		if lw == "going" && futureGoing(text[t.End:]) {
			continue // "how is X *going* to help": the future, as "will" is (a later "go" still counts)
		}
		if indefinites[lw] {
			continue // "did *anyone* find …": stands for the answer, names nothing
		}
		if getPassive[lw] && k+1 < len(toks) && pastVerb(strings.ToLower(text[toks[k+1].Start:toks[k+1].End])) {
			continue // "how many *got* hurt", "who got arrested": the passive's auxiliary, as "were" is
		}
		if slices.ContainsFunc(present, func(s [2]int) bool { return t.Start >= s[0] && t.End <= s[1] }) {
			continue // "how many died *right now*": the asker's time (kinds.txt [present])
		}
		if kindNouns[lw] && strings.HasPrefix(strings.ToLower(text[t.End:]), " of ") && wh(text[:t.Start]) {
			q.asksKind = true
			continue // "what *kind* of guarantees": the question word, "what guarantees"
		}
		if framing[lw] {
			delete(framing, lw) // once: "which article talks about the *talks*"
			continue
		}
		if q.kind == KindWhen && whenNouns[lw] && ofWhenNoun(text[:t.Start]) {
			continue // "what day of the *week*": the form of the question, as "what day"
		}
		if initial && imperatives[lw] && len(q.words) > 0 && q.words[0] == lw {
			continue // "*list* the countries that …", "*give* me the …": the request, not its content
		}
		if seen[t.Term] {
			continue
		}
		seen[t.Term] = true
		if arts := e.outlets[t.Term]; len(arts) > 0 && (isCapital(word) || e.s.DocFreq(t.Term) == 0) {
			q.outlets = arts // a source, not a word of the answer
			continue
		}
		if arts := e.outletOnly(t.Term, lw); len(arts) > 0 {
			q.outlets = arts // "the tidende article": a word only an outlet's name uses, the outlet
			continue
		}
		if q.naming && namingWords[lw] {
			continue // "what is the force *called*": the form of the question
		}
		if q.kind == KindSaid && lexicon.AsksForWords(lw) && !saidForm {
			saidForm = true // "what did X *say* …", but not "… are *meant* to do"
			continue
		}
		if q.measure != "" && measureOf(lw) == q.measure {
			// "how *deep*": the form of the question, and what it asks
			// about, read as the noun the articles use for it ("depth")
			if m := e.measureNoun(lw); m != "" && !seen[m] {
				seen[m] = true
				q.terms = append(q.terms, qterm{term: m, word: m, typed: word, normalised: word, idf: idf(n, float64(e.s.DocFreq(m)))})
			}
			continue
		}
		if causativeGet(lw, text[t.End:]) {
			continue // "did they *get* it free": the word after its object says what was done
		}
		if formWords[q.kind][lw] && !(lw == "long" && asksLength(q.words)) || lw == "according" {
			continue // "how many", "what did X say": the form of the question, not its content
		}
		if fillerWords[lw] && !isCapital(word) {
			continue // "why did they collapse *tho*", "so what did he *actually* say": chat filler, no word of what is asked
		}
		if vagueNouns[lw] && endsNounPhrase(text[t.End:]) && !wh(text[:t.Start]) {
			// "the paris *thing*", "the security *stuff* they agreed":
			// it stands for whatever is meant, and matches nothing
			// ("really", "sure"); but after "what" it may be the verb
			// ("what *matters* most"), and before a noun an adjective
			// ("a *kind* gesture")
			continue
		}
		qt := qterm{term: t.Term, word: word, typed: word, normalised: word, entity: isCapital(word) && !initial}
		if f, ok := forms[lw]; ok {
			qt.typed, qt.normalised = f.typed, f.normalised
		}
		qt.vec, _ = lexicon.Default().Vector(lw)
		if q.speaker != "" && strings.Contains(strings.ToLower(q.speaker), lw) && namesSpeaker(q.speaker, lw) && !describedSpeaker(q.speaker, lw, e.people[t.Term] == nil) {
			// "what did zelenskyy say": the speaker, however typed; but a
			// noun for a person no one the articles name is called, with
			// words before it or plural ("what did washingtons *guy* say",
			// "ppl"), is no name
			qt.entity = true
		}
		if q.kind == KindWho && !qt.entity && pluralNoun(lw) {
			q.plural = q.plural || strings.Contains(" were are ", " "+strings.Fields(strings.ToLower(text) + " x")[1]+" ") || whoNouns[lw]
		}
		if initial && isCapital(word) && !auxiliaries[lw] && !imperatives[lw] && !lexicon.IsFunctionWord(lw) {
			qt.entity = true // "Zelensky said what?", "Merz …"
		}
		if !qt.entity && (e.people[t.Term] != nil && !commonWord(lw) && (e.vocab.capital[lw] != "" || !lexicon.IsWord(lw)) || e.isPlace(word)) {
			// "who called starmer incredible": a name, typed in lower case;
			// not a common English word the articles also use in a name
			// ("river" of "the Loa River"), nor an English word they
			// write mostly in lower case ("steel bridges", though a
			// "Bridges Trust" be named) or never alone ("meadow", of
			// "Wend Meadows")
			qt.entity = true
		}
		if !qt.entity && lexicon.IsName(lw) && !fillerWords[lw] {
			// "did turkish rescuers …": a name English only ever
			// capitalises, typed in lower case; as it may be a chat word
			// SCOWL capitalises or a capital standing for its government,
			// the evidence weighs it
			// and no rule declines for it alone
			qt.entity, qt.lowerName = true, true
		}
		if e.titles[t.Term] {
			qt.entity = false // "the British PM": a title, capitalised or not, names no one
		}
		if qt.entity && k+1 < len(toks) && toks[k+1].Position == t.Position+1 && !isCapital(text[toks[k+1].Start:toks[k+1].End]) {
			qt.setting = e.isPlace(word)
		}
		if qt.entity && !qt.setting {
			if qt.head, qt.phrase = nameHead(text, toks, k); qt.head != "" {
				if ht := e.analyze(qt.head); len(ht) == 1 {
					qt.headTerm = ht[0].Term
				} else {
					qt.head, qt.phrase = "", ""
				}
			}
		}
		df := e.s.DocFreq(t.Term)
		qt.alts = append(qt.alts, e.s.Synonyms(t.Term)...)
		if df == 0 {
			if v := e.variantTerms(lw); len(v) > 0 {
				// "epicenter" where the articles write "epicentre"
				qt.alts = append(qt.alts, v...)
				qt.spellings = v
				df = e.bestDF(v)
			} else if infl := e.inflectedTerms(lw); len(infl) > 0 {
				// "how will violations be dealt with" where the articles
				// write "deal": one word, irregularly inflected
				qt.alts = append(qt.alts, infl...)
				qt.spellings = infl
				df = e.bestDF(infl)
			} else if full := e.acronyms[lw]; len(full) > 0 && len(lw) <= maxAcronym && (word != lw || !commonWord(lw)) {
				// "EU" for the European Union the articles name in full; a
				// common word typed in lower case is itself ("go over", not
				// the initials of "Glaring Omission")
				qt.alts = append(qt.alts, full...)
				qt.expansion = full
				df = e.bestDF(full)
				qt.entity = true
			} else if full := e.acronymTerms(lw); len(full) > 0 && (word != lw || !commonWord(lw)) {
				// "who is the ceo" where the articles name the "chief
				// executive": an English acronym (WordNet's) the
				// articles write out
				qt.alts = append(qt.alts, full...)
				df = e.bestDF(full)
			} else if gov := e.capitalTerms(lw); len(gov) > 0 && !getFold(placePreps, lastWord(text[:t.Start])) {
				// "berlin's attitude": a capital no article names stands
				// for its country's government, as Washington does; but
				// "in Lima" is the city, where nothing the articles tell
				// happened
				qt.alts = append(qt.alts, gov...)
				df = e.bestDF(gov)
				qt.entity, qt.capital = true, true
			} else if near := e.nearTerms(word); len(near) > 0 {
				qt.alts = append(qt.alts, near...)
				qt.spellings = near
				df = e.bestDF(near)
				qt.entity = qt.entity || !e.titles[t.Term] // a misspelled name ("grinkevich"), typed in lower case or not
			} else if len(qt.alts) > 0 {
				df = e.bestDF(qt.alts)
			}
		} else if full := e.acronyms[lw]; len(full) > 1 && len(lw) <= maxAcronym && initials(e.vocab.capital[lw]) && (word != lw || !commonWord(lw)) {
			// "the CAA inquiry" where a passage writes "the Civil
			// Aviation Authority": an acronym the articles use stands
			// for their name of its initials, written out, too (all
			// its words together: cover); but "tell us" is no US
			qt.expansion = full
			qt.entity = true
		}
		before := strings.ToLower(lastWord(text[:t.Start])) // the word before, read by the particle and the verb tests
		if !qt.entity && !articles[before] && !determiners[before] && !possessives[before] {
			// a word after a determiner is a noun, whose next word is
			// no particle of it: "the water *down* in the valley", "the
			// back up generator"
			qt.particle = phrasalParticle(lw, text[t.End:])
		}
		if !qt.entity && !e.titles[t.Term] {
			// the articles' words for nearly the same thing match it, but
			// a word no article uses still counts as unknown: it may be
			// paraphrase or what the articles do not cover, which the
			// evidence weighs
			// a verb alone, not one with its particle ("dug out" is no
			// "tunnel"), matches its WordNet relatives too
			qt.soft = e.softAlts(qt, qt.alts, qt.particle == "" && readAsVerbWith(lw, before, e.holdsNumber))
			if len(qt.soft) == 0 {
				// "how much is being *held up*": a verb GloVe puts
				// near no word of the articles (the commonest
				// verbs, whose meaning is in their particle) is read
				// with its particle as one verb, by its synonyms
				for _, a := range e.phrasalAlts(lw, text[t.End:]) {
					if a.term != qt.term && !slices.Contains(qt.alts, a.term) {
						qt.soft = append(qt.soft, a)
					}
				}
			}
		}
		if df == 0 && len(qt.soft) == 0 {
			if g := e.regrouped(lw); g != "" {
				// "the 2500 bucks": the articles' "$2,500", the same
				// figure grouped otherwise, said in other words
				qt.soft = []termAlt{{term: g, w: 1}}
			}
		}
		if df == 0 && len(qt.soft) == 0 && !qt.entity && !e.titles[t.Term] {
			qt.weak = e.weakAlts(qt)
		}
		if df == 0 {
			qt.unknown = true
			q.unknown = append(q.unknown, word)
			qt.idf = idf(n, 1) // a word no passage has: it matters, but matches nothing
		} else {
			qt.idf = idf(n, float64(df))
		}
		if !qt.entity {
			qt.idf *= specificity(lw)
		}
		q.terms = append(q.terms, qt)
	}
	if adverbs := speechAdverbs(&q); len(adverbs) > 0 {
		// "did merz *ever* say …": whether or how X said it, no word of
		// what X said, which the passage and the verdict's clause must hold
		q.terms = slices.DeleteFunc(q.terms, func(t qterm) bool { return !t.entity && slices.Contains(adverbs, strings.ToLower(t.word)) })
	}
	for i := range q.terms {
		q.terms[i].meaning = aligns(&q.terms[i])
		q.terms[i].title = !q.terms[i].entity && e.titleWord(q.terms[i].word, q.terms[i].term)
	}
	q.indexTerms()
	if len(q.outlets) == 0 {
		// "who contributed reporting to the first article": by when it
		// came out, not by "first" in a headline
		q.named = e.articleByOrder(q.words)
	}
	if q.named == nil {
		q.named = e.articleByHeadline(&q) // the words naming it are searched for too: they may be the topic
	}
	if q.kind == KindHowMany && q.measure == "" {
		q.counted, q.countVerb = countedNoun(text, q.terms)
		if c := q.counted; c != nil && c.unknown && len(c.soft) == 0 && c.vec != nil {
			// "how many riders": a noun no article uses, nor a word near
			// it by soft matching's bar, counts as the articles' word
			// nearest it, if near at all ("passengers", 0.53)
			if near := e.soft.nearestFrom(strings.ToLower(c.word), c.vec, countNearest); len(near) > 0 {
				c.alts, c.soft = append(c.alts, near[0].term), append(c.soft, near[0])
				q.indexTerms()
			}
		}
		if q.counted != nil && !meansPerson(strings.ToLower(q.counted.word)) {
			// "how many people died": of people, the numbers a passage
			// gives are of many things they do; of "powers" or
			// "countries", what the question says is often paraphrased
			q.countVerb = -1
		}
	}
	if q.kind == KindWhen {
		// the first verb of the question's words ("when did the power
		// *come* back on"): what a date must be said of
		for i, t := range q.terms {
			if w := strings.ToLower(t.word); !t.entity && (lexicon.IsVerb(w) || pastVerb(w)) && !q.afterNounMarker(w) && !nounForm(w) {
				q.dateVerb = i
				break
			}
		}
	}
	if q.kind == KindWho && len(q.terms) > 0 {
		q.role = false
		hasTitle, others := false, false
		for kt := range q.terms {
			t := &q.terms[kt]
			switch {
			case e.roleWord(*t):
				hasTitle = true
			case e.isPlace(t.word) || isDemonym(t.word) || countryWord(t.word) || t.entity && e.isPlace(strings.TrimSuffix(t.word, "s")) || getFold(whereNouns, t.word) || t.unknown && !t.entity:
				// a place, "frances" for "France's" too, or a word for one
				// ("the governor of the Antofagasta *region*")
			case getFold(roleTime, t.word):
				// "the current president": when, not which office
			case !t.entity && (e.beforeTitle(q.words, t.word) || e.ofTitle(q.words, t.word)):
				// "health minister", "army chief", "the leader of the
				// council": a noun that qualifies the title is part of
				// the role
				q.roleMods = append(q.roleMods, t.term)
			default:
				others = true
			}
		}
		q.role = hasTitle && !others
	}
	if q.kind == KindWho && !q.role {
		q.nameOf, q.nameWord = e.nameOf(q.words)
		if at, _ := findCue(q.words, "lead-question"); at >= 0 {
			q.leads = true
		}
	}
	if q.kind == KindWhat && len(q.terms) > 1 && getFold(roleNouns, q.terms[len(q.terms)-1].word) {
		// "what's Carney's job", "what is Witkoff's role": who he is, by
		// what the articles call him
		named := true
		for _, t := range q.terms[:len(q.terms)-1] {
			named = named && t.entity
		}
		if named {
			q.kind, q.terms, q.asksJob = KindWho, q.terms[:len(q.terms)-1], true
			q.indexTerms()
		}
	}
	if at := doesDoAt(q.words); q.kind == KindWhat && at > 0 {
		// "what does Kieran Doyle do (for the council)": his work, who
		// he is by what the articles call him, as "who is Kieran Doyle"
		// asks ("The council's head of structures, Kieran Doyle"); "what
		// did he do" asks for a deed
		asked := q.words[2:at]
		var named []qterm
		for kt := range q.terms {
			t := &q.terms[kt]
			if slices.Contains(asked, strings.ToLower(t.word)) {
				named = append(named, *t)
			}
		}
		nameOnly := len(named) == len(asked) // every word between "does" and "do" the name's: not "what is X going to do"
		if nameOnly && len(named) > 1 && !slices.ContainsFunc(named, func(t qterm) bool { return !t.entity }) {
			// (a full name, a person's: "what does SkyDesk do" asks what
			// a system does)
			q.kind, q.terms = KindWho, named
			q.indexTerms()
		}
	}
	if q.kind == KindWho && len(q.terms) > 0 {
		// "who is Jared Kushner?" names someone; "who is the Canadian PM?"
		// names a role; "who even is Kushner": the chat's filler names
		// no one and is no part of what is asked
		q.defines = true
		var names []qterm
		for kt := range q.terms {
			t := &q.terms[kt]
			if !t.entity && getFold(fillerWords, t.word) {
				continue
			}
			names = append(names, *t)
			q.defines = q.defines && t.entity && !e.titles[t.term] && e.roleTerms(t.word, t.term) == nil && !e.isPlace(t.word) && !isDemonym(t.word)
		}
		if q.defines = q.defines && len(names) > 0; q.defines && len(names) < len(q.terms) {
			q.terms = names
			q.indexTerms()
		}
	}
	if q.kind == KindWhere && len(q.terms) == 1 && q.terms[0].entity && e.isPlace(q.terms[0].word) && len(q.words) > 1 && (copulas[q.words[1]] || q.words[0] == "where's" || q.words[0] == "wheres") {
		// "where is Calama": where the place itself lies, which the
		// articles say in an apposition ("Calama, a city … on the edge
		// of the Atacama Desert"), not where something happened in it
		q.locates = true
	}
	q.described, q.alikeTitles = e.describedOf(&q)
	if q.countsArticles {
		// "how many articles mention greenland": found as "which
		// articles …" are (its words read as "how many" reads them), then
		// counted
		q.kind, q.asksArticles, q.counted, q.countVerb = KindWhat, true, nil, -1
	}
	q.body = e.bodySpeaker(&q) // (its kind as read at last)
	q.free = newFreeMemo(q.terms, q.words)
	return q
}

// capitalTerms returns, for a country's capital (lexicon.CapitalOf), the
// analysed words of its country's names that the articles use; nil for a
// word that is no capital.
func (e *Engine) capitalTerms(lw string) []string {
	country := lexicon.CapitalOf(unpossessed(lw))
	if country == "" {
		return nil
	}
	var out []string
	for _, w := range append([]string{country}, lexicon.CountryWords(country)...) {
		// names of one term only: "New Zealand" is not "new"
		if t := e.analyze(w); len(t) == 1 && e.s.DocFreq(t[0].Term) > 0 && !slices.Contains(out, t[0].Term) {
			out = append(out, t[0].Term)
		}
	}
	return out
}

// roleWord reports whether a question word is a title, of either kind:
// in a "who" question every title names a role ("who is the mayor of
// Paris"), not only those that are titles in any question (titles.txt).
func (e *Engine) roleWord(t qterm) bool {
	return e.titleWord(t.word, t.term)
}

// titleWord reports whether a word (with its analysed term) is a title:
// one of the articles' titles or of titles.txt.
func (e *Engine) titleWord(word, term string) bool {
	return e.titles[term] || lexicon.IsTitle(strings.ToLower(word))
}

var roleTime = cueSet("role-time-words") // kinds.txt

// genericPeople are the nouns of people in general, whom a count by its
// verb counts ("how many people died": the death toll): closed class.
var genericPeople = wordSet("people persons person individuals humans folks")

// endsNounPhrase reports whether rest, what follows a noun, ends its
// phrase: nothing, a function word or a verb ("the paris thing", "the
// stuff they agreed"), not another noun ("a kind gesture").
func endsNounPhrase(rest string) bool {
	next, _ := nextWord(rest)
	return next == "" || lexicon.IsFunctionWord(next) || lexicon.IsVerb(next)
}

// ofTitle reports whether word is what a title in the question's words is
// of: "council" in "who is the leader of the council".
func (e *Engine) ofTitle(words []string, word string) bool {
	lw := strings.ToLower(word)
	for i, w := range words {
		if w != lw || i < 2 {
			continue
		}
		k := i - 1
		if words[k] == "the" && k > 1 {
			k--
		}
		return words[k] == "of" && e.titleWord(words[k-1], termOf(e, words[k-1]))
	}
	return false
}

// beforeTitle reports whether word stands right before a title in the
// question's words ("health" in "who is the health minister").
func (e *Engine) beforeTitle(words []string, word string) bool {
	lw := strings.ToLower(word)
	for i, w := range words[:max(len(words)-1, 0)] {
		if w == lw {
			next := words[i+1]
			return e.titleWord(next, termOf(e, next))
		}
	}
	return false
}

// articleSpeaks reports whether the X of a "what did X say" question is an
// article or an outlet ("the pledge article", "newslooks", "reuters'
// story"), not a person.
func (e *Engine) articleSpeaks(speaker string) bool {
	for _, w := range chatWords(speaker) {
		if articleNouns[w] {
			return true
		}
	}
	toks := e.analyze(speaker)
	for _, t := range toks {
		// an outlet's name, as an outlet is told from a word (as analyse
		// does): capitalised, or a word no article uses
		if w := speaker[t.Start:t.End]; len(e.outlets[t.Term]) > 0 && (isCapital(w) || e.s.DocFreq(t.Term) == 0) {
			return true
		}
	}
	_, arts := e.outletTokens(toks) // or named in several words: "the pacific ledger"
	return len(arts) > 0
}

// articleAsked is where in words the article noun of a question asking
// which article says something stands ("which article mentions …", "what
// story says …", "which news articles cover …"), its verb right after it;
// -1 when the question asks no such thing ("which story did he tell",
// "what pieces of equipment").
func articleAsked(words []string) int {
	from := 1
	if len(words) > 3 && words[0] == "how" && words[1] == "many" {
		from = 2 // "how many articles mention greenland": which, counted
	} else if len(words) < 3 || words[0] != "which" && words[0] != "what" {
		return -1
	}
	if from+2 < len(words) && words[from] == "of" && determiners[words[from+1]] {
		from += 2 // "which of the articles …", "how many of the stories …"
	}
	for i := from; i < min(from+2, len(words)-1); i++ {
		if articleNouns[words[i]] {
			if articleVerbs[words[i+1]] || i+2 < len(words) && (beForms[words[i+1]] && words[i+2] == "about" || phrasalMention[words[i+1]] == words[i+2]) {
				return i // "which article mentions …", "which story is about …", "which piece brings up …"
			}
			return -1
		}
	}
	return -1
}

// phrasalMention are the verbs that say "mention" with their particle
// ("which article brings up mark carney", "refers to"), each with it.
var phrasalMention = map[string]string{"bring": "up", "brings": "up", "brought": "up", "refer": "to", "refers": "to", "referred": "to"}

// kindNouns make, after "what" or "which" and before "of", the question
// word: "what kind of guarantees" asks what guarantees.
var kindNouns = wordSet("kind kinds sort sorts type types")

// wh reports whether the words before end on "what" or "which".
func wh(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	return len(f) > 0 && (f[len(f)-1] == "what" || f[len(f)-1] == "which")
}

// roleNouns ask, after a name, for what the person is: "what's Carney's
// *job*" (a closed class of English nouns for a post).
var roleNouns = wordSet("job role title position post occupation profession")

// articleVerbs say what an article does with what it reports ("which
// article *mentions* …"): the form of a question asking which article.
var articleVerbs = wordSet("mention mentions mentioned cover covers covered say says said talk talks talked report reports reported discuss discusses discussed describe describes described focus focuses focused quote quotes quoted cite cites cited name names named feature features featured")

// quoteVerbs ask which articles give someone's words.
var quoteVerbs = wordSet("quote quotes quoted cite cites cited")

// topicVerbs say what an article is about, not what it mentions.
var topicVerbs = wordSet("focus focuses focused")

// articleNouns name an article ("the pledge article"), not a person or a
// source quoted in one ("sources close to …", "the report's authors").
var articleNouns = wordSet(articleNounList)

const articleNounList = "article articles piece pieces story stories"

// namesSpeaker reports whether a word of a "what did X say" question's X
// is a name, however typed: X is no description ("the pledge article",
// "the coalition statement"), which a determiner opens.
func namesSpeaker(speaker, lw string) bool {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(speaker)), " ")
	switch first {
	case "the", "a", "an", "this", "that", "his", "her", "their", "its":
		return false
	}
	return true
}

// focusMarks makes a question's apostrophes plain and its question marks
// and commas spaces, for focusOf.
var focusMarks = strings.NewReplacer("’", "'", "?", " ", ",", " ")

// focusOf finds the noun a "which X …" or "what is the X …" question asks
// about, analysed ("which *hotel*", "what is the *budget* for …"): the last
// word before a verb, preposition or auxiliary, past words that only frame
// the question ("what kind of *help*"). It is "" for other questions.
func focusOf(text string, toks []index.Token) string {
	w := strings.Fields(strings.ToLower(focusMarks.Replace(text)))
	var rest []string
	switch {
	case len(w) > 1 && w[0] == "what" && finiteAfterWhat(w):
		return "" // "what happens next", "what comes after": "what" is the subject, no noun asked about
	case len(w) > 1 && (w[0] == "which" || w[0] == "what") && !auxiliaries[w[1]] && !getPassive[w[1]]:
		rest = w[1:]
	case len(w) > 2 && (w[0] == "what's" || w[0] == "whats") && (w[1] == "the" || w[1] == "a"):
		rest = w[2:]
	case len(w) > 3 && w[0] == "what" && copulas[w[1]] && (w[2] == "the" || w[2] == "a"):
		rest = w[3:]
	default:
		return ""
	}
	copula := len(rest) < len(w)-1 // "what is the X …", "what's the X …"
	focus := ""
	for i, word := range rest {
		if word == "of" && frameNouns[focus] {
			focus = "" // "what kind of …": the noun after
			continue
		}
		if copula && i > 0 && ((pastVerb(word) || progressive(word)) && verbLacksObject(rest[i+1:]) || prepositions[word] && strandedAfter(rest[i:])) {
			// "what is the monitoring setup *supposed* to do", "what r the
			// local kids *up to*", "what was the ship *carrying*": the
			// noun is the subject, and "what" the object of its verb; no
			// noun is asked about (but "the article *linked* at the
			// bottom", "the question mark *hanging* over the plan":
			// the verb's phrase is whole, and qualifies the noun)
			return ""
		}
		if auxiliaries[word] || stopLike[word] || i > 0 && (pastForm(word) || progressive(word) || prepositions[word] || lexicon.IsFunctionWord(rest[i-1]) && presentVerb(word)) {
			// ("what's the weather *like* in paris": the weather; "what
			// kinds of help *besides* troops": help; "what cargo still
			// *gets* through": cargo; an irregular past, by WordNet's
			// exception lists, as a regular one: "which two councillors
			// *sat* the vote out", "what is the fund *meant* to cover")
			break
		}
		if i > 0 && lexicon.IsFunctionWord(word) {
			continue // "what cargo *still* gets through"
		}
		if i > 0 && focus != "" && lexicon.IsFunctionWord(rest[i-1]) && lexicon.IsAdjective(word) {
			continue // "what's the mayor so *mad* about": the mayor, not a kind of thing (but "which council *official*": the official)
		}
		focus = word
	}
	if focus == "" || frameNouns[focus] || elseWords[focus] {
		return "" // "what kind of", "what else": no noun asked about
	}
	for _, t := range toks {
		if strings.EqualFold(strings.TrimSuffix(text[t.Start:t.End], "'s"), focus) {
			return t.Term
		}
	}
	return ""
}

// verbLacksObject reports whether words, after a participle, leave it
// without its object: none follow, or "to" and a verb do ("supposed to
// do"; but "leading to the airport"), or a preposition left stranded
// ("looking for in the rubble").
func verbLacksObject(words []string) bool {
	if len(words) == 0 {
		return true
	}
	if words[0] == "to" {
		if len(words) < 2 {
			return true
		}
		_, verb := lexicon.VerbBase(words[1])
		return verb || auxiliaries[words[1]] || words[1] == "be"
	}
	return prepositions[words[0]] && (len(words) == 1 || prepositions[words[1]])
}

// strandedAfter reports whether words, from a preposition on, are only
// prepositions: one left at the question's end ("up to", "about"), its
// object the question word; but "like" asks what the noun before it is
// like ("what's the weather like": the weather).
func strandedAfter(words []string) bool {
	if words[0] == "like" {
		return false
	}
	for _, w := range words {
		if !prepositions[w] {
			return false
		}
	}
	return true
}

// activeVerb is the verb a "what" question asks the subject of, read
// from its words w as corrected ("what *sparked* a rebuke", "wat
// *cuased* the delay"), with "what" first or right after a verb of saying
// ("X said what *depends* on …"): a past or present form right after
// "what", or a verb's base form after "what" and a modal ("what could
// *weaken* the deal"); not an auxiliary, a passive's "got", a verb of
// saying, nor a word that asks when; "" for none.
func activeVerb(w []string) string {
	if i := slices.Index(w, "what"); i > 0 && lexicon.IsSayingVerb(w[i-1]) {
		w = w[i:] // "zelensky said *what* depends on …": what was said, asked the same
	}
	if len(w) < 3 || w[0] != "what" {
		return ""
	}
	v := w[1]
	if modals[w[1]] && len(w) > 3 && lexicon.IsVerbBase(w[2]) && !lexicon.IsFunctionWord(w[2]) {
		v = w[2]
	} else if !pastForm(v) && !presentVerb(v) {
		return "" // a verb's past or present ("what *depends* on …")
	}
	if auxiliaries[v] || beForms[v] || getPassive[v] || lexicon.IsSayingVerb(v) || formWords[KindWhen][v] {
		return ""
	}
	return v
}

// presentVerb reports whether w is a verb in the present's third person,
// of a word mostly used as a verb ("gets", "hangs"; not "jobs"), or the
// plural of a noun spelt as such a verb ("guarantees"): focusOf takes it
// for the verb only after an adverb ("what cargo still *gets* through").
func presentVerb(w string) bool {
	base, ok := lexicon.VerbBase(w)
	return ok && (w == base+"s" || w == base+"es")
}

// irregularForm reports whether v, a form of the verb base, is one that
// no ending makes: a past ("caught", "fell", "drove"), as "-ed" makes
// the regular ones.
func irregularForm(v, base string) bool {
	return v != base && !strings.HasSuffix(v, "ing") && !strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ed")
}

// finiteAfterWhat reports whether the word after "what" is the question's
// verb, in the present or the past ("what *happens* next", "what *caused*
// the delay"), not a noun the question asks about ("what plans did they
// agree": an auxiliary follows the noun).
func finiteAfterWhat(w []string) bool {
	v := strings.Trim(w[1], "?!.,")
	base, ok := lexicon.VerbBase(v)
	if auxiliaries[v] || !ok || !(pluralNoun(v) || pastVerb(v) || irregularForm(v, base)) {
		return false
	}
	return len(w) == 2 || !auxiliaries[w[2]]
}

// bareNounFocus is the noun a question that is only a noun phrase asks
// about ("latest death toll?", "curfew hours"): its last word, or the
// word before the first preposition, whose phrase qualifies it ("best
// empanadas *in* santiago?": empanadas, not Santiago), where no question
// word or verb stands among its words; else "". A noun no article uses is
// the focus too: the evidence declines what no article speaks of.
func (e *Engine) bareNounFocus(words []string, toks []index.Token) string {
	if len(words) == 0 || len(words) > maxBareNoun || len(toks) == 0 {
		return ""
	}
	head := ""
	for i, w := range words {
		if i > 0 && prepositions[w] && head == "" {
			// "best empanadas in santiago?": a noun phrase with a
			// phrase after it asks about its noun, not the phrase's
			if t := e.analyze(words[i-1]); len(t) == 1 {
				head = t[0].Term
			}
			continue
		}
		if questionWords[w] || auxiliaries[w] || stopLike[w] || pastVerb(w) || lexicon.IsFunctionWord(w) && w != "the" {
			return ""
		}
	}
	if head != "" {
		return head
	}
	return toks[len(toks)-1].Term
}

// knownNounFocus is the noun a question asks for when it asks whether
// someone knows one of a kind, "(does) anyone know a good pizza place in
// town", "u know any decent X": the head of the indefinite noun phrase
// after "know", as "what is a good pizza place" asks for a place; "" for
// any other question ("anyone know when …" asks what its clause does).
func (e *Engine) knownNounFocus(words []string, toks []index.Token) string {
	i := slices.Index(words, "know")
	if i < 1 || i+2 >= len(words) || !askers[words[i-1]] || !someOf[words[i+1]] {
		return ""
	}
	head := ""
	for _, w := range words[i+2:] {
		if prepositions[w] || lexicon.IsFunctionWord(w) || auxiliaries[w] || pastVerb(w) {
			break // "… place *in* town", "… place *that* delivers"
		}
		head = w
	}
	if head == "" {
		return ""
	}
	if t := e.analyze(head); len(t) == 1 && slices.ContainsFunc(toks, func(k index.Token) bool { return k.Term == t[0].Term }) {
		return t[0].Term
	}
	return ""
}

// askers are the subjects of "… know X?" that address the reader ("anyone
// know", "u know"); someOf the determiners of a noun phrase that asks for
// one of a kind: closed classes.
var (
	askers = wordSet("anyone anybody someone somebody you u ya")
	someOf = wordSet("a an any some")
)

// maxBareNoun is the most words of a question read as a noun phrase alone.
const maxBareNoun = 4

// measureNoun returns the analysed term of the first noun kinds.txt's
// [measure-noun] gives adjective adj that the articles use ("deep":
// "depth"), or "".
func (e *Engine) measureNoun(adj string) string {
	for _, line := range cueLists["measure-noun"] {
		if len(line) < 2 || line[0] != adj {
			continue
		}
		for _, n := range line[1:] {
			if t := e.analyze(n); len(t) == 1 && e.s.DocFreq(t[0].Term) > 0 {
				return t[0].Term
			}
		}
	}
	return ""
}

// modifiedNoun reports whether w, after a participle, is the noun it
// qualifies: a plural or a word for people.
func modifiedNoun(w string) bool {
	return pluralNoun(w) && !pastVerb(w) || meansPerson(w)
}

// pastVerbAfter reports whether a verb in the past stands among words.
func pastVerbAfter(words []string) bool {
	for _, w := range words {
		if pastVerb(strings.Trim(w, "?,.!")) {
			return true
		}
	}
	return false
}

// measures are the dimensions kinds.txt gives adjectives and units for.
var measures = []string{"length", "size", "force", "weight", "heat", "age", "frequency"}

// measureWords and unitWords are, by dimension, its adjectives ("deep")
// and units ("kilometres"), kinds.txt.
var measureWords, unitWords = func() (map[string]map[string]bool, map[string]map[string]bool) {
	adj, unit := map[string]map[string]bool{}, map[string]map[string]bool{}
	for _, m := range measures {
		adj[m], unit[m] = cueSet("measure-"+m+"-words"), cueSet("unit-"+m+"-words")
	}
	return adj, unit
}()

// measureOf returns the dimension an adjective names ("deep": "length"),
// the first kinds.txt gives it to, or "".
func measureOf(w string) string {
	for _, m := range measures {
		if measureWords[m][w] {
			return m
		}
	}
	return ""
}

// countedNoun finds the term a "how many" question counts: the last of
// the words after "how many" before an auxiliary verb or a preposition,
// or before a function word that no verb in the past follows ("how many
// dead *so far*"); and the index of the verb in the past that follows it
// ("how many people *died*"), or -1.
func countedNoun(text string, terms []qterm) (*qterm, int) {
	words := strings.Fields(strings.ToLower(text))
	var last, verb string
	var run []string // the words after "how many", up to a verb or a preposition
	for i := 0; i < len(words); i++ {
		if (words[i] == "many" || words[i] == "much") && i > 0 && words[i-1] == "how" {
			rest := words[i+1:]
			for k, w := range rest {
				w = strings.Trim(w, "?,.!")
				passive := auxiliaries[w] || getPassive[w] // "were", "got": the verb follows
				if last != "" && !passive && !stopLike[w] && lexicon.IsFunctionWord(w) && !pastVerbAfter(rest[k+1:]) {
					break // "how many dead *so far*": what is counted ends at a function word, unless its verb is still to come ("how many people who died")
				}
				if last != "" && words[i] == "much" && presentVerb(w) {
					break // "how much cargo *goes* through": what "how much" measures is a mass, its verb agrees in the singular
				}
				if !passive && pastVerb(w) && k+1 < len(rest) && modifiedNoun(strings.Trim(rest[k+1], "?,.!")) && len(run) > 0 && !slices.ContainsFunc(run, modifiedNoun) {
					// "how many nuclear *armed* countries", "how many
					// badly *damaged* homes": a participle between the
					// words that qualify a noun and the noun qualifies it
					// too (after the noun, it is its verb: "how many
					// countries *sent* reps"; first, the deed counted:
					// "how many injured people", as "how many were
					// injured")
					last = w
					run = append(run, w)
					continue
				}
				if passive || stopLike[w] || pastVerb(w) {
					switch {
					case last == "" && passive && participleAfter(rest[k+1:]) != "":
						verb = participleAfter(rest[k+1:]) // "how many were *injured*", "have been *rescued*": who is understood
					case last == "" && !passive && pastVerb(w):
						verb = w // "how many *died*"
					case last == "":
					case passive && participleAfter(rest[k+1:]) != "":
						verb = participleAfter(rest[k+1:]) // "how many people were *injured*", "had been *found*"
					case !passive && pastVerb(w):
						verb = w // "how many people *died*"
					}
					break // "how many countries *sent* reps"
				}
				last = w
				run = append(run, w)
			}
			break
		}
	}
	// the last plural or word for people of the run, where a verb in the
	// present follows it ("how many *people* live in Calama"); else its
	// last word ("how many nuclear *weapons*")
	for _, w := range run {
		if pluralNoun(w) || meansPerson(w) {
			last = w
		}
	}
	if h := slices.Index(words, "how"); last == "" && h >= 2 && (words[0] == "of" || words[0] == "out" && words[1] == "of") {
		last = strings.Trim(words[h-1], "?,.!") // "of the dead how many lived in calama": the dead are counted
	}
	var counted *qterm
	if i := termIndex(terms, last); last != "" && i >= 0 {
		counted = &terms[i]
	}
	verbAt := -1
	if verb != "" {
		verbAt = termIndex(terms, verb)
	}
	return counted, verbAt
}

// participleAfter is the verb in the past that words (lower case, the
// words after an auxiliary) open with, past any further auxiliaries of a
// perfect or a passive (forms of "be", "get": "*injured*" of "injured so
// far", "*rescued*" of "been rescued"), a regular past or an irregular
// form ("been *taken*"), also one that is a verb's base too ("been
// *found*": verbInflection), its marks trimmed; "" when another word
// comes first.
func participleAfter(words []string) string {
	for _, w := range words {
		w = strings.Trim(w, "?,.!")
		if auxiliaries[w] || beForms[w] || getPassive[w] {
			continue
		}
		if pastVerb(w) || verbInflection(w) {
			return w
		}
		break
	}
	return ""
}

// adjectiveLike reports whether w looks like an adjective, no noun that
// names a kind of the next: a superlative or comparative ("best",
// "biggest", "longer"), or a word made of a country ("french").
func adjectiveLike(w string) bool {
	return strings.HasSuffix(w, "est") || strings.HasSuffix(w, "er") && len(w) > 4 || lexicon.IsCountryWord(w) || w == "worst" || w == "main" || w == "new" || w == "old"
}

// commonWord reports whether w (lower case) is a common English word, not
// a name: SCOWL gives it in lower case and it is among GloVe's
// commonWordRank most frequent words ("river", "city", "brown").
func commonWord(w string) bool {
	r, ok := lexicon.Default().Rank(w)
	return ok && r < commonWordRank && lexicon.IsWord(w) && !lexicon.IsName(w)
}

// nameHead is the common noun that ends the name the k-th of toks is a
// word of ("Castle Street", "Loa airport"), looked for among the three
// words after it, past other names, and the name's words through it, all
// lower case; "" when none follows.
func nameHead(text string, toks []index.Token, k int) (head, phrase string) {
	words := []string{strings.ToLower(text[toks[k].Start:toks[k].End])}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].Position == toks[j-1].Position+1; j++ {
		w := strings.ToLower(text[toks[j].Start:toks[j].End])
		words = append(words, w)
		if lexicon.IsFunctionWord(w) {
			return "", ""
		}
		if lexicon.IsWord(w) && !lexicon.IsName(w) {
			return w, strings.Join(words, " ")
		}
	}
	return "", ""
}

// commonWordRank bounds the words commonWord takes for common: "putin"
// (about 2 600th, and a name to SCOWL) or "carney" (21 000th) are not.
const commonWordRank = 5000

// specificity weighs a word by how rare it is in English at large: a word
// the articles seldom use may still be the asker's filler ("actually",
// "anyone", "know"), which GloVe's frequency ranks tell apart from a word
// of substance ("guarantees"). It is log(1+rank)/log(1+specificRank),
// at most 1; words GloVe lacks (names, rare words) weigh 1.
func specificity(word string) float64 {
	r, ok := lexicon.Default().Rank(word)
	if !ok {
		if stem, clitic := splitClitic(word); clitic != "" {
			// GloVe's tokens split "wasn't" into "was" and "n't", and
			// "Ukraine's" into "Ukraine" and "'s": a contraction weighs
			// as the word it stands for ("not"), a possessive as its
			// owner, not as a rare word
			if clitic == "n't" {
				stem = "not"
			}
			return specificity(stem)
		}
		return 1
	}
	return min(1, math.Log1p(float64(r))/math.Log1p(specificRank))
}

// splitClitic splits a word at its English clitic: "wasn't" into "was"
// and "n't", "Ukraine's" into "Ukraine" and "'s" (either apostrophe);
// clitic is "" when the word has none.
func splitClitic(word string) (stem, clitic string) {
	w := strings.ReplaceAll(word, "’", "'")
	if strings.HasSuffix(w, "n't") && len(w) > 3 {
		return w[:len(w)-3], "n't"
	}
	if i := strings.LastIndexByte(w, '\''); i > 0 && i >= len(w)-3 {
		return w[:i], w[i:]
	}
	return word, ""
}

// specificRank is the frequency rank from which a word weighs in full.
const specificRank = 40000

func idf(n, df float64) float64 {
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// progressive reports whether w is a verb's -ing form ("wearing",
// "doing"): after the noun of "what was the president wearing", the verb
// said of it, not the thing asked about.
func progressive(w string) bool {
	return len(w) > 5 && participle(w)
}

// participle reports whether w (lower case) is a verb's -ing form, the
// present participle progressive and beforeParticipleClause read ("adding",
// "wearing"), and no preposition in -ing ("including", "following":
// preposition-words).
func participle(w string) bool {
	return len(w) > len("ing") && strings.HasSuffix(w, "ing") && lexicon.IsVerb(w) && !prepositions[w]
}

// ofWhenNoun reports whether text (a question up to a word) ends on a
// noun of time and "of" ("what day of the …", "what time of …"): the noun
// after it only says which kind of time is asked.
func ofWhenNoun(text string) bool {
	w := strings.Fields(strings.ToLower(text))
	if n := len(w); n >= 2 && w[n-1] == "the" {
		w = w[:n-1]
	}
	n := len(w)
	return n >= 2 && w[n-1] == "of" && whenNouns[w[n-2]]
}

// outcomeVerb reports whether the outcome word at q.words[at] is the
// question's verb: not the noun after a determiner ("who spoke at *the
// end* of the summit"; but "what happened in the end" is "finally"), and
// not in a question that asks a place, a person or a time ("*where* did the
// march end").
func outcomeVerb(q *question, at int) bool {
	switch q.kind {
	case KindWhere, KindWho, KindWhen:
		return false
	}
	if at == 0 {
		return true
	}
	prev := strings.ToLower(q.words[at-1])
	if nounOpeners[prev] || articles[prev] {
		return prev == "the" && at >= 2 && strings.ToLower(q.words[at-2]) == "in"
	}
	return true
}

// causativeGet reports whether w is "get" made causative by an object
// pronoun and a word after it ("get it free", "got them out", "getting
// her home"): the verb only says it was brought about, and what was is
// the word after the pronoun ("freed", "out"). That word is a particle,
// an adjective or a participle that ends the phrase; not a preposition
// ("get them *from*"), nor a word opening a second object ("get them *new*
// homes", "get them *the* papers").
func causativeGet(w, after string) bool {
	if !getForms[w] {
		return false
	}
	obj, rest := nextWord(after)
	if !objectPronouns[strings.Trim(obj, ",.?!")] {
		return false
	}
	next, rest := nextWord(rest)
	next = strings.Trim(next, ",.?!")
	switch {
	case next == "":
		return false
	case particles[next] || phrasalParticles[next] || next == "home":
		return true
	case prepositions[next] || nounOpeners[next]:
		return false
	case lexicon.IsAdjective(next):
		// an adjective before a noun opens an object: "new homes"
		w2 := strings.ToLower(firstWord(rest))
		return w2 == "" || lexicon.IsFunctionWord(w2)
	}
	return true
}

var (
	getForms       = wordSet("get gets got gotten getting")
	objectPronouns = wordSet("it them him her us me everyone everybody") // a closed class
)

// describedSpeaker reports whether lw, a word of the speaker a "what did X
// say" question names, describes a person rather than names one: a noun
// for a person (WordNet) no one in the articles is called (unnamed), after
// other words ("washingtons *guy*", "the *officer*") or plural ("ppl"). A
// bare singular one is a surname as often ("what did *smith* say",
// "baker", "hunter") and stays a name.
func describedSpeaker(speaker, lw string, unnamed bool) bool {
	if !unnamed || !lexicon.IsPersonNoun(lw) {
		return false
	}
	if len(strings.Fields(speaker)) > 1 {
		return true
	}
	for _, b := range lexicon.Inflected(lw) {
		if b != lw && lexicon.IsPersonNoun(b) {
			return true // "people" → "person"
		}
	}
	// "people", the plural of "person" WordNet's exception lists leave out
	return lw == "people" || strings.HasSuffix(lw, "s") && lexicon.IsPersonNoun(strings.TrimSuffix(lw, "s"))
}

// doesDoAt is where the "do" of "what does X do" stands in a question's
// words (its first after X), X one word or more, with nothing after it but a
// preposition's phrase ("what does Kieran Doyle do for the council"):
// present and simple, the question asks for X's work, the way "what do
// you do" does; -1 for other questions ("what did X do", "what does X
// do about it" are deeds).
func doesDoAt(words []string) int {
	if len(words) >= 4 && words[0] == "what" && words[1] == "is" && words[len(words)-1] == "do" {
		return len(words) - 1 // "whats greta vollan do": chat for "what does she do"
	}
	if len(words) < 4 || words[0] != "what" || words[1] != "does" && words[1] != "do" {
		return -1
	}
	for k := 3; k < len(words); k++ {
		if words[k] != "do" {
			continue
		}
		if k+1 == len(words) || (words[k+1] == "for" || words[k+1] == "at") {
			return k
		}
		return -1
	}
	return -1
}

// modifiesNext reports whether words[i], a noun, qualifies the noun
// right after it, the head of the phrase the question asks about: a word
// of substance (no function word, verb or auxiliary) then an auxiliary
// or a copula ("what *country* flag is …", "which *city* council has …").
func modifiesNext(words []string, i int) bool {
	if i+2 >= len(words) {
		return false
	}
	next := words[i+1]
	return !stopLike[next] && !auxiliaries[next] && !lexicon.IsFunctionWord(next) && !pastForm(next) && !lexicon.IsVerb(next) && !progressive(next) && !isAdverb(next) &&
		(auxiliaries[words[i+2]] || copulas[words[i+2]])
}

// saidNounOpeners are the quantifiers before which a verb of saying is a
// noun ("no say", "any say", "more say"), and "final", as in "the final
// say" (determiners and possessives are nounOpeners): a closed class.
var saidNounOpeners = wordSet("no any more some much little final")

// regrouped is a whole number of four digits or more (lw) as the articles
// write it where they write it grouped otherwise and never as typed:
// without the commas that group its thousands ("2500") where they write
// them ("$2,500"), or with them where they do not; else "". A figure is
// the same figure whichever way it is grouped, and English writes it both
// ways (news prose most often with commas, a chat without).
func (e *Engine) regrouped(lw string) string {
	bare := strings.ReplaceAll(lw, ",", "")
	if len(bare) < 4 || e.vocab.count[lw] > 0 || strings.ContainsFunc(bare, func(r rune) bool { return r < '0' || r > '9' }) {
		return ""
	}
	grouped := bare[:(len(bare)-1)%3+1]
	for i := len(grouped); i < len(bare); i += 3 {
		grouped += "," + bare[i:i+3]
	}
	for _, form := range []string{grouped, bare} {
		if form != lw && e.vocab.count[form] > 0 {
			return form
		}
	}
	return ""
}
