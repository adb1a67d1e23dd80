package endpoint

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/bot"
	"github.com/summitbot/summitbot/internal/discordfake"
)

// restCall is one request the fake REST server received.
type restCall struct {
	method, path string
	body         []byte
	err          error // what Discord's OpenAPI description says of it
}

// fakeREST is a recording stand-in for Discord's webhook endpoints that
// checks every request against Discord's OpenAPI description. (The fake
// Discord in internal/discordfake does not answer DELETE yet.)
func fakeREST(t *testing.T) (*REST, <-chan restCall) {
	t.Helper()
	calls := make(chan restCall, 16)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		calls <- restCall{r.Method, r.URL.Path, body, discordfake.ValidateRequest(r)}
		if r.Method == http.MethodDelete {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"id":"900","channel_id":"5","content":""}`))
	}))
	t.Cleanup(srv.Close)
	rest, err := NewREST(discordClient(t, srv.URL))
	if err != nil {
		t.Fatal(err)
	}
	return rest, calls
}

// discordClient is an http.Client sending requests for discord.com to the
// server at base, as serve-http's does for DISCORD_API_BASE.
func discordClient(t *testing.T, base string) *http.Client {
	t.Helper()
	c, err := bot.APIClient(base)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// slow answers like echo, but only once release is closed.
func slow(release <-chan struct{}, rsp Responder) Responder {
	return responderFunc(func(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
		<-release
		return rsp.Respond(ctx, i)
	})
}

func TestDeferred(t *testing.T) {
	ephemeral := responderFunc(func(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: "The coverage does not say.", Flags: discordgo.MessageFlagsEphemeral}}, nil
	})
	failing := responderFunc(func(context.Context, *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
		return nil, errors.New("engine exploded")
	})
	tests := []struct {
		name      string
		rsp       Responder
		body      string
		wantType  int      // of the HTTP response
		wantCalls []string // method and path of the REST calls, in order
		want      string   // in the last call's body
	}{
		{"ask", echo, askBody, 5, []string{"PATCH /api/v9/webhooks/100/tok/messages/@original"}, "answer to /ask"},
		{"ask answered only to the asker", ephemeral, askBody, 5,
			[]string{"DELETE /api/v9/webhooks/100/tok/messages/@original", "POST /api/v9/webhooks/100/tok"}, `"flags":64`},
		{"ask that fails", failing, askBody, 5,
			[]string{"DELETE /api/v9/webhooks/100/tok/messages/@original", "POST /api/v9/webhooks/100/tok"}, "Sorry"},
		{"sources button", echo, buttonBody, 6, []string{"PATCH /api/v9/webhooks/100/tok/messages/@original"}, "sources"},
		{"more passages button", echo, moreBody, 6, []string{"POST /api/v9/webhooks/100/tok"}, "more passages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rest, calls := fakeREST(t)
			release := make(chan struct{})
			s := newTestServer(t, slow(release, tt.rsp), Options{Editor: rest, After: firedTimer})
			w := do(s, signedRequest(testKey(t), rfcTimestamp, tt.body))
			var got callback
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || w.Code != http.StatusOK || got.Type != tt.wantType {
				t.Fatalf("response = %d %s; want 200 with type %d", w.Code, w.Body, tt.wantType)
			}
			validateCallback(t, w.Body.Bytes())
			close(release)
			var last restCall
			for _, want := range tt.wantCalls {
				last = <-calls
				if got := last.method + " " + last.path; got != want {
					t.Errorf("REST call = %s; want %s", got, want)
				}
				if last.err != nil {
					t.Errorf("Discord would reject %s %s %s: %v", last.method, last.path, last.body, last.err)
				}
			}
			if !strings.Contains(string(last.body), tt.want) {
				t.Errorf("last REST body = %s; want it to contain %q", last.body, tt.want)
			}
			s.bg.Wait()
		})
	}
}

func TestAutocompleteTooSlow(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	s := newTestServer(t, slow(release, echo), Options{After: firedTimer})
	w := do(s, signedRequest(testKey(t), rfcTimestamp, autocompleteBody))
	if got, want := w.Body.String(), `{"type":8,"data":{"choices":[]}}`; w.Code != http.StatusOK || got != want {
		t.Fatalf("slow autocomplete = %d %s; want 200 %s", w.Code, got, want)
	}
	validateCallback(t, w.Body.Bytes())
}
