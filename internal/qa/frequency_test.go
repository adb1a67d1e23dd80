package qa

import "testing"

// TestFrequencyType: "how often" is answered by a figure that says a
// rate, "every"/"each" before a unit of time (years too) or "N times" a
// unit; a span of time alone, a sum of money or a share is no frequency.
func TestFrequencyType(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		q, text string
		want    float64
	}{
		{"how often does the ferry run", "The ferry runs every 15 minutes on weekdays.", 1},
		{"how often does the ferry run", "The ferry carried 19,800 passengers in its first eight days.", 0.5},
		{"how often does the ferry run", "The ferry service costs the council $40,000 a month.", 0.5},
		{"how often does the market bus run", "The market bus runs three times a week.", 1},
		{"how often does the patrol boat go out", "The patrol boat goes out each 12 hours in winter.", 1},
		// the rate must follow "times" at once: three times over a span is a count
		{"how often does the market bus run", "The market bus has run three times in a week of storms.", 0.5},
		{"how often has the valley flooded", "The valley has flooded three times since the dam was built.", 0.5},
		{"how often could a flood this size happen", "A flood this size could now come roughly once every 30 years.", 1},
		{"how often could a flood this size happen", "Insurers said a flood this size would cost them 18% more.", 0.5},
	} {
		q := e.analyse(tc.q)
		if q.measure != "frequency" {
			t.Fatalf("%q: measure %q; want frequency", tc.q, q.measure)
		}
		if got := e.typeHowMany(&q, parsedCand(t, e, tc.text)); got != tc.want {
			t.Errorf("%q on %q: type %.1f; want %.1f", tc.q, tc.text, got, tc.want)
		}
	}
}
