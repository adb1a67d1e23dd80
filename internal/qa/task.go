package qa

import (
	"slices"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// Task is the act of small talk of a message that asks the bot for a task
// other than answering from the articles: "write me a poem", "can u book
// me a flight", "translate this pls". Nothing in the articles answers it,
// though its words may match theirs ("write" found "Writing on Telegram").
const Task = "task"

var (
	requestDoings     = cueSet("request-doings-words")
	requestObjects    = cueSet("request-object-words")
	requestBotObjects = cueSet("request-bot-object-words")
	requestOwn        = cueSet("request-own-words")
)

// taskRequest reports whether a message's words (talkWords) ask the bot
// for a task (kinds.txt [request-*]): past filler, one-word greetings and
// a lead ("i want you to"), an English verb in its base form that is none
// of the bot's doings ("write", "translate", "fix"), then its object ("me",
// "a", "my", "this"); after a modal lead ("can you") only "me" or "us",
// since "can u drink the tap water" asks what anyone may do. "help me" is
// read by what follows it: "help me fix my code" and "help me with my
// essay" ask a task, "help me understand the deal" a question.
func taskRequest(words []string) bool {
	for len(words) > 0 && (smallTalkFiller[words[0]] || smallTalkPhrases[words[0]] == Greeting) {
		words = words[1:]
	}
	objects := requestObjects
	if n := leadLen(words, "request-lead"); n > 0 {
		words = words[n:]
	} else if n := leadLen(words, "request-modal-lead"); n > 0 {
		words, objects = words[n:], requestBotObjects
	}
	for len(words) > 0 && smallTalkFiller[words[0]] {
		words = words[1:] // "can you pls write …"
	}
	if len(words) < 2 {
		return false
	}
	verb, next := words[0], words[1]
	if verb == "help" && (next == "me" || next == "us") {
		rest := words[2:]
		if len(rest) > 0 && rest[0] == "to" {
			rest = rest[1:]
		}
		if len(rest) >= 2 && rest[0] == "with" {
			return requestOwn[rest[1]] // "help me with my essay", not "… with the guarantees"
		}
		// "help me fix my code": the verb helped to, with its object
		return len(rest) >= 2 && isTaskVerb(rest[0]) && requestObjects[rest[1]]
	}
	return isTaskVerb(verb) && objects[next]
}

// isTaskVerb reports whether w is an English verb's base form that is none
// of the bot's doings, auxiliaries and question words aside.
func isTaskVerb(w string) bool {
	if requestDoings[w] || imperatives[w] || auxiliaries[w] || questionWords[w] {
		return false
	}
	if _, ok := lexicon.AuxBase(w); ok {
		return false
	}
	return lexicon.IsVerbBase(w)
}

// leadLen is the number of words of the section's phrase that words open
// with, or 0.
func leadLen(words []string, section string) int {
	for _, p := range cueLists[section] {
		if len(words) >= len(p) && slices.Equal(words[:len(p)], p) {
			return len(p)
		}
	}
	return 0
}
