// Soft matching: a question word counts through the articles' words that
// mean nearly the same (GloVe embeddings, "promised" for "pledged"), less
// than an exact match.

package qa

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// softTerms lists the articles' words the embeddings know, and their other
// spellings (variants.txt) under the same term, with each one's analysed
// term and vector: the candidates a question word is compared with, in one
// flat table so that a comparison is one pass over it.
type softTerms struct {
	words []string
	term  map[string]string // word → analysed term
	vecs  []int8            // words[i]'s vector at vecs[i*dims:]
	norms []float32
	dims  int
	// lowered are the terms of all the words the articles write in
	// lower case somewhere, whether soft matching keeps them or not (the
	// commonest, "began", and those GloVe lacks too): a term only
	// capitalised is a name's (synonymAlts)
	lowered map[string]bool
}

// newSoftTerms keeps the words of v the embeddings know and the index
// analyses to one term (stop words analyse to none), and the terms of
// every word v writes in lower case.
func (e *Engine) newSoftTerms(v vocab) softTerms {
	st := softTerms{term: map[string]string{}, lowered: map[string]bool{}}
	emb := lexicon.Default()
	for w := range v.count {
		r, known := emb.Rank(w)
		soft := known && (r >= softCommon || r >= softCommonPerson && lexicon.IsPersonNoun(w)) // else unknown, or so common it says little
		if !soft && v.lower[w] == 0 {
			continue
		}
		toks := e.s.Analyze(w)
		if len(toks) != 1 {
			continue
		}
		if v.lower[w] > 0 {
			st.lowered[toks[0].Term] = true
		}
		if soft {
			st.words = append(st.words, w)
			st.term[w] = toks[0].Term
		}
	}
	// a word's other spelling stands for it too, by its own vector: GloVe
	// learnt the American "apologized" (0.66 of "apology") from more text
	// than the British "apologised" an article writes (0.59)
	for _, w := range slices.Clone(st.words) {
		for _, v := range lexicon.Variants(w) {
			if _, taken := st.term[v]; taken {
				continue
			}
			if r, ok := emb.Rank(v); ok && r >= softCommon {
				st.words = append(st.words, v)
				st.term[v] = st.term[w]
			}
		}
	}
	sort.Strings(st.words) // map order is random; answers are not
	st.dims = emb.Dims()
	st.vecs = make([]int8, 0, len(st.words)*st.dims)
	st.norms = make([]float32, len(st.words))
	for i, w := range st.words {
		x, _ := emb.Vector(w)
		st.vecs = append(st.vecs, x...)
		st.norms[i] = norm8(x)
	}
	return st
}

func norm8(x []int8) float32 {
	s := 0
	for _, c := range x {
		s += int(c) * int(c)
	}
	return float32(math.Sqrt(float64(s)))
}

// SoftMin and SoftCommon are soft matching's thresholds, for tools that
// measure hand-written lists against it (cmd/qadebug vocab).
const (
	SoftMin    = softMin
	SoftCommon = softCommon
)

// Soft matching's parameters.
const (
	// softMin is the least cosine similarity that counts: below it,
	// GloVe's neighbours are related words ("troops", "army") more than
	// words for the same thing
	softMin = 0.65
	// softScale turns a similarity into a match weight, below a synonym's
	// 0.7 and an exact match's 1
	softScale = 0.8
	// softMax is how many of the articles' words a question word may
	// count through
	softMax = 4
	// softCommon: the commonest words of English ("many", "most", "not")
	// are GloVe's neighbours of too many others to stand for any: neither
	// a question word nor an article's word among them is matched softly
	softCommon = 300
	// softCommonPerson: but a noun for people among them ("children",
	// "police", "women") names whom a question's word may stand for
	// ("kids", "cops")
	softCommonPerson = 100
	// weakMin is the least similarity at which a word with no soft
	// match nears the articles' words for ranking (weakAlts); weakMax
	// is how many
	weakMin = 0.5
	weakMax = 2
	// synonymWeight is the match weight of a WordNet synonym
	// (synonymAlts): a soft match's at similarity 0.7
	synonymWeight = softScale * 0.7
)

// softAlts returns the analysed terms of the articles' words nearest in
// meaning to question term t (by its word's vector), with their match
// weights, leaving out its own term and the terms in skip. The neighbours
// of a word are remembered.
func (e *Engine) softAlts(t qterm, skip []string, verb bool) []termAlt {
	word, term := strings.ToLower(t.word), t.term
	if r, ok := lexicon.Default().Rank(word); !ok || r < softCommon || t.vec == nil {
		return nil
	}
	near := get(&e.memo.mu, e.memo.soft, word, func() []termAlt {
		near := e.soft.nearest(word, t.vec)
		// and the neighbours of its other spelling, as near: GloVe puts
		// the American "hospitalized" at 0.69 of "hospital", the British
		// "hospitalised" at 0.51, for its rarer use in its sources
		for _, v := range lexicon.Variants(word) {
			if x, ok := lexicon.Default().Vector(v); ok {
				near = mergeNear(near, e.soft.nearest(v, x))
			}
		}
		if len(near) == 0 && e.s.DocFreq(term) == 0 {
			// a word no article uses, nor any word GloVe puts near it:
			// WordNet's synonyms, the paraphrases GloVe places too far
			// ("repair" for "mend" at 0.34); a word the articles use
			// means what it says there ("meet" is not "see")
			near = e.synonymAlts(word)
		}
		return near
	})
	if verb {
		// a verb matches its WordNet synonyms and relatives too, for
		// less (usedRelatedAlts; where they stand in near already, at
		// full weight, the merge keeps that)
		near = mergeNear(near, get(&e.memo.mu, e.memo.related, word, func() []termAlt { return e.usedRelatedAlts(word) }))
	}
	var out []termAlt
	for _, a := range near {
		if a.term != term && !slices.Contains(skip, a.term) && len(out) < softMax {
			out = append(out, a)
		}
	}
	return out
}

// weakAlts are the analysed terms of the articles' words nearest in
// meaning to t, a word no article uses, that GloVe puts near none of their
// words at softMin and WordNet gives no synonym of in them: its nearest at
// the lower bar weakMin, a paraphrase GloVe places a little apart
// ("bosses": "employees"). They raise a passage's coverage in the ranking
// only (cover's rankCov): so weak a match would make a deed or a thing no
// passage reports look reported to the paths that decide an answer. Not
// for a noun for a thing, an event or a text (nounClass: final re-read RO6), which names
// what the articles may not speak of at all ("which hotel", "the ticket").
func (e *Engine) weakAlts(t qterm) []termAlt {
	word := strings.ToLower(t.word)
	if r, ok := lexicon.Default().Rank(word); !ok || r < softCommon || t.vec == nil || nounClass(word) > 0 {
		return nil
	}
	// (remembered by word, as softAlts' are: a question with such a word
	// would scan the articles' vocabulary each time; final re-read RO6)
	near := slices.Clone(get(&e.memo.mu, e.memo.weak, word, func() []termAlt { return e.soft.nearestFrom(word, t.vec, weakMin) }))
	near = slices.DeleteFunc(near, func(a termAlt) bool { return a.term == t.term || slices.Contains(t.alts, a.term) })
	return near[:min(len(near), weakMax)]
}

// synonymAlts are the analysed terms of the articles' words WordNet gives
// as synonyms of word in its commonest sense (lexicon.Synonyms: "repair"
// for "mend", "maintenance" for "upkeep"), or relates to it by one of
// synonymRelations ("stride" for "walk", "huge" for "big"), in any of
// their irregular forms, each at weight synonymWeight (also a form soft
// matching leaves out as among the commonest words of English: "began"
// for "commence", "told" for "state"). The troponyms
// of a verb that has more than maxTroponyms are left out (the most
// general verbs, "go", "move", "travel", whose particular ways are no
// paraphrase of them), and so is a relative the articles write only
// capitalised, as part of a name (soft.lowered: a company's "Cruises" is
// no "cruise").
func (e *Engine) synonymAlts(word string) []termAlt {
	return e.loweredSynonymTerms(synonymWords(word))
}

// loweredSynonymTerms is synonymTerms less a term the articles write only
// capitalised (soft.lowered).
func (e *Engine) loweredSynonymTerms(syn []string) []termAlt {
	return slices.DeleteFunc(e.synonymTerms(syn), func(a termAlt) bool { return !e.soft.lowered[a.term] })
}

// synonymWords are word's WordNet synonyms and its relatives by
// synonymRelations, leaving out its troponyms where it has more than
// maxTroponyms of them.
func synonymWords(word string) []string {
	syn := lexicon.Synonyms(word)
	for _, rel := range synonymRelations {
		r := lexicon.Related(word, rel)
		if rel == lexicon.Troponym && len(r) > maxTroponyms {
			continue
		}
		syn = append(syn, r...)
	}
	return syn
}

// usedRelatedAlts are synonymAlts for a question's verb at relatedShare
// of a synonym's weight: "gathered" for "collected" beside the
// "collected" an article writes. softAlts merges them for every verb;
// where no article uses the verb and GloVe puts none of their words near
// it, soft matching already took the same synonyms at full weight, and
// the merge (the greater weight) keeps those.
func (e *Engine) usedRelatedAlts(word string) []termAlt {
	out := e.synonymAlts(word)
	for i := range out {
		out[i].w *= relatedShare
	}
	return out
}

// The WordNet relatives of a verb the articles use (usedRelatedAlts).
const (
	// relatedShare is their weight, a share of a synonym's: below it
	// they are a word's paraphrases where the articles may mean what
	// the word says; 0.15 to 0.7 answered the readable sets alike, 1.0
	// lost train h1 -2 and bridge h1 -1
	relatedShare = 0.3
	// maxTroponyms: a verb with more troponyms than this is one of the
	// most general (2% of the verbs related.txt lists: "go", "move",
	// "travel", "cut", "walk"); 10 to 40 answered alike. With neither
	// it nor the name filter (softTerms.lowered), "travel" took
	// "cruise" and lost bridge h1 -1 on a company's "Cruises"; either
	// alone mends it, and the limit keeps a general verb's dozens of
	// troponyms out of the search
	maxTroponyms = 20
)

// synonymRelations are the WordNet relations beyond synonymy whose words
// stand for a question's word as its synonyms do, at a synonym's weight
// (measured against it: at 0.8 of it the answers lost an abstention).
// A verb's troponyms, its particular ways ("march" for "walk"), and an
// adjective's similar ones ("huge" for "big") gained on the readable and
// held-out sets; a verb's hypernyms ("impede" for "dam") gained on the
// held-out sets but lost on the readable ones, derived forms
// ("deployment" for "deploy"), a second sense's synonyms and a verb's
// siblings ("block" for "dam") lost on both, and what a verb entails
// changed nothing (lexicon.Related).
var synonymRelations = []string{lexicon.Troponym, lexicon.Similar}

// phrasalAlts are synonymAlts for a verb and its particle: the question's
// word lw and the words after it in rest, read as one verb where WordNet
// lists them so (lexicon.PhrasalSynonyms): "resign" for "stepped down",
// "fall" for "came down", which GloVe compares word by word.
func (e *Engine) phrasalAlts(lw, rest string) []termAlt {
	next, ok := particleNext(rest)
	if !ok {
		return nil
	}
	// its one synonym the articles use that is commonest in English,
	// the plain word for it ("rise" for "go up", not "arise")
	syn := lexicon.PhrasalSynonyms(lw, next)
	rank := func(s string) int { r, _ := lexicon.Default().Rank(s); return r }
	slices.SortStableFunc(syn, func(a, b string) int { return rank(a) - rank(b) })
	for _, s := range syn {
		if alts := e.synonymTerms([]string{s}); len(alts) > 0 {
			return alts
		}
	}
	return nil
}

// phrasalParticle returns the particle that opens rest when lw and it are
// a phrasal verb by WordNet (lexicon.PhrasalSynonyms: "show" "up", "came"
// "out"), or "".
func phrasalParticle(lw, rest string) string {
	next, ok := particleNext(rest)
	if !ok || len(lexicon.PhrasalSynonyms(lw, next[:1])) == 0 {
		return ""
	}
	return next[0]
}

// particleNext returns the words of rest, lower case, the words after a
// question's verb, and whether the first is a particle that makes a
// phrasal verb of it. A preposition keeps its meaning with its object
// ("go to Paris" is no "attend"); a particle makes a new verb, but not
// one with "to" after it, a direction and its goal ("go up to Calama" is
// no "rise").
// It differs on purpose from the passage's reader, particleKept, which
// keeps a particle before "of" only with an article, a possessive or a
// name after it ("brought out of the shaft", not "out of reach"): chat
// types no article after "of" ("how many got out of mine"), so here
// "of" never costs a particle.
// Most words after a verb are no particle: the rest is split into words
// only when the first is one (next is nil when ok is false).
func particleNext(rest string) ([]string, bool) {
	spans := wordSpans(rest)
	if len(spans) == 0 || !getFold(particles, rest[spans[0][0]:spans[0][1]]) {
		return nil, false
	}
	next := words(rest)
	for i, w := range next {
		next[i] = strings.ToLower(w)
	}
	return next, len(next) > 0 && particles[next[0]] && (len(next) == 1 || next[1] != "to")
}

// usesPhrasal reports whether text, a passage's, uses the question's
// phrasal verb as one: a word of it analysed as term (toks) with the
// particle right after it or one word on ("showed up", "turned it
// down"), as particleAfter reads one, whatever follows the particle:
// a goal's "to" after a particle is the phrasal verb's commonest use
// ("showed up *to the rally*", "pulled out *to safety*").
func usesPhrasal(text string, toks []index.Token, term, particle string) bool {
	for _, tok := range toks {
		if tok.Term == term && particleAfter(text, tok.End, particle, 2, false) {
			return true
		}
	}
	return false
}

// particleAfter reports whether particle follows the word of text that
// ends at byte end as the particle of a phrasal verb: a whole word
// ("out-of-town" is no "out") among the next reach words ("brought
// *out*", reach 1; "turned it *down*", reach 2) and, when kept is set,
// one that particleKept keeps (a deed's verb: "went up *to Calama*" is
// no "rose"). "" follows nothing.
func particleAfter(text string, end int, particle string, reach int, kept bool) bool {
	if particle == "" || end < 0 || end > len(text) {
		return false
	}
	after := words(particleWindow(text, end))
	for k := 0; k < min(reach, len(after)); k++ {
		if strings.EqualFold(after[k], particle) {
			return !kept || particleKept(after[k+1:])
		}
	}
	return false
}

// particleSpan is how many bytes after a verb particleAfter reads: the
// particle, a word before it, and the few words after it particleKept
// looks at (particleWindow runs on to the end of the word they cut).
const particleSpan = 60

// particleWindow is the text after byte end that particleAfter reads:
// particleSpan bytes, run on to the next white space, so that the last
// word is whole ("out of *the*", not "out of *th*", which particleKept
// would take for no article), and never cut inside a multi-byte letter.
func particleWindow(text string, end int) string {
	stop := min(len(text), end+particleSpan)
	if i := strings.IndexFunc(text[stop:], unicode.IsSpace); i >= 0 {
		return text[end : stop+i]
	}
	return text[end:]
}

// particleKept reports whether a particle with the words after it (as
// written) is still one, with the verb before it a phrasal verb, and not
// a preposition's direction. A particle's meaning stays with an "of"
// naming a thing or a place, the deed's where from ("brought out *of the
// flooded shaft*", "pulled out of its hull", "out of Lisle": what is
// pulled out is pulled out of something), but not an "of" of a state,
// with no article, possessive or name after it ("trapped out of reach",
// "out of work"; WordNet's nouns cannot tell them: its commonest "reach"
// is a place);
// and it is lost before a "to" of a goal ("go up *to Calama*", "up to
// 300": a direction and its end) but kept before an infinitive's "to"
// ("turned up *to watch*").
func particleKept(after []string) bool {
	if len(after) < 2 {
		return true
	}
	switch w, next := strings.ToLower(after[0]), after[1]; w {
	case "of":
		lw := strings.ToLower(next)
		return nounOpeners[lw] || unicode.IsUpper([]rune(next)[0])
	case "to":
		lw := strings.ToLower(next)
		return lexicon.IsVerbBase(lw) && !articles[lw]
	}
	return true
}

// phrasalBare scales the match of a phrasal verb's verb in a passage that
// uses the verb without its particle: "showed that" is no "show up".
const phrasalBare = 0.6

// synonymTerms are the analysed terms of the articles' words among syn,
// in any of their irregular forms, each at weight synonymWeight, leaving
// out a word of syn among the commonest of English (softCommon), though
// not a form of another word that is one ("began" of "begin").
func (e *Engine) synonymTerms(syn []string) []termAlt {
	var out []termAlt
	for _, s := range syn {
		if r, ok := lexicon.Default().Rank(s); !ok || r < softCommon {
			continue
		}
		for _, f := range append([]string{s}, lexicon.Forms(s)...) {
			toks := e.analyze(f)
			if len(toks) != 1 || e.s.DocFreq(toks[0].Term) == 0 {
				continue
			}
			if !slices.ContainsFunc(out, func(a termAlt) bool { return a.term == toks[0].Term }) {
				out = append(out, termAlt{term: toks[0].Term, w: synonymWeight})
			}
		}
	}
	return out
}

// mergeNear joins two lists of neighbours, each term once at its greater
// weight, most similar first.
func mergeNear(a, b []termAlt) []termAlt {
	out := slices.Clone(a)
	for _, x := range b {
		if i := slices.IndexFunc(out, func(y termAlt) bool { return y.term == x.term }); i >= 0 {
			out[i].w = max(out[i].w, x.w)
		} else {
			out = append(out, x)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].w > out[j].w })
	return out
}

// nearest returns the terms of the articles' words whose similarity to
// word (with vector x) is at least softMin, most similar first, a few more
// than softMax (the caller leaves some out), each term once.
func (st softTerms) nearest(word string, x []int8) []termAlt {
	return st.nearestFrom(word, x, softMin)
}

// nearestFrom is nearest with least similarity least.
func (st softTerms) nearestFrom(word string, x []int8, least float32) []termAlt {
	if len(x) == 0 || len(st.words) == 0 {
		return nil
	}
	nx := norm8(x)
	type scored struct {
		i   int
		sim float32
	}
	var found []scored
	for i := range st.words {
		d := lexicon.Dot(x, st.vecs[i*st.dims:(i+1)*st.dims])
		if sim := float32(d) / (nx * st.norms[i]); sim >= least && st.words[i] != word && !lexicon.Opposite(word, st.words[i]) {
			// (GloVe's neighbours include opposites: "closed" is not "reopened")
			found = append(found, scored{i, sim})
		}
	}
	sort.Slice(found, func(a, b int) bool {
		if found[a].sim != found[b].sim {
			return found[a].sim > found[b].sim
		}
		return st.words[found[a].i] < st.words[found[b].i]
	})
	var out []termAlt
	seen := map[string]bool{}
	for _, f := range found {
		t := st.term[st.words[f.i]]
		if seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, termAlt{term: t, w: softScale * float64(f.sim)})
		if len(out) == 2*softMax {
			break
		}
	}
	return out
}

// near is how well the articles' words nearest in meaning match t: the
// greatest weight of its soft alternatives, 0 for none.
func (t *qterm) near() float64 {
	near := 0.0
	for _, a := range t.soft {
		near = max(near, a.w)
	}
	return near
}

// termAlt is a term a question word may match otherwise, and how well.
type termAlt struct {
	term string
	w    float64
}

// sentenceVector is the meaning of text as one unit vector: the mean of
// its words' GloVe vectors, each weighted by how rare the word is in
// English (a smooth inverse frequency, as SIF weighs), leaving out the
// commonest words, less its component along common (the direction every
// text of the articles shares, which SIF removes: without it any two
// sentences look alike); nil when no word counts.
func sentenceVector(text string, common []float32) []float32 {
	return sentenceVectorIn(text, common, nil)
}

// sentenceVectorIn is sentenceVector summed in buf, zeros as long as a
// word's vector, where buf is not nil: the meaning channel's table row of
// the passage, which then needs no vector of its own.
func sentenceVectorIn(text string, common, buf []float32) []float32 {
	emb := lexicon.Default()
	var v []float32
	for _, w := range words(text) {
		lw := strings.ToLower(w)
		r, ok := emb.Rank(lw)
		if !ok || r < softCommon {
			continue
		}
		x, _ := emb.Vector(lw)
		if v == nil && len(buf) == len(x) {
			v = buf
		} else if v == nil {
			v = make([]float32, len(x))
		}
		wt := float32(math.Log1p(float64(r)))
		for i, c := range x {
			v[i] += wt * float32(c)
		}
	}
	if v == nil {
		return nil
	}
	if len(common) == len(v) {
		d := float32(0)
		for i := range v {
			d += v[i] * common[i]
		}
		for i := range v {
			v[i] -= d * common[i]
		}
	}
	return unit(v)
}

// unit scales v to length 1; nil for a zero vector.
func unit(v []float32) []float32 {
	norm := float32(0)
	for _, c := range v {
		norm += c * c
	}
	if norm == 0 {
		return nil
	}
	n := float32(1 / math.Sqrt(float64(norm)))
	for i := range v {
		v[i] *= n
	}
	return v
}

// commonDirection is the direction the articles' words share: the unit
// mean of their vectors, each weighted by its count and rarity, as the
// passages' vectors would sum.
func (st softTerms) commonDirection(v vocab) []float32 {
	if len(st.words) == 0 {
		return nil
	}
	sum := make([]float64, st.dims)
	emb := lexicon.Default()
	for i, w := range st.words {
		r, _ := emb.Rank(w)
		wt := float64(v.count[w]) * math.Log1p(float64(r)) / float64(st.norms[i])
		for k, c := range st.vecs[i*st.dims : (i+1)*st.dims] {
			sum[k] += wt * float64(c)
		}
	}
	out := make([]float32, st.dims)
	for k, c := range sum {
		out[k] = float32(c)
	}
	return unit(out)
}

// passageVector is sentenceVector of a passage's text, remembered.
func (e *Engine) passageVector(text string) []float32 {
	return get(&e.memo.mu, e.memo.vec, text, func() []float32 { return sentenceVector(text, e.common) })
}

// cosine is the dot product of two unit vectors, 0 when either is nil,
// summed four ways at once: nearPassages takes it of every passage of the
// articles for every question, where a plain loop took a tenth of Ask's
// time.
func cosine(a, b []float32) float64 {
	if a == nil || len(b) != len(a) {
		return 0
	}
	var s0, s1, s2, s3 float32
	i := 0
	// eight at a time, each sum taking its components in the order four
	// at a time would (the same float32 additions, the same result), with
	// half the loop's bounds checks and jumps
	for ; i+8 <= len(a); i += 8 {
		x, y := a[i:i+8:i+8], b[i:i+8:i+8]
		s0 += x[0] * y[0]
		s1 += x[1] * y[1]
		s2 += x[2] * y[2]
		s3 += x[3] * y[3]
		s0 += x[4] * y[4]
		s1 += x[5] * y[5]
		s2 += x[6] * y[6]
		s3 += x[7] * y[7]
	}
	for ; i+4 <= len(a); i += 4 {
		x, y := a[i:i+4:i+4], b[i:i+4:i+4]
		s0 += x[0] * y[0]
		s1 += x[1] * y[1]
		s2 += x[2] * y[2]
		s3 += x[3] * y[3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return float64(s0 + s1 + s2 + s3)
}

// alignFloor is the cosine below which two words are not near in meaning
// at all: GloVe's unrelated words stand at 0.1 to 0.3 of each other.
const alignFloor = 0.3

// nearKey is a question word and a passage: the passage word nearest the
// word in meaning is remembered for it (align), as passages come back as
// candidates for question after question with the same words. A passage
// of the articles is keyed by its article and Seq (a pointer hashed, not
// its every byte), another text by itself.
type nearKey struct {
	word string
	a    *corpus.Article
	seq  int
	text string
}

// nearKeyOf is the nearKey of a question word and c's passage.
func nearKeyOf(word string, c *cand) nearKey {
	return nearKeyOfPassage(word, c.a, &c.p)
}

// nearKeyOfPassage is the nearKey of a question word and passage p, keyed
// by a and its Seq when p is a's own (ownPassage), else by its text.
func nearKeyOfPassage(word string, a *corpus.Article, p *corpus.Passage) nearKey {
	if ownPassage(a, p) {
		return nearKey{word: word, a: a, seq: p.Seq}
	}
	return nearKey{word: word, text: p.Text}
}

// wordVec is a word's vector and its norm.
type wordVec struct {
	w string // the word, lower case
	v []int8
	n float32
}

// wordVecOf is the vector of lw (a word, lower case) where it counts by
// its meaning: no function word, one the embeddings know, and none of the
// commonest (softCommon), which is near everything.
func wordVecOf(lw string) (wordVec, bool) {
	if lexicon.IsFunctionWord(lw) {
		return wordVec{}, false
	}
	emb := lexicon.Default()
	if r, ok := emb.Rank(lw); !ok || r < softCommon {
		return wordVec{}, false
	}
	x, ok := emb.Vector(lw)
	if !ok {
		return wordVec{}, false
	}
	return wordVec{lw, x, norm8(x)}, true
}

// passageWords are the vectors of a passage's words the embeddings know,
// function words and the commonest words (softCommon) aside, remembered.
func (e *Engine) passageWords(text string) []wordVec {
	return get(&e.memo.mu, e.memo.words, text, func() []wordVec {
		var out []wordVec
		seen := map[string]bool{}
		for _, w := range words(text) {
			lw := strings.ToLower(w)
			if seen[lw] {
				continue
			}
			seen[lw] = true
			if v, ok := wordVecOf(lw); ok {
				out = append(out, v)
			}
		}
		return out
	})
}

// align is the idf-weighted share of the question's words a passage
// holds, each word counting by its match (exact, a synonym, a near word)
// or else by its nearest passage word in meaning, scaled from alignFloor
// (0) to 1: a graded paraphrase ("promised" and "vowed" count near,
// "promised" and "stadium" not), where coverage counts only the nearest
// and halves a word no article uses. (Counting only what meaning adds
// over the match was tried: the fit gave it 0.12 and held-out hit1 fell.)
func (e *Engine) align(q *question, c *cand) float64 {
	var pw []wordVec
	var total, got float64
	for i := range q.terms {
		t := &q.terms[i]
		total += t.idf
		m := c.match[i]
		if m < 1 && t.meaning {
			best := e.nearestIn(t.word, nearKeyOf(t.word, c), c.p.Text, &pw)
			m = max(m, float64(best-alignFloor)/(1-alignFloor))
		}
		got += m * t.idf
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// nearestIn is the similarity of word to its nearest word of a passage's
// text, remembered under key; pw holds the passage's words once read.
func (e *Engine) nearestIn(word string, key nearKey, text string, pw *[]wordVec) float32 {
	return get(&e.memo.mu, e.memo.near, key, func() float32 {
		if *pw == nil {
			*pw = e.passageWords(text)
		}
		x, _ := lexicon.Default().Vector(strings.ToLower(word)) // the word as read, corrected
		nx := norm8(x)
		// the nearest passage word; where it means the opposite
		// ("reopened" says nothing of "closed"), the nearest of the
		// others (opposites are few: the check is made once)
		best, at := nearestWord(x, nx, *pw, 0, nil)
		if at >= 0 && lexicon.Opposite(strings.ToLower(word), (*pw)[at].w) {
			best, _ = nearestWord(x, nx, *pw, 0, func(k int) bool { return k == at })
		}
		return best
	})
}

// nearestWord is the greatest similarity above floor of a word (vector x,
// norm nx) to a word of pw that skip does not pass over (nil passes over
// none), and that word's index (-1: none). Of words equally near, the
// first.
func nearestWord(x []int8, nx float32, pw []wordVec, floor float32, skip func(k int) bool) (float32, int) {
	best, at := floor, -1
	if nx == 0 {
		return best, at
	}
	for k, p := range pw {
		if p.n == 0 || skip != nil && skip(k) {
			continue
		}
		if s := float32(lexicon.Dot(x, p.v)) / (nx * p.n); s > best {
			best, at = s, k
		}
	}
	return best, at
}

// aligns reports whether a question term counts by its meaning in align
// (qterm.meaning):
// a word, not a name (a name matches by its spelling), that the
// embeddings know and is not among the commonest (softCommon).
func aligns(t *qterm) bool {
	if t.entity {
		return false
	}
	r, ok := lexicon.Default().Rank(strings.ToLower(t.word))
	return ok && r >= softCommon
}

// nearCount is how many passages bleve did not return the meaning channel
// adds to a question's candidates (nearPassages), and nearPool how many
// it weighs word by word for them, found by their vector alone. Measured
// on the training and read sets (gold passages in the first three, gold
// passages first): 4, +12 and −2, against 3, +11 and −3, and 5, +11 and
// −2; a pool of 10 found fewer, one of 30 no more; the vector alone, with
// no weighing word by word, +7 and −3 at 3. nearScan is how many articles
// a coverage may have for nearPassages to read them at all: it reads
// every passage's vector (about 40 an article, 30 ns each) for every
// question.
const (
	nearCount = 4
	nearPool  = 20
	nearScan  = 200
)

// nearPassages is the meaning channel of retrieval: the passages nearest
// the question in meaning that bleve did not return, for the paraphrase
// that shares no word with its passage ("what rule is the govt thinking
// of forcing on airlines" for "the government would also consider
// requiring airlines to …", which is not among bleve's fifteen).
// Of the passages whose vector is nearest the question's (nearPool,
// passageVector, read once in New), the best by that cosine and their
// words' nearness to the question's added (nearness, each word by its own
// nearest); none for a
// question bleve found nothing for (its words are none of the articles':
// "tell me a joke"), nor for one whose candidates rank looks at whole, nor
// for a coverage of more than nearScan articles; as many as nearWanted
// says. Each is given bleve's least score of the hits: bleve ranked it
// below them all.
func (e *Engine) nearPassages(q *question, hits []index.Hit) []index.Hit {
	if len(hits) == 0 || e.facts == nil || e.near == nil || len(e.c.Articles) > nearScan || q.vec == nil || q.event || q.locates || q.nameOf != "" || q.body || q.within {
		return nil
	}
	count := nearWanted(q, len(hits))
	if count <= 0 {
		return nil
	}
	least := math.Inf(1)
	for _, h := range hits {
		least = min(least, h.Score)
	}
	t := e.near
	type near struct {
		row int
		s   float64
	}
	var buf [nearPool + 1]near // (no allocation for the pool)
	pool := buf[:0]
	var bits [64]uint64 // (no allocation for the hits' rows of up to 4096)
	set := t.hitSet(hits, bits[:])
	for row := range t.rows {
		if set != nil && t.isHit(set, row, hits) {
			continue // one of bleve's hits, told by its bit: its cosine would go unread
		}
		var s float64
		if t.has[row] {
			s = cosine(q.vec, t.row(row))
		}
		if len(pool) == nearPool && s <= pool[nearPool-1].s || set == nil && t.isHit(nil, row, hits) {
			continue
		}
		at := len(pool)
		for at > 0 && pool[at-1].s < s {
			at--
		}
		pool = slices.Insert(pool, at, near{row, s})[:min(len(pool)+1, nearPool)]
	}
	for i := range pool {
		r := t.rows[pool[i].row]
		pool[i].s += e.nearness(q, r.a, r.seq)
	}
	slices.SortStableFunc(pool, func(x, y near) int { return cmp.Compare(y.s, x.s) })
	out := make([]index.Hit, 0, min(len(pool), count))
	for _, n := range pool[:min(len(pool), count)] {
		r := t.rows[n.row]
		out = append(out, index.Hit{Article: r.a.ID, Seq: r.seq, Score: least})
	}
	return out
}

// nearWanted is how many passages the meaning channel adds to a
// question's hits bleve returned: nearCount, or the room bleve left in
// the net (candidates) where it found fewer, since then the question's
// words match no more passages and the one it asks for shares too few of
// them ("what time did the grandpa w the grandkids get up": "the family
// had been up since 3 a.m."). A question that must hold a number, a date,
// a duration or a speaker's words (widensNet) gets only the room left in
// its wider net: where bleve fills it, a passage near in meaning holding
// a year of something else answered "when will the ceasefire start", and
// meaning's passages added to every such question declined 5 training
// questions more (fitweights -report, recall99).
func nearWanted(q *question, hits int) int {
	if widensNet(q) {
		return typedCandidates - hits
	}
	return max(nearCount, candidates-hits)
}

// nearTable is every passage's vector (passageFacts.vec) in one flat
// table, row by row in the articles' order, which nearPassages reads
// whole for each question: one pass over contiguous memory, not a map
// look-up an article and a slice a passage.
type nearTable struct {
	rows []nearRow
	vecs []float32 // row i's vector at vecs[i*dims:]; not to be read where has[i] is false
	has  []bool    // whether row i has a vector (sentenceVector is nil for a text of common words)
	dims int
	// arts are each article's rows, by its ID (hitSet); nil where two
	// articles share an ID
	arts map[string]rowRun
}

// rowRun is an article's rows in a nearTable: n rows from first.
type rowRun struct{ first, n int }

// addArticle records that article a's rows start at the table's next row
// (arts), before they are added.
func (t *nearTable) addArticle(a *corpus.Article) {
	if t.arts == nil {
		return
	}
	if _, dup := t.arts[a.ID]; dup {
		t.arts = nil // (among, hit by hit, tells them apart)
		return
	}
	t.arts[a.ID] = rowRun{len(t.rows), len(a.Passages)}
}

// hitSet is the set of hits' rows as bits (row i at bit i%64 of word
// i/64), in buf when it is large enough; nil when the table cannot tell
// (arts nil), and among must be asked instead. nearPassages asks of
// every row whether it is a hit: a bit, not a walk through the hits
// comparing their articles' IDs.
func (t *nearTable) hitSet(hits []index.Hit, buf []uint64) []uint64 {
	if t.arts == nil {
		return nil
	}
	words := (len(t.rows) + 63) / 64
	var set []uint64
	if words <= len(buf) {
		set = buf[:words]
		clear(set)
	} else {
		set = make([]uint64, words)
	}
	for _, h := range hits {
		if r, ok := t.arts[h.Article]; ok && h.Seq >= 0 && h.Seq < r.n {
			row := r.first + h.Seq
			set[row/64] |= 1 << (row % 64)
		}
	}
	return set
}

// isHit reports whether row is one of hits' passages: by set (hitSet)
// where there is one, else by among.
func (t *nearTable) isHit(set []uint64, row int, hits []index.Hit) bool {
	if set != nil {
		return set[row/64]&(1<<(row%64)) != 0
	}
	return t.among(row, hits)
}

// nearRow is a passage of the table: its article and Seq.
type nearRow struct {
	a   *corpus.Article
	seq int
}

// newNearTable is an empty table for n passages, whose
// rows readPassageFacts adds in order.
func newNearTable(n int) *nearTable {
	t := &nearTable{dims: lexicon.Default().Dims()}
	t.rows, t.has = make([]nearRow, 0, n), make([]bool, 0, n)
	t.arts = map[string]rowRun{}
	t.vecs = make([]float32, n*t.dims)
	return t
}

// row is row i's vector.
func (t *nearTable) row(i int) []float32 {
	return t.vecs[i*t.dims : (i+1)*t.dims : (i+1)*t.dims]
}

// among reports whether row is one of hits' passages.
func (t *nearTable) among(row int, hits []index.Hit) bool {
	r := t.rows[row]
	for _, h := range hits {
		if h.Seq == r.seq && h.Article == r.a.ID {
			return true
		}
	}
	return false
}

// nearness is how much of the question passage seq of article a holds,
// each word counting by its idf, whole where the passage has it, else by
// its nearest passage word in meaning from alignFloor (0) to 1, as align
// counts it: where the passage vector is the gist, this is word by word.
func (e *Engine) nearness(q *question, a *corpus.Article, seq int) float64 {
	toks := e.facts[a][seq].toks
	var pw []wordVec
	var got, total float64
	var buf [64]bool // (no allocation for up to 64 terms)
	var found []bool
	if len(q.terms) <= len(buf) {
		found = buf[:len(q.terms)]
	} else {
		found = make([]bool, len(q.terms))
	}
	fast := q.termsIn(toks, found)
	for i := range q.terms {
		t := &q.terms[i]
		total += t.idf
		if fast && found[i] || !fast && slices.ContainsFunc(toks, func(k index.Token) bool { return k.Term == t.term }) {
			got += t.idf
			continue
		}
		got += t.idf * e.nearTerm(q, i, a, seq, &pw)
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// nearTerm is how near in meaning passage seq of a comes to term i of q,
// which it does not hold: for a word that counts by its meaning
// (qterm.meaning), by the passage's nearest word, from alignFloor (0) to
// 1, as align counts it ("tallies" is near "figures"); 0 for another. pw
// keeps the passage's word vectors between calls.
func (e *Engine) nearTerm(q *question, i int, a *corpus.Article, seq int, pw *[]wordVec) float64 {
	t := &q.terms[i]
	if !t.meaning {
		return 0
	}
	best := e.nearestIn(t.word, nearKey{word: t.word, a: a, seq: seq}, a.Passages[seq].Text, pw)
	return max(0, float64(best-alignFloor)/(1-alignFloor))
}

// readAsVerb reports whether a question's word lw, after the word before
// (lower case, "" at the start), is a verb there: mostly a verb by WordNet
// (lexicon.IsVerb), and not where English puts a noun, after a
// determiner, a possessive ("their", "the police's": nounPossessive), an
// adjective (also one WordNet has as an adverb too, "how *much* help",
// "*further* cuts": only a word that is an adverb and no adjective,
// "*perhaps* rise", opens no noun phrase), a number or a preposition but
// "to" ("what sort of *pledges*", "the *fix*").
func readAsVerb(lw, before string) bool {
	return readAsVerbWith(lw, before, wordHoldsNumber)
}

// readAsVerbWith is readAsVerb with number telling whether a word holds a
// number as numberRE.MatchString does (wordHoldsNumber;
// Engine.holdsNumber remembers it).
func readAsVerbWith(lw, before string, number func(string) bool) bool {
	if !lexicon.IsVerb(lw) {
		return false
	}
	// (the number test last: it costs more than all the look-ups)
	return !opensNounPhrase(before) && !lexicon.IsAdjective(before) && (before == "to" || !prepositions[before] && before != "of") && !number(before)
}

// opensNounPhrase reports whether w (lower case) opens a noun phrase as
// an article, a determiner, a quantifier (lexicon.IsQuantifier) or a
// possessive does ("the", "this", "each", "their", "the mayor's"), so
// that a verb's base form after it is a noun ("the *plan*", "each
// *plan*").
func opensNounPhrase(w string) bool {
	return nounOpeners[w] || articles[w] || determiners[w] || lexicon.IsQuantifier(w) || possessives[w] || nounPossessive(w)
}

// nounPossessive reports whether w (lower case) is a noun's or a name's
// possessive, "police's", "mayor’s" (endsGenitive): not a pronoun's
// contraction of "is" or "has" ("it's", "who's", "that's"), which a
// function word makes, nor "let's", a verb taking an object and an
// infinitive ("let us go": lexicon.TakesObjectInfinitive) and no noun.
func nounPossessive(w string) bool {
	if !endsGenitive(w) {
		return false
	}
	stem := w[:strings.LastIndexAny(w, "'’")]
	return stem != "" && !lexicon.IsFunctionWord(stem) && (knownNoun(stem) || !lexicon.TakesObjectInfinitive(stem))
}
