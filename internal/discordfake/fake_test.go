package discordfake

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

func TestValidateCallback(t *testing.T) {
	long := strings.Repeat("x", 300)
	tests := []struct {
		name  string
		body  string
		valid bool
	}{
		{"message", `{"type":4,"data":{"content":"hi","allowed_mentions":{"parse":[]},"flags":64}}`, true},
		{"deferred", `{"type":5}`, true},
		{"autocomplete", `{"type":8,"data":{"choices":[{"name":"Emmanuel Macron","value":"Emmanuel Macron"}]}}`, true},
		{"content not a string", `{"type":4,"data":{"content":5}}`, false},
		{"embed title too long", `{"type":4,"data":{"embeds":[{"title":"` + long + `"}]}}`, false},
		{"unknown callback type", `{"type":42}`, false},
		{"custom_id too long", `{"type":4,"data":{"components":[{"type":1,"components":[{"type":2,"style":2,"label":"x","custom_id":"` + long + `"}]}]}}`, false},
	}
	for _, tt := range tests {
		err := ValidateCallback([]byte(tt.body))
		if got := err == nil; got != tt.valid {
			t.Errorf("%s: ValidateCallback(%s) = %v; want valid %v", tt.name, tt.body, err, tt.valid)
		}
	}
}

func TestValidateRequestMapsVersion(t *testing.T) {
	r, _ := http.NewRequest(http.MethodPost, "http://127.0.0.1:1/api/v9/channels/1/messages", strings.NewReader(`{"content":"hi"}`))
	r.Header.Set("Content-Type", "application/json")
	if err := ValidateRequest(r); err != nil {
		t.Errorf("ValidateRequest(v9 message) = %v; want nil", err)
	}
	r, _ = http.NewRequest(http.MethodPost, "http://127.0.0.1:1/api/v9/nowhere", nil)
	if err := ValidateRequest(r); err == nil {
		t.Errorf("ValidateRequest(unknown route) = nil; want an error")
	}
}

// TestSession drives the real discordgo client through the fake: connect,
// receive a dispatched message, reply, and an invalid request is caught.
func TestSession(t *testing.T) {
	fake := New(t)
	fake.TolerateInvalid()
	s, err := discordgo.New("Bot " + Token)
	if err != nil {
		t.Fatal(err)
	}
	s.Client, s.Dialer = fake.Client(), fake.Dialer()
	s.SyncEvents = true
	s.ShardID, s.ShardCount = 1, 2
	s.AddHandler(func(s *discordgo.Session, m *discordgo.MessageCreate) {
		s.ChannelMessageSendReply(m.ChannelID, "pong", m.Reference())
	})
	if err := s.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	if got := s.State.User.ID; got != BotID {
		t.Errorf("State.User.ID = %q; want %q", got, BotID)
	}
	ids := fake.Identifies()
	if len(ids) != 1 || ids[0].Token != "Bot "+Token && ids[0].Token != Token || ids[0].Shard == nil || *ids[0].Shard != [2]int{1, 2} {
		t.Errorf("Identifies() = %+v; want one with the token and shard [1 2]", ids)
	}
	msg := map[string]any{"id": "55", "channel_id": "7", "content": "ping", "author": map[string]any{"id": "9", "username": "u"}}
	if err := fake.Dispatch("MESSAGE_CREATE", msg); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	req, err := fake.Wait(ctx, Path("/channels/7/messages"))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Content string `json:"content"`
		Ref     struct {
			MessageID string `json:"message_id"`
		} `json:"message_reference"`
	}
	if err := req.JSON(&got); err != nil {
		t.Fatal(err)
	}
	if got.Content != "pong" || got.Ref.MessageID != "55" || req.Err != nil {
		t.Errorf("reply = %s (err %v); want pong referencing 55", req.Body, req.Err)
	}

	// A body Discord rejects is answered 400 and recorded with its error.
	_, err = s.ChannelMessageSendEmbed("7", &discordgo.MessageEmbed{Title: strings.Repeat("t", 257)})
	if err == nil {
		t.Errorf("sending a 257-character embed title: no error; want 400")
	}
	reqs := fake.Requests()
	if last := reqs[len(reqs)-1]; last.Err == nil {
		t.Errorf("last request %s: Err = nil; want a validation error", last.Body)
	}
}

// TestFail: a test can make Discord refuse a valid request with a 5xx; the
// request is still validated and recorded, and the next one goes through.
func TestFail(t *testing.T) {
	fake := New(t)
	s, err := discordgo.New("Bot " + Token)
	if err != nil {
		t.Fatal(err)
	}
	s.Client = fake.Client()
	fake.Fail(Method(http.MethodPost, "/channels/1/messages"), http.StatusInternalServerError, 1)
	_, err = s.ChannelMessageSend("1", "hello")
	var re *discordgo.RESTError
	if !errors.As(err, &re) || re.Response.StatusCode != http.StatusInternalServerError {
		t.Fatalf("first send = %v; want a 500", err)
	}
	if _, err := s.ChannelMessageSend("1", "hello"); err != nil {
		t.Fatalf("second send = %v; want it through", err)
	}
	reqs := fake.Requests()
	if len(reqs) != 2 || reqs[0].Failed != 500 || reqs[1].Failed != 0 || reqs[0].Err != nil {
		t.Errorf("requests = %+v; want the first failed (500, valid), the second answered", reqs)
	}
}
