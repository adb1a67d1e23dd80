package endpoint

import (
	"context"
	"crypto/ed25519"
	"errors"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/summitbot/summitbot/bot/deliver"
)

// Responder turns one interaction into the response Discord should get; the
// bot's *bot.Handler provides it. An error wrapping ErrUnknown (or the bot's
// own unknown-interaction error, see Options.IsUnknown) means the
// interaction names a command or component the bot does not have.
type Responder interface {
	Respond(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, error)
}

// Privacy is what a Responder may also do (bot.Handler does): say whether a
// command's answer is first shown only to its asker, so that its deferral
// is private too (see deliver.Deferral). A Responder without it has its
// commands deferred publicly.
type Privacy interface {
	Private(i *discordgo.Interaction) bool
}

// Editor delivers the answer to an interaction that was deferred: it edits
// the original response, or sends a follow-up message (see deliver.Editor).
type Editor = deliver.Editor

// ErrUnknown marks an interaction the bot does not handle; a Responder's
// error wrapping it turns into a 400.
var ErrUnknown = errors.New("endpoint: unknown interaction")

// Defaults for Options' zero values.
const (
	DefaultDeferAfter   = 2 * time.Second
	DefaultMaxBody      = 64 << 10
	DefaultMaxSkew      = 5 * time.Minute
	DefaultDrainTimeout = 10 * time.Second
)

// Options configure a Server. PublicKey is required; the rest have
// defaults.
type Options struct {
	PublicKey ed25519.PublicKey // the application's Ed25519 key
	Editor    Editor            // delivers deferred answers; required to defer
	Delivery  deliver.Policy    // how deferred answers are delivered; the zero value is the default
	Logger    *slog.Logger      // default: discard

	// IsUnknown reports whether a Responder error means "no such command or
	// component" (a 400); errors wrapping ErrUnknown always do.
	IsUnknown func(error) bool

	DeferAfter   time.Duration // answer in the HTTP response if ready by then, else defer
	MaxBody      int64         // larger bodies get 413
	MaxSkew      time.Duration // signed timestamps further from now get 401
	DrainTimeout time.Duration // how long shutdown waits for in-flight work

	// Now and After are the clock; tests replace them.
	Now   func() time.Time
	After func(time.Duration) <-chan time.Time
}

// Server is the interactions endpoint. Create it with New; it is safe for
// concurrent use.
type Server struct {
	opts      Options
	log       *slog.Logger
	responder atomic.Pointer[responderBox]
	metrics   *metrics
	mux       *http.ServeMux
	bg        sync.WaitGroup // responder calls and deferred deliveries
}

type responderBox struct{ r Responder }

// New returns a server for opts. It is not ready (interactions other than
// PING get 503, /readyz fails) until SetResponder is called.
func New(opts Options) *Server {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.DeferAfter <= 0 {
		opts.DeferAfter = DefaultDeferAfter
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.MaxSkew <= 0 {
		opts.MaxSkew = DefaultMaxSkew
	}
	if opts.DrainTimeout <= 0 {
		opts.DrainTimeout = DefaultDrainTimeout
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.After == nil {
		opts.After = time.After
	}
	s := &Server{
		opts:    opts,
		log:     opts.Logger,
		metrics: newMetrics(),
	}
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("/interactions", s.serveInteraction)
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeText(w, http.StatusOK, "ok\n")
	})
	s.mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if !s.Ready() {
			writeText(w, http.StatusServiceUnavailable, "not ready\n")
			return
		}
		writeText(w, http.StatusOK, "ready\n")
	})
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}))
	return s
}

// SetResponder installs the bot's handler once the index is loaded; from
// then on the server is ready.
func (s *Server) SetResponder(r Responder) {
	s.responder.Store(&responderBox{r})
}

// CountCooldown counts an interaction turned away by the bot's per-user
// cooldown, in the cooldown-hits metric; the bot reports them (see
// bot.Options.Observe), whether answered at once or after deferring.
func (s *Server) CountCooldown() { s.metrics.cooldowns.Inc() }

// Ready reports whether the server has a responder (the index is loaded).
func (s *Server) Ready() bool { return s.responder.Load() != nil }

// ServeHTTP routes /interactions, /healthz, /readyz and /metrics.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mux.ServeHTTP(w, r)
}

func writeText(w http.ResponseWriter, code int, text string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	_, _ = w.Write([]byte(text))
}
