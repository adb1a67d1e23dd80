// Readings of a question read once and remembered (questionReads).

package qa

import (
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// questionReads holds readings of a question that depend only on its
// words and terms, each filled on first use (question.reads): a "how
// many" or "how much" question asks them of every figure of every
// candidate, a yes/no question its speaker of every candidate. A copy of
// the question (beforeAdjunct, withoutCue) shares them while its words
// and terms are the same slices, else reads its own afresh (sameSlice).
type questionReads struct {
	words []string // what they were read from
	terms []qterm
	// later holds laterVerbs by the index of the verb among the terms
	later map[int][]qterm
	// much is muchAskedVerbs, read when muchRead
	much     []string
	muchRead bool
	// counted is the noun the question counts, in lower case, and kin
	// its WordNet rows (lexicon.KinOf), read when kinRead
	// (question.countedKin)
	counted string
	kin     lexicon.NounKin
	kinRead bool
	// verb is muchVerb(q), read when verbRead (question.muchVerbIndex)
	verb     int
	verbRead bool
	// who is askedSpeaker(q) and adverbs its speechAdverbs (before the
	// who == "" check), read when whoRead (question.askedSpeakerRead)
	who     string
	adverbs []string
	whoRead bool
	// figure is figureAskOf's answer, read when figureRead
	figure     figureAsk
	figureRead bool
	// anchor, anchorWord and anchorVerb are readAnchorVerb's answer,
	// read when anchorRead (question.anchorVerb)
	anchor     *qterm
	anchorWord string
	anchorVerb bool
	anchorRead bool
}

// reads returns q's readings, a fresh set where q's words or terms are
// not those they were read from.
func (q *question) reads() *questionReads {
	if r := q.read; r != nil && sameSlice(r.words, q.words) && sameSlice(r.terms, q.terms) {
		return r
	}
	q.read = &questionReads{words: q.words, terms: q.terms}
	return q.read
}

// sameSlice reports whether a and b are the same slice: the same length
// over the same array.
func sameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// laterVerbs is readLaterVerbs(vi), read once per question and verb.
func (q *question) laterVerbs(vi int) []qterm {
	r := q.reads()
	later, ok := r.later[vi]
	if !ok {
		if r.later == nil {
			r.later = map[int][]qterm{}
		}
		later = q.readLaterVerbs(vi)
		r.later[vi] = later
	}
	return later
}

// muchVerbs is muchAskedVerbs(q), read once per question.
func (q *question) muchVerbs() []string {
	r := q.reads()
	if !r.muchRead {
		r.much, r.muchRead = muchAskedVerbs(q), true
	}
	return r.much
}

// countedKin is the noun q counts, in lower case, and its
// lexicon.KinOf, read once per question (countsAlike asks them of every
// number's noun); "" and nil where q counts none.
func (q *question) countedKin() (string, lexicon.NounKin) {
	r := q.reads()
	if !r.kinRead {
		if q.counted != nil {
			r.counted = strings.ToLower(q.counted.word)
			r.kin = lexicon.KinOf(r.counted)
		}
		r.kinRead = true
	}
	return r.counted, r.kin
}

// muchVerbIndex is muchVerb(q), the index of a "how much" question's
// verb among its terms, read once per question (deedAt asks it of every
// figure); muchVerbs are the verbs themselves.
func (q *question) muchVerbIndex() int {
	r := q.reads()
	if !r.verbRead {
		r.verb, r.verbRead = muchVerb(q), true
	}
	return r.verb
}

// anchorVerb is readAnchorVerb(q), read once per question (verbAnchors
// asks it of every candidate of a "where" question).
func (q *question) anchorVerb() (*qterm, string, bool) {
	r := q.reads()
	if !r.anchorRead {
		r.anchor, r.anchorWord, r.anchorVerb = q.readAnchorVerb()
		r.anchorRead = true
	}
	return r.anchor, r.anchorWord, r.anchorVerb
}
