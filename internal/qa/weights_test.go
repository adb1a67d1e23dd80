package qa

import (
	"strings"
	"testing"
)

func TestWeightsRoundTrip(t *testing.T) {
	w := DefaultWeights()
	back, err := ParseWeights(w.Format())
	if err != nil {
		t.Fatal(err)
	}
	if back != w {
		t.Errorf("ParseWeights(Format()) = %v; want %v", back, w)
	}
	for _, bad := range []string{
		strings.Replace(w.Format(), "rank.coverage", "rank.covfefe", 1),    // unknown feature
		strings.Replace(w.Format(), "evidence.bias", "# evidence.bias", 1), // missing feature
		"rank.coverage x\n",  // not a number
		"other.coverage 1\n", // unknown group
		"rank.coverage\n",    // no value
	} {
		if _, err := ParseWeights(bad); err == nil {
			t.Errorf("ParseWeights(%.40q…): no error", bad)
		}
	}
}
