package main

import (
	"slices"
	"testing"
)

// TestUndertakings: a word whose tagged sense of communication or social
// life has frame 28 for it is kept (w_num 00: every word of the synset);
// one whose frame is on an untagged sense, on a sense of another file, or
// for another word of its synset only, is not.
func TestUndertakings(t *testing.T) {
	data := "00000001 32 v 02 vow 0 swear 0 000 01 + 28 00 | promise solemnly\n" +
		"00000002 41 v 02 volunteer 0 step_up 0 000 01 + 28 01 | offer oneself\n" +
		"00000003 40 v 01 obtain 0 000 01 + 28 00 | come to have\n" +
		"00000004 41 v 01 cajole 0 000 01 + 28 00 | rare sense\n"
	index := "  1 licence\n" +
		"vow v 1 0 1 1 00000001\nswear v 1 0 1 1 00000001\nvolunteer v 1 0 1 1 00000002\n" +
		"step_up v 1 0 1 1 00000002\nobtain v 1 0 1 1 00000003\ncajole v 1 0 1 1 00000004\n"
	tags := map[string]int{"v:vow:00000001": 3, "v:swear:00000001": 1, "v:volunteer:00000002": 2, "v:obtain:00000003": 5}
	got := undertakings([]byte(data), []byte(index), tags)
	if want := []string{"swear", "volunteer", "vow"}; !slices.Equal(got, want) {
		t.Errorf("undertakings = %q; want %q", got, want)
	}
}
