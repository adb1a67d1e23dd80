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
// engine, answers a signed /ask, turns the same user's second /ask away with
// the cooldown notice and counts it in /metrics, and shuts down.
func TestServeHTTP(t *testing.T) {
	seed := bytes.Repeat([]byte{1}, ed25519.SeedSize)
	key := ed25519.NewKeyFromSeed(seed)
	env := map[string]string{
		"DISCORD_PUBLIC_KEY": hex.EncodeToString(key.Public().(ed25519.PublicKey)),
		"COOLDOWN_QUESTIONS": "1",
		"COOLDOWN_WINDOW":    "1h",
	}
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
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode, string(b)
	}
	if got, _ := get("/healthz"); got != http.StatusOK {
		t.Errorf("GET /healthz = %d; want 200", got)
	}
	for { // the index loads in the background
		if got, _ := get("/readyz"); got == http.StatusOK {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}

	type callback struct {
		Type int `json:"type"`
		Data struct {
			Content string `json:"content"`
			Flags   int    `json:"flags"`
			Embeds  []struct {
				Description string `json:"description"`
			} `json:"embeds"`
		} `json:"data"`
	}
	ask := func() (int, callback) {
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
		defer resp.Body.Close()
		var got callback
		if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
			t.Fatalf("/ask = %d: %v", resp.StatusCode, err)
		}
		return resp.StatusCode, got
	}
	if code, got := ask(); code != http.StatusOK || got.Type != 4 || len(got.Data.Embeds) == 0 ||
		!strings.Contains(got.Data.Embeds[0].Description, "Croatia") {
		t.Errorf("/ask = %d %+v; want 200, type 4, an embed naming Croatia", code, got)
	}
	if code, got := ask(); code != http.StatusOK || got.Type != 4 || got.Data.Flags != 64 || len(got.Data.Embeds) != 0 {
		t.Errorf("second /ask within the cooldown = %d %+v; want 200, type 4, an ephemeral notice", code, got)
	}
	if code, metrics := get("/metrics"); code != http.StatusOK || !strings.Contains(metrics, "\nsummitbot_http_cooldown_hits_total 1\n") {
		t.Errorf("GET /metrics = %d, cooldown hits %q; want 200 and 1", code, regexp.MustCompile(`(?m)^summitbot_http_cooldown_hits_total.*$`).FindString(metrics))
	}

	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve-http after shutdown = %v; want nil", err)
	}
}
