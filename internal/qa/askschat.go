// Questions put to the chat: "how do I", offers, the asker's words of time.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// asksTheChat reports whether a question asks those in the chat what they
// are doing or would join, an ellipsis of "is anyone …": "anyone up for
// valorant later", "anyone watching the match tonight". Its subject is the
// readers now, of whom no article speaks; not "anyone hurt?" or "anyone
// missing after the flood" (a participle or an adjective: was anyone), nor
// "anyone living by the river evacuated" (the "-ing" qualifies "anyone",
// and a verb in the past or an auxiliary after it is the question's), nor
// "anyone know …", which asks what its object or clause does. So do
// "how do i …" with a word no article uses (howDoI) and an offer, "who
// wants to …" (offersToChat).
func asksTheChat(q *question) bool {
	w := q.words
	if howDoI(w) {
		// "how do i set up a minecraft server": asks how the asker
		// does a thing, which news tells of only for what it reports;
		// with a word no article uses the thing is none of them, and
		// the chat is asked
		return slices.ContainsFunc(q.terms, func(t qterm) bool { return t.unknown })
	}
	if offersToChat(w) {
		return true
	}
	if len(w) < 3 || w[0] != "anyone" && w[0] != "anybody" {
		return false
	}
	if !(w[1] == "up" && w[2] == "for" || progressive(w[1]) && !lexicon.IsAdjective(w[1])) {
		return false
	}
	return !slices.ContainsFunc(w[2:], func(v string) bool { return pastVerb(v) || auxiliaries[v] })
}

// howDoI reports whether words open as asking how the asker does
// something: "how do i …", "how can i …".
func howDoI(w []string) bool {
	return len(w) > 3 && w[0] == "how" && (w[1] == "do" || w[1] == "can" || w[1] == "should") && w[2] == "i"
}

// offersToChat reports whether words open as an offer or an invitation
// to those in the chat: "who wants to watch a movie tonight" — whom it
// asks after is a reader, unless the articles say
// someone does the deed (chatDeedSaid: "who wants to lead the force").
func offersToChat(w []string) bool {
	return len(w) > 3 && w[0] == "who" && w[1] == "wants" && w[2] == "to"
}

// chatVerb is the position among q's words of the verb of the deed a
// question shaped as asking the chat asks about ("anyone *watching* …",
// "who wants to *watch* …"), or -1.
func chatVerb(q *question) int {
	switch {
	case howDoI(q.words):
		return -1
	case offersToChat(q.words):
		return 3
	}
	return 1
}

// chatDeedSaid reports whether a candidate holds the "-ing" verb of a
// question shaped as asking the chat together with another word of the
// question, themselves or a synonym: then the articles speak of someone
// doing it ("anyone seeking compensation from thessaly maritime": "would
// seek compensation from Thessaly Maritime"), which no one does of
// "watching the match tonight".
func chatDeedSaid(q *question, cands []*cand) bool {
	at := chatVerb(q)
	if at < 0 {
		return false // "anyone up for …", "how do i …"
	}
	verb := slices.IndexFunc(q.terms, func(t qterm) bool { return strings.ToLower(t.word) == q.words[at] })
	if verb < 0 {
		return false // "anyone up for …"
	}
	for _, c := range cands {
		has, other := false, false
		for _, tok := range c.toks {
			for _, h := range q.lookup[tok.Term] {
				if h.soft {
					continue // a neighbour in meaning is no sure word of the deed
				}
				has = has || h.i == verb
				other = other || h.i != verb
			}
		}
		if has && other {
			return true
		}
	}
	return false
}

// chatTimeWords place a chat message in the asker's time (kinds.txt);
// chatTimeNouns do so after "last", "this" or "next" ("who won the match
// *last night*": the night before the asker's, "lasting" no match of it).
var (
	chatTimeWords  = cueSet("chat-time-words")
	chatTimeNouns  = wordSet("night week weekend month year morning evening afternoon")
	chatTimeDeixis = wordSet("last this next")
	// weekdays place a question in a week as the asker's words of time
	// do: matched on its day alone ("notes from *mondays* lecture": "said
	// on Monday"), a passage says nothing else of it
	weekdays = wordSet("monday tuesday wednesday thursday friday saturday sunday")
)

// chatTimePhrase reports whether w stands among the question's words in
// a phrase of the asker's time: "last night", "this weekend", "next
// week", either word.
func chatTimePhrase(words []string, w string) bool {
	for i := 0; i+1 < len(words); i++ {
		if chatTimeDeixis[words[i]] && chatTimeNouns[strings.Trim(words[i+1], "?!.,")] && (w == words[i] || w == strings.Trim(words[i+1], "?!.,")) {
			return true
		}
	}
	return false
}

// onlyChatTimeMatched reports whether the only words of a question the
// passage matches are words of the asker's time (chatTimeWords:
// "tonight", "today", "weekend"), and the question says something else
// it does not match: what is asked about is nowhere in it.
func onlyChatTimeMatched(q *question, c *cand) bool {
	timeMatched, dayMatched, other, unknown := false, false, false, false
	for i, t := range q.terms {
		if i >= len(c.match) {
			break
		}
		w := strings.ToLower(t.word)
		switch {
		case askersTimeWord(q, w):
			timeMatched = timeMatched || c.match[i] > 0
		case weekdays[strings.TrimSuffix(w, "s")]:
			dayMatched = dayMatched || c.match[i] > 0
		case c.match[i] > 0:
			return false
		case !lexicon.IsFunctionWord(w):
			other = true
			unknown = unknown || t.unknown && !usedAsVerb(q, t)
		}
	}
	// (a day the articles name is theirs as often as the asker's: only a
	// thing no article speaks of besides it says the day is the asker's,
	// "the notes from *mondays* lecture"; "whats happening wednesday"
	// asks of theirs)
	return timeMatched && other || dayMatched && unknown
}
