package endpoint

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// Connection limits: a slow or idle client cannot hold a connection, and
// headers cannot be large. WriteTimeout leaves room for DeferAfter.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second
	writeTimeout      = 15 * time.Second
	idleTimeout       = 60 * time.Second
	maxHeaderBytes    = 16 << 10
)

// httpServer is the http.Server Serve runs, with the endpoint's timeouts and
// header limit.
func (s *Server) httpServer() *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelDebug),
	}
}

// Serve serves on ln until ctx is done, then shuts down gracefully: it stops
// accepting, lets in-flight requests and deferred answers finish (for up to
// DrainTimeout), and returns nil. It closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := s.httpServer()
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("endpoint: serve: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("endpoint: shutting down", "drain_timeout", s.opts.DrainTimeout)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.opts.DrainTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	drained := make(chan struct{})
	go func() { s.bg.Wait(); close(drained) }()
	select {
	case <-drained:
	case <-sctx.Done():
		err = errors.Join(err, errors.New("deferred answers still running"))
	}
	if err != nil {
		return fmt.Errorf("endpoint: shutdown: %w", err)
	}
	return nil
}

// ListenAndServe listens on addr (host:port) and serves until ctx is done.
// ready, if not nil, is called with the bound address once listening.
func (s *Server) ListenAndServe(ctx context.Context, addr string, ready func(net.Addr)) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("endpoint: %w", err)
	}
	if ready != nil {
		ready(ln.Addr())
	}
	return s.Serve(ctx, ln)
}
