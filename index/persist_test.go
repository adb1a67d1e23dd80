package index

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/synth"
)

// synthCorpus is the real articles and synthetic ones (synth.WithEmbedded),
// n in all.
func synthCorpus(t testing.TB, n int) *corpus.Corpus {
	t.Helper()
	c, err := synth.WithEmbedded(1, n)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestWriteOpen(t *testing.T) {
	c := synthCorpus(t, 40)
	v := DefaultVocabulary()
	path := filepath.Join(t.TempDir(), "sub", "idx")
	var calls, last int
	man, err := Write(context.Background(), path, c, v, func(done, total int) { calls++; last = done })
	if err != nil {
		t.Fatal(err)
	}
	if calls == 0 || last != len(c.Articles) || man.Articles != len(c.Articles) {
		t.Errorf("Write progress: %d calls, last %d, manifest %d articles; want calls ending at %d", calls, last, man.Articles, len(c.Articles))
	}
	ix, err := Open(path, c, v)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	mem, err := Build(c, v)
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	if ix.Docs() != mem.Docs() {
		t.Errorf("opened Docs() = %d; built in memory %d", ix.Docs(), mem.Docs())
	}
	for _, term := range []string{"troop", "croatia", "summit", "not"} {
		if got, want := ix.DocFreq(term), mem.DocFreq(term); got != want || got == 0 {
			t.Errorf("opened DocFreq(%q) = %d; in memory %d", term, got, want)
		}
	}
	for _, q := range []Query{{Text: "Croatia Czech troops"}, {Text: "soldiers"}, {Phrases: []string{"hardest yards"}}} {
		got, err := ix.Search(context.Background(), q)
		if err != nil || len(got) == 0 {
			t.Fatalf("opened Search(%+v) = %v, %v", q, got, err)
		}
		want, _ := mem.Search(context.Background(), q)
		if got[0].Article != want[0].Article || got[0].Seq != want[0].Seq {
			t.Errorf("opened Search(%+v) top = %v; in memory %v", q, got[0], want[0])
		}
	}
	if len(ix.NearTerms("Grynkewic")) == 0 || len(ix.Synonyms("soldier")) == 0 {
		t.Errorf("opened NearTerms/Synonyms empty")
	}
}

func TestOpenRefuses(t *testing.T) {
	c := synthCorpus(t, 20)
	v := DefaultVocabulary()
	dir := t.TempDir()
	path := filepath.Join(dir, "idx")
	if _, err := Write(context.Background(), path, c, v, nil); err != nil {
		t.Fatal(err)
	}
	other := synthCorpus(t, 21)
	otherVocab, err := ParseVocabulary(strings.NewReader("alias: kyiv, kiev\nsynonym: troops, soldiers\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		path string
		c    *corpus.Corpus
		v    *Vocabulary
		want string
	}{
		{"other articles", path, other, v, "built from other articles"},
		{"other vocabulary", path, c, otherVocab, "other analysis settings"},
		{"not an index", dir, c, v, "not a summitbot index"},
		{"missing", filepath.Join(dir, "nope"), c, v, "no such file"},
	} {
		ix, err := Open(tc.path, tc.c, tc.v)
		if err == nil {
			ix.Close()
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Open error = %v; want %q", tc.name, err, tc.want)
		}
		if strings.HasPrefix(tc.name, "other") && !errors.Is(err, ErrMismatch) {
			t.Errorf("%s: Open error %v does not wrap ErrMismatch", tc.name, err)
		}
	}
	if _, err := Write(context.Background(), dir, c, v, nil); err == nil || !strings.Contains(err.Error(), "not an index written by summitbot") {
		t.Errorf("Write over a plain folder: error %v; want a refusal", err)
	}
}

func TestWriteReplaces(t *testing.T) {
	v := DefaultVocabulary()
	dir := t.TempDir()
	path := filepath.Join(dir, "idx")
	a, b := synthCorpus(t, 10), synthCorpus(t, 12)
	if _, err := Write(context.Background(), path, a, v, nil); err != nil {
		t.Fatal(err)
	}
	old, err := Open(path, a, v) // stays usable while the index is replaced
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if _, err := Write(context.Background(), path, b, v, nil); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(path, b, v)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if hits, err := old.Search(context.Background(), Query{Text: "troops"}); err != nil || len(hits) == 0 {
		t.Errorf("old index after replacement: Search = %v, %v", hits, err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != 3 { // idx, .idx.lock, one .idx.NNN folder
		t.Errorf("folder holds %v after two builds; want the link, the lock and one index", names)
	}
}

// TestWriteKilled kills a build (kill -9) at several moments and checks the
// index at the path is always a whole one: the previous, or the new one.
func TestWriteKilled(t *testing.T) {
	if os.Getenv("SUMMITBOT_KILL_BUILD") != "" {
		// The child: build the bigger corpus over the previous index.
		if _, err := Write(context.Background(), os.Getenv("SUMMITBOT_KILL_BUILD"), synthCorpus(t, 400), DefaultVocabulary(), nil); err != nil {
			t.Fatal(err)
		}
		return
	}
	if testing.Short() {
		t.Skip("starts child processes")
	}
	v := DefaultVocabulary()
	path := filepath.Join(t.TempDir(), "idx")
	prev, next := synthCorpus(t, 10), synthCorpus(t, 400)
	if _, err := Write(context.Background(), path, prev, v, nil); err != nil {
		t.Fatal(err)
	}
	for _, delay := range []time.Duration{0, 30 * time.Millisecond, 100 * time.Millisecond, 250 * time.Millisecond, 600 * time.Millisecond} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestWriteKilled$")
		cmd.Env = append(os.Environ(), "SUMMITBOT_KILL_BUILD="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Kill() // SIGKILL
		cmd.Wait()
		ix, err := Open(path, prev, v)
		if err != nil {
			if ix, err = Open(path, next, v); err != nil {
				t.Fatalf("killed after %v: the index at the path is neither the previous nor the new one: %v", delay, err)
			}
			t.Logf("killed after %v: the build had finished", delay)
			prev = next
		}
		ix.Close()
	}
	if _, err := Write(context.Background(), path, prev, v, nil); err != nil {
		t.Fatalf("Write after killed builds: %v", err)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 3 {
		t.Errorf("after killed builds and one whole one, the folder holds %d entries; want 3 (leftovers removed)", len(entries))
	}
}

func TestWriteCancelled(t *testing.T) {
	v := DefaultVocabulary()
	path := filepath.Join(t.TempDir(), "idx")
	prev := synthCorpus(t, 10)
	if _, err := Write(context.Background(), path, prev, v, nil); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	_, err := Write(ctx, path, synthCorpus(t, 350), v, func(done, total int) { cancel() })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled Write: error %v; want context.Canceled", err)
	}
	ix, err := Open(path, prev, v)
	if err != nil {
		t.Fatalf("after a cancelled Write, the previous index: %v", err)
	}
	ix.Close()
}
