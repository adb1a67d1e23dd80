package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/summitbot/summitbot/internal/live"
	"github.com/summitbot/summitbot/internal/qa"
)

// watchEvery is how often --watch looks at the corpus folder.
const watchEvery = 2 * time.Second

// openLive loads the engine src names into a holder that reloadOnSignal
// can reload. Skipped bad files are logged as warnings. A reload re-reads
// the articles; with --index it opens the index at PATH if that matches
// them, and otherwise rebuilds it there (beside the old one, swapped in
// whole) and opens that.
func openLive(ctx context.Context, src source, logger *slog.Logger) (*live.Holder, error) {
	first := true
	return live.New(ctx, func(ctx context.Context) (*qa.Engine, io.Closer, error) {
		rebuild := !first
		first = false
		start := time.Now()
		e, closer, err := loadEngine(ctx, src, rebuild, func(err error) {
			logger.Warn("skipped a bad article file", "err", err)
		})
		if err == nil {
			logger.Info("corpus loaded", "articles", len(e.Corpus().Articles), "index", src.indexPath, "took", time.Since(start).Round(time.Millisecond))
		}
		return e, closer, err
	})
}

// reloadOnSignal reloads h on SIGHUP and, with src.watch, when the corpus
// folder changes, until ctx is done. A reload that fails leaves the old
// engine answering and is logged with why. Run it in its own goroutine.
func reloadOnSignal(ctx context.Context, h *live.Holder, src source, logger *slog.Logger) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	var tick <-chan time.Time
	seen := ""
	if src.watch && src.corpusDir != "" {
		t := time.NewTicker(watchEvery)
		defer t.Stop()
		tick = t.C
		seen = folderState(src.corpusDir)
	}
	for {
		var why string
		select {
		case <-ctx.Done():
			return
		case <-hup:
			why = "SIGHUP"
		case <-tick:
			now := folderState(src.corpusDir)
			if now == seen {
				continue
			}
			seen, why = now, "corpus folder changed"
		}
		reload(ctx, h, logger, why)
	}
}

func reload(ctx context.Context, h *live.Holder, logger *slog.Logger, why string) {
	logger.Info("reloading the corpus", "why", why)
	start := time.Now()
	if err := h.Reload(ctx); err != nil {
		logger.Error("reload failed; still answering from the previous corpus", "err", err)
		return
	}
	logger.Info("reloaded the corpus", "articles", len(h.Corpus().Articles), "took", time.Since(start).Round(time.Millisecond))
}

// folderState sums up the article files in dir (names, sizes, times): it
// changes when a file is added, removed or rewritten.
func folderState(dir string) string {
	names, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return err.Error()
	}
	state := ""
	for _, n := range names {
		if fi, err := os.Stat(n); err == nil {
			state += fmt.Sprintf("%s %d %d\n", filepath.Base(n), fi.Size(), fi.ModTime().UnixNano())
		}
	}
	return state
}
