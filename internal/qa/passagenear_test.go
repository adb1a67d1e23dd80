package qa

import "testing"

// TestPassageNear: a question's word no article uses counts as said in
// other words where the passage holds a word GloVe puts near it, though
// too far for soft matching across the articles; not where the passage
// holds only words of other things.
func TestPassageNear(t *testing.T) {
	words := wordsOf(lower("A retired teacher travelling with his three grandchildren said they had waited all night."))
	if got := passageNear(qterm{word: "grandkids"}, words); got <= 0 {
		t.Errorf("grandkids in a passage of grandchildren: %.2f; want above 0", got)
	}
	if got := passageNear(qterm{word: "submarine"}, words); got != 0 {
		t.Errorf("submarine in a passage of grandchildren: %.2f; want 0", got)
	}
}
