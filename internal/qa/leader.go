// "Who leads X": leader nouns and the passages that give a leader.

package qa

import (
	"slices"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// notLeader is typeWho's most for a passage that gives no one as a
// leader, of a question that asks who leads something.
const notLeader = 0.5

// namesLeader reports whether text gives a person as a leader: after a
// noun for one (a kind of leader by WordNet, personkinds.txt, or
// kinds.txt [lead-nouns]: "Council leader Aisha Brannigan", "Its managing
// director, Carl Whitmore") or "led by" ([lead-before]), or followed by
// an apposition that holds such a noun ("Kenji Morimoto, the Japanese
// team leader") or by ", who heads" ([lead-after]).
func (e *Engine) namesLeader(q *question, text string) bool {
	lower := lowerASCII(text)
	for _, n := range e.names(text) {
		before := strings.TrimRight(lower[:n.start], " ,")
		if leaderNoun(lastWord(before)) {
			return true
		}
		for _, cue := range leadBefore {
			if strings.HasSuffix(before, cue) {
				return true
			}
		}
		if end := appositionEnd(text, n.end); end > n.end && !e.leadsOther(q, text[n.end:end]) {
			// "Kenji Morimoto, the Japanese team leader, said …"; not
			// "Ben Tully, leader of the council's opposition group" for
			// who is in charge of the inquiry
			for w := range strings.FieldsSeq(lower[n.end:end]) {
				if leaderNoun(strings.Trim(w, ",;:")) {
					return true
				}
			}
		}
		after := strings.TrimPrefix(lower[n.end:], ", ")
		for _, cue := range leadAfter {
			if strings.HasPrefix(after, cue+" ") {
				return true
			}
		}
	}
	return false
}

// leadsOther reports whether an apposition says whom its leader leads,
// by "of" and words none of which the question holds: "leader of the
// council's opposition group" leads no inquiry.
func (e *Engine) leadsOther(q *question, apposition string) bool {
	_, led, ok := strings.Cut(apposition, " of ")
	if !ok {
		return false
	}
	for _, t := range e.analyze(led) {
		if len(q.lookup[t.Term]) > 0 {
			return false
		}
	}
	return true
}

// leaderNoun reports whether w (lower case) is a noun for one who leads:
// a kind of leader by WordNet (personkinds.txt) or one of kinds.txt's
// [lead-nouns].
func leaderNoun(w string) bool {
	return w != "" && (leadNouns[w] || lexicon.IsKindOf(w, "leader"))
}

// leadNouns are kinds.txt's [lead-nouns].
var leadNouns = cueSet("lead-nouns")

// leadBefore and leadAfter are kinds.txt's [lead-before] and [lead-after],
// each phrase as one string.
var leadBefore, leadAfter = cuePhrases("lead-before"), cuePhrases("lead-after")

// cuePhrases are the phrases of a kinds.txt section, each as one string.
func cuePhrases(section string) []string {
	var out []string
	for _, cue := range cueLists[section] {
		out = append(out, strings.Join(cue, " "))
	}
	return out
}

// asksLeader reports whether q asks who leads something ("who runs the
// council", "whos in charge of the inquiry"); not "which country will
// lead the monitoring", which a country answers.
func asksLeader(q *question) bool {
	return q.leads && q.nameOf == "" && !q.defines && !q.wantsCountry()
}

// givesLeader reports whether the passage c, or the sentence before or
// after it in its paragraph, says that anyone leads (saysLeads): a person
// or a body, named there or not ("a US-led monitoring mechanism", "the
// mayor said"). The sentence after goes on with the one the passage names
// ("Harwick's main bus company, Wendline Buses, said … / Its managing
// director, Carl Whitmore, …").
func givesLeader(c *cand) bool {
	if saysLeads(c.p.Text) {
		return true
	}
	for _, seq := range []int{c.p.Seq - 1, c.p.Seq + 1} {
		if seq < 0 || seq >= len(c.a.Passages) {
			continue
		}
		if p := c.a.Passages[seq]; p.Block == c.p.Block && p.Kind == c.p.Kind && saysLeads(p.Text) {
			return true
		}
	}
	return false
}

// saysLeads reports whether text says that someone or some body leads,
// named or not: by a word of kinds.txt's [lead-words], alone or after a
// hyphen ("would see the US lead a truce monitoring mechanism", "the
// European-led multinational force", "under Kyiv's leadership"), by a
// noun for a leader ("the mayor said", leaderNoun; not a lawmaker's) or
// by an acronym of one ("the airline's ceo").
func saysLeads(text string) bool {
	words := strings.FieldsFunc(lowerASCII(text), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		if leadingWords[w] && leadsHere(words, i) || leaderNoun(w) && !lawmaker(w) || leaderAcronym(w) {
			return true
		}
	}
	return false
}

// leadsHere reports whether the lead word words[i] says leading where it
// stands, not another sense of it: "led to the closure" (caused), "the
// storm headed north" (went), "running for cover" (a run with no object),
// "direct flights" (the adjective), "free of charge" (but "in charge of").
func leadsHere(words []string, i int) bool {
	next, prev := "", ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	if i > 0 {
		prev = words[i-1]
	}
	w := words[i]
	switch {
	case w == "charge":
		return prev == "in"
	case w == "direct":
		return false
	case next == "to" && (w == "lead" || w == "leads" || w == "leading" || w == "led"):
		return false
	case w == "head" || w == "heads" || w == "heading" || w == "headed":
		// "headed by", "heads the agency"; not a way gone
		return next == "by" || !compassWords[next] && next != "home" && (nounOpeners[next] || !prepositions[next] && !particles[next])
	case w == "run" || w == "runs" || w == "running" || w == "ran":
		// with an object, or "by" its doer: "runs the company", "ran
		// Tidewell", "run by the council"
		return next == "by" || next != "" && (nounOpeners[next] || !lexicon.IsFunctionWord(next) && !prepositions[next] && !particles[next])
	}
	return true
}

// compassWords are the directions one heads in: "headed north".
var compassWords = wordSet("north south east west northward southward eastward westward northwards southwards eastwards westwards northeast northwest southeast southwest inland offshore")

// lawmaker reports whether w (lower case) is a noun for a lawmaker, a
// kind of leader by WordNet who sits in a body and leads none: "Senator
// Patricio Olave", "Opposition lawmakers said".
func lawmaker(w string) bool {
	return lexicon.IsKindOf(w, "lawmaker") || strings.TrimSuffix(w, "s") == "lawmaker"
}

// leaderAcronym reports whether w (lower case) is an acronym of a title
// that holds a noun for one who leads: "ceo" (chief executive officer),
// "pm" (prime minister).
func leaderAcronym(w string) bool {
	for _, full := range lexicon.Acronym(w) {
		if slices.ContainsFunc(full, leaderNoun) {
			return true
		}
	}
	return false
}

// leadingWords are kinds.txt's [lead-words].
var leadingWords = cueSet("lead-words")
