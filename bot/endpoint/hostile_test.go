package endpoint

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestHostileInput(t *testing.T) {
	key := testKey(t)
	other := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))
	signed := func(body string) *http.Request { return signedRequest(key, rfcTimestamp, body) }
	with := func(r *http.Request, f func(*http.Request)) *http.Request { f(r); return r }
	tests := []struct {
		name string
		req  *http.Request
		want int
	}{
		{"GET", httptest.NewRequest(http.MethodGet, "/interactions", nil), 405},
		{"PUT signed", with(signed(rfcPing), func(r *http.Request) { r.Method = http.MethodPut }), 405},
		{"body over 64 KiB", signed(`{"id":"1","token":"t","type":1,"x":"` + strings.Repeat("a", 64<<10) + `"}`), 413},
		{"unsigned", httptest.NewRequest(http.MethodPost, "/interactions", strings.NewReader(rfcPing)), 401},
		{"signed by another key", signedRequest(other, rfcTimestamp, rfcPing), 401},
		{"signature not hex", with(signed(rfcPing), func(r *http.Request) { r.Header.Set(HeaderSignature, "zz") }), 401},
		{"signature of another body", with(signed(rfcPing), func(r *http.Request) {
			r.Body = httptest.NewRequest(http.MethodPost, "/", strings.NewReader(askBody)).Body
		}), 401},
		{"no timestamp", with(signed(rfcPing), func(r *http.Request) { r.Header.Del(HeaderTimestamp) }), 401},
		{"timestamp not a number", with(signed(rfcPing), func(r *http.Request) { r.Header.Set(HeaderTimestamp, "soon") }), 401},
		{"old timestamp, signed", signedRequest(key, rfcTimestamp-301, rfcPing), 401},
		{"future timestamp, signed", signedRequest(key, rfcTimestamp+301, rfcPing), 401},
		{"huge timestamp, signed", signedRequest(key, 1<<62, rfcPing), 401},
		{"unsigned garbage", httptest.NewRequest(http.MethodPost, "/interactions", strings.NewReader("{{{")), 401},
		{"wrong content type", with(signed(rfcPing), func(r *http.Request) { r.Header.Set("Content-Type", "text/plain") }), 400},
		{"no content type", with(signed(rfcPing), func(r *http.Request) { r.Header.Del("Content-Type") }), 400},
		{"malformed JSON", signed(`{"id":"1",`), 400},
		{"JSON array", signed(`[1,2]`), 400},
		{"empty body", signed(``), 400},
		{"no id", signed(`{"token":"t","type":1}`), 400},
		{"no token", signed(`{"id":"1","type":1}`), 400},
		{"unknown interaction type", signed(`{"id":"1","token":"t","type":99,"application_id":"100","user":{"id":"42"}}`), 400},
		{"unknown form (modal submit)", signed(`{"id":"1","token":"t","type":5,"application_id":"100","user":{"id":"42"},"data":{"custom_id":"m"}}`), 400},
		{"form without custom_id", signed(`{"id":"1","token":"t","type":5,"application_id":"100","user":{"id":"42"},"data":{"components":[]}}`), 400},
		{"type as string", signed(`{"id":"1","token":"t","type":"2"}`), 400},
		{"command without data", signed(strings.Replace(askBody, `"data":`, `"x":`, 1)), 400},
		{"command with null data", signed(`{"id":"1","application_id":"100","token":"t","type":2,"user":{"id":"42"},"data":null}`), 400},
		{"command without name", signed(strings.Replace(askBody, `"name":"ask",`, ``, 1)), 400},
		{"command without user", signed(strings.Replace(askBody, `"member":{"user":{"id":"42","username":"u"}},`, ``, 1)), 400},
		{"command without application", signed(strings.Replace(askBody, `"application_id":"100",`, ``, 1)), 400},
		{"unknown command", signed(strings.Replace(askBody, `"name":"ask"`, `"name":"nope"`, 1)), 400},
		{"button without custom_id", signed(strings.Replace(buttonBody, `"custom_id":"sources",`, ``, 1)), 400},
		{"unknown component type", signed(strings.Replace(buttonBody, `"component_type":2`, `"component_type":3`, 1)), 400},
		{"data of the wrong shape", signed(strings.Replace(askBody, `"options":[`, `"options":{"a":[`, 1)), 400},
	}
	s := newTestServer(t, echo, Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(s, tt.req)
			if w.Code != tt.want {
				t.Errorf("status = %d; want %d", w.Code, tt.want)
			}
			if w.Code != http.StatusOK && w.Body.Len() != 0 {
				t.Errorf("error body = %q; want none", w.Body)
			}
		})
	}
}

func TestResponderFailures(t *testing.T) {
	tests := []struct {
		name string
		rsp  responderFunc
		opts Options
		want int
	}{
		{"panic", func(context.Context, *discordgo.Interaction) (*discordgo.InteractionResponse, error) { panic("boom") }, Options{}, 500},
		{"no response", func(context.Context, *discordgo.Interaction) (*discordgo.InteractionResponse, error) { return nil, nil }, Options{}, 500},
		{"bot's unknown command", func(context.Context, *discordgo.Interaction) (*discordgo.InteractionResponse, error) {
			return nil, context.Canceled
		}, Options{IsUnknown: func(err error) bool { return err == context.Canceled }}, 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestServer(t, tt.rsp, tt.opts)
			w := do(s, signedRequest(testKey(t), rfcTimestamp, askBody))
			if w.Code != tt.want || w.Body.Len() != 0 {
				t.Errorf("response = %d %q; want %d and no body", w.Code, w.Body, tt.want)
			}
		})
	}
}
