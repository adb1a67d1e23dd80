// Named features and their fitted weights: a passage's ranking score and the
// evidence that the articles answer at all are each a weighted sum of named
// features; the weights are data (weights.txt), fitted by cmd/fitweights.

package qa

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// A rank feature is one signal of how well a passage answers a question.
const (
	fCoverage     = iota // idf-weighted share of the question matched
	fAnswerType          // the passage holds the kind of thing asked for
	fProximity           // matched words stand together
	fBleve               // bleve's BM25 score, scaled to the best hit's
	fPhrasing            // the question's word pairs stand together, in order
	fPassageKind         // body text 0, a headline or caption less
	fOtherOutlet         // 1 when the question names another outlet
	fAsksQuestion        // 1 when the passage is itself a question
	fNamesMissing        // share of the question's names it lacks
	fOtherAgent          // 1 when the asked-about deed is someone else's
	fNotSpeaker          // 1 when "why does X say …" finds X not speaking (whySpeakerFor)
	fNoNegation          // 1 when a "who refused" passage has no negation
	fSemantic            // cosine of the question's and the passage's meaning (GloVe)
	fLead                // 1 / (1 + the passage's place in its article): the opening's sentences
	fAlign               // idf-weighted share of the question matched, each word unmatched at its nearest passage word's meaning (GloVe)
	fLabelled            // 1 when the passage is a list item whose label holds a word of the question ("Japan: $75 million …"; labelsAsked)
	nRankFeatures
)

// An evidence feature is one signal that the best passage answers the
// question rather than being only near it.
const (
	eBias         = iota // 1: the threshold
	eCoverage            // the best passage's coverage
	eAnswerType          // it holds the kind of thing asked for
	eExactShare          // share of the question's terms it holds as typed (or in another form: derivedForm)
	eNames               // share of the question's names it holds; 0 when it names none
	eNamed               // 1 when the question names someone or something
	eUnknownShare        // share of the question's weight no article uses, less what soft matching or the passage's near words reach (passageNear)
	eSoftOnly            // 1 when it holds none of the question's words as typed
	eSemantic            // cosine of the question's and its meaning (GloVe)
	eMissingMax          // the weightiest question word it lacks, over the weightiest word
	eFocusUnknown        // no article uses the noun asked about ("which hotel"): 1 less its nearest word's soft weight
	eTypeMissing         // 1 when it lacks the date, number or quotation asked for
	eCountMissing        // 1 when "how many" finds no number counting what is asked about, 0.5 one counting it of another deed
	eProximity           // how closely its matched words stand together (the rank feature)
	eFutureUnmet         // 1 when the question asks what is yet to happen and it speaks of none, or (a "when") gives dates only of deeds done (datesDone)
	nEvidenceFeatures
)

// RankFeatures and EvidenceFeatures name the features, in order: the names
// weights.txt uses.
var (
	RankFeatures = [nRankFeatures]string{"coverage", "answer_type", "proximity", "bleve", "phrasing",
		"passage_kind", "other_outlet", "asks_question", "names_missing", "other_agent", "not_the_speaker", "no_negation", "semantic", "lead", "align", "labelled"}
	EvidenceFeatures = [nEvidenceFeatures]string{"bias", "coverage", "answer_type", "exact_share", "names", "named",
		"unknown_share", "soft_only", "semantic", "missing_max", "focus_unknown", "type_missing", "count_missing", "proximity", "future_unmet"}
)

// Weights are the weights of the ranking and evidence scores.
type Weights struct {
	Rank     [nRankFeatures]float64
	Evidence [nEvidenceFeatures]float64
}

//go:embed weights.txt
var weightsData string

// DefaultWeights returns the weights fitted into weights.txt. A feature the
// code defines that weights.txt lacks (a new one, before `fitweights
// -feature NAME` fits it) weighs 0, as if it were not there;
// TestWeightsFileComplete holds the file to a line for every feature.
func DefaultWeights() Weights {
	w, _, err := ReadWeights(weightsData)
	if err != nil {
		panic("qa: weights.txt: " + err.Error()) // embedded: a build defect, caught by the tests
	}
	return w
}

// ParseWeights reads weights as weights.txt writes them: "rank.NAME VALUE"
// and "evidence.NAME VALUE", one a line; # starts a comment. Every feature
// must be given.
func ParseWeights(text string) (Weights, error) {
	w, missing, err := ReadWeights(text)
	if err == nil && len(missing) > 0 {
		err = fmt.Errorf("%s is missing", missing[0])
	}
	return w, err
}

// ReadWeights reads weights as ParseWeights does, but a feature the text
// lacks is 0 and named in missing ("rank.NAME" or "evidence.NAME", in the
// order of RankFeatures, then EvidenceFeatures): the weights as they are
// before a new feature is first fitted.
func ReadWeights(text string) (w Weights, missing []string, err error) {
	seen := map[string]bool{}
	for n, line := range strings.Split(text, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 {
			return w, nil, fmt.Errorf("line %d: want NAME VALUE", n+1)
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return w, nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			// no weight: a sum with it is no score, and NaN equals no
			// weight, so every fit would rewrite the file
			return w, nil, fmt.Errorf("line %d: %s is not a finite number", n+1, f[1])
		}
		if seen[f[0]] {
			return w, nil, fmt.Errorf("line %d: %s given twice", n+1, f[0])
		}
		group, name, _ := strings.Cut(f[0], ".")
		var names []string
		var dst []float64
		switch group {
		case "rank":
			names, dst = RankFeatures[:], w.Rank[:]
		case "evidence":
			names, dst = EvidenceFeatures[:], w.Evidence[:]
		default:
			return w, nil, fmt.Errorf("line %d: unknown group %q", n+1, group)
		}
		i := slices.Index(names, name)
		if i < 0 {
			return w, nil, fmt.Errorf("line %d: unknown feature %q", n+1, f[0])
		}
		dst[i] = v
		seen[f[0]] = true
	}
	for _, n := range RankFeatures {
		if !seen["rank."+n] {
			missing = append(missing, "rank."+n)
		}
	}
	for _, n := range EvidenceFeatures {
		if !seen["evidence."+n] {
			missing = append(missing, "evidence."+n)
		}
	}
	return w, missing, nil
}

// Format writes w as ParseWeights reads it.
func (w Weights) Format() string {
	var b strings.Builder
	for i, n := range RankFeatures {
		fmt.Fprintf(&b, "rank.%s %.4g\n", n, w.Rank[i])
	}
	for i, n := range EvidenceFeatures {
		fmt.Fprintf(&b, "evidence.%s %.4g\n", n, w.Evidence[i])
	}
	return b.String()
}

// dot is the weighted sum of features.
func dot(w, f []float64) float64 {
	s := 0.0
	for i := range w {
		s += w[i] * f[i]
	}
	return s
}
