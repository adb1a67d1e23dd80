package main

import (
	"slices"
	"strings"
	"testing"
)

// TestObjectInfinitive: a word with frame 24 or 25 on one of its first
// two senses is kept, with w_num 00 every word of its synset; a word whose
// frame is on a rarer sense only, a verb of using and a collocation are
// not, nor a word whose frames are others, nor one whose first sense is
// of moving or touching and has the frame on its second only ("jostle"
// here; "goad", whose first sense is social, is kept).
func TestObjectInfinitive(t *testing.T) {
	data := "00000001 32 v 02 coax 0 wheedle 0 000 02 + 08 00 + 24 00 | get someone to act\n" +
		"00000002 41 v 02 permit 0 let_in 0 001 @ 00000001 v 0000 01 + 25 00 | let something happen\n" +
		"00000003 34 v 01 wield 0 000 01 + 24 00 | put a tool to work\n" +
		"00000004 35 v 02 shove 0 nudge 0 000 02 + 08 00 + 24 02 | push\n" +
		"00000005 38 v 01 stroll 0 000 01 + 02 00 | walk\n" +
		"00000006 41 v 01 convene 0 000 01 + 08 00 | bring together\n" +
		"00000007 41 v 01 convene 0 000 01 + 08 00 | sit as a body\n" +
		"00000008 41 v 01 convene 0 000 01 + 24 00 | bind someone to do\n" +
		"00000009 38 v 01 jostle 0 000 01 + 02 00 | move with force\n" +
		"00000010 32 v 01 jostle 0 000 01 + 24 00 | drive someone to act\n" +
		"00000011 35 v 01 jostle 0 000 01 + 08 00 | touch roughly\n" +
		"00000012 41 v 01 goad 0 000 01 + 08 00 | provoke\n" +
		"00000013 32 v 01 goad 0 000 01 + 24 00 | drive someone to act\n"
	index := "  1 licence\n" +
		"coax v 1 0 1 1 00000001\nwheedle v 1 0 1 1 00000001\npermit v 1 1 @ 1 1 00000002\n" +
		"wield v 1 0 1 1 00000003\nshove v 1 0 1 1 00000004\nnudge v 1 0 1 1 00000004\n" +
		"stroll v 1 0 1 1 00000005\nconvene v 3 0 3 3 00000006 00000007 00000008\n" +
		"jostle v 3 0 3 3 00000009 00000010 00000011\ngoad v 2 0 2 2 00000012 00000013\n"
	got := objectInfinitive([]byte(data), []byte(index), nil, 2, 0)
	want := []string{"coax", "goad", "nudge", "permit", "wheedle"}
	if !slices.Equal(got, want) {
		t.Errorf("objectInfinitive = %q; want %q", got, want)
	}
	if got := objectInfinitive([]byte(data), []byte(index), nil, 3, 0); !slices.Contains(got, "convene") {
		t.Errorf("objectInfinitive with 3 senses = %q; want convene in it", got)
	}
}

// TestRatioClause: the header names a ratio only when one was applied.
func TestRatioClause(t *testing.T) {
	if got := ratioClause(0); got != "" {
		t.Errorf("ratioClause(0) = %q; want none", got)
	}
	if got := ratioClause(0.5); !strings.Contains(got, "0.50") {
		t.Errorf("ratioClause(0.5) = %q", got)
	}
}
