package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// syncBuffer is a log destination safe to read while the reloader writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestReloadOnSignal reloads on SIGHUP, with and without --index: a new
// article is answered after the reload, and a reload that meets a bad file
// fails, is logged, and leaves the previous corpus answering.
func TestReloadOnSignal(t *testing.T) {
	// Catch SIGHUP in this test too, so that a signal sent before the
	// reloader listens cannot end the test process.
	keep := make(chan os.Signal, 8)
	signal.Notify(keep, syscall.SIGHUP)
	defer signal.Stop(keep)

	for _, withIndex := range []bool{false, true} {
		dir := corpusDir(t, map[string]string{"follow.md": followUp})
		src := source{corpusDir: dir}
		if withIndex {
			src.indexPath = filepath.Join(t.TempDir(), "idx")
			if err := run(context.Background(), []string{"index", "build", "--corpus", dir, "--out", src.indexPath}, func(string) string { return "" }, nil, &bytes.Buffer{}); err != nil {
				t.Fatal(err)
			}
		}
		var logs syncBuffer
		logger := slog.New(slog.NewTextHandler(&logs, nil))
		ctx, cancel := context.WithCancel(context.Background())
		h, err := openLive(ctx, src, logger)
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() { reloadOnSignal(ctx, h, src, logger); close(done) }()

		hupUntil := func(ok func() bool, what string) {
			t.Helper()
			for deadline := time.Now().Add(20 * time.Second); !ok(); time.Sleep(50 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("index %v: %s did not happen after SIGHUP; log:\n%s", withIndex, what, logs.String())
				}
				syscall.Kill(os.Getpid(), syscall.SIGHUP)
				time.Sleep(100 * time.Millisecond)
			}
		}
		second := strings.ReplaceAll(followUp, "follow-up-talks", "second-round")
		os.WriteFile(filepath.Join(dir, "second.md"), []byte(second), 0o644)
		hupUntil(func() bool { return h.Corpus().Article("second-round") != nil }, "a reload with the new article")

		os.WriteFile(filepath.Join(dir, "bad.md"), []byte("---\nid: broken\n---\n"), 0o644)
		hupUntil(func() bool { return strings.Contains(logs.String(), "reload failed") }, "a failed reload")
		if !strings.Contains(logs.String(), "bad.md") {
			t.Errorf("index %v: the failed reload's log does not name the bad file:\n%s", withIndex, logs.String())
		}
		if a, err := h.Ask(ctx, "how many drones did the Zanzibar delegation pledge?"); err != nil || !a.Answered {
			t.Errorf("index %v: after a failed reload, Ask = %v, %v; want the previous corpus answering", withIndex, a.Short, err)
		}
		cancel()
		<-done
		h.Close()
	}
}

func TestReloadWatch(t *testing.T) {
	dir := corpusDir(t, map[string]string{"follow.md": followUp})
	src := source{corpusDir: dir, watch: true}
	logger := slog.New(slog.NewTextHandler(&syncBuffer{}, nil))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h, err := openLive(ctx, src, logger)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	go reloadOnSignal(ctx, h, src, logger)
	// Add files until one is noticed: the first may land before the
	// watcher has looked at the folder.
	for i, deadline := 0, time.Now().Add(6*watchEvery+10*time.Second); len(h.Corpus().Articles) == 6; i++ {
		if time.Now().After(deadline) {
			t.Fatal("--watch did not reload after files were added")
		}
		id := fmt.Sprintf("round-%d", i)
		os.WriteFile(filepath.Join(dir, id+".md"), []byte(strings.ReplaceAll(followUp, "follow-up-talks", id)), 0o644)
		for wait := time.Now().Add(watchEvery + time.Second); len(h.Corpus().Articles) == 6 && time.Now().Before(wait); {
			time.Sleep(50 * time.Millisecond)
		}
	}
}
