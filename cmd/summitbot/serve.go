package main

import (
	"context"
	"errors"
	"io"
	"log/slog"

	"github.com/summitbot/summitbot/bot"
	"github.com/summitbot/summitbot/internal/config"
)

// runServe runs the Discord bot over the gateway until ctx is done (SIGINT
// or SIGTERM in main). Configuration comes from the environment and .env;
// every problem in it is reported at once, before connecting.
func runServe(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	var src source
	c := newSubcommand("serve", "",
		`Runs the Discord bot over the gateway until interrupted: slash commands,
buttons, and mentions or direct messages. Configuration comes from the
environment and .env (see README and .env.example); it needs DISCORD_TOKEN.`,
		`DISCORD_TOKEN=... summitbot serve`)
	c.sourceFlags(&src)
	words, err := c.parse(args, stdout)
	if err != nil {
		return err
	}
	if len(words) > 0 {
		return usagef("serve: unexpected argument %q: configure it with environment variables or .env (see .env.example)", words[0])
	}
	if err := src.check("serve"); err != nil {
		return err
	}
	getenv, err = withDotenv(getenv, ".env")
	if err != nil {
		return err
	}
	cfg, err := config.FromEnv(getenv)
	if err = errors.Join(err, cfg.ForGateway()); err != nil {
		return usagef("serve: %v", err)
	}
	log := slog.New(slog.NewTextHandler(stdout, &slog.HandlerOptions{Level: cfg.LogLevel}))
	log.Info("starting", "config", cfg)
	e, err := openLive(ctx, src, log)
	if err != nil {
		return err
	}
	defer e.Close()
	go reloadOnSignal(ctx, e, src, log) // SIGHUP (and --watch) reload the corpus
	h := bot.NewHandler(e, handlerOptions(cfg, log))
	s, err := bot.NewSession(cfg.Token, bot.SessionOptions{APIBase: cfg.APIBase, ShardID: cfg.ShardID, ShardCount: cfg.ShardCount,
		MessageContent: cfg.AnswerInThreads})
	if err != nil {
		return err
	}
	return bot.Serve(ctx, s, h, bot.ServeOptions{GuildID: cfg.GuildID, AppID: cfg.AppID, Logger: log,
		AnswerInThreads: cfg.AnswerInThreads, ThreadGuilds: cfg.ThreadGuilds})
}

// handlerOptions are the question handler's options from the configuration,
// the same for the gateway and the HTTP endpoint.
func handlerOptions(cfg config.Config, log *slog.Logger) bot.Options {
	return bot.Options{
		CooldownQuestions: cfg.CooldownQuestions,
		CooldownWindow:    cfg.CooldownWindow,
		MaxConcurrent:     cfg.MaxConcurrent,
		Logger:            log,
	}
}
