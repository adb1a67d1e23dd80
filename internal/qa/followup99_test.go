package qa

import (
	"context"
	"strings"
	"testing"
)

// TestThereAfterAnsweredPlace: after a question whose short answer names a
// place ("Marsby Mayor Ilse Raven"), a follow-up's "there" is that place,
// though the passage around the answer goes on to a scene of another
// ("aid sent to Dunhollow").
func TestThereAfterAnsweredPlace(t *testing.T) {
	e := whyEngine(t, "In the town of Marsby, about 500 people are sleeping in cars after the storm. "+
		"Marsby Mayor Ilse Raven said the town had received a fraction of the aid sent to Dunhollow.\n\n"+
		"In Dunhollow, about 900 people are sleeping in the sports hall.")
	ctx := context.Background()
	ans, err := e.Ask(ctx, "who is ilse raven")
	if err != nil || !strings.Contains(ans.found(), "Marsby") {
		t.Fatalf("who is ilse raven: %q, %v; want an answer naming Marsby (the test's premise)", ans.found(), err)
	}
	got := e.Resolve(ctx, "how many people are sleeping rough there", "who is ilse raven")
	if !strings.Contains(got, "in Marsby") {
		t.Errorf("read as %q; want \"there\" as in Marsby, the place the answer named", got)
	}
}

// TestPlaceWithin: a place among a short answer's capitalised words, the
// longest first, though the words read on as one name.
func TestPlaceWithin(t *testing.T) {
	e := whyEngine(t, "In the port town of Port Lisle, 40 homes flooded on Monday. In the town of Marsby, 12 did.")
	for _, c := range []struct{ found, want string }{
		{"Port Lisle Harbour Master Ana Ruiz", "Port Lisle"},
		{"Marsby Mayor Ilse Raven", "Marsby"},
		{"Ilse Raven", ""},
		{"the mayor", ""},
	} {
		if got := e.placeWithin(c.found); got != c.want {
			t.Errorf("placeWithin(%q) = %q; want %q", c.found, got, c.want)
		}
	}
}
