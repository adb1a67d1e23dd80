package qa

import (
	"context"
	"strings"
	"testing"
)

// TestBoundWithin: a group pronoun in a subordinate clause takes a plural
// noun of the main clause before it; one in the plural's own clause, or
// with no plural before its subordinator, does not.
func TestBoundWithin(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"how much did strikers get while they were out", true},
		{"what did the children do after they left", true},        // an irregular plural
		{"how much did the dockers pay them", false},              // free in its own clause
		{"how much did the union get while they were out", false}, // no plural
		{"what did kct offer them", false},
		{"how much did the union pay while the dockers waited for them", false}, // the plural in the pronoun's own clause
		{"how much did strikers get until they went back", true},                // "until" opens a clause too
		{"what happens to the ferry when they close the bridge", false},         // a verb's -s, no plural
	} {
		w := wordsOf(c.q)
		i := len(w) - 1
		for i >= 0 && !groupPronouns[lower(w[i])] {
			i--
		}
		if got := boundWithin(w, i); got != c.want {
			t.Errorf("boundWithin(%q) = %v; want %v", c.q, got, c.want)
		}
	}
}

// TestPronounBoundInQuestion: a follow-up that names whom its "they"
// stands for is read with its own words, the pronoun kept, and not given
// the previous question's subject.
func TestPronounBoundInQuestion(t *testing.T) {
	e := whyEngine(t, "The Marsby dock strike cost the town's economy about €40 million. "+
		"Strikers were paid €60 a day from the union's fund while they were out.")
	got := e.Resolve(context.Background(), "and how much did strikers get while they were out", "how much did the marsby strike cost the economy")
	if !strings.Contains(got, "while they were out") || strings.Contains(strings.ToLower(got), "economy") {
		t.Errorf("read as %q; want the follow-up's own words, \"they\" kept", got)
	}
	// with no "and" before it, a question of its own: asked as typed (a
	// merged reading drops its fillers, "also")
	got = e.Resolve(context.Background(), "how much did strikers also get while they were out", "how much did the marsby strike cost the economy")
	if got != "how much did strikers also get while they were out" {
		t.Errorf("read as %q; want it asked as typed", got)
	}
}

// TestItIsExistentialSubject: after "is there X …", a follow-up's "it" is
// X, not the words after a subordinator.
func TestItIsExistentialSubject(t *testing.T) {
	for _, c := range []struct{ prev, want string }{
		{"is there a ferry while the bridge is shut", "a ferry"},
		{"are there any buses that go to the airport", "any buses"},
		{"did the council run a ferry", ""},
		{"is the ferry running", ""},
		{"is there anything the council can do while the bridge is shut", ""}, // an indefinite says no thing exists
		{"are there buses until the bridge opens", "buses"},
	} {
		if got := existentialSubject(frameOf(wordsOf(c.prev))); got != c.want {
			t.Errorf("existentialSubject(%q) = %q; want %q", c.prev, got, c.want)
		}
	}
	e := whyEngine(t, "The Marsby bridge is shut for repairs until March. "+
		"A free ferry runs every twenty minutes while the bridge is shut, and the council pays €8,000 a week for it.")
	got := e.Resolve(context.Background(), "how much is the council paying for it", "is there a ferry while the marsby bridge is shut")
	if !strings.Contains(got, "for a ferry") {
		t.Errorf("read as %q; want \"it\" read as a ferry", got)
	}
}
