package qa

import (
	"github.com/summitbot/summitbot/internal/lexicon"
)

// questionReads holds readings of a question that depend only on its
// words and terms, each filled on first use (question.reads): a "how
// many" or "how much" question asks them of every figure of every
// candidate. A copy of the question (beforeAdjunct, withoutCue) shares
// them while its words and terms are the same slices, else reads its own
// afresh (sameSlice, as speakerRead).
type questionReads struct {
	words []string // what they were read from
	terms []qterm
	// later holds laterVerbs by the index of the verb among the terms
	later map[int][]qterm
	// much is muchAskedVerbs, read when muchRead
	much     []string
	muchRead bool
	// kin is the WordNet rows (lexicon.KinOf) of kinOf, the noun the
	// question counts, lower case (question.kinOf)
	kin   lexicon.NounKin
	kinOf string
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

// kinOf is lexicon.KinOf(counted), counted the lower-case noun q counts,
// read once per question (countsAlike asks it of every number's noun).
func (q *question) kinOf(counted string) lexicon.NounKin {
	r := q.reads()
	if r.kinOf != counted || r.kin == nil {
		r.kin, r.kinOf = lexicon.KinOf(counted), counted
		if r.kin == nil {
			r.kin = lexicon.NounKin{} // (read: none)
		}
	}
	return r.kin
}
