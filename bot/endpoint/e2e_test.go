package endpoint

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/bot"
	"github.com/summitbot/summitbot/internal/discordfake"
	"github.com/summitbot/summitbot/internal/qa"
)

// realEngine is the answer engine over the embedded articles.
func realEngine(t testing.TB) *qa.Engine {
	t.Helper()
	e, ix, err := qa.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return e
}

// botOptions are the endpoint options serve-http gives the bot's handler.
func botOptions(opts Options) Options {
	opts.IsUnknown = func(err error) bool { return errors.Is(err, bot.ErrUnknownInteraction) }
	return opts
}

// TestEndToEnd sends signed interactions through the endpoint to the real
// bot.Handler and engine, and checks each response against Discord's
// OpenAPI description.
func TestEndToEnd(t *testing.T) {
	h := bot.NewHandler(realEngine(t), bot.Options{})
	s := newTestServer(t, h, botOptions(Options{}))
	key := testKey(t)
	ask := func(q string) string { return strings.Replace(askBody, "who refused to deploy troops?", q, 1) }
	tests := []struct {
		name     string
		body     string
		wantCode int
		wantType int
		want     string // in the response body
	}{
		{"ask", askBody, 200, 4, "Croatia"},
		{"ask in a DM", strings.Replace(dmAskBody, `"who?"`, `"who refused to deploy troops?"`, 1), 200, 4, "Croatia"},
		{"ask what the articles do not say", ask("what is the capital of Peru?"), 200, 4, ""},
		{"speaker autocomplete", strings.Replace(autocompleteBody, `"zel"`, `"zelenskiy"`, 1), 200, 8, "Zelenskyy"},
		{"sources command", strings.Replace(askBody, `"name":"ask"`, `"name":"sources"`, 1), 200, 4, ""},
		{"help command", strings.Replace(askBody, `"name":"ask"`, `"name":"help"`, 1), 200, 4, ""},
		{"sources button", buttonBody, 200, 4, `"flags":64`}, // a new message only the presser sees
		{"unknown command", strings.Replace(askBody, `"name":"ask"`, `"name":"nope"`, 1), 400, 0, ""},
		{"unknown button", strings.Replace(buttonBody, `"custom_id":"sources"`, `"custom_id":"nope"`, 1), 400, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(s, signedRequest(key, rfcTimestamp, tt.body))
			if w.Code != tt.wantCode {
				t.Fatalf("status = %d %s; want %d", w.Code, w.Body, tt.wantCode)
			}
			if tt.wantCode != http.StatusOK {
				return
			}
			var got callback
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || got.Type != tt.wantType ||
				!strings.Contains(w.Body.String(), tt.want) {
				t.Errorf("response = %s; want type %d containing %q", w.Body, tt.wantType, tt.want)
			}
			validateCallback(t, w.Body.Bytes())
		})
	}
}

// TestEndToEndDeferred makes the real handler's answer late and checks that
// the endpoint defers and then edits the original response on the fake
// Discord, with a request Discord's description accepts.
func TestEndToEndDeferred(t *testing.T) {
	fake := discordfake.New(t)
	rest, err := NewREST(fake.Client())
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	h := bot.NewHandler(realEngine(t), bot.Options{})
	s := newTestServer(t, slow(release, h), botOptions(Options{Editor: rest, After: firedTimer}))

	w := do(s, signedRequest(testKey(t), rfcTimestamp, askBody))
	if got, want := w.Body.String(), `{"type":5}`; got != want {
		t.Fatalf("late /ask = %d %s; want %s", w.Code, got, want)
	}
	validateCallback(t, w.Body.Bytes())
	close(release)
	req, err := fake.Wait(context.Background(), discordfake.Path("/webhooks/100/tok/messages/@original"))
	if err != nil {
		t.Fatal(err)
	}
	if req.Method != http.MethodPatch || !strings.Contains(string(req.Body), "Croatia") || req.Err != nil {
		t.Errorf("edit = %s %s %s (%v); want a valid PATCH naming Croatia", req.Method, req.Path, req.Body, req.Err)
	}
	s.bg.Wait()
}
