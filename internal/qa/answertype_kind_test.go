package qa

import "testing"

// TestKindNotAnotherQuestionWord: "which airports" asks for airports by
// name; a word near "airports" in meaning that the question itself asks
// of ("flights") is no kind of airport, so the names after it ("flights
// to Rome and Oslo") name no airport, where "the small airports of Brill
// and Tamsk" do.
func TestKindNotAnotherQuestionWord(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Airline Outage
---
Skyways, a rival carrier, added extra flights to Rome and Oslo for Saturday and offered stranded Aerolux passengers cheap seats.

Its flights from the small airports of Brill and Tamsk were also cancelled because crews could not be reached.
`)
	q := e.analyse("which other airports lost their aerolux flights too")
	for _, tc := range []struct {
		text string
		want float64
	}{
		{"Skyways, a rival carrier, added extra flights to Rome and Oslo for Saturday and offered stranded Aerolux passengers cheap seats.", 0.5},
		{"Its flights from the small airports of Brill and Tamsk were also cancelled because crews could not be reached.", 1},
	} {
		if got := e.namesOfKind(&q, parsedCand(t, e, tc.text)); got != tc.want {
			t.Errorf("namesOfKind(%q): %v; want %v", tc.text, got, tc.want)
		}
	}
}
