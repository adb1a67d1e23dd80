package qa

import (
	"strings"
	"testing"
)

// TestLowerHasSuffix: lowerHasSuffix answers as lowering the whole text
// does, for texts in any case, with letters that lower to fewer or more
// bytes ("İ", the Kelvin sign), invalid bytes, and shorter than the
// suffix or empty.
func TestLowerHasSuffix(t *testing.T) {
	texts := []string{
		"The harbour master said", "the harbour master SAID", "Crews, Wren Said", "said", "aid", "", "d",
		"Wren saİD", "Wren SAİD", "İİİİsaid", "café said", "café saïd", "Wren sai\xffd", "Wren said\xe2\x80",
		"\xe2\x80said", "Kelvin \u212aaid", "—said", "said—", "Ana Petrak, the mayor, told", "cut BY", "cut bY", "standby",
	}
	yes := 0
	for _, s := range texts {
		for _, suffix := range []string{"said", "d", "", " by"} {
			want := strings.HasSuffix(strings.ToLower(s), suffix)
			if got := lowerHasSuffix(s, suffix); got != want {
				t.Errorf("lowerHasSuffix(%q, %q) = %v; want %v", s, suffix, got, want)
			}
			if want && suffix == "said" {
				yes++
			}
		}
	}
	if yes < 4 {
		t.Errorf("only %d texts end in said; the test reads too few", yes)
	}
}
