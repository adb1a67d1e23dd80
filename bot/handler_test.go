package bot

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/discordfake"
	"github.com/summitbot/summitbot/internal/qa"
)

// fakeAnswerer answers from the real engine, but can hold Ask until
// released, or panic.
type fakeAnswerer struct {
	real    Answerer
	entered chan struct{} // receives when Ask starts, if not nil
	release chan struct{} // Ask waits for it, if not nil
	panics  bool
}

func (f *fakeAnswerer) Ask(ctx context.Context, q string) (qa.Answer, error) {
	if f.panics {
		panic("secret internal detail")
	}
	if f.entered != nil {
		f.entered <- struct{}{}
	}
	if f.release != nil {
		<-f.release
	}
	return f.real.Ask(ctx, q)
}

func (f *fakeAnswerer) Quote(ctx context.Context, w, s string) ([]qa.QuoteResult, error) {
	return f.real.Quote(ctx, w, s)
}
func (f *fakeAnswerer) Speakers(typed string, n int) []string { return f.real.Speakers(typed, n) }
func (f *fakeAnswerer) Corpus() *corpus.Corpus                { return f.real.Corpus() }

func askInteraction(user, q string) *discordgo.Interaction {
	return &discordgo.Interaction{ID: "1", Type: discordgo.InteractionApplicationCommand, User: &discordgo.User{ID: user},
		Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: q}}}}
}

func content(t *testing.T, r *discordgo.InteractionResponse, err error) string {
	t.Helper()
	if err != nil {
		t.Fatalf("Respond: %v", err)
	}
	return r.Data.Content
}

func respondContent(t *testing.T, h *Handler, i *discordgo.Interaction) string {
	t.Helper()
	r, err := h.Respond(t.Context(), i)
	return content(t, r, err)
}

func TestRespondPanic(t *testing.T) {
	var logs strings.Builder
	h := NewHandler(&fakeAnswerer{real: engine(t), panics: true}, Options{Logger: slogTo(&logs)})
	r, err := h.Respond(t.Context(), askInteraction("u", "who?"))
	got := content(t, r, err)
	if got != msgApology || r.Data.Flags != discordgo.MessageFlagsEphemeral {
		t.Errorf("Respond after a panic = %q; want the ephemeral apology", got)
	}
	if !strings.Contains(logs.String(), "secret internal detail") || !strings.Contains(logs.String(), "outcome=panic") {
		t.Errorf("log = %q; want the panic logged", logs.String())
	}
	// The gate was left: the next question is not turned away as busy.
	h2 := NewHandler(&fakeAnswerer{real: engine(t), panics: true}, Options{MaxConcurrent: 1})
	for range 2 {
		if got := respondContent(t, h2, askInteraction("u", "who?")); got != msgApology {
			t.Errorf("Respond = %q; want the apology each time (gate released)", got)
		}
	}
}

func TestRespondCooldown(t *testing.T) {
	now := time.Date(2026, 1, 6, 12, 0, 0, 0, time.UTC)
	var observed []Outcome
	h := NewHandler(engine(t), Options{CooldownQuestions: 2, CooldownWindow: 10 * time.Second, Now: func() time.Time { return now },
		Observe: func(o Outcome) { observed = append(observed, o) }})
	steps := []struct {
		user    string
		advance time.Duration
		limited bool
	}{
		{"a", 0, false}, {"a", time.Second, false}, {"a", time.Second, true}, {"b", 0, false},
		{"a", 7 * time.Second, true}, {"a", time.Second + time.Millisecond, false},
	}
	for n, s := range steps {
		now = now.Add(s.advance)
		got := respondContent(t, h, askInteraction(s.user, "who refused to deploy troops?"))
		if limited := strings.HasPrefix(got, "You're asking quickly"); limited != s.limited {
			t.Errorf("step %d (user %s): content %q; want limited %v", n, s.user, got, s.limited)
		}
		want := OutcomeAnswered
		if s.limited {
			want = OutcomeCooldown
		}
		if len(observed) != n+1 || observed[n] != want {
			t.Errorf("step %d (user %s): observed %v; want %s last, once per interaction", n, s.user, observed, want)
		}
	}
}

func TestRespondBusy(t *testing.T) {
	f := &fakeAnswerer{real: engine(t), entered: make(chan struct{}), release: make(chan struct{})}
	h := NewHandler(f, Options{MaxConcurrent: 1})
	done := make(chan struct{})
	go func() { h.Respond(context.Background(), askInteraction("a", "who?")); close(done) }()
	<-f.entered
	got := respondContent(t, h, askInteraction("b", "who?"))
	close(f.release)
	<-done
	if got != msgBusy {
		t.Errorf("Respond while the gate is full = %q; want %q", got, msgBusy)
	}
}

func TestRespondUnknown(t *testing.T) {
	h := NewHandler(engine(t), Options{})
	for _, i := range []*discordgo.Interaction{
		nil,
		{Type: discordgo.InteractionApplicationCommand, Data: discordgo.ApplicationCommandInteractionData{Name: "nope"}},
		{Type: discordgo.InteractionMessageComponent, Data: discordgo.MessageComponentInteractionData{CustomID: "what"}},
		{Type: discordgo.InteractionMessageComponent, Data: discordgo.MessageComponentInteractionData{CustomID: "more:x"}},
		{Type: discordgo.InteractionModalSubmit},
	} {
		if _, err := h.Respond(t.Context(), i); !errors.Is(err, ErrUnknownInteraction) {
			t.Errorf("Respond(%+v) error = %v; want ErrUnknownInteraction", i, err)
		}
	}
}

func TestForBot(t *testing.T) {
	user := &discordgo.User{ID: "9"}
	tests := []struct {
		name string
		m    *discordgo.Message
		want string
		ok   bool
	}{
		{"mention", &discordgo.Message{GuildID: "3", Author: user, Content: "<@100> who?", Mentions: []*discordgo.User{{ID: "100"}}}, "who?", true},
		{"nick mention", &discordgo.Message{GuildID: "3", Author: user, Content: "hey <@!100>  who?"}, "hey who?", true},
		{"dm", &discordgo.Message{Author: user, Content: " who? "}, "who?", true},
		{"not for the bot", &discordgo.Message{GuildID: "3", Author: user, Content: "who?"}, "", false},
		{"from a bot", &discordgo.Message{GuildID: "3", Author: &discordgo.User{ID: "8", Bot: true}, Content: "<@100> who?"}, "", false},
		{"from itself", &discordgo.Message{Author: &discordgo.User{ID: "100"}, Content: "who?"}, "", false},
		{"no author", &discordgo.Message{Content: "who?"}, "", false},
	}
	for _, tt := range tests {
		got, ok := forBot(tt.m, "100")
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: forBot = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestDeferred holds answers past the deferral point: the bot defers (type
// 5), then edits the original response, or, for a reply only the asker may
// see, deletes the public placeholder and follows up ephemerally.
func TestDeferred(t *testing.T) {
	f := &fakeAnswerer{real: engine(t), release: make(chan struct{})}
	r := serve(t, NewHandler(f, Options{}), ServeOptions{DeferAfter: time.Nanosecond})
	for _, tc := range []struct {
		q, final string
	}{
		{"who refused to deploy troops?", "/messages/@original"},
		{"what colour was Macron's tie?", "/webhooks/100/tok"},
	} {
		i, path := r.interaction(2, "u1", slash("ask", opt("question", tc.q, false)), nil)
		r.dispatch(t, "INTERACTION_CREATE", i)
		if _, got := r.await(t, path); got.Type != 5 {
			t.Errorf("%s: first callback type %d; want 5 (deferred)", tc.q, got.Type)
		}
		f.release <- struct{}{}
		token := strings.Split(path, "/")[3]
		req, _ := r.await(t, token+strings.TrimPrefix(tc.final, "/webhooks/100/tok"))
		noPings(t, tc.q, req.Body)
		var body struct {
			Embeds []json.RawMessage `json:"embeds"`
			Flags  int               `json:"flags"`
		}
		req.JSON(&body)
		if len(body.Embeds) != 1 {
			t.Errorf("%s: final %s %s = %s; want the answer", tc.q, req.Method, req.Path, req.Body)
		}
		if tc.final == "/webhooks/100/tok" {
			if body.Flags != 64 {
				t.Errorf("%s: follow-up flags %d; want 64 (ephemeral)", tc.q, body.Flags)
			}
			if _, err := r.fake.Wait(t.Context(), func(q discordfake.Request) bool { return q.Method == "DELETE" && strings.Contains(q.Path, token) }); err != nil {
				t.Error(err)
			}
		}
	}
}

func slogTo(w io.Writer) *slog.Logger { return slog.New(slog.NewTextHandler(w, nil)) }
