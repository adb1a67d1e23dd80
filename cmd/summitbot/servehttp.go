package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/bot"
	"github.com/summitbot/summitbot/bot/endpoint"
)

// defaultHTTPAddr is where serve-http listens without --addr or HTTP_ADDR:
// loopback only, for a reverse proxy in front.
const defaultHTTPAddr = "127.0.0.1:8080"

// runServeHTTP runs the Discord HTTP interactions endpoint: it listens at
// once (so /healthz answers), builds the index in the background (/readyz
// answers once it is loaded), and serves until ctx is done, then drains.
func runServeHTTP(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	fs := flag.NewFlagSet("serve-http", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	addr := fs.String("addr", "", "listen address (default $HTTP_ADDR, else "+defaultHTTPAddr+")")
	if err := fs.Parse(args); err != nil {
		return usagef("serve-http: %v\nusage: summitbot serve-http [--addr HOST:PORT]", err)
	}
	if fs.NArg() > 0 {
		return usagef("serve-http: unexpected argument %q\nusage: summitbot serve-http [--addr HOST:PORT]", fs.Arg(0))
	}
	if *addr == "" {
		*addr = getenv("HTTP_ADDR")
	}
	if *addr == "" {
		*addr = defaultHTTPAddr
	}
	var problems []string
	key, err := endpoint.ParsePublicKey(strings.TrimSpace(getenv("DISCORD_PUBLIC_KEY")))
	if err != nil {
		problems = append(problems, "DISCORD_PUBLIC_KEY: the application's public key from Discord's developer portal, 64 hex digits ("+err.Error()+")")
	}
	if _, _, err := net.SplitHostPort(*addr); err != nil {
		problems = append(problems, fmt.Sprintf("listen address %q: want HOST:PORT", *addr))
	}
	rest, err := endpoint.NewREST(getenv("DISCORD_API_BASE"), nil)
	if err != nil {
		problems = append(problems, "DISCORD_API_BASE: "+err.Error())
	}
	if len(problems) > 0 {
		return usagef("serve-http: configuration:\n  %s", strings.Join(problems, "\n  "))
	}

	log := slog.New(slog.NewTextHandler(stdout, nil))
	srv := endpoint.New(endpoint.Options{
		PublicKey:  key,
		Editor:     rest,
		Logger:     log,
		IsUnknown:  func(err error) bool { return errors.Is(err, bot.ErrUnknownInteraction) },
		IsCooldown: isCooldownNotice,
	})
	return serveEndpoint(ctx, srv, *addr, log, func() (endpoint.Responder, error) {
		start := time.Now()
		e, err := openEngine(source{})
		if err != nil {
			return nil, err
		}
		log.Info("serve-http: index loaded", "took", time.Since(start).Round(time.Millisecond))
		return bot.NewHandler(e, bot.Options{CooldownQuestions: 3, CooldownWindow: 10 * time.Second, Logger: log}), nil
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

// isCooldownNotice reports whether a response is the bot's per-user
// cooldown notice, for the endpoint's cooldown metric.
// TODO: ask package bot for an exported way to tell; this matches its text.
func isCooldownNotice(r *discordgo.InteractionResponse) bool {
	return r != nil && r.Data != nil && strings.HasPrefix(r.Data.Content, "You're asking quickly")
}
