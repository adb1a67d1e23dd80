package qa

import "testing"

// TestYesNoDegreeIrregularComparative: "better" and "worse", the
// comparatives no spelling rule makes, grade what a yes/no question asks
// about as "bigger" does, so the passage's phrase of degree settles it;
// a word in "-er" that is no adjective's comparative grades nothing.
func TestYesNoDegreeIrregularComparative(t *testing.T) {
	for w, want := range map[string]bool{"worse": true, "better": true, "bigger": true, "corner": false, "water": false} {
		if got := comparative(w); got != want {
			t.Errorf("comparative(%q) = %v; want %v", w, got, want)
		}
	}
	wantShort(t, "The coastguard said on Tuesday that about twelve tonnes of oil had escaped from the tanker, more than double its first estimate of five tonnes.",
		"did the oil spill turn out worse than they first said", "more than double its first estimate of five tonnes")
	wantShort(t, "The Kell ferry service, which the council took over from a private operator in March, carried 4,000 passengers in its first month, more than twice the number of the month before.",
		"did the kell ferry do better once the council took it over", "more than twice the number of the month before")
}

// TestYesNoDegreeAdverbAside: the adverb that grades a comparative, a
// negation among them, opens the phrase of degree with it, so a comma
// before the adverb sets the
// phrase off ("…, *slightly lower than forecast*"), and a phrase set off
// by a comma, an aside, ends at the comma that closes it, not with the
// clause that goes on after it.
func TestYesNoDegreeAdverbAside(t *testing.T) {
	wantShort(t, "The Kell River peaked at Dunmore at 5.2 metres at about midnight on Sunday, slightly lower than forecast, and was falling steadily in all four villages along the valley on Monday afternoon.",
		"did the kell peak higher than forecast at dunmore", "slightly lower than forecast", "falling", "metres")
	// a negation grades it too, and most of all settles the yes or no
	wantShort(t, "The Kell River peaked at Dunmore at 5.2 metres at about midnight on Sunday, no higher than the level forecast, and was falling steadily in all four villages along the valley on Monday afternoon.",
		"did the kell peak higher than forecast at dunmore", "no higher than the level forecast", "falling", "metres")
}

// TestYesNoDegreeAfterBut: "but" before a comparative sets its phrase off
// as "and" does, though WordNet lists "but" among its adverbs too, which
// the adverb step would take into the phrase (final read FH1).
func TestYesNoDegreeAfterBut(t *testing.T) {
	wantShort(t, "The Kell River crested at Dunmore below the new flood wall but higher than the authority had forecast on Sunday.",
		"did the kell crest higher than forecast at dunmore", "higher than the authority had forecast")
}
