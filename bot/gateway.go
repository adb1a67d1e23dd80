package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/bot/deliver"
)

// SessionOptions configure the gateway session NewSession makes.
type SessionOptions struct {
	// APIBase, when set, sends REST and gateway traffic to a
	// Discord-compatible server instead of discord.com (see APIClient).
	APIBase string
	// ShardID and ShardCount select one gateway shard; a zero ShardCount
	// means one shard.
	ShardID, ShardCount int
	// Client, when set, replaces the HTTP client (tests point it at a fake).
	Client *http.Client
	// MessageContent asks for the privileged MESSAGE_CONTENT intent, which
	// answering in threads without a mention needs (ANSWER_IN_THREADS).
	MessageContent bool
}

// NewSession returns a gateway session for a bot token: only the
// non-privileged intents for server messages and direct messages (the bot
// reads only messages that mention it, and DMs), handlers run in order.
func NewSession(token string, o SessionOptions) (*discordgo.Session, error) {
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("bot: session: %w", err)
	}
	s.Client = o.Client
	if s.Client == nil {
		if s.Client, err = APIClient(o.APIBase); err != nil {
			return nil, err
		}
	}
	if o.ShardCount > 1 {
		s.ShardID, s.ShardCount = o.ShardID, o.ShardCount
	}
	s.Identify.Intents = discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if o.MessageContent {
		s.Identify.Intents |= discordgo.IntentMessageContent
	}
	s.SyncEvents = true
	s.LogLevel = discordgo.LogError
	s.StateEnabled = false
	return s, nil
}

// ServeOptions configure Serve.
type ServeOptions struct {
	// GuildID registers the commands in one server (at once); "" registers
	// them globally.
	GuildID string
	// AppID is the application's id; "" takes it from the gateway's READY.
	AppID  string
	Logger *slog.Logger
	// DeferAfter is how long after receiving an interaction the bot defers
	// it if the answer is not ready: Discord allows 3 s, less the network's
	// share. Zero means 2 s.
	DeferAfter time.Duration
	// ShutdownGrace bounds the wait for answers in progress at shutdown.
	// Zero means 10 s.
	ShutdownGrace time.Duration
	// AnswerInThreads: a mention in a channel starts a thread on the
	// question, and messages in the bot's threads need no mention (the
	// session needs SessionOptions.MessageContent to read them); in every
	// server, or only in ThreadGuilds when they are given.
	AnswerInThreads bool
	ThreadGuilds    []string
	// Delivery is how deferred answers and replies reach Discord, with
	// retries; the zero value is the default (tests make its waits instant).
	Delivery deliver.Policy
}

// Serve connects s to the gateway, registers the commands (bulk overwrite,
// so it is idempotent), and answers interactions and messages through h
// until ctx is done; then it lets answers in progress finish (within the
// grace) and closes the session.
func Serve(ctx context.Context, s *discordgo.Session, h *Handler, o ServeOptions) error {
	if o.Logger == nil {
		o.Logger = h.log
	}
	if o.DeferAfter <= 0 {
		o.DeferAfter = 2 * time.Second
	}
	if o.ShutdownGrace <= 0 {
		o.ShutdownGrace = 10 * time.Second
	}
	g := &gateway{h: h, log: o.Logger, deferAfter: o.DeferAfter, channels: newChannels(),
		threads: threadsIn(o.AnswerInThreads, o.ThreadGuilds), delivery: o.Delivery}
	work := context.WithoutCancel(ctx) // answers in progress outlive the shutdown signal
	remove := []func(){
		s.AddHandler(func(s *discordgo.Session, ic *discordgo.InteractionCreate) { g.interaction(work, s, ic.Interaction) }),
		s.AddHandler(func(s *discordgo.Session, m *discordgo.MessageCreate) { g.message(work, s, m.Message) }),
	}
	defer func() {
		for _, f := range remove {
			f()
		}
	}()
	if err := s.Open(); err != nil {
		return fmt.Errorf("bot: connect to the gateway: %w", err)
	}
	closed := false
	defer func() {
		if !closed {
			s.Close()
		}
	}()
	appID := o.AppID
	if appID == "" && s.State != nil && s.State.Application != nil {
		appID = s.State.Application.ID
	}
	if appID == "" {
		return errors.New("bot: no application id from the gateway; set DISCORD_APP_ID")
	}
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, o.GuildID, Commands(), discordgo.WithContext(ctx))
	if err != nil {
		if ctx.Err() != nil {
			return nil // shut down while registering
		}
		return fmt.Errorf("bot: register commands: %w", err)
	}
	where := "global"
	if o.GuildID != "" {
		where = "guild " + o.GuildID
	}
	o.Logger.Info("ready", "user", botUserID(s), "application", appID, "commands", len(cmds), "scope", where, "shard", s.ShardID, "shards", max(s.ShardCount, 1))

	<-ctx.Done()
	o.Logger.Info("shutting down")
	for _, f := range remove {
		f()
	}
	remove = nil
	done := make(chan struct{})
	go func() { g.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(o.ShutdownGrace):
		o.Logger.Warn("shutdown: answers still in progress abandoned")
	}
	closed = true
	if err := s.Close(); err != nil {
		return fmt.Errorf("bot: close the gateway: %w", err)
	}
	return nil
}

func botUserID(s *discordgo.Session) string {
	if s.State != nil && s.State.User != nil {
		return s.State.User.ID
	}
	return ""
}

// gateway delivers Handler's responses over a gateway session.
type gateway struct {
	h          *Handler
	log        *slog.Logger
	deferAfter time.Duration
	wg         sync.WaitGroup
	threads    func(guildID string) bool // whether to answer in threads there
	delivery   deliver.Policy
	channels   *channels // which channels are threads, and whose
}

// message answers a mention or DM in its own goroutine, read after the
// question it follows up (see converse); the filter runs first, in order, so
// messages not for the bot cost nothing.
func (g *gateway) message(ctx context.Context, s *discordgo.Session, m *discordgo.Message) {
	botID := botUserID(s)
	q, mentioned := forBot(m, botID)
	if !mentioned && !g.mayBeInOwnThread(m, botID) {
		return
	}
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		ctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		g.converse(ctx, s, m, q, mentioned, botID)
	}()
}
