package qa

import (
	"strings"
	"testing"
)

// TestNearModifierOpposites: a description's adjective is met by a
// GloVe-near adjective of the passage, never by its opposite, which GloVe
// puts as near ("senior" for "junior").
func TestNearModifierOpposites(t *testing.T) {
	for _, c := range []struct {
		asked, w string
		want     bool
	}{
		{"relief", "humanitarian", true},
		{"junior", "senior", false},
		{"domestic", "foreign", false},
	} {
		if got := nearModifier(c.asked, c.w); got != c.want {
			t.Errorf("nearModifier(%q, %q) = %v; want %v", c.asked, c.w, got, c.want)
		}
	}
	e := howEngine(t, "The tram depot reopened on Monday.\n\nOdile Karsk, a senior transport official at the ministry, said the trams would run again in June.\n\nJonas Berg, a foreign aid official, said the convoy had left.")
	for _, c := range []struct{ q, others string }{
		{"what did the junior transport official say", "trams would run"},
		{"what did the domestic aid official say", "convoy had left"},
	} {
		if a := mustAsk(t, e, c.q); a.Answered && strings.Contains(a.Short, c.others) {
			t.Errorf("%q answered with the opposite official's words: %q", c.q, a.Short)
		}
	}
	if a := mustAsk(t, e, "what did the senior transport official say"); !a.Answered || !strings.Contains(a.Short+a.Passages[0].Text, "trams would run") {
		t.Errorf("senior official: %v %q", a.Answered, a.Short)
	}
}
