package qa

import "testing"

// TestStandsBy holds stands, standsAs and hardHit to what they tell apart:
// a GloVe neighbour (soft) counts for stands only.
func TestStandsBy(t *testing.T) {
	q := &question{lookup: map[string][]termHit{
		"truce":     {{i: 0, w: 0.7}},
		"armistice": {{i: 0, w: 0.5, soft: true}},
		"talks":     {{i: 1, w: 1}},
	}}
	for _, c := range []struct {
		term             string
		i                int
		stands, standsAs bool
	}{
		{"truce", 0, true, true},
		{"armistice", 0, true, false},
		{"armistice", 1, false, false},
		{"talks", 1, true, true},
		{"talks", 0, false, false},
		{"summit", 0, false, false},
	} {
		if got := q.stands(c.term, c.i); got != c.stands {
			t.Errorf("stands(%q, %d) = %v, want %v", c.term, c.i, got, c.stands)
		}
		if got := q.standsAs(c.term, c.i); got != c.standsAs {
			t.Errorf("standsAs(%q, %d) = %v, want %v", c.term, c.i, got, c.standsAs)
		}
	}
	for term, want := range map[string]bool{"truce": true, "armistice": false, "talks": true, "summit": false} {
		if got := q.hardHit(term); got != want {
			t.Errorf("hardHit(%q) = %v, want %v", term, got, want)
		}
	}
}
