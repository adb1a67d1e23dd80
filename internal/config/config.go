// Package config reads summitbot's configuration from the environment into
// a plain struct, reporting every problem at once, before anything connects.
//
// Variables (all optional to FromEnv; ForGateway and ForHTTP say what each
// mode requires):
//
//	DISCORD_TOKEN       bot token (serve)
//	DISCORD_GUILD_ID    register commands in this server only (a snowflake)
//	DISCORD_APP_ID      application id (a snowflake); default: from READY
//	DISCORD_PUBLIC_KEY  application public key, 64 hex digits (serve-http)
//	DISCORD_API_BASE    http(s) URL of a Discord-compatible API instead of discord.com
//	HTTP_ADDR           serve-http's listen address (default 127.0.0.1:8080)
//	COOLDOWN_QUESTIONS  questions a user may ask per window (default 3; 0 turns the cooldown off)
//	COOLDOWN_WINDOW     the window, a Go duration such as 10s (default 10s)
//	MAX_CONCURRENT      questions answered at once (default 8)
//	SHARD_ID, SHARD_COUNT  the gateway shard (default 0 of 1)
//	LOG_LEVEL           debug, info, warn or error (default info)
//	ANSWER_IN_THREADS   true, or the ids of the servers where a mention starts a thread and
//	                    follow-ups in it need no mention (serve; needs the privileged
//	                    MESSAGE_CONTENT intent; default false)
package config

import (
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Config is summitbot's configuration.
type Config struct {
	Token             string // never logged or printed; see LogValue
	GuildID           string
	AppID             string
	PublicKey         ed25519.PublicKey
	APIBase           string
	HTTPAddr          string
	CooldownQuestions int
	CooldownWindow    time.Duration
	MaxConcurrent     int
	ShardID           int
	ShardCount        int
	LogLevel          slog.Level
	// AnswerInThreads: a mention in a channel starts a thread on the
	// question, where follow-ups need no mention (ANSWER_IN_THREADS=true):
	// in every server, or only in ThreadGuilds when they are given
	// (ANSWER_IN_THREADS=id,id).
	AnswerInThreads bool
	ThreadGuilds    []string
}

// The defaults for unset variables.
const (
	DefaultHTTPAddr          = "127.0.0.1:8080"
	DefaultCooldownQuestions = 3
	DefaultCooldownWindow    = 10 * time.Second
	DefaultMaxConcurrent     = 8
)

var (
	// A bot token is three dot-separated base64url parts.
	tokenShape = regexp.MustCompile(`^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$`)
	snowflake  = regexp.MustCompile(`^[0-9]{1,20}$`)
)

// FromEnv reads the configuration through getenv (os.Getenv in main). It
// checks the shape of every variable that is set and reports all problems
// joined in one error; whether the token or public key must be set is for
// ForGateway and ForHTTP to say.
func FromEnv(getenv func(string) string) (Config, error) {
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	c := Config{
		HTTPAddr:          DefaultHTTPAddr,
		CooldownQuestions: DefaultCooldownQuestions,
		CooldownWindow:    DefaultCooldownWindow,
		MaxConcurrent:     DefaultMaxConcurrent,
		ShardCount:        1,
	}
	var errs []error
	bad := func(k, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{k}, args...)...))
	}

	if t := get("DISCORD_TOKEN"); t != "" {
		t = strings.TrimPrefix(t, "Bot ")
		if !tokenShape.MatchString(t) {
			bad("DISCORD_TOKEN", "not the shape of a bot token (three dot-separated parts, from the Developer Portal's Bot page)")
		}
		c.Token = t
	}
	for _, v := range []struct {
		key string
		dst *string
	}{{"DISCORD_GUILD_ID", &c.GuildID}, {"DISCORD_APP_ID", &c.AppID}} {
		if s := get(v.key); s != "" {
			if !snowflake.MatchString(s) {
				bad(v.key, "%q is not a Discord id (digits only)", cutValue(s))
			}
			*v.dst = s
		}
	}
	if s := get("DISCORD_PUBLIC_KEY"); s != "" {
		k, err := hex.DecodeString(s)
		if err != nil || len(k) != ed25519.PublicKeySize {
			bad("DISCORD_PUBLIC_KEY", "want %d hex digits (the application's public key)", 2*ed25519.PublicKeySize)
		} else {
			c.PublicKey = k
		}
	}
	if s := get("DISCORD_API_BASE"); s != "" {
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("DISCORD_API_BASE", "%q is not an http or https URL", cutValue(s))
		}
		c.APIBase = s
	}
	if s := get("HTTP_ADDR"); s != "" {
		if _, _, err := net.SplitHostPort(s); err != nil {
			bad("HTTP_ADDR", "%q is not host:port", cutValue(s))
		}
		c.HTTPAddr = s
	}
	intVar := func(k string, dst *int, lo int) {
		s := get(k)
		if s == "" {
			return
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < lo {
			bad(k, "%q is not a whole number of at least %d", cutValue(s), lo)
			return
		}
		*dst = n
	}
	intVar("COOLDOWN_QUESTIONS", &c.CooldownQuestions, 0)
	intVar("MAX_CONCURRENT", &c.MaxConcurrent, 1)
	intVar("SHARD_ID", &c.ShardID, 0)
	intVar("SHARD_COUNT", &c.ShardCount, 1)
	if c.ShardID >= c.ShardCount {
		bad("SHARD_ID", "%d is not below SHARD_COUNT %d", c.ShardID, c.ShardCount)
	}
	if s := get("COOLDOWN_WINDOW"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 || d > 24*time.Hour {
			bad("COOLDOWN_WINDOW", "%q is not a duration such as 10s or 1m", cutValue(s))
		} else {
			c.CooldownWindow = d
		}
	}
	if s := get("LOG_LEVEL"); s != "" {
		if err := c.LogLevel.UnmarshalText([]byte(s)); err != nil {
			bad("LOG_LEVEL", "%q is not debug, info, warn or error", cutValue(s))
		}
	}
	if s := get("ANSWER_IN_THREADS"); s != "" {
		if b, err := strconv.ParseBool(s); err == nil {
			c.AnswerInThreads = b
		} else {
			for _, id := range strings.Split(s, ",") {
				id = strings.TrimSpace(id)
				if !snowflake.MatchString(id) {
					bad("ANSWER_IN_THREADS", "%q is not true, false or a list of server ids", cutValue(s))
					c.ThreadGuilds = nil
					break
				}
				c.ThreadGuilds = append(c.ThreadGuilds, id)
			}
			c.AnswerInThreads = len(c.ThreadGuilds) > 0
		}
	}
	if len(errs) > 0 {
		return c, fmt.Errorf("configuration: %w", errors.Join(errs...))
	}
	return c, nil
}

// ForGateway reports what the gateway bot (serve) needs and lacks.
func (c Config) ForGateway() error {
	if c.Token == "" {
		return errors.New("configuration: DISCORD_TOKEN: not set (the bot token from the Developer Portal's Bot page; see .env.example)")
	}
	return nil
}

// ForHTTP reports what the HTTP interactions endpoint (serve-http) needs
// and lacks.
func (c Config) ForHTTP() error {
	if len(c.PublicKey) == 0 {
		return errors.New("configuration: DISCORD_PUBLIC_KEY: not set (the application's public key from the Developer Portal's General Information page)")
	}
	return nil
}

// LogValue shows the configuration in logs with the token left out.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.Bool("token_set", c.Token != ""),
		slog.String("guild_id", c.GuildID),
		slog.String("app_id", c.AppID),
		slog.Bool("public_key_set", len(c.PublicKey) > 0),
		slog.String("api_base", c.APIBase),
		slog.String("http_addr", c.HTTPAddr),
		slog.Int("cooldown_questions", c.CooldownQuestions),
		slog.Duration("cooldown_window", c.CooldownWindow),
		slog.Int("max_concurrent", c.MaxConcurrent),
		slog.Int("shard_id", c.ShardID),
		slog.Int("shard_count", c.ShardCount),
		slog.String("log_level", c.LogLevel.String()),
		slog.Bool("answer_in_threads", c.AnswerInThreads),
		slog.Any("thread_guilds", c.ThreadGuilds),
	)
}

// String is LogValue's text, so printing a Config never shows the token.
func (c Config) String() string { return c.LogValue().String() }

// cutValue bounds a bad value quoted back in an error.
func cutValue(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
