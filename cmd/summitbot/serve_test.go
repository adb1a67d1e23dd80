package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/summitbot/summitbot/internal/discordfake"
)

// TestServe runs the serve command against a fake Discord through
// DISCORD_API_BASE (REST and gateway), until it has registered its commands,
// then shuts it down as SIGINT would.
func TestServe(t *testing.T) {
	fake := discordfake.New(t)
	env := map[string]string{"DISCORD_TOKEN": discordfake.Token, "DISCORD_API_BASE": fake.URL(), "SHARD_ID": "1", "SHARD_COUNT": "2"}
	ctx, cancel := context.WithCancel(t.Context())
	var out bytes.Buffer
	errc := make(chan error, 1)
	go func() { errc <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, nil, &out) }()
	wctx, wcancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer wcancel()
	req, err := fake.Wait(wctx, func(r discordfake.Request) bool { return r.Method == "PUT" })
	cancel()
	if err != nil {
		t.Fatalf("no command registration: %v", err)
	}
	if err := <-errc; err != nil {
		t.Errorf("serve = %v; want nil after shutdown", err)
	}
	if want := "/api/v9/applications/100/commands"; req.Path != want {
		t.Errorf("registration at %s; want global %s", req.Path, want)
	}
	if ids := fake.Identifies(); len(ids) != 1 || ids[0].Shard == nil || *ids[0].Shard != [2]int{1, 2} {
		t.Errorf("IDENTIFY = %+v; want shard [1 2]", ids)
	}
	if strings.Contains(out.String(), discordfake.Token) {
		t.Errorf("the log shows the token:\n%s", out.String())
	}
}

func TestServeConfigErrors(t *testing.T) {
	env := map[string]string{"DISCORD_GUILD_ID": "abc", "COOLDOWN_WINDOW": "never"}
	err := run(t.Context(), []string{"serve"}, func(k string) string { return env[k] }, nil, &bytes.Buffer{})
	for _, want := range []string{"DISCORD_TOKEN", "DISCORD_GUILD_ID", "COOLDOWN_WINDOW"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("serve with bad config = %v; want it to name %s", err, want)
		}
	}
}

func TestWithDotenv(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, ".env")
	os.WriteFile(path, []byte("DISCORD_GUILD_ID=123\nLOG_LEVEL=debug\n"), 0o600)
	real := map[string]string{"LOG_LEVEL": "warn"}
	getenv, err := withDotenv(func(k string) string { return real[k] }, path)
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"DISCORD_GUILD_ID": "123", "LOG_LEVEL": "warn", "HTTP_ADDR": ""} {
		if got := getenv(k); got != want {
			t.Errorf("getenv(%s) = %q; want %q", k, got, want)
		}
	}
	if _, err := withDotenv(func(string) string { return "" }, filepath.Join(dir, "missing")); err != nil {
		t.Errorf("withDotenv(missing file) = %v; want nil", err)
	}
}
