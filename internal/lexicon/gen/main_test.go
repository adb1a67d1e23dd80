package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/internal/lexicon/npmsrc/npmsrctest"
)

// fakeTarball writes a tarball shaped like the npm package's, with the
// given JSON member.
func fakeTarball(t *testing.T, json string) string {
	t.Helper()
	return npmsrctest.Tarball(t, []string{"package/LICENSE", member}, map[string]string{"package/LICENSE": "MIT", member: json})
}

const fakeJSON = `{"precision":8,"l2NormIndex":3,"wordIndex":4,"size":4,"dimensions":3,
"words":["the",",","of","to"],
"vectors":{",":[1,1,1,1.7,1],"to":[0,0,-2,2,3],"the":[3,0,4,5,0],"of":[0,1,0,1,2]},
"unkVector":[0,0,0,-1]}`

func TestWrite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "glove.bin")
	var stdout bytes.Buffer
	if err := run([]string{"-tgz", fakeTarball(t, fakeJSON), "-words", "2", "-out", out}, &stdout); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// The comma is skipped; "the" is (3,0,4)/5 = (0.6, 0, 0.8) → (76, 0, 102).
	want := []byte("LXG1")
	want = binary.LittleEndian.AppendUint32(want, 3)
	want = binary.LittleEndian.AppendUint32(want, 2)
	want = binary.LittleEndian.AppendUint32(want, 7)
	want = append(want, 3, 't', 'h', 'e', 2, 'o', 'f')
	want = append(want, 76, 0, 102, 0, 127, 0)
	if !bytes.Equal(got, want) {
		t.Errorf("table = %v; want %v", got, want)
	}
	if !strings.Contains(stdout.String(), "2 words") {
		t.Errorf("run printed %q; want a word count", stdout.String())
	}
}

func TestReport(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	qs := filepath.Join(dir, "q.jsonl")
	if err := os.WriteFile(doc, []byte("The Ukraine of Ukraine, to."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(qs, []byte(`{"q":"of the"}`+"\n"+`{"text":"ignored"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	err := run([]string{"-tgz", fakeTarball(t, fakeJSON), "-report", "-sizes", "1,3", "-docs", doc, "-questions", qs}, &stdout)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| 1 | 0.00 MB | 25.0% (1/4) | 50.0% (1/2) |",
		"| 3 | 0.00 MB | 75.0% (3/4) | 100.0% (2/2) |",
		"question words missing at 1: of",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, stdout.String())
		}
	}
}

func TestBadInput(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"no tarball", nil},
		{"missing file", []string{"-tgz", "/nonexistent.tgz"}},
		{"bad json", []string{"-tgz", fakeTarball(t, `{"words":["a"],"vectors":{"a":[1,`)}},
		{"short vector", []string{"-tgz", fakeTarball(t, `{"dimensions":3,"words":["a"],"vectors":{"a":[1]}}`)}},
		{"missing vector", []string{"-tgz", fakeTarball(t, `{"dimensions":3,"words":["a","b"],"vectors":{"a":[1,2,3]}}`)}},
	} {
		args := append(c.args, "-out", filepath.Join(t.TempDir(), "glove.bin"))
		if err := run(args, &bytes.Buffer{}); err == nil {
			t.Errorf("run(%s) = nil; want an error", c.name)
		}
	}
}
