package qa

import "testing"

// TestOutcomePlannedOnly: "what/when/where did X V" is declined where the
// passage holds X only in a clause of what was to come, and answered where
// it tells what came of it, where X is only a number, or where the
// question asks what was promised.
func TestOutcomePlannedOnly(t *testing.T) {
	planned := "---\nid: p\nheadline: Lake Orran water checks\n---\n" +
		"The lake authority met on Monday to discuss the algae bloom.\n\n" +
		"The authority said its engineers would carry out soil surveys along the Orran shore next month.\n"
	e := engineOfText(t, planned)
	for _, q := range []string{
		"what did the soil surveys reveal",
		"so what did the shore surveys turn up",
		"when did the soil surveys detect the algae",
	} {
		wantDeclined(t, e, q)
	}
	wantAnswered(t, e, "what did the authority promise about soil surveys")
	done := "---\nid: p\nheadline: Lake Orran water checks\n---\n" +
		"The lake authority met on Monday to discuss the algae bloom.\n\n" +
		"Soil surveys along the Orran shore found high levels of phosphate, the authority said.\n"
	wantAnswered(t, engineOfText(t, done), "what did the soil surveys reveal")
}

// TestOutcomePlannedOnlyCases: the judgement itself, one sentence a
// passage. A number is no mention of what is asked about ("two" before a
// modal says how many, not which); a verb said as done, a question of
// what was promised or of what is to come are what the clause answers.
func TestOutcomePlannedOnlyCases(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		q, text string
		want    bool
	}{
		{"what did the soil surveys reveal", "Engineers would carry out soil surveys along the shore next month.", true},
		{"where did the soil surveys take place", "The authority said it would carry out soil surveys next month.", true},
		{"what did the soil surveys reveal", "Soil surveys along the shore found phosphate.", false},
		{"what did the two inspectors blame", "The two wardens would report to the board on Friday.", false},
		{"what did the authority promise about soil surveys", "Engineers would carry out soil surveys next month.", false},
		{"what will the soil surveys reveal", "Engineers would carry out soil surveys next month.", false},
		{"did the soil surveys reveal phosphate", "Engineers would carry out soil surveys next month.", false},
		{"what did the soil surveys reveal", "", false},
		{"what did the surveys’ — £5 é reveal", "Surveys — £5 é ’", false},
	} {
		q := e.analyse(tc.q)
		if got := e.outcomePlannedOnly(&q, candOf(e, tc.text)); got != tc.want {
			t.Errorf("outcomePlannedOnly(%q, %q) = %v; want %v", tc.q, tc.text, got, tc.want)
		}
	}
}
