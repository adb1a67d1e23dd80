// Package discordfake is an in-process fake of Discord for tests: a REST
// server that records every request and validates it against Discord's own
// OpenAPI description (testdata/openapi.json, API v10), and a websocket
// gateway that speaks the minimal real protocol (HELLO, IDENTIFY, READY,
// heartbeat ACK, dispatches with rising sequence numbers).
//
// A test starts a Server with New, points a discordgo.Session at it with
// Client and Dialer (no package-level discordgo variables change, so tests
// may run in parallel), delivers events with Dispatch, and reads what the bot
// sent with Requests or Wait:
//
//	fake := discordfake.New(t)
//	s, _ := discordgo.New("Bot " + discordfake.Token)
//	s.Client, s.Dialer = fake.Client(), fake.Dialer()
//	s.Open()
//	fake.Dispatch("INTERACTION_CREATE", interactionJSON)
//	req, _ := fake.Wait(ctx, discordfake.Path("/callback"))
//
// A request that Discord's description rejects is answered 400, recorded
// with its Err set, and fails the test at cleanup unless TolerateInvalid was
// called. ValidateCallback and ValidateRequest check bodies and requests
// captured elsewhere (such as by an HTTP interactions endpoint's tests).
package discordfake

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/gorilla/websocket"
)

// Token is a well-formed bot token the fake accepts; the fake checks only
// that requests carry "Bot " and some token.
const Token = "MTAw.fake.token-for-tests"

// The ids the fake's READY gives the bot user and its application.
const (
	BotID = "100"
	AppID = "100"
)

// Request is one REST request the fake received.
type Request struct {
	Method string
	// Path is the path as sent, with the API version discordgo used
	// ("/api/v9/interactions/1/tok/callback").
	Path   string
	Header http.Header
	Body   []byte
	// Err is why Discord's OpenAPI description rejects the request; nil when
	// it is valid.
	Err error
	// Failed is the status the fake answered a valid request with because
	// a test asked it to (see Fail); 0 when it answered normally.
	Failed int
}

// JSON decodes the request's body into v.
func (r Request) JSON(v any) error {
	if err := json.Unmarshal(r.Body, v); err != nil {
		return fmt.Errorf("discordfake: decode %s %s: %w", r.Method, r.Path, err)
	}
	return nil
}

// Path returns a Wait predicate matching requests whose path ends with
// suffix.
func Path(suffix string) func(Request) bool {
	return func(r Request) bool { return strings.HasSuffix(r.Path, suffix) }
}

// Server is a fake Discord: REST and gateway on one httptest server.
type Server struct {
	tb        testing.TB
	srv       *httptest.Server
	validator *Validator

	mu         sync.Mutex
	requests   []Request
	changed    chan struct{} // closed and replaced when requests or sessions change
	tolerate   bool
	nextID     int64
	gw         []*gatewayConn
	identifies []Identify
	seq        int64

	store store // channels and messages, for the bot to read back
	fails []failure
}

// failure is a test's request that matching requests fail.
type failure struct {
	match  func(Request) bool
	status int
	left   int
}

// Fail makes the next n valid requests that match fail with status (such as
// 500), with Discord's error body, as Discord does when it is in trouble;
// they are still validated and recorded, with Failed set. Requests after
// those n are answered normally.
func (s *Server) Fail(match func(Request) bool, status, n int) {
	s.mu.Lock()
	s.fails = append(s.fails, failure{match: match, status: status, left: n})
	s.mu.Unlock()
}

// Method returns a Wait or Fail predicate matching requests with method and
// a path ending with suffix.
func Method(method, suffix string) func(Request) bool {
	return func(r Request) bool { return r.Method == method && strings.HasSuffix(r.Path, suffix) }
}

// failing returns the status r must fail with, using up one of its failure's
// count; 0 when r is answered normally. s.mu must be held.
func (s *Server) failing(r Request) int {
	if r.Err != nil {
		return 0
	}
	for i := range s.fails {
		if f := &s.fails[i]; f.left > 0 && f.match(r) {
			f.left--
			return f.status
		}
	}
	return 0
}

// New starts a fake Discord that stops when the test ends. At cleanup, every
// request that Discord's description rejects fails tb.
func New(tb testing.TB) *Server {
	tb.Helper()
	v, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	s := &Server{tb: tb, validator: v, changed: make(chan struct{}), nextID: 1000}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if websocket.IsWebSocketUpgrade(r) {
			s.serveGateway(w, r)
			return
		}
		s.serveREST(w, r)
	})
	s.srv = httptest.NewServer(mux)
	tb.Cleanup(func() {
		s.closeGateways()
		s.srv.Close()
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.tolerate {
			return
		}
		for _, r := range s.requests {
			if r.Err != nil {
				tb.Errorf("Discord would reject %s %s: %v\nbody: %s", r.Method, r.Path, r.Err, r.Body)
			}
		}
	})
	return s
}

// URL is the fake's base URL (http://127.0.0.1:port), usable as
// DISCORD_API_BASE: REST calls go to URL + "/api/v9/...", and its
// GET /gateway answers with its own websocket address.
func (s *Server) URL() string { return s.srv.URL }

// TolerateInvalid stops invalid requests failing the test at cleanup, for
// tests that send them on purpose; they are still answered 400 and recorded.
func (s *Server) TolerateInvalid() {
	s.mu.Lock()
	s.tolerate = true
	s.mu.Unlock()
}

// Requests returns every REST request received so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Wait returns the first request (already received or still to come) for
// which match is true, or ctx's error.
func (s *Server) Wait(ctx context.Context, match func(Request) bool) (Request, error) {
	seen := 0
	for {
		s.mu.Lock()
		reqs, changed := s.requests[seen:], s.changed
		seen = len(s.requests)
		s.mu.Unlock()
		for _, r := range reqs {
			if match(r) {
				return r, nil
			}
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return Request{}, fmt.Errorf("discordfake: waiting for a request: %w", ctx.Err())
		}
	}
}

// notify wakes waiters; s.mu must be held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	verr := s.validator.ValidateRequest(r.Context(), r)
	if verr == nil && !strings.HasPrefix(r.Header.Get("Authorization"), "Bot ") && !isWebhook(r.URL.Path) {
		verr = fmt.Errorf("discordfake: %s %s: no bot token in Authorization", r.Method, r.URL.Path)
	}
	s.mu.Lock()
	req := Request{Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone(), Body: body, Err: verr}
	req.Failed = s.failing(req)
	s.requests = append(s.requests, req)
	s.nextID++
	id := strconv.FormatInt(s.nextID, 10)
	s.notify()
	s.mu.Unlock()

	w.Header().Set("Content-Type", "application/json")
	if verr != nil {
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]any{"code": 50035, "message": "Invalid Form Body", "detail": verr.Error()})
		return
	}
	if req.Failed != 0 {
		w.WriteHeader(req.Failed)
		json.NewEncoder(w).Encode(map[string]any{"code": 0, "message": fmt.Sprintf("%d: %s", req.Failed, http.StatusText(req.Failed))})
		return
	}
	s.reply(w, r, id, body)
}

// isWebhook reports whether a path is an interaction callback or webhook,
// which Discord authenticates by the token in the path.
func isWebhook(p string) bool {
	return strings.Contains(p, "/interactions/") || strings.Contains(p, "/webhooks/")
}

// reply answers a valid request as Discord would, minimally.
func (s *Server) reply(w http.ResponseWriter, r *http.Request, id string, body []byte) {
	p := apiVersion.ReplaceAllString(r.URL.Path, "/")
	if s.serveStore(w, r, p, id, body) {
		return
	}
	switch {
	case r.Method == http.MethodGet && (p == "/gateway" || p == "/gateway/bot"):
		json.NewEncoder(w).Encode(map[string]any{"url": s.gatewayURL(r), "shards": 1,
			"session_start_limit": map[string]int{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})
	case r.Method == http.MethodPost && strings.HasSuffix(p, "/callback"),
		r.Method == http.MethodDelete && strings.Contains(p, "/messages/"):
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodPut && strings.HasSuffix(p, "/commands"):
		var cmds []map[string]any
		json.Unmarshal(body, &cmds)
		for i, c := range cmds {
			c["id"] = id + strconv.Itoa(i)
			c["application_id"] = AppID
			c["version"] = "1"
		}
		json.NewEncoder(w).Encode(cmds)
	case r.Method == http.MethodPost && strings.HasSuffix(p, "/messages"),
		r.Method == http.MethodPost && strings.HasPrefix(p, "/webhooks/"),
		r.Method == http.MethodPatch && strings.Contains(p, "/messages/"):
		msg := map[string]any{}
		json.Unmarshal(body, &msg)
		msg["id"] = id
		msg["channel_id"] = "1"
		msg["type"] = 0
		msg["timestamp"] = "2026-01-06T12:00:00+00:00"
		msg["author"] = map[string]any{"id": BotID, "username": "summitbot", "bot": true}
		delete(msg, "allowed_mentions")
		delete(msg, "message_reference")
		json.NewEncoder(w).Encode(msg)
	default:
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]any{"code": 0, "message": "404: Not Found"})
	}
}
