package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// TestInfinitiveNoPurpose: the "to" after a past verb opens a purpose
// ("worked to reopen"), but not after a verb of asking or telling, whose
// to-infinitive is what was asked ([asking-verb-words] and
// [infinitive-words] both).
func TestInfinitiveNoPurpose(t *testing.T) {
	for text, purpose := range map[string]bool{
		"Crews worked to reopen the road.":               true,
		"The mayor was pressed to reopen the road.":      false,
		"The mayor was urged to reopen the road.":        false,
		"The crews were ordered to reopen the road.":     false,
		"The residents demanded to see the road reopen.": false,
	} {
		lower := strings.ToLower(text)
		if got := reasonCue(text, lower, strings.Index(lower, " to ")+1, "to"); got != purpose {
			t.Errorf("reasonCue(%q, to) = %v; want %v", text, got, purpose)
		}
	}
}

// TestInfinitiveWordsObjinfLacks: kinds.txt's [infinitive-words] holds
// only verbs of telling that lexicon.TakesObjectInfinitive (objinf.txt,
// read beside it) does not know, so the hand list repeats none of
// WordNet's.
func TestInfinitiveWordsObjinfLacks(t *testing.T) {
	for w := range cueSet("infinitive-words") {
		if lexicon.TakesObjectInfinitive(w) {
			t.Errorf("[infinitive-words] %q: objinf.txt has it", w)
		}
	}
	for _, w := range []string{"ordered", "persuaded", "instructed"} {
		if !lexicon.TakesObjectInfinitive(w) && !infinitiveVerbs[w] {
			t.Errorf("%q: neither objinf.txt nor infinitiveVerbs has it", w)
		}
	}
}
