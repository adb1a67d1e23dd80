// Small talk: messages that ask nothing of the articles, and their act: greeting, thanks, about the bot.

package qa

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// KindSmallTalk is a message that asks nothing of the articles: a
// greeting, thanks, a question about the bot itself, or a task it does not
// do ("write me a poem"). Its Answer is not
// answered and holds no passage; SmallTalk says which it is, for a front
// end to reply as it sees fit.
const KindSmallTalk Kind = "small talk"

// The acts of small talk (Answer.SmallTalk).
const (
	Greeting = "greeting" // "hi", "good morning", "how are you"
	Thanks   = "thanks"   // "thx!", "thank you so much"
	AboutBot = "about"    // "who are you", "what can you do", "help"
	// Task (task.go): "write me a poem", "can you write a poem"
)

// maxSmallTalk is the most words a message of small talk runs to, its
// filler included.
const maxSmallTalk = 8

var (
	smallTalkActs = map[string]string{
		"smalltalk-greeting": Greeting,
		"smalltalk-thanks":   Thanks,
		"smalltalk-about":    AboutBot,
	}
	smallTalkFiller = cueSet("smalltalk-filler-words")
	// smallTalkPhrases maps each phrase of small talk, its words joined
	// by spaces, to its act; smallTalkLongest is the most words one has
	smallTalkPhrases, smallTalkLongest = smallTalkIndex()
	// smallTalkOpeners are the phrases' first words: a message's word
	// that opens none has no phrases joined up from it to look up
	smallTalkOpeners = func() map[string]bool {
		m := map[string]bool{}
		for k := range smallTalkPhrases {
			first, _, _ := strings.Cut(k, " ")
			m[first] = true
		}
		return m
	}()
)

// smallTalkIndex builds smallTalkPhrases and smallTalkLongest from
// kinds.txt's [smalltalk-*] sections (in a fixed order: a phrase in two
// takes the first's act).
func smallTalkIndex() (map[string]string, int) {
	m, longest := map[string]string{}, 0
	for _, section := range slices.Sorted(maps.Keys(smallTalkActs)) {
		for _, p := range cueLists[section] {
			if k := strings.Join(p, " "); m[k] == "" {
				m[k] = smallTalkActs[section]
			}
			longest = max(longest, len(p))
		}
	}
	return m, longest
}

// smallTalk returns the act of small talk a whole message is (kinds.txt
// [smalltalk-*]), its chat words read as chat.txt reads them ("u" is
// "you"; but "thx", which chat.txt drops from a question as noise, is kept
// here), with chat filler and addressing words around it ("hey bot",
// "thanks a lot lol"); "" for a message that asks or says anything more
// ("thanks to the EU, how much …"). A message of several acts ("gm
// everyone hows it going", "hi, thanks") is the first of them.
func smallTalk(text string) string { return smallTalkOf(text, talkWords(text)) }

// smallTalkOf is smallTalk of text whose talkWords are words, read once
// for smallTalk and asksTask both.
func smallTalkOf(text string, words []string) string {
	if n := strings.Count(strings.TrimSpace(text), " "); n >= maxSmallTalk {
		return "" // (most messages: no phrase compared)
	}
	if len(words) > maxSmallTalk {
		return ""
	}
	// the message read as phrases of small talk and filler words, each
	// word in one: acts[i] is the first act of a reading of words[:i]
	// ("" with filler alone), reached[i] whether there is one
	acts := make([]string, len(words)+1)
	reached := make([]bool, len(words)+1)
	reached[0] = true
	for i := range words {
		if !reached[i] {
			continue
		}
		if smallTalkFiller[words[i]] && !reached[i+1] {
			reached[i+1], acts[i+1] = true, acts[i]
		}
		for j := i + 1; j <= min(len(words), i+smallTalkLongest) && smallTalkOpeners[words[i]]; j++ {
			if act := smallTalkPhrases[strings.Join(words[i:j], " ")]; act != "" && (!reached[j] || acts[j] == "") {
				reached[j], acts[j] = true, cmp.Or(acts[i], act)
			}
		}
	}
	return acts[len(words)]
}

// talkWords are a message's lower-case words, chat words read as chat.txt
// reads them ("u" is "you"; but "thx", which chat.txt drops from a question
// as noise, is kept here).
func talkWords(text string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(plainApostrophes(text)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		if r, ok := lexicon.ChatRewrite(w); ok && r != "" {
			words = append(words, strings.Fields(strings.ToLower(r))...)
			continue
		}
		words = append(words, w)
	}
	return words
}
