package main

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc/npmsrctest"
)

// TestThinking: a verb is kept when its commonest sense is of cognition
// and a sense of cognition takes a that-clause, for every word of the
// synset (w_num 0) or for its own word; not when the commonest sense is
// another's, nor when no cognition sense takes a clause.
func TestThinking(t *testing.T) {
	data := "00000001 31 v 02 think 0 believe 0 000 01 + 26 00 | judge\n" +
		"00000002 31 v 02 reckon 0 study 0 000 01 + 26 01 | reckon\n" +
		"00000003 38 v 01 go 0 000 01 + 26 00 | move\n" +
		"00000004 31 v 01 go 0 000 01 + 26 00 | go over\n" +
		"00000005 31 v 01 set_about 0 000 01 + 26 00 | collocation\n"
	index := "think v 1 1 @ 1 1 00000001\n" +
		"believe v 1 1 @ 1 1 00000001\n" +
		"reckon v 1 1 @ 1 1 00000002\n" +
		"study v 1 1 @ 1 1 00000002\n" +
		"go v 2 1 @ 2 2 00000003 00000004\n" +
		"set_about v 1 1 @ 1 0 00000005\n"
	got := thinking([]byte(index), []byte(data))
	if want := []string{"believe", "reckon", "think"}; !slices.Equal(got, want) {
		t.Errorf("thinking = %q; want %q", got, want)
	}
}

// TestClauseVerbs: a verb is kept when its commonest sense takes a
// that-clause for it, whatever that sense's kind; not when only another
// sense takes one, nor when the frame is of another word of the synset.
func TestClauseVerbs(t *testing.T) {
	data := "00000001 32 v 01 predict 0 000 01 + 26 00 | foretell\n" +
		"00000002 38 v 01 visit 0 000 01 + 08 00 | go to see\n" +
		"00000003 32 v 01 visit 0 000 01 + 26 00 | chat\n" +
		"00000004 32 v 02 argue 0 contend 0 000 01 + 26 01 | reason\n"
	index := "predict v 1 1 @ 1 1 00000001\n" +
		"visit v 2 1 @ 2 2 00000002 00000003\n" +
		"argue v 1 1 @ 1 1 00000004\n" +
		"contend v 1 1 @ 1 1 00000004\n"
	got := clauseVerbs([]byte(index), []byte(data))
	if want := []string{"argue", "predict"}; !slices.Equal(got, want) {
		t.Errorf("clauseVerbs = %q; want %q", got, want)
	}
}

// TestRunNeedsWordNet: without the tarball nothing is read or written.
func TestRunNeedsWordNet(t *testing.T) {
	if err := run("", t.TempDir()+"/x.txt", false); err == nil || !strings.Contains(err.Error(), "-wordnet") {
		t.Errorf("run without -wordnet: %v; want a -wordnet error", err)
	}
}

// TestRunDefaultOut: without -out each mode writes its own file, so
// -clause alone writes clause.txt and leaves thinking.txt as it was.
func TestRunDefaultOut(t *testing.T) {
	data := "00000001 31 v 01 think 0 000 01 + 26 00 | judge\n" +
		"00000002 32 v 01 predict 0 000 01 + 26 00 | foretell\n"
	index := "think v 1 1 @ 1 1 00000001\n" +
		"predict v 1 1 @ 1 1 00000002\n"
	tgz := npmsrctest.Tarball(t, []string{"package/LICENSE", indexVerb, dataVerb},
		map[string]string{"package/LICENSE": "WordNet", indexVerb: index, dataVerb: data})
	for _, tc := range []struct {
		clause      bool
		file, other string
		want        []string
	}{
		{clause: true, file: "clause.txt", other: "thinking.txt", want: []string{"predict", "think"}},
		{clause: false, file: "thinking.txt", other: "clause.txt", want: []string{"think"}},
	} {
		t.Chdir(t.TempDir())
		if err := run(tgz, "", tc.clause); err != nil {
			t.Fatalf("run(clause=%v) without -out: %v", tc.clause, err)
		}
		b, err := os.ReadFile(tc.file)
		if err != nil {
			t.Fatalf("run(clause=%v) without -out: %v; want %s written", tc.clause, err, tc.file)
		}
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if !strings.HasPrefix(l, "#") {
				got = append(got, l)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("run(clause=%v) wrote %s = %q; want %q", tc.clause, tc.file, got, tc.want)
		}
		if _, err := os.Stat(tc.other); err == nil {
			t.Errorf("run(clause=%v) without -out wrote %s too", tc.clause, tc.other)
		}
	}
}
