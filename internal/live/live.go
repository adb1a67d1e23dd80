// Package live holds the answer engine a server answers with, and swaps in
// a new one on reload while questions are being answered. A call runs to
// its end on the engine it started on; the old engine's index is closed
// once its last call has finished; a reload that fails leaves the old
// engine answering.
package live

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/qa"
)

// ErrClosed is returned by calls made after Close.
var ErrClosed = errors.New("live: closed")

// Loader loads an engine, with what must be closed when it is no longer
// used (its index), or a nil closer.
type Loader func(ctx context.Context) (*qa.Engine, io.Closer, error)

// Holder is an engine that can be reloaded. It is safe for concurrent use.
type Holder struct {
	load     Loader
	reloads  sync.Mutex // one load at a time
	current  atomic.Pointer[generation]
	lastSeen atomic.Pointer[corpus.Corpus] // what Corpus returns after Close
}

// generation is one loaded engine and the calls running on it.
type generation struct {
	engine *qa.Engine
	closer io.Closer
	calls  sync.RWMutex // read-held by each call, write-held to close
	closed bool         // guarded by calls
}

// New loads the first engine with load, and keeps load for Reload.
func New(ctx context.Context, load Loader) (*Holder, error) {
	h := &Holder{load: load}
	if err := h.Reload(ctx); err != nil {
		return nil, err
	}
	return h, nil
}

// Reload loads a new engine and swaps it in. Calls already running finish
// on the old engine, whose index Reload closes once they have; calls made
// from the swap on use the new one. If loading fails, the old engine stays
// and the error is returned.
func (h *Holder) Reload(ctx context.Context) error {
	h.reloads.Lock()
	defer h.reloads.Unlock()
	e, closer, err := h.load(ctx)
	if err != nil {
		return fmt.Errorf("live: reload: %w", err)
	}
	if e == nil {
		return errors.New("live: reload: the loader returned no engine")
	}
	old := h.current.Swap(&generation{engine: e, closer: closer})
	return old.retire()
}

// Close closes the engine, once the calls running on it have finished.
func (h *Holder) Close() error {
	h.reloads.Lock()
	defer h.reloads.Unlock()
	if g := h.current.Load(); g != nil {
		h.lastSeen.Store(g.engine.Corpus())
	}
	return h.current.Swap(nil).retire()
}

// retire waits for g's calls to finish and closes it; g may be nil.
func (g *generation) retire() error {
	if g == nil {
		return nil
	}
	g.calls.Lock()
	defer g.calls.Unlock()
	g.closed = true
	if g.closer == nil {
		return nil
	}
	if err := g.closer.Close(); err != nil {
		return fmt.Errorf("live: closing the old engine: %w", err)
	}
	return nil
}

// acquire returns the current generation, held for one call, or nil after
// Close. The caller must release it.
func (h *Holder) acquire() *generation {
	for {
		g := h.current.Load()
		if g == nil {
			return nil
		}
		g.calls.RLock()
		if !g.closed {
			return g
		}
		// Swapped and retired between the Load and the RLock: try the new one.
		g.calls.RUnlock()
	}
}

func (g *generation) release() { g.calls.RUnlock() }

// Ask answers a question with the current engine (see qa.Engine.Ask).
func (h *Holder) Ask(ctx context.Context, question string) (qa.Answer, error) {
	g := h.acquire()
	if g == nil {
		return qa.Answer{Question: question}, ErrClosed
	}
	defer g.release()
	return g.engine.Ask(ctx, question)
}

// Quote looks up quotations with the current engine (see qa.Engine.Quote).
func (h *Holder) Quote(ctx context.Context, words, speaker string) ([]qa.QuoteResult, error) {
	g := h.acquire()
	if g == nil {
		return nil, ErrClosed
	}
	defer g.release()
	return g.engine.Quote(ctx, words, speaker)
}

// Speakers lists the current engine's speakers matching what was typed
// (see qa.Engine.Speakers); none after Close.
func (h *Holder) Speakers(typed string, limit int) []string {
	g := h.acquire()
	if g == nil {
		return nil
	}
	defer g.release()
	return g.engine.Speakers(typed, limit)
}

// Corpus returns the articles the current engine answers from.
func (h *Holder) Corpus() *corpus.Corpus {
	if g := h.current.Load(); g != nil {
		return g.engine.Corpus()
	}
	return h.lastSeen.Load()
}
