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

// TestUndertakingsOutcome: a word whose framed sense is an attempt's
// outcome is left out: one that entails another verb, one whose hypernym
// does, and the antonym of either; the attempt it entails stays.
func TestUndertakingsOutcome(t *testing.T) {
	data := "00000001 41 v 01 attempt 0 000 01 + 28 00 | make an effort\n" +
		"00000002 41 v 01 prevail 0 002 * 00000001 v 0000 ! 00000004 v 0101 01 + 28 00 | come through\n" +
		"00000003 41 v 01 contrive 0 001 @ 00000002 v 0000 01 + 28 00 | come through somehow\n" +
		"00000004 41 v 01 flop 0 001 ! 00000002 v 0101 01 + 28 00 | come to nothing\n" +
		"00000005 41 v 01 loop 0 001 @ 00000005 v 0000 01 + 28 00 | its own hypernym\n"
	index := "  1 licence\n" +
		"attempt v 1 0 1 1 00000001\nprevail v 1 0 1 1 00000002\ncontrive v 1 0 1 1 00000003\n" +
		"flop v 1 0 1 1 00000004\nloop v 1 0 1 1 00000005\n"
	tags := map[string]int{"v:attempt:00000001": 1, "v:prevail:00000002": 1, "v:contrive:00000003": 1, "v:flop:00000004": 1, "v:loop:00000005": 1}
	got := undertakings([]byte(data), []byte(index), tags)
	if want := []string{"attempt", "loop"}; !slices.Equal(got, want) {
		t.Errorf("undertakings = %q; want %q", got, want)
	}
}

// TestUndertakingsThingSubject: a framed sense that also takes a thing or
// "it" as its subject (frames 1, 10, 34 …) is no deed undertaken; the
// frames of another word of the synset do not count against a word.
func TestUndertakingsThingSubject(t *testing.T) {
	data := "00000001 41 v 01 befall 0 000 02 + 28 00 + 34 00 | come to pass\n" +
		"00000002 41 v 02 aid 0 pledge 0 000 03 + 28 00 + 10 01 + 02 00 | give help\n"
	index := "  1 licence\n" +
		"befall v 1 0 1 1 00000001\naid v 1 0 1 1 00000002\npledge v 1 0 1 1 00000002\n"
	tags := map[string]int{"v:befall:00000001": 1, "v:aid:00000002": 1, "v:pledge:00000002": 1}
	got := undertakings([]byte(data), []byte(index), tags)
	if want := []string{"pledge"}; !slices.Equal(got, want) {
		t.Errorf("undertakings = %q; want %q", got, want)
	}
}
