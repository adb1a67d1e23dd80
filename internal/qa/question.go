// The analysed question and its terms.

package qa

import (
	"github.com/summitbot/summitbot/corpus"
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
