package lexicon

import "testing"

// TestTakesClause reads the verbs whose commonest sense takes a clause in
// any form, and no verb whose commonest sense takes none.
func TestTakesClause(t *testing.T) {
	for w, want := range map[string]bool{
		"predicts": true, "predicted": true, "argues": true, "warned": true, "says": true, "fears": true,
		"visited": false, "inspected": false, "toured": false, "closed": false, "depot": false, "": false,
	} {
		if got := TakesClause(w); got != want {
			t.Errorf("TakesClause(%q) = %v; want %v", w, got, want)
		}
	}
}
