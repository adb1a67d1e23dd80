package qa

import (
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// askersTimeUnknown reports whether a question places itself in the
// asker's time (chatTimeWords: "tonight", "today"; chatTimePhrase: "this
// weekend") and asks of a thing no article speaks of, in its words or in
// others (a noun no article uses, with no near word of theirs: knownNear,
// and no verb where it stands: usedAsVerb): "whos winning the *game*
// tonight", "when does the *library* close today". News tells what
// happened; a question of the asker's evening about something it never
// names is chat, off the coverage, however many of its common words
// ("winning", "close") a passage holds. A name is left out (a place or a
// body the asker names may be the articles' under another name).
func askersTimeUnknown(q *question) bool {
	timed, thing := false, false
	for _, t := range q.terms {
		w := strings.ToLower(t.word)
		switch {
		case chatTimeWords[w] || chatTimePhrase(q.words, w):
			timed = true
		case t.unknown && !t.entity && t.near() < knownNear && !lexicon.IsFunctionWord(w) && !usedAsVerb(q, t) && !lexicon.IsAdjective(w):
			thing = true
		}
	}
	return timed && thing
}
