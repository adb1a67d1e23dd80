// The role a name's place in text gives it: scene, owner, leader, source, speaker.

package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// namesCountry reports whether a name is a country's, or countries'
// joined ("Anglo-French", "Franco-German"): a place that is no city, or
// a compound whose last part is a people's or a country's name.
func (e *Engine) namesCountry(w string) bool {
	if e.isPlace(w) && !isCity(w) {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) {
		last := w[i+1:]
		return isDemonym(last) || e.isPlace(last) && !isCity(last)
	}
	return false
}

// sceneAt reports whether the name at byte at of text is the scene of
// what the sentence tells: "in", "at", "near", "inside" or "outside" one or
// two words before it. Not "from", "to" or "into": a rebuke *from* Denmark,
// a letter *to* Merz name who gives and who gets.
func sceneAt(text string, at int) bool {
	// the last two words before at, and a third when there is one: the
	// first word of the text is read in any case
	before, first := lastFields(text[:at], 3), 0
	if len(before) == 3 {
		before, first = before[1:], -1
	}
	for i := len(before) - 1; i >= 0; i-- {
		w := before[i]
		if placePreps[w] || i == first && getFold(placePreps, w) {
			return w != "from" && w != "to" && w != "into"
		}
		if strings.ContainsAny(w, ",;:“”\"()") || isCapital(w) {
			return false // "the top general in Europe, *Alexus Grynkewich*": another phrase
		}
	}
	return false
}

// attributive reports whether the place named at n qualifies the common
// noun after it: "the *Paris* meeting", "the *Venezuela* operation"; not a
// subject before its verb ("the *Kremlin* has …", "*Russia* rejected …"),
// nor one before an adverb ("the *United Kingdom* separately committed"),
// nor one before a noun for people, whom it names ("the *US* envoys had
// joined": the US's envoys did). The word after it is a noun when it is
// no verb, or an "-ing" form (after "the Paris", "meeting" is no finite
// verb).
func attributive(text string, n span) bool {
	after := text[n.end:]
	if !strings.HasPrefix(after, " ") {
		return false // "the Kremlin’s …", "the Élysée, …"
	}
	next, _ := nextWord(after)
	next = strings.TrimRight(next, ",;:.")
	if next == "" || !isLetters(next) || isCapital(next) || lexicon.IsFunctionWord(next) || strings.HasSuffix(next, "ly") {
		return false // "the United Kingdom separately committed"
	}
	if lexicon.IsPersonNoun(strings.ToLower(next)) {
		return false // "the US envoys had joined": the people it names did it
	}
	return !lexicon.IsVerb(next) || strings.HasSuffix(next, "ing")
}

// possessiveAt reports whether a name ending at end of text is in the
// possessive: "’s" or "'s" and a space follow ("President Trump's
// son-in-law", "Chile’s rescue team").
func possessiveAt(text string, end int) bool {
	after := text[end:]
	return strings.HasPrefix(after, "’s ") || strings.HasPrefix(after, "'s ")
}

// ownerAt reports whether the word at text[start:end] is a possessive,
// "the pilots' association", "the ship's owner": it qualifies the noun it
// owns, and a name beside that is the owned thing's ("Lars Egede, a
// spokesman for the pilots' association" names no pilot). The word's
// token holds its "'s" ("pilot's"); a bare apostrophe after it is a plural
// possessive only after an "s" and when no opening quote stands earlier in
// the clause, where it closes the quote ("a new ‘harbour patrol’ Seawatch").
func ownerAt(text string, start, end int) bool {
	w := text[start:end]
	if endsGenitive(w) || possessiveAt(text, end) {
		return true
	}
	after := text[end:]
	if !strings.HasPrefix(after, "' ") && !strings.HasPrefix(after, "’ ") || !strings.HasSuffix(w, "s") {
		return false
	}
	clause := text[strings.LastIndexAny(text[:start], ".;:!?")+1 : start]
	return !strings.Contains(clause, "‘") && !strings.Contains(" "+clause, " '")
}

// endsGenitive reports whether the word w ends in the possessive's "'s"
// (straight or curly apostrophe): "pilot's", "Tidewell’s".
func endsGenitive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// placePreps are the prepositions before a name that say where something
// is; narrower than frame.go's locatives, which also take the scene-setting
// "on", "for", "with", "of".
var placePreps = wordSet("in at near from to into outside inside")

// possessive reports whether w may be a noun's possessive, its apostrophe
// typed or not: spelt as a plural ("girls": pluralNoun, which leaves out
// "its", "his", "this"), a plural's own with its bare apostrophe
// ("girls'", "pilots’"), or with the genitive's "'s" on a word that is no
// function word ("girl's", "dog’s"; "it's", "that's", "what's" are "is").
func possessive(w string) bool {
	if plural := strings.TrimRight(w, "'’"); plural != w {
		return pluralNoun(plural)
	}
	owner := unpossessed(w)
	return pluralNoun(w) || owner != w && owner != "" && !lexicon.IsFunctionWord(owner)
}

// singularOf returns the singular of w, a plural (pluralNoun): the first
// lexicon.Singulars reads of it that is a word of the dictionary
// ("ladies" → lady, "churches" → church, "girls" → girl), else w less its
// "-s".
func singularOf(w string) string {
	for s := range lexicon.Singulars(w) {
		if s != w && lexicon.IsWord(s) {
			return s
		}
	}
	return strings.TrimSuffix(w, "s")
}

// whoReach is how many words may stand between a name and the nearest
// word of the question for the name to be who it asks about.
const whoReach = 15

// passiveAsked reports whether a "who" question asks whom a deed was done
// to, in the passive: "who was captured", "who got rescued".
func passiveAsked(q *question) bool {
	w := q.words
	return len(w) >= 3 && w[0] == "who" && (copulas[w[1]] || getPassive[w[1]]) && (pastVerb(w[2]) || participles[w[2]])
}

// actsAfter reports whether name n of text (with the names coordinated
// with it) is the subject of a verb in the active voice right after it
// ("Argentina, Peru and Bolivia offered …"): one who did something.
func actsAfter(text string, n span) bool {
	rest := text[n.end:]
	if m := coordinatedNamesRE.FindStringIndex(rest); m != nil {
		rest = rest[m[1]:] // "Argentina, Peru and Bolivia offered …": past the names with it
	}
	next, _ := nextWord(rest)
	next = strings.ToLower(strings.Trim(next, ",;:.“”\"'"))
	return next != "" && (pastVerb(next) || lexicon.IsSayingVerb(next)) && !participles[next] && !copulas[next] && !getPassive[next]
}

// coordinatedNamesRE are the names coordinated after a name: ", Peru and
// Bolivia".
var coordinatedNamesRE = regexp.MustCompile(`^(?:(?:,| and|, and| or) [A-Z][\pL'’.-]*(?: [A-Z][\pL'’.-]*)*)+`)

// ledBy reports whether the name at byte at of text stands right after
// word, or word and an article: "to" names whom a deed went to ("the
// help sent to Calama"), "by" a passive's doer ("insured by the Nordic
// Shipowners' Mutual").
func ledBy(text string, at int, word string) bool {
	before := lastFieldsLower(text[:at], 2)
	n := len(before)
	return n > 0 && before[n-1] == word || n > 1 && articles[before[n-1]] && before[n-2] == word
}

// attributedTo reports whether name n of text is the source a passage
// cites with "according to" a few words before it ("…, according to the
// ship's owner, Piraeus-based Thessaly Maritime"): who says it, not who
// did it.
func attributedTo(text string, n span) bool {
	before := strings.ToLower(text[:n.start])
	i := strings.LastIndex(before, "according to ")
	return i >= 0 && wordCount(before[i:]) <= attributionReach && !strings.ContainsAny(before[i:], ".;")
}

// attributionReach is how many words "according to" and what stands
// between it and the name it cites may run to.
const attributionReach = 7

// saysOfItself reports whether the name at n of text, followed by a verb
// of saying, says something of itself: the clause it reports opens on a
// pronoun ("Belgium said it would support …", "Croatia and the Czech
// Republic said they would not deploy troops"), who is the name.
func saysOfItself(text string, n span) bool {
	after := firstFieldsLower(text[n.end:], 3)
	if len(after) < 2 || !lexicon.IsSayingVerb(strings.Trim(after[0], ",;:.“”\"'")) {
		return false
	}
	next := strings.Trim(after[1], ",;:“”\"'")
	if next == "that" && len(after) > 2 {
		next = strings.Trim(after[2], ",;:“”\"'")
	}
	return selfPronouns[next]
}

// selfPronouns open a clause a speaker reports of itself.
var selfPronouns = pronounSet(lexicon.SpeakerPronouns, "its", "their", "his", "her", "our")

// inDateline reports whether name n of text stands in the wire-style
// dateline that opens it ("KESSBY, May 9 (Coastline Press Agency) -"):
// the place the story was filed from and its outlet, who did nothing in
// it.
func inDateline(text string, n span) bool {
	return n.end <= datelineEnd(text)
}

// asksSaying reports whether a question asks who said something: a verb
// of saying among its words ("who said", "who announced", "who warned").
func asksSaying(q *question) bool {
	return slices.ContainsFunc(q.words, lexicon.IsSayingVerb)
}

// allAfter reports whether every span of spans starts at or after at, and
// there is one.
func allAfter(spans []span, at int) bool {
	for _, s := range spans {
		if s.start < at {
			return false
		}
	}
	return len(spans) > 0
}

// speaking reports whether the name at n of text says something: a verb
// of saying right before it ("said Quispe") or right after it ("Quispe
// said"); not one that demands or opposes a deed, its verb followed by
// "for" or "against" ("Colm Durrant called for Kallberg to appear …",
// "warned against …"), which is what the name did, no words it reports.
func speaking(text string, n span) bool {
	before, _ := precedingWord(text, n.start)
	after := firstFields(text[n.end:], 2)
	return before != "" && lexicon.IsSayingVerb(strings.ToLower(strings.Trim(before, ",;:“”\"'"))) ||
		len(after) > 0 && lexicon.IsSayingVerb(strings.ToLower(strings.Trim(after[0], ",;:.“”\"'"))) && !(len(after) > 1 && (after[1] == "for" || after[1] == "against"))
}

// relativeAntecedent is, where the question's words stand mostly in a
// relative clause about a person ("Witkoff, who has led talks with Russia,
// said that Trump …"), the name the clause is about, right before its
// ", who": what the clause says is said of that one, not of a name
// elsewhere in the sentence. ok is false when there is none, or the
// question names that one itself.
func (e *Engine) relativeAntecedent(q *question, text string, names, anchors []span) (span, bool) {
	for _, r := range relativeClauses(text) {
		if !strings.HasPrefix(text[r.start:], ", who ") {
			continue
		}
		inside, outside := 0, 0
		for _, a := range anchors {
			if a.start >= r.start && a.end <= r.end {
				inside++
			} else {
				outside++
			}
		}
		if inside == 0 || inside < outside {
			continue
		}
		for _, n := range names {
			if n.end == r.start && !e.mentionsEntity(q, text[n.start:n.end]) {
				return n, true
			}
		}
	}
	return span{}, false
}

// modifiesNext reports whether name n of text stands before a lower-case
// title that the next name follows ("Trump adviser Steve Witkoff",
// "Kremlin spokesman Dmitry Peskov"): it says whose the title is, and
// names no one asked for.
func (e *Engine) modifiesNext(text string, n span, rest []span) bool {
	if len(rest) == 0 {
		return false
	}
	between := strings.Fields(text[n.end:rest[0].start])
	if len(between) != 1 || !isLetters(between[0]) || isCapital(between[0]) {
		return false
	}
	w := strings.ToLower(between[0])
	t := e.analyze(w)
	return len(t) == 1 && e.titleWord(w, t[0].Term)
}

// ageApposition is the length of an age in apposition that opens s ("44,
// who drives …"), with its comma and space; 0 when s opens with none.
func ageApposition(s string) int {
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || !strings.HasPrefix(s[i:], ", ") {
		return 0
	}
	return i + 2
}
