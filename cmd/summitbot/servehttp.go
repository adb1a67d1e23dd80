package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"time"

	"github.com/summitbot/summitbot/bot"
	"github.com/summitbot/summitbot/bot/endpoint"
	"github.com/summitbot/summitbot/internal/config"
	"github.com/summitbot/summitbot/internal/live"
)

// The endpoint defers a command as privately as the bot will answer it.
var _ endpoint.Privacy = (*bot.Handler)(nil)

// runServeHTTP runs the Discord HTTP interactions endpoint: it listens at
// once (so /healthz answers), builds the index in the background (/readyz
// answers once it is loaded), and serves until ctx is done, then drains.
// Configuration comes from the environment and .env (internal/config);
// --addr overrides HTTP_ADDR.
func runServeHTTP(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	var addr string
	var src source
	c := newSubcommand("serve-http", "",
		`Runs the Discord HTTP interactions endpoint, answering the interactions Discord
POSTs to /interactions (and serving /healthz, /readyz, /metrics) until
interrupted. Configuration comes from the environment and .env (see README);
it needs DISCORD_PUBLIC_KEY.`,
		`DISCORD_PUBLIC_KEY=... summitbot serve-http --addr :8080`)
	c.fs.StringVar(&addr, "addr", "", "listen on `HOST:PORT` (overrides HTTP_ADDR)")
	c.sourceFlags(&src)
	words, err := c.parse(args, stdout)
	if err != nil {
		return err
	}
	if len(words) > 0 {
		return usagef("serve-http: unexpected argument %q: configure it with environment variables or .env (see summitbot serve-http -h)", words[0])
	}
	if err := src.check("serve-http"); err != nil {
		return err
	}
	getenv, err = withDotenv(getenv, ".env")
	if err != nil {
		return err
	}
	cfg, err := config.FromEnv(getenv)
	err = errors.Join(err, cfg.ForHTTP())
	if addr != "" {
		if _, _, aerr := net.SplitHostPort(addr); aerr != nil {
			err = errors.Join(err, fmt.Errorf("--addr: %q is not host:port", addr))
		}
		cfg.HTTPAddr = addr
	}
	if err != nil {
		return usagef("serve-http: %v", err) // a bad API base is reported once, by config
	}
	client, err := bot.APIClient(cfg.APIBase)
	if err != nil {
		return usagef("serve-http: %v", err)
	}
	rest, err := endpoint.NewREST(client)
	if err != nil {
		return usagef("serve-http: %v", err)
	}

	log := slog.New(slog.NewTextHandler(stdout, &slog.HandlerOptions{Level: cfg.LogLevel}))
	log.Info("starting", "config", cfg)
	srv := endpoint.New(endpoint.Options{
		PublicKey: cfg.PublicKey,
		Editor:    rest,
		Logger:    log,
		IsUnknown: func(err error) bool { return errors.Is(err, bot.ErrUnknownInteraction) },
	})
	var holder *live.Holder // set by the loader; serveEndpoint waits for it before returning
	defer func() {
		if holder != nil {
			holder.Close() // after the drain: requests in flight finish first
		}
	}()
	return serveEndpoint(ctx, srv, cfg.HTTPAddr, log, func() (endpoint.Responder, error) {
		start := time.Now()
		e, err := openLive(ctx, src, log)
		if err != nil {
			return nil, err
		}
		holder = e
		go reloadOnSignal(ctx, e, src, log) // SIGHUP (and --watch) reload the corpus
		log.Info("serve-http: index loaded", "took", time.Since(start).Round(time.Millisecond))
		opts := handlerOptions(cfg, log)
		opts.Observe = func(o bot.Outcome) {
			if o == bot.OutcomeCooldown {
				srv.CountCooldown()
			}
		}
		return bot.NewHandler(e, opts), nil
	})
}

// serveEndpoint serves srv on addr while load builds its responder; a
// failure to build stops the server.
func serveEndpoint(ctx context.Context, srv *endpoint.Server, addr string, log *slog.Logger, load func() (endpoint.Responder, error)) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	loaded := make(chan struct{})
	go func() {
		defer close(loaded)
		r, err := load()
		if err != nil {
			cancel(fmt.Errorf("serve-http: loading the index: %w", err))
			return
		}
		srv.SetResponder(r)
	}()
	err := srv.ListenAndServe(ctx, addr, func(a net.Addr) {
		log.Info("serve-http: listening", "url", "http://"+a.String()+"/interactions")
	})
	cancel(nil)
	<-loaded
	if cause := context.Cause(ctx); err == nil && cause != nil && !errors.Is(cause, context.Canceled) {
		return cause
	}
	return err
}
