// Stance questions: "what did X make of Y", "is X happy with Y".

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// stanceAsked reads a question that asks for someone's view through "make
// of" ("what did kushner make of the meeting", "what does the union make of
// the offer") as the question of what they said about it, "what did kushner
// say about the meeting": such a view is given in the holder's words, and
// "what did X say" has the answer path that reads a speaker, a topic and a
// quotation, where "make" read as a plain verb asks for a thing made. X
// is one to five words, and not the asker or the bot ("what do you make
// of it" asks the bot's view, which no article gives); only "do", "does"
// and "did" open it, so the question's tense stays what was said ("what
// will X make of Y" is left as it is: final re-read RM2, RM6). It
// returns that question, or "" where text is of no such form.
func stanceAsked(text string) string {
	fields := strings.Fields(strings.TrimRight(text, "?!. "))
	if len(fields) < 4 {
		return ""
	}
	lower := make([]string, len(fields))
	for i, f := range fields {
		lower[i] = strings.ToLower(strings.Trim(f, "?!.,"))
	}
	if lower[0] != "what" || !stanceDo[lower[1]] {
		return stanceStateAsked(fields, lower)
	}
	// "what did X make of Y": "make" then "of", X (a word or more) between
	for i := 3; i+2 < len(fields) && i-2 <= stanceHolderMax; i++ {
		if (lower[i] == "make" || lower[i] == "makes" || lower[i] == "made") && lower[i+1] == "of" {
			if i == 3 && conversationPronouns[lower[2]] {
				return ""
			}
			return "what did " + strings.Join(fields[2:i], " ") + " say about " + strings.Join(fields[i+2:], " ")
		}
	}
	return stanceStateAsked(fields, lower)
}

// stanceHolderMax is the most words X of "what did X make of Y" or "is X
// happy with Y" may have: a name with its title or a noun phrase ("the head
// of the port authority"); longer, the words before "make of" or "happy
// with" are more likely a clause of another question than one holder.
const stanceHolderMax = 5

// stanceAsides is how many adverbs or reflexives may stand between X and
// "happy with" ("is the mayor *herself really* happy with"), left out of X.
const stanceAsides = 2

// stanceDo are the forms of "do" that open "what did X make of Y".
var stanceDo = wordSet("do does did")

// conversationPronouns are the asker and the bot, whom no article quotes
// (chat's "u" and "ya" reach them as "you": lexicon.Normalize runs first).
var conversationPronouns = wordSet("you we i")

// stanceStates are the words by which a question asks whether one is
// content with a thing (kinds.txt [stance-state]): "happy with", "pleased
// about".
var stanceStates = cueLists["stance-state"]

// stanceStateAsked reads "is/are/was/were X happy / pleased / satisfied
// with Y" as "what did X say about Y": whether X is content with the thing
// is told by what X said of it, which the said path (speaker, topic,
// quotation) finds, where the plain reading looks for the state's own word
// ("happy") and finds another sentence of X's. Adverbs and a reflexive
// after X ("was the mayor herself really happy with") are left out of X.
// It returns "" where lower (the question's words, lower case, fields
// beside them) is of no such form or X would be empty or longer than
// stanceHolderMax words.
func stanceStateAsked(fields, lower []string) string {
	if !copulas[lower[0]] { // a yes/no question of a state: "is the union happy with …" (chat's "r" is "are" by now)
		return ""
	}
	for i := 2; i < len(lower) && i <= 1+stanceHolderMax+stanceAsides; i++ { // ("is", X, then adverbs or a reflexive)
		for _, st := range stanceStates {
			n := len(st)
			if i+n >= len(lower) || !slices.Equal(lower[i:i+n], st) {
				continue
			}
			end := i
			for end > 1 && (lexicon.IsAdverb(lower[end-1]) || strings.HasSuffix(lower[end-1], "self") || strings.HasSuffix(lower[end-1], "selves")) {
				end--
			}
			if end == 1 || end-1 > stanceHolderMax || !stanceHolder(lower[1:i], fields[1:i]) {
				return ""
			}
			return "what did " + strings.Join(fields[1:end], " ") + " say about " + strings.Join(fields[i+n:], " ")
		}
	}
	return ""
}

// stanceHolder reports whether words (lower case; typed, as typed), those
// between "is" and "happy with", adverbs too,
// can be whom the question asks about: no verb, "that", negation or mark
// among them ("is it true that macron was happy with", "was trump not
// happy with": another question), not an existential or empty subject
// ("are there leaders unhappy with", "is it …"), nor the asker or the bot
// (final re-read RO1).
func stanceHolder(words, typed []string) bool {
	if w := words[0]; w == "there" || w == "it" || conversationPronouns[w] {
		return false
	}
	for k, w := range words {
		if w == "" || w == "that" || w == "not" || beForms[w] || auxiliaries[w] || strings.ContainsAny(typed[k], ",;:") {
			return false
		}
	}
	return true
}
