package bot

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// APIClient returns the http.Client for discordgo: with a base URL
// (DISCORD_API_BASE), requests for discord.com go there instead, path and
// query kept under the base's path; the gateway address then comes from that
// server's GET /gateway. An empty base gives a plain client for Discord.
func APIClient(base string) (*http.Client, error) {
	c := &http.Client{Timeout: 20 * time.Second}
	if base == "" {
		return c, nil
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("bot: API base %q: want an http or https URL", base)
	}
	c.Transport = toBase{base: u, next: http.DefaultTransport}
	return c, nil
}

// toBase sends requests for discord.com to another server.
type toBase struct {
	base *url.URL
	next http.RoundTripper
}

// RoundTrip sends r to the base server if it is for discord.com, else on
// unchanged.
func (t toBase) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.URL.Host != "discord.com" {
		return t.next.RoundTrip(r)
	}
	out := r.Clone(r.Context())
	out.Host = ""
	out.URL.Scheme, out.URL.Host = t.base.Scheme, t.base.Host
	out.URL.Path = strings.TrimSuffix(t.base.Path, "/") + r.URL.Path
	if r.URL.RawPath != "" {
		out.URL.RawPath = strings.TrimSuffix(t.base.EscapedPath(), "/") + r.URL.RawPath
	}
	return t.next.RoundTrip(out)
}
