package config

import (
	"strings"
	"testing"
	"time"
)

const token = "MTAwMDAwMDAwMDAwMDAwMDAw.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestFromEnv(t *testing.T) {
	key := strings.Repeat("ab", 32)
	tests := []struct {
		name    string
		env     map[string]string
		wantErr []string // substrings of the error; nil for none
		check   func(Config) bool
	}{
		{"defaults", nil, nil, func(c Config) bool {
			return c.HTTPAddr == DefaultHTTPAddr && c.CooldownQuestions == 3 && c.CooldownWindow == 10*time.Second && c.MaxConcurrent == 8 && c.ShardCount == 1
		}},
		{"all set", map[string]string{"DISCORD_TOKEN": "Bot " + token, "DISCORD_GUILD_ID": "123456789012345678", "DISCORD_APP_ID": "42",
			"DISCORD_PUBLIC_KEY": key, "DISCORD_API_BASE": "http://127.0.0.1:9999", "HTTP_ADDR": ":8081", "COOLDOWN_QUESTIONS": "0",
			"COOLDOWN_WINDOW": "1m", "MAX_CONCURRENT": "2", "SHARD_ID": "1", "SHARD_COUNT": "4", "LOG_LEVEL": "debug"}, nil,
			func(c Config) bool {
				return c.Token == token && c.GuildID == "123456789012345678" && c.AppID == "42" && len(c.PublicKey) == 32 &&
					c.CooldownQuestions == 0 && c.CooldownWindow == time.Minute && c.MaxConcurrent == 2 && c.ShardID == 1 && c.ShardCount == 4
			}},
		{"every problem at once", map[string]string{"DISCORD_TOKEN": "not a token", "DISCORD_GUILD_ID": "guild", "COOLDOWN_WINDOW": "soon",
			"COOLDOWN_QUESTIONS": "-1", "DISCORD_PUBLIC_KEY": "xyz", "DISCORD_API_BASE": "ftp://x", "LOG_LEVEL": "loud", "MAX_CONCURRENT": "0"},
			[]string{"DISCORD_TOKEN", "DISCORD_GUILD_ID", "COOLDOWN_WINDOW", "COOLDOWN_QUESTIONS", "DISCORD_PUBLIC_KEY", "DISCORD_API_BASE", "LOG_LEVEL", "MAX_CONCURRENT"}, nil},
		{"answer in threads", map[string]string{"ANSWER_IN_THREADS": "true"}, nil, func(c Config) bool { return c.AnswerInThreads }},
		{"answer in threads off by default", nil, nil, func(c Config) bool { return !c.AnswerInThreads }},
		{"answer in threads not a boolean", map[string]string{"ANSWER_IN_THREADS": "sometimes"}, []string{"ANSWER_IN_THREADS"}, nil},
		{"answer in threads in two servers", map[string]string{"ANSWER_IN_THREADS": "123, 456"}, nil, func(c Config) bool {
			return c.AnswerInThreads && len(c.ThreadGuilds) == 2 && c.ThreadGuilds[0] == "123" && c.ThreadGuilds[1] == "456"
		}},
		{"answer in threads with a bad server id", map[string]string{"ANSWER_IN_THREADS": "123,abc"}, []string{"ANSWER_IN_THREADS"}, nil},
		{"shard out of range", map[string]string{"SHARD_ID": "2", "SHARD_COUNT": "2"}, []string{"SHARD_ID"}, nil},
	}
	for _, tt := range tests {
		c, err := FromEnv(env(tt.env))
		if tt.wantErr == nil {
			if err != nil {
				t.Errorf("%s: FromEnv = %v; want no error", tt.name, err)
			}
		} else {
			for _, w := range tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), w) {
					t.Errorf("%s: FromEnv error = %v; want it to mention %s", tt.name, err, w)
				}
			}
		}
		if tt.check != nil && !tt.check(c) {
			t.Errorf("%s: FromEnv = %+v; not what was set", tt.name, c)
		}
	}
}

func TestTokenNeverShown(t *testing.T) {
	bad := "sekrit token with spaces"
	_, err := FromEnv(env(map[string]string{"DISCORD_TOKEN": bad}))
	if err == nil || strings.Contains(err.Error(), "sekrit") {
		t.Errorf("FromEnv(bad token) error = %v; want an error without the token", err)
	}
	c, _ := FromEnv(env(map[string]string{"DISCORD_TOKEN": token}))
	if s := c.String(); strings.Contains(s, token) {
		t.Errorf("Config.String() = %s; shows the token", s)
	}
}

func TestModes(t *testing.T) {
	var empty Config
	if err := empty.ForGateway(); err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
		t.Errorf("ForGateway() without token = %v; want DISCORD_TOKEN not set", err)
	}
	if err := empty.ForHTTP(); err == nil || !strings.Contains(err.Error(), "DISCORD_PUBLIC_KEY") {
		t.Errorf("ForHTTP() without key = %v; want DISCORD_PUBLIC_KEY not set", err)
	}
	c, _ := FromEnv(env(map[string]string{"DISCORD_TOKEN": token, "DISCORD_PUBLIC_KEY": strings.Repeat("0", 64)}))
	if c.ForGateway() != nil || c.ForHTTP() != nil {
		t.Errorf("ForGateway, ForHTTP with both set = %v, %v; want nil", c.ForGateway(), c.ForHTTP())
	}
}
