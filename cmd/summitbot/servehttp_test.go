package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/bot"
)

func TestServeHTTPConfiguration(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want []string // in the error
	}{
		{"no key", nil, nil, []string{"DISCORD_PUBLIC_KEY"}},
		{"bad key and address", []string{"--addr", "nowhere"}, map[string]string{"DISCORD_PUBLIC_KEY": "abc"},
			[]string{"DISCORD_PUBLIC_KEY", `"nowhere"`}},
		{"bad cooldown", nil, map[string]string{"DISCORD_PUBLIC_KEY": strings.Repeat("ab", 32), "COOLDOWN_WINDOW": "soon"},
			[]string{"COOLDOWN_WINDOW"}},
		{"bad API base", nil, map[string]string{"DISCORD_PUBLIC_KEY": strings.Repeat("ab", 32), "DISCORD_API_BASE": "ftp://x"},
			[]string{"DISCORD_API_BASE"}},
		{"unknown flag", []string{"--port", "1"}, nil, []string{"--port"}},
		{"--corpus-only without --corpus", []string{"--corpus-only"}, nil, []string{"--corpus"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(context.Background(), append([]string{"serve-http"}, tt.args...),
				func(k string) string { return tt.env[k] }, strings.NewReader(""), io.Discard)
			var ue usageError
			if !errors.As(err, &ue) {
				t.Fatalf("serve-http %v = %v; want a usage error", tt.args, err)
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q; want it to mention %s", err, want)
				}
			}
		})
	}
}

// TestServeHTTP runs the command on a free loopback port with the real
// engine, answers a signed /ask, and shuts it down.
func TestServeHTTP(t *testing.T) {
	seed := bytes.Repeat([]byte{1}, ed25519.SeedSize)
	key := ed25519.NewKeyFromSeed(seed)
	env := map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(key.Public().(ed25519.PublicKey))}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	urls := make(chan string, 1)
	go func() {
		listening := regexp.MustCompile(`url=(http://\S+)/interactions`)
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil {
				urls <- m[1]
			}
		}
	}()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve-http", "--addr", "127.0.0.1:0"}, func(k string) string { return env[k] }, nil, pw)
		pw.Close()
	}()
	var base string
	select {
	case base = <-urls:
	case err := <-done:
		t.Fatalf("serve-http stopped: %v", err)
	}
	get := func(path string) int {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := get("/healthz"); got != http.StatusOK {
		t.Errorf("GET /healthz = %d; want 200", got)
	}
	for get("/readyz") != http.StatusOK { // the index loads in the background
		time.Sleep(20 * time.Millisecond)
	}

	body := `{"id":"1","application_id":"100","type":2,"token":"tok","version":1,"member":{"user":{"id":"42","username":"u"}},` +
		`"data":{"id":"9","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"who refused to deploy troops?"}]}}`
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, base+"/interactions", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(stamp+body))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Type int `json:"type"`
		Data struct {
			Embeds []struct {
				Description string `json:"description"`
			} `json:"embeds"`
		} `json:"data"`
	}
	err = json.NewDecoder(resp.Body).Decode(&got)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK || got.Type != 4 || len(got.Data.Embeds) == 0 ||
		!strings.Contains(got.Data.Embeds[0].Description, "Croatia") {
		t.Errorf("/ask = %d %+v (%v); want 200, type 4, an embed naming Croatia", resp.StatusCode, got, err)
	}

	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve-http after shutdown = %v; want nil", err)
	}
}

// TestCooldownNotice checks that the endpoint's cooldown metric recognises
// the bot's real cooldown reply, and nothing else.
func TestCooldownNotice(t *testing.T) {
	e, err := openEngine(source{})
	if err != nil {
		t.Fatal(err)
	}
	h := bot.NewHandler(e, bot.Options{CooldownQuestions: 1, CooldownWindow: time.Hour})
	var i discordgo.Interaction
	body := `{"id":"1","application_id":"100","type":2,"token":"tok","member":{"user":{"id":"42"}},` +
		`"data":{"id":"9","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"who refused to deploy troops?"}]}}`
	if err := json.Unmarshal([]byte(body), &i); err != nil {
		t.Fatal(err)
	}
	for n, want := range []bool{false, true} {
		resp, err := h.Respond(context.Background(), &i)
		if err != nil {
			t.Fatal(err)
		}
		if got := isCooldownNotice(resp); got != want {
			t.Errorf("question %d: isCooldownNotice = %v; want %v (%+v)", n+1, got, want, resp.Data)
		}
	}
}
