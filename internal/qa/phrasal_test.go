package qa

import (
	"slices"
	"testing"
)

// TestPhrasalParticle: a verb and the particle after it are one verb where
// WordNet lists them so, whatever the verb's form ("showed up", "signed
// up"); a particle before "to" and a goal, or a verb and a word that makes
// no phrasal verb with it, are none.
func TestPhrasalParticle(t *testing.T) {
	for _, tc := range []struct{ verb, rest, want string }{
		{"show", " up at the hearing", "up"},
		{"showed", " up late", "up"},
		{"signed", " up for the scheme", "up"},
		{"came", " down in the storm", "down"},
		{"went", " up to the camp", ""}, // a direction and its goal
		{"showed", " that the dam held", ""},
		{"show", "", ""},
	} {
		if got := phrasalParticle(tc.verb, tc.rest); got != tc.want {
			t.Errorf("phrasalParticle(%q, %q) = %q; want %q", tc.verb, tc.rest, got, tc.want)
		}
	}
}

// TestPhrasalVerbMatch: a passage that uses a phrasal verb's verb without
// its particle ("the models showed that …") matches the question's "show
// up" less than one that uses the phrasal verb ("the mayor showed up"),
// which matches it in full.
func TestPhrasalVerbMatch(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("did the mayor show up at the meeting")
	i := slices.IndexFunc(q.terms, func(t qterm) bool { return t.word == "show" })
	if i < 0 || q.terms[i].particle != "up" {
		t.Fatalf("terms %+v: want show with its particle up", q.terms)
	}
	bare := parsedCand(t, e, "The mayor said the figures showed that the meeting had been a success.")
	e.cover(&q, bare)
	whole := parsedCand(t, e, "The mayor showed up at the meeting an hour late.")
	e.cover(&q, whole)
	if whole.match[i] != 1 || bare.match[i] >= whole.match[i] {
		t.Errorf("match of show: %.2f with its particle, %.2f without; want 1 and less", whole.match[i], bare.match[i])
	}
}
