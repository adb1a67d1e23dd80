package endpoint

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func TestRFC8032Vector(t *testing.T) {
	key := testKey(t)
	if got := hex.EncodeToString(key.Public().(ed25519.PublicKey)); got != rfcPublic {
		t.Fatalf("public key = %s; want %s", got, rfcPublic)
	}
	r := signedRequest(key, rfcTimestamp, rfcPing)
	if got := r.Header.Get(HeaderSignature); got != rfcSig {
		t.Fatalf("signature = %s; want %s", got, rfcSig)
	}
	raw, err := hex.DecodeString(rfcPublic)
	if err != nil {
		t.Fatal(err)
	}
	pub := ed25519.PublicKey(raw)

	s := New(Options{PublicKey: pub, Now: fixedNow})
	w := do(s, r)
	if w.Code != http.StatusOK || w.Body.String() != `{"type":1}` {
		t.Errorf("signed PING = %d %q; want 200 %q", w.Code, w.Body, `{"type":1}`)
	}
	if got := w.Header().Get("Content-Type"); got != "application/json" {
		t.Errorf("Content-Type = %q; want application/json", got)
	}
	validateCallback(t, w.Body.Bytes())

	// The same request five minutes and a second later is a replay.
	late := New(Options{PublicKey: pub, Now: func() time.Time { return fixedNow().Add(5*time.Minute + time.Second) }})
	if w := do(late, signedRequest(key, rfcTimestamp, rfcPing)); w.Code != http.StatusUnauthorized {
		t.Errorf("PING 5m1s late = %d; want 401", w.Code)
	}
	early := New(Options{PublicKey: pub, Now: func() time.Time { return fixedNow().Add(-5*time.Minute - time.Second) }})
	if w := do(early, signedRequest(key, rfcTimestamp, rfcPing)); w.Code != http.StatusUnauthorized {
		t.Errorf("PING 5m1s early = %d; want 401", w.Code)
	}
	edge := New(Options{PublicKey: pub, Now: func() time.Time { return fixedNow().Add(5 * time.Minute) }})
	if w := do(edge, signedRequest(key, rfcTimestamp, rfcPing)); w.Code != http.StatusOK {
		t.Errorf("PING 5m late = %d; want 200", w.Code)
	}
}

// callback is the part of an interaction response the tests check.
type callback struct {
	Type int `json:"type"`
	Data struct {
		Content string            `json:"content"`
		Flags   int               `json:"flags"`
		Choices []json.RawMessage `json:"choices"`
	} `json:"data"`
}

func TestProtocol(t *testing.T) {
	s := newTestServer(t, echo, Options{})
	key := testKey(t)
	tests := []struct {
		name      string
		body      string
		wantType  int
		wantFlags int
		want      string // in the content
	}{
		{"ping", rfcPing, 1, 0, ""},
		{"ask in a server", askBody, 4, 0, "answer to /ask"},
		{"ask in a DM", dmAskBody, 4, 0, "answer to /ask"},
		{"autocomplete", autocompleteBody, 8, 0, ""},
		{"sources button", buttonBody, 4, 64, "sources pressed"},
		{"more passages button", moreBody, 4, 64, "more pressed"},
		{"button that updates its message", pageBody, 7, 0, "updated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(s, signedRequest(key, rfcTimestamp, tt.body))
			if w.Code != http.StatusOK {
				t.Fatalf("status = %d; want 200", w.Code)
			}
			var got callback
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
				t.Fatalf("body %s: %v", w.Body, err)
			}
			if got.Type != tt.wantType || got.Data.Flags != tt.wantFlags || !strings.Contains(got.Data.Content, tt.want) {
				t.Errorf("response = %s; want type %d, flags %d, content with %q", w.Body, tt.wantType, tt.wantFlags, tt.want)
			}
			validateCallback(t, w.Body.Bytes())
		})
	}
}

func TestReadiness(t *testing.T) {
	s := newTestServer(t, nil, Options{})
	key := testKey(t)
	get := func(path string) int {
		return do(s, httptest.NewRequest(http.MethodGet, path, nil)).Code
	}
	if got := get("/healthz"); got != http.StatusOK {
		t.Errorf("GET /healthz = %d; want 200", got)
	}
	if got := get("/readyz"); got != http.StatusServiceUnavailable {
		t.Errorf("GET /readyz before the index = %d; want 503", got)
	}
	if w := do(s, signedRequest(key, rfcTimestamp, rfcPing)); w.Code != http.StatusOK {
		t.Errorf("PING before the index = %d; want 200", w.Code)
	}
	if w := do(s, signedRequest(key, rfcTimestamp, askBody)); w.Code != http.StatusServiceUnavailable {
		t.Errorf("/ask before the index = %d; want 503", w.Code)
	}
	s.SetResponder(echo)
	if got := get("/readyz"); got != http.StatusOK {
		t.Errorf("GET /readyz after the index = %d; want 200", got)
	}
	if w := do(s, signedRequest(key, rfcTimestamp, askBody)); w.Code != http.StatusOK {
		t.Errorf("/ask after the index = %d; want 200", w.Code)
	}
}

func TestMetrics(t *testing.T) {
	var s *Server
	cooldown := responderFunc(func(_ context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
		s.CountCooldown() // as serve-http's bot.Options.Observe does
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: "slow down", Flags: discordgo.MessageFlagsEphemeral}}, nil
	})
	s = newTestServer(t, cooldown, Options{})
	key, other := testKey(t), ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
	do(s, signedRequest(key, rfcTimestamp, rfcPing))
	do(s, signedRequest(key, rfcTimestamp, askBody))
	do(s, signedRequest(other, rfcTimestamp, askBody))
	do(s, signedRequest(key, rfcTimestamp-3600, askBody))

	w := do(s, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if w.Code != http.StatusOK {
		t.Fatalf("GET /metrics = %d; want 200", w.Code)
	}
	for _, want := range []string{
		`summitbot_http_requests_total{outcome="ok",type="ping"} 1`,
		`summitbot_http_requests_total{outcome="ok",type="command"} 1`,
		`summitbot_http_requests_total{outcome="bad_signature",type="none"} 2`,
		`summitbot_http_rejected_signatures_total{reason="signature"} 1`,
		`summitbot_http_rejected_signatures_total{reason="stale"} 1`,
		`summitbot_http_cooldown_hits_total 1`,
		`summitbot_http_request_duration_seconds_count{type="command"} 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(w.Body.String(), want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}
