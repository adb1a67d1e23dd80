// Messages that ask the bot for a task ("help me fix my code"), not a question of the articles.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// Task is the act of small talk of a message that asks the bot for a task
// other than answering from the articles: "write me a poem", "can you
// write a poem", "recommend a good book". Nothing in the articles answers
// it, though its words may match theirs ("write" found "Writing on
// Telegram").
const Task = "task"

var (
	requestDoings    = cueSet("request-doings-words")
	requestObjects   = cueSet("request-object-words")
	requestGives     = cueSet("request-gives-words")
	requestOwn       = cueSet("request-own-words")
	requestChat      = cueSet("request-chat-words")
	requestAddressee = cueSet("request-addressee-words")
)

// asksTask reports whether a message, read as q, asks the bot for a
// task (kinds.txt [request-*]): past filler, one-word greetings and a lead
// ("i want you to", "can you"), an English verb in its base form that is
// none of the bot's doings ("write", "recommend", "fix"), then its object
// ("me a poem", "a good book", "my code"), whose head noun (the last word
// before a preposition, a function word or the end) is no word of the
// articles (q.unknown) and names nothing the bot gives ("a list", "a
// summary"). A question after it is asked ("call me crazy but *did*
// germany …", "write me a poem about *who* refused"); a thing of the
// articles is asked of ("reach a deal?", "can u drink the tap water": the
// asker's verb, a question with its subject left out). "help me" is read
// by what follows it: "help me fix my code" and "help me with my essay"
// ask a task, "help me understand the deal" a question. One of the bot's
// own imperatives before "me" ("tell me a joke") asks a task only where its
// object ends the message (tellsMe). words are the message's talkWords.
func asksTask(q *question, words []string) bool {
	told := false // one of the bot's own imperatives, before "me" or "us"
	for len(words) > 0 && (smallTalkFiller[words[0]] || smallTalkPhrases[words[0]] == Greeting) {
		words = words[1:]
	}
	if n := leadLen(words, "request-lead"); n > 0 {
		words = words[n:]
	}
	for len(words) > 0 && smallTalkFiller[words[0]] {
		words = words[1:] // "can you pls write …"
	}
	if len(words) >= 2 && words[0] == "help" && asker(words[1]) {
		words = words[2:]
		if len(words) > 0 && words[0] == "to" {
			words = words[1:]
		}
		if len(words) >= 2 && words[0] == "with" && requestOwn[words[1]] {
			words = words[1:] // "help me with my essay": the asker's own thing
		} else if len(words) == 0 || !isTaskVerb(words[0]) {
			return false // "help me understand the deal", "help me with the guarantees"
		} else {
			words = words[1:] // "help me fix my code": the verb helped to
		}
	} else {
		told = tellsMe(words)
		if len(words) < 2 || !isTaskVerb(words[0]) && !verbBeforeObject(words) && !told {
			return false
		}
		words = words[1:]
	}
	if len(words) > 0 && strings.HasPrefix(words[0], "you'") {
		// "pretend you're putin": "you" and the auxiliary the
		// contraction holds ("are", "will", "would": any, as read below)
		words = slices.Concat([]string{"you", "are"}, words[1:])
	}
	if len(words) == 0 || !requestObjects[words[0]] && !requestAddressee[words[0]] {
		return false
	}
	for i, w := range words {
		if questionWords[w] || auxiliaries[w] && i > 0 && !relativeWordSet[words[i-1]] && !pronouns[words[i-1]] {
			return false // a question after it: the message asks that
		}
	}
	if requestAddressee[words[0]] {
		// "pretend you are putin": the bot itself is asked to be or do
		// something, in a clause of its own (not "thank you so much")
		return len(words) >= 2 && (auxiliaries[words[1]] || lexicon.IsVerb(words[1]))
	}
	head, whole := taskObjectHead(words)
	if told && (!whole || head == "" || slices.ContainsFunc(words, func(w string) bool { return indefinites[w] })) {
		// "tell me a fact about the troops": what the bot tells, of a
		// topic after it, asks of that topic; "tell me this" asks it;
		// "tell me something interesting" asks for whatever the
		// articles hold (an indefinite pronoun names no thing)
		return false
	}
	if head == "" {
		// "translate this to french", "translate it": a thing of the chat
		// (what the bot or the asker wrote), no thing of the articles; not
		// where a particle follows it, a phrasal verb's ("break it down")
		return requestChat[words[0]] && (len(words) == 1 || len(words) > 2 && prepositions[words[1]] && !prepositions[words[2]])
	}
	return !requestGives[head] && slices.ContainsFunc(q.unknown, func(u string) bool {
		return strings.EqualFold(u, head)
	})
}

// tellsMe reports whether words open on one of the bot's own imperatives
// ("tell", "give", "show", "find") before "me" or "us", then more words
// ("tell me a joke"): a task where that object is no thing of the articles
// and ends the message, as asksTask reads it; not "tell me about …",
// "tell me who …" nor "tell me a fact about the troops", which ask.
func tellsMe(words []string) bool {
	return len(words) >= 3 && imperatives[words[0]] && asker(words[1])
}

// verbBeforeObject reports whether words open on a verb by their order: a
// word of English's nouns or verbs, none of the bot's doings, before "me"
// or "us" ("book me a flight", "order me a pizza": by WordNet's counts
// "book" and "order" are mostly nouns, which no object pronoun follows).
func verbBeforeObject(words []string) bool {
	w := words[0]
	if len(words) < 2 || !asker(words[1]) ||
		requestDoings[w] || imperatives[w] || questionWords[w] || lexicon.IsFunctionWord(w) {
		return false
	}
	if _, ok := lexicon.AuxBase(w); ok {
		return false
	}
	return lexicon.IsVerb(w) || lexicon.KinOf(w) != nil
}

// requestVerb reports whether w, before the words rest, is the verb of a
// request by its place: a verb before "me" or "us", the asker ("get me the
// gist", "show us a recap"), which asks and names no topic.
func requestVerb(w string, rest []string) bool {
	return len(rest) > 0 && asker(rest[0]) && !lexicon.IsFunctionWord(w) && lexicon.IsVerb(w)
}

// asker reports whether w is the asker as an object: "me" or "us".
func asker(w string) bool { return w == "me" || w == "us" }

// taskObjectHead is the head noun of the object phrase words open with, and
// whether the phrase ends the words (filler aside: "a joke pls"):
// past "me", "us", determiners and possessives (request-object-words), the
// last word before a function word, a preposition or the end, filler
// aside ("poem" of "me a poem about the summit", "book" of "a good book on
// ukraine", "code" of "my code pls"); "" when none stands there ("this to
// french").
func taskObjectHead(words []string) (string, bool) {
	i := 0
	for i < len(words) && requestObjects[words[i]] {
		i++
	}
	head := ""
	for ; i < len(words); i++ {
		w := words[i]
		if lexicon.IsFunctionWord(w) || prepositions[w] {
			break
		}
		if !smallTalkFiller[w] && smallTalkPhrases[w] == "" {
			head = w // (not "pls" of "my code pls")
		}
	}
	return head, i == len(words)
}

// isTaskVerb reports whether w is an English verb's base form that is none
// of the bot's doings, auxiliaries and question words aside.
func isTaskVerb(w string) bool {
	if requestDoings[w] || imperatives[w] || questionWords[w] {
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
