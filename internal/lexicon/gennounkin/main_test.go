package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc"
)

// TestKin: syn reads every sense of a noun, not only its commonest;
// sister and hypo read its commonest sense alone, and take a related noun
// only by its own commonest sense; a noun the embeddings lack is left out.
func TestKin(t *testing.T) {
	syn := map[string]npmsrc.Synset{}
	npmsrc.WordNetSynsets([]byte(`  1 licence text, skipped
00000001 04 n 01 surgery 0 001 @ 00000009 n 0000 | a branch of medicine
00000002 04 n 03 operation 0 surgery 0 cutting 0 001 @ 00000009 n 0000 | a procedure
00000003 04 n 01 operation 0 000 | a business
00000009 04 n 01 medicine 0 003 ~ 00000001 n 0000 ~ 00000002 n 0000 ~ 00000004 n 0000 | the science
00000004 04 n 01 radiology 0 001 @ 00000009 n 0000 | a branch
`), func(s npmsrc.Synset) { syn[s.Offset] = s })
	senses := map[string][]string{
		"surgery": {"00000001", "00000002"}, "operation": {"00000003", "00000002"}, "cutting": {"00000002"},
		"medicine": {"00000009"}, "radiology": {"00000004"},
	}
	known := func(w string) bool { return w != "cutting" }
	got := kin(syn, senses, known, []string{"syn", "sister", "hypo"})
	for k, want := range map[string][]string{
		"syn:surgery":    {"operation"}, // a second sense; not "cutting", unknown
		"syn:operation":  {"surgery"},
		"sister:surgery": {"radiology"}, // not "operation": the synset is no commonest sense of it
		"hypo:surgery":   {"medicine"},
		"hypo:medicine":  {"surgery", "radiology"},
	} {
		if !slices.Equal(got[k], want) {
			t.Errorf("kin[%q] = %q; want %q", k, got[k], want)
		}
	}
	if got["syn:cutting"] != nil {
		t.Errorf("kin[syn:cutting] = %q; want none (a word the embeddings lack)", got["syn:cutting"])
	}
}

// TestRunUnknownRelation: a mistyped -rel is refused, not written as a
// table of its header alone (final re-read FB F4).
func TestRunUnknownRelation(t *testing.T) {
	err := run("no-such.tgz", t.TempDir()+"/out.txt", []string{"sin"})
	if err == nil || !strings.Contains(err.Error(), "no such relation") {
		t.Errorf("run with -rel sin: %v; want a no-such-relation error", err)
	}
}
