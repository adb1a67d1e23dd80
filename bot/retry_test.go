package bot

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/bot/deliver"
	"github.com/summitbot/summitbot/internal/discordfake"
)

// TestRetried: Discord refuses a reply to a mention, and the edit of a
// deferred answer, with a 500 once each; the bot sends them again and the
// answers arrive.
func TestRetried(t *testing.T) {
	f := &fakeAnswerer{real: engine(t), release: make(chan struct{})}
	instant := func(context.Context, time.Duration) error { return nil }
	r := serve(t, NewHandler(f, Options{}), ServeOptions{DeferAfter: time.Nanosecond, Delivery: deliver.Policy{Sleep: instant}})
	delivered := func(method, suffix string) discordfake.Request {
		t.Helper()
		ctx, cancel := context.WithTimeout(t.Context(), wait)
		defer cancel()
		req, err := r.fake.Wait(ctx, func(q discordfake.Request) bool {
			return q.Method == method && strings.HasSuffix(q.Path, suffix) && q.Failed == 0
		})
		if err != nil {
			t.Fatalf("%s %s never delivered: %v", method, suffix, err)
		}
		return req
	}
	refused := func(method, suffix string) int {
		n := 0
		for _, q := range r.fake.Requests() {
			if q.Method == method && strings.HasSuffix(q.Path, suffix) && q.Failed == http.StatusInternalServerError {
				n++
			}
		}
		return n
	}

	r.fake.Fail(discordfake.Method("POST", "/channels/7/messages"), http.StatusInternalServerError, 1)
	r.dispatch(t, "MESSAGE_CREATE", map[string]any{"id": "63", "channel_id": "7", "guild_id": "3",
		"content": "<@100> who refused to deploy troops?", "author": map[string]any{"id": "u4", "username": "dana"},
		"mentions": []any{map[string]any{"id": "100", "username": "summitbot"}}})
	f.release <- struct{}{}
	if req := delivered("POST", "/channels/7/messages"); !strings.Contains(string(req.Body), "Croatia and the Czech Republic") || refused("POST", "/channels/7/messages") != 1 {
		t.Errorf("reply after a 500 = %s; want the answer, sent again once", req.Body)
	}

	r.fake.Fail(discordfake.Method("PATCH", "/messages/@original"), http.StatusInternalServerError, 1)
	i, path := r.interaction(2, "u1", slash("ask", opt("question", "who refused to deploy troops?", false)), nil)
	r.dispatch(t, "INTERACTION_CREATE", i)
	if _, got := r.await(t, path); got.Type != 5 {
		t.Fatalf("first callback type %d; want 5 (deferred)", got.Type)
	}
	f.release <- struct{}{}
	if req := delivered("PATCH", "/messages/@original"); !strings.Contains(string(req.Body), "Croatia and the Czech Republic") || refused("PATCH", "/messages/@original") != 1 {
		t.Errorf("edit after a 500 = %s; want the answer, sent again once", req.Body)
	}
}

// TestLateButton: a button whose answer is late is deferred as
// DEFERRED_UPDATE_MESSAGE (type 6), and its answer, a new message only the
// presser sees, is a follow-up (as on the HTTP endpoint).
func TestLateButton(t *testing.T) {
	f := &fakeAnswerer{real: engine(t), release: make(chan struct{})}
	r := serve(t, NewHandler(f, Options{}), ServeOptions{DeferAfter: time.Nanosecond})
	msg := map[string]any{"id": "77", "channel_id": "7", "content": "", "embeds": []any{map[string]any{"footer": map[string]any{"text": "Asked: who refused to deploy troops?"}}}}
	i, path := r.interaction(3, "u2", map[string]any{"custom_id": "more:1", "component_type": 2}, msg)
	r.dispatch(t, "INTERACTION_CREATE", i)
	if _, got := r.await(t, path); got.Type != 6 {
		t.Fatalf("late button: first callback type %d; want 6 (deferred update)", got.Type)
	}
	f.release <- struct{}{}
	token := strings.Split(path, "/")[3]
	req, _ := r.await(t, "/webhooks/100/"+token)
	noPings(t, "late button", req.Body)
	var got struct {
		Flags  int                      `json:"flags"`
		Embeds []discordgo.MessageEmbed `json:"embeds"`
	}
	req.JSON(&got)
	if req.Method != "POST" || got.Flags != 64 || len(got.Embeds) != 1 || got.Embeds[0].Title != "More passages" {
		t.Errorf("late button: %s %s = %s; want an ephemeral follow-up with More passages", req.Method, req.Path, req.Body)
	}
}
