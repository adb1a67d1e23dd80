package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/internal/discordfake"
	"github.com/summitbot/summitbot/internal/qa"
)

// realEngine is the answer engine as cmd/summitbot builds it, shared by the
// tests.
var realEngine = sync.OnceValues(func() (*qa.Engine, error) {
	e, _, err := qa.Embedded() // lives as long as the test binary
	return e, err
})

func engine(t testing.TB) *qa.Engine {
	t.Helper()
	e, err := realEngine()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// wait bounds how long a test waits for the bot; it is a hang guard, not a
// timing assertion.
const wait = 30 * time.Second

// running is a bot served against a fake Discord.
type running struct {
	fake *discordfake.Server
	stop func() error
	n    int // interaction ids handed out
}

// serve starts Serve with h against a new fake Discord and waits until the
// commands are registered.
func serve(t *testing.T, h *Handler, o ServeOptions) *running {
	t.Helper()
	return serveSession(t, h, SessionOptions{}, o)
}

// serveSession is serve with session options (the fake's client is put in).
func serveSession(t *testing.T, h *Handler, so SessionOptions, o ServeOptions) *running {
	t.Helper()
	fake := discordfake.New(t)
	so.Client = fake.Client()
	s, err := NewSession(discordfake.Token, so)
	if err != nil {
		t.Fatal(err)
	}
	s.Dialer = fake.Dialer()
	ctx, cancel := context.WithCancel(t.Context())
	errc := make(chan error, 1)
	go func() { errc <- Serve(ctx, s, h, o) }()
	wctx, wcancel := context.WithTimeout(t.Context(), wait)
	defer wcancel()
	if _, err := fake.Wait(wctx, func(r discordfake.Request) bool { return r.Method == "PUT" }); err != nil {
		cancel()
		t.Fatalf("commands never registered: %v (Serve: %v)", err, <-errc)
	}
	stopped := sync.OnceValue(func() error { cancel(); return <-errc })
	t.Cleanup(func() { stopped() })
	return &running{fake: fake, stop: stopped}
}

// interaction builds an INTERACTION_CREATE payload from user u.
func (r *running) interaction(typ int, u string, data map[string]any, message map[string]any) (map[string]any, string) {
	r.n++
	id := fmt.Sprint(5000 + r.n)
	i := map[string]any{
		"id": id, "application_id": discordfake.AppID, "type": typ, "token": "tok" + id, "version": 1,
		"channel_id": "7", "guild_id": "3", "member": map[string]any{"user": map[string]any{"id": u, "username": u}},
		"data": data,
	}
	if message != nil {
		i["message"] = message
	}
	return i, "/interactions/" + id + "/tok" + id + "/callback"
}

func slash(name string, opts ...map[string]any) map[string]any {
	return map[string]any{"id": "900", "name": name, "type": 1, "options": opts}
}

func opt(name, value string, focused bool) map[string]any {
	return map[string]any{"name": name, "type": 3, "value": value, "focused": focused}
}

// sent is an interaction callback or message as the bot sent it.
type sent struct {
	Type int `json:"type"`
	Data struct {
		Content         string                                     `json:"content"`
		Flags           int                                        `json:"flags"`
		Embeds          []discordgo.MessageEmbed                   `json:"embeds"`
		Components      []json.RawMessage                          `json:"components"`
		Choices         []discordgo.ApplicationCommandOptionChoice `json:"choices"`
		AllowedMentions *struct {
			Parse *[]string `json:"parse"`
		} `json:"allowed_mentions"`
	} `json:"data"`
}

// await waits for a request whose path ends with suffix and decodes it.
func (r *running) await(t *testing.T, suffix string) (discordfake.Request, sent) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), wait)
	defer cancel()
	req, err := r.fake.Wait(ctx, discordfake.Path(suffix))
	if err != nil {
		t.Fatalf("nothing sent to %s: %v", suffix, err)
	}
	var s sent
	if err := req.JSON(&s); err != nil {
		t.Fatal(err)
	}
	if req.Err != nil {
		t.Errorf("%s %s: Discord would reject it: %v", req.Method, req.Path, req.Err)
	}
	return req, s
}

func (r *running) dispatch(t *testing.T, typ string, d any) {
	t.Helper()
	if err := r.fake.Dispatch(typ, d); err != nil {
		t.Fatal(err)
	}
}

// noPings checks allowed_mentions is present with an explicit empty parse
// list.
func noPings(t *testing.T, what string, body []byte) {
	t.Helper()
	if !strings.Contains(string(body), `"allowed_mentions":{"parse":[]`) {
		t.Errorf("%s: allowed_mentions without an explicit empty parse list: %s", what, body)
	}
}

func buttonIDs(t *testing.T, rows []json.RawMessage) []string {
	t.Helper()
	var ids []string
	for _, raw := range rows {
		var row struct {
			Components []struct {
				CustomID string `json:"custom_id"`
			} `json:"components"`
		}
		if err := json.Unmarshal(raw, &row); err != nil {
			t.Fatal(err)
		}
		for _, c := range row.Components {
			ids = append(ids, c.CustomID)
		}
	}
	return ids
}
