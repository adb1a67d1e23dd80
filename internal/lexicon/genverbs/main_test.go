package main

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestVerbs: a lemma is a verb when tagged as one at least as often as as
// a noun, or never a noun; collocations are left out.
func TestVerbs(t *testing.T) {
	verbIndex := "build v 3 2 @ ~ 3 4 00001 00002 00003\n" +
		"summit v 1 1 @ 1 0 00004\n" +
		"deal v 2 1 @ 2 2 00005 00006\n" +
		"set_up v 1 1 @ 1 3 00007\n" +
		"rebuild v 1 1 @ 1 0 00008\n"
	nounIndex := "build n 1 1 @ 1 1 00009\n" +
		"summit n 2 1 @ 2 3 00010 00011\n" +
		"deal n 3 1 @ 3 2 00012 00013 00014\n"
	got := mostlyTagged([]byte(verbIndex), []byte(nounIndex))
	want := []string{"build", "deal", "rebuild"}
	if !slices.Equal(got, want) {
		t.Errorf("mostlyTagged = %q; want %q", got, want)
	}
}

// TestRunPos: a part of speech other than verb, adj or adv is refused before
// anything is read or written.
func TestRunPos(t *testing.T) {
	out := t.TempDir() + "/x.txt"
	if err := run("no-such.tgz", out, "noun"); err == nil || !strings.Contains(err.Error(), "-pos") {
		t.Errorf("run -pos noun: %v; want a -pos error", err)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("run -pos noun wrote a file")
	}
}

// TestAdverbs: an adverb must be tagged at least as often as the
// adjective and the noun of its lemma.
func TestAdverbs(t *testing.T) {
	advIndex := "barely r 1 0 1 2 00001\n" +
		"fresh r 1 0 1 1 00002\n" +
		"aloud r 1 0 1 0 00003\n"
	adjIndex := "barely a 1 0 1 1 00004\n" +
		"fresh a 3 0 3 3 00005 00006 00007\n"
	got := mostlyTagged([]byte(advIndex), nil, []byte(adjIndex))
	want := []string{"aloud", "barely"}
	if !slices.Equal(got, want) {
		t.Errorf("mostlyTagged = %q; want %q", got, want)
	}
}
