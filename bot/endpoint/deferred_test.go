package endpoint

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/bot/deliver"
	"github.com/summitbot/summitbot/internal/discordfake"
)

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
		{"sources button", echo, buttonBody, 6, []string{"POST /api/v9/webhooks/100/tok"}, `"flags":64`},
		{"more passages button", echo, moreBody, 6, []string{"POST /api/v9/webhooks/100/tok"}, "more pressed"},
		{"button that updates its message", echo, pageBody, 6, []string{"PATCH /api/v9/webhooks/100/tok/messages/@original"}, "updated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := discordfake.New(t) // fails the test on any request Discord would reject
			rest, err := NewREST(fake.Client())
			if err != nil {
				t.Fatal(err)
			}
			release := make(chan struct{})
			s := newTestServer(t, slow(release, tt.rsp), Options{Editor: rest, After: firedTimer})
			w := do(s, signedRequest(testKey(t), rfcTimestamp, tt.body))
			var got callback
			if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil || w.Code != http.StatusOK || got.Type != tt.wantType {
				t.Fatalf("response = %d %s; want 200 with type %d", w.Code, w.Body, tt.wantType)
			}
			validateCallback(t, w.Body.Bytes())
			close(release)
			s.bg.Wait() // the deferred answer is delivered
			reqs := fake.Requests()
			var calls []string
			for _, r := range reqs {
				calls = append(calls, r.Method+" "+r.Path)
			}
			if !slices.Equal(calls, tt.wantCalls) {
				t.Fatalf("REST calls = %q; want %q", calls, tt.wantCalls)
			}
			if last := reqs[len(reqs)-1]; !strings.Contains(string(last.Body), tt.want) {
				t.Errorf("last REST body = %s; want it to contain %q", last.Body, tt.want)
			}
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

// TestDeferredRetried: Discord refuses the edit or the follow-up with a 500
// once; the answer is sent again, and arrives.
func TestDeferredRetried(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		fail      func(discordfake.Request) bool
		wantCalls []string
		want      string
	}{
		{"edit", askBody, discordfake.Method("PATCH", "/messages/@original"),
			[]string{"PATCH /api/v9/webhooks/100/tok/messages/@original", "PATCH /api/v9/webhooks/100/tok/messages/@original"}, "answer to /ask"},
		{"follow-up", buttonBody, discordfake.Method("POST", "/webhooks/100/tok"),
			[]string{"POST /api/v9/webhooks/100/tok", "POST /api/v9/webhooks/100/tok"}, `"flags":64`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := discordfake.New(t)
			fake.Fail(tt.fail, http.StatusInternalServerError, 1)
			rest, err := NewREST(fake.Client())
			if err != nil {
				t.Fatal(err)
			}
			var waits []time.Duration
			instant := func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil }
			release := make(chan struct{})
			s := newTestServer(t, slow(release, echo), Options{Editor: rest, After: firedTimer, Delivery: deliver.Policy{Sleep: instant}})
			do(s, signedRequest(testKey(t), rfcTimestamp, tt.body))
			close(release)
			s.bg.Wait()
			reqs := fake.Requests()
			var calls []string
			for _, r := range reqs {
				calls = append(calls, r.Method+" "+r.Path)
			}
			if !slices.Equal(calls, tt.wantCalls) || reqs[0].Failed != 500 || len(waits) != 1 {
				t.Fatalf("REST calls = %q (waits %v); want %q, the first refused with a 500, one wait", calls, waits, tt.wantCalls)
			}
			if last := reqs[len(reqs)-1]; !strings.Contains(string(last.Body), tt.want) {
				t.Errorf("last REST body = %s; want it to contain %q", last.Body, tt.want)
			}
		})
	}
}
