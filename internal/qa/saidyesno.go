// Yes/no questions of what someone said: the short answer the said clause settles.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// saidSettles is the short answer to a yes/no question of what someone
// said ("did tusk n meloni say anything abt it": askedSpeaker) or of a
// claim as someone gives it ("is it smooth sailing from here according to
// starmer": saysAccording), where short, a window of text, holds a verb
// of saying outside quotation marks whose reported clause it cuts
// ("Starmer said the meeting made “excellent progress” but *cautioned*
// that “the hardest"): the clause that verb reports, "that" and quotation
// marks before it trimmed, to its sentence's end, cut to n words ("the
// hardest yards are still ahead"); what was said settles it, not that it
// was. Of several verbs of saying the last in the window that is the
// asked speaker's (saidByWho) is read, not a participle (", saying …" adds
// to the deed of its main verb, "rejected the criticism", which settles
// the question), and where the window holds its clause whole, nothing is
// cut to make room for.
// "" where the question is of another shape, no such verb stands in
// short, the verb is negated ("has *not* said that …"), its clause is
// under two words or another's attribution ("but warned, *as officials
// said*, that …"), or the words before it hold more of what the question
// asks about (its terms but the speaker's words, verbs of saying and time
// words) than the clause does.
func (e *Engine) saidSettles(q *question, text, short string, n int) string {
	if !asksYesNo(q) {
		return ""
	}
	who := askedSpeaker(q)
	if who == "" {
		who = saysAccording(q.words)
	}
	at := strings.Index(text, short)
	if who == "" || at < 0 || short == "" {
		return ""
	}
	end := at + len(short)
	words := wordSpans(short)
	for k := len(words) - 1; k >= 1; k-- {
		from, to := at+words[k][0], at+words[k][1]
		if w := sayWord(text[from:to]); !lexicon.IsSayingVerb(w) || strings.HasSuffix(w, "ing") || withinQuotes(text, from) {
			continue // (", *saying* …": a participle's clause adds to what its main verb did, "rejected the criticism")
		}
		if !e.saidByWho(who, text[at:from]) {
			continue // another's verb ("Ruiz told reporters …, but *Holm said* that …"): an earlier one may be who's
		}
		if negatedVerb(text[:from]) {
			return "" // "has *not* said that …": the clause is what was not said (re-read 28B F1)
		}
		if t := thatTaken(text, from); t > from {
			to = t // "told *the fishermen* that …": the clause, not whom it was told to
		}
		r := trimQuoteMarks(text, reportedClause(text, to))
		if i := sentenceEndIn(text, to, r.end); i >= 0 {
			r.end = i // (what the next sentence says is not what this verb reports)
		}
		if r.end <= end {
			return "" // the window holds the clause whole: nothing cut to make room for
		}
		if r.end <= r.start || wordCount(text[r.start:r.end]) < 2 || !reportedSubject(text[r.start:r.end]) || lexicon.IsSayingVerb(sayWord(lastWord(text[r.start:r.end]))) {
			return "" // ("has yet to comment *on the Paris meeting*", "said, *referring to …*": no clause reported)
		}
		topic := slices.DeleteFunc(e.saidAbout(q, who), func(i int) bool { return q.saidWhenWord(q.terms[i].word) }) // ("after the talks": when, not what about; final re-read RI F2)
		if e.askedTerms(q, topic, text[at:from]) > e.askedTerms(q, topic, text[r.start:r.end]) {
			return "" // the words before it say more of what is asked
		}
		r = cutBeforePhrase(text, r, n)
		return text[r.start:r.end]
	}
	return ""
}

// saidByWho reports whether before, the window's words up to a verb of
// saying, gives who as that verb's subject: the nearest capitalised word
// before the verb that no preposition governs and is no function word (a
// pronoun's antecedent where a pronoun stands between), or a common noun
// right before the verb, is a word of who's name or title ("Ruiz told
// reporters …, but *Holm* said": Holm's verb, not Ruiz's; "Witkoff, who
// has led talks *with Russia*, said": no word of Russia's; "Carl
// *Whitmore*, urged"; "the harbour *master* said"; re-read 28B F2, final
// re-read RI F1). "they" is no one named speaker's; a pronoun whose
// antecedent the window does not hold is read as who's; no such word:
// not who's, as far as the window says.
func (e *Engine) saidByWho(who, before string) bool {
	words := wordSpans(before)
	whoWords := strings.Fields(strings.ToLower(who))
	pronoun := false
	for k := len(words) - 1; k >= 0; k-- {
		w := strings.Trim(before[words[k][0]:words[k][1]], ",;:.“”\"'’‘()")
		lw := strings.ToLower(w)
		governed := k > 0 && prepositions[strings.ToLower(before[words[k-1][0]:words[k-1][1]])]
		if speakerPronouns[lw] {
			pronoun = true
			if lw == "they" && len(whoWords) < 2 {
				return false // (the plural for one named speaker: others)
			}
			continue // (its antecedent: the nearest name before it)
		}
		if w == "" || lexicon.IsFunctionWord(lw) || governed {
			continue
		}
		if !isCapital(w) {
			if !pronoun && k == len(words)-1 && knownNoun(lw) {
				return slices.Contains(whoWords, unpossessed(lw)) || e.titledSpeaker(who, lw) // ("the harbour *master* said")
			}
			continue
		}
		return e.speakerWord(who, w) || slices.Contains(whoWords, unpossessed(lw))
	}
	return pronoun // (a pronoun whose antecedent the window does not hold: read as who's)
}

// saysAccording is X of a question that asks a claim as X gives it: the
// words after its "according to" ("is it smooth sailing from here
// according to starmer": "starmer"), up to its end; "" where it holds no
// "according to" with a word after it.
func saysAccording(words []string) string {
	for i := 0; i+2 < len(words); i++ {
		if words[i] == "according" && words[i+1] == "to" {
			return strings.Join(words[i+2:], " ")
		}
	}
	return ""
}

// saidAbout are the indexes of the question's terms that say what a
// question of what who said asks about: not its verbs of saying, and no
// word of who's (a whole word of it, or who's name however spelled: "war"
// is no word of "Howard").
func (e *Engine) saidAbout(q *question, who string) []int {
	speaker := strings.Fields(strings.ToLower(who))
	for k, w := range speaker {
		speaker[k] = unpossessed(w)
	}
	var asked []int
	for i, t := range q.terms {
		w := strings.ToLower(t.word)
		if !lexicon.IsSayingVerb(w) && !slices.Contains(speaker, unpossessed(w)) && !e.sameName(who, t.word) {
			asked = append(asked, i)
		}
	}
	return asked
}
