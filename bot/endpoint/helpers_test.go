package endpoint

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// The RFC 8032 test 1 key pair, and the signed PING.
const (
	rfcSeed      = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
	rfcPublic    = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
	rfcTimestamp = 1700000000
	rfcPing      = `{"id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":1}`
	rfcSig       = "f0bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b"
)

// testKey returns the RFC 8032 test 1 private key.
func testKey(t testing.TB) ed25519.PrivateKey {
	t.Helper()
	seed, err := hex.DecodeString(rfcSeed)
	if err != nil {
		t.Fatal(err)
	}
	return ed25519.NewKeyFromSeed(seed)
}

// fixedNow is the tests' clock: the test vector's timestamp.
func fixedNow() time.Time { return time.Unix(rfcTimestamp, 0) }

// firedTimer is an After that has always already fired: the deadline has
// passed, so every answer not ready at once is deferred.
func firedTimer(time.Duration) <-chan time.Time {
	c := make(chan time.Time, 1)
	c <- fixedNow()
	return c
}

// neverTimer is an After that never fires: every answer is in time.
func neverTimer(time.Duration) <-chan time.Time { return nil }

// signedRequest is a POST /interactions of body signed by key at ts.
func signedRequest(key ed25519.PrivateKey, ts int64, body string) *http.Request {
	stamp := strconv.FormatInt(ts, 10)
	r := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader([]byte(body)))
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set(HeaderTimestamp, stamp)
	r.Header.Set(HeaderSignature, hex.EncodeToString(ed25519.Sign(key, []byte(stamp+body))))
	return r
}

// newTestServer is a ready server with the test key and clock.
func newTestServer(t testing.TB, rsp Responder, opts Options) *Server {
	t.Helper()
	opts.PublicKey = testKey(t).Public().(ed25519.PublicKey)
	if opts.Now == nil {
		opts.Now = fixedNow
	}
	if opts.After == nil {
		opts.After = neverTimer
	}
	s := New(opts)
	if rsp != nil {
		s.SetResponder(rsp)
	}
	return s
}

// do serves one request and returns the recorded response.
func do(s *Server, r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	s.ServeHTTP(w, r)
	return w
}

// responderFunc adapts a function to Responder.
type responderFunc func(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, error)

func (f responderFunc) Respond(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
	return f(ctx, i)
}

// echo answers every interaction with a message naming it: commands with
// type 4, autocompletes with one choice, the "more" and "sources" buttons as
// the bot does (type 4, shown only to the presser), other buttons with an
// update of their message (type 7); "nope" is an unknown command.
var echo = responderFunc(func(ctx context.Context, i *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
	none := &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
	switch i.Type {
	case discordgo.InteractionModalSubmit:
		return nil, ErrUnknown // no form of echo's
	case discordgo.InteractionApplicationCommandAutocomplete:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "Zelenskyy", Value: "Zelenskyy"}}}}, nil
	case discordgo.InteractionMessageComponent:
		switch id := i.MessageComponentData().CustomID; id {
		case "more", "sources":
			return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: id + " pressed", Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: none}}, nil
		}
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: "updated", AllowedMentions: none}}, nil
	}
	if i.ApplicationCommandData().Name == "nope" {
		return nil, ErrUnknown
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         "answer to /" + i.ApplicationCommandData().Name,
			Embeds:          []*discordgo.MessageEmbed{{Title: "Answer", Description: "**Croatia and the Czech Republic**"}},
			AllowedMentions: none,
		}}, nil
})

// Interaction bodies as Discord sends them.
const (
	askBody = `{"id":"1","application_id":"100","type":2,"token":"tok","version":1,` +
		`"member":{"user":{"id":"42","username":"u"}},"channel_id":"5","guild_id":"6",` +
		`"data":{"id":"9","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"who refused to deploy troops?"}]}}`
	dmAskBody = `{"id":"1","application_id":"100","type":2,"token":"tok","version":1,` +
		`"user":{"id":"42","username":"u"},"data":{"id":"9","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"who?"}]}}`
	autocompleteBody = `{"id":"2","application_id":"100","type":4,"token":"tok","version":1,` +
		`"member":{"user":{"id":"42","username":"u"}},` +
		`"data":{"id":"9","name":"quote","type":1,"options":[{"name":"speaker","type":3,"value":"zel","focused":true}]}}`
	buttonBody = `{"id":"3","application_id":"100","type":3,"token":"tok","version":1,` +
		`"member":{"user":{"id":"42","username":"u"}},"message":{"id":"77","channel_id":"5"},` +
		`"data":{"custom_id":"sources","component_type":2}}`
	moreBody = `{"id":"4","application_id":"100","type":3,"token":"tok","version":1,` +
		`"member":{"user":{"id":"42","username":"u"}},"message":{"id":"77","channel_id":"5"},` +
		`"data":{"custom_id":"more","component_type":2}}`
	pageBody = `{"id":"5","application_id":"100","type":3,"token":"tok","version":1,` +
		`"member":{"user":{"id":"42","username":"u"}},"message":{"id":"77","channel_id":"5"},` +
		`"data":{"custom_id":"page","component_type":2}}`
)
