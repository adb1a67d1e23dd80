package live

import (
	"context"
	"errors"
	"io"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/qa"
	"github.com/summitbot/summitbot/internal/synth"
)

// gate is a qa.Searcher over a real index whose searches can be held open,
// and an io.Closer that records when it is closed.
type gate struct {
	*index.Index
	hold     chan struct{} // when not nil, a search waits for it to close
	started  chan struct{} // told when a search starts
	inFlight atomic.Int32
	closedAt atomic.Int32 // searches in flight when Close was called, plus 1
}

func (g *gate) Search(ctx context.Context, q index.Query) ([]index.Hit, error) {
	g.inFlight.Add(1)
	defer g.inFlight.Add(-1)
	if g.hold != nil {
		g.started <- struct{}{}
		<-g.hold
	}
	return g.Index.Search(ctx, q)
}

func (g *gate) Close() error {
	g.closedAt.Store(g.inFlight.Load() + 1)
	return g.Index.Close()
}

// loader returns a Loader making engines over corpora of n, n+1, …
// articles (the embedded ones and synthetic ones), recording each gate; a
// load fails while fail is set.
type loader struct {
	t     *testing.T
	n     int
	fail  atomic.Bool
	mu    sync.Mutex
	gates []*gate
	hold  chan struct{}
}

func (l *loader) load(ctx context.Context) (*qa.Engine, io.Closer, error) {
	if l.fail.Load() {
		return nil, nil, errors.New("bad article file")
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	c, err := synth.WithEmbedded(1, l.n+len(l.gates))
	if err != nil {
		return nil, nil, err
	}
	ix, err := index.Build(c, index.DefaultVocabulary())
	if err != nil {
		return nil, nil, err
	}
	g := &gate{Index: ix, hold: l.hold, started: make(chan struct{}, 1)}
	l.gates = append(l.gates, g)
	return qa.New(c, g), g, nil
}

func (l *loader) gate(i int) *gate {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.gates[i]
}

func TestReload(t *testing.T) {
	ctx := context.Background()
	l := &loader{t: t, n: 10}
	h, err := New(ctx, l.load)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if got := len(h.Corpus().Articles); got != 10 {
		t.Fatalf("Corpus() has %d articles; want 10", got)
	}
	if err := h.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	if got := len(h.Corpus().Articles); got != 11 {
		t.Errorf("after Reload, Corpus() has %d articles; want 11", got)
	}
	if l.gate(0).closedAt.Load() == 0 {
		t.Errorf("after Reload, the old index is not closed")
	}

	l.fail.Store(true)
	if err := h.Reload(ctx); err == nil {
		t.Errorf("Reload with a failing loader = nil; want its error")
	}
	if got := len(h.Corpus().Articles); got != 11 || l.gate(1).closedAt.Load() != 0 {
		t.Errorf("after a failed Reload, Corpus() has %d articles (want 11), old index closed: %v (want open)", got, l.gate(1).closedAt.Load() != 0)
	}
	a, err := h.Ask(ctx, "who refused to deploy troops?")
	if err != nil || !a.Answered {
		t.Errorf("Ask after a failed reload = %+v, %v; want an answer", a.Short, err)
	}
	if got := h.Speakers("Merz", 5); len(got) == 0 {
		t.Errorf("Speakers(Merz) = %v; want a speaker", got)
	}
	if got, err := h.Quote(ctx, "hardest yards", ""); err != nil || len(got) == 0 {
		t.Errorf("Quote(hardest yards) = %v, %v; want a quotation", got, err)
	}

	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := h.Ask(ctx, "who?"); !errors.Is(err, ErrClosed) {
		t.Errorf("Ask after Close: error %v; want ErrClosed", err)
	}
	if h.Corpus() == nil {
		t.Errorf("Corpus after Close = nil; want the last corpus")
	}
}

// TestReloadInFlight holds a question open across a reload: it finishes on
// the old engine, new questions go to the new one, and the old index is
// closed only after the held question has finished.
func TestReloadInFlight(t *testing.T) {
	ctx := context.Background()
	l := &loader{t: t, n: 5, hold: make(chan struct{})}
	h, err := New(ctx, l.load)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	old := l.gate(0)
	asked := make(chan qa.Answer)
	go func() {
		a, _ := h.Ask(ctx, "who refused to deploy troops?")
		asked <- a
	}()
	<-old.started // the question is in its search on the old engine

	l.hold = nil // the new engine answers at once
	reloaded := make(chan error)
	go func() { reloaded <- h.Reload(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for len(h.Corpus().Articles) != 6 {
		if time.Now().After(deadline) {
			t.Fatal("the new engine was not swapped in while a question was in flight")
		}
		time.Sleep(time.Millisecond)
	}
	if a, err := h.Ask(ctx, "who refused to deploy troops?"); err != nil || !a.Answered {
		t.Errorf("Ask on the new engine during the reload = %v, %v", a.Short, err)
	}
	if old.closedAt.Load() != 0 {
		t.Errorf("the old index was closed while a question was running on it")
	}
	close(old.hold)
	if a := <-asked; !a.Answered {
		t.Errorf("the in-flight question was not answered on the old engine")
	}
	if err := <-reloaded; err != nil {
		t.Fatal(err)
	}
	if got := old.closedAt.Load(); got != 1 {
		t.Errorf("old index closed with %d searches in flight; want 0", got-1)
	}
}

func TestReloadConcurrent(t *testing.T) {
	ctx := context.Background()
	l := &loader{t: t, n: 5}
	h, err := New(ctx, l.load)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if _, err := h.Ask(ctx, "who refused to deploy troops?"); err != nil {
					t.Errorf("Ask during reloads: %v", err)
					return
				}
			}
		}()
	}
	for i := 0; i < 3; i++ {
		if err := h.Reload(ctx); err != nil {
			t.Error(err)
		}
	}
	wg.Wait()
}
