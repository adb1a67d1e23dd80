package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const followUp = `---
id: follow-up-talks
headline: Coalition envoys meet again in Berlin
outlet: Example News
published: 2026-01-12
url: https://example.com/follow-up
---
Envoys of the coalition met again in Berlin on Monday to finish the guarantee documents.
The Zanzibar delegation pledged 400 drones for the monitoring mission.
`

func corpusDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runJSON(t *testing.T, args ...string) (map[string]any, error) {
	t.Helper()
	var out bytes.Buffer
	err := run(context.Background(), args, func(string) string { return "" }, strings.NewReader(""), &out)
	if err != nil {
		return nil, err
	}
	var v map[string]any
	if jerr := json.Unmarshal(out.Bytes(), &v); jerr != nil {
		t.Fatalf("%v: output is not JSON: %v\n%s", args, jerr, out.String())
	}
	return v, nil
}

func sourceIDs(t *testing.T, args ...string) []string {
	t.Helper()
	v, err := runJSON(t, append([]string{"sources", "--json"}, args...)...)
	if err != nil {
		t.Fatalf("sources %v: %v", args, err)
	}
	var ids []string
	for _, s := range v["sources"].([]any) {
		ids = append(ids, s.(map[string]any)["doc"].(string))
	}
	return ids
}

func TestCorpusFlags(t *testing.T) {
	dir := corpusDir(t, map[string]string{"follow.md": followUp})
	for _, tc := range []struct {
		args []string
		want int // articles
	}{
		{nil, 5},
		{[]string{"--corpus", dir}, 6},
		{[]string{"--corpus=" + dir, "--corpus-only"}, 1},
	} {
		if got := sourceIDs(t, tc.args...); len(got) != tc.want {
			t.Errorf("sources %v = %v; want %d articles", tc.args, got, tc.want)
		}
	}
	v, err := runJSON(t, "ask", "--json", "--corpus", dir, "how many drones did the Zanzibar delegation pledge?")
	if err != nil {
		t.Fatal(err)
	}
	ps := v["passages"].([]any)
	if len(ps) == 0 || ps[0].(map[string]any)["doc"] != "follow-up-talks" {
		t.Errorf("ask --corpus: passages %v; want the follow-up article first", ps)
	}
	var ue usageError
	for _, args := range [][]string{
		{"sources", "--corpus-only"},
		{"sources", "--corpus"},
		{"ask", "--skip-bad=yes", "x"},
	} {
		if _, err := runJSON(t, args...); !errors.As(err, &ue) {
			t.Errorf("%v: error %v; want a usage error", args, err)
		}
	}
}

func TestCorpusBadFile(t *testing.T) {
	dir := corpusDir(t, map[string]string{"follow.md": followUp, "bad.md": "---\nid: x\npublished: soon\n---\nText.\n"})
	_, err := runJSON(t, "sources", "--json", "--corpus", dir)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "bad.md")+":3:") {
		t.Errorf("sources with a bad file: error %v; want bad.md:3", err)
	}
	var warned bytes.Buffer
	e, err := openEngine(source{corpusDir: dir, skipBad: true, warn: &warned})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(e.Corpus().Articles); got != 6 || !strings.Contains(warned.String(), "skipped "+filepath.Join(dir, "bad.md")+":3:") {
		t.Errorf("--skip-bad: %d articles, warned %q; want 6 and bad.md:3 reported", got, warned.String())
	}
}

func TestIndexBuild(t *testing.T) {
	dir := corpusDir(t, map[string]string{"follow.md": followUp})
	path := filepath.Join(t.TempDir(), "idx")
	var out bytes.Buffer
	if err := run(context.Background(), []string{"index", "build", "--corpus", dir, "--out", path}, func(string) string { return "" }, nil, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "indexed 6/6 articles") || !strings.Contains(out.String(), "wrote "+path+": 6 articles") {
		t.Errorf("index build output:\n%s\nwant plain progress lines and a summary", out.String())
	}
	v, err := runJSON(t, "ask", "--json", "--corpus", dir, "--index", path, "how many drones did the Zanzibar delegation pledge?")
	if err != nil {
		t.Fatal(err)
	}
	if ps := v["passages"].([]any); len(ps) == 0 || ps[0].(map[string]any)["doc"] != "follow-up-talks" {
		t.Errorf("ask --index: passages %v; want the follow-up article first", ps)
	}
	_, err = runJSON(t, "ask", "--json", "--index", path, "who refused to deploy troops?")
	if err == nil || !strings.Contains(err.Error(), "built from other articles") {
		t.Errorf("ask --index with other articles: error %v; want a refusal", err)
	}
	for _, args := range [][]string{{"index"}, {"index", "build"}, {"index", "build", "--out", path, "--index", path}} {
		var ue usageError
		if err := run(context.Background(), args, func(string) string { return "" }, nil, &out); !errors.As(err, &ue) {
			t.Errorf("%v: error %v; want a usage error", args, err)
		}
	}
}
